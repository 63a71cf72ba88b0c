package xlsx

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesChartsPrintWhole prints the books of catalogs with series
// with LibreOffice and checks that every printed page of the Series sheet
// holds rows of its table (a point's ID) or a whole chart (a series'
// title, in its legend, or its series view's, in its title): a chart past the column break of a sheet printed
// several pages wide put its last few pixels, an empty sliver of its
// frame, on a page of its own (s16h-poverty's book, pages 14 and 16 of
// 16; seriesChartRoom).
func TestSeriesChartsPrintWhole(t *testing.T) {
	clients(t)
	for _, path := range []string{
		filepath.Join("testdata", "s16h-poverty", "catalog.yaml"),
		filepath.Join("..", "..", "testdata", "kinds", "births", "catalog.yaml"),
		filepath.Join("..", "..", "testdata", "kinds", "deaths", "catalog.yaml"),
	} {
		c, err := indicators.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("%s: Write: %v", path, err)
		}
		name := filepath.Base(filepath.Dir(path))
		pages := pdfPages(t, name, buf.Bytes())
		series := 0
		for i, p := range pages {
			if p.sheet != SheetSeries {
				continue
			}
			series++
			text := strings.Join(strings.Fields(p.text), " ")
			whole := false
			for k := range c.Indicators {
				whole = whole || c.Indicators[k].Series != "" && strings.Contains(text, c.Indicators[k].ID)
			}
			for _, sr := range c.Series {
				whole = whole || strings.Contains(text, strings.Join(strings.Fields(sr.Title), " "))
			}
			// A chart of one series view's series is titled by the view
			// and draws no key (writeSeries): its title says it is there.
			for _, v := range c.Views {
				whole = whole || v.Kind == indicators.SeriesKind && strings.Contains(text, strings.Join(strings.Fields(v.Title), " "))
			}
			if !whole {
				t.Errorf("%s: page %d of the Series sheet holds no row and no whole chart:\n%s", name, i+1, p.text)
			}
		}
		if series == 0 {
			t.Errorf("%s: no printed page of the Series sheet", name)
		}
	}
}
