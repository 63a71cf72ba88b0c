package xlsx

import (
	"bytes"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/xuri/excelize/v2"
)

// TestCoverRowLongBase: a change whose figure with its period and base
// is too long for a line of column A is listed as every other headline
// figure is, linked and on one line, its period and base after its
// title (s11b-transport: "up 2% in April 2018–March 2019 on April
// 2017–March 2018" was bold text, its title the link, a blank line
// under it).
func TestCoverRowLongBase(t *testing.T) {
	c := usjapan2015.Catalog()
	listAll(c) // the Cover lists every figure of a catalog of no headline view
	ind := &c.Indicators[0]
	q, u, err := indicators.ParseStated("2%")
	if err != nil {
		t.Fatal(err)
	}
	q.Direction = indicators.Up
	ind.Title, ind.Stated, ind.Quantity, ind.Unit, ind.Measure = "Change in total freight tonnage, rolling year, on the year before", "2%", q, u, indicators.Change
	if ind.Period, err = indicators.ParsePeriod("2018-04/2019-03"); err != nil {
		t.Fatal(err)
	}
	if ind.Base, err = indicators.ParsePeriod("2017-04/2018-03"); err != nil {
		t.Fatal(err)
	}
	ind.Provenance[0].Quote = "2%"
	ind.Entities = nil // no place: the title of this test is of no U.S.-Japan figure (coverTitle would add one)
	fig, title := coverRow(ind)
	const wantFig, wantTitle = "up 2%", "Change in total freight tonnage, rolling year, on the year before, from year ending March 2018 to year ending March 2019"
	if fig != wantFig || title != wantTitle {
		t.Errorf("coverRow(%q) = %q, %q, want %q, %q", ind.Title, fig, title, wantFig, wantTitle)
	}
	if full := coverFigure(ind); figureWidth(full) <= coverMaxA {
		t.Fatalf("coverFigure(%q) = %q fits a line of column A; want one that does not, for this test", ind.Title, full)
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cell := cellOf(t, f, SheetCover, wantFig)
	if ok, _, _ := f.GetCellHyperLink(SheetCover, cell); !ok {
		t.Errorf("Cover!%s (%q) is no link, want a link to its row as every headline figure", cell, wantFig)
	}
	// As tall as its title's lines, no more: no blank line under it.
	b, _ := f.GetColWidth(SheetCover, "B")
	_, r, _ := excelize.CellNameToCoordinates(cell)
	if h, n := mustRowHeight(t, f, r), lines(wantTitle, b, false); h > float64(n*lineHeight) {
		t.Errorf("Cover row %d (%q) is %v points tall, want %d lines of its title", r, wantFig, h, n)
	}
}

func mustRowHeight(t *testing.T, f *excelize.File, r int) float64 {
	t.Helper()
	h, err := f.GetRowHeight(SheetCover, r)
	if err != nil {
		t.Fatal(err)
	}
	return h
}
