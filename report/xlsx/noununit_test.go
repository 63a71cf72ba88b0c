package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestValueSaysDocumentWords: the Value and Unit cells of the Indicators
// sheet say what the document counts and its hedge, as the Stated and
// Quote cells, the CSV and the deck do: "an estimated 240 million small
// packets" (its Qualifier the CSV's approx), never "240 million packets"
// (s32c-postal); "3,652 ZEC taxis", never "3,652 taxis" (s32c-taxis).
func TestValueSaysDocumentWords(t *testing.T) {
	text := "An estimated 240 million small packets made up letter-post volumes. There were 3,652 ZEC taxis licensed.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: packets, title: Small packets, measure: flow, status: estimate, stated: "An estimated 240 million small packets", period: "2013", provenance: [{source: a, quote: "An estimated 240 million small packets made up letter-post volumes"}]}
  - {id: zec, title: ZEC taxis, measure: stock, status: fact, stated: "3,652 ZEC taxis", unit: taxi, period: "2020", provenance: [{source: a, quote: "There were 3,652 ZEC taxis licensed"}]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "words.yaml", doc, text)
	var buf bytes.Buffer
	if err := Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	d := dump(t, buf.Bytes())
	_, sheet, _ := strings.Cut(d, "== sheet Indicators")
	sheet, _, _ = strings.Cut(sheet, "== sheet")
	for _, want := range []string{
		`shown "an estimated 240 million small packets"`, `H2 s "small packets"`, `Q2 s "approx"`,
		`D3 n "3652" shown "3652 ZEC taxi" fmt "[=1]0\" ZEC taxi\";#,##0\" ZEC taxis\""`, `H3 s "ZEC taxis"`, // excelize shows [=1] as no condition
	} {
		if !strings.Contains(sheet, want) {
			t.Errorf("the Indicators sheet has no %s:\n%s", want, sheet)
		}
	}
}
