package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedScaledMeasures checks that the prefixed units of mass
// inventories write ("532.0 Mt CO2-e", "12 kt") read at their magnitude,
// in tonnes or tonnes of CO₂ equivalent, and that Format's words for them
// read back the same.
func TestParseStatedScaledMeasures(t *testing.T) {
	for _, tc := range []struct {
		stated string
		value  string
		scale  indicators.Scale
		unit   string
	}{
		{"532.0 Mt CO2-e", "532e6", indicators.Million, "tCO2e"},
		{"0.4 Mt CO2-e", "0.4e6", indicators.Million, "tCO2e"},
		{"2.1 Mt CO2-eq", "2.1e6", indicators.Million, "tCO2e"},
		{"30 MtCO2e", "30e6", indicators.Million, "tCO2e"},
		{"1.5 GtCO2e", "1.5e9", indicators.Billion, "tCO2e"},
		{"12 kt CO₂-e", "12e3", indicators.Thousand, "tCO2e"},
		{"12 kt", "12e3", indicators.Thousand, "t"},
		{"5 Mt", "5e6", indicators.Million, "t"},
		{"400 tonnes CO2-e", "400", indicators.NoScale, "tCO2e"},
		{"400 tCO2-e", "400", indicators.NoScale, "tCO2e"},
		{"about 532 Mt CO2e", "532e6", indicators.Million, "tCO2e"},
		// Energy statistics: petajoules and tonnes of oil equivalent.
		{"978 PJ", "978", indicators.NoScale, "PJ"},
		{"978 petajoules", "978", indicators.NoScale, "PJ"},
		{"6,000 TJ", "6000", indicators.NoScale, "TJ"},
		{"4.1 EJ", "4.1", indicators.NoScale, "EJ"},
		{"15 GJ", "15", indicators.NoScale, "GJ"},
		{"150 Mtoe", "150e6", indicators.Million, "toe"},
		{"820 ktoe", "820e3", indicators.Thousand, "toe"},
		{"3 tonnes of oil equivalent", "3", indicators.NoScale, "toe"},
		{"272 TWh", "272", indicators.NoScale, "TWh"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.stated, err)
			continue
		}
		if !q.Value.Equal(dec(tc.value)) || q.Scale != tc.scale || u.String() != tc.unit {
			t.Errorf("ParseStated(%q) = %v %v %v, want %s %v %s", tc.stated, q.Value, q.Scale, u, tc.value, tc.scale, tc.unit)
		}
		back := indicators.Format(q, u, indicators.Style{})
		q2, u2, err := indicators.ParseStated(back)
		if err != nil || !sameQuantity(q, q2) || u2.String() != u.String() {
			t.Errorf("ParseStated(Format(%q) = %q) = %v %v %v, want %v %v", tc.stated, back, q2, u2, err, q, u)
		}
	}
	// "mt" in lower case is no megatonne: it stays a counted noun.
	if _, u, err := indicators.ParseStated("5 mt"); err == nil && u.String() == "t" {
		t.Errorf("ParseStated(%q) read megatonnes, want no scaled tonne", "5 mt")
	}
}
