package xlsx

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestPartsWholeSubtitle: the book's doughnut of parts says what they
// are percentages of, as the slide's waffle does (chart
// TestPartsWholeSubtitle): from what the parts' titles share
// (s18k-children: "Percent" alone under the referral outcomes), and from
// each part's own "share of" where it says one (testdata/kinds/research).
func TestPartsWholeSubtitle(t *testing.T) {
	type part struct{ id, title, stated string }
	tests := []struct {
		name, view, period string
		parts              []part
		want               string
	}{
		{"s18k-children referral outcomes", "Outcome of referrals to social services, Northern Ireland, 2014/15", "2014/15", []part{
			{"met", "Referred children whose needs were met at referral", "26%"},
			{"further", "Referred children allocated for further action (assessment or service)", "69%"},
		}, "Percent of referred children"},
		{"research's industries", "Shares of business R&D expenditure by industry, 2006/07", "2006/07", []part{
			{"manufacturing", "Manufacturing share of business R&D expenditure", "65%"},
			{"mining", "Mining share of business R&D expenditure", "12%"},
		}, "Percent of business R&D expenditure"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{Sources: []indicators.Source{{ID: "src", Title: "Statistics"}}}
		p, err := indicators.ParsePeriod(tt.period)
		if err != nil {
			t.Fatal(err)
		}
		v := indicators.ChartView{ID: "parts", Title: tt.view, Kind: indicators.PartOfWhole}
		for _, pt := range tt.parts {
			q, u, err := indicators.ParseStated(pt.stated)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", pt.stated, err)
			}
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: pt.id, Title: pt.title, Stated: pt.stated, Quantity: q, Unit: u,
				Period: p, Measure: indicators.Share, Status: indicators.Fact,
				Provenance: []indicators.Provenance{{Source: "src", Quote: pt.stated, Span: indicators.Span{Start: -1, End: -1}}}})
			v.Indicators = append(v.Indicators, pt.id)
		}
		c.Views = []indicators.ChartView{v}
		_, files := writeParts(t, c)
		chart := html.UnescapeString(files["xl/charts/chart1.xml"])
		if !strings.Contains(chart, ">"+tt.want+"<") {
			t.Errorf("%s: chart1.xml has no subtitle %q: %q", tt.name, tt.want, regexp.MustCompile(`<a:t>[^<]*</a:t>`).FindAllString(chart, -1))
		}
	}
}
