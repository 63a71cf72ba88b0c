package chart

import (
	"image/color"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSignedBarsSayTheFall: in a chart of changes both ways, the bar of
// the decrease reads "down 0.2 percent", as the Census release wrote it,
// and the increase "up 0.1 percent": a rise is said as plainly as a fall
// (the tourism user read "1,900" beside "down 4,900" as unsaid).
func TestSignedBarsSayTheFall(t *testing.T) {
	up := indicatortest.Change(t, "may", "0.1 percent", indicators.Up)
	up.Provenance = []indicators.Provenance{{Quote: "up 0.1 percent (±0.4 percent)* from the previous month"}}
	down := indicatortest.Change(t, "april", "0.2 percent", indicators.Down)
	down.Provenance = []indicators.Provenance{{Quote: "revised from virtually unchanged (±0.4 percent)* to down 0.2 percent (±0.2 percent)*."}}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{up, down},
		Views:      []indicators.ChartView{{ID: "mom", Title: "Changes", Kind: indicators.Bars, Indicators: []string{"may", "april"}}},
	}
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Value)
	}
	if want := []string{"up 0.1 percent", "down 0.2 percent"}; !cmp.Equal(got, want) {
		t.Errorf("NewSlide(mom) values = %q, want %q", got, want)
	}
}

// TestNZDollarSlides: a figure of NZD written "$1.8 billion" says NZ$ on
// its card, its bars and its ticks, as the subtitle does.
func TestNZDollarSlides(t *testing.T) {
	mk := func(id, stated, unit string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		if u, err = indicators.ParseUnit(unit); err != nil {
			t.Fatalf("ParseUnit(%q): %v", unit, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Period: indicators.NotStated, Status: indicators.Projection}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("exports", "up to $1.8 billion per year", "NZD per year"), mk("day-one", "$100 million", "NZD"), mk("both", "around $150 million", "NZD")},
		Views: []indicators.ChartView{
			{ID: "card", Kind: indicators.Headline, Indicators: []string{"exports"}},
			{ID: "savings", Kind: indicators.Bars, Indicators: []string{"day-one", "both"}},
		},
	}
	card, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide(card): %v", err)
	}
	if got, want := card.body.(*Card).Value, "Up to NZ$1.8 billion per year"; got != want {
		t.Errorf("NewSlide(card) value = %q, want %q", got, want)
	}
	s, err := NewSlide(c, &c.Views[1], nil)
	if err != nil {
		t.Fatalf("NewSlide(savings): %v", err)
	}
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Value)
	}
	ticks := s.Plot.X.Tick.Marker.(Ticks)
	got = append(got, ticks.Format(50), ticks.Last(150), s.Subtitle)
	want := []string{"NZ$100 million", "around NZ$150 million", "NZ$50", "NZ$150 million", "NZ$ million, projections with no year stated in the source"}
	if !cmp.Equal(got, want) {
		t.Errorf("NewSlide(savings) values, ticks and subtitle = %q, want %q", got, want)
	}
}

// TestStatusColors: a status has one colour in every chart, whatever the
// mix and the order of the bars: a projection is vermillion beside facts
// and alone.
func TestStatusColors(t *testing.T) {
	f, p := indicators.Fact, indicators.Projection
	tests := []struct {
		statuses []indicators.Status
		want     []color.Color
	}{
		{[]indicators.Status{f, f, f}, []color.Color{Blue, Blue, Blue}},
		{[]indicators.Status{f, p, f, p, p}, []color.Color{Blue, Vermillion, Blue, Vermillion, Vermillion}},
		{[]indicators.Status{p, f}, []color.Color{Vermillion, Blue}},
		{[]indicators.Status{p, p}, []color.Color{Vermillion, Vermillion}},
		{[]indicators.Status{indicators.Pledge}, []color.Color{Orange}},
	}
	for _, tc := range tests {
		var items []item
		for _, st := range tc.statuses {
			items = append(items, item{status: st})
		}
		if got := statusColors(items); !cmp.Equal(got, tc.want) {
			t.Errorf("statusColors(%v) = %v, want %v", tc.statuses, got, tc.want)
		}
	}
}
