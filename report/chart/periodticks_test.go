package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesPeriodTicks: a series over periods that are not calendar
// years ticks each point by its period, never by a calendar year's
// number (wording.PeriodTicks), whatever the kind of document.
func TestSeriesPeriodTicks(t *testing.T) {
	for _, c := range []struct {
		name    string
		figures []string // "stated@period"
		unit    string
		want    []string
	}{
		// s14-hospitals: A&E attendances by financial year.
		{"split years", []string{"14.3 million@2013/14", "14.6 million@2014/15"}, "attendance", []string{"2013/14", "2014/15"}},
		// s14-tourism's series: the calendar year among years to March.
		{"calendar among rolling", []string{"334,000@2015", "327,000@2015-04/2016-03"}, "person", []string{"YE Dec 2015", "YE Mar 2016"}},
		// Fire incidents (the rolling-year case above): years to September.
		{"rolling years", []string{"506,235@2013-10/2014-09", "598,504@2023-10/2024-09"}, "incident", []string{"YE Sep 2014", "YE Sep 2024"}},
		// A budget by U.S. fiscal year.
		{"fiscal years", []string{"$4.1 billion@FY2020", "$4.4 billion@FY2021"}, "", []string{"FY 2020", "FY 2021"}},
		// Calendar years keep the year axis, ticked at their points
		// (YearTicks).
		{"calendar years", []string{"12,000@2014", "13,000@2016"}, "person", []string{"2014", "2016"}},
	} {
		cat := indicatortest.FlowSeries(t, c.name, c.figures, c.unit)
		v, _ := cat.View("trend")
		s, err := NewSlide(cat, v, nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", c.name, err)
		}
		var got []string
		for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
			if tk.Label != "" {
				got = append(got, tk.Label)
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: ticks = %q, want %q", c.name, got, c.want)
		}
	}
}
