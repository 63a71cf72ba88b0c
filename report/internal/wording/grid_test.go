package wording

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestGridOf(t *testing.T) {
	poll := []Named{
		{Title: "Adults in England's most deprived areas spending less on food and essentials"},
		{Title: "Adults in England's least deprived areas spending less on food and essentials"},
		{Title: "Adults in England's most deprived areas making energy efficiency improvements to their home"},
		{Title: "Adults in England's least deprived areas making energy efficiency improvements to their home"},
		{Title: "Adults in England's most deprived areas behind on gas or electricity bills"},
		{Title: "Adults in England's least deprived areas behind on gas or electricity bills"},
	}
	tests := []struct {
		name string
		bars []Named
		want Grid
		ok   bool
	}{
		{"poll groups by title", poll, Grid{
			Measures: []string{"Spending less on food and essentials", "Making energy efficiency improvements to their home", "Behind on gas or electricity bills"},
			Groups:   []string{"Adults in England's most deprived areas", "Adults in England's least deprived areas"},
			Cells:    [][]int{{0, 1}, {2, 3}, {4, 5}},
		}, true},
		{"rate by sex and year", []Named{
			{Title: "Smoking rate of men", Period: "2011"},
			{Title: "Smoking rate of women", Period: "2011"},
			{Title: "Smoking rate of men", Period: "2023"},
			{Title: "Smoking rate of women", Period: "2023"},
		}, Grid{
			Measures: []string{"Smoking rate of men", "Smoking rate of women"},
			Groups:   []string{"2011", "2023"},
			Cells:    [][]int{{0, 2}, {1, 3}},
		}, true},
		{"groups of their own periods say them (s25v-animals)", []Named{
			{Title: "Specified rats used", Period: "2010"},
			{Title: "Specified rats used, long-term average", Period: "2002–2010"},
			{Title: "Specified rabbits used", Period: "2010"},
			{Title: "Specified rabbits used, long-term average", Period: "2002–2010"},
			{Title: "Specified mice used", Period: "2010"},
			{Title: "Specified mice used, long-term average", Period: "2002–2010"},
		}, Grid{
			Measures: []string{"Specified rats", "Specified rabbits", "Specified mice"},
			Groups:   []string{"Used (2010)", "Used, long-term average (2002–2010)"},
			Cells:    [][]int{{0, 1}, {2, 3}, {4, 5}},
		}, true},
		{"one title per entity", []Named{
			{Title: "Exports", Entity: "Japan"},
			{Title: "Imports", Entity: "Japan"},
			{Title: "Exports", Entity: "Korea"},
			{Title: "Imports", Entity: "Korea"},
		}, Grid{
			Measures: []string{"Exports", "Imports"},
			Groups:   []string{"Japan", "Korea"},
			Cells:    [][]int{{0, 2}, {1, 3}},
		}, true},
		{"groups after the measures", []Named{
			{Title: "Life expectancy at birth for males"},
			{Title: "Life expectancy at birth for females"},
			{Title: "Life expectancy at age 65 for males"},
			{Title: "Life expectancy at age 65 for females"},
			{Title: "Life expectancy at age 85 for males"},
			{Title: "Life expectancy at age 85 for females"},
		}, Grid{
			Measures: []string{"Life expectancy at birth", "Life expectancy at age 65", "Life expectancy at age 85"},
			Groups:   []string{"Males", "Females"},
			Cells:    [][]int{{0, 1}, {2, 3}, {4, 5}},
		}, true},
		{"groups after a preposition", []Named{
			{Title: "Smoking among men"},
			{Title: "Smoking among women"},
			{Title: "Drinking among men"},
			{Title: "Drinking among women"},
		}, Grid{
			Measures: []string{"Smoking", "Drinking"},
			Groups:   []string{"Men", "Women"},
			Cells:    [][]int{{0, 1}, {2, 3}},
		}, true},
		// s18k-defence: the group's words cut from the middle take
		// their preposition from the measure and their article from the
		// key; it was "Joiners to (intake)" keyed "The UK Regular
		// Armed Forces".
		{"groups in the middle", []Named{
			{Title: "Joiners to the UK Regular Armed Forces (intake)"},
			{Title: "Leavers from the UK Regular Armed Forces (outflow)"},
			{Title: "Joiners to the Future Reserves 2020 (intake)"},
			{Title: "Leavers from the Future Reserves 2020 (outflow)"},
		}, Grid{
			Measures: []string{"Joiners (intake)", "Leavers (outflow)"},
			Groups:   []string{"UK Regular Armed Forces", "Future Reserves 2020"},
			Cells:    [][]int{{0, 2}, {1, 3}},
		}, true},
		{"countries in the middle", []Named{
			{Title: "Passenger arrivals from Spain"},
			{Title: "Passenger departures to Spain"},
			{Title: "Passenger arrivals from France"},
			{Title: "Passenger departures to France"},
		}, Grid{
			Measures: []string{"Passenger arrivals", "Passenger departures"},
			Groups:   []string{"Spain", "France"},
			Cells:    [][]int{{0, 2}, {1, 3}},
		}, true},
		{"one measure only", []Named{
			{Title: "Adults who see the NHS as an important issue"},
			{Title: "Adults who see the economy as an important issue"},
			{Title: "Adults who see housing as an important issue"},
			{Title: "Adults who see crime as an important issue"},
		}, Grid{}, false},
		{"pairs of different runs", []Named{
			{Title: "Adults whose cost of living increased compared with a year ago"},
			{Title: "Adults whose cost of living increased compared with one month ago"},
			{Title: "Adults spending less on non-essentials because of the rising cost of living"},
			{Title: "Adults using less gas or electricity because of the rising cost of living"},
		}, Grid{}, false},
		// s24t-childcare: each title twice, in periods written apart
		// (2021, 2022, December 2022) so that no period is a group: the
		// run "with" of both bars of a title is no two groups.
		{"one title in periods written apart", []Named{
			{Title: "Children registered with daycare services", Period: "2021"},
			{Title: "Children registered with daycare services", Period: "2022"},
			{Title: "Children registered with childminding services", Period: "2021"},
			{Title: "Children registered with childminding services", Period: "Dec 2022"},
		}, Grid{}, false},
		{"a cell missing", poll[:5], Grid{}, false},
		{"too few bars", poll[:2], Grid{}, false},
	}
	for _, tt := range tests {
		got, ok := GridOf(tt.bars)
		if ok != tt.ok || !cmp.Equal(got, tt.want) {
			t.Errorf("GridOf(%s) = %v, %v, want %v, %v", tt.name, got, ok, tt.want, tt.ok)
		}
	}
}
