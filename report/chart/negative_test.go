package chart

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
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
			mk("fall", "-0.3 percent"), mk("growth", "-5 to 5 percent"), mk("about-deficit", "about -$11 billion"),
		},
		Views: []indicators.ChartView{
			{ID: "money", Kind: indicators.Bars, Indicators: []string{"deficit", "exports"}},
			{ID: "hedged", Kind: indicators.Bars, Indicators: []string{"nearly-deficit"}},
			{ID: "about", Kind: indicators.Bars, Indicators: []string{"about-deficit", "exports"}},
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
		{view: "about", want: [][2]float64{{-11, 0}, {0, 279}}}, // "about" has a plain end (s23q-injuries: "down about 1 percent")
		{view: "hedged", err: `chart: charts of negative figures are not drawn yet with an open end (nearly): "nearly-deficit" (nearly −$11 billion) can be shown as a headline`},
		{view: "share", err: `chart: charts of negative figures are not drawn yet as a part of a whole: "fall" (−0.3 percent) can be shown as bars or a headline`},
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

// TestSignedChanges checks that a chart of changes that go both ways, or
// of falls one of which is reported, draws a decrease below zero, says
// "change" in its subtitle, and reads its axis from a tick below zero; a
// chart of targets to cut alone draws them as stated, and says
// "reduction".
func TestSignedChanges(t *testing.T) {
	mk := func(id, stated string, d indicators.Direction) indicators.Indicator {
		return indicatortest.Change(t, id, stated, d)
	}
	target := mk("target", "26 to 28 percent", indicators.Down)
	target.Status = indicators.Target
	pledge := mk("pledge", "15 percent", indicators.Down)
	pledge.Status = indicators.Pledge
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("exports", "1 percent", indicators.Up), mk("imports", "15 percent", indicators.Down),
			target, mk("surplus", "$5.2 billion", indicators.Up),
			mk("imports-usd", "$4.9 billion", indicators.Down), pledge,
			mk("releases", "1 percent", indicators.Down), mk("receptions", "9 percent", indicators.Up),
		},
		Views: []indicators.ChartView{
			{ID: "both", Kind: indicators.Bars, Indicators: []string{"exports", "imports", "target"}},
			{ID: "down", Kind: indicators.Bars, Indicators: []string{"imports", "target"}},
			{ID: "usd", Kind: indicators.Bars, Indicators: []string{"surplus", "imports-usd"}},
			{ID: "cuts", Kind: indicators.Bars, Indicators: []string{"pledge", "target"}},
			{ID: "small-fall", Kind: indicators.Bars, Indicators: []string{"receptions", "releases"}},
		},
	}
	for _, tc := range []struct {
		view     string
		want     [][2]float64
		subtitle string
		min      float64
		minLabel string
	}{
		{"both", [][2]float64{{0, 1}, {-15, 0}, {-28, -26}}, "Percent change, 2013 and a target for 2013", -30, "−30"},
		{"down", [][2]float64{{-15, 0}, {-28, -26}}, "Percent change, 2013 and a target for 2013", -30, "−30"},
		{"cuts", [][2]float64{{0, 15}, {26, 28}}, "Percent reduction, pledge and target for 2013", 0, "0"},
		{"usd", [][2]float64{{0, 5.2}, {-4.9, 0}}, "US$ billion; change, 2013", -6, "−$6"},
		// The ticks keep the step the axis's low end was put on: "−2"
		// is labelled, not left bare below "0 5 10"; not "−5" nor "−2.5"
		// for a lowest −1 (axis.Range).
		{"small-fall", [][2]float64{{0, 9}, {-1, 0}}, "Percent change, 2013", -2, "−2"},
	} {
		v, _ := c.View(tc.view)
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatalf("NewSlide(%q): %v", tc.view, err)
		}
		var got [][2]float64
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, [2]float64{b.Start, b.End})
		}
		if fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("NewSlide(%q) bars = %v, want %v", tc.view, got, tc.want)
		}
		if s.Subtitle != tc.subtitle {
			t.Errorf("NewSlide(%q) subtitle = %q, want %q", tc.view, s.Subtitle, tc.subtitle)
		}
		ticks := s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max)
		if s.Plot.X.Min != tc.min || len(ticks) == 0 || ticks[0].Value != tc.min || ticks[0].Label != tc.minLabel {
			t.Errorf("NewSlide(%q) axis from %v, first tick %+v; want from %v, first tick %q", tc.view, s.Plot.X.Min, ticks[0], tc.min, tc.minLabel)
		}
	}
}

