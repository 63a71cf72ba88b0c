package xlsx

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestLegendLinesRoom: a native chart whose legend takes two lines (a
// fact's key and the fading end's sentence, which LibreOffice sets one
// to a line) leaves room for both under the value axis title, never
// drawing the legend over it (s23r-water).
func TestLegendLinesRoom(t *testing.T) {
	text := "It served 561,000 people in 2023 and almost 497,000 people in 2024.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: x, title: People served, measure: level, status: fact, stated: "561,000 people", period: "2023", provenance: [{source: a, quote: "561,000 people in 2023"}]}
  - {id: y, title: People served, measure: level, status: fact, stated: "almost 497,000 people", period: "2024", provenance: [{source: a, quote: "almost 497,000 people in 2024"}]}
views:
  - {id: v, title: People served, subtitle: People, kind: bars, indicators: [x, y]}
`, hex.EncodeToString(sum[:]))
	cat := indicatortest.ParseWithText(t, "legend.yaml", doc, text)
	_, parts := writeParts(t, cat)
	xml := parts["xl/charts/chart1.xml"]
	m := regexp.MustCompile(`<plotArea><layout><manualLayout>.*?<y val="([0-9.]+)"></y><w val="[0-9.]+"></w><h val="([0-9.]+)"></h>`).FindStringSubmatch(xml)
	if m == nil {
		t.Fatalf("chart1 has no plot area layout:\n%s", xml)
	}
	y, _ := strconv.ParseFloat(m[1], 64)
	h, _ := strconv.ParseFloat(m[2], 64)
	// One line of axis title (12 + 14) and two of legend (2×14 + 10).
	if got, want := (1-y-h)*chartHeight, 12+14+2*14+10.0; got < want-0.5 {
		t.Errorf("room under the plot = %.1f px, want at least %.1f", got, want)
	}
}
