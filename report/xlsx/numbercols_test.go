package xlsx

import (
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// numberCases are the books of TestNumberColumns: the user's case and
// another kind's.
func numberCases(t *testing.T) []struct {
	name  string
	c     *indicators.Catalog
	sheet string
	cols  []int // number columns, 1-based
} {
	// s16g-insolvency: a sum of five counts, "23,872 insolvencies", in a
	// Derived Value column of 14; a series of rates whose Value
	// "113.1 companies per 10,000 companies" passed the cap of 30.
	sum := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: "Company Insolvency Statistics"}}}
	for _, in := range []struct{ id, stated string }{{"cvl", "18,805 insolvencies"}, {"cl", "3,230 insolvencies"}, {"adm", "1,597 insolvencies"}, {"cva", "202 insolvencies"}, {"rec", "38 insolvencies"}} {
		q, u, err := indicators.ParseStated(in.stated)
		if err != nil {
			t.Fatal(err)
		}
		sum.Indicators = append(sum.Indicators, indicators.Indicator{ID: in.id, Title: "Insolvencies of type " + in.id, Stated: in.stated, Quantity: q, Unit: u, Measure: indicators.Flow})
	}
	sum.Derived = []indicators.Derived{{ID: "types-sum-2024", Title: "Sum of the five types", Op: indicators.Sum, Inputs: []string{"cvl", "cl", "adm", "cva", "rec"}}}
	rates := indicatortest.FlowSeries(t, "s16g-insolvency", []string{"113.1@2008/2009", "57.2@2023", "52.4@2024"}, `"company per 10,000 companies"`) // quoted: FlowSeries writes the unit as YAML
	// Another kind: testdata/kinds/migration's rolling years, whose
	// Value column holds "1,234,000 people".
	people := indicatortest.FlowSeries(t, "migration", []string{"1,218,000 people@2022-07/2023-06", "1,326,000 people@2023-01/2023-12"}, "")
	return []struct {
		name  string
		c     *indicators.Catalog
		sheet string
		cols  []int
	}{
		{"s16g-insolvency derived sum", sum, SheetDerived, []int{derCol.value, derCol.low, derCol.high}},
		{"s16g-insolvency rate series", rates, SheetSeries, []int{srValue, srLow, srHigh}},
		{"migration kind series", people, SheetSeries, []int{srValue, srLow, srHigh}},
	}
}

// TestNumberColumns: a column of numbers is as wide as the widest number
// it shows, as its format writes it (a number too wide shows "###"), and
// its header is right-aligned as its numbers are, so that a printed
// number stands under its own header, not the next one's (s16g-research:
// "69%" printed under "Low").
func TestNumberColumns(t *testing.T) {
	for _, tt := range numberCases(t) {
		t.Run(tt.name, func(t *testing.T) {
			f := writtenBook(t, tt.c)
			rows, err := f.GetRows(tt.sheet, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			shown := 0
			for _, col := range tt.cols {
				name, _ := excelize.ColumnNumberToName(col)
				st, err := f.GetCellStyle(tt.sheet, name+"1")
				if err != nil {
					t.Fatal(err)
				}
				style, err := f.GetStyle(st)
				if err != nil {
					t.Fatal(err)
				}
				if style.Alignment == nil || style.Alignment.Horizontal != "right" {
					t.Errorf("%s1 (%s): header not right-aligned", name, rows[0][col-1])
				}
				w, err := f.GetColWidth(tt.sheet, name)
				if err != nil {
					t.Fatal(err)
				}
				for r := 2; r <= len(rows); r++ {
					cell := name + strconv.Itoa(r)
					raw, _ := f.GetCellValue(tt.sheet, cell, excelize.Options{RawCellValue: true})
					if raw == "" {
						continue
					}
					v, err := strconv.ParseFloat(raw, 64)
					if err != nil {
						continue
					}
					id, _ := f.GetCellStyle(tt.sheet, cell)
					s, _ := f.GetStyle(id)
					if s.CustomNumFmt == nil {
						continue
					}
					text := displayText(v, *s.CustomNumFmt)
					if need := wordsNeed(text, false, false, 0); w < need {
						t.Errorf("%s %q: column %s is %.2f wide, want at least %.2f", cell, text, name, w, need)
					}
					shown++
				}
			}
			if shown == 0 {
				t.Fatalf("no number cell in columns %v of %s: the test checks nothing", tt.cols, tt.sheet)
			}
		})
	}
}

// TestIndicatorsNumberHeaders: the Indicators sheet's Value, Low and High
// headers are right-aligned as their numbers are, for the user's counts
// (s16g-insolvency) and another kind's ranges (usjapan2015).
func TestIndicatorsNumberHeaders(t *testing.T) {
	for _, c := range []*indicators.Catalog{numberCases(t)[0].c, usjapan2015.Catalog()} {
		f := writtenBook(t, c)
		for _, i := range []int{ixValue, columnIndex("Low"), columnIndex("High")} {
			cell, _ := excelize.CoordinatesToCellName(i+1, 1)
			id, err := f.GetCellStyle(SheetIndicators, cell)
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(id)
			if err != nil {
				t.Fatal(err)
			}
			if st.Alignment == nil || st.Alignment.Horizontal != "right" {
				t.Errorf("%s: Indicators %s (%s) header not right-aligned", c.Sources[0].Title, cell, Header[i])
			}
		}
	}
}

// TestDerivedEmptyNumbersHidden: a number column of the Derived sheet that
// no figure fills is hidden, and prints as nothing: Low and High stood
// empty beside exact figures (s16g-insolvency) and widened the printed
// sheet (s16g-research). A catalog with a derived range (usjapan2015:
// "2.76 to 2.85 times") shows its Low and High.
func TestDerivedEmptyNumbersHidden(t *testing.T) {
	tests := []struct {
		name    string
		c       *indicators.Catalog
		visible map[string]bool // Value, Low, High
	}{
		{"s16g-insolvency, an exact sum", numberCases(t)[0].c, map[string]bool{"D": true, "E": false, "F": false}},
		{"usjapan2015, a ratio range", usjapan2015.Catalog(), map[string]bool{"E": true, "F": true}},
	}
	for _, tt := range tests {
		f := writtenBook(t, tt.c)
		for col, want := range tt.visible {
			got, err := f.GetColVisible(SheetDerived, col)
			if err != nil {
				t.Fatal(err)
			}
			if got != want {
				t.Errorf("%s: Derived column %s visible %v, want %v", tt.name, col, got, want)
			}
		}
	}
}

// TestSeriesEmptyNumbersHidden: the Series sheet's Low and High are hidden
// when no point is a range (s16g-insolvency's rates, whose empty Low and
// High pushed Unit onto the next printed band) and shown when one is (the
// stock series of conflictCatalog: "$2.9 trillion to $3 trillion").
func TestSeriesEmptyNumbersHidden(t *testing.T) {
	tests := []struct {
		name    string
		c       *indicators.Catalog
		visible bool
	}{
		{"s16g-insolvency, points", numberCases(t)[1].c, false},
		{"trade and stock series, a range", conflictCatalog(t), true},
	}
	for _, tt := range tests {
		f := writtenBook(t, tt.c)
		for _, col := range []int{srLow, srHigh} {
			name, _ := excelize.ColumnNumberToName(col)
			got, err := f.GetColVisible(SheetSeries, name)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.visible {
				t.Errorf("%s: Series column %s visible %v, want %v", tt.name, name, got, tt.visible)
			}
		}
	}
}
