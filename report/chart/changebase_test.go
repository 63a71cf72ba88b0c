package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestChangeBarsSaySpan: a bar of a change with a stated base is labelled
// by the span it is over ("2001–2012"), never its end alone, which reads
// as a change in that year; two changes to one year from two bases are
// told apart by their spans.
func TestChangeBarsSaySpan(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk := func(id, title, stated string, d indicators.Direction, p, base string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, d)
		ind.Title, ind.Period, ind.Status = title, period(p), indicators.Fact
		if base != "" {
			ind.Base = period(base)
		}
		return ind
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want []string
	}{
		{"births", []indicators.Indicator{
			mk("a", "Fall in live births", "0.3%", indicators.Down, "2009", ""),
			mk("b", "Rise in live births since 2001", "23%", indicators.Up, "2012", "2001"),
			mk("c", "Fall in live births on the previous year", "4.3%", indicators.Down, "2013", "2012"),
		}, []string{"Fall in live births (2009)", "Rise in live births since 2001 (2001–2012)", "Fall in live births on the previous year (2012–2013)"}},
		{"one year, two bases", []indicators.Indicator{
			mk("a", "Change in recorded crime", "5%", indicators.Down, "FY2014-15", "FY2013-14"),
			mk("b", "Fall in recorded crime", "39%", indicators.Down, "FY2014-15", "FY2005-06"),
		}, []string{"Change in recorded crime (compared with FY 2013–14)", "Fall in recorded crime (compared with FY 2005–06)"}}, // the subtitle says FY 2014–15; the bases one way (s20n-gambling)
	}
	for _, tt := range tests {
		var ids []string
		for _, ind := range tt.inds {
			ids = append(ids, ind.ID)
		}
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "Changes", Kind: indicators.Bars, Indicators: ids}}}
		s, err := NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("NewSlide(%s): %v", tt.name, err)
		}
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Label)
		}
		if !cmp.Equal(got, tt.want) {
			t.Errorf("NewSlide(%s) labels = %q, want %q", tt.name, got, tt.want)
		}
	}
}
