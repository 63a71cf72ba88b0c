package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestChartProportionInPercent: the native chart draws a share stated as
// a proportion in percent beside percents, as the slide does
// (s14-hospitals: "one in five" a hairline of 0.2 beside 57.7 per cent),
// shown in its words (wording.WordsKept); so are proportions
// alone (s14-crime's "1 in 8" and "1 in 179" on an axis of "Number").
// Its chart data hold the proportion and the percents as the fractions
// they are (fractionView), 57.7% as 0.577, shown as percents.
func TestChartProportionInPercent(t *testing.T) {
	for _, c := range []struct {
		name   string
		stated []string
		want   []string // the chart data's Value cells as shown
		raw    []string
	}{
		{"hospital outcomes", []string{"one in five", "57.7 per cent", "Over a third"}, []string{"one in five", "57.7%", "over a third"}, []string{"0.2", "0.577", "0.333333"}},
		{"crime risks alone", []string{"1 in 8", "1 in 179"}, []string{"12.5%", "0.559%"}, []string{"0.125", "0.00558659"}},
	} {
		var text, inds strings.Builder
		var ids []string
		for i, st := range c.stated {
			fmt.Fprintf(&text, "%s of them. ", st)
			fmt.Fprintf(&inds, "  - {id: s%d, title: Share %d, measure: share, status: fact, stated: %q, period: \"2014\", provenance: [{source: a, quote: %q}]}\n", i, i, st, st)
			ids = append(ids, fmt.Sprintf("s%d", i))
		}
		body := text.String() + "\n"
		sum := sha256.Sum256([]byte(body))
		doc := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n%sviews:\n  - {id: v, title: Shares, kind: bars, indicators: [%s]}\n",
			hex.EncodeToString(sum[:]), inds.String(), strings.Join(ids, ", "))
		cat := indicatortest.ParseWithText(t, c.name+".yaml", doc, body)
		book, _ := writeParts(t, cat)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetChartData)
		if err != nil {
			t.Fatal(err)
		}
		// A bar's figure is in one of the Value, Fading and Dashed
		// columns, by its hedge.
		var cols []int
		for j, h := range rows[0] {
			if h == "Value" || strings.HasPrefix(h, "Fading") || strings.HasPrefix(h, "Dashed: beyond") {
				cols = append(cols, j)
			}
		}
		var got, raw []string
		for r := 2; r <= len(c.stated)+1; r++ {
			var v, rv string
			for _, col := range cols {
				cell, _ := excelize.CoordinatesToCellName(col+1, r)
				if v, _ = f.GetCellValue(SheetChartData, cell); v != "" {
					rv, _ = f.GetCellValue(SheetChartData, cell, excelize.Options{RawCellValue: true})
					break
				}
			}
			got = append(got, v)
			if len(rv) > len(c.raw[len(raw)]) {
				rv = rv[:len(c.raw[len(raw)])]
			}
			raw = append(raw, rv)
		}
		f.Close()
		if fmt.Sprint(got) != fmt.Sprint(c.want) || fmt.Sprint(raw) != fmt.Sprint(c.raw) {
			t.Errorf("%s: chart data values %q (raw %q), want %q (raw %q)", c.name, got, raw, c.want, c.raw)
		}
	}
}
