package extract

import (
	"os"
	"strings"
	"testing"
)

// A figure with a stated margin is titled from what it measures, not the
// margin's words (draftmargin.go ownWords, marginedFigure): field by
// field, on a wildlife survey's report, a statistics office's
// construction release and its retail sales release.

// marginDoc reads a document of the repository's testdata.
func marginDoc(t *testing.T, path string) string {
	b, err := os.ReadFile("../../testdata/" + path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestDraftMarginTitles(t *testing.T) {
	birds := marginDoc(t, "kinds/birds/doc.txt")
	first := birds[:strings.Index(birds, " Mallard")] // up to its second figure of 14%
	housing := marginDoc(t, "kinds/housing/doc.txt")
	retail := marginDoc(t, "corpus/census-2024-06-advance-retail-sales-may-2024.txt")
	runDraftCases(t, []draftCase{
		{name: "margin: a level with its margin and its label is titled by the noun phrase its verb links it to", text: birds,
			stated: "41.2", title: "Duck population estimate", period: "2007", section: ""},
		{name: "margin: a change of the sentence before is of that figure, not of its margin", text: first,
			stated: "14%", title: "Change in duck population estimate", period: "2007", base: "2006", section: ""},
		{name: "margin: a level whose subject names it keeps it", text: birds,
			stated: "6.7", title: "Blue-winged teal", period: "2007", section: ""},
		{name: "margin: a change with its margin in parentheses keeps its clause's title", text: housing,
			stated: "12.0 percent", title: "Change in housing units authorized by building permits from August 2018", period: "2019-08", base: "2018-08"},
		{name: "margin: a monthly change with its margin keeps the release's subject", text: retail,
			stated: "0.1 percent", title: "Change in retail and food services sales from the previous month", period: "2024-05",
			section: "Advance Estimates of U.S. Retail and Food Services"},
	})
}
