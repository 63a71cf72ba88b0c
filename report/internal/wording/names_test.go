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
