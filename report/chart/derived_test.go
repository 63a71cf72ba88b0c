package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// openCatalog returns a catalog whose derived figures are hedged open: a
// ratio of two "more than"s, which cannot be bounded, and a share of "less
// than" over "more than", with a view of each kind.
func openCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	for _, in := range []struct{ id, title, stated, period string }{
		{"exports", "Exports", "more than $54 billion", ""}, {"aid", "Aid", "over $500 million", ""},
		{"solar", "Solar capacity", "less than 2,800 MW", "2013"}, {"total", "Total capacity", "more than 10,700 MW", "2013"},
	} {
		q, u, err := indicators.ParseStated(in.stated)
		if err != nil {
			t.Fatal(err)
		}
		p, err := indicators.ParsePeriod(in.period)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: in.id, Title: in.title, Stated: in.stated, Quantity: q, Unit: u, Period: p, Measure: indicators.Stock})
	}
	c.Derived = []indicators.Derived{
		{ID: "ratio", Title: "Exports over aid", Op: indicators.Ratio, Inputs: []string{"exports", "aid"}},
		{ID: "share", Title: "Solar share of capacity", Op: indicators.ShareOf, Inputs: []string{"solar", "total"}},
		{ID: "share-ratio", Title: "Solar share over itself", Op: indicators.Ratio, Inputs: []string{"share", "share"}},
	}
	c.Views = []indicators.ChartView{
		{ID: "ratio-card", Title: "Exports over aid", Kind: indicators.Headline, Indicators: []string{"ratio"}},
		{ID: "share-waffle", Title: "Solar share", Kind: indicators.PartOfWhole, Indicators: []string{"share"}},
		{ID: "share-card", Title: "Solar share", Kind: indicators.Headline, Indicators: []string{"share"}},
		{ID: "bars", Title: "Derived", Kind: indicators.Bars, Indicators: []string{"share", "ratio"}},
	}
	return c
}

func openSlide(t *testing.T, id string) *Slide {
	t.Helper()
	c := openCatalog(t)
	v, _ := c.View(id)
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatalf("NewSlide(%q): %v", id, err)
	}
	return s
}

func keyText(s *Slide) string {
	var w []string
	for _, k := range s.Key {
		w = append(w, k.Text)
	}
	return strings.Join(w, " | ")
}

// TestDerivedHeadlineUnbounded: a figure the claims cannot bound is no
// figure on the card, and the slide says why.
func TestDerivedHeadlineUnbounded(t *testing.T) {
	s := openSlide(t, "ratio-card")
	cd := s.body.(*Card)
	if want := "Cannot be bounded from these claims"; cd.Value != want {
		t.Errorf("card value = %q, want %q", cd.Value, want)
	}
	notes := strings.Join(s.Notes, "\n")
	if want := `Exports over aid: cannot be bounded from these claims: the wording of "more than $54 billion" (exports) and "over $500 million" (aid) leaves the ratio open above`; !strings.Contains(notes, want) {
		t.Errorf("notes = %q, want them to contain %q", notes, want)
	}
}

// TestDerivedWaffleHalfOpen: a share that is "less than 27 percent" from
// 0 draws no solid square, and its key says it was computed, from what.
func TestDerivedWaffleHalfOpen(t *testing.T) {
	s := openSlide(t, "share-waffle")
	w := s.body.(*Waffle)
	if solid, faded, part := w.Cells(); solid != 0 || faded != 27 || part != 0 {
		t.Errorf("waffle cells = %d solid, %d faded, %v part; want 0, 27, 0", solid, faded, part)
	}
	if w.Label != "less than 27%" {
		t.Errorf("waffle label = %q, want %q", w.Label, "less than 27%")
	}
	key := keyText(s)
	if want := "Faded squares: what the share may be; computed from “less than 2,800 MW” and “more than 10,700 MW”"; !strings.Contains(key, want) {
		t.Errorf("key = %q, want it to contain %q", key, want)
	}
	for _, bad := range []string{"the source says", "26.1", "26.2"} {
		if strings.Contains(key, bad) {
			t.Errorf("key = %q, has %q", key, bad)
		}
	}
}

// TestDerivedBars: bars of derived figures: the bound as rounded, a key
// that says the hedge was computed, and no bar for a figure that cannot
// be bounded.
func TestDerivedBars(t *testing.T) {
	s := openSlide(t, "bars")
	bs := s.body.(*Bars)
	if b := bs.Bars[0]; b.Value != "less than 27%" || b.End != 27 || b.Tip != Faded {
		t.Errorf("bar 0 = %q to %v, tip %v; want %q to 27, faded", b.Value, b.End, b.Tip, "less than 27%")
	}
	if b := bs.Bars[1]; b.Value != "cannot be bounded from these claims" || b.End != 0 {
		t.Errorf("bar 1 = %q to %v; want %q to 0", b.Value, b.End, "cannot be bounded from these claims")
	}
	key := keyText(s)
	if want := "Fading end: less than 27%, computed from “less than 2,800 MW” and “more than 10,700 MW”; at most the end shown"; key != want {
		t.Errorf("key = %q, want %q", key, want)
	}
}
