package pptx_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestSmallWholeLine: the deck's line of a derived share of a small
// whole says its counts, as the slide's note and the book's Derived
// sheet do (wording.SmallWhole).
func TestSmallWholeLine(t *testing.T) {
	c, err := indicators.Load("../testdata/smallwhole/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range slides {
		for _, l := range s.Body {
			if strings.HasPrefix(l, "Share of inspected schools rated good: ") && strings.Contains(l, "computed as") {
				if !strings.Contains(l, "61.1 percent (61.1 to 61.2 percent), 33 of 54 schools, 2024") {
					t.Errorf("deck line %q does not say 33 of 54 schools after its figure", l)
				}
				return
			}
		}
	}
	t.Fatal("no deck line of the derived share")
}
