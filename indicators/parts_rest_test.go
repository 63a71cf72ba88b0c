package indicators_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

const restDoc = `Further action related to a carer needing support in 76%, a child protection investigation in 21% and a child with disability in 2%. The needs of 26% were met at referral; 69% were allocated for further action. Of HK$24.0 billion, HK$8.0 billion was at private sector sites, HK$4.1 billion at public sector sites and HK$11.8 billion away from construction sites.`

// TestPartsRest checks the one rule for a rest of the whole
// (Parts.Rest): parts short of the whole by no more than their rounding,
// each figure ± half a unit of its last digit, leave none, and every
// output draws none; parts short by more leave one.
//
//   - s18k-children: 76%, 21% and 2% are 99, and 100.5 at their high
//     ends: no rest; 26% and 69% are 95, 96 at most: a rest;
//   - s18k-construction: HK$8.0, 4.1 and 11.8 billion of HK$24.0 billion
//     are 99.6 percent, and 24.05 of 23.95 at the ends: no rest; two of
//     the three parts leave one;
//   - testdata/kinds: research's industry shares (69%) leave a rest,
//     water's classification mix (100%) none, benefits' combinations are
//     the whole (Complete).
func TestPartsRest(t *testing.T) {
	var b strings.Builder
	fmt.Fprintf(&b, "sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n", sha(restDoc))
	for _, f := range []struct{ id, stated, measure, quote string }{
		{"carer", "76%", "share", "a carer needing support in 76%"},
		{"cp", "21%", "share", "a child protection investigation in 21%"},
		{"dis", "2%", "share", "a child with disability in 2%"},
		{"met", "26%", "share", "The needs of 26% were met at referral"},
		{"further", "69%", "share", "69% were allocated for further action"},
		{"total", "HK$24.0 billion", "flow", "Of HK$24.0 billion"},
		{"private", "HK$8.0 billion", "flow", "HK$8.0 billion was at private sector sites"},
		{"public", "HK$4.1 billion", "flow", "HK$4.1 billion at public sector sites"},
		{"away", "HK$11.8 billion", "flow", "HK$11.8 billion away from construction sites"},
	} {
		fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    measure: %s\n    status: fact\n    entities: [GB]\n    stated: %q\n    period: \"2015\"\n    provenance:\n      - source: doc\n        quote: %q\n",
			f.id, f.id, f.measure, f.stated, f.quote)
	}
	b.WriteString("derived:\n")
	for _, p := range []string{"private", "public", "away"} {
		fmt.Fprintf(&b, "  - {id: %s-share, title: %s share, formula: share, inputs: [%s, total]}\n", p, p, p)
	}
	read := func(string) ([]byte, error) { return []byte(restDoc), nil }
	c, err := indicators.Parse("c.yaml", []byte(b.String()), read)
	if err != nil {
		t.Fatalf("Parse error = %v, want nil", err)
	}
	kind := func(name string) *indicators.Catalog {
		k, err := indicators.Load("../testdata/kinds/" + name + "/catalog.yaml")
		if err != nil {
			t.Fatalf("Load(%s) error = %v, want nil", name, err)
		}
		return k
	}
	viewOf := func(c *indicators.Catalog, id string) []string {
		for _, v := range c.Views {
			if v.ID == id {
				return v.Indicators
			}
		}
		t.Fatalf("no view %q", id)
		return nil
	}
	research, water, benefits := kind("research"), kind("water"), kind("benefits")
	for _, tc := range []struct {
		name          string
		c             *indicators.Catalog
		ids           []string
		rounded, rest bool
	}{
		{"children: 76+21+2", c, []string{"carer", "cp", "dis"}, true, false},
		{"children: 26+69", c, []string{"met", "further"}, false, true},
		{"construction: three sites of the whole", c, []string{"private-share", "public-share", "away-share"}, true, false},
		{"construction: two sites of three", c, []string{"private-share", "away-share"}, false, true},
		{"research: industry shares", research, viewOf(research, "industry-shares"), false, true},
		{"water: classification mix", water, viewOf(water, "classification-mix"), true, false},
		{"benefits: combinations", benefits, viewOf(benefits, "combos"), true, false},
	} {
		p, err := tc.c.PartsOfWhole(tc.ids)
		if err != nil {
			t.Errorf("%s: PartsOfWhole error = %v, want nil", tc.name, err)
			continue
		}
		if p.Rounded != tc.rounded || p.Rest() != tc.rest {
			t.Errorf("%s: Rounded, Rest() = %v, %v, want %v, %v", tc.name, p.Rounded, p.Rest(), tc.rounded, tc.rest)
		}
	}
}
