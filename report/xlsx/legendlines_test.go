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
// to a line) leaves room for both, the value axis's tick labels and its
// title under the plot, never drawing the legend over the title
// (s23r-water), in the height the chart has once its notes have taken
// their rows (greenbelt: a note shortened the chart, and the legend
// overprinted "Percent;").
func TestLegendLinesRoom(t *testing.T) {
	text := "It served 561,000 people in 2023 and almost 497,000 people in 2024.\n"
	sum := sha256.Sum256([]byte(text))
	for _, note := range []string{"", ", notes: [\"Figures for the financial year; the 2024 figure is provisional and may be revised in the next release of these statistics.\"]"} {
		doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: x, title: People served, measure: level, status: fact, stated: "561,000 people", period: "2023", provenance: [{source: a, quote: "561,000 people in 2023"}]}
  - {id: y, title: People served, measure: level, status: fact, stated: "almost 497,000 people", period: "2024", provenance: [{source: a, quote: "almost 497,000 people in 2024"}]}
views:
  - {id: v, title: People served, subtitle: People, kind: bars, indicators: [x, y]%s}
`, hex.EncodeToString(sum[:]), note)
		cat := indicatortest.ParseWithText(t, "legend.yaml", doc, text)
		_, parts := writeParts(t, cat)
		xml := parts["xl/charts/chart1.xml"]
		m := regexp.MustCompile(`<plotArea><layout><manualLayout>.*?<y val="([0-9.]+)"></y><w val="[0-9.]+"></w><h val="([0-9.]+)"></h>`).FindStringSubmatch(xml)
		if m == nil {
			t.Fatalf("chart1 has no plot area layout:\n%s", xml)
		}
		y, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		// The chart's height in pixels, from its anchor's rows.
		height := float64(chartHeight)
		if note != "" {
			height = chartNoteHeight(t, parts)
		}
		// The tick labels and one line of axis title (12 + 2×14) and
		// two of legend (2×14 + 10).
		if got, want := (1-y-h)*height, 12+2*14+2*14+10.0; got < want-0.5 {
			t.Errorf("note %t: room under the plot = %.1f px of %.0f, want at least %.1f", note != "", got, height, want)
		}
	}
}

// chartNoteHeight returns the height in pixels of the first chart of the
// Charts sheet's drawing, from its anchor's rows (excelize's 18 pixels a
// row, chartNotes).
func chartNoteHeight(t *testing.T, parts map[string]string) float64 {
	t.Helper()
	for name, x := range parts {
		if !regexp.MustCompile(`^xl/drawings/drawing\d+\.xml$`).MatchString(name) || !regexp.MustCompile(`chart`).MatchString(x) {
			continue
		}
		m := regexp.MustCompile(`(?s)<xdr:from>.*?<xdr:row>(\d+)</xdr:row>.*?<xdr:rowOff>(\d+)</xdr:rowOff>.*?<xdr:to>.*?<xdr:row>(\d+)</xdr:row>.*?<xdr:rowOff>(\d+)</xdr:rowOff>`).FindStringSubmatch(x)
		if m == nil {
			continue
		}
		n := func(i int) float64 { v, _ := strconv.ParseFloat(m[i], 64); return v }
		return (n(3)-n(1))*18 + (n(4)-n(2))/9525
	}
	t.Fatal("no chart anchor")
	return 0
}
