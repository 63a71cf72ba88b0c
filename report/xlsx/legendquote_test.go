package xlsx

import (
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// sectorCatalog is s19m-industry's sector view: the same two changes for
// a "Modern" and a "Traditional" sector, named with straight quotes.
func sectorCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Share, Period: indicators.YearPeriod(2018)}
	}
	inds := []indicators.Indicator{
		mk("modern-mom", `Production in the "Modern" sector, change on previous month`, "2.6%"),
		mk("modern-yoy", `Production in the "Modern" sector, change on same month a year earlier`, "2.8%"),
		mk("trad-mom", `Production in the "Traditional" sector, change on previous month`, "7.0%"),
		mk("trad-yoy", `Production in the "Traditional" sector, change on same month a year earlier`, "12.5%"),
	}
	return &indicators.Catalog{Indicators: inds, Views: []indicators.ChartView{{ID: "sector-changes", Title: "Production by sector, October 2018",
		Kind: indicators.Bars, Indicators: []string{"modern-mom", "modern-yoy", "trad-mom", "trad-yoy"}}}}
}

// literalNames returns the literal series names of every chart part of
// parts, in part order.
func literalSeriesNames(parts map[string]string) []string {
	var keys []string
	for k := range parts {
		if strings.HasPrefix(k, "xl/charts/chart") {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	re := regexp.MustCompile(`<tx><v>([^<]*)</v></tx>`)
	var names []string
	for _, k := range keys {
		for _, m := range re.FindAllStringSubmatch(parts[k], -1) {
			names = append(names, m[1])
		}
	}
	return names
}

// TestLegendQuotes: a series name holding a straight double quote is
// written with typographic quotes, which no client reads as the end of
// the name (s19m-industry: LibreOffice's legend read "Production in the"
// twice); a name without one is written as it is (defence's groups).
func TestLegendQuotes(t *testing.T) {
	defence, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "defence", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		c    *indicators.Catalog
		want []string // substrings some literal name holds
	}{
		{"s19m-industry sectors", sectorCatalog(t), []string{"“Modern”", "“Traditional”"}},
		{"defence", defence, []string{"UK Regular Armed Forces", "Future Reserves 2020"}},
	}
	for _, tt := range tests {
		_, parts := writeParts(t, tt.c)
		names := literalSeriesNames(parts)
		if len(names) == 0 {
			t.Errorf("%s: no literal series name", tt.name)
		}
		for _, n := range names {
			if strings.Contains(n, "&#34;") || strings.Contains(n, "&quot;") {
				t.Errorf("%s: series name %q holds a straight quote", tt.name, n)
			}
		}
		all := strings.Join(names, "\n")
		for _, w := range tt.want {
			if !strings.Contains(all, w) {
				t.Errorf("%s: no series name holds %q: %q", tt.name, w, names)
			}
		}
	}
	if got, want := curlyQuotes(`the "Modern" sector ("core")`), `the “Modern” sector (“core”)`; got != want {
		t.Errorf("curlyQuotes = %q, want %q", got, want)
	}
}

// TestLibreOfficeLegendQuotes prints s19m-industry's sector chart with
// LibreOffice: its legend reads each sector's name whole.
func TestLibreOfficeLegendQuotes(t *testing.T) {
	clients(t)
	book, _ := writeParts(t, sectorCatalog(t))
	var text string
	for _, p := range pdfPages(t, "legendquotes", book) {
		if p.sheet == SheetCharts {
			text += strings.Join(strings.Fields(p.text), " ") + " "
		}
	}
	for _, want := range []string{"“Modern” sector", "“Traditional” sector"} {
		if !strings.Contains(text, want) {
			t.Errorf("the printed legend does not say %q:\n%s", want, text)
		}
	}
}
