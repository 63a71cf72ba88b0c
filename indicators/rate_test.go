package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestParseStatedRateUnit checks the unit of rates and ages field by field:
// the kind, the name and the base of the rate.
func TestParseStatedRateUnit(t *testing.T) {
	tests := []struct {
		in         string
		kind       indicators.UnitKind
		name, per  string
		noun       string
		unitString string
	}{
		{"450,000 barrels per day", indicators.Measure, "bbl", "day", "", "bbl per day"},
		{"$200 a month", indicators.Money, "", "month", "", "USD per month"},
		{"$200 per month", indicators.Money, "", "month", "", "USD per month"},
		{"31 points per game", indicators.Count, "point", "game", "", "point per game"},
		{"31 points a game", indicators.Count, "point", "game", "", "point per game"},
		{"two hours an hour", indicators.Count, "hour", "hour", "", "hour per hour"},
		{"8.4 per 100,000 population", indicators.NoUnit, "", "100,000 population", "", "per 100,000 population"},
		{"4.1 per 1,000 live births", indicators.NoUnit, "", "1,000 live births", "", "per 1,000 live births"},
		{"5 per capita", indicators.NoUnit, "", "capita", "", "per capita"},
		{"5 Per Day", indicators.NoUnit, "", "day", "", "per day"},
		{"12 cases per 100,000 people", indicators.Count, "case", "100,000 people", "", "case per 100,000 people"},
		{"355 sentenced prisoners per 100,000 U.S. residents", indicators.Count, "prisoner", "100,000 residents", "sentenced prisoners", "prisoner per 100,000 residents"},
		{"350 per 100,000 U.S. residents", indicators.NoUnit, "", "100,000 residents", "", "per 100,000 residents"},
		{"35 micrograms per cubic metre", indicators.Measure, "ug", "cubic metre", "", "ug per cubic metre"},
		{"5 percent a year", indicators.Percent, "", "year", "", "percent per year"},
		{"45-year-old", indicators.Count, "year", "", "years old", "year"},
		{"45 years old", indicators.Count, "year", "", "years old", "year"},
		{"ages 18-24", indicators.Count, "year", "", "years old", "year"},
		{"45 years", indicators.Count, "year", "", "", "year"},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.in)
		if err != nil {
			t.Errorf("ParseStated(%q): %v", tc.in, err)
			continue
		}
		if u.Kind != tc.kind || u.Name != tc.name || u.Per != tc.per || q.Noun != tc.noun || u.String() != tc.unitString {
			t.Errorf("ParseStated(%q) = unit {%v %q per %q} %q, noun %q; want {%v %q per %q} %q, noun %q",
				tc.in, u.Kind, u.Name, u.Per, u, q.Noun, tc.kind, tc.name, tc.per, tc.unitString, tc.noun)
		}
	}
}

// TestParseUnitRate checks that a rate's unit round-trips through String
// and ParseUnit, so the JSON and CSV contract carry it in the unit column.
func TestParseUnitRate(t *testing.T) {
	tests := []struct {
		in   string
		want indicators.Unit
		err  bool
	}{
		{"bbl per day", indicators.Unit{Kind: indicators.Measure, Name: "bbl", Per: "day"}, false},
		{"USD per month", indicators.Unit{Kind: indicators.Money, Currency: indicators.MustParseUnit("USD").Currency, Per: "month"}, false},
		{"point per game", indicators.Unit{Kind: indicators.Count, Name: "point", Per: "game"}, false},
		{"per 100,000 population", indicators.Unit{Per: "100,000 population"}, false},
		{"per capita", indicators.Unit{Per: "capita"}, false},
		{"case per 100,000 people", indicators.Unit{Kind: indicators.Count, Name: "case", Per: "100,000 people"}, false},
		{"USD per person per year", indicators.Unit{Kind: indicators.Money, Currency: indicators.MustParseUnit("USD").Currency, Per: "person per year"}, false},
		{"percent per year", indicators.Unit{Kind: indicators.Percent, Per: "year"}, false},
		{"mph", indicators.Unit{Kind: indicators.Measure, Name: "mph"}, false},
		{"miles per hour", indicators.Unit{Kind: indicators.Measure, Name: "mph"}, false},
		{"rank per year", indicators.Unit{}, true},
		{"times per day", indicators.Unit{}, true},
		{"USD per Day", indicators.Unit{}, true},
		{"USD per a day", indicators.Unit{}, true},
		{"USD per ", indicators.Unit{}, true},
		{"USD per day per", indicators.Unit{}, true},
		{"per 0100 people", indicators.Unit{}, true},
		{"EURO per day", indicators.Unit{}, true},
		{"person per 100,000 U.S. residents", indicators.Unit{}, true}, // write "person per 100,000 residents"
		{"prisoner per 100,000 residents", indicators.Unit{Kind: indicators.Count, Name: "prisoner", Per: "100,000 residents"}, false},
	}
	for _, tc := range tests {
		got, err := indicators.ParseUnit(tc.in)
		if tc.err {
			if err == nil {
				t.Errorf("ParseUnit(%q) = %+v, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("ParseUnit(%q) = %+v, %v, want %+v", tc.in, got, err, tc.want)
			continue
		}
		back, err := indicators.ParseUnit(got.String())
		if err != nil || back != got {
			t.Errorf("ParseUnit(%q) = %+v, %v, want %+v", got.String(), back, err, got)
		}
	}
}

// TestRateUnitsCompare checks that figures compare and chart together
// only with the same base: barrels per day are not barrels.
func TestRateUnitsCompare(t *testing.T) {
	perDay := indicators.MustParseUnit("bbl per day")
	tests := []struct {
		a, b string
		same bool
	}{
		{"bbl per day", "bbl per day", true},
		{"bbl per day", "bbl", false},
		{"bbl per day", "bbl per year", false},
		{"per 100,000 population", "", false},
		{"USD per month", "USD", false},
	}
	for _, tc := range tests {
		if got := indicators.MustParseUnit(tc.a) == indicators.MustParseUnit(tc.b); got != tc.same {
			t.Errorf("ParseUnit(%q) == ParseUnit(%q) = %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
	if _, ok := perDay.SI(1); ok {
		t.Errorf("%v.SI(1) ok = true, want false: a rate has no SI value of its measure", perDay)
	}
	if perDay.IsZero() || indicators.MustParseUnit("per capita").IsZero() {
		t.Errorf("a rate's unit IsZero = true, want false")
	}
}
