package extract

import (
	"strings"
	"testing"
)

// TestFromToAfterChangeBy: after a word of change and its "by N%", "from X
// to Y" are the level before and the level after, not a range (round B's
// business demography, an ONS labour market figure, a housing release),
// while a range written "from X to Y" without a word of change, and a
// change's own range, stay ranges.
func TestFromToAfterChangeBy(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.",
			[]string{"1.2%", "346,000", "351,000"}},
		{"The number of business deaths decreased by 5.2 percent from 252,000 to 239,000.",
			[]string{"5.2 percent", "252,000", "239,000"}},
		{"Housing starts rose by 4 per cent from 160,000 to 166,000 in 2023.",
			[]string{"4 per cent", "160,000", "166,000"}},
		{"The birth rate decreased from 14.1% to 13.7% between 2013 and 2014.",
			[]string{"14.1%", "13.7%"}},
		{"Each site employs from 26 to 28 staff.", []string{"from 26 to 28 staff"}},
		{"Emissions will fall by 26 to 28 percent by 2025.", []string{"26 to 28 percent"}},
		// A bare low end written in full before a scaled high end keeps its
		// own magnitude: a change, then the level (a DWP benefits release).
		{"the number of people receiving the State Pension rose by 130,000 to 12.6 million",
			[]string{"130,000", "12.6 million"}},
		{"Employment will rise by 2 to 3 million.", []string{"2 to 3 million"}},
		// "from X to Y" set off by a comma or a parenthesis after a change
		// and its figure: the change's two levels (a Stats NZ broadband
		// release, an MoJ courts release, a DfT road casualties release).
		{"DSL connections increased only 1 percent from June 2014 to June 2015, from 1.32 million to 1.33 million.",
			[]string{"1 percent", "1.32 million", "1.33 million"}},
		{"The median time increased by 6% on the previous quarter (from 351 to 371 days).",
			[]string{"6%", "351", "371 days"}},
		{"Casualties aged under 5 rose by 1, from 125 to 126 between 2018 and 2019.",
			[]string{"under 5", "1", "125", "126"}},
		// Without a figure of change, or with a range's own verb, it stays a range.
		{"Prices rose, from 26 to 28 dollars.", []string{"from 26 to 28 dollars"}},
		{"Estimates increased by 5%, ranging from 26 to 28 percent.", []string{"5%", "from 26 to 28 percent"}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Extract(tt.in) {
			got = append(got, m.Text)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Extract(%q) texts = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTwoYearLevels: the two levels of "from X to Y between A and B" after
// a change are dated by A and B (round B's business demography; a housing
// release; a vaccines release).
func TestTwoYearLevels(t *testing.T) {
	tests := []struct{ text, stated, period string }{
		{"The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.\n", "346,000", "2013"},
		{"The number of UK business births increased by 1.2% from 346,000 to 351,000 between 2013 and 2014.\n", "351,000", "2014"},
		{"Housing completions rose by 4 per cent from 160,000 to 166,000 between 2022 and 2023.\n", "160,000", "2022"},
		{"Housing completions rose by 4 per cent from 160,000 to 166,000 between 2022 and 2023.\n", "166,000", "2023"},
		{"The number of doses given decreased by 3% from 612,000 to 594,000 between 2020 and 2021.\n", "594,000", "2021"},
	}
	for _, tt := range tests {
		cl := firstDraft(t, tt.text, tt.stated)
		if got := cl.ind.Period.String(); got != tt.period {
			t.Errorf("%q in %q: period %s, want %s", tt.stated, tt.text, got, tt.period)
		}
	}
}
