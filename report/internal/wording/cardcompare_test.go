package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardComparison: a headline card shows the comparison the document
// states for its figure, or none, never two that disagree (s20n-gambling:
// "Down 5 per cent on Q4 2010" under a release headed "Gaming machine
// spend lifts", whose sentence compares the quarter with a year earlier).
func TestCardComparison(t *testing.T) {
	text := "The first quarter spend ($205.1 million) has been up on the previous year's first quarter ($199.9 million). " +
		"The take was 5 per cent down from $215.8 million in the fourth quarter of 2010 to $205.1 million."
	span := func(q string, nth int) indicators.Span {
		at := -1
		for range nth + 1 {
			at += 1 + strings.Index(text[at+1:], q)
		}
		return indicators.Span{Start: at, End: at + len(q)}
	}
	nzd, err := indicators.ParseUnit("NZD")
	if err != nil {
		t.Fatal(err)
	}
	pct, _ := indicators.ParseUnit("percent")
	q1, _ := indicators.ParsePeriod("2011-Q1")
	q4, _ := indicators.ParsePeriod("2010-Q4")
	q1y, _ := indicators.ParsePeriod("2010-Q1")
	fig := func(id, quote string, nth int, p indicators.Period) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: "Spend", Unit: nzd, Measure: indicators.Flow, Period: p,
			Provenance: []indicators.Provenance{{Source: "s", Quote: quote, Span: span(quote, nth)}}}
	}
	change := fig("change", "5 per cent down", 0, q1)
	change.Title, change.Unit, change.Measure, change.Base = "Change in spend", pct, indicators.Change, q4
	tests := []struct {
		name           string
		inds           []indicators.Indicator
		prev, changeID string
	}{
		{"the figure's own sentence compares with a year earlier; the quarter's change goes",
			[]indicators.Indicator{fig("now", "($205.1 million)", 0, q1), fig("year", "($199.9 million)", 0, q1y), fig("q4", "$215.8 million", 0, q4), change},
			"year", ""},
		{"quoted in the change's sentence: the change and its base's figure",
			[]indicators.Indicator{fig("now", "$205.1 million.", 0, q1), fig("year", "($199.9 million)", 0, q1y), fig("q4", "$215.8 million", 0, q4), change},
			"q4", "change"},
		{"no comparison stated in the sentence, no change: the period before",
			[]indicators.Indicator{fig("now", "($205.1 million)", 0, q1), fig("q4", "$215.8 million", 0, q4)},
			"q4", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Text: text}}, Indicators: tt.inds}
			prev, ch := CardComparison(c, &c.Indicators[0])
			id := func(ind *indicators.Indicator) string {
				if ind == nil {
					return ""
				}
				return ind.ID
			}
			if id(prev) != tt.prev || id(ch) != tt.changeID {
				t.Errorf("CardComparison = %q, %q, want %q, %q", id(prev), id(ch), tt.prev, tt.changeID)
			}
		})
	}
}

// TestBasePhraseYearTo: a change between two days a year apart is said
// over the year to the later (s20n-population: "Up 624,000 people compared
// with 30 June 2022" for "grew by 624,000 people over the year to June
// 2023"); a claim line still says both ends.
func TestBasePhraseYearTo(t *testing.T) {
	p, _ := indicators.ParsePeriod("2023-06-30")
	b, _ := indicators.ParsePeriod("2022-06-30")
	b2, _ := indicators.ParsePeriod("2021-06-30")
	if got, want := BasePhrase("", b, p, false), "in the year to 30 June 2023"; got != want {
		t.Errorf("BasePhrase(%v, %v) = %q, want %q", b, p, got, want)
	}
	if got, want := BasePhrase("", b2, p, false), "compared with 30 June 2021"; got != want {
		t.Errorf("BasePhrase(%v, %v) = %q, want %q", b2, p, got, want)
	}
	if got, _ := PeriodAndBase("", b, p, false); got != "from 30 June 2022 to 30 June 2023" {
		t.Errorf("PeriodAndBase(%v, %v) = %q, want %q", b, p, got, "from 30 June 2022 to 30 June 2023")
	}
}
