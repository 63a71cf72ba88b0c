package chart

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPartSubtitles: each part of a split view has its own subtitle,
// saying only the periods of the bars it draws (s11b-transport: both
// halves said "… April 2018–March 2019 and Q1 2019"); a view's own
// subtitle stays on every part.
func TestPartSubtitles(t *testing.T) {
	deck := Options{Embed: true, Width: 1920, Height: 856, DPI: 144, MinLabel: deckMinLabel}
	var figs []fig
	for i := range 8 {
		period := "2019-Q1"
		if i >= 4 {
			period = "2018-04/2019-03"
		}
		title := fmt.Sprintf("Freight through the ports of the region, traffic of kind %d", i+1)
		figs = append(figs, fig{id: fmt.Sprintf("q%d", i), title: title, stated: fmt.Sprintf("%d%%", 10+i), status: indicators.Fact, period: period, measure: indicators.Change})
	}
	for _, own := range []string{"", "Percent change"} {
		c := figCatalog(t, figs...)
		v, _ := c.View("all")
		v.Subtitle = own
		parts, err := Parts(c, v, &deck)
		if err != nil {
			t.Fatalf("Parts: %v", err)
		}
		if len(parts) != 2 {
			t.Fatalf("Parts = %d slides, want 2", len(parts))
		}
		for i, p := range parts {
			var sub []*Slide
			if own == "" {
				sub = append(sub, figSlide(t, figCatalog(t, figs[i*4:i*4+4]...), "all"))
			}
			want := own
			if own == "" {
				want = sub[0].Subtitle
			}
			if p.Subtitle != want {
				t.Errorf("part %d of %d bars, view subtitle %q: subtitle = %q, want %q", i+1, len(figs), own, p.Subtitle, want)
			}
		}
	}
}
