package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNetCount: a negative figure of counted things is found where its
// sentence says "net" (a net flow may be below zero), and is still taken
// for a list marker or a stray hyphen where it does not.
func TestNetCount(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Net migration was -43,000 British citizens.", []string{"-43,000 British citizens | count | -43000 | exact | citizen"}},
		{"Net migration of British citizens was -43,000 people in 2022.", []string{"-43,000 people | count | -43000 | exact | person"}},
		{"There were -2 countries.", nil},
		{"Net income rose. There were -2 countries.", nil},
	}
	for _, tt := range tests {
		got := strs(Extract(tt.text))
		if len(got) != len(tt.want) || len(got) > 0 && got[0] != tt.want[0] {
			t.Errorf("Extract(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNetListParts: a net word anywhere before a negative count in its
// sentence makes it a net figure, so each part of a net figure a sentence
// lists is found (an ONS migration release, a claimant bulletin, a
// business demography release), while a negative count in a sentence with
// no net word is still dropped.
func TestNetListParts(t *testing.T) {
	tests := []struct {
		text, figure string
		found        bool
	}{
		{"net migration = +327,000 (down 9,000 from YE March 2015 but not statistically significant), comprising +180,000 EU citizens, +190,000 non-EU citizens, and -43,000 British citizens",
			"-43,000 British citizens", true},
		{"The net change in claimants was made up of new claims from 12,000 people in the south and -4,000 people in the north.",
			"-4,000 people", true},
		{"The net number of enterprises, births less deaths, was 25,000 in London, 11,000 in the South East and -1,000 enterprises in the North East.",
			"-1,000 enterprises", true},
		{"Across the year the numbers of new firms in most of the regions grew, while the count for the north was -3 companies.",
			"-3 companies", false},
	}
	for _, tt := range tests {
		found := false
		for _, m := range Extract(tt.text) {
			found = found || m.Text == tt.figure
		}
		if found != tt.found {
			t.Errorf("Extract(%q) finds %q: %v, want %v", tt.text, tt.figure, found, tt.found)
		}
	}
}

// TestUnsignNetCount: the drafter keeps a net count's minus sign, with
// measure flow and no direction, where the sentence says "net"; elsewhere
// a negative count is a fall.
func TestUnsignNetCount(t *testing.T) {
	tests := []struct {
		quote      string
		wantStated string
		wantMeas   indicators.MeasureKind
		wantDir    indicators.Direction
		wantValue  int64
	}{
		{"Net migration was -43,000 in 2022.", "-43,000", indicators.Flow, indicators.NoDirection, -43000},
		{"Employment changed by -43,000 in 2022.", "43,000", indicators.Change, indicators.Down, 43000},
	}
	for _, tt := range tests {
		q, _, err := indicators.ParseStated("-43,000")
		if err != nil {
			t.Fatal(err)
		}
		cl := claim{ind: indicators.Indicator{Stated: "-43,000", Quantity: q, Unit: indicators.MustParseUnit("person"), Measure: indicators.CountKind,
			Provenance: []indicators.Provenance{{Quote: tt.quote}}}, fieldNotes: map[string]string{}}
		unsignCount(&cl)
		if cl.ind.Stated != tt.wantStated || cl.ind.Measure != tt.wantMeas || cl.ind.Quantity.Direction != tt.wantDir || cl.ind.Quantity.Value.Coef != tt.wantValue {
			t.Errorf("unsignCount in %q = %q %v %v %v, want %q %v %v %v", tt.quote, cl.ind.Stated, cl.ind.Measure, cl.ind.Quantity.Direction, cl.ind.Quantity.Value.Coef,
				tt.wantStated, tt.wantMeas, tt.wantDir, tt.wantValue)
		}
	}
}
