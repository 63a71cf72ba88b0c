package chart

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesTimeAxisMiddles: every point sits at the middle of the time
// its period covers (indicators.Period.Middle), the rule the book's
// native chart and Time axis column follow too; where one point covers a
// span, every point's whisker covers its own time, a year's too; and a
// year's tick label stands at its middle.
func TestSeriesTimeAxisMiddles(t *testing.T) {
	type pt struct{ x, from, to float64 }
	for _, c := range []struct {
		name    string
		figures []string
		unit    string
		want    []pt
		ticks   map[string]float64 // a label and where it stands
	}{
		// s17i-courts: a year (2019) beside two quarters, the year at
		// 1 January before.
		{"courts", []string{"252 days@2019", "162 days@2022-Q3", "177 days@2022-Q4"}, "day",
			[]pt{{2019.5, 2019, 2020}, {2022.622, 2022.496, 2022.748}, {2022.874, 2022.748, 2023}}, nil},
		// s17i-culture: the year ending April 1999 at its middle, not at
		// May 1998.
		{"culture", []string{"28%@1995", "20%@1998-05/1999-04"}, "",
			[]pt{{1995.5, 1995, 1996}, {1998.829, 1998.329, 1999.329}}, nil},
		// testdata/kinds crime's annual counts: no span, no whisker, each
		// year labelled under its point.
		{"crime", []string{"5,000@2013", "5,400@2015"}, "offence",
			[]pt{{2013.5, 0, 0}, {2015.5, 0, 0}}, map[string]float64{"2013": 2013.5, "2015": 2015.5}},
	} {
		cat := indicatortest.FlowSeries(t, c.name, c.figures, c.unit)
		v, _ := cat.View("trend")
		s, err := NewSlide(cat, v, nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", c.name, err)
		}
		tl := s.body.(*Timeline)
		if len(tl.Points) != len(c.want) {
			t.Fatalf("%s: %d points, want %d", c.name, len(tl.Points), len(c.want))
		}
		for i, p := range tl.Points {
			w := c.want[i]
			if math.Abs(p.X-w.x) > 0.002 || math.Abs(p.From-w.from) > 0.002 || math.Abs(p.To-w.to) > 0.002 {
				t.Errorf("%s: point %d (x, from, to) = %.3f, %.3f, %.3f, want %.3f, %.3f, %.3f", c.name, i, p.X, p.From, p.To, w.x, w.from, w.to)
			}
		}
		seen := 0
		for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
			if at, ok := c.ticks[tk.Label]; ok {
				seen++
				if tk.Value != at {
					t.Errorf("%s: tick %q at %g, want %g", c.name, tk.Label, tk.Value, at)
				}
			}
		}
		if seen != len(c.ticks) {
			t.Errorf("%s: %d of the ticks %v found", c.name, seen, c.ticks)
		}
	}
}

// TestTimelineSameSpot: two series' points at one time and one figure
// stand side by side, so that neither hides the other (s17i-water: 17
// and 17 in 2015); points of one time and different figures stay on
// their time (another kind: two series of one year, 38 and 2).
func TestTimelineSameSpot(t *testing.T) {
	for _, tc := range []struct {
		name string
		ys   [2]float64
		want [2]float64 // dx of each
	}{
		{"water 2015", [2]float64{17, 17}, [2]float64{-0.5, 0.5}},
		{"water 2024", [2]float64{38, 2}, [2]float64{0, 0}},
	} {
		tl, err := NewTimeline([]TimePoint{{X: 2015.5, Y: tc.ys[0], Label: "a", Series: 0}, {X: 2015.5, Y: tc.ys[1], Label: "b", Series: 1}}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if got := [2]float64{tl.dx[0], tl.dx[1]}; got != tc.want {
			t.Errorf("%s: dodge = %v, want %v", tc.name, got, tc.want)
		}
	}
}
