package xlsx

import (
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestStoredValues: a value cell holds the number a formula should use
// (a percent as a fraction, a fall below zero, percentage points as
// points) and shows what the book showed before; a derived share over
// those names computes the model's figure.
func TestStoredValues(t *testing.T) {
	point := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Period: indicators.YearPeriod(2013)}
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		// s17j-ports: "decreased … by 11.0%", =SEA_PASSENGERS gave +11.
		indicatortest.Change(t, "sea-passengers", "11.0%", indicators.Down),
		// s17j-benefits: a share, =SHARE*TOTAL was 100 times too large.
		point("share", "75%"),
		point("total", "$2,000"),
		// Another kind: a fall of a count and a rise in points.
		indicatortest.Change(t, "arrivals", "4,900 arrivals", indicators.Down),
		indicatortest.Change(t, "one-arrival", "1 arrival", indicators.Down),
		indicatortest.Change(t, "rate", "0.3 percentage points", indicators.Up),
		indicatortest.Change(t, "exports", "1.5 percent", indicators.Up),
	}}
	f := writtenBook(t, c)
	for _, tc := range []struct {
		name, raw, shown string
	}{
		{"SEA_PASSENGERS", "-0.11", "down 11.0%"},
		{"SHARE", "0.75", "75%"},
		{"TOTAL", "2000", "$2,000"},
		{"ARRIVALS", "-4900", "down 4,900 arrivals"},
		{"ONE_ARRIVAL", "-1", "down 1 arrival"},
		{"RATE", "0.3", "up 0.3 percentage points"}, // as the Unit cell says (s28y-gpappts)
		{"EXPORTS", "0.015", "up 1.5%"},
	} {
		cell := ""
		for _, n := range f.GetDefinedName() {
			if n.Name == tc.name {
				cell = n.RefersTo[strings.LastIndex(n.RefersTo, "!")+1:]
			}
		}
		if cell == "" {
			t.Errorf("no defined name %s", tc.name)
			continue
		}
		cell = stripDollars(cell)
		raw, err := f.GetCellValue(SheetIndicators, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		shown, _ := f.GetCellValue(SheetIndicators, cell)
		if raw != tc.raw || shown != tc.shown {
			t.Errorf("%s (%s) holds %q shown %q, want %q shown %q", tc.name, cell, raw, shown, tc.raw, tc.shown)
		}
	}
}

// stripDollars returns cell reference r without its "$" signs.
func stripDollars(r string) string {
	out := make([]byte, 0, len(r))
	for i := 0; i < len(r); i++ {
		if r[i] != '$' {
			out = append(out, r[i])
		}
	}
	return string(out)
}

// TestStoredFormulas: the formulas of the book's own read the names back
// into the model's figures.
func TestStoredFormulas(t *testing.T) {
	for _, tc := range []struct {
		name          string
		percent, fall bool
		want, negated string
	}{
		{"SEA_PASSENGERS", true, true, "(-100*SEA_PASSENGERS)", "100*SEA_PASSENGERS"},
		{"SHARE", true, false, "(100*SHARE)", "-(100*SHARE)"},
		{"ARRIVALS", false, true, "(-ARRIVALS)", "ARRIVALS"},
		{"TOTAL", false, false, "TOTAL", "-TOTAL"},
	} {
		got := modelExpr(tc.name, tc.percent, tc.fall)
		if got != tc.want || negate(got) != tc.negated {
			t.Errorf("modelExpr(%q, %v, %v) = %q negated %q, want %q negated %q", tc.name, tc.percent, tc.fall, got, negate(got), tc.want, tc.negated)
		}
	}
	pct := indicators.PercentUnit
	for _, tc := range []struct {
		f    string
		u    indicators.Unit
		want string
	}{
		{"100*(100*A)/B", pct, "(100*A)/B"},
		{"ROUND(100*A/B,1)", pct, "(ROUND(100*A/B,1))/100"},
		{"(100*A)-(100*B)", indicators.PercentagePointUnit, "(100*A)-(100*B)"},
		{"A+B", pct, "(A+B)/100"},
		{"100*(-A)/B", pct, "(-A)/B"},
		{"100*A-B", pct, "(100*A-B)/100"},
	} {
		if got := storedFormula(tc.f, tc.u, indicators.NoScale); got != tc.want {
			t.Errorf("storedFormula(%q, %v) = %q, want %q", tc.f, tc.u, got, tc.want)
		}
	}
}
