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

// TestDerivedSheetWords: the Derived sheet writes a derived figure's
// period and unit as the Indicators sheet does, not as the exports' codes
// (s14-tourism: "2015-04/2016-03" and "person" beside "year ending March
// 2016" and "people"; a budget's fiscal years likewise).
func TestDerivedSheetWords(t *testing.T) {
	for _, c := range []struct {
		name, period, unit, stated1, stated2 string
		want                                 []string
	}{
		{"net migration", "2015-04/2016-03", "person", "633,000", "306,000", []string{`K2 s "year ending March 2016"`, `G2 s "people"`}},
		{"fiscal budget", "FY2020", "", "$4.1 billion", "$1.2 billion", []string{`K2 s "FY 2020"`}},
	} {
		text := fmt.Sprintf("In: %s. Out: %s.\n", c.stated1, c.stated2)
		sum := sha256.Sum256([]byte(text))
		unit := ""
		if c.unit != "" {
			unit = ", unit: " + c.unit
		}
		doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: in, title: In, measure: flow, status: fact, stated: %q%s, period: %q, provenance: [{source: a, quote: %q}]}
  - {id: out, title: Out, measure: flow, status: fact, stated: %q%s, period: %q, provenance: [{source: a, quote: %q}]}
derived:
  - {id: net, title: In less out, formula: difference, inputs: [in, out]}
`, hex.EncodeToString(sum[:]), c.stated1, unit, c.period, c.stated1, c.stated2, unit, c.period, c.stated2)
		cat := indicatortest.ParseWithText(t, c.name+".yaml", doc, text)
		var buf bytes.Buffer
		if err := Write(&buf, cat, nil); err != nil {
			t.Fatal(err)
		}
		d := dump(t, buf.Bytes())
		_, der, _ := strings.Cut(d, "== sheet Derived")
		for _, w := range c.want {
			if !strings.Contains(der, w) {
				t.Errorf("%s: the Derived sheet has no %s:\n%s", c.name, w, der)
			}
		}
	}
}

// TestDerivedPrintTitles: the Derived sheet prints the same with or
// without chart views: the chart data has a sheet of its own, so no
// derived title stands on a page of bars it is not the title of
// (s14-crime: "Violent crime risk …" beside "9%"); with its empty Low and
// High hidden, an exact figure's sheet prints one page wide, its header
// row repeated and no column.
func TestDerivedPrintTitles(t *testing.T) {
	for _, c := range []struct {
		name, views, want string
	}{
		{"derived with chart views", "views:\n  - {id: v, title: In and out, kind: bars, indicators: [in, out]}\n", `_xlnm.Print_Titles = Derived!$1:$1`},
		{"derived alone", "", `_xlnm.Print_Titles = Derived!$1:$1`},
	} {
		text := "In: 633,000 people. Out: 306,000 people.\n"
		sum := sha256.Sum256([]byte(text))
		doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Doc, text: a.txt, sha256: %s}
indicators:
  - {id: in, title: In, measure: flow, status: fact, stated: "633,000 people", period: "2016", provenance: [{source: a, quote: "633,000 people"}]}
  - {id: out, title: Out, measure: flow, status: fact, stated: "306,000 people", period: "2016", provenance: [{source: a, quote: "306,000 people"}]}
derived:
  - {id: net, title: "In less out, a very long title that makes the sheet print wide beyond one page", formula: difference, inputs: [in, out]}
%s`, hex.EncodeToString(sum[:]), c.views)
		cat := indicatortest.ParseWithText(t, c.name+".yaml", doc, text)
		var buf bytes.Buffer
		if err := Write(&buf, cat, nil); err != nil {
			t.Fatal(err)
		}
		d := dump(t, buf.Bytes())
		var got []string
		for _, l := range strings.Split(d, "\n") {
			if strings.Contains(l, "Print_Titles = Derived") {
				got = append(got, strings.TrimSpace(l))
			}
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%s: print titles %q, want %q", c.name, got, c.want)
		}
	}
}
