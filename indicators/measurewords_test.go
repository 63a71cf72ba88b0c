package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCompoundMeasureModifiers checks that only a modifier noun may stand
// before a measure in one counted unit: a comparative is a change (the
// comparison's advice), an adjective no part of the unit.
func TestCompoundMeasureModifiers(t *testing.T) {
	for _, tt := range []struct {
		in     string
		unit   string // the unit read; "" for a refusal
		errHas string // a part of the refusal
	}{
		{"15 more kilometres", "", `write stated: "15 kilometres", measure: change, direction: up`},
		{"10 fewer tonnes", "", `write stated: "10 tonnes", measure: change, direction: down`},
		{"5 more kilometres than 2018", "", `write stated: "5 kilometres", measure: change`},
		{"3 additional megawatts", "", `"additional" before the measure "megawatts" is no part of the unit`},
		{"15.73 billion net tonne kilometres", "net tonne kilometre", ""},
		{"64.7 billion passenger kilometres", "passenger kilometre", ""},
		{"2.1 billion vehicle miles", "vehicle mile", ""},
		{"3,000 more inspectors", "inspector", ""},
	} {
		checkStatedUnit(t, tt.in, tt.unit, tt.errHas)
	}
}

// checkStatedUnit fails t unless ParseStated reads in with the unit unit,
// or, for unit "", refuses it with an error holding errHas.
func checkStatedUnit(t *testing.T, in, unit, errHas string) {
	t.Helper()
	_, u, err := indicators.ParseStated(in)
	switch {
	case unit == "" && err == nil:
		t.Errorf("ParseStated(%q) = %q, nil error, want a refusal with %q", in, u.String(), errHas)
	case unit == "" && !strings.Contains(err.Error(), errHas):
		t.Errorf("ParseStated(%q) error = %v, want one with %q", in, err, errHas)
	case unit != "" && err != nil:
		t.Errorf("ParseStated(%q) error: %v, want unit %q", in, err, unit)
	case unit != "" && u.String() != unit:
		t.Errorf("ParseStated(%q) unit = %q, want %q", in, u.String(), unit)
	}
}

// TestGluedUnitAlone checks that a unit glued to the number is read only
// alone, before a rate or before a hedge: anything else after it would be
// read as the unit or a counted noun past the symbol.
func TestGluedUnitAlone(t *testing.T) {
	for _, tt := range []struct {
		in     string
		unit   string // the unit read; "" for a refusal
		errHas string // a part of the refusal
	}{
		{"3g phones", "", `"phones" after the unit "g" glued to the number is no part of the figure`},
		{"5MW wind farms", "", `"wind farms" after the unit "MW"`},
		{"10t of waste", "", `"of waste" after the unit "t"`},
		{"5pp higher", "", `"higher" after the figure says a change from a base: write stated: "5pp", measure: change, direction: up`},
		{"5 pp higher", "", `write stated: "5 pp", measure: change, direction: up`},
		{"5.3pp", "percentage_point", ""},
		{"0.13°F per decade", "degF per decade", ""},
		{"500MW", "MW", ""},
		{"500MW or more", "MW", ""},
		{"120km/h", "km/h", ""},
	} {
		checkStatedUnit(t, tt.in, tt.unit, tt.errHas)
	}
}

