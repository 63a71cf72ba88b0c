package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/xuri/excelize/v2"
)

// TestDerivedValueAsSaid: the Derived sheet's Value cell shows the
// figure as the Figure column says it: 12,345 over 30.0 people is "410
// times" (ends 410 and 420), and its live formula showed "412 times";
// 12,345,678 over 3.0 "4,100,000 times" showed "4,115,226" (review16a
// item 2; over an exact 30 or 3 the figure is now said at its ends'
// finer place, 412 and 4,115,226, indicators' sayAtEnds). The formula is
// rounded at the place said, and stays live; a figure the cell shows as
// said keeps its formula bare. The births kind's births per midwife.
func TestDerivedValueAsSaid(t *testing.T) {
	for _, c := range []struct {
		name, a, b  string
		wantFormula string // a prefix
		wantShown   string
	}{
		{"12,345 / 30.0", "12,345 people", "30.0 people", "ROUND(", "410"},
		{"12,345,678 / 3.0", "12,345,678 people", "3.0 people", "ROUND(", "4,100,000"},
		{"births kind, 600 births / 25 births", "600 births", "25 births", "A/", "24"},
	} {
		text := fmt.Sprintf("In: %s. Out: %s.\n", c.a, c.b)
		sum := sha256.Sum256([]byte(text))
		doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: a, title: A, measure: flow, status: fact, stated: %q, period: "2023", provenance: [{source: a, quote: %q}]}
  - {id: b, title: B, measure: flow, status: fact, stated: %q, period: "2023", provenance: [{source: a, quote: %q}]}
derived:
  - {id: r, title: A over B, formula: ratio, inputs: [a, b]}
`, hex.EncodeToString(sum[:]), c.a, c.a, c.b, c.b)
		cat := indicatortest.ParseWithText(t, c.name+".yaml", doc, text)
		var buf bytes.Buffer
		if err := Write(&buf, cat, nil); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		cell, _ := excelize.CoordinatesToCellName(derCol.value, 2)
		formula, _ := f.GetCellFormula(SheetDerived, cell)
		if !strings.HasPrefix(formula, c.wantFormula) {
			t.Errorf("%s: Derived %s formula = %q, want it to start %q", c.name, cell, formula, c.wantFormula)
		}
		fig, _ := excelize.CoordinatesToCellName(derCol.figure, 2)
		said, _ := f.GetCellValue(SheetDerived, fig)
		shown, _ := f.GetCellValue(SheetDerived, cell)
		if !strings.HasPrefix(shown, c.wantShown) {
			t.Errorf("%s: Derived %s shows %q (the figure says %q), want %q…", c.name, cell, shown, said, c.wantShown)
		}
		f.Close()
	}
}
