package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestClaimWording: a change listed alone is worded one way, its period
// and base after it, whatever its title says; a contribution to a change,
// a share in percentage points as verify settles it, is worded as a
// figure of its period, neither "up" nor from a base; a change whose
// title names contributions stays a change.
func TestClaimWording(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name, title, stated, period, base string
		measure                           indicators.MeasureKind
		dir                               indicators.Direction
		want                              string
		said                              bool
	}{
		{"s15-births change", "Change in live births on the year before", "4.3%", "2013", "2012", indicators.Change, indicators.Down, "down 4.3% from 2012 to 2013", true},
		{"s15-births implied base", "Change in live births", "0.3%", "2009", "2008", indicators.Change, indicators.Down, "down 0.3% from 2008 to 2009", true},
		{"s15-births title names base", "Rise in live births since 2001", "23%", "2012", "2001", indicators.Change, indicators.Up, "up 23% from 2001 to 2012", true},
		{"s15-prices contribution", "Contribution of transport to the CPIH annual inflation rate", "0.30 percentage points", "2021-02", "", indicators.Share, indicators.NoDirection, "0.30 percentage points", false},
		{"s15-gdp contribution", "Mining's contribution to GDP growth", "0.2 percentage points", "2016-Q4", "", indicators.Share, indicators.NoDirection, "0.2 percentage points", false},
		{"s14-roads change", "Change in road deaths", "2%", "2023", "2022", indicators.Change, indicators.Down, "down 2% from 2022 to 2023", true},
		// A change whose title names contributions is a change (review
		// fix15b: it was worded as a level, "£2 billion").
		{"contributions in money", "Employer pension contributions", "£2 billion", "2021", "2020", indicators.Change, indicators.Up, "up £2 billion from 2020 to 2021", true},
		{"contribution in percent", "Change in employee contributions", "3%", "2021", "2020", indicators.Change, indicators.Down, "down 3% from 2020 to 2021", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ind := indicatortest.Change(t, "x", tt.stated, tt.dir)
			ind.Title, ind.Period, ind.Status, ind.Measure = tt.title, period(tt.period), indicators.Fact, tt.measure
			if tt.base != "" {
				ind.Base = period(tt.base)
			}
			base, said := ClaimBase(&ind)
			got := Alone(Shown{Label: LabelOf(&ind), Unit: ind.Unit, Q: ind.Quantity, Measure: ClaimMeasure(&ind), Period: ind.Period, Base: base})
			if got != tt.want || said != tt.said {
				t.Errorf("Alone(ClaimBase(%q)) = %q (period said %v), want %q (%v)", tt.title, got, said, tt.want, tt.said)
			}
		})
	}
}

// TestLabelOfPoint: the points of one series are worded alike, from their
// value and the series' unit, however each was stated.
func TestLabelOfPoint(t *testing.T) {
	tests := []struct {
		name, stated, unit, series, want string
	}{
		{"s15-births stated words", "698,512 live births", "birth", "births", "698,512 births"},
		{"s15-births bare", "729,674", "birth", "births", "729,674 births"},
		{"s15-births rate", "4.7 per thousand total births", "stillbirth per thousand total births", "still", "4.7 stillbirths per 1,000 total births"},
		{"s15-deaths", "880 female drug poisoning deaths", "death", "deaths", "880 deaths"},
		{"no series keeps its words", "880 female drug poisoning deaths", "death", "", "880 female drug poisoning deaths"},
		{"s14-hospitals kind, a scale", "2.1 million attendances", "attendance", "ae", "2.1 million attendances"},
		// s20n-cancer: the card's "320,395 new cases" over "309,453
		// cases in 2017"; every output now writes the series' unit.
		{"s20n-cancer card and series", "320,395 new cases", "case", "eng-new-cancers", "320,395 cases"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q, _, err := indicators.ParseStated(tt.stated)
			if err != nil {
				t.Fatal(err)
			}
			u, err := indicators.ParseUnit(tt.unit)
			if err != nil {
				t.Fatal(err)
			}
			ind := indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u, Series: tt.series, Measure: indicators.CountKind}
			got := Alone(Shown{Label: LabelOf(&ind), Unit: ind.Unit, Q: ind.Quantity, Measure: ind.Measure})
			if got != tt.want {
				t.Errorf("Alone(LabelOf(%q in %q)) = %q, want %q", tt.stated, tt.unit, got, tt.want)
			}
		})
	}
}
