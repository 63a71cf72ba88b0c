package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSmallWhole: a derived share of one count in another stated
// exactly, of a whole fewer than 100, is said with its counts ("33 of 54
// schools"); near misses, a large whole, a hedged input, shares of
// percents, scaled counts and other formulas, are not.
func TestSmallWhole(t *testing.T) {
	tests := []struct {
		part, whole string
		op          indicators.Op
		want        string
	}{
		{"33 schools", "54 schools", indicators.ShareOf, "33 of 54 schools"},
		{"7 cases", "9 cases", indicators.ShareOf, "7 of 9 cases"},
		{"33", "54", indicators.ShareOf, "33 of 54"},
		{"330 schools", "540 schools", indicators.ShareOf, ""},               // a whole of hundreds
		{"33 schools", "about 54 schools", indicators.ShareOf, ""},           // hedged
		{"33%", "54%", indicators.ShareOf, ""},                               // not counts
		{"3.3 million people", "5.4 million people", indicators.ShareOf, ""}, // scaled
		{"33 schools", "54 schools", indicators.Ratio, ""},                   // no share
		{"33 schools", "54 schools", indicators.Difference, ""},
	}
	for _, tt := range tests {
		mk := func(id, stated string) indicators.Indicator {
			q, u, err := indicators.ParseStated(stated)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", stated, err)
			}
			return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock}
		}
		c := &indicators.Catalog{Indicators: []indicators.Indicator{mk("p", tt.part), mk("w", tt.whole)}}
		d := &indicators.Derived{ID: "d", Op: tt.op, Inputs: []string{"p", "w"}}
		if got := SmallWhole(c, d); got != tt.want {
			t.Errorf("SmallWhole(%q of %q, %v) = %q, want %q", tt.part, tt.whole, tt.op, got, tt.want)
		}
	}
}

// TestSameNotes: notes that differ only in case, spaces and a final full
// stop are one note, written as the first bar's; a note the title says
// is dropped; near misses, notes of other words, stay.
func TestSameNotes(t *testing.T) {
	tests := []struct {
		title string
		in    [][]string
		want  [][]string
	}{
		{"Retail sales volumes", [][]string{{"seasonally adjusted"}, {"Seasonally adjusted."}}, [][]string{{"seasonally adjusted"}, {"seasonally adjusted"}}},
		{"Retail sales volumes, seasonally adjusted", [][]string{{"seasonally adjusted"}, {"Seasonally adjusted."}}, [][]string{nil, nil}},
		{"Retail sales volumes", [][]string{{"Seasonally  adjusted"}, {"Not seasonally adjusted."}}, [][]string{{"Seasonally  adjusted"}, {"Not seasonally adjusted."}}},
		{"Sales", [][]string{{"Provisional.", "Estimate."}, {"provisional"}}, [][]string{{"Provisional.", "Estimate."}, {"Provisional."}}},
	}
	for _, tt := range tests {
		got := SameNotes(tt.title, tt.in)
		for i := range tt.want {
			if strings.Join(got[i], "|") != strings.Join(tt.want[i], "|") {
				t.Errorf("SameNotes(%q, %q)[%d] = %q, want %q", tt.title, tt.in, i, got[i], tt.want[i])
			}
		}
	}
}
