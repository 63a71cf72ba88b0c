package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankSlide: places are dots on a scale from 1 (there is no rank 0),
// the subtitle says which end is first by the ranks' own word, and the
// labels are written alike ("2nd largest" beside "4th", never "second
// largest").
func TestRankSlide(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.RankKind, Period: indicators.NotStated, Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("nato", "second largest"), mk("iiss", "4th"), mk("sipri", "6th")},
		Views:      []indicators.ChartView{{ID: "ranks", Title: "UK place among defence spenders", Kind: indicators.Bars, Indicators: []string{"nato", "iiss", "sipri"}}},
	}
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Value)
	}
	if want := []string{"2nd largest", "4th", "6th"}; !cmp.Equal(got, want) {
		t.Errorf("NewSlide(ranks) values = %q, want %q", got, want)
	}
	if want := "Rank (1 = largest), period not stated in the source"; s.Subtitle != want {
		t.Errorf("NewSlide(ranks) subtitle = %q, want %q", s.Subtitle, want)
	}
	var ticks []string
	for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
		ticks = append(ticks, tk.Label)
	}
	if want := []string{"1", "2", "3", "4", "5", "6"}; !cmp.Equal(ticks, want) {
		t.Errorf("NewSlide(ranks) ticks = %q, want %q", ticks, want)
	}
	if s.Plot.X.Min <= 0 || s.Plot.X.Min >= 1 {
		t.Errorf("NewSlide(ranks) axis starts at %v, want between 0 and 1", s.Plot.X.Min)
	}
}

// TestTicksWriteTheCode: bars the document writes "USD 12.8 billion"
// have ticks that write "USD" too, never "$".
func TestTicksWriteTheCode(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Flow, Period: indicators.NotStated, Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("idrc", "USD 12.8 billion"), mk("ukraine", "USD 918 million")},
		Views:      []indicators.ChartView{{ID: "aid", Title: "Aid", Kind: indicators.Bars, Indicators: []string{"idrc", "ukraine"}}},
	}
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	ticks := s.Plot.X.Tick.Marker.(Ticks)
	if got, want := []string{ticks.Format(10), ticks.Last(15)}, []string{"USD 10", "USD 15 billion"}; !cmp.Equal(got, want) {
		t.Errorf("NewSlide(aid) ticks = %q, want %q", got, want)
	}
}
