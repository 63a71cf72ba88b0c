package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestFallAxisSpan: a short fall whose long label has no room left of it
// is labelled across zero rather than the axis growing below zero past
// three times the fall (s14-tourism: one bar at −43,000 drew an axis to
// −200,000), while falls that fill the negative side keep their labels on
// the falling side (s14-roads' changes from 2018).
func TestFallAxisSpan(t *testing.T) {
	for _, c := range []struct {
		name   string
		figs   []fig
		down   []bool
		minLo  float64 // the axis's low end is at or above it
		across bool    // some fall is labelled across zero
	}{
		{"net flows by citizenship", []fig{
			{id: "eu", title: "Net migration of EU citizens", stated: "180,000 EU citizens", period: "2016", measure: indicators.Change},
			{id: "non", title: "Net migration of non-EU citizens", stated: "190,000 non-EU citizens", period: "2016", measure: indicators.Change},
			{id: "gb", title: "Net migration of British citizens", stated: "43,000 British citizens", period: "2016", measure: indicators.Change},
		}, []bool{false, false, true}, -100000, true},
		{"road casualty changes", []fig{
			{id: "cas", title: "Reported road casualties", stated: "10%", period: "2019", measure: indicators.Change},
			{id: "fat", title: "Road fatalities", stated: "4%", period: "2019", measure: indicators.Change},
			{id: "moto", title: "Motorcycle casualties", stated: "19%", period: "2019", measure: indicators.Change},
			{id: "fem", title: "Females killed", stated: "14%", period: "2019", measure: indicators.Change},
		}, []bool{true, false, true, false}, -30, false},
	} {
		cat := figCatalog(t, c.figs...)
		for i := range cat.Indicators {
			cat.Indicators[i].Quantity.Direction = indicators.Up
			if c.down[i] {
				cat.Indicators[i].Quantity.Direction = indicators.Down
			}
		}
		for _, o := range fitSizes {
			v, _ := cat.View("all")
			s, err := NewSlide(cat, v, &o)
			if err != nil {
				t.Fatalf("%s: %v", c.name, err)
			}
			if _, err := s.Image(); err != nil {
				t.Fatal(err)
			}
			if s.Plot.X.Min < c.minLo {
				t.Errorf("%s %dx%d: axis from %v, want from %v or above", c.name, o.Width, o.Height, s.Plot.X.Min, c.minLo)
			}
			across := false
			for _, b := range s.body.(*Bars).Bars {
				across = across || b.Across
			}
			if across != c.across {
				t.Errorf("%s %dx%d: a fall labelled across zero = %v, want %v", c.name, o.Width, o.Height, across, c.across)
			}
		}
	}
}
