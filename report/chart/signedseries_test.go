package chart

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesSignsChanges: a series of changes is drawn by each change's
// direction, a fall below zero and labelled "down", and its subtitle names
// the changes neutrally when they go both ways (s15-gdp: Q3 2016's fall of
// 0.5 per cent was drawn at +0.5 under "Percent reduction"); months are
// ticked short on an axis over them, not in the middle of a year
// (s15-prices: "January 2F0e2b1ruary 2021").
func TestSeriesSignsChanges(t *testing.T) {
	tests := []struct {
		name    string
		changes []indicatortest.SeriesChange
		series  []string
		ys      []float64
		labels  []string
		ticks   []string
		sub     string
		// width is the most the time axis may span, in years.
		width float64
	}{
		{
			name: "s15-gdp quarters, a fall then a rise",
			changes: []indicatortest.SeriesChange{
				{ID: "q3", Stated: "0.5 per cent", Way: "down", Period: "2016-Q3", Base: "2016-Q2", Series: "gdp"},
				{ID: "q4", Stated: "1.1 per cent", Way: "up", Period: "2016-Q4", Base: "2016-Q3", Series: "gdp"},
			},
			series: []string{"gdp"},
			ys:     []float64{-0.5, 1.1},
			labels: []string{"down 0.5 per cent", "up 1.1 per cent"},
			ticks:  []string{"Q3 2016", "Q4 2016"},
			sub:    "Per cent change from the previous quarter, Q3 2016 and Q4 2016", // as its labels spell it (perCent)
			width:  1,
		},
		{
			name: "road casualties by year, falls and a rise",
			changes: []indicatortest.SeriesChange{
				{ID: "y19", Stated: "3%", Way: "down", Period: "2019", Base: "2018", Series: "roads"},
				{ID: "y20", Stated: "20%", Way: "down", Period: "2020", Base: "2019", Series: "roads"},
				{ID: "y21", Stated: "5%", Way: "up", Period: "2021", Base: "2020", Series: "roads"},
			},
			series: []string{"roads"},
			ys:     []float64{-3, -20, 5},
			labels: []string{"down 3%", "down 20%", "up 5%"},
			ticks:  []string{"2019", "2020", "2021"},
			sub:    "Percent change from the previous year, 2019 to 2021",
			width:  4,
		},
		{
			name: "s15-prices 12-month rates of two months, all rises",
			changes: []indicatortest.SeriesChange{
				{ID: "sales-jan", Stated: "0.9%", Way: "up", Period: "2021-01", Base: "2020-01", Series: "sales"},
				{ID: "sales-feb", Stated: "0.7%", Way: "up", Period: "2021-02", Base: "2020-02", Series: "sales"},
				{ID: "output-jan", Stated: "0.7%", Way: "up", Period: "2021-01", Base: "2020-01", Series: "output"},
				{ID: "output-feb", Stated: "0.4%", Way: "up", Period: "2021-02", Base: "2020-02", Series: "output"},
			},
			series: []string{"sales", "output"},
			ys:     []float64{0.9, 0.7, 0.7, 0.4},
			labels: []string{"0.9%", "0.7%", "0.7%", "0.4%"},
			ticks:  []string{"Jan 2021", "Feb 2021"},
			sub:    "Percent increase over a year earlier, January 2021 and February 2021",
			width:  0.5,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := indicatortest.ChangeSeries(t, tt.changes, tt.series...)
			s, err := NewSlide(c, &c.Views[0], nil)
			if err != nil {
				t.Fatalf("NewSlide: %v", err)
			}
			tl := s.body.(*Timeline)
			var ys []float64
			var labels []string
			for _, p := range tl.Points {
				ys = append(ys, p.Y)
				labels = append(labels, p.Label)
			}
			// Points are in time order, series by series within a time.
			if !cmp.Equal(sorted(ys), sorted(tt.ys)) {
				t.Errorf("points' values = %v, want %v", ys, tt.ys)
			}
			if !cmp.Equal(sorted(labels), sorted(tt.labels)) {
				t.Errorf("points' labels = %q, want %q", labels, tt.labels)
			}
			if got := s.Subtitle; got != tt.sub {
				t.Errorf("subtitle = %q, want %q", got, tt.sub)
			}
			xmin, xmax, ymin, _ := tl.DataRange()
			if xmax-xmin > tt.width {
				t.Errorf("time axis spans %.3f years, want at most %g", xmax-xmin, tt.width)
			}
			var ticks []string
			for _, tk := range s.Plot.X.Tick.Marker.Ticks(xmin, xmax) {
				if tk.Label != "" {
					ticks = append(ticks, tk.Label)
				}
			}
			if !cmp.Equal(ticks, tt.ticks) {
				t.Errorf("time ticks = %q, want %q", ticks, tt.ticks)
			}
			// A whisker over a quarter of changes says what the quarter
			// is to a change, never "an average or total over it".
			for _, k := range s.Key {
				if k.Swatch == SpanSwatch && strings.Contains(k.Text, "average or total") {
					t.Errorf("key %q: a change is no average or total", k.Text)
				}
			}
			if lowest := sorted(tt.ys)[0]; lowest < 0 && !(s.Plot.Y.Min < lowest) {
				t.Errorf("value axis starts at %g, want below the lowest point %g (data from %g)", s.Plot.Y.Min, lowest, ymin)
			}
		})
	}
}

