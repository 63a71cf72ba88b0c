package xlsx

import (
	"bytes"
	"iter"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestWriteSeqOneRateWording checks that the rows WriteSeq streams read
// the catalog's one wording of a rate base, chosen over the held
// indicators and the streamed ones alike: its Indicators sheet is the
// sheet Write makes of them all in one catalog. The held figure says "per
// 100,000 population", three streamed ones "per 100,000 people" or the
// bare base, so the streamed rows' wording wins and the held row takes it.
func TestWriteSeqOneRateWording(t *testing.T) {
	rate := func(id, unit, stated string) indicators.Indicator {
		u, err := indicators.ParseUnit(unit)
		if err != nil {
			t.Fatal(err)
		}
		q, _, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return indicators.Indicator{ID: id, Title: "Alcohol-specific death rate " + id, Stated: stated, Quantity: q, Unit: u,
			Measure: indicators.Level, Period: indicators.YearPeriod(2018), Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: stated, Span: indicators.Span{Start: -1, End: -1}}}}
	}
	head := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Deaths"}},
		Indicators: []indicators.Indicator{rate("a", "death per 100,000 population", "20.8")}}
	streamed := []indicators.Indicator{rate("b", "death per 100,000 people", "11.6"), rate("c", "death per 100,000 people", "10.4"), rate("d", "death per 100,000", "9.9")}
	var more iter.Seq[*indicators.Indicator] = func(yield func(*indicators.Indicator) bool) {
		for i := range streamed {
			if !yield(&streamed[i]) {
				return
			}
		}
	}
	all := *head
	all.Indicators = append(all.Indicators[:1:1], streamed...)

	rows := func(write func(*bytes.Buffer) error) [][]string {
		var buf bytes.Buffer
		if err := write(&buf); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(&buf)
		if err != nil {
			t.Fatal(err)
		}
		r, err := f.GetRows(SheetIndicators)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	got := rows(func(w *bytes.Buffer) error { return WriteSeq(w, head, more, nil) })
	want := rows(func(w *bytes.Buffer) error { return Write(w, &all, nil) })
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WriteSeq's Indicators sheet differs from Write's of the same indicators (-Write +WriteSeq):\n%s", diff)
	}
	unit := columnIndex("Unit")
	for _, r := range got[1:] {
		if w := "deaths per 100,000 people"; r[unit] != w {
			t.Errorf("row %s: unit %q, want %q", r[0], r[unit], w)
		}
	}
	if head.Indicators[0].Unit.Per != "100,000 population" || streamed[2].Unit.Per != "100,000" {
		t.Errorf("WriteSeq changed its caller's indicators: %q, %q", head.Indicators[0].Unit.Per, streamed[2].Unit.Per)
	}
}
