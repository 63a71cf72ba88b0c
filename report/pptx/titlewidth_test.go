package pptx

import (
	"strings"
	"testing"

	"codeberg.org/go-fonts/dejavu/dejavusansbold"
	"golang.org/x/image/font/sfnt"
)

// TestTitleFitsDejaVu: a title's lines, as balanceTitle breaks them at
// the deck's size, fit the title box in DejaVu Sans Bold too, the face
// LibreOffice sets where neither Arial nor Liberation Sans is installed:
// measured in Liberation alone, a line filled the box and wrapped again
// in DejaVu, and the title gained a line and overlapped the chart
// (review16a item 16). Titles of the life-expectancy and research kinds.
func TestTitleFitsDejaVu(t *testing.T) {
	dejavu := func() (*sfnt.Font, error) { return sfnt.Parse(dejavusansbold.TTF) }
	width := float64(titleBox.cx) / emuPerPoint
	titles := []string{
		"Yearly increase in New Zealand exports to the European Union by 2035",
		"Local areas in the UK's lowest and highest fifth for life expectancy, 2010-12",
		"Business R&D expenditure as a share of GDP, Australia and the OECD average",
		"Households owed homelessness duties in England, July to September 2022",
	}
	size := float64(deckTitleSize(titles, width)) / 100
	for _, title := range titles {
		lines := strings.Split(balanceTitle(title, size, width), "\n")
		for _, l := range lines {
			if w := facePoints(face{dejavu}, l, size); w > width {
				t.Errorf("balanceTitle(%q, %v): line %q is %.0f pt wide in DejaVu Sans Bold, past the box's %.0f", title, size, l, w, width)
			}
		}
		if n := len(lines); n > 2 {
			t.Errorf("balanceTitle(%q, %v) has %d lines, want at most 2", title, size, n)
		}
	}
}
