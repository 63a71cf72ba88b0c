package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestAloneWholeUnit: a figure shown alone (a card, the Cover, the deck's
// closing list) in a rate unit says the rate's base, never the counted
// noun alone ("13.6 pupils" for 13.6 pupils per teacher, "1,364,000 units"
// for an annual rate twelve times a month's).
func TestAloneWholeUnit(t *testing.T) {
	tests := []struct {
		stated, unit string
		measure      indicators.MeasureKind
		dir          indicators.Direction
		want         string
	}{
		{"13.6", "pupil per teacher", indicators.Level, 0, "13.6 pupils per teacher"},
		{"23.5", "pupil per class", indicators.Level, 0, "23.5 pupils per class"},
		{"1,364,000", "unit per year", indicators.Level, 0, "1,364,000 units per year"},
		{"0.2", "pupil per teacher", indicators.Change, indicators.Down, "down 0.2 pupils per teacher"},
		{"21.6 cases of exclusion per 1,000 pupils", "case of exclusion per 1,000 pupils", indicators.Level, 0, "21.6 cases of exclusion per 1,000 pupils"},
		{"$47", "USD per barrel", indicators.Level, 0, "$47 per barrel"},
		{"52,247", "teacher", indicators.Level, 0, "52,247 teachers"},
	}
	for _, tc := range tests {
		u := indicators.MustParseUnit(tc.unit)
		q, _, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tc.stated, err)
		}
		q.Direction = tc.dir
		got := Alone(Shown{Label: tc.stated, Unit: u, Q: q, Measure: tc.measure})
		if got != tc.want {
			t.Errorf("Alone(%q in %q) = %q, want %q", tc.stated, tc.unit, got, tc.want)
		}
		if got, want := Card(Shown{Label: tc.stated, Unit: u, Q: q, Measure: tc.measure}), upperFirst(tc.want); got != want {
			t.Errorf("Card(%q in %q) = %q, want %q", tc.stated, tc.unit, got, want)
		}
	}
}

// TestLabelOf: a label writes a hedge in lower case, the capital of the
// document's sentence start gone; symbols and acronyms keep theirs.
func TestLabelOf(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"An estimated 11%", "an estimated 11%"},
		{"About 5 million", "about 5 million"},
		{"10%", "10%"},
		{"US$5 billion", "US$5 billion"},
		{"NZ$100 million", "NZ$100 million"},
		{"EU 5", "EU 5"},
		{"Nearly 30 percent", "nearly 30 percent"},
		{"Seventeen states", "seventeen states"},
		{"January 5", "January 5"},
		{"Japan's 120 billion", "Japan's 120 billion"},
	}
	for _, tc := range tests {
		ind := indicators.Indicator{Stated: tc.stated}
		if got := LabelOf(&ind); got != tc.want {
			t.Errorf("LabelOf(%q) = %q, want %q", tc.stated, got, tc.want)
		}
	}
}
