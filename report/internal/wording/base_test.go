package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// change returns the bar of a reported change stated as stated, in
// direction d over period p from base.
func change(t *testing.T, stated string, d indicators.Direction, p, base string, signed bool) Bar {
	t.Helper()
	b := bar(t, stated, indicators.Estimate, indicators.Change, p)
	b.Q.Direction, b.Base, b.Signed = d, period(t, base), signed
	return b
}

// TestSubtitleBase: a subtitle names a reported change's base with its
// own period, once ("from Q2 2013 to Q2 2014"), or the previous period
// when each bar is over the one before it, so that a March 2021 bar never
// reads as over February 2022; a commitment keeps "from 2005 levels".
func TestSubtitleBase(t *testing.T) {
	target := bar(t, "26 to 28 percent", indicators.Target, indicators.Change, "2025")
	target.Q.Direction, target.Base = indicators.Down, period(t, "2005")
	tests := []struct {
		name, title string
		bars        []Bar
		subtitle    string
	}{
		{"a year earlier", "April to June 2014 on a year earlier",
			[]Bar{change(t, "7%", indicators.Up, "2014-Q2", "2013-Q2", false), change(t, "9%", indicators.Up, "2014-Q2", "2013-Q2", false)},
			"Percent change from Q2 2013 to Q2 2014 (estimates)"},
		{"each over its previous month", "Monthly rises in March",
			[]Bar{change(t, "0.2%", indicators.Up, "2021-03", "2021-02", false), change(t, "0.9%", indicators.Up, "2022-03", "2022-02", false)},
			"Percent change from the previous month, March 2021 and March 2022 (estimates)"},
		// The title says every bar's month: the subtitle says them no
		// second time (s29z-overflows: "…, 2022 and 2023" under "…, 2022
		// and 2023").
		{"each over its previous month, titled", "Monthly rises in March 2022 and March 2021",
			[]Bar{change(t, "0.2%", indicators.Up, "2021-03", "2021-02", false), change(t, "0.9%", indicators.Up, "2022-03", "2022-02", false)},
			"Percent change from the previous month (estimates)"},
		{"a quarter on the one before", "Real GDP",
			[]Bar{change(t, "0.3%", indicators.Down, "2023-Q4", "2023-Q3", true), change(t, "0.1%", indicators.Down, "2023-Q3", "2023-Q2", true)},
			"Percent change from the previous quarter, Q3 2023 and Q4 2023 (estimates)"},
		{"counts since a base year", "Fewer people in low income than in 2009-10",
			[]Bar{change(t, "260,000 children", indicators.Down, "FY2019-20", "FY2009-10", true), change(t, "180,000 children", indicators.Down, "FY2019-20", "FY2009-10", true)},
			"Number of children, change from FY 2009–10 to FY 2019–20 (estimates)"},
		// s14-roads: the title says the change and its base; the
		// subtitle says when alone.
		{"changes titled with their base", "Percent change from 2018",
			[]Bar{change(t, "10%", indicators.Down, "2019", "2018", true), change(t, "4%", indicators.Up, "2019", "2018", true)},
			"2019 (estimates)"},
		// A quarterly release titled so: the same.
		{"quarter changes titled with their base", "Percent change since Q3 2023",
			[]Bar{change(t, "0.3%", indicators.Down, "2023-Q4", "2023-Q3", true), change(t, "0.1%", indicators.Up, "2023-Q4", "2023-Q3", true)},
			"Q4 2023 (estimates)"},
		// A title that names the base but not the change keeps the unit.
		{"base without the change", "Road casualties from 2018",
			[]Bar{change(t, "10%", indicators.Down, "2019", "2018", true), change(t, "4%", indicators.Up, "2019", "2018", true)},
			"Percent change from the previous year, 2019 (estimates)"},
		// s25v-loans: the title names the base of the changes; the
		// subtitle said "from the previous year" again.
		{"changes on a base the title names", "Change on 2017–18, Higher Education loans",
			[]Bar{change(t, "8.4%", indicators.Up, "FY2018-19", "FY2017-18", true), change(t, "5.7%", indicators.Down, "FY2018-19", "FY2017-18", true)},
			"Percent change, FY 2018–19 (estimates)"},
		{"a target", "Emissions target", []Bar{target}, "Percent reduction from 2005 levels, target for 2025"},
		{"money over the quarter before, titled", "What moved the UK goods deficit in quarter 1 2015",
			[]Bar{change(t, "£0.8 billion", indicators.Up, "2015-Q1", "2014-Q4", true), change(t, "£2.7 billion", indicators.Down, "2015-Q1", "2014-Q4", true)},
			"£ billion, change from Q4 2014 to Q1 2015 (estimates)"},
	}
	for _, tt := range tests {
		if _, sub := Subtitle(tt.title, tt.bars); sub != tt.subtitle {
			t.Errorf("Subtitle(%q) [%s] = %q, want %q", tt.title, tt.name, sub, tt.subtitle)
		}
	}
}

// TestSeriesSubtitleTitledPeriods: a series chart's subtitle says no
// period its title says, in whichever spelling of a year across two
// (s26w-taxgap: "2005/06 and 2022/23" under "…, 2005 to 2006 and 2022 to
// 2023"); a title without them keeps them.
func TestSeriesSubtitleTitledPeriods(t *testing.T) {
	bars := []Bar{bar(t, "7.4%", indicators.Estimate, indicators.Share, "2005/06"), bar(t, "4.8%", indicators.Estimate, indicators.Share, "2022/23")}
	tests := []struct{ title, want string }{
		{"Tax gap as a share of theoretical liabilities, 2005 to 2006 and 2022 to 2023", "Percent"},
		{"Tax gap as a share of theoretical liabilities, 2005/06 and 2022/23", "Percent"},
		{"Tax gap as a share of theoretical liabilities", "Percent, 2005/06 and 2022/23"},
	}
	for _, tt := range tests {
		if got := SeriesSubtitle(tt.title, bars, true); got != tt.want {
			t.Errorf("SeriesSubtitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
