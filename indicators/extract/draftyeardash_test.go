package extract

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWritesYearDash checks which years across two a document writes with
// a hyphen: the form it writes more often, never one whose second part
// reads as a month.
func TestWritesYearDash(t *testing.T) {
	for _, tc := range []struct {
		text string
		y    int
		want bool
	}{
		{"In 2021-22, 5% of energy came from wind.", 2021, true},
		{"In 2021–22, 5% of energy came from wind.", 2021, true},
		{"In 2021/22, 5% of energy came from wind.", 2021, false},
		{"Obesity, 2016/17 school year. In 2016-17 it rose; 2016-17 was high.", 2016, true},
		{"Obesity, 2016/17 school year. In 2016-17 it rose; 2016/17 was high.", 2016, false},
		{"In 2009-10 the survey ran.", 2009, false}, // "2009-10" is October 2009 in a catalog
		{"In 2099-00 the survey ran.", 2099, true},
		{"In 2021-22, 5% of energy came from wind.", 2020, false},
	} {
		if got := writesYearDash(tc.text, tc.y); got != tc.want {
			t.Errorf("writesYearDash(%q, %d) = %v, want %v", tc.text, tc.y, got, tc.want)
		}
	}
}

// TestDraftYearDash drafts a year across two as the document writes it:
// "2021-22" (Dash), "2021/22"; the draft loads and verifies.
func TestDraftYearDash(t *testing.T) {
	for _, tc := range []struct {
		name, text, period string
	}{
		{"hyphen", "Energy Trends\n\nIn 2021-22, 5,000 homes were insulated in Wales.\n", "2021-22"},
		{"slash", "Energy Trends\n\nIn 2021/22, 5,000 homes were insulated in Wales.\n", "2021/22"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, yaml := draftOf(t, indicators.Source{ID: "doc", TextPath: "doc.txt", Text: tc.text})
			for _, ind := range c.Indicators {
				if ind.Stated == "5,000 homes" {
					if got := ind.Period.String(); got != tc.period {
						t.Errorf("period %q, want %q", got, tc.period)
					}
					return
				}
			}
			t.Errorf("5,000 homes not drafted:\n%s", yaml)
		})
	}
}

// TestPeriodSameIgnoresDash checks that Period.Same, the agreement test's
// comparison of periods, ignores only the written form of a year across
// two.
func TestPeriodSameIgnoresDash(t *testing.T) {
	dash := indicators.SplitYear(2016)
	dash.Dash = true
	for _, tc := range []struct {
		a, b indicators.Period
		want bool
	}{
		{dash, indicators.SplitYear(2016), true},
		{dash, indicators.SplitYear(2017), false},
		{dash, indicators.YearPeriod(2016), false},
		{indicators.SplitYear(2016), indicators.FiscalYearAcross(2016), false},
	} {
		if got := tc.a.Same(tc.b); got != tc.want {
			t.Errorf("%v.Same(%v) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// periodMeaning writes p as the draft tables compare it, by what it
// means: a year across two without its written form (Dash), as
// Period.Same compares; "2021-22" and "2021/22" are one year.
func periodMeaning(p indicators.Period) string {
	p.Dash = false
	return p.String()
}
