package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesPeriodNames: the Series sheet's Year cells and its chart's
// ticks name periods that are not calendar years as the slide does,
// never as a calendar year's number: financial years "2013/14", a
// calendar year among years to March "YE Dec 2015", fiscal years "FY
// 2020" (wording.PeriodTicks).
func TestSeriesPeriodNames(t *testing.T) {
	for _, c := range []struct {
		name    string
		figures []string // "stated@period"
		unit    string
		want    []string // the Year cells as shown
		line    bool     // charted over the names
	}{
		// s14-hospitals: A&E attendances by financial year.
		{"split years", []string{"14.3 million@2013/14", "14.6 million@2014/15"}, "attendance", []string{"2013/14", "2014/15"}, true},
		// s14-tourism: the ONS's year to December beside its year to March.
		{"calendar among rolling", []string{"334,000@2015", "327,000@2015-04/2016-03"}, "person", []string{"YE Dec 2015", "YE Mar 2016"}, true},
		// A budget by U.S. fiscal year.
		{"fiscal years", []string{"$4.1 billion@FY2020", "$4.4 billion@FY2021"}, "", []string{"FY 2020", "FY 2021"}, true},
		// Calendar years keep the year axis, each at its middle, its
		// cell showing the year, never "2014.5" (s22p-volunteer).
		{"calendar years", []string{"12,000@2014", "13,000@2015"}, "person", []string{"2014", "2015"}, false},
	} {
		cat := indicatortest.FlowSeries(t, c.name, c.figures, c.unit)
		book, parts := writeParts(t, cat)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for row := 2; row < 2+len(c.figures); row++ {
			v, _ := f.GetCellValue(SheetSeries, fmt.Sprintf("D%d", row))
			got = append(got, v)
		}
		f.Close()
		if !slices.Equal(got, c.want) {
			t.Errorf("%s: Series Year cells = %q, want %q", c.name, got, c.want)
		}
		line := regexp.MustCompile(`<lineChart>`).MatchString(parts["xl/charts/chart1.xml"]) &&
			strings.Contains(parts["xl/charts/chart1.xml"], "<cat><strRef><f>Series!$D$2:$D$3</f>")
		if line != c.line {
			t.Errorf("%s: chart over the Year cells' names = %v, want %v", c.name, line, c.line)
		}
	}
}

// TestSeriesPeriodRowHeight: a Series row is tall enough for its Period
// cell's words wrapped in their column (s14-tourism's "year ending March
// 2016" was cut after "Marc"; a budget's "FY 2024–25" fits one line).
func TestSeriesPeriodRowHeight(t *testing.T) {
	for _, c := range []struct{ period, stated string }{
		{"2015-04/2016-03", "327,000"},
		{"FY2024-25", "$4.4 billion"},
	} {
		body := c.stated + " in the year.\n"
		sum := sha256.Sum256([]byte(body))
		doc := fmt.Sprintf("claimbook: 1\nsources:\n  - {id: a, title: Doc, text: a.txt, sha256: %s}\nindicators:\n  - {id: p, title: Total, measure: flow, status: fact, stated: %q, unit: person, period: %q, series: s, provenance: [{source: a, quote: %q}]}\nseries:\n  - {id: s, title: Total}\n",
			hex.EncodeToString(sum[:]), c.stated, c.period, c.stated)
		if strings.HasPrefix(c.stated, "$") {
			doc = strings.Replace(doc, ", unit: person", "", 1)
		}
		cat := indicatortest.ParseWithText(t, "h.yaml", doc, body)
		book, _ := writeParts(t, cat)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		w, _ := f.GetColWidth(SheetSeries, "C")
		h, _ := f.GetRowHeight(SheetSeries, 2)
		label := cat.Indicators[0].Period.Label()
		f.Close()
		if need := float64(lines(label, w, false)) * 15; h < need {
			t.Errorf("%s: Series row 2 is %v pt high, want at least %v for %q in a column %v wide", c.period, h, need, label, w)
		}
	}
}
