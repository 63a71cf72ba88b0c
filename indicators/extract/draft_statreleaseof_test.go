package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// statReleaseReleaseText is a text whose first line is title, with one
// figure below it. The month rules (titledMonth) and the change titles
// (isMonthlyRelease) read one decision, statReleaseOf.
func statReleaseReleaseText(title string) string {
	return title + "\n\nRelease date:\n12 March 2024\n\nSales rose by 1.2% in February.\n"
}

func TestDraftStatReleaseOf(t *testing.T) {
	type got struct {
		Month      string
		Is, Office bool
	}
	for _, tc := range []struct {
		title string
		want  got
	}{
		{"Retail sales, Great Britain: February 2024", got{"2024-02", true, true}},
		{"Housing starts for June 2025", got{"2025-06", true, false}},
		{"Labour Force Survey, May 2022", got{"2022-05", true, false}},
		{"Money and Credit - January 2020", got{"2020-01", true, false}},
		{"FEDERAL RESERVE STATISTICAL RELEASE", got{"", true, true}},
		{"Annual Survey of Hours and Earnings: 2016 provisional results", got{"", false, false}},
		{"Regional Transport Review 2022", got{"", false, false}},
	} {
		d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: statReleaseReleaseText(tc.title)}, map[string]int{})
		r := d.statReleaseOf()
		month, _ := d.titledMonth()
		g := got{Is: r.is(), Office: d.isMonthlyRelease()}
		if !month.IsZero() {
			g.Month = month.String()
		}
		if diff := cmp.Diff(tc.want, g); diff != "" {
			t.Errorf("statReleaseOf(%q) = %+v, want %+v", tc.title, g, tc.want)
		}
	}
}
