package xlsx

import (
	"bytes"
	"encoding/csv"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestOneIntervalBook: the book reads the one rule of a figure's ends
// (indicators.Indicator.Interval, HedgeEnds's) as the JSON and the CSVs
// do, for the table of report/testdata/hedges (whole numbers, fractions,
// proportions in words, a target): a native bar fades from the low end
// the CSV writes ("nearly 2¾%" from 2.5, where the digits alone,
// Quantity.IntervalFor, said 2.74), and the Derived sheet's note says
// the Low and High beside it, as derived.csv writes them ("from 46,000
// households to 57,000 households", where it said "from 40,000 … to
// 60,000" beside a Low of 46,000).
func TestOneIntervalBook(t *testing.T) {
	c, err := indicators.Load("../testdata/hedges/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var cs bytes.Buffer
	if err := indicators.WriteCSV(&cs, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	low := map[string]string{}
	for _, r := range rows[1:] {
		low[r[0]] = r[4]
	}
	b := &book{c: c}
	for _, id := range []string{"hh-nearly", "hh-upto", "infl-nearly", "vote-words", "own"} {
		it, _, err := b.chartItem(id, false, false, false, false, false, false)
		if err != nil {
			t.Fatalf("chartItem(%q): %v", id, err)
		}
		want := math.Inf(-1) // "Less than 27%": no low end
		if low[id] != "" {
			want, _ = strconv.ParseFloat(low[id], 64)
		}
		if it.fadeLo != want && math.Abs(it.fadeLo-want) > 1e-9 {
			t.Errorf("%s: the native bar fades from %v, want %v, the CSV's Low", id, it.fadeLo, want)
		}
	}

	var dc bytes.Buffer
	if err := indicators.WriteDerivedCSV(&dc, c); err != nil {
		t.Fatal(err)
	}
	drows, err := csv.NewReader(&dc).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := func(name string) int {
		for i, h := range drows[0] {
			if h == name {
				return i
			}
		}
		t.Fatalf("derived.csv has no %s", name)
		return -1
	}
	dlo, dhi := drows[1][col("Low")], drows[1][col("High")]
	if dlo != "46000" || dhi != "57000" {
		t.Errorf("derived.csv Low, High = %s, %s, want 46000, 57000 (55,000 − 8,350 to 65,000 − 8,250, outwards)", dlo, dhi)
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	e2, _ := f.GetCellValue(SheetDerived, "E2", excelize.Options{RawCellValue: true})
	f2, _ := f.GetCellValue(SheetDerived, "F2", excelize.Options{RawCellValue: true})
	if e2 != dlo || f2 != dhi {
		t.Errorf("Derived Low, High = %s, %s, want derived.csv's %s, %s", e2, f2, dlo, dhi)
	}
	note, _ := f.GetCellValue(SheetDerived, "M2")
	if want := "from 46,000 households to 57,000 households"; !strings.Contains(note, want) {
		t.Errorf("Derived note = %q, want it to say %q, its Low and High", note, want)
	}
}
