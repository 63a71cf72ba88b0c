package xlsx

import (
	"regexp"
	"strconv"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// loDefaultRow is the height, in points, LibreOffice gives a row whose
// height the book leaves unset.
const loDefaultRow = 12.8

// TestChartsCaptionGap: on the Charts sheet, each chart ends a row or
// more above the next block's caption, in LibreOffice's rows as in
// Excel's: a chart's block has its rows' heights set (s11b-transport:
// the headline's caption touched the frame of the chart above it).
func TestChartsCaptionGap(t *testing.T) {
	c := usjapan2015.Catalog()
	_, parts := writeParts(t, c)
	xml := sheetXML(t, parts, SheetCharts)
	heights := map[int]float64{}
	for _, m := range regexp.MustCompile(`<row r="(\d+)"([^>]*)>`).FindAllStringSubmatch(xml, -1) {
		r, _ := strconv.Atoi(m[1])
		if ht := regexp.MustCompile(`ht="([0-9.]+)"`).FindStringSubmatch(m[2]); ht != nil && regexp.MustCompile(`customHeight="(1|true)"`).MatchString(m[2]) {
			heights[r], _ = strconv.ParseFloat(ht[1], 64)
		}
	}
	height := func(r int) float64 {
		if h, ok := heights[r]; ok {
			return h
		}
		return loDefaultRow
	}
	for i := 0; i+1 < len(c.Views); i++ {
		top := 4 + i*blockRows
		next := top + blockRows
		// The chart is anchored at the row under the caption.
		var room float64
		for r := top + 1; r < next; r++ {
			room += height(r)
		}
		if need := chartHeight*0.75 + lineHeight; room < need {
			t.Errorf("block %d: %.1f points from its chart's top row to the next caption, want %.1f or more (the chart and a row's gap)", i+1, room, need)
		}
	}
}

// sheetXML returns the worksheet part of the sheet named name.
func sheetXML(t *testing.T, parts map[string]string, name string) string {
	t.Helper()
	m := regexp.MustCompile(`<sheet name="` + regexp.QuoteMeta(name) + `"[^>]*r:id="([^"]+)"`).FindStringSubmatch(parts["xl/workbook.xml"])
	if m == nil {
		t.Fatalf("no sheet %q in the workbook", name)
	}
	target := regexp.MustCompile(`<Relationship [^>]*Id="` + m[1] + `"[^>]*Target="([^"]+)"|<Relationship [^>]*Target="([^"]+)"[^>]*Id="` + m[1] + `"`).FindStringSubmatch(parts["xl/_rels/workbook.xml.rels"])
	if target == nil {
		t.Fatalf("no part for sheet %q", name)
	}
	p := target[1] + target[2]
	if p[0] == '/' {
		p = p[1:]
	} else {
		p = "xl/" + p
	}
	return parts[p]
}
