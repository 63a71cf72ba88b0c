package xlsx

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// diseaseCatalog is s19m-disease's kind of catalog: each infection's
// diagnoses in 2024 and 2023 and the change between them, no headline
// view.
func diseaseCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	level := func(id, title, stated string, year int) {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u,
			Measure: indicators.Flow, Period: indicators.YearPeriod(year), Status: indicators.Fact})
	}
	change := func(id, title, stated string, way indicators.Direction) {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		q.Direction = way
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u,
			Measure: indicators.Change, Period: indicators.YearPeriod(2024), Base: indicators.YearPeriod(2023), Status: indicators.Fact})
	}
	level("sti-2024", "New STI diagnoses", "364,750 diagnoses", 2024)
	level("sti-2023", "New STI diagnoses", "399,947 diagnoses", 2023)
	change("sti-change", "Change in new STI diagnoses", "8.8%", indicators.Down)
	level("gon-2024", "Gonorrhoea diagnoses", "71,802 diagnoses", 2024)
	change("gon-change", "Change in gonorrhoea diagnoses", "15.9%", indicators.Down)
	level("gon-2023", "Gonorrhoea diagnoses", "85,370 diagnoses", 2023)
	return c
}

// TestCoverLatestPeriod: without a headline view, the Cover's headline
// figures are the latest period's and their changes, each row saying
// its time after its title (latestFigures): s19m-disease listed every
// figure in catalog order, its 2023 comparators among them, and ", 2024"
// after the levels' titles but not the changes'; business lists its
// 2014 figures. The title has room under it (titleGap).
func TestCoverLatestPeriod(t *testing.T) {
	business, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", "business", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name       string
		c          *indicators.Catalog
		want, none []string // Cover cells, exactly
	}{
		{"s19m-disease", diseaseCatalog(t), []string{"364,750 diagnoses", "New STI diagnoses, 2024", "down 8.8%", "Change in new STI diagnoses, from 2023 to 2024",
			"The figures of the latest period, 2024, and their changes; 2 other figures on the Indicators sheet."}, []string{"399,947 diagnoses", "85,370 diagnoses"}},
		{"business", business, nil, nil},
	}
	for _, tt := range tests {
		b := &book{c: tt.c}
		list, kind := b.headlines()
		if kind != latestPeriod {
			t.Errorf("%s: headlines are %d, want the latest period's", tt.name, kind)
		}
		var period indicators.Period
		for i, e := range list {
			if i == 0 {
				period = e.ind.Period
			}
			if !e.ind.Period.Same(period) {
				t.Errorf("%s: %s of %s listed beside %s", tt.name, e.ind.ID, e.ind.Period.Label(), period.Label())
			}
			if !strings.Contains(e.title, period.Label()) {
				t.Errorf("%s: %q | %q does not say %s after its title", tt.name, e.fig, e.title, period.Label())
			}
		}
		var buf bytes.Buffer
		if err := Write(&buf, tt.c, nil); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		checkCoverCells(t, f, tt.want, tt.none)
		if h, _ := f.GetRowHeight(SheetCover, 1); h < titleLine+titleGap {
			t.Errorf("%s: the Cover's title row is %g high, want %g or more", tt.name, h, titleLine+titleGap)
		}
		f.Close()
	}
}
