package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSharedPhraseInSubtitle: a phrase every bar's title ends with
// (", traditional survey area", s18k-birds) is said once, in the
// subtitle, and by no bar's label, as the book's native chart says it
// (xlsx TestSharedPhraseOnAxis).
func TestSharedPhraseInSubtitle(t *testing.T) {
	c := sharedPhraseCatalog(t)
	s, err := NewSlide(c, &c.Views[0], nil)
	if err != nil {
		t.Fatalf("NewSlide: %v", err)
	}
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Label)
	}
	if want := []string{"Breeding ducks", "Breeding mallards", "Breeding gadwall"}; !slices.Equal(got, want) {
		t.Errorf("labels %q, want %q", got, want)
	}
	if !strings.HasSuffix(s.Subtitle, "; traditional survey area") {
		t.Errorf("subtitle %q, want it to end in %q", s.Subtitle, "; traditional survey area")
	}
}

// sharedPhraseCatalog returns a view of three changes whose titles end
// alike.
func sharedPhraseCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Views: []indicators.ChartView{{ID: "change", Title: "Change in breeding ducks from 2006 to 2007", Kind: indicators.Bars}}}
	for i, bird := range []string{"ducks", "mallards", "gadwall"} {
		stated := []string{"14%", "10%", "19%"}[i]
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: bird, Title: "Change in breeding " + bird + ", traditional survey area", Stated: stated,
			Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2007), Base: indicators.YearPeriod(2006), Status: indicators.Estimate})
		c.Views[0].Indicators = append(c.Views[0].Indicators, bird)
	}
	return c
}
