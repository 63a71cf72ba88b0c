package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDatedNotesUnnamed: a note that names its bars by their period (every
// bar of that period carries it) is said as written, never after every
// bar's label (s19m-industry: three lines of "… and …: October 2018
// figures are provisional"); a note of some bars of one period still names
// them (s15-deaths' kind); notes of some bars are led by them one way,
// and a note another opens is said once, by the longer.
func TestDatedNotesUnnamed(t *testing.T) {
	for _, c := range []struct {
		name  string
		figs  []fig
		notes [][]string
		want  []string
	}{
		{"s19m-industry", []fig{
			{id: "a", title: "Manufacturing production", stated: "109.2", period: "2018-09", measure: indicators.Level},
			{id: "b", title: "Manufacturing production", stated: "109.0", period: "2018-10", measure: indicators.Level},
			{id: "c", title: "Manufacturing turnover", stated: "108.0", period: "2018-10", measure: indicators.Level},
		}, [][]string{{"September 2018 figures are final."}, {"October 2018 figures are provisional."}, {"October 2018 figures are provisional."}},
			[]string{"September 2018 figures are final.", "October 2018 figures are provisional."}},
		{"a note of some bars of one year names them", []fig{
			{id: "m", title: "Drug poisoning mortality rate, males", stated: "10.1", period: "2011", measure: indicators.Level},
			{id: "f", title: "Drug poisoning mortality rate, females", stated: "4.2", period: "2011", measure: indicators.Level},
			{id: "p", title: "Drug poisoning mortality rate, persons", stated: "7.1", period: "2011", measure: indicators.Level},
		}, [][]string{{"Unchanged compared with 2010."}, {"Unchanged compared with 2010."}, nil},
			[]string{"Drug poisoning mortality rate, males and Drug poisoning mortality rate, females — Unchanged compared with 2010."}},
		// s32c-postal: beside a note led by its bar, one that names its
		// year itself is led too, each tied to its bar one way.
		{"s32c-postal", []fig{
			{id: "a", title: "Average items in one kilogramme", stated: "12.21", period: "2010", measure: indicators.Level},
			{id: "b", title: "Average items in one kilogramme", stated: "10.88", period: "2013", measure: indicators.Level},
		}, [][]string{{"A fall in items per kilogramme means heavier items."}, {"The release says today; read as 2013."}},
			[]string{"2010 — A fall in items per kilogramme means heavier items.", "2013 — The release says today; read as 2013."}},
		// s32c-taxis: a note another opens is said by the longer, once,
		// of both bars, never a near copy under each.
		{"s32c-taxis", []fig{
			{id: "a", title: "Taxi drivers holding All London licences", stated: "19,150", period: "2020-09", measure: indicators.Stock},
			{id: "b", title: "Taxi drivers holding Suburban licences", stated: "2,572", period: "2020-09", measure: indicators.Stock},
		}, [][]string{{"Collated monthly, so it need not be of the week; the two add to 21,722."}, {"Collated monthly, so it need not be of the week."}},
			[]string{"Collated monthly, so it need not be of the week; the two add to 21,722."}},
	} {
		cat := figCatalog(t, c.figs...)
		for i, ns := range c.notes {
			for _, n := range ns {
				cat.Indicators[i].Notes = append(cat.Indicators[i].Notes, indicators.Note{Text: n})
			}
		}
		s := figSlide(t, cat, "all")
		if !slices.Equal(s.Notes, c.want) {
			t.Errorf("%s: notes %q, want %q", c.name, s.Notes, c.want)
		}
	}
}
