package xlsx

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestChartDataFractions: the book has one storage rule for a percent
// (storedPercent): the Chart data sheet holds it as the fraction the
// Indicators sheet holds, 12% as 0.12, a point's cell the bare defined
// name ("=SMOKERS", never "=(100*SMOKERS)") and the same value; its
// format is Excel's percent (`#,##0%`, never `#,##0"%"`), so the
// source-linked data labels read "12%", and so do the value axis's
// ticks, whose ends are fractions. A doughnut's rest is 1 less the parts,
// held without binary noise (0.68, not 0.6799999999999999). Two kinds:
// smoking's bars of shares, energy's fuels and a share and its rest.
func TestChartDataFractions(t *testing.T) {
	for _, tc := range []struct {
		kind  string
		views []string // views of percents only, each to be checked
	}{
		{"smoking", []string{"by-country", "by-group", "quitting-vaping"}},
		{"energy", []string{"mix-2022", "renewables", "renewables-waffle", "coal-over-time"}},
	} {
		t.Run(tc.kind, func(t *testing.T) {
			c, err := indicators.Load("../../testdata/kinds/" + tc.kind + "/catalog.yaml")
			if err != nil {
				t.Fatal(err)
			}
			book, parts := writeParts(t, c)
			f, err := excelize.OpenReader(bytes.NewReader(book))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			// The value each defined name refers to, as its cell holds it.
			named := map[string]float64{}
			for _, dn := range f.GetDefinedName() {
				sheet, cell, ok := strings.Cut(strings.ReplaceAll(dn.RefersTo, "$", ""), "!")
				if !ok || strings.Contains(cell, ":") {
					continue
				}
				v, _ := f.GetCellValue(strings.Trim(sheet, "'"), cell, excelize.Options{RawCellValue: true})
				if x, err := strconv.ParseFloat(v, 64); err == nil {
					named[dn.Name] = x
				}
			}
			rows, err := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
			if err != nil {
				t.Fatal(err)
			}
			checked := map[string]int{}
			bare := regexp.MustCompile(`^[A-Z_][A-Z0-9_.]*$`)
			for i, r := range rows[1:] {
				if len(r) == 0 || !contains(tc.views, r[0]) {
					continue
				}
				for col := cdCategory + 1; col <= len(r); col++ {
					if r[col-1] == "" || textHeader(rows[0][col-1]) {
						continue
					}
					cell, _ := excelize.CoordinatesToCellName(col, i+2)
					formula, _ := f.GetCellFormula(SheetChartData, cell)
					v, _ := strconv.ParseFloat(r[col-1], 64)
					id, _ := f.GetCellStyle(SheetChartData, cell)
					st, _ := f.GetStyle(id)
					format := ""
					if st.CustomNumFmt != nil {
						format = *st.CustomNumFmt
					}
					if strings.Contains(formula, "100") || strings.Contains(format, `"%"`) || !strings.Contains(format, "%") {
						t.Errorf("%s %s (%s): formula %q, format %q: want a fraction and Excel's percent", r[0], cell, r[1], formula, format)
					}
					if v != 0 && (v < -1.5 || v > 1.5) || strconv.FormatFloat(v, 'g', -1, 64) != strconv.FormatFloat(v, 'g', 12, 64) {
						t.Errorf("%s %s (%s) holds %v: want the fraction, as the Indicators sheet holds it", r[0], cell, r[1], v)
					}
					if bare.MatchString(formula) {
						if want, ok := named[formula]; !ok || want != v {
							t.Errorf("%s %s = %v, want %v, as its name %s holds it", r[0], cell, v, want, formula)
						}
					}
					if shown := render(format, v); !strings.HasSuffix(shown, "%") {
						t.Errorf("%s %s shows %q, want a percent", r[0], cell, shown)
					}
					checked[r[0]]++
				}
			}
			for _, v := range tc.views {
				if checked[v] == 0 {
					t.Errorf("view %s: no chart data checked", v)
				}
			}
			// Every value axis of a bar chart of these views: Excel's
			// percent over fractions. A chart is its view's by the Chart
			// data row its values start at.
			first := regexp.MustCompile(`<val><numRef><f>&#39;Chart data&#39;![$][A-Z]+[$](\d+)`)
			for name, xml := range parts {
				m := first.FindStringSubmatch(xml)
				if !strings.HasPrefix(name, "xl/charts/chart") || m == nil {
					continue
				}
				row, _ := strconv.Atoi(m[1])
				if row > len(rows) || !contains(tc.views, rows[row-1][0]) {
					continue
				}
				ax := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindString(xml)
				if ax == "" {
					continue // a doughnut
				}
				code := regexp.MustCompile(`formatCode="([^"]*)"`).FindStringSubmatch(ax)
				hi := regexp.MustCompile(`<max val="([^"]*)"`).FindStringSubmatch(ax)
				if code == nil || strings.Contains(code[1], "&#34;%&#34;") || !strings.Contains(code[1], "%") {
					t.Errorf("%s (%s): value axis format %q, want Excel's percent", name, rows[row-1][0], code)
				}
				if hi == nil {
					t.Errorf("%s (%s): value axis has no end", name, rows[row-1][0])
				} else if x, _ := strconv.ParseFloat(hi[1], 64); x > 1.5 {
					t.Errorf("%s (%s): value axis ends at %v, want a fraction", name, rows[row-1][0], x)
				}
				checked["axis"]++
			}
			if checked["axis"] == 0 {
				t.Error("no value axis checked")
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
