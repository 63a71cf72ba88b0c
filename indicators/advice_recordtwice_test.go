package indicators_test

import (
	"strings"
	"testing"
)

// TestRecordQuotedTwiceConverges checks the advice on a record quoted
// twice in two wordings, "the highest share since records began" and
// "its highest point since records began" (round AH, s37h-conceptions):
// whichever wording stated takes, the other quote is told the place word
// with the reach in the title, which both quotes state, never the other
// wording (which moved the error back); written, it leaves no message. A
// record quoted once is still told its quote's words.
func TestRecordQuotedTwiceConverges(t *testing.T) {
	const doc = "The share rose to 24.0%, the highest share since records began in 1990.\n" +
		"In 2018 the share rose to its highest point since records began in 1990.\n"
	const first = "the highest share since records began in 1990"
	const second = "In 2018 the share rose to its highest point since records began in 1990."
	item := func(title, stated string, quotes ...string) string {
		var b strings.Builder
		b.WriteString("  - id: r\n    title: " + title + "\n    entities: [GB]\n    status: fact\n    period: 2018\n    measure: rank\n    stated: " + stated + "\n    provenance:\n")
		for _, q := range quotes {
			b.WriteString("      - source: doc\n        quote: " + q + "\n")
		}
		return b.String()
	}
	const both = `write stated: "highest", with "since records began in 1990" in the title, which both quotes state`
	tests := []struct {
		name, items string
		want        string // "": no message
	}{
		{"the first quote's words", item("Share, rank among years", "highest share since records began in 1990", first, second), both},
		{"the second quote's words", item("Share, rank among years", "highest point since records began in 1990", first, second), both},
		{"the advice written", item("Share, rank among years since records began in 1990", "highest", first, second), ""},
		{"one quote is told its words", item("Share, rank among years", "highest share since records began in 1990", second),
			`write stated: "highest point since records began in 1990", the quote's words`},
	}
	for _, tc := range tests {
		got := runMessagesIssued(t, doc, "2020-03-04", tc.items)
		switch {
		case tc.want == "" && len(got) > 0:
			t.Errorf("%s: messages %q, want none", tc.name, got)
		case tc.want != "" && (len(got) != 1 || !strings.Contains(got[0], tc.want)):
			t.Errorf("%s: messages %q, want one holding %q", tc.name, got, tc.want)
		}
	}
}