// TestTableScaleHeader checks where verify looks for a table's scale: in
// the header lines above the quote's line only, with marks built from the
// scale words and currency signs, and never past a letter whose lower
// case is longer than it ("Ⱥ" lowers to three bytes: a document with one
// before a mark made verify panic).
func TestTableScaleHeader(t *testing.T) {
	const deaths = "entities: [GB]\nstatus: fact\nperiod: 2011\nmeasure: count\nstated: \"880\"\nunit: death"
	const spend = "entities: [GB]\nstatus: fact\nperiod: 2023\nmeasure: level\nstated: \"332\""
	const storms = "Storms flooded homes in thousands of villages across the region, and 880 deaths were recorded."
	tests := []struct {
		name, doc, fields, quote string
		want                     string // a part of the one message; "" when it verifies
	}{
		{"prose in thousands, no scale", storms, deaths, "880 deaths were recorded", ""},
		{"prose in thousands, scale", storms, deaths + "\nscale: thousand", "880 deaths were recorded", "states a scale"},
		{"prose line above in thousands", "Storms flooded homes in\nthousands of villages, and\n880 deaths were recorded.", deaths, "880 deaths were recorded", ""},
		{"header (thousands)", "Deaths (thousands)\nAll 880\n", deaths, "All 880", `stands under the table's scale "(thousands)"`},
		{"header ($bn)", "Spending ($bn)\nDefence 332\n", spend, "Defence 332", `stands under the table's scale "$bn"`},
		{"header $m", "Spending, $m\nDefence 332\n", spend, "Defence 332", `stands under the table's scale "$m"`},
		{"header (US$ million)", "Spending (US$ million)\nDefence 332\n", spend, "Defence 332", `stands under the table's scale "US$ million"`},
		{"header US$ million, scale", "Spending (US$ million)\nDefence 332\n", spend + "\nscale: million", "Defence 332", ""},
		{"multi-byte letters before the mark", "ȺȺȺȺ '000\nDeaths 880\n", deaths, "Deaths 880", `stands under the table's scale "'000"`},
		{"multi-byte letters, mark on the quote's line", "ȺȺȺȺ '000 880\n", deaths, "880", ""},
		{"multi-byte letters, scale", "ȺȺȺ Spending £m\nDefence 332\n", spend + "\nscale: million", "Defence 332", ""},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, tt.fields, tt.quote)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !containsMsg(got, tt.want)):
			t.Errorf("%s: Parse messages = %q, want one, holding %q", tt.name, got, tt.want)
		}
	}
}

// TestInflationSubject checks that a change in percent is a rate of
// inflation only where a price index is the subject of its verb.
func TestInflationSubject(t *testing.T) {
	const gb = "entities: [GB]\nstatus: fact\nperiod: 2011\nmeasure: change\nstated: 3%\ndirection: up"
	const rate = `a rate of inflation is a level`
	tests := []struct {
		name, doc, quote string
		want             string // a part of the one message; "" when it verifies
	}{
		{"CPI-linked pensions", "CPI-linked pensions rose by 3% in 2011.", "CPI-linked pensions rose by 3% in 2011", ""},
		{"wages ahead of CPI", "Wages rose by 3% in 2011, ahead of CPI.", "Wages rose by 3% in 2011, ahead of CPI", ""},
		{"CPI after, in another sentence", "The CPI is published monthly. Rents rose by 3% in 2011.", "The CPI is published monthly. Rents rose by 3% in 2011", ""},
		{"the CPI rose", "The Consumer Prices Index (CPI) rose by 3% in the 12 months to December 2011.", "The Consumer Prices Index (CPI) rose by 3%", rate},
		{"bracket only", "The Consumer Prices Index (CPI) rose by 3% in 2011.", "(CPI) rose by 3% in 2011", rate},
		{"CPI inflation", "CPI inflation rose to 3% in 2011.", "CPI inflation rose to 3% in 2011", rate},
		{"has risen", "The CPI has risen by 3% in 2011.", "The CPI has risen by 3% in 2011", rate},
		{"rate of CPI inflation", "The annual rate of CPI inflation in 2011 was 3%.", "The annual rate of CPI inflation in 2011 was 3%", rate},
		{"index with an aside", "The CPI, the main measure of prices, rose by 3% in 2011.", "The CPI, the main measure of prices, rose by 3% in 2011", rate},
		{"compared with the index's rise", "On a monthly basis, the CPIH rose by 0.1% in February 2021, compared with a larger rise of 3% in February 2020.", "the CPIH rose by 0.1% in February 2021, compared with a larger rise of 3% in February 2020", rate},
		{"after an opening clause", "In 2011, the CPI rose by 3%.", "In 2011, the CPI rose by 3%", rate},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, gb, tt.quote)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !containsMsg(got, tt.want)):
			t.Errorf("%s: Parse messages = %q, want one, holding %q", tt.name, got, tt.want)
		}
	}
}

