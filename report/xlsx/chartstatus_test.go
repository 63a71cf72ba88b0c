package xlsx

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// outlookCatalog is a price as reported and two projections of it, and a
// funding total beside its target, as a statistical outlook and an
// international organisation's key messages write them.
func outlookCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "steo", Title: "Short-Term Energy Outlook"}}}
	add := func(id, title, stated, period string, status indicators.Status) {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		p, err := indicators.ParsePeriod(period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", period, err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u,
			Period: p, Measure: indicators.Level, Status: status, Entities: []string{"WLD"},
			Provenance: []indicators.Provenance{{Source: "steo", Quote: stated, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	add("brent", "Brent crude oil price", "$47 per barrel", "2015-08", indicators.Fact)
	add("brent-2015", "Brent crude oil price forecast", "$54 per barrel", "2015", indicators.Projection)
	add("brent-2016", "Brent crude oil price forecast", "$59 per barrel", "2016", indicators.Projection)
	add("funding", "Total funding", "nearly US$ 2.7 billion", "2018", indicators.Estimate)
	add("funding-target", "Funding target", "US$ 5 billion", "2018", indicators.Target)
	add("gain", "Gain", "$2 billion", "2018", indicators.Fact)
	add("gain-2", "Gain", "$3 billion", "2018", indicators.Fact)
	add("gain-3", "Other gain", "more than $4 billion", "2018", indicators.Fact)
	add("vacancies", "Job vacancies", "805,000", "2019-Q4", indicators.Estimate)
	add("hires", "Hires", "600,000", "2019-Q4", indicators.Fact)
	c.Views = []indicators.ChartView{
		{ID: "brent", Title: "Brent crude oil price, $ per barrel", Kind: indicators.Bars, Indicators: []string{"brent", "brent-2015", "brent-2016"}},
		{ID: "funding", Title: "Malaria funding against the target", Kind: indicators.Bars, Indicators: []string{"funding", "funding-target"}},
		{ID: "facts", Title: "Facts", Kind: indicators.Bars, Indicators: []string{"funding", "gain", "gain-3"}},
		{ID: "gains", Title: "Gains", Kind: indicators.Bars, Indicators: []string{"gain", "gain-2"}},
		{ID: "jobs", Title: "Jobs", Kind: indicators.Bars, Indicators: []string{"vacancies", "hires"}},
	}
	return c
}

// TestNativeChartStatus: the book's native charts draw targets, pledges
// and projections apart from reported figures, hatched, with a legend
// that says so; their categories carry the period when the bars' periods
// differ; the value axis stands at the bottom, its ticks without the unit
// on each, which the axis title or the chart's title says once.
func TestNativeChartStatus(t *testing.T) {
	book, parts := writeParts(t, outlookCatalog(t))
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	// The chart data: category, and the column each figure is in.
	hdr := rows[0]
	got := map[string][]string{}
	for _, r := range rows[1:] {
		for c := cdCategory; c < len(r); c++ {
			if r[c] != "" && !textHeader(hdr[c]) {
				// A long name is broken into lines for the chart.
				got[r[cdView-1]] = append(got[r[cdView-1]], strings.ReplaceAll(r[cdCategory-1], "\n", " ")+" → "+hdr[c])
			}
		}
	}
	want := map[string][]string{
		"brent": {
			// The slide's label, in the slide's order, but for the figure
			// its data label shows whole.
			"Brent crude oil price (August 2015) → Value",
			"Brent crude oil price forecast (projection for 2015) → Hatched: not reported",
			"Brent crude oil price forecast (projection for 2016) → Hatched: not reported",
		},
		"funding": {
			"Total funding (nearly US$ 2.7 billion) → Fading: at most",
			"Funding target → Hatched: not reported",
		},
		"facts": {
			"Total funding (nearly US$ 2.7 billion) → Fading: at most",
			"Gain → Value", // its data label shows "$2 billion"
			"Other gain (more than $4 billion) → Dashed: beyond",
		},
		// Two bars alike but for their figures: their IDs tell them apart, as
		// on the slide; the data labels say the figures.
		"gains": {"Gain (gain) → Value", "Gain (gain-2) → Value"},
		"jobs":  {"Job vacancies → Value", "Hires → Value"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("chart data (-want +got):\n%s", diff)
	}

	type chartWant struct {
		series []string // the series' names and fills, legend entries shown
		ticks  string
		// title is the value axis's: the unit, what the figures are and
		// when, as the slide's subtitle says them.
		title   string
		crosses string
	}
	wantCharts := map[string]chartWant{
		// Each status has its colour, as on the slides: a fact blue, a
		// projection vermillion, an estimate green, a target purple. A
		// chart of more than one status, or any but fact, says what
		// each colour is: a series is named for the status of its
		// first bar ("Fact", not "As stated"; "Hatched: a projection",
		// not every commitment), and an empty series names each other
		// status.
		"brent": {[]string{"Fact: 0072B2", "Hatched: a projection, not a reported figure: wdUpDiag D55E00"},
			`"$"#,##0;"−""$"#,##0`, "US$ per barrel; price, August 2015, and projected prices for the years on the bars", "max"},
		// The statuses in their order, fact first, as the slide's key
		// lists them: a status before the one the first series is named
		// for comes first (an estimate's bar before a fact's).
		// The hedges in the document's words, as the slide's key says
		// them (s14-crime's "almost" was called "nearly, up to or less
		// than").
		"funding": {[]string{"Estimate: 009E73", "Fading end: the source says “nearly”; the figure is at most the end shown: fading 009E73 to 8CD3C0", "Hatched: a target, not a reported figure: wdUpDiag BC6F9A"},
			`"US$"#,##0,,,;"−""US$"#,##0,,,`, "US$ billion, 2018 and a target level for 2018", "max"},
		"facts": {[]string{"Fact: 0072B2", "Fading end: the source says “nearly”; the figure is at most the end shown: fading 009E73 to 8CD3C0",
			"Dashed outline (the slide's arrow): the source says “more than”; the figure is beyond the end shown: 0072B2", "Estimate: 009E73"},
			`"US$"#,##0,,,;"−""US$"#,##0,,,`, "US$ billion; 2018; some figures are estimates", "max"},
		"jobs": {[]string{"Fact: 0072B2", "Estimate: 009E73"}, "#,##0", "Number; Q4 2019; some figures are estimates", "max"},
		"gains": {[]string{"Value: 0072B2", "no legend"},
			`"$"#,##0,,,;"−""$"#,##0,,,`, "US$ billion, 2018", "max"},
	}
	seen := 0
	for name, x := range parts {
		if !strings.HasPrefix(name, "xl/charts/chart") {
			continue
		}
		view := ""
		for v := range wantCharts {
			if strings.Contains(x, "&#39;Chart data&#39;!$") && strings.Contains(x, "<a:t>"+html.EscapeString(chartTitle(outlookCatalog(t), v))+"</a:t>") {
				view = v
			}
		}
		if view == "" {
			t.Errorf("%s: a chart of no view", name)
			continue
		}
		seen++
		var g chartWant
		if strings.Contains(x, "<legendEntry>") {
			// LibreOffice and Excel read a legend entry's index differently.
			t.Errorf("chart of view %q deletes a legend entry", view)
		}
		for _, ser := range plotOrder(x) {
			// A series is named by its header, or by the legend's
			// sentence for the column (seriesLegend).
			name := ""
			if ref := regexp.MustCompile(`<tx><strRef><f>&#39;Chart data&#39;!\$([A-Z]+)\$1</f>`).FindStringSubmatch(ser); ref != nil {
				col, _ := excelize.ColumnNameToNumber(ref[1])
				name = hdr[col-1]
			} else if lit := regexp.MustCompile(`<tx><v>([^<]*)</v></tx>`).FindStringSubmatch(ser); lit != nil {
				name = html.UnescapeString(lit[1])
			}
			fill := "none"
			if m := regexp.MustCompile(`<spPr><a:solidFill><a:srgbClr val="(\w+)"`).FindStringSubmatch(ser); m != nil {
				fill = m[1]
			} else if m := regexp.MustCompile(`<spPr><a:pattFill prst="(\w+)"><a:fgClr><a:srgbClr val="(\w+)"`).FindStringSubmatch(ser); m != nil {
				fill = m[1] + " " + m[2]
			} else if m := regexp.MustCompile(`<spPr><a:gradFill[^>]*><a:gsLst><a:gs pos="0"><a:srgbClr val="(\w+)">.*?<a:gs pos="100000"><a:srgbClr val="(\w+)">`).FindStringSubmatch(ser); m != nil {
				fill = "fading " + m[1] + " to " + m[2] // at most its end: fading there
			}
			if fill != "none" {
				g.series = append(g.series, name+": "+fill)
			}
		}
		if strings.Contains(x, `<legendPos val="none">`) || !strings.Contains(x, "<legend>") {
			g.series = append(g.series, "no legend")
		}
		val := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(x)
		if m := regexp.MustCompile(`<numFmt formatCode="([^"]*)"`).FindStringSubmatch(val); m != nil {
			g.ticks = html.UnescapeString(m[1])
		}
		g.title += drawingText(val)
		if m := regexp.MustCompile(`<crosses val="(\w+)">`).FindStringSubmatch(val); m != nil {
			g.crosses = m[1]
		}
		if diff := cmp.Diff(wantCharts[view], g, cmp.AllowUnexported(chartWant{})); diff != "" {
			t.Errorf("chart of view %q (-want +got):\n%s", view, diff)
		}
	}
	if seen != len(wantCharts) {
		t.Errorf("%d charts of the views, want %d", seen, len(wantCharts))
	}
}

// chartTitle returns the title of view id of c.
func chartTitle(c *indicators.Catalog, id string) string {
	v, _ := c.View(id)
	return v.Title
}
