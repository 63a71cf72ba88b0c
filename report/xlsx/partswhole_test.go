package xlsx

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

// TestPartsWholeSubtitle: the book's doughnut of parts says what they
// are percentages of, as the slide's waffle does (chart
// TestPartsWholeSubtitle): from what the parts' titles share
// (s18k-children: "Percent" alone under the referral outcomes), and from
// each part's own "share of" where it says one (testdata/kinds/research),
// said once, by the view's title where it names the whole already
// ("Percent" under "Shares of business R&D expenditure by industry",
// s36g-aid).
func TestPartsWholeSubtitle(t *testing.T) {
	tests := []struct {
		name, view, period string
		parts              []sharePart
		want               string
	}{
		{"s18k-children referral outcomes", "Outcome of referrals to social services, Northern Ireland, 2014/15", "2014/15", []sharePart{
			{"met", "Referred children whose needs were met at referral", "26%"},
			{"further", "Referred children allocated for further action (assessment or service)", "69%"},
		}, "Percent of referred children"},
		{"research's industries", "Shares of business R&D expenditure by industry, 2006/07", "2006/07", []sharePart{
			{"manufacturing", "Manufacturing share of business R&D expenditure", "65%"},
			{"mining", "Mining share of business R&D expenditure", "12%"},
		}, "Percent"},
	}
	for _, tt := range tests {
		c := partsCatalog(t, tt.view, tt.period, tt.parts)
		_, files := writeParts(t, c)
		chart := html.UnescapeString(files["xl/charts/chart1.xml"])
		if !strings.Contains(chart, ">"+tt.want+"<") {
			t.Errorf("%s: chart1.xml has no subtitle %q: %q", tt.name, tt.want, regexp.MustCompile(`<a:t>[^<]*</a:t>`).FindAllString(chart, -1))
		}
	}
}
