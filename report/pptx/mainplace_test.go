package pptx

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestMainPlace: the title slide names the places most figures share as
// every output names them: the one list of entities of more than half
// the figures, in the catalog's order ("United States and Canada" of
// s18k-birds' [US, CA], where it said "United States" alone and the
// book's header "Canada and United States"), else the one entity more
// than half name (testdata/kinds/energy: Australia), else none.
func TestMainPlace(t *testing.T) {
	energy, err := indicators.Load("../../testdata/kinds/energy/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	of := func(lists ...[]string) *indicators.Catalog {
		c := &indicators.Catalog{}
		for _, l := range lists {
			c.Indicators = append(c.Indicators, indicators.Indicator{Entities: l})
		}
		return c
	}
	tests := []struct {
		name  string
		c     *indicators.Catalog
		codes []string
		place string
	}{
		{"s18k-birds", of([]string{"US", "CA"}, []string{"US", "CA"}, []string{"US", "CA"}), []string{"US", "CA"}, "United States and Canada"},
		{"one place most name", of([]string{"GB"}, []string{"GB", "IE"}, []string{"GB"}), []string{"GB"}, "United Kingdom"},
		{"none", of([]string{"GB"}, []string{"IE"}), nil, ""},
		{"energy kind", energy, []string{"AU"}, "Australia"},
	}
	for _, tc := range tests {
		codes, place := mainPlace(tc.c)
		if !slices.Equal(codes, tc.codes) || place != tc.place {
			t.Errorf("%s: mainPlace = %q, %q, want %q, %q", tc.name, codes, place, tc.codes, tc.place)
		}
	}
}
