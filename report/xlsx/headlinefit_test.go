package xlsx

import (
	"bytes"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestHeadlineLeftOfPicture: each text cell of a headline block on the
// Charts sheet is merged across A to K, left of the slide image at L,
// and wraps there, its row as tall as its lines: s19m-elections'
// "46,560,452 Parliamentary electoral registrations" at 28 points takes
// two lines, where it ran under the picture; air's short figure keeps
// one line of 40 points.
func TestHeadlineLeftOfPicture(t *testing.T) {
	air, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "air", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	q, _, err := indicators.ParseStated("46,560,452 Parliamentary electoral registrations")
	if err != nil {
		t.Fatal(err)
	}
	// The unit holds all three words, so that the card says them: a
	// card says the figure and its unit alone (wording.Card), and
	// "46,560,452 registrations" of unit registration fits one line.
	u := indicators.CountOf("Parliamentary electoral registration")
	elections := &indicators.Catalog{
		Indicators: []indicators.Indicator{{ID: "uk-parl-2021", Title: "UK Parliamentary electoral registrations", Stated: "46,560,452 Parliamentary electoral registrations",
			Quantity: q, Unit: u, Measure: indicators.Stock, Period: indicators.YearPeriod(2021), Entities: []string{"GB"}}},
		Views: []indicators.ChartView{{ID: "headline", Title: "UK Parliamentary electoral registrations, December 2021", Kind: indicators.Headline, Indicators: []string{"uk-parl-2021"}}},
	}
	tests := []struct {
		name     string
		c        *indicators.Catalog
		twoLines bool // the figure's row is two lines or more of 28 points
	}{
		{"s19m-elections", elections, true},
		{"air", air, false},
	}
	for _, tt := range tests {
		book, _ := writeParts(t, tt.c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		merged, err := f.GetMergeCells(SheetCharts)
		if err != nil {
			t.Fatal(err)
		}
		var ranges []string
		for _, m := range merged {
			ranges = append(ranges, m.GetStartAxis()+":"+m.GetEndAxis())
		}
		rows, _ := f.GetRows(SheetCharts)
		found := false
		for i, r := range rows {
			if len(r) == 0 || r[0] == "" {
				continue
			}
			cell := "A" + strconv.Itoa(i+1)
			st, _ := f.GetCellStyle(SheetCharts, cell)
			style, _ := f.GetStyle(st)
			if style == nil || style.Font == nil || style.Font.Size != 28 {
				continue
			}
			found = true
			if !slices.Contains(ranges, cell+":K"+strconv.Itoa(i+1)) {
				t.Errorf("%s: the figure %q at %s is not merged across A to K: %q", tt.name, r[0], cell, ranges)
			}
			if style.Alignment == nil || !style.Alignment.WrapText {
				t.Errorf("%s: the figure %q does not wrap", tt.name, r[0])
			}
			h, _ := f.GetRowHeight(SheetCharts, i+1)
			if got := h >= 2*28; got != tt.twoLines {
				t.Errorf("%s: the figure %q's row is %.0f points high, two lines %v, want %v", tt.name, r[0], h, got, tt.twoLines)
			}
		}
		if !found {
			t.Errorf("%s: no headline figure on the Charts sheet: %q", tt.name, strings.Join(rows[0], "|"))
		}
		f.Close()
	}
}
