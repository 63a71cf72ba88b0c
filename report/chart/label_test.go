package chart

import (
	"image/color"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSignedLabel: a decrease drawn below zero says its fall in the
// document's word before the figure, or "down".
func TestSignedLabel(t *testing.T) {
	tests := []struct {
		label, quote, want string
	}{
		{"0.2 percent", "was revised from virtually unchanged (±0.4 percent)* to down 0.2 percent (±0.2 percent)*.", "down 0.2 percent"},
		{"3 percent", "Exports fell 3 percent in May", "fell 3 percent"},
		{"3 percent", "Exports Declined 3 percent in May", "declined 3 percent"},
		{"5 percent", "a reduction of 5 percent", "down 5 percent"},     // "of" is no word of a fall
		{"5 percent", "a cut to 5 percent", "down 5 percent"},           // "to" neither
		{"5 percent", "", "down 5 percent"},                             // a derived figure has no quote
		{"-0.3 percent", "-0.3 percent", "-0.3 percent"},                // signed already
		{"−0.3 percent", "−0.3 percent", "−0.3 percent"},                // signed already
		{"down 0.2 percent", "to down 0.2 percent", "down 0.2 percent"}, // says it already
		{"nearly 4 percent", "sales dropped nearly 4 percent", "dropped nearly 4 percent"},
		{"2 percent", "prices rose 2 percent", "down 2 percent"}, // a word of a rise is no fall
		{"2 percent", "the O’Neill 2 percent", "down 2 percent"}, // a word after a curly apostrophe
	}
	for _, tc := range tests {
		if got := signedLabel(tc.label, tc.quote); got != tc.want {
			t.Errorf("signedLabel(%q, %q) = %q, want %q", tc.label, tc.quote, got, tc.want)
		}
	}
}

// TestCurrencyLabel: a bare "$" of a currency other than the U.S. dollar
// is named; the document's characters are kept.
func TestCurrencyLabel(t *testing.T) {
	tests := []struct {
		label, unit, want string
	}{
		{"up to $1.8 billion per year", "NZD per year", "up to NZ$1.8 billion per year"},
		{"$100 million", "NZD", "NZ$100 million"},
		{"around $150 million", "NZD", "around NZ$150 million"},
		{"$5 to $7 billion", "CAD", "C$5 to C$7 billion"},
		{"$5 million", "FJD", "$5 million (FJD)"},
		{"NZ$100 million", "NZD", "NZ$100 million"}, // named already
		{"$US55 million", "NZD", "$US55 million"},   // a sign of its own
		{"$279 billion", "USD", "$279 billion"},     // a bare "$" is the U.S. dollar
		{"€5 billion", "EUR", "€5 billion"},
		{"5 percent", "percent", "5 percent"},
	}
	for _, tc := range tests {
		u, err := indicators.ParseUnit(tc.unit)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", tc.unit, err)
		}
		if got := currencyLabel(tc.label, u); got != tc.want {
			t.Errorf("currencyLabel(%q, %v) = %q, want %q", tc.label, tc.unit, got, tc.want)
		}
	}
}

// TestSignedBarsSayTheFall: in a chart of changes both ways, the bar of
// the decrease reads "down 0.2 percent", as the Census release wrote it,
// and the increases keep their figures.
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
	if want := []string{"0.1 percent", "down 0.2 percent"}; !cmp.Equal(got, want) {
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
	want := []string{"NZ$100 million", "around NZ$150 million", "NZ$50", "NZ$150 million", "NZ$ million; projection, year not stated in the source"}
	if !cmp.Equal(got, want) {
		t.Errorf("NewSlide(savings) values, ticks and subtitle = %q, want %q", got, want)
	}
}

// TestStatusColors: bars of one status share a colour; a second status
// takes the palette's next one, whatever the order of the bars.
func TestStatusColors(t *testing.T) {
	f, p := indicators.Fact, indicators.Projection
	tests := []struct {
		statuses []indicators.Status
		want     []color.Color
	}{
		{[]indicators.Status{f, f, f}, []color.Color{Blue, Blue, Blue}},
		{[]indicators.Status{f, p, f, p, p}, []color.Color{Blue, Vermillion, Blue, Vermillion, Vermillion}},
		{[]indicators.Status{p, f}, []color.Color{Blue, Vermillion}},
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
