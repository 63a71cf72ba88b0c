package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestQuoteLines: a quote's hard line breaks within a paragraph are
// spaces in a cell; a blank line between paragraphs (a quote and the
// "Also" after it) stays one blank line; a quote of one line is as it is.
func TestQuoteLines(t *testing.T) {
	tests := []struct{ in, want string }{
		{"25.4 percent for the\nyear ending\nin September 2013", "25.4 percent for the year ending in September 2013"},
		{"for the \r\n  year ending", "for the year ending"},
		{"first quote.\n\nAlso: “second\nquote.”", "first quote.\n\nAlso: “second quote.”"},
		{"one\n\n\n\ntwo", "one\n\ntwo"},
		{"no break at all", "no break at all"},
		{"  leading kept", "  leading kept"},
		{"ends in a break\n", "ends in a break"},
	}
	for _, tt := range tests {
		if got := QuoteLines(tt.in); got != tt.want {
			t.Errorf("QuoteLines(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestInsideLabel: white inside a bar where it contrasts more, else the
// ink, and whether it keeps 4.5:1.
func TestInsideLabel(t *testing.T) {
	tests := []struct {
		bar, want string
		ok        bool
	}{
		{"0072B2", "FFFFFF", true},  // blue
		{"009E73", InsideInk, true}, // bluish green: white 3.4:1
		{"D55E00", InsideInk, true}, // vermillion
		{"E69F00", InsideInk, true}, // orange
		{"777777", "FFFFFF", false}, // mid grey: neither reads
		{"000000", "FFFFFF", true},  // black
	}
	for _, tt := range tests {
		got, ok := InsideLabel(tt.bar)
		if got != tt.want || ok != tt.ok {
			t.Errorf("InsideLabel(%q) = %q, %v; want %q, %v", tt.bar, got, ok, tt.want, tt.ok)
		}
	}
}

// TestWordsKeptVulgar: a figure with a fraction written as one character
// keeps the document's writing on a chart, as a proportion in words does.
func TestWordsKeptVulgar(t *testing.T) {
	for _, tt := range []struct {
		label string
		want  bool
	}{
		{"around 2¾%", true},
		{"½", true},
		{"about a quarter", true},
		{"around 2.75%", false},
		{"25%", false},
	} {
		if got := WordsKept([]Bar{{Label: tt.label}}, 0); got != tt.want {
			t.Errorf("WordsKept(%q) = %v, want %v", tt.label, got, tt.want)
		}
	}
}

// TestPointsUnit: the points of an index's change are "Points", as a
// length of time is "Years", never "Number of points"; things counted
// keep "Number of".
func TestPointsUnit(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"point", "Points"},
		{"year", "Years"},
		{"applications", "Number of applications"},
	} {
		b := Bar{Figure: Figure{Measure: indicators.Change, Unit: indicators.Unit{Kind: indicators.Count, Name: tt.name}}}
		if got := UnitPhrase(b, indicators.NoScale); got != tt.want {
			t.Errorf("UnitPhrase(count of %q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
