package chart

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestGroupedBarsOneSlide: grouped bars are counted by their rows, the
// measures named once each: four countries of two bars stay on one deck
// slide, as the PNG draws them (s19m-elections split them two and two,
// under a subtitle of its own), and so do three ages of three groups;
// a part's subtitle is written under the view's title, as the whole's.
func TestGroupedBarsOneSlide(t *testing.T) {
	deck := &Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: 15.135135135135135} // report/pptx.ChartMinLabel
	for _, c := range []struct {
		name, title string
		figs        []fig
		subtitle    string
	}{
		{"s19m-elections", "Parliamentary and local government registrations by country, December 2021", func() []fig {
			var fs []fig
			for i, place := range []string{"England", "Scotland", "Wales", "Northern Ireland"} {
				fs = append(fs,
					fig{id: fmt.Sprintf("parl-%d", i), title: "Parliamentary electoral registrations, " + place, stated: fmt.Sprintf("%d,889,429 registrations", 38-9*i), period: "2021-12", measure: indicators.Stock},
					fig{id: fmt.Sprintf("lg-%d", i), title: "Local government electoral registrations, " + place, stated: fmt.Sprintf("%d,882,721 registrations", 40-9*i), period: "2021-12", measure: indicators.Stock})
			}
			return fs
		}(), "Number of registrations"},
		{"s16g-lifeexp's kind: three ages of three groups", "Life expectancy by sex, 2010-12", func() []fig {
			var fs []fig
			for i, age := range []string{"at birth", "at age 65", "at age 85"} {
				for j, who := range []string{"males", "females", "all people"} {
					fs = append(fs, fig{id: fmt.Sprintf("le-%d-%d", i, j), title: "Life expectancy " + age + " for " + who, stated: fmt.Sprintf("%d.%d years", 80-30*i/2, j), period: "2010/2012", measure: indicators.Level})
				}
			}
			return fs
		}(), ""},
	} {
		cat := figCatalog(t, c.figs...)
		// A note of one bar, as the user's Welsh figure had, takes two
		// lines of the slide.
		cat.Indicators[5].Notes = []indicators.Note{{Text: "Excludes 16-year-old electors and 15-year-old attainers registered for Welsh local government and Senedd elections since 2020."}}
		v, _ := cat.View("all")
		v.Title = c.title
		parts, err := Parts(cat, v, deck)
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if len(parts) != 1 {
			t.Errorf("%s: %d bars on %d slides, want one", c.name, len(c.figs), len(parts))
		}
		png, err := NewSlide(cat, v, nil)
		if err != nil {
			t.Fatal(err)
		}
		if parts[0].Subtitle != png.Subtitle || c.subtitle != "" && png.Subtitle != c.subtitle {
			t.Errorf("%s: deck subtitle %q, PNG %q, want both %q", c.name, parts[0].Subtitle, png.Subtitle, c.subtitle)
		}
	}
}
