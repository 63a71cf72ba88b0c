package pptx

import (
	"bytes"
	"image"
	"image/png"
	"testing"
)

// TestDeckTitleSize checks that every chart slide of a deck has its
// title at one size: the largest at which all fit two lines; a long
// title wraps rather than shrinks, and sets the size of the others.
func TestDeckTitleSize(t *testing.T) {
	width := float64(titleBox.cx) / emuPerPoint
	short := "Trade in 2014"
	tests := []struct {
		titles []string
		want   int
	}{
		{[]string{short, "Trade and investment"}, 3200},
		// Two lines at 32 points are taller than the title's box and
		// touched the chart's frame.
		{[]string{short, "Shares of new HIV infections by transmission category, 2022"}, 2800},
		{[]string{short, "Initial claims, this week and last (seasonally adjusted), United States"}, 2800},
		{[]string{short, "Estimated new HIV infections among gay, bisexual and other men who reported male-to-male sexual contact, 2018 to 2022, in the fifty states"}, 2200}, // in DejaVu's widths, review16a item 16
		{[]string{short, "Estimated new HIV infections among gay, bisexual and other men who reported male-to-male sexual contact in the fifty states and territories, 2018 to 2022"}, 2200},
	}
	for _, tc := range tests {
		if got := deckTitleSize(tc.titles, width); got != tc.want {
			t.Errorf("deckTitleSize(%q) = %d, want %d", tc.titles, got, tc.want)
		}
	}
}

// TestPictureAlignsWithTitle checks that a chart image's text, which
// starts at its margin, starts under the title.
func TestPictureAlignsWithTitle(t *testing.T) {
	for _, size := range [][2]int{{1920, 1080}, {1440, 1080}} {
		pic, err := fitPNG("v", pngOf(t, size[0], size[1]))
		if err != nil {
			t.Fatal(err)
		}
		text := pic.x + min(pic.cx, pic.cy)*chartMargin/1080
		if d := text - titleBox.x; d < -emuPerInch/100 || d > emuPerInch/100 {
			t.Errorf("%d×%d chart: its text starts %d EMU right of the title, want under it", size[0], size[1], d)
		}
	}
}

// pngOf returns a blank PNG of w×h pixels.
func pngOf(t *testing.T, w, h int) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := png.Encode(&buf, image.NewGray(image.Rect(0, 0, w, h))); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
