package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesNamedPeriods: several series of the same periods a year
// axis would misname (tax years, 2005/06 and 2022/23) are drawn over
// the periods' names, as the slide names them, never on a calendar axis
// that put 2005/06 at "2006" (s26w-taxgap); each series keeps its points
// unjoined, as periods with others between them.
func TestSeriesNamedPeriods(t *testing.T) {
	text := "The VAT gap fell from 13.7% in 2005/06 to 4.9% in 2022/23, and the excise gap from 8.3% in 2005/06 to 4.7% in 2022/23.\n"
	sum := sha256.Sum256([]byte(text))
	doc := strings.Replace(`claimbook: 1
sources:
  - {id: a, title: Tax gaps, text: a.txt, sha256: SUM}
indicators:
  - {id: v1, title: VAT gap, measure: share, status: fact, stated: 13.7%, period: 2005/06, series: vat, provenance: [{source: a, quote: "13.7% in 2005/06"}]}
  - {id: v2, title: VAT gap, measure: share, status: fact, stated: 4.9%, period: 2022/23, series: vat, provenance: [{source: a, quote: "4.9% in 2022/23, and"}]}
  - {id: e1, title: Excise gap, measure: share, status: fact, stated: 8.3%, period: 2005/06, series: excise, provenance: [{source: a, quote: "8.3% in 2005/06"}]}
  - {id: e2, title: Excise gap, measure: share, status: fact, stated: 4.7%, period: 2022/23, series: excise, provenance: [{source: a, quote: "4.7% in 2022/23."}]}
series:
  - {id: vat, title: VAT gap}
  - {id: excise, title: Excise gap}
views:
  - {id: gaps, title: Tax gaps, kind: series, series: [vat, excise]}
`, "SUM", hex.EncodeToString(sum[:]), 1)
	c := indicatortest.ParseWithText(t, "gaps.yaml", doc, text)
	_, parts := writeParts(t, c)
	charts := 0
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		charts++
		if got := strings.Contains(x, "<lineChart>"); !got {
			t.Errorf("%s: a line chart over the periods' names = %v, want true", name, got)
		}
		if got := strings.Contains(x, "<scatterChart>"); got {
			t.Errorf("%s: a scatter over a year axis = %v, want false", name, got)
		}
	}
	if charts != 2 {
		t.Errorf("%d charts, want 2 (the Series sheet's and the view's)", charts)
	}
}
