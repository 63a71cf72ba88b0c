package xlsx

import (
	"bytes"
	"strconv"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestRestHedge: the rest of a whole beside its hedged share says the
// hedge the share leaves it: the embedded fact sheet's "nearly 30
// percent" of world GDP leaves "more than 70%" to the rest (nearly is
// strict, review19 item 10), where the book's doughnut said "nearly
// 70%", which it is not; energy's exact 32%
// leaves a plain "68%", as the slide's key writes a rest. The fact sheet
// and a kind; then the rule for each hedge.
func TestRestHedge(t *testing.T) {
	energy, err := indicators.Load("../../testdata/kinds/energy/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, view, want string
		c                *indicators.Catalog
	}{
		{"usjapan2015", "share-of-global-gdp", "more than 70%", usjapan2015.Catalog()},
		{"energy", "renewables-waffle", "68%", energy},
	} {
		var buf bytes.Buffer
		if err := Write(&buf, tc.c, nil); err != nil {
			t.Fatal(err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		rows, _ := f.GetRows(SheetChartData, excelize.Options{RawCellValue: true})
		var got string
		for i, r := range rows {
			if len(r) > cdCategory && r[0] == tc.view {
				// The view's last row is its rest; its figure the last
				// number in it (the Unit column is words).
				last := len(r)
				for last > 0 {
					if _, err := strconv.ParseFloat(r[last-1], 64); err == nil && !textHeader(rows[0][last-1]) {
						break
					}
					last--
				}
				cell, _ := excelize.CoordinatesToCellName(last, i+1)
				id, _ := f.GetCellStyle(SheetChartData, cell)
				st, _ := f.GetStyle(id)
				v, _ := strconv.ParseFloat(r[last-1], 64)
				got = render(*st.CustomNumFmt, v)
			}
		}
		if got != tc.want {
			t.Errorf("%s: the rest of %s reads %q, want %q", tc.name, tc.view, got, tc.want)
		}
		f.Close()
	}
	for _, tc := range []struct {
		q    []indicators.Qualifier
		want string
	}{
		{[]indicators.Qualifier{indicators.Nearly}, `"more than "#,##0%`},
		{[]indicators.Qualifier{indicators.UpTo}, `"at least "#,##0%`},
		{[]indicators.Qualifier{indicators.LessThan}, `"more than "#,##0%`},
		{[]indicators.Qualifier{indicators.MoreThan}, `"less than "#,##0%`},
		{[]indicators.Qualifier{indicators.AtLeast}, `"up to "#,##0%`},
		{[]indicators.Qualifier{indicators.Approx}, `"about "#,##0%`},
		{[]indicators.Qualifier{indicators.Exact, indicators.Nearly}, `"more than "#,##0%`},
		{[]indicators.Qualifier{indicators.Nearly, indicators.UpTo}, `"more than "#,##0%`},
		{[]indicators.Qualifier{indicators.Nearly, indicators.MoreThan}, `"about "#,##0%`},
		{[]indicators.Qualifier{indicators.Exact, indicators.Exact}, `#,##0%`},
	} {
		var items []chartItem
		for _, q := range tc.q {
			it := chartItem{fmt: `#,##0%`, fig: "30%"}
			if w := q.Word(); q != indicators.Exact {
				it.fmt, it.fig = leadSections(it.fmt, quote(w+" ")), w+" 30%"
			}
			it.bar.Q.Qualifier = q
			items = append(items, it)
		}
		if got := restFormat(items); got != tc.want {
			t.Errorf("restFormat(%v) = %s, want %s", tc.q, got, tc.want)
		}
	}
}
