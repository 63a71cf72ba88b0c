package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
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
	want := []string{"Brent price next year", "$59 per barrel", "Brent crude oil price forecast", "Projected price for 2016"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headline block (-want +got):\n%s", diff)
	}
}
