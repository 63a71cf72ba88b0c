package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSmallWholeNote: a slide of a derived share of a small whole, as a
// waffle or a bar, says its counts in a note (wording.SmallWhole): "61.1%"
// of 54 schools said nothing of how few they were (out45).
func TestSmallWholeNote(t *testing.T) {
	c, err := indicators.Load("../testdata/smallwhole/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	want := "Share of inspected schools rated good: 61.1% is 33 of 54 schools."
	for _, view := range []string{"share", "sharebar"} {
		if s := figSlide(t, c, view); !slices.Contains(s.Notes, want) {
			t.Errorf("%s: notes %q lack %q", view, s.Notes, want)
		}
	}
}
