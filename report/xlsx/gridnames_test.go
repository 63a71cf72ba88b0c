package xlsx

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestGridNamesAsSlide: the native chart of grouped bars names its
// measures as the slide does, without the words the view's title says
// (wording.Grid.Shortened): "Reception (aged 4-5)", never "Reception
// (aged 4-5), England" under a title that says England (s21o-obesity).
func TestGridNamesAsSlide(t *testing.T) {
	c := &indicators.Catalog{Views: []indicators.ChartView{{ID: "by-year-group", Title: "Obesity and overweight by school year group, England, 2016/17",
		Kind: indicators.Bars, Indicators: []string{"a", "b", "c", "d"}}}}
	for i, f := range []struct{ title, stated string }{
		{"Obesity prevalence, reception (aged 4-5), England", "9.6 per cent"},
		{"Overweight or obese, reception (aged 4-5), England", "22.6 per cent"},
		{"Obesity prevalence, year 6 (aged 10-11), England", "20.0 per cent"},
		{"Overweight or obese, year 6 (aged 10-11), England", "34.2 per cent"},
	} {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: string(rune('a' + i)), Title: f.title, Stated: f.stated, Quantity: q, Unit: u,
			Measure: indicators.Share, Period: indicators.YearPeriod(2016), Entities: []string{"GB-ENG"}})
	}
	f := writtenBook(t, c)
	rows, err := f.GetRows(SheetChartLayout)
	f.Close()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows[1:] {
		if len(r) > 2 && r[2] == axisLabelNote {
			names = append(names, strings.ReplaceAll(r[1], "\n", " "))
		}
	}
	slices.Reverse(names) // written bottom up, as the category axis reads them
	if want := []string{"Reception (aged 4-5)", "Year 6 (aged 10-11)"}; !slices.Equal(names, want) {
		t.Errorf("native chart's measures top down %q, want %q", names, want)
	}
}
