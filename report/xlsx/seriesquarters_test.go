package xlsx

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// quarterCatalog is a series of two quarters, the later stated as a long
// phrase, as Eurostat's release states them.
func quarterCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	text := "207,000 first time applicants were registered in Q4 2016 and 165,000 in Q1 2017.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Asylum, text: a.txt, sha256: %s}
indicators:
  - {id: q4, title: Applicants, measure: flow, status: fact, stated: "207,000 first time applicants", period: 2016-Q4, series: s, provenance: [{source: a, quote: "207,000 first time applicants"}]}
  - {id: q1, title: Applicants, measure: flow, status: fact, stated: "165,000", unit: applicant, period: 2017-Q1, series: s, provenance: [{source: a, quote: "165,000 in Q1 2017"}]}
series:
  - {id: s, title: Applicants}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "quarters.yaml", doc, text)
	return c
}

// TestSeriesQuarterCells: a point of a quarter shows its quarter in the
// Year column ("Q4 2016", not its start 2016.75 rounded to "2017"),
// keeping the number the chart draws; the Stated column holds the figure
// on one line (a link is never wrapped) and the Value column shows its
// number whole, never "###".
func TestSeriesQuarterCells(t *testing.T) {
	book, _ := writeParts(t, quarterCatalog(t))
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// Consecutive quarters are charted over their names: the Year cell
	// is the name as text (a category LibreOffice shows as written).
	for _, tt := range []struct {
		cell, shown string
		raw         string
	}{{"D2", "Q4 2016", "Q4 2016"}, {"D3", "Q1 2017", "Q1 2017"}} {
		shown, _ := f.GetCellValue(SheetSeries, tt.cell)
		raw, _ := f.GetCellValue(SheetSeries, tt.cell, excelize.Options{RawCellValue: true})
		if shown != tt.shown || raw != tt.raw {
			t.Errorf("Series %s = %q (raw %q), want %q (raw %v)", tt.cell, shown, raw, tt.shown, tt.raw)
		}
	}
	width := func(col string) float64 {
		w, err := f.GetColWidth(SheetSeries, col)
		if err != nil {
			t.Fatal(err)
		}
		return w
	}
	if w, need := width("D"), textWidth("Q4 2016", false); w < need {
		t.Errorf("Series Year column width %v, want at least %v for \"Q4 2016\"", w, need)
	}
	if w, need := width("E"), textWidth("207,000 first time applicants", false)+1; w < need {
		t.Errorf("Series Stated column width %v, want at least %v for the figure on one line", w, need)
	}
	// wordsNeed allows for LibreOffice's wider glyphs (TestWordsFitColumns).
	shown, _ := f.GetCellValue(SheetSeries, "H2")
	if w, need := width("H"), wordsNeed(shown, false, false, 0); w < need {
		t.Errorf("Series Value column width %v, want at least %v for %q", w, need, shown)
	}
}

// TestSeriesChartBesideRepeats: the Series sheet's chart stands right of
// the Indicator column, which prints again on every page of a sheet too
// wide for one, so that no part of the chart is printed twice.
func TestSeriesChartBesideRepeats(t *testing.T) {
	_, parts := writeParts(t, quarterCatalog(t))
	for name, xml := range parts {
		if !regexp.MustCompile(`^xl/drawings/drawing\d+\.xml$`).MatchString(name) || !bytes.Contains([]byte(xml), []byte(`name="series"`)) {
			continue
		}
		m := regexp.MustCompile(`<xdr:from><xdr:col>(\d+)</xdr:col>`).FindStringSubmatch(xml)
		if m == nil {
			t.Fatalf("%s: no anchor column in\n%s", name, xml)
		}
		if col, _ := strconv.Atoi(m[1]); col < srIndicator {
			t.Errorf("the Series chart starts at column %d (0-based), at or left of the repeated Indicator column %d", col, srIndicator-1)
		}
		return
	}
	t.Fatal("no drawing holds the Series chart")
}

