package chart

import (
	"path/filepath"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// kindSlide returns the slide of view of the tracked catalog of a kind in
// testdata/kinds, failing the test where it does not load or draw.
func kindSlide(t *testing.T, kind, view string) *Slide {
	t.Helper()
	c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
	if err != nil {
		t.Fatalf("%s: %v", kind, err)
	}
	v, ok := c.View(view)
	if !ok {
		t.Fatalf("%s: no view %q", kind, view)
	}
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatalf("NewSlide(%s %q): %v", kind, view, err)
	}
	return s
}
