package chart

import (
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"
)

// TestWrapBalanced: a title that wraps keeps its number of lines, fits the
// width, and leaves no word alone on a line ("… state\nit").
func TestWrapBalanced(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	s := newPlotSlide(o)
	width := vg.Length(float64(o.Width)*72/o.DPI) - 2*s.Margin // as Slide draws it
	tests := []string{
		"U.S.-Korea goods and services trade, as two USTR documents state it",
		"U.S.-Japan trade over time, as three documents state it",
		"Two-way trade",
		"A title long enough to wrap onto three lines of a slide when the slide is set in the large bold type of titles, with a last word at",
	}
	for _, title := range tests {
		greedy := wrap(title, s.TitleStyle, width)
		got := wrapBalanced(title, s.TitleStyle, width)
		if len(got) != len(greedy) {
			t.Errorf("wrapBalanced(%q) = %d lines %q, want %d", title, len(got), got, len(greedy))
		}
		for _, l := range got {
			if s.TitleStyle.Width(l) > width {
				t.Errorf("wrapBalanced(%q): line %q wider than %v", title, l, width)
			}
			if len(got) > 1 && !strings.Contains(l, " ") {
				t.Errorf("wrapBalanced(%q) = %q: a word alone on a line", title, got)
			}
		}
	}
}

// TestFooterBalanced: a source line that wraps leaves no lone word or
// year on its last line: its lines are as even as titles' are.
func TestFooterBalanced(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	s := newPlotSlide(o)
	width := vg.Length(float64(o.Width)*72/o.DPI) - 2*s.Margin // as Slide draws it
	// The longest source line that greedy wrapping ends with a lone
	// "2021": the words of a real footer, repeated until they wrap.
	words := strings.Fields("Source: U.S. Department of State, Bureau of Political-Military Affairs, U.S. Security Cooperation With Lebanon – May")
	footer := strings.Join(words, " ")
	for i := 0; len(wrap(footer+" 2021", s.FooterStyle, width)) < 2; i++ {
		footer += " " + words[i%len(words)]
	}
	footer += " 2021"
	s.Footer = footer
	got, _ := s.footLines(width)
	if len(got) != 2 {
		t.Fatalf("footLines(%q) = %q, want 2 lines", footer, got)
	}
	if w0, w1 := s.FooterStyle.Width(got[0]), s.FooterStyle.Width(got[1]); w1 < w0/3 {
		t.Errorf("footLines(%q) = %q: last line %.0f wide beside %.0f, want balanced lines", footer, got, w1, w0)
	}
}

// TestFooterBreaksAtComma: a source line that wraps breaks after the
// comma nearest its even break, so that the document's title is whole on
// its line (s16g-air: "…, 2017" / "Traffic Data …" read as a source dated
// 2017).
func TestFooterBreaksAtComma(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	s := newPlotSlide(o)
	width := vg.Length(float64(o.Width)*72/o.DPI) - 2*s.Margin
	tests := []struct{ footer, first string }{
		{"Source: U.S. Department of Transportation, Bureau of Transportation Statistics, 2017 Traffic Data for U.S Airlines and Foreign Airlines U.S. Flights, published 22 March 2018",
			"Source: U.S. Department of Transportation, Bureau of Transportation Statistics,"},
		// Another kind: an emissions inventory of a long title.
		{"Source: Australian Government, Department of the Environment and Energy, National Greenhouse Gas Inventory: June 2019 Quarterly Update and Supplementary Tables, published 30 September 2019",
			"Source: Australian Government, Department of the Environment and Energy,"},
	}
	for _, tt := range tests {
		s.Footer = tt.footer
		got, _ := s.footLines(width)
		if len(got) != 2 || got[0] != tt.first {
			t.Errorf("footLines(%q) = %q, want 2 lines, the first %q", tt.footer, got, tt.first)
		}
	}
}

// TestWrapTitle: a slide's title fills its lines to the width, never
// breaking at half of it (s16g-lifeexp), nor inside a date, and leaves
// no word alone on its last line.
func TestWrapTitle(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	s := newPlotSlide(o)
	width := vg.Length(float64(o.Width)*72/o.DPI) - 2*s.Margin
	for _, title := range []string{
		"Local areas in the UK's lowest and highest fifth for life expectancy at birth and at age 65, 2010-12",
		// Another kind: a trade title with a lone year greedily.
		"U.S.-Korea goods and services trade, as two USTR documents state it in their fact sheets of 2012",
	} {
		got := wrapTitle(title, s.TitleStyle, width)
		if len(got) < 2 {
			t.Fatalf("wrapTitle(%q) = %q, want it wrapped", title, got)
		}
		if w := s.TitleStyle.Width(got[0]); w < width*0.8 {
			t.Errorf("wrapTitle(%q) = %q: first line %.0f wide of %.0f, want it filled", title, got, w, width)
		}
		for _, l := range got {
			if s.TitleStyle.Width(l) > width || !strings.Contains(l, " ") {
				t.Errorf("wrapTitle(%q) = %q: line %q too wide or alone", title, got, l)
			}
		}
		if strings.Join(got, " ") != title {
			t.Errorf("wrapTitle(%q) = %q: words lost or broken", title, got)
		}
	}
}
