package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPointNotes checks that a series chart says each note of its points
// once, naming the periods it is about where not every point carries it.
func TestPointNotes(t *testing.T) {
	y := indicators.YearPeriod
	tests := []struct {
		name   string
		points []PointNote
		want   []string
	}{
		{"none", []PointNote{{Period: y(2007)}, {Period: y(2008)}}, nil},
		// s22p-air: the 2008 point is provisional.
		{"last provisional", []PointNote{{Period: y(1993)}, {Period: y(2007)}, {Period: y(2008), Notes: []string{"Provisional."}}}, []string{"2008 — Provisional."}},
		{"two estimates", []PointNote{{Period: y(2006)}, {Period: y(2007), Status: indicators.Estimate}, {Period: y(2008), Status: indicators.Estimate}}, []string{"2007 and 2008 — Estimates."}},
		{"one estimate", []PointNote{{Period: y(2007)}, {Period: y(2008), Status: indicators.Estimate}}, []string{"2008 — Estimate."}},
		{"every estimate", []PointNote{{Period: y(2007), Status: indicators.Estimate}, {Period: y(2008), Status: indicators.Estimate}}, []string{"All figures are estimates."}},
		// A provisional estimate says its word, not both.
		{"provisional estimate", []PointNote{{Period: y(2007)}, {Period: y(2008), Status: indicators.Estimate, Notes: []string{"Provisional."}}}, []string{"2008 — Provisional."}},
		// testdata/kinds/cancer: the note names its year already.
		{"dated note", []PointNote{{Period: y(2017), Notes: []string{"The 2017 figure is as at April 2020."}}, {Period: y(2018)}}, []string{"The 2017 figure is as at April 2020."}},
		// s23r-mental: the period leads, never dating the saying.
		{"said note", []PointNote{{Period: indicators.Period{}}, {Period: y(2015), Notes: []string{"The highest number since 2005/06, the publication says."}}},
			[]string{"2015 — The highest number since 2005/06, the publication says."}},
		{"every point", []PointNote{{Period: y(2007), Notes: []string{"England only."}}, {Period: y(2008), Notes: []string{"England only."}}}, []string{"England only."}},
	}
	for _, tt := range tests {
		if got := PointNotes(tt.points); !slices.Equal(got, tt.want) {
			t.Errorf("%s: PointNotes() = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestNotesUnsaid(t *testing.T) {
	tests := []struct {
		sub   string
		notes []string
		want  []string
	}{
		{"Kilometres, 2017 (estimates); road network distance", []string{"Road network distance.", "Survey estimates."}, []string{"Survey estimates."}},
		{"Percent", []string{"Road network distance."}, []string{"Road network distance."}},
		{"Percent of adults", []string{"Adults"}, nil}, // said whole, in any case
		{"Percent of adults", []string{"Adult"}, []string{"Adult"}},
	}
	for _, tt := range tests {
		if got := NotesUnsaid(tt.sub, tt.notes); !slices.Equal(got, tt.want) {
			t.Errorf("NotesUnsaid(%q, %q) = %q, want %q", tt.sub, tt.notes, got, tt.want)
		}
	}
}

// TestAllEstimatesUnsaid: a view's note that opens by naming its figures
// estimates says what "All figures are estimates." would (s26w-taxgap:
// three notes, two saying the same); one that does not keeps it.
func TestAllEstimatesUnsaid(t *testing.T) {
	auto := []string{"All figures are estimates.", "2008: Provisional."}
	tests := []struct {
		own, want []string
	}{
		{[]string{"Estimates; uncertain and subject to revision."}, []string{"2008: Provisional."}},
		{[]string{"Provisional figures, to be revised."}, []string{"2008: Provisional."}},
		{[]string{"Figures are rounded."}, auto},
		{nil, auto},
	}
	for _, tt := range tests {
		if got := AllEstimatesUnsaid(auto, tt.own); !slices.Equal(got, tt.want) {
			t.Errorf("AllEstimatesUnsaid(%q) = %q, want %q", tt.own, got, tt.want)
		}
	}
}

// TestFoldNotes: a note another of the chart opens is said by the longer
// alone, on every bar either was on (s32c-taxis); notes that only start
// alike stay apart.
func TestFoldNotes(t *testing.T) {
	tests := []struct {
		perBar, want [][]string
	}{
		{[][]string{{"Monthly, so not of the week; they add to 21,722."}, {"Monthly, so not of the week."}},
			[][]string{{"Monthly, so not of the week; they add to 21,722."}, {"Monthly, so not of the week; they add to 21,722."}}},
		{[][]string{{"Provisional."}, {"Provisional figures are revised."}}, [][]string{{"Provisional."}, {"Provisional figures are revised."}}},
		{[][]string{{"Experimental statistics.", "Experimental statistics: lost firearms."}, nil},
			[][]string{{"Experimental statistics: lost firearms."}, nil}},
	}
	for _, tt := range tests {
		if got := FoldNotes(tt.perBar); !slices.EqualFunc(got, tt.want, slices.Equal[[]string]) {
			t.Errorf("FoldNotes(%q) = %q, want %q", tt.perBar, got, tt.want)
		}
	}
}
