package xlsx

import (
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestStoredFallZeroAndRange: a fall is said "down" whatever its size, a
// fall of 0 too (review18 item 8: "0%" down showed "up 0%", the Cover
// "down 0%"); and a fall's range is held with its larger drop in _LOW, so
// that NAME_LOW ≤ NAME_HIGH (review18 item 13: "26 to 28 percent" down
// held -0.26 in _LOW and -0.28 in _HIGH). A percent and a count, each
// beside a rise that keeps its order.
func TestStoredFallZeroAndRange(t *testing.T) {
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		indicatortest.Change(t, "costs", "0%", indicators.Down),
		indicatortest.Change(t, "arrivals", "0 arrivals", indicators.Down),
		indicatortest.Change(t, "exports", "26 to 28 percent", indicators.Down),
		indicatortest.Change(t, "visits", "100 to 200 visits", indicators.Down),
		indicatortest.Change(t, "sales", "3 to 5 percent", indicators.Up),
	}}
	f := writtenBook(t, c)
	refs := map[string]string{}
	for _, n := range f.GetDefinedName() {
		refs[n.Name] = stripDollars(n.RefersTo[strings.LastIndex(n.RefersTo, "!")+1:])
	}
	for _, tc := range []struct {
		name, raw, shown string
	}{
		{"COSTS", "0", "down 0%"},
		{"ARRIVALS", "0", "down 0 arrivals"},
		{"EXPORTS_LOW", "-0.28", "down 28%"},
		{"EXPORTS_HIGH", "-0.26", "down 26%"},
		{"VISITS_LOW", "-200", "down 200 visits"},
		{"VISITS_HIGH", "-100", "down 100 visits"},
		{"SALES_LOW", "0.03", "up 3%"},
		{"SALES_HIGH", "0.05", "up 5%"},
	} {
		cell := refs[tc.name]
		if cell == "" {
			t.Errorf("no defined name %s", tc.name)
			continue
		}
		raw, err := f.GetCellValue(SheetIndicators, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		shown, _ := f.GetCellValue(SheetIndicators, cell)
		style, _ := f.GetCellStyle(SheetIndicators, cell)
		st, _ := f.GetStyle(style)
		format := ""
		if st != nil && st.CustomNumFmt != nil {
			format = *st.CustomNumFmt
		}
		v, _ := strconv.ParseFloat(raw, 64)
		if v == 0 {
			// excelize renders 0 by the positive section whatever the
			// format's third (zero) section says; Excel and LibreOffice
			// show the zero section, as displayText does.
			shown = tc.shown
		}
		if raw != tc.raw || shown != tc.shown || displayText(v, format) != tc.shown {
			t.Errorf("%s (%s) holds %q shown %q (displayText %q of %q), want %q shown %q", tc.name, cell, raw, shown, displayText(v, format), format, tc.raw, tc.shown)
		}
	}
	// The book's own formulas read a fall's range back into the model's
	// ends, low to high: 26 from _HIGH, 28 from _LOW.
	b := &book{c: c}
	for _, tc := range []struct{ id, lo, hi string }{
		{"exports", "(-100*EXPORTS_HIGH)", "(-100*EXPORTS_LOW)"},
		{"visits", "(-VISITS_HIGH)", "(-VISITS_LOW)"},
		{"sales", "(100*SALES_LOW)", "(100*SALES_HIGH)"},
	} {
		lo, hi, _, err := b.ends(tc.id)
		if err != nil || lo != tc.lo || hi != tc.hi {
			t.Errorf("ends(%q) = %q, %q, %v, want %q, %q", tc.id, lo, hi, err, tc.lo, tc.hi)
		}
	}
}
