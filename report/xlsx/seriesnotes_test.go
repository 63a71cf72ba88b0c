package xlsx

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesNotesContextSource checks that the book's notes under a
// series chart name a context note's source as the slide's do
// (wording.NoteSaid), by its short name and year, never by the catalog's
// ID, which no reader knows.
func TestSeriesNotesContextSource(t *testing.T) {
	c, err := indicators.Load("../../testdata/kinds/foi/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	at := slices.IndexFunc(c.Views, func(v indicators.ChartView) bool { return len(v.Series) > 0 })
	if at < 0 {
		t.Fatal("the catalog has no series view")
	}
	v := &c.Views[at]
	point := slices.IndexFunc(c.Indicators, func(ind indicators.Indicator) bool { return ind.Series == v.Series[0] })
	if point < 0 {
		t.Fatalf("series %q has no point", v.Series[0])
	}
	src := c.Sources[0]
	c.Indicators[point].Notes = append(c.Indicators[point].Notes, indicators.Note{Text: "Recalculated in a later report.", Context: true, Source: src.ID})
	got := strings.Join(seriesNotes(c, v), "\n")
	if want := "(source: " + src.ShortName() + ")"; !strings.Contains(got, want) {
		t.Errorf("seriesNotes = %q, want the source named %q, not by its ID %q", got, want, src.ID)
	}
}
