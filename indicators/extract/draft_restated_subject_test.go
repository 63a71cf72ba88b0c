package extract

import "testing"

// A figure restated from a release's key points is the same claim only
// where the two titles name one thing: two figures of one value, unit,
// period and place about different things are two claims.

// TestTitlesMeetOn: titles meet on a content word other than a change's
// lead, or where one names nothing yet.
func TestTitlesMeetOn(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"Change in whole economy unit labour costs", "Change in workers and jobs", false},
		{"Increase in manufacturing output", "Increase in hours worked", false},
		{"Increase in output per hour", "Increase in hours worked", true}, // a limit: they meet on "hour"
		{"Change in whole economy unit labour costs", "Fall in unit labour costs", true},
		{"Retail sales volumes", "Change in retail sales volumes", true},
		{"Growth of exports", "Exports", true},
		{"Change in", "Change in jobs", true}, // one names nothing yet
		{"", "Jobs", true},
	} {
		if got := titlesMeetOn(tc.a, tc.b); got != tc.want {
			t.Errorf("titlesMeetOn(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestRestatedKeyPointsSubject drafts a release whose key points and body
// hold one value twice: about two things it is two indicators, about one
// thing one indicator with two quotes.
func TestRestatedKeyPointsSubject(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		indicators int // drafted indicators stating "0.5%"
		quotes     int // their quotes, all together
	}{
		{"two things of one value are two claims",
			"Labour Productivity, Q1 2023\n\nKey Points\n\nWhole economy unit labour costs fell by 0.5% in Q1 2023.\n\nLabour input\n\nThe number of jobs fell by 0.5% in Q1 2023.\n", 2, 2},
		{"near miss: one thing said twice is one claim with two quotes",
			"Labour Productivity, Q1 2023\n\nKey Points\n\nWhole economy unit labour costs fell by 0.5% in Q1 2023.\n\nCosts\n\nWhole economy unit labour costs fell by 0.5% in Q1 2023, after rising in Q4 2022.\n", 1, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: tc.text}, map[string]int{})
			n, q := 0, 0
			var all []string
			for _, cl := range d.claims() {
				all = append(all, cl.ind.Title+": "+cl.ind.Stated+" "+cl.skip)
				if cl.skip != "" || cl.ind.Stated != "0.5%" {
					continue
				}
				n++
				q += len(cl.ind.Provenance)
			}
			if n != tc.indicators || q != tc.quotes {
				t.Errorf("%d indicators with %d quotes, want %d with %d; drafts: %q", n, q, tc.indicators, tc.quotes, all)
			}
		})
	}
}
