package xlsx

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestMeasureInWords: every output writes a measure in the words of one
// table (indicators.MeasureWords, wording.Spelling): the book's value
// cells, its chart data and the native charts' labels (their number
// formats), the Charts sheet, as the slide images and the deck do;
// "241,553 tonnes", never "241,553 t" beside the document's "tonnes"
// (s17i-fisheries), "15,040 hectares" where the document wrote "15,040
// ha" and "15,000 hectares" both (forestry). The document's own words
// stay in the Stated and Quote columns. Two kinds: fisheries' tonnes,
// forestry's hectares.
func TestMeasureInWords(t *testing.T) {
	for _, tc := range []struct {
		kind, symbol, words string
	}{
		{"fisheries", "t", "tonnes"},
		{"forestry", "ha", "hectares"},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
			if err != nil {
				t.Fatal(err)
			}
			book, parts := writeParts(t, c)
			symbol := regexp.MustCompile(`\d\)?"? ` + regexp.QuoteMeta(tc.symbol) + `\b`)
			// Number formats: the words, never the symbol.
			styles := html.UnescapeString(parts["xl/styles.xml"])
			said := false
			for _, m := range regexp.MustCompile(`formatCode="([^"]*(?:"[^"]*)*?)"/?>`).FindAllStringSubmatch(styles, -1) {
				if strings.Contains(m[1], `" `+tc.symbol+`"`) {
					t.Errorf("number format %s writes %q", m[1], tc.symbol)
				}
			}
			said = strings.Contains(styles, " "+tc.words+`"`)
			if !said {
				t.Errorf("no number format writes %q", tc.words)
			}
			f, err := excelize.OpenReader(bytes.NewReader(book))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// The chart data's bar names and the Charts sheet's text.
			for _, sheet := range []string{SheetChartData, SheetCharts} {
				rows, _ := f.GetRows(sheet, excelize.Options{RawCellValue: true})
				for i, r := range rows {
					for j, s := range r {
						if symbol.MatchString(s) {
							cell, _ := excelize.CoordinatesToCellName(j+1, i+1)
							t.Errorf("%s!%s %q writes %q", sheet, cell, s, tc.symbol)
						}
					}
				}
			}
			// The Indicators sheet's value cells show the words, as the
			// slide beside them does.
			rows, _ := f.GetRows(SheetIndicators, excelize.Options{RawCellValue: true})
			shown := 0
			for i := 1; i < len(rows); i++ {
				cell, _ := excelize.CoordinatesToCellName(ixValue+1, i+1)
				id, _ := f.GetCellStyle(SheetIndicators, cell)
				st, _ := f.GetStyle(id)
				if st == nil || st.CustomNumFmt == nil || !strings.Contains(*st.CustomNumFmt, tc.words) {
					continue
				}
				shown++
			}
			if shown == 0 {
				t.Errorf("no value cell of the Indicators sheet shows %q", tc.words)
			}
		})
	}
}
