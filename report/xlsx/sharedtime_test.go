package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSharedTimeSaidOnce: the native chart names bars as the slide does
// (report/chart): bars that share a period and base leave it to the value
// axis's title, which says it once; only the bar of another says its own.
func TestSharedTimeSaidOnce(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk := func(id, title, stated, p, base string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, indicators.Up)
		ind.Title, ind.Period, ind.Base, ind.Status = title, period(p), period(base), indicators.Fact
		return ind
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		mk("owed", "Households owed a duty", "4.4%", "2022-Q3", "2021-Q3"),
		mk("relief", "Households owed a relief duty", "2.9%", "2022-Q3", "2021-Q3"),
		mk("main", "Households owed a main duty", "18.1%", "2022-Q3", "2021-Q3"),
		mk("ta", "Households in temporary accommodation", "3.9%", "2022-09-30", "2021-09-30"),
	}}
	c.Views = []indicators.ChartView{{ID: "v", Title: "Change on a year earlier", Kind: indicators.Bars, Indicators: []string{"owed", "relief", "main", "ta"}}}
	book, parts := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		if len(r) > cdCategory-1 && r[cdCategory-1] != "" {
			got = append(got, strings.ReplaceAll(r[cdCategory-1], "\n", " ")) // as wrapped to the chart

		}
	}
	want := []string{
		"Households owed a duty",
		"Households owed a relief duty",
		"Households owed a main duty",
		"Households in temporary accommodation (30 September 2022, compared with 30 September 2021)",
	}
	if !cmp.Equal(got, want) {
		t.Errorf("Chart data categories = %q, want %q", got, want)
	}
	const sub = "Percent change from Q3 2021 to Q3 2022"
	found := false
	for name, x := range parts {
		found = found || strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, sub)
	}
	if !found {
		t.Errorf("no native chart says %q", sub)
	}
}

// TestBaseAloneNative: changes to one year from bases of their own (the
// fire release's on the previous year, on 5 and on 10 years earlier) are
// named in the native chart as on the slide: each by its base alone, the
// year they share said once by the value axis's title.
func TestBaseAloneNative(t *testing.T) {
	period := func(s string) indicators.Period {
		p, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	mk := func(id, title, stated, base string) indicators.Indicator {
		ind := indicatortest.Change(t, id, stated, indicators.Up)
		ind.Title, ind.Period, ind.Base, ind.Status = title, period("2023-10/2024-09"), period(base), indicators.Fact
		return ind
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		mk("y1", "Change in incidents on the previous year", "1.0%", "2022-10/2023-09"),
		mk("y5", "Change in incidents on 5 years ago", "7.6%", "2018-10/2019-09"),
		mk("y10", "Change in incidents on 10 years ago", "18%", "2013-10/2014-09"),
	}}
	c.Views = []indicators.ChartView{{ID: "v", Title: "Changes in incidents", Kind: indicators.Bars, Indicators: []string{"y1", "y5", "y10"}}}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range rows[1:] {
		if len(r) > cdCategory-1 && r[cdCategory-1] != "" {
			got = append(got, strings.ReplaceAll(r[cdCategory-1], "\n", " "))
		}
	}
	want := []string{
		"Change in incidents on the previous year (compared with year ending September 2023)", // the bases one way (s20n-gambling)
		"Change in incidents on 5 years ago (compared with year ending September 2019)",
		"Change in incidents on 10 years ago (compared with year ending September 2014)",
	}
	if !cmp.Equal(got, want) {
		t.Errorf("Chart data categories = %q, want %q", got, want)
	}
}
