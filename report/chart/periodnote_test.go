package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNoteByPeriod: a note every bar of one period carries, and no bar of
// another, names that period, not every bar's title (s22p-air: "Urban
// background PM10 concentration, annual average (2008) and Roadside PM10
// concentration, annual average (2008): Provisional."); a note of one bar
// of a period others share still names its bar.
func TestNoteByPeriod(t *testing.T) {
	y := func(n int) indicators.Period { return indicators.YearPeriod(n) }
	tests := []struct {
		name   string
		items  []item
		labels []string
		want   []string
	}{
		{"the 2008 bars", []item{
			{title: "Urban PM10", period: y(2007)}, {title: "Urban PM10", period: y(2008), notes: []string{"Provisional."}},
			{title: "Roadside PM10", period: y(2007)}, {title: "Roadside PM10", period: y(2008), notes: []string{"Provisional."}},
		}, []string{"Urban PM10 (2007)", "Urban PM10 (2008)", "Roadside PM10 (2007)", "Roadside PM10 (2008)"}, []string{"2008 — Provisional."}},
		{"one bar of a shared period", []item{
			{title: "Urban PM10", period: y(2008), notes: []string{"Provisional."}}, {title: "Roadside PM10", period: y(2008)},
		}, []string{"Urban", "Roadside"}, []string{"Urban — Provisional."}},
	}
	for _, tt := range tests {
		nameNotes(tt.items, tt.labels)
		if got := notesOf(tt.items); !slices.Equal(got, tt.want) {
			t.Errorf("%s: notes = %q, want %q", tt.name, got, tt.want)
		}
	}
}
