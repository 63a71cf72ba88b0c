package xlsx

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// electionsDerived is s19m-elections' Derived sheet: four countries'
// shares of UK Parliamentary registrations and local government less
// Parliamentary registrations, with long titles and formulas.
func electionsDerived(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	add := func(id, title, stated string) {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u,
			Measure: indicators.Stock, Period: indicators.YearPeriod(2021), Status: indicators.Fact})
	}
	add("uk-parl-2021", "UK Parliamentary electoral registrations", "46,560,452 registrations")
	add("uk-lg-2021", "UK local government electoral registrations", "48,844,292 registrations")
	for _, p := range []struct{ id, place, stated string }{
		{"eng", "England", "38,889,429 registrations"}, {"wls", "Wales", "2,307,877 registrations"},
		{"sct", "Scotland", "4,028,717 registrations"}, {"nir", "Northern Ireland", "1,334,429 registrations"},
	} {
		add(p.id+"-parl-2021", "Parliamentary electoral registrations, "+p.place, p.stated)
		c.Derived = append(c.Derived, indicators.Derived{ID: p.id + "-parl-share", Title: p.place + "'s share of UK Parliamentary electoral registrations",
			Op: indicators.ShareOf, Inputs: []string{p.id + "-parl-2021", "uk-parl-2021"}})
	}
	c.Derived = append(c.Derived, indicators.Derived{ID: "uk-lg-over-parl", Title: "Local government less Parliamentary electoral registrations, UK",
		Op: indicators.Difference, Inputs: []string{"uk-lg-2021", "uk-parl-2021"}})
	return c
}

// TestSmallTablesOnePageWide: a small table (smallTableRows or fewer)
// prints one page wide, its wrapped columns narrowed down to its longest
// word, at a scale of 60% or more (smallOnePage), where it printed two
// pages wide at 75%: s19m-elections' Derived sheet (titles on one page,
// periods and status on the next), crime's Derived sheet and culture's
// Series sheet (its chart under the table, chartUnderTable).
func TestSmallTablesOnePageWide(t *testing.T) {
	load := func(kind string) *indicators.Catalog {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name  string
		c     *indicators.Catalog
		sheet string
	}{
		{"s19m-elections", electionsDerived(t), SheetDerived},
		{"crime", load("crime"), SheetDerived},
		{"culture", load("culture"), SheetSeries},
	}
	for _, tt := range tests {
		book, _ := writeParts(t, tt.c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		pl, err := f.GetPageLayout(tt.sheet)
		if err != nil {
			t.Fatal(err)
		}
		if pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: %s prints %v pages wide, want 1", tt.name, tt.sheet, *pl.FitToWidth)
		}
		var w []float64
		cols, _ := f.GetCols(tt.sheet)
		for i := range cols {
			n, _ := excelize.ColumnNumberToName(i + 1)
			x, _ := f.GetColWidth(tt.sheet, n)
			if v, _ := f.GetColVisible(tt.sheet, n); !v {
				x = 0
			}
			w = append(w, x)
		}
		if n := pagesWideAt(w, nil, minSmallPrintScale); n != 1 {
			t.Errorf("%s: %s's columns %v print %d pages wide at %g", tt.name, tt.sheet, w, n, minSmallPrintScale)
		}
		f.Close()
	}
}