// TestSeriesChartTicksQuarters: the native chart of a series of
// consecutive quarters ticks each by its name, as the slide does: a line
// over the Year cells as text ("Q4 2016"), not a scatter over years whose ticks
// say "2016" and "2017" (LibreOffice shows a category of a number by the
// number, so the categories are text).
func TestSeriesChartTicksQuarters(t *testing.T) {
	book, parts := writeParts(t, quarterCatalog(t))
	xml := parts["xl/charts/chart1.xml"]
	for _, tt := range []struct {
		what, re string
		want     bool
	}{
		{"a line chart", `<lineChart>`, true},
		{"a scatter chart", `<scatterChart>`, false},
		{"categories from the Year column's names", `<cat><strRef><f>Series!\$D\$2:\$D\$3</f>`, true},
	} {
		if got := regexp.MustCompile(tt.re).MatchString(xml); got != tt.want {
			t.Errorf("chart1.xml: %s = %v, want %v", tt.what, got, tt.want)
		}
	}
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for cell, want := range map[string]string{"C2": "Q4 2016", "C3": "Q1 2017"} {
		if got, _ := f.GetCellValue(SheetSeries, cell); got != want {
			t.Errorf("Series %s = %q, want %q", cell, got, want)
		}
	}

	// A year apart, or a gap, stays on a year axis.
	for _, tt := range []struct {
		labelled, repeats bool
		periods           []string
		want              bool
	}{
		{true, false, []string{"2016-Q4", "2017-Q1", "2017-Q2"}, true},
		{true, false, []string{"2016-10/2017-03", "2017-04/2017-09"}, true},
		{true, false, []string{"2016-Q3", "2016-Q4", "2017-Q2"}, false},
		{false, false, []string{"2016", "2017"}, false},
		{true, false, []string{"2020-02", "2020-03", "2020-04"}, true},
		{true, true, []string{"2016-Q4", "2017-Q1"}, false},
	} {
		bl := seriesBlock{labelled: tt.labelled, repeats: tt.repeats}
		for _, s := range tt.periods {
			p, err := indicators.ParsePeriod(s)
			if err != nil {
				t.Fatalf("ParsePeriod(%q): %v", s, err)
			}
			bl.periods = append(bl.periods, p)
		}
		if got := bl.steps(); got != tt.want {
			t.Errorf("seriesBlock{periods: %q, labelled: %v, repeats: %v}.steps() = %v, want %v", tt.periods, tt.labelled, tt.repeats, got, tt.want)
		}
	}
}

// rollingCatalog is a series of two rolling years ending September, as
// the Home Office's fire statistics state them.
func rollingCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	text := "FRSs attended 598,504 incidents in the year ending September 2024, up from 506,235 ten years before.\n"
	sum := sha256.Sum256([]byte(text))
	doc := fmt.Sprintf(`claimbook: 1
sources:
  - {id: a, title: Fire, text: a.txt, sha256: %s}
indicators:
  - {id: y14, title: Incidents, measure: flow, status: fact, stated: "506,235", unit: incident, period: 2013-10/2014-09, series: s, provenance: [{source: a, quote: "506,235"}]}
  - {id: y24, title: Incidents, measure: flow, status: fact, stated: "598,504 incidents", period: 2023-10/2024-09, series: s, provenance: [{source: a, quote: "598,504 incidents"}]}
series:
  - {id: s, title: Incidents}
views:
  - {id: trend, title: Incidents, kind: series, series: [s]}
`, hex.EncodeToString(sum[:]))
	c := indicatortest.ParseWithText(t, "rolling.yaml", doc, text)
	return c
}

// TestSeriesRollingYearCells: a rolling year's Year cell shows the short
// form "YE Sep 2024" in a column wide enough for it (a number's format
// never wraps: a long label showed "###"), and the native chart's year
// axis runs past the last point so that its year, 2024, is labelled.
func TestSeriesRollingYearCells(t *testing.T) {
	book, parts := writeParts(t, rollingCatalog(t))
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for _, tt := range []struct{ cell, shown string }{{"D2", "YE Sep 2014"}, {"D3", "YE Sep 2024"}} {
		if shown, _ := f.GetCellValue(SheetSeries, tt.cell); shown != tt.shown {
			t.Errorf("Series %s = %q, want %q", tt.cell, shown, tt.shown)
		}
	}
	w, err := f.GetColWidth(SheetSeries, "D")
	if err != nil {
		t.Fatal(err)
	}
	if need := textWidth("YE Sep 2024", false); w < need {
		t.Errorf("Series Year column width %v, want at least %v for \"YE Sep 2024\"", w, need)
	}
	var chart string
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") || !strings.Contains(x, "scatterChart") {
			continue
		}
		chart = x
		// An axis's title is the unit alone; the years go under the
		// chart's title, never wrapped down the value axis.
		for _, ax := range strings.Split(x, "<valAx>")[1:] {
			ax, _, _ = strings.Cut(ax, "</valAx>")
			for _, m := range regexp.MustCompile(`<a:t>([^<]*)</a:t>`).FindAllStringSubmatch(ax, -1) {
				if strings.Contains(m[1], ";") {
					t.Errorf("%s: axis title %q, want the unit alone", name, m[1])
				}
			}
		}
	}
	m := regexp.MustCompile(`<max val="([0-9.]+)"`).FindAllStringSubmatch(chart, -1)
	if len(m) == 0 {
		t.Fatalf("no scatter chart with an axis maximum in the book")
	}
	// No point stands at a year's middle: each year is ticked at its
	// start, a year to spare after the last (s20n-gambling: Q1 2010 left
	// of a mid-year "2010" read as 2009).
	if got, want := m[0][1], "2025"; got != want {
		t.Errorf("series chart year axis maximum = %s, want %s (2024 ticked at its start, before the point at 2024.248)", got, want)
	}
}
