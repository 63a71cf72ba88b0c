package xlsx

import (
	"slices"
	"testing"
)

// TestBarNotes: a native bar chart prints its bars' notes, as the slide
// does (s34e-retail), each once, led by the bars that carry it where
// some do not.
func TestBarNotes(t *testing.T) {
	for _, c := range []struct {
		name  string
		items []chartItem
		want  []string
	}{
		{"every bar", []chartItem{{title: "Food", name: "Food", notes: []string{"First estimate."}}, {title: "Fuel", name: "Fuel", notes: []string{"First estimate."}}}, []string{"First estimate."}},
		{"one bar of two", []chartItem{{title: "Share", name: "December 2019", notes: []string{"Seasonally adjusted."}}, {title: "Share", name: "January 2020"}}, []string{"December 2019 — Seasonally adjusted."}},
		{"one bar alone", []chartItem{{title: "Target", name: "Target", notes: []string{"Context."}}}, []string{"Context."}},
		{"folded", []chartItem{{title: "A", name: "A", notes: []string{"Provisional."}}, {title: "B", name: "B", notes: []string{"Provisional: revised in May."}}}, []string{"Provisional: revised in May."}},
		{"a rest aside", []chartItem{{title: "A", name: "A", notes: []string{"Estimate."}}, {name: "Rest"}}, []string{"Estimate."}},
		{"none", []chartItem{{title: "A", name: "A"}}, nil},
	} {
		if got := barNotes(c.items); !slices.Equal(got, c.want) {
			t.Errorf("%s: barNotes = %q, want %q", c.name, got, c.want)
		}
	}
}
