package chart

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestEmbed: an embedded chart draws no title and no source footer, which
// the slide it goes on carries as text; the rest stays.
func TestEmbed(t *testing.T) {
	c := usjapan2015.Catalog()
	for i := range c.Views {
		v := &c.Views[i]
		s, err := NewSlide(c, v, &Options{Embed: true})
		if err != nil {
			t.Fatalf("NewSlide(%q, Embed): %v", v.ID, err)
		}
		all := strings.Join(s.texts(), "\n")
		for _, bad := range []string{v.Title, c.SourceLine(v.Indicators)} {
			if strings.Contains(all, bad) {
				t.Errorf("NewSlide(%q, Embed) draws %q:\n%s", v.ID, bad, all)
			}
		}
		if s.Subtitle == "" {
			t.Errorf("NewSlide(%q, Embed) has no subtitle", v.ID)
		}
	}
}

// mixedTrade is a view of one measure from three documents and years, as
// the corpus catalog has it.
func mixedTrade(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := figCatalog(t,
		fig{id: "t12", title: "U.S.-Japan two-way goods and services trade", stated: "$290 billion", period: "2012", source: "wh-2014"},
		fig{id: "t14", title: "U.S.-Japan two-way goods and services trade", stated: "$279 billion", period: "2014", source: "wh-2015"},
		fig{id: "g22", title: "U.S.-Japan two-way goods trade", stated: "nearly $230 billion", period: "2022", source: "ustr-2023"},
	)
	v, _ := c.View("all")
	v.Title = "U.S.-Japan trade, as three documents state it"
	return c
}

// TestGoldenMixed renders the mixed view as a full slide and embedded at
// the deck's picture size (1920×856), against testdata/mixed-*.png; -update
// rewrites them.
func TestGoldenMixed(t *testing.T) {
	c := mixedTrade(t)
	v, _ := c.View("all")
	for _, tt := range []struct {
		name string
		opt  *Options
	}{
		{"mixed-trade", nil},
		{"mixed-trade-embed", &Options{Embed: true, Width: 1920, Height: 856, DPI: 144}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got, err := PNG(c, v, tt.opt)
			if err != nil {
				t.Fatalf("PNG(%q): %v", tt.name, err)
			}
			path := filepath.Join("testdata", tt.name+".png")
			if *update {
				if err := os.WriteFile(path, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			if diff := pixelDiff(got, want); diff != "" {
				out := filepath.Join(t.ArtifactDir(), tt.name+".png")
				os.WriteFile(out, got, 0o644)
				t.Errorf("PNG(%q) differs from %s: %s; got written to %s", tt.name, path, diff, out)
			}
		})
	}
}
