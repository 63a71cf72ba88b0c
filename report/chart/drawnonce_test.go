package chart_test

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestDrawnOnce: on every bars view of every kind's catalog and the
// corpus's, each indicator the view lists is drawn once, by one bar or
// the reference line, on the slide and on the deck's parts alike
// (Claims): never one figure in two cells of a grid and another in none
// (s24t-childcare).
func TestDrawnOnce(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "kinds", "*", "catalog.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no kinds' catalogs: %v", err)
	}
	paths = append(paths, filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"))
	deck := &chart.Options{Embed: true, Width: pptx.ChartWidth, Height: pptx.ChartHeight, DPI: pptx.ChartDPI, MinLabel: pptx.ChartMinLabel}
	for _, path := range paths {
		c, err := indicators.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for i := range c.Views {
			v := &c.Views[i]
			if v.Kind != indicators.Bars {
				continue
			}
			s, err := chart.NewSlide(c, v, nil)
			if err != nil {
				t.Fatalf("%s: view %q: %v", path, v.ID, err)
			}
			parts, err := chart.Parts(c, v, deck)
			if err != nil {
				t.Fatalf("%s: view %q: deck parts: %v", path, v.ID, err)
			}
			var onDeck []string
			for _, p := range parts {
				onDeck = append(onDeck, p.Claims()...)
			}
			for what, got := range map[string][]string{"slide": s.Claims(), "deck": onDeck} {
				want := slices.Clone(v.Indicators)
				slices.Sort(got)
				slices.Sort(want)
				if !slices.Equal(got, want) {
					t.Errorf("%s: view %q draws %q on the %s, want each of %q once", path, v.ID, got, what, want)
				}
			}
		}
	}
}
