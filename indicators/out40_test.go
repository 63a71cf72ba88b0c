package indicators_test

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRowFillAtQuotes: FillAt says where each quote after the first is,
// its source and its span in code points, as Start and End say the
// first's; a quote with no span found says none.
func TestRowFillAtQuotes(t *testing.T) {
	ind := &indicators.Indicator{ID: "x", Stated: "4.8%", Provenance: []indicators.Provenance{
		{Source: "s", Quote: "4.8% of liabilities"},
		{Source: "s", Quote: "the gap was 4.8%"},
		{Source: "t", Quote: "reduced to 4.8%"},
	}}
	at := func(p indicators.Provenance) indicators.RuneSpan {
		switch p.Quote {
		case "4.8% of liabilities":
			return indicators.RuneSpan{Start: 3, End: 22}
		case "the gap was 4.8%":
			return indicators.RuneSpan{Start: 400, End: 416}
		}
		return indicators.RuneSpan{}
	}
	var row indicators.IndicatorRow
	row.FillAt(ind, at)
	want := "4.8% of liabilities\n\nAlso (s, 400–416): “the gap was 4.8%”\n\nAlso: “reduced to 4.8%”"
	if got := row[slices.Index(indicators.CSVHeader, "Quote")]; got != want {
		t.Errorf("FillAt: Quote = %q, want %q", got, want)
	}
	if s, e := row[slices.Index(indicators.CSVHeader, "Start")], row[slices.Index(indicators.CSVHeader, "End")]; s != "3" || e != "22" {
		t.Errorf("FillAt: Start, End = %s, %s; want 3, 22", s, e)
	}
}

// TestVulgarIn: a fraction written as one character, alone or after
// digits, and nothing else.
func TestVulgarIn(t *testing.T) {
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"around 2¾%", true}, {"½", true}, {"4⅓ million", true},
		{"2.75%", false}, {"3/4", false}, {"€5", false}, {"", false},
	} {
		if got := indicators.VulgarIn(tt.s); got != tt.want {
			t.Errorf("VulgarIn(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
