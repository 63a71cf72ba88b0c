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

// TestHedgedBarAsSlide: a native bar of a figure "under four years"
// keeps its hedge in its data label, "under 4 years" (the Chart data cell
// the label shows), and fades from where the slide's bar fades
// (axis.FadeFrom): from zero, the whole bar, since "under" allows any
// figure below; not over its last quarter alone.
func TestHedgedBarAsSlide(t *testing.T) {
	mk := func(id, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: "Gap " + id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Stock, Period: indicators.YearPeriod(2012), Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{mk("then", "6.8 years"), mk("now", "under four years")},
		Views:      []indicators.ChartView{{ID: "gap", Title: "Gap", Kind: indicators.Bars, Indicators: []string{"then", "now"}}},
	}
	book, parts := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// As a spreadsheet renders the cell's format (render; excelize
	// takes the [=1] section for every value).
	v, _ := f.GetCellValue(SheetChartData, "D3", excelize.Options{RawCellValue: true})
	id, _ := f.GetCellStyle(SheetChartData, "D3")
	st, _ := f.GetStyle(id)
	if st.CustomNumFmt == nil {
		t.Fatalf("Chart data D3 (%q) has no number format", v)
	}
	if x, _ := strconv.ParseFloat(v, 64); render(*st.CustomNumFmt, x) != "under 4 years" {
		t.Errorf("Chart data D3 = %q (format %q), want %q", render(*st.CustomNumFmt, x), *st.CustomNumFmt, "under 4 years")
	}
	var chart string
	for name, x := range parts {
		if strings.HasPrefix(name, "xl/charts/chart") && strings.Contains(x, "gradFill") {
			chart = x
		}
	}
	m := regexp.MustCompile(`<a:gradFill[^>]*><a:gsLst><a:gs pos="0">.*?</a:gs><a:gs pos="(\d+)">`).FindStringSubmatch(chart)
	if m == nil {
		t.Fatalf("no faded bar in the book's charts")
	}
	if m[1] != "0" {
		t.Errorf("faded bar of \"under four years\" fades from %s/100000 of its length, want 0 (the whole bar, as the slide)", m[1])
	}
}

// TestApproxBarLabel: a native bar of a figure the document says is
// "about" one keeps the word in its data label, as the slide's label
// does, though it is drawn as stated (no fading end): s14d-energy's
// "about 60%" of black coal was labelled "60%"; another kind, a mass
// "about 2.5 million tonnes", keeps "about".
func TestApproxBarLabel(t *testing.T) {
	for _, tc := range []struct{ stated, other, want string }{
		{"about 60%", "47%", "about 60%"},
		{"about 2.5 million tonnes", "2.1 million tonnes", "about 2.5 million tonnes"},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tc.stated, err)
		}
		oq, ou, err := indicators.ParseStated(tc.other)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tc.other, err)
		}
		c := &indicators.Catalog{
			Indicators: []indicators.Indicator{
				{ID: "then", Title: "Then", Stated: tc.stated, Quantity: q, Unit: u, Measure: indicators.Stock, Period: indicators.YearPeriod(2000), Status: indicators.Fact},
				{ID: "now", Title: "Now", Stated: tc.other, Quantity: oq, Unit: ou, Measure: indicators.Stock, Period: indicators.YearPeriod(2022), Status: indicators.Fact},
			},
			Views: []indicators.ChartView{{ID: "v", Title: "V", Kind: indicators.Bars, Indicators: []string{"then", "now"}}},
		}
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		v, _ := f.GetCellValue(SheetChartData, "C2", excelize.Options{RawCellValue: true})
		id, _ := f.GetCellStyle(SheetChartData, "C2")
		st, _ := f.GetStyle(id)
		if st.CustomNumFmt == nil {
			t.Fatalf("%s: Chart data C2 (%q) has no number format", tc.stated, v)
		}
		if x, _ := strconv.ParseFloat(v, 64); render(*st.CustomNumFmt, x) != tc.want {
			t.Errorf("Chart data C2 = %q (format %q), want %q", render(*st.CustomNumFmt, x), *st.CustomNumFmt, tc.want)
		}
		f.Close()
	}
}