// TestContributionGoverns checks that a figure is a contribution only
// where a contribution word governs it, and that a negative one is
// writable as a signed share.
func TestContributionGoverns(t *testing.T) {
	const au = "entities: [AU]\nstatus: fact\nperiod: 2016-Q4\n"
	const doc = "The employment rate rose by 2 percentage points in 2016, contributing to lower claims.\n" +
		"Net exports detracted 0.3 percentage points from growth.\n" +
		"Net exports contributed 0.2 percentage points.\n" +
		"Mining made a 0.4 percentage point contribution to growth.\n" +
		"The largest downward contribution came from fuels (0.15 percentage points).\n"
	const share = `write measure: share (unit percentage_point)`
	tests := []struct {
		name, fields, quote string
		want                string // a part of the one message; "" when it verifies
	}{
		{"contributing to, after the figure", au + "measure: change\nstated: 2 percentage points\ndirection: up", "The employment rate rose by 2 percentage points in 2016, contributing to lower claims", ""},
		{"contributed", au + "measure: change\nstated: 0.2 percentage points\ndirection: up", "Net exports contributed 0.2 percentage points.", share},
		{"noun after", au + "measure: change\nstated: 0.4 percentage point\ndirection: up", "Mining made a 0.4 percentage point contribution", share},
		{"detracted as a fall", au + "measure: change\nstated: 0.3 percentage points\ndirection: down", "Net exports detracted 0.3 percentage points", `write stated: "-0.3 percentage points"`},
		{"detracted, signed share", au + "measure: share\nstated: -0.3 percentage points", "Net exports detracted 0.3 percentage points", ""},
		{"downward, signed share", au + "measure: share\nstated: -0.15 percentage points", "The largest downward contribution came from fuels (0.15 percentage points)", ""},
		{"contributed, signed share", au + "measure: share\nstated: -0.2 percentage points", "Net exports contributed 0.2 percentage points.", `the quote does not state "-0.2 percentage points"`},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, doc, tt.fields, tt.quote)
		switch {
		case tt.want == "" && got != nil:
			t.Errorf("%s: Parse messages = %q, want none", tt.name, got)
		case tt.want != "" && (len(got) != 1 || !containsMsg(got, tt.want)):
			t.Errorf("%s: Parse messages = %q, want one, holding %q", tt.name, got, tt.want)
		}
	}
}

// TestDerivedPointsAndCounts checks that a share in points is of a
// percentage only, not a percentage of points, and that a ratio of an
// amount and a bare count advises the count's own unit, not the amount's.
func TestDerivedPointsAndCounts(t *testing.T) {
	tests := []struct {
		name string
		op   indicators.Op
		a, b string
		text string // the result in words, or the start of the error
	}{
		{"points of percent", indicators.ShareOf, "0.5 percentage points", "1.1 per cent", "39 to 53 percent"}, // each rounded: 0.45–0.55 over 1.05–1.15
		{"percent of points", indicators.ShareOf, "1.1%", "0.5 percentage points", `indicators: derived "x": share of "a" (percent) and "b" (percentage_point), which are in different units`},
		{"ratio of percent and points", indicators.Ratio, "3.0 per cent", "1.5 percentage points", "2.0 times"},
		{"amount over a bare count", indicators.Ratio, "$5 million", "2 thousand", `indicators: derived "x": ratio of "a" (USD) and "b", which has no unit: give "b" the unit of what it counts at its own entry (unit: the thing it counts, such as trip)`},
		{"bare count over an amount", indicators.Ratio, "2 thousand", "$5 million", `give "a" the unit of what it counts at its own entry (unit: the thing it counts`},
		{"sum with a bare count", indicators.Sum, "500 teachers", "200", `give "b" the unit of what it counts at its own entry (unit: teacher, if it counts the same thing)`},
	}
	for _, tt := range tests {
		c := derivedCatalog(t, tt.op, []string{"a", "b"}, map[string]string{"a": tt.a, "b": tt.b})
		r, err := c.Compute("x")
		got := ""
		if err != nil {
			got = err.Error()
		} else {
			got = r.Text(indicators.Style{})
		}
		if !strings.Contains(got, tt.text) {
			t.Errorf("%s: %v of %q and %q = %q, want %q", tt.name, tt.op, tt.a, tt.b, got, tt.text)
		}
	}
}
