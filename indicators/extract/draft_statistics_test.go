package extract

import (
	"bytes"
	"strings"
	"testing"
)

// wagesText is a national statistical office's monthly release of a
// dollar country in words of its own (drafts23, the kinds of Statistics
// Canada's Labour Force Survey, May 2022): a bare "$" of hourly and weekly
// wages, a change "to" the level reached, a count and a signed percentage
// in parentheses after a change noun, and states in place of the country.
// Its title names a survey of no organisations, the Labour Force Survey's
// like, so its figures are a sample's estimates (status44).
const wagesText = "Wage and Hours Survey, August 2024\n" +
	"Released: 2024-09-12\n" +
	"Average hourly earnings rose 4.1% (+$1.62 to $41.05) on a year-over-year basis.\n" +
	"Average weekly wages increased by $38 to $1,846 in August.\n" +
	"Employment fell by 22,000 (-0.2%) in August, led by part-time losses (-31,000; -1.9%).\n" +
	"Employment in the services sector rose by 15,000 (+0.1%), mainly due to an increase in health care (+12,000; +0.7%).\n" +
	"Exports of wool were worth US$45 million in August.\n" +
	"Employment grew in Queensland and Tasmania and was little changed in all other states.\n"

var statisticsCases = []draftCase{
	{name: "statistics: a bare \"$\" of a dollar country's office is its own dollar; \"hourly\" is per hour",
		text: wagesText, stated: "$1.62", title: "Year-over-year change in average hourly earnings", entities: "AU", measure: "change", status: "estimate", period: "2024-08", direction: "up", unit: "AUD per hour"},
	{name: "statistics: a figure \"to\" after a change is the level reached, titled by the subject",
		text: wagesText, stated: "$41.05", title: "Average hourly earnings", entities: "AU", measure: "level", status: "estimate", period: "2024-08", unit: "AUD per hour"},
	{name: "statistics: \"weekly wages\" are per week; the change of a plural subject keeps its title",
		text: wagesText, stated: "$38", title: "Change in average weekly wages", entities: "AU", measure: "change", status: "estimate", period: "2024-08", direction: "up", unit: "AUD per week"},
	{name: "statistics: the level of \"average weekly wages\" is one wage",
		text: wagesText, stated: "$1,846", title: "Average weekly wage", entities: "AU", measure: "level", status: "estimate", period: "2024-08", unit: "AUD per week"},
	{name: "statistics: a negative count after \"part-time losses\" is the change in part-time employment, counting persons (written unsigned, down, by unsignCount)",
		text: wagesText, stated: "-31,000", title: "Change in part-time employment", entities: "AU", measure: "change", status: "estimate", period: "2024-08", unit: "person"},
	{name: "statistics: the signed percentage beside it is the percent change of the same subject",
		text: wagesText, stated: "-1.9%", title: "Percent change in part-time employment", entities: "AU", measure: "change", status: "estimate", period: "2024-08", unit: "percent"},
	{name: "statistics: \"an increase in health care\" names what changed of the sentence's subject",
		text: wagesText, stated: "12,000", title: "Change in health care employment", entities: "AU", measure: "change", status: "estimate", period: "2024-08", direction: "up", unit: "person"},
	{name: "statistics: a \"+\" percentage beside the count is its percent change",
		text: wagesText, stated: "0.7%", title: "Percent change in health care employment", entities: "AU", measure: "change", status: "estimate", period: "2024-08", direction: "up", unit: "percent"},
	{name: "statistics: \"US$\" stays the U.S. dollar in a dollar country's release",
		text: wagesText, stated: "US$45 million", period: "2024-08", unit: "USD"},
}

func TestDraftStatisticsCases(t *testing.T) {
	runDraftCases(t, statisticsCases)
}

// TestDraftStatisticsWritten: the catalog a draft writes holds the
// negative count of a pair unsigned, with direction down and the unit of
// its subject, and the bare "$" of hourly wages as the office's dollar per
// hour.
func TestDraftStatisticsWritten(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteDraft(&buf, DraftSource{ID: "wages", TextPath: "wages.txt", Text: wagesText}); err != nil {
		t.Fatal(err)
	}
	blocks := strings.Split(buf.String(), "\n  - id: ")
	tests := []struct {
		id   string
		want []string
	}{
		{"change-in-part-time-employment-2024-08", []string{"\n    stated: 31,000\n", "\n    direction: down", "\n    unit: person", "\n    measure: change"}},
		{"percent-change-in-part-time-employment-2024-08", []string{"\n    stated: -1.9%\n", "\n    measure: change"}},
		{"average-hourly-earnings-2024-08", []string{"\n    stated: $41.05\n", "\n    unit: AUD per hour", "\n    measure: level"}},
	}
	for _, tc := range tests {
		var block string
		for _, b := range blocks {
			if strings.HasPrefix(b, tc.id+"\n") {
				block = b
			}
		}
		if block == "" {
			t.Errorf("WriteDraft(wagesText) has no indicator %q", tc.id)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(block, w) {
				t.Errorf("WriteDraft(wagesText) indicator %q = %q, want it to hold %q", tc.id, block, w)
			}
		}
	}
}
