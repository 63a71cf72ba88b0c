package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestHeadlineBlockSaysCard: the book's headline figure reads as the
// slide's card: the view's title over the figure, then what it is, then
// its sort and time (wording.CardLine), not the bare period.
func TestHeadlineBlockSaysCard(t *testing.T) {
	c := outlookCatalog(t)
	c.Views = []indicators.ChartView{{ID: "head", Title: "Brent price next year", Kind: indicators.Headline, Indicators: []string{"brent-2016"}}}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetCharts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows {
		if len(r) > 0 && r[0] != "" {
			got = append(got, r[0])
		}
	}
	for len(got) > 0 && !strings.HasPrefix(got[0], "head · ") {
		got = got[1:] // the sheet's heading and intro
	}
	if len(got) > 0 {
		got = got[1:] // the view's heading: its ID and source
	}
	// Then the year before's figure, as the PNG's card writes it
	// (wording.Previous; TestHeadlineBlockPrevious).
	want := []string{"Brent price next year", "$59 per barrel", "Brent crude oil price forecast", "Projected price for 2016", "$54 per barrel in 2015"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headline block (-want +got):\n%s", diff)
	}
}

// TestHeadlineBlockPrevious: the book's headline card gives the
// document's comparison the PNG's card gives, the figure of the period
// before (s17i-courts: "62,994 cases in Q3 2022" under 62,440 cases in
// Q4 2022; TestHeadlineBlockSaysCard has another kind's year before).
func TestHeadlineBlockPrevious(t *testing.T) {
	c := indicatortest.FlowSeries(t, "courts", []string{"62,994@2022-Q3", "62,440@2022-Q4"}, "case")
	c.Views = append(c.Views, indicators.ChartView{ID: "head", Title: "Crown Court outstanding caseload", Kind: indicators.Headline, Indicators: []string{"p1"}})
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetCharts)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		found = found || len(r) > 0 && r[0] == "62,994 cases in Q3 2022"
	}
	if !found {
		t.Errorf("Charts sheet lacks \"62,994 cases in Q3 2022\": %q", rows)
	}
}
