package pptx_test

import (
	"bytes"
	"regexp"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestMeasureInWords: the deck's slides write a measure in the words of
// the one table every output reads (indicators.MeasureWords,
// wording.Respell), as the slide images and the book do: "New woodland
// planted in England: 4,550 hectares" where the document wrote "4,550
// ha" (forestry), "241,553 tonnes" (fisheries), never the symbol beside
// the chart's words. Two kinds.
func TestMeasureInWords(t *testing.T) {
	for _, tc := range []struct{ kind, symbol, words string }{
		{"fisheries", "t", "tonnes"},
		{"forestry", "ha", "hectares"},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			if err := pptx.Write(&buf, c, nil); err != nil {
				t.Fatal(err)
			}
			parts, _ := unzip(t, buf.Bytes())
			symbol := regexp.MustCompile(`\d ` + regexp.QuoteMeta(tc.symbol) + `\b`)
			said := 0
			for _, name := range slideParts(t, parts) {
				for _, p := range paragraphs(t, parts[name]) {
					if symbol.MatchString(p) {
						t.Errorf("%s: %q writes %q", name, p, tc.symbol)
					}
					if regexp.MustCompile(`\d ` + tc.words + `\b`).MatchString(p) {
						said++
					}
				}
			}
			if said == 0 {
				t.Errorf("no slide writes a figure in %q", tc.words)
			}
		})
	}
}
