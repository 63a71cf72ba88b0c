package chart

import (
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDeckSaysAsPNG: a view's slide in the deck (Embed, whose slide title
// is the view's) says its subtitle and key as the PNG does: the legend
// "Businesses" under "Most common types of breach or attack" read
// "Businesses with a breach or attack" on the deck (s25u-cyber), "All /
// Full-time / Part-time" "Mean hourly earnings, full-time …"
// (s25u-paygap).
func TestDeckSaysAsPNG(t *testing.T) {
	paths, err := filepath.Glob(filepath.Join("..", "..", "testdata", "kinds", "*", "catalog.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no kinds' catalogs: %v", err)
	}
	paths = append(paths, filepath.Join("..", "..", "testdata", "corpus", "catalog.yaml"))
	deck := &Options{Embed: true, Width: 1920, Height: 856, DPI: 144}
	keys := func(s *Slide) []string {
		var out []string
		for _, k := range s.Key {
			out = append(out, k.Text)
		}
		return out
	}
	for _, path := range paths {
		c, err := indicators.Load(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		for i := range c.Views {
			v := &c.Views[i]
			png, err := NewSlide(c, v, nil)
			if err != nil {
				continue // a view no chart draws is drawn on neither
			}
			slide, err := NewSlide(c, v, deck)
			if err != nil {
				t.Fatalf("%s: view %q: drawn as a PNG, not on the deck: %v", path, v.ID, err)
			}
			if got, want := keys(slide), keys(png); !slices.Equal(got, want) {
				t.Errorf("%s: view %q: deck's key = %q, want the PNG's %q", path, v.ID, got, want)
			}
			if slide.Subtitle != png.Subtitle {
				t.Errorf("%s: view %q: deck's subtitle = %q, want the PNG's %q", path, v.ID, slide.Subtitle, png.Subtitle)
			}
		}
	}
}
