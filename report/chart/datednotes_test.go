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
// them (s15-deaths' kind).
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
