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

// TestValueCarriesHedge: the Indicators sheet's Value cell, which prints
// where the Qualifier column does not, shows a hedged figure with the
// document's hedge before it, keeping the number (s14-crime: "11 million
// victimizations" for "almost 11 million"; s14-hospitals: "Over a
// third" shown bare); an exact figure shows none. A proportion in words
// keeps its words, its cell the number: "more than 66.7%" said "more than
// two-thirds" more precisely and more strongly (s30a-carrierbags).
func TestValueCarriesHedge(t *testing.T) {
	cases := []struct {
		stated, unit, measure, extra string
		shown                        string
	}{
		{"almost 11 million violent victimizations", "", "flow", "", "almost 11 million violent victimizations"}, // the counted noun as written (nounUnit, s32c-postal)
		{"Over a third", "", "share", "", "over a third"},
		{"more than two-thirds", "", "share", "", "more than two-thirds"},
		{"a quarter", "", "share", "", "a quarter"},
		{"1 in 8", "", "share", "", "12.5%"}, // digits: the percent they give
		{"nearly 30%", "", "share", "", "nearly 30%"},
		{"10%", "", "change", ", direction: down, base: \"2018\"", "down 10%"},
		{"13%", "", "share", "", "13%"}, // s14-roads: exact, no hedge
	}
	var text, inds strings.Builder
	for i, c := range cases {
		quote := c.stated
		if c.measure == "change" {
			quote += " fewer"
		}
		fmt.Fprintf(&text, "%s. ", quote)
		unit := ""
		if c.unit != "" {
			unit = ", unit: " + c.unit
		}
		fmt.Fprintf(&inds, "  - {id: x%d, title: Figure %d, measure: %s, status: fact, stated: %q%s%s, period: \"2019\", provenance: [{source: a, quote: %q}]}\n", i, i, c.measure, c.stated, unit, c.extra, quote)
	}
	body := text.String() + "\n"
	sum := sha256.Sum256([]byte(body))
	doc := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n%s", hex.EncodeToString(sum[:]), inds.String())
	cat := indicatortest.ParseWithText(t, "hedges.yaml", doc, body)
	book, _ := writeParts(t, cat)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col := ""
	for i, h := range Header {
		if h == "Value" {
			col, _ = excelize.ColumnNumberToName(i + 1)
		}
	}
	for i, c := range cases {
		cell := fmt.Sprintf("%s%d", col, i+2)
		shown, _ := f.GetCellValue(SheetIndicators, cell)
		raw, _ := f.GetCellValue(SheetIndicators, cell, excelize.Options{RawCellValue: true})
		if shown != c.shown {
			t.Errorf("Value of %q = %q, want %q", c.stated, shown, c.shown)
		}
		if strings.ContainsAny(raw, " abcdefghijklmnopqrstuvwxyz") {
			t.Errorf("Value of %q holds %q, want a number", c.stated, raw)
		}
	}
}

// TestChartDataCarriesHedge: the Chart data sheet's value cell, which the
// native chart's data label shows, says a hedged figure with its hedge as
// the document and the slide do ("some 99.6 million", libraries kind;
// "about 60%"), whatever the hedge word; an exact figure says none.
func TestChartDataCarriesHedge(t *testing.T) {
	cases := []struct{ stated, measure, unit, shown string }{
		{"some 99.6 million", "flow", "visit", "some 99.6 million"},
		{"about 60%", "share", "", "about 60%"},
		{"almost 11 million", "flow", "visit", "almost 11 million"},
		{"105 million", "flow", "visit", "105 million"},
	}
	var text, inds, ids strings.Builder
	for i, c := range cases {
		fmt.Fprintf(&text, "Figure %d was %s. ", i, c.stated)
		unit := ""
		if c.unit != "" {
			unit = ", unit: " + c.unit
		}
		fmt.Fprintf(&inds, "  - {id: x%d, title: Figure %d, measure: %s, status: fact, stated: %q%s, period: \"2019\", provenance: [{source: a, quote: %q}]}\n", i, i, c.measure, c.stated, unit, fmt.Sprintf("Figure %d was %s.", i, c.stated))
		fmt.Fprintf(&ids, "  - {id: v%d, title: View %d, kind: bars, indicators: [x%d]}\n", i, i, i)
	}
	body := text.String() + "\n"
	sum := sha256.Sum256([]byte(body))
	doc := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n%sviews:\n%s", hex.EncodeToString(sum[:]), inds.String(), ids.String())
	cat := indicatortest.ParseWithText(t, "charthedges.yaml", doc, body)
	book, _ := writeParts(t, cat)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, _ := f.GetRows(SheetChartData)
	for i, c := range cases {
		got := ""
		for _, r := range rows {
			if len(r) > 2 && r[0] == fmt.Sprintf("v%d", i) {
				got = strings.Join(strings.Fields(strings.Join(r[2:], " ")), " ")
			}
		}
		if !strings.HasPrefix(got, c.shown) {
			t.Errorf("Chart data of %q = %q, want it to start %q", c.stated, got, c.shown)
		}
	}
}
