package extract

import (
	"strings"
	"testing"
)

// The measure, unit, status and title of figures of drafts27's genres, in
// sentences of their own: a statistics office's flash estimate, a crop
// outlook, a fact sheet of modelled estimates, a ministry's brief. Each
// case checks only the fields it names (entities and period are the other
// half's).

// sureCase is one figure of a text and the fields to check ("" leaves a
// field unchecked); skip, when set, is a word the figure's "not drafted"
// comment must hold instead.
type sureCase struct {
	name, text, stated           string
	measure, status, title, unit string
	skip                         string
}

// runSureCases drafts each case's text and checks the named fields of the
// first figure stated as the case says.
func runSureCases(t *testing.T, cases []sureCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			var got *claim
			var all []string
			skipped := ""
			for _, cl := range d.claims() {
				all = append(all, cl.ind.Stated+cl.skip)
				if cl.skip != "" && strings.Contains(cl.skip, "not drafted: "+tc.stated+" in") && skipped == "" {
					skipped = cl.skip
				}
				if cl.skip == "" && cl.ind.Stated == tc.stated && got == nil {
					got = &cl
				}
			}
			if tc.skip != "" {
				if !strings.Contains(skipped, tc.skip) {
					t.Errorf("comment on %q = %q, want one that says %q", tc.stated, skipped, tc.skip)
				}
				return
			}
			if got == nil {
				t.Fatalf("no draft of %q; drafts: %q", tc.stated, all)
			}
			ind := got.ind
			if tc.measure != "" && ind.Measure.String() != tc.measure {
				t.Errorf("measure of %q = %v (%s), want %v", tc.stated, ind.Measure, got.fieldNotes["measure"], tc.measure)
			}
			if tc.status != "" && ind.Status.String() != tc.status {
				t.Errorf("status of %q = %v (%s), want %v", tc.stated, ind.Status, got.fieldNotes["status"], tc.status)
			}
			if tc.title != "" && ind.Title != tc.title {
				t.Errorf("title of %q = %q, want %q", tc.stated, ind.Title, tc.title)
			}
			if tc.unit != "" && ind.Unit.String() != tc.unit {
				t.Errorf("unit of %q = %q, want %q", tc.stated, ind.Unit.String(), tc.unit)
			}
		})
	}
}

// flashText is a statistics office's flash estimate of industrial
// output: its opening names the estimate, later sentences go back to the
// month before and to a place the estimate does not cover.
const flashText = "Industrial output up in the euro area\n\n12 March 2024\n\n" +
	"Industrial production rose by 0.3% in the euro area and by 0.4% in the EU27 in January 2024, compared with the previous month, according to a flash estimate published by the statistics office.\n\n" +
	"In December 2023, industrial production had fallen by 0.2% in the euro area.\n\n" +
	"Compared with the same month of the previous year, industrial production rose by 1.2% in the euro area and by 1.5% in the EU27, after +0.9% and +1.1% respectively in the previous month.\n\n" +
	"In Japan, industrial production increased by 0.7% compared with the previous month (after +0.6% in December 2023).\n"

func TestDraftSureFlashEstimate(t *testing.T) {
	runSureCases(t, []sureCase{
		{name: "opening", text: flashText, stated: "0.3%", status: "estimate", title: "Industrial production growth on the previous month"},
		{name: "opening second place", text: flashText, stated: "0.4%", status: "estimate", title: "Industrial production growth on the previous month"},
		{name: "month before", text: flashText, stated: "0.2%", status: "fact", title: "Industrial production fall on the previous month"},
		{name: "year on year", text: flashText, stated: "1.2%", status: "estimate", title: "Industrial production growth on the same month of the previous year"},
		{name: "after, respectively first", text: flashText, stated: "0.9%", status: "fact", title: "Industrial production growth on the same month of the previous year"},
		{name: "after, respectively second", text: flashText, stated: "1.1%", status: "fact", title: "Industrial production growth on the same month of the previous year"},
		{name: "place not estimated", text: flashText, stated: "0.7%", status: "fact", title: "Industrial production growth on the previous month"},
		{name: "after in parentheses", text: flashText, stated: "0.6%", status: "fact", title: "Industrial production growth on the previous month"},
	})
}
