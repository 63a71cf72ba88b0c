package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesChartNotesUnderIt: the notes of a series chart's points go
// in a cell under the native chart, a note a line, never in its title,
// where six notes squeezed the plot into a sixth of the chart (s23q-food);
// the chart gives up the rows they take.
func TestSeriesChartNotesUnderIt(t *testing.T) {
	for _, n := range []int{0, 1, 6} {
		c := withViews(t, "series")
		var want []string
		for i := range c.Indicators {
			if c.Indicators[i].Series != "trade" || i >= n {
				continue
			}
			note := fmt.Sprintf("Estimate %d of the trade figures, revised since the first release of the series", i)
			c.Indicators[i].Notes = []indicators.Note{{Text: note}}
			want = append(want, note)
		}
		book, parts := writeParts(t, c)
		for name, x := range parts {
			if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, "<c:title>") {
				title := regexp.MustCompile(`(?s)<c:title>.*?</c:title>`).FindString(x)
				if strings.Contains(title, "Note:") {
					t.Errorf("%d notes: %s's title holds notes: %s", n, name, title)
				}
			}
		}
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(SheetCharts)
		var got string
		for _, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], "Note: ") {
				got = r[0]
			}
		}
		f.Close()
		for _, w := range want {
			if !strings.Contains(got, w) {
				t.Errorf("%d notes: the notes cell under the chart = %q, want it to hold %q", n, got, w)
			}
		}
		if n == 0 && got != "" {
			t.Errorf("no notes: a notes cell %q", got)
		}
	}
}

// TestChartViewNotes: a bar or series view's notes print in a cell under
// its native chart, as under the slide's plot (s24s-stopsearch and
// s24s-flytipping: the view's notes were in no cell of the book;
// s26w-taxgap: a series view's were dropped), save a note the chart's
// subtitle says already.
func TestChartViewNotes(t *testing.T) {
	tests := []struct {
		kind  string
		notes []string
		want  string
	}{
		{"bars", []string{"Not directly comparable with Scottish stop and search data."}, "Note: Not directly comparable with Scottish stop and search data."},
		{"bars", nil, ""},
		{"series", []string{"Estimates; uncertain and subject to revision."}, "Note: Estimates; uncertain and subject to revision."},
		{"series", nil, ""},
	}
	for _, tt := range tests {
		c := withViews(t, tt.kind)
		c.Views[len(c.Views)-1].Notes = tt.notes
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(SheetCharts)
		f.Close()
		got := ""
		for _, r := range rows {
			if len(r) > 0 && strings.HasPrefix(r[0], "Note: ") {
				got = r[0]
			}
		}
		if got != tt.want {
			t.Errorf("%s notes %q: the notes cell under the chart = %q, want %q", tt.kind, tt.notes, got, tt.want)
		}
	}
}
