package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestIndexSeriesAbout100: a line chart of index levels is read against
// their reference, 100, as their bars are: an axis about the levels and
// 100, never from 0, and a dashed line at 100 the key names. Levels of
// 98.4 to 103.5 (2015=100) drew a flat line on an axis from 0 to 150
// with nothing marking 100 (out45).
func TestIndexSeriesAbout100(t *testing.T) {
	c, err := indicators.Load("../testdata/index100/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	s := figSlide(t, c, "line")
	tl, ok := s.body.(*Timeline)
	if !ok {
		t.Fatal("line: no timeline")
	}
	if s.Plot.Y.Min <= 0 || s.Plot.Y.Min > 98.4 || s.Plot.Y.Max < 103.5 || s.Plot.Y.Max > 110 {
		t.Errorf("value axis %v to %v, want about 98.4 to 103.5 and 100, not from 0", s.Plot.Y.Min, s.Plot.Y.Max)
	}
	if tl.Reference == nil || tl.Reference.Value != 100 {
		t.Fatalf("reference %+v, want a line at 100", tl.Reference)
	}
	var key []string
	for _, k := range s.Key {
		key = append(key, k.Text)
	}
	if want := "Index reference: 2015=100"; !strings.Contains(strings.Join(key, "\n"), want) {
		t.Errorf("key %q lacks %q", key, want)
	}
	// Near miss: a series of counts keeps its axis from 0 and no line.
	c2 := figCatalog(t, fig{id: "a", title: "Births", stated: "98 births", period: "2023"}, fig{id: "b", title: "Births", stated: "103 births", period: "2024"})
	for i := range c2.Indicators {
		c2.Indicators[i].Series = "births"
	}
	c2.Series = []indicators.Series{{ID: "births", Title: "Births"}}
	c2.Views = append(c2.Views, indicators.ChartView{ID: "line", Title: "Births", Kind: indicators.SeriesKind, Series: []string{"births"}})
	s = figSlide(t, c2, "line")
	if s.Plot.Y.Min != 0 || s.body.(*Timeline).Reference != nil {
		t.Errorf("births: axis from %v, reference %v; want from 0, none", s.Plot.Y.Min, s.body.(*Timeline).Reference)
	}
}