// TestFallLabelSide checks that the value of a bar below zero is written
// on the falling side of zero, left of its bar, or, where the axis would
// grow below zero past three times its lowest fall for it, right of the
// bar's zero end (Across), and a rise's right of its bar, at every size the
// slides are drawn.
func TestFallLabelSide(t *testing.T) {
	c := negativeCatalog(t)
	v, _ := c.View("money")
	for _, o := range fitSizes {
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatal(err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		dc := s.Plot.DataCanvas(s.drawn)
		zero := dc.X(s.Plot.X.Norm(0))
		bars := s.body.(*Bars)
		for i, row := range bars.boxes(dc, s.Plot) {
			b := bars.Bars[i]
			// The boxes after the label's lines: the bar, then the value.
			bar, value := row[len(row)-2], row[len(row)-1]
			if b.Note != "" || len(b.EndLabels[0]+b.EndLabels[1]) > 0 {
				t.Fatalf("bar %q has a note or end labels: the test reads its last box as its value", b.Label)
			}
			switch {
			case b.Across && value.Min.X < bar.Max.X:
				// Across zero: the axis would have grown below zero
				// past three times its lowest fall for it (widen).
				t.Errorf("%dx%d: fall %q drawn across zero: value spans x %.1f..%.1f, want right of its bar's zero end %.1f", o.Width, o.Height, b.Value, value.Min.X, value.Max.X, bar.Max.X)
			case b.Across:
			case b.End <= 0 && value.Max.X > bar.Min.X:
				t.Errorf("%dx%d: fall %q: value spans x %.1f..%.1f, want left of its bar at %.1f (zero at %.1f)", o.Width, o.Height, b.Value, value.Min.X, value.Max.X, bar.Min.X, zero)
			case b.End > 0 && value.Min.X < bar.Max.X:
				t.Errorf("%dx%d: rise %q: value spans x %.1f..%.1f, want right of its bar at %.1f", o.Width, o.Height, b.Value, value.Min.X, value.Max.X, bar.Max.X)
			}
		}
	}
}

// TestPercentagePointAxis checks that the axis of changes in percentage
// points says its unit, once, on its last tick, as the book's axis does
// ("pp"), and the others are bare numbers.
func TestPercentagePointAxis(t *testing.T) {
	c := figCatalog(t,
		fig{id: "a", title: "Change in the employment rate", stated: "0.6 percentage points", period: "2019", measure: indicators.Change},
		fig{id: "b", title: "Change in the unemployment rate", stated: "0.2 percentage points", period: "2019", measure: indicators.Change},
	)
	s := figSlide(t, c, "all")
	var labels []string
	for _, tk := range s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max) {
		if tk.Label != "" {
			labels = append(labels, tk.Label)
		}
	}
	if len(labels) < 2 {
		t.Fatalf("ticks %q, want two or more labelled", labels)
	}
	for i, l := range labels {
		if last := i == len(labels)-1; last != strings.HasSuffix(l, " pp") {
			t.Errorf("tick labels %q: %q, want the unit \"pp\" on the last tick only", labels, l)
		}
	}
}

// TestPercentSpelling: ticks write percent as the figures do, "per cent"
// beside "1.2 per cent" (an Australian inventory), "percent" beside
// "6.2 percent", on the last tick only.
func TestPercentSpelling(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"0.1 per cent", "5.9 per cent", " per cent"},
		{"0.1 percent", "5.9 percent", " percent"},
		{"0.1 per cent", "5.9 percent", " percent"},
	} {
		c := figCatalog(t,
			fig{id: "a", title: "Change in national emissions", stated: tc.a, period: "2019", measure: indicators.Change},
			fig{id: "b", title: "Change in emissions from agriculture", stated: tc.b, period: "2019", measure: indicators.Change},
		)
		s := figSlide(t, c, "all")
		ticks := s.Plot.X.Tick.Marker.Ticks(s.Plot.X.Min, s.Plot.X.Max)
		if last := ticks[len(ticks)-1].Label; !strings.HasSuffix(last, tc.want) {
			t.Errorf("ticks of %q and %q end %q, want the word %q", tc.a, tc.b, last, tc.want)
		}
	}
}
