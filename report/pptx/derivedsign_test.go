package pptx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedSign: a derived figure below zero reads on a slide as the
// slides say one, never with the model's hyphen-minus: a change from an
// earlier period as a fall (courts, police, water and smoking kinds:
// "down 554 cases"), a difference of one period with a minus sign
// (s18k-defence's joiners less leavers, "−2,630 people").
func TestDerivedSign(t *testing.T) {
	load := func(kind string) *indicators.Catalog {
		c, err := indicators.Load("../../testdata/kinds/" + kind + "/catalog.yaml")
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		kind, id, want string
	}{
		{"courts", "crown-outstanding-change", "down 554 cases"},
		{"police", "officers-change-from-2009-peak", "down 700 full-time equivalent officers"}, // 16,600 rounded to the hundred
		{"water", "poor-change-since-2015", "down 15 bathing waters"},
		{"smoking", "uk-smokers-share-change", "down 0.6 percentage points"},
	}
	for _, tc := range tests {
		c := load(tc.kind)
		r, err := c.Compute(tc.id)
		if err != nil {
			t.Fatalf("%s %s: %v", tc.kind, tc.id, err)
		}
		if got := derivedText(c, r); got != tc.want {
			t.Errorf("%s: derivedText(%s) = %q, want %q", tc.kind, tc.id, got, tc.want)
		}
	}
	// testdata/kinds/defence: two flows of one year, 12,440 joiners less
	// 15,070 leavers.
	defence := load("defence")
	r, err := defence.Compute("regular-net-flow")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := derivedText(defence, r), "−2,630 people"; got != want {
		t.Errorf("defence: derivedText(net) = %q, want %q", got, want)
	}
}
