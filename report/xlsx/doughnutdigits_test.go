package xlsx

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestDoughnutLabelsAsStated: a native doughnut labels each slice in its
// own cell's format (sourceLinked), so that a slice says its figure as
// the Chart data cell and the slide beside it do: the digits the document
// gave ("47.9%", "52.1%"), never rounder ("48%"), and a derived bound's
// words in the symbol style of the slide, "less than 0.1%", where the
// first slice's format labelled it "0.1%" (s16g-insolvency); a derived
// share at the digits its figure is said to ("78.92%" of exact counts,
// inside its ends 78.92 to 78.93).
func TestDoughnutLabelsAsStated(t *testing.T) {
	stated := func(s string) *indicators.Catalog {
		share := indicatortest.Change(t, "low-carbon", s, indicators.NoDirection)
		share.Measure = indicators.Share
		return &indicators.Catalog{
			Indicators: []indicators.Indicator{share},
			Views:      []indicators.ChartView{{ID: "mix", Kind: indicators.PartOfWhole, Indicators: []string{"low-carbon"}}},
		}
	}
	// s16g-insolvency: the five types' shares of 23,872 insolvencies,
	// derived; receiverships, 3 of them, are "less than 0.1 percent".
	insolvency := &indicators.Catalog{}
	var shares []string
	for _, in := range []struct{ id, stated string }{{"total", "23,872 insolvencies"}, {"cvl", "18,840 insolvencies"}, {"cl", "3,230 insolvencies"}, {"adm", "1,597 insolvencies"}, {"cva", "202 insolvencies"}, {"rec", "3 insolvencies"}} {
		q, u, err := indicators.ParseStated(in.stated)
		if err != nil {
			t.Fatal(err)
		}
		insolvency.Indicators = append(insolvency.Indicators, indicators.Indicator{ID: in.id, Title: "Insolvencies " + in.id, Stated: in.stated, Quantity: q, Unit: u, Measure: indicators.Flow, Period: indicators.YearPeriod(2024)})
		if in.id != "total" {
			insolvency.Derived = append(insolvency.Derived, indicators.Derived{ID: in.id + "-share", Title: "Share " + in.id, Op: indicators.ShareOf, Inputs: []string{in.id, "total"}})
			shares = append(shares, in.id+"-share")
		}
	}
	insolvency.Views = []indicators.ChartView{{ID: "by-type", Kind: indicators.PartOfWhole, Indicators: shares}}
	for _, tc := range []struct {
		name string
		c    *indicators.Catalog
		want []string // the slices' cells as shown, in order
		last string   // the last slice's name ends so, where not ""
	}{
		{"47.9%", stated("47.9%"), []string{"47.9%", "52.1%"}, ""},
		{"47.95 percent", stated("47.95 percent"), []string{"47.95%", "52.05%"}, ""},
		{"48%", stated("48%"), []string{"48%", "52%"}, ""},
		{"s16g-insolvency derived shares", insolvency, []string{"78.92%", "13.53%", "6.69%", "0.85%", "less than 0.1%"}, "(less than 0.1%)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			book, parts := writeParts(t, tc.c)
			var xml string
			for name, p := range parts {
				if strings.HasPrefix(name, "xl/charts/") && strings.Contains(p, "<doughnutChart>") {
					xml = p
				}
			}
			m := regexp.MustCompile(`<dLbls>(?:<dLbl>.*?</dLbl>)*<numFmt formatCode="[^"]*" sourceLinked="([^"]*)"`).FindStringSubmatch(xml)
			if m == nil || m[1] != "true" && m[1] != "1" {
				t.Fatalf("doughnut's data labels not in their cells' formats: %v\n%s", m, xml)
			}
			ref := regexp.MustCompile(`<val><numRef><f>'Chart data'!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)</f>`).FindStringSubmatch(strings.ReplaceAll(xml, "&#39;", "'"))
			if ref == nil {
				t.Fatalf("no values in the doughnut:\n%s", xml)
			}
			f, err := excelize.OpenReader(strings.NewReader(string(book)))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			first, _ := strconv.Atoi(ref[2])
			last, _ := strconv.Atoi(ref[3])
			for r := first; r <= last; r++ {
				v, _ := f.GetCellValue(SheetChartData, ref[1]+strconv.Itoa(r))
				got = append(got, v)
			}
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("doughnut slices shown %q, want %q", got, tc.want)
			}
			// A derived figure's words are the slide's, in one symbol
			// style: "(less than 0.1%)", not "(less than 0.1 percent)".
			if name, _ := f.GetCellValue(SheetChartData, "B"+strconv.Itoa(last)); tc.last != "" && !strings.HasSuffix(name, tc.last) {
				t.Errorf("last slice named %q, want it to end %q", name, tc.last)
			}
		})
	}
}
