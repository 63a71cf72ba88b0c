package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// negativeCatalog holds signed figures and one view of each, for the
// checks that a negative figure is drawn honestly or refused.
func negativeCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Period: indicators.NotStated}
	}
	return &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("deficit", "-$11.0 billion"), mk("exports", "$279 billion"), mk("nearly-deficit", "nearly -$11 billion"),
			mk("fall", "-0.3 percent"), mk("growth", "-5 to 5 percent"),
		},
		Views: []indicators.ChartView{
			{ID: "money", Kind: indicators.Bars, Indicators: []string{"deficit", "exports"}},
			{ID: "hedged", Kind: indicators.Bars, Indicators: []string{"nearly-deficit"}},
			{ID: "growth", Kind: indicators.RangeChart, Indicators: []string{"growth"}},
			{ID: "share", Kind: indicators.PartOfWhole, Indicators: []string{"fall"}},
		},
	}
}

// TestNegativeBars checks that a negative figure is a bar from it to 0 and
// a signed range a bar from its low to its high end, and that what cannot
// be drawn honestly yet is refused, never drawn as an empty row.
func TestNegativeBars(t *testing.T) {
	c := negativeCatalog(t)
	tests := []struct {
		view string
		want [][2]float64 // each bar's Start and End, in the slide's scale
		err  string
	}{
		{view: "money", want: [][2]float64{{-11, 0}, {0, 279}}},
		{view: "growth", want: [][2]float64{{-5, 5}}},
		{view: "hedged", err: `chart: charts of negative figures are not drawn yet with a hedge: "nearly-deficit" (nearly -$11 billion) can be shown as a headline`},
		{view: "share", err: `chart: charts of negative figures are not drawn yet as a part of a whole: "fall" (-0.3 percent) can be shown as bars or a headline`},
	}
	for _, tc := range tests {
		v, _ := c.View(tc.view)
		s, err := NewSlide(c, v, nil)
		if tc.err != "" {
			if err == nil || err.Error() != tc.err {
				t.Errorf("NewSlide(%q) error = %v, want %s", tc.view, err, tc.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("NewSlide(%q): %v", tc.view, err)
			continue
		}
		bs, ok := s.body.(*Bars)
		if !ok {
			t.Errorf("NewSlide(%q) draws %T, want *Bars", tc.view, s.body)
			continue
		}
		var got [][2]float64
		for _, b := range bs.Bars {
			got = append(got, [2]float64{b.Start, b.End})
		}
		if len(got) != len(tc.want) {
			t.Errorf("NewSlide(%q) bars = %v, want %v", tc.view, got, tc.want)
			continue
		}
		for i := range got {
			if got[i] != tc.want[i] {
				t.Errorf("NewSlide(%q) bar %d = %v, want %v", tc.view, i, got[i], tc.want[i])
			}
		}
		if s.Plot.X.Min > tc.want[0][0] {
			t.Errorf("NewSlide(%q) axis starts at %v, after the bar's start %v", tc.view, s.Plot.X.Min, tc.want[0][0])
		}
	}
}