// sorted returns a sorted copy of xs.
func sorted[T float64 | string](xs []T) []T { return slices.Sorted(slices.Values(xs)) }

// TestSeriesSignedHedges: a hedged fall drawn below zero fades toward
// zero from what its wording allows, as a hedged rise does above it
// ("nearly 0.5 per cent" down was drawn at −0.5 fading from +0.4, across
// zero), and a move either way beside rises and falls is refused, not
// drawn as a rise (+1.1 beside "down 0.5", its label saying no way).
func TestSeriesSignedHedges(t *testing.T) {
	tests := []struct {
		name    string
		changes []indicatortest.SeriesChange
		y, fade float64 // the hedged point, where its fade starts
		err     string  // a refusal, when not ""
	}{
		{
			name: "nearly a fall",
			changes: []indicatortest.SeriesChange{
				{ID: "q3", Stated: "nearly 0.5 per cent", Way: "down", Period: "2016-Q3", Base: "2016-Q2", Series: "gdp"},
				{ID: "q4", Stated: "1.1 per cent", Way: "up", Period: "2016-Q4", Base: "2016-Q3", Series: "gdp"},
			},
			y: -0.5, fade: -0.4,
		},
		{
			name: "nearly a rise beside a fall",
			changes: []indicatortest.SeriesChange{
				{ID: "q3", Stated: "0.5 per cent", Way: "down", Period: "2016-Q3", Base: "2016-Q2", Series: "gdp"},
				{ID: "q4", Stated: "nearly 1.1 per cent", Way: "up", Period: "2016-Q4", Base: "2016-Q3", Series: "gdp"},
			},
			y: 1.1, fade: 1,
		},
		{
			name: "a move either way beside a fall",
			changes: []indicatortest.SeriesChange{
				{ID: "q3", Stated: "0.5 per cent", Way: "down", Period: "2016-Q3", Base: "2016-Q2", Series: "gdp"},
				{ID: "q4", Stated: "1.1 per cent", Way: "either", Period: "2016-Q4", Base: "2016-Q3", Series: "gdp"},
			},
			err: `"q4" (1.1 per cent) is a move either way`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := indicatortest.ChangeSeries(t, tt.changes, "gdp")
			s, err := NewSlide(c, &c.Views[0], nil)
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("NewSlide error = %v, want one saying %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatalf("NewSlide: %v", err)
			}
			var found bool
			for _, p := range s.body.(*Timeline).Points {
				if p.Tip != Faded {
					continue
				}
				found = true
				if math.Abs(p.Y-tt.y) > 1e-9 || math.Abs(p.FadeFrom-tt.fade) > 1e-9 {
					t.Errorf("faded point Y = %g, FadeFrom = %g, want %g, %g", p.Y, p.FadeFrom, tt.y, tt.fade)
				}
				if p.Y*p.FadeFrom < 0 {
					t.Errorf("faded point Y = %g fades from %g, across zero", p.Y, p.FadeFrom)
				}
			}
			if !found {
				t.Errorf("no faded point, want one at %g", tt.y)
			}
		})
	}
}
