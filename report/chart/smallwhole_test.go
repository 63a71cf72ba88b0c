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

// TestSameNoteOnce: a note two bars give in two ways ("seasonally
// adjusted", "Seasonally adjusted.") is said once, unled, and not at all
// under a title that says it (wording.SameNotes; out45).
func TestSameNoteOnce(t *testing.T) {
	for _, tc := range []struct {
		title string
		want  []string
	}{
		{"Retail sales volumes", []string{"seasonally adjusted"}},
		{"Retail sales volumes, seasonally adjusted", nil},
	} {
		c := figCatalog(t,
			fig{id: "may", title: "Retail sales volumes", stated: "0.4%", period: "2024-05", measure: indicators.Change},
			fig{id: "apr", title: "Retail sales volumes", stated: "1.2%", period: "2024-04", measure: indicators.Change})
		c.Indicators[0].Notes = []indicators.Note{{Text: "seasonally adjusted"}}
		c.Indicators[1].Notes = []indicators.Note{{Text: "Seasonally adjusted."}}
		for i := range c.Views {
			if c.Views[i].ID == "all" {
				c.Views[i].Title = tc.title
			}
		}
		s := figSlide(t, c, "all")
		if !slices.Equal(s.Notes, tc.want) {
			t.Errorf("%q: notes %q, want %q", tc.title, s.Notes, tc.want)
		}
	}
}
