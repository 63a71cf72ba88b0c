package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func TestEntityLabel(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"013", "Central America (013)"},
		{"JP", "Japan (JP)"},
		{"WLD", "World (WLD)"},
		{"XYZ", "XYZ"},
	} {
		if got := EntityLabel(tt.code); got != tt.want {
			t.Errorf("EntityLabel(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestUnitWords(t *testing.T) {
	parse := func(s string) indicators.Unit {
		u, err := indicators.ParseUnit(s)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", s, err)
		}
		return u
	}
	for _, tt := range []struct{ unit, want string }{
		{"percentage_point", "percentage points"},
		{"percent", "percent"},
		{"vacancy", "vacancies"},
		{"center", "centers"},
		{"USD", "USD"},
		{"XDR", "SDR"},
		{"USD per barrel", "USD per barrel"},
		// s15f-climate: a measure in words, as every figure of it is
		// written (Spelling), its rate too.
		{"degF", "degrees Fahrenheit"},
		{"degF per decade", "degrees Fahrenheit per decade"},
		{"in", "inches"},
		// Another kind: a weather release's Celsius, an energy
		// release's capacity.
		{"degC", "degrees Celsius"},
		{"MW", "megawatts"},
	} {
		if got := UnitWords(parse(tt.unit)); got != tt.want {
			t.Errorf("UnitWords(%q) = %q, want %q", tt.unit, got, tt.want)
		}
	}
}

// TestRankUnitWords: the book's Unit cell of a rank says where its 1 is,
// "rank (1 = highest)": the Value cell's 1 is a place, not a figure of
// the document (s24s-flooding's "record number" read Value 1, Unit
// "rank"); the CSV and JSON keep the code "rank".
func TestRankUnitWords(t *testing.T) {
	for _, tc := range []struct{ stated, want string }{
		{"second highest", "rank (1 = highest)"},
		{"10th most since 2000", "rank (1 = most)"},
		{"3rd largest", "rank (1 = largest)"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatal(err)
		}
		ind := &indicators.Indicator{Stated: tc.stated, Quantity: q, Unit: u}
		if got := IndicatorUnitWords(ind); got != tc.want {
			t.Errorf("IndicatorUnitWords(%q) = %q, want %q", tc.stated, got, tc.want)
		}
		if got := u.String(); got != "rank" {
			t.Errorf("unit code of %q = %q, want rank", tc.stated, got)
		}
	}
}
