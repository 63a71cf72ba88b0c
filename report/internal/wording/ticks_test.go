package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func TestPeriodTicks(t *testing.T) {
	parse := func(ss ...string) []indicators.Period {
		var ps []indicators.Period
		for _, s := range ss {
			p, err := indicators.ParsePeriod(s)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", s, err)
			}
			ps = append(ps, p)
		}
		return ps
	}
	for _, c := range []struct {
		name    string
		periods []string
		want    []string
	}{
		// s14-hospitals: HSCIC's financial years, never "2013", "2014".
		{"split years", []string{"2013/14", "2014/15"}, []string{"2013/14", "2014/15"}},
		// s14-tourism: the ONS's year to December beside its year to March.
		{"calendar among rolling", []string{"2015", "2015-04/2016-03"}, []string{"YE Dec 2015", "YE Mar 2016"}},
		{"january to december among rolling", []string{"2015-01/2015-12", "2015-04/2016-03"}, []string{"YE Dec 2015", "YE Mar 2016"}},
		{"calendar years", []string{"2014", "2015"}, []string{"", ""}},
		{"fiscal years", []string{"FY2020", "FY2021"}, []string{"FY 2020", "FY 2021"}},
		{"quarters", []string{"2016-Q4", "2017-Q1"}, []string{"Q4 2016", "Q1 2017"}},
		{"calendar year among quarters", []string{"2016", "2017-Q1"}, []string{"", "Q1 2017"}},
		{"not stated", []string{"not stated"}, []string{""}},
	} {
		if got := PeriodTicks(parse(c.periods...)); !slices.Equal(got, c.want) {
			t.Errorf("%s: PeriodTicks(%q) = %q, want %q", c.name, c.periods, got, c.want)
		}
	}
}
