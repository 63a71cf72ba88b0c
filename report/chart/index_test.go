package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndexLevels: index levels (a level of no unit, a base year, a
// title of an index: the model has no index unit yet) are dots against a
// line at 100 on an axis about 100, subtitled "Index (2015=100)"; other
// figures keep their bars from 0 (s19m-industry drew 103.9 and 109.2 as
// "Number" bars on an axis from 0).
func TestIndexLevels(t *testing.T) {
	index := func(id, title, stated, period string) fig {
		return fig{id: id, title: title, stated: stated, period: period, measure: indicators.Level}
	}
	for _, c := range []struct {
		name     string
		figs     []fig
		subtitle string
		index    bool
	}{
		{"s19m-industry", []fig{
			index("oct17", "Manufacturing production index (seasonally adjusted, 2015=100)", "103.9", "2017-10"),
			index("sep18", "Manufacturing production index (seasonally adjusted, 2015=100)", "109.2", "2018-09"),
			index("turn", "Manufacturing turnover index (seasonally adjusted, 2015=100)", "108.0", "2018-10"),
		}, "Index (2015=100)", true},
		{"an index below and above 100", []fig{
			index("a", "Output index of services", "97.5", "2020"),
			index("b", "Output index of construction", "104.1", "2020"),
		}, "Index (2015=100)", true},
		{"levels of no index stay bars", []fig{
			{id: "a", title: "Pupils per teacher", stated: "17.2", period: "2020", measure: indicators.Level},
			{id: "b", title: "Pupils per teacher, secondary", stated: "15.9", period: "2020", measure: indicators.Level},
		}, "Number", false},
	} {
		cat := figCatalog(t, c.figs...)
		for i := range cat.Indicators {
			cat.Indicators[i].Base = indicators.YearPeriod(2015)
		}
		s := figSlide(t, cat, "all")
		if !strings.HasPrefix(s.Subtitle, c.subtitle) {
			t.Errorf("%s: subtitle %q, want it to start %q", c.name, s.Subtitle, c.subtitle)
		}
		bs := s.body.(*Bars)
		for _, b := range bs.Bars {
			if b.Mark != c.index {
				t.Errorf("%s: bar %s drawn as a dot = %v, want %v", c.name, b.ID, b.Mark, c.index)
			}
		}
		if !c.index {
			if s.Plot.X.Min != 0 {
				t.Errorf("%s: axis from %v, want from 0", c.name, s.Plot.X.Min)
			}
			continue
		}
		if bs.Reference == nil || bs.Reference.Value != 100 {
			t.Errorf("%s: no line at 100: %+v", c.name, bs.Reference)
		}
		if s.Plot.X.Min > 100 || s.Plot.X.Max < 100 || s.Plot.X.Min < 90 {
			t.Errorf("%s: axis from %v to %v, want one about 100", c.name, s.Plot.X.Min, s.Plot.X.Max)
		}
		checkBarLabels(t, c.name, s)
	}
	// Another kind's rates, whose quote names an index, stay bars from 0.
	s := kindSlide(t, "prices", "annual-rates")
	if strings.HasPrefix(s.Subtitle, "Index") || s.body.(*Bars).Bars[0].Mark {
		t.Errorf("prices annual-rates: drawn as an index: %q", s.Subtitle)
	}
}
