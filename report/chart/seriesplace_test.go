package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesSubtitlePlace: a series chart says its place in its subtitle
// where its title names none, as a bars chart does (s22p-air: "Days, 1993
// to 2008" beside the bars' "United Kingdom; …"); a title that names the
// place, or points of no place, leave the subtitle as it was.
func TestSeriesSubtitlePlace(t *testing.T) {
	tests := []struct {
		name, title string
		entities    []string
		want        string
	}{
		{"place unsaid", "Days of pollution per urban site", []string{"GB"}, "United Kingdom; "},
		{"place in title", "Days of pollution per urban site, UK", []string{"GB"}, "Days"},
		{"no place", "Days of pollution per urban site", nil, "Days"},
	}
	for _, tt := range tests {
		c := indicatortest.FlowSeries(t, "air", []string{"59 days@1993", "24 days@2007", "27 days@2008"}, "")
		c.Views[0].Title = tt.title
		for i := range c.Indicators {
			c.Indicators[i].Entities = tt.entities
		}
		s, err := NewSlide(c, &c.Views[0], nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", tt.name, err)
		}
		if !strings.HasPrefix(s.Subtitle, tt.want) {
			t.Errorf("%s: subtitle = %q, want it to start %q", tt.name, s.Subtitle, tt.want)
		}
	}
}
