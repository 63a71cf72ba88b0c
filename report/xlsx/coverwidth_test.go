package xlsx

import (
	"bytes"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/xuri/excelize/v2"
)

// TestCoverKeepsPageWidth: a change whose figure with its period and
// base would widen column A past what leaves column B its width ("up 3.6
// pence per litre from March 2019 to April 2019", s12b-energystats) is
// listed by its figure alone, its period and base after its title, and
// the Cover keeps A and B within one page's width: the document's title
// was cut and the Cover printed over four pages.
func TestCoverKeepsPageWidth(t *testing.T) {
	c := usjapan2015.Catalog()
	ind := &c.Indicators[0]
	q, u, err := indicators.ParseStated("3.6 pence per litre")
	if err != nil {
		t.Fatal(err)
	}
	q.Direction = indicators.Up
	ind.Title, ind.Stated, ind.Quantity, ind.Unit, ind.Measure = "Petrol pump price", "3.6 pence per litre", q, u, indicators.Change
	if ind.Period, err = indicators.ParsePeriod("2019-04"); err != nil {
		t.Fatal(err)
	}
	if ind.Base, err = indicators.ParsePeriod("2019-03"); err != nil {
		t.Fatal(err)
	}
	ind.Provenance[0].Quote = "Petrol prices up 3.6 pence per litre on month"
	ind.Entities = nil // no place: the title of this test is of no U.S.-Japan figure (coverTitle would add one)
	full := coverFigure(ind)
	if w := figureWidth(full); w <= coverWidth-coverWidthB || w > coverMaxA {
		t.Fatalf("coverFigure(%q) = %q is %v wide; want one between %v and %v, for this test", ind.Title, full, w, coverWidth-coverWidthB, coverMaxA)
	}
	fig, title := coverRow(ind)
	const wantTitle = "Petrol pump price, from March 2019 to April 2019"
	if fig == full || title != wantTitle {
		t.Errorf("coverRow(%q) = %q, %q, want the figure without its base and title %q", ind.Title, fig, title, wantTitle)
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	a, _ := f.GetColWidth(SheetCover, "A")
	b, _ := f.GetColWidth(SheetCover, "B")
	if b < coverWidthB {
		t.Errorf("Cover columns A, B = %v, %v wide, want B %v wide, A giving up none of it", a, b, float64(coverWidthB))
	}
}
