package chart

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTimesInLegend: grouped bars whose key names their periods, each
// measure's bars labelled once by the measure, say in the subtitle that
// their dates are in the legend, not on the bars, which say none
// (s31b-blood: "Days, as of the dates on the bars"). Bars each labelled
// with its period keep "on the bars".
func TestTimesInLegend(t *testing.T) {
	stock := func(id, title, stated, period string) fig {
		return fig{id: id, title: title, stated: stated, period: period, measure: indicators.Stock}
	}
	tests := []struct {
		name      string
		figs      []fig
		want, not string
	}{
		{"grouped by date", []fig{
			stock("o1", "Blood stocks of O negative", "1.6 days", "2024-07-25"), stock("o2", "Blood stocks of O negative", "7.8 days", "2024-08-26"),
			stock("a1", "Blood stocks of all types", "4.3 days", "2024-07-25"), stock("a2", "Blood stocks of all types", "8.6 days", "2024-08-26"),
		}, "as of the dates in the legend", "on the bars"},
		{"one bar a measure", []fig{
			stock("o1", "Blood stocks of O negative", "1.6 days", "2024-07-25"), stock("a2", "Blood stocks of all types", "8.6 days", "2024-08-26"),
		}, "as of the dates on the bars", "legend"},
	}
	for _, tt := range tests {
		s := figSlide(t, figCatalog(t, tt.figs...), "all")
		if !strings.Contains(s.Subtitle, tt.want) || strings.Contains(s.Subtitle, tt.not) {
			t.Errorf("%s: subtitle %q, want %q and no %q", tt.name, s.Subtitle, tt.want, tt.not)
		}
	}
}

// TestRateUnitOnce: measures and rates of one unit, which the subtitle
// says whole, are labelled by their figures alone (s31b-leakage: "342
// litres per meter per day" on each of five bars under "Litres per meter
// per day"); a scaled figure keeps its scale, and rates of different
// units their own.
func TestRateUnitOnce(t *testing.T) {
	rate := func(id, title, stated string) fig {
		return fig{id: id, title: title, stated: stated, period: "2016", measure: indicators.Level}
	}
	tests := []struct {
		name string
		figs []fig
		want []string
	}{
		{"litres per meter per day", []fig{rate("avg", "Average daily consumption", "342 litres per meter per day"), rate("med", "Median daily consumption", "246 litres per meter per day")},
			[]string{"342", "246"}},
		{"marriages per 1,000 unmarried men", []fig{rate("m", "Marriage rate, men", "21.2 marriages per 1,000 unmarried men"), rate("n", "Marriage rate, men, earlier", "25.1 marriages per 1,000 unmarried men")},
			[]string{"21.2", "25.1"}},
		{"different bases", []fig{rate("m", "Marriage rate, men", "21.2 marriages per 1,000 unmarried men"), rate("w", "Marriage rate, women", "19.8 marriages per 1,000 unmarried women")},
			[]string{"21.2 marriages per 1,000 unmarried men", "19.8 marriages per 1,000 unmarried women"}},
	}
	for _, tt := range tests {
		s := figSlide(t, figCatalog(t, tt.figs...), "all")
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Value)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: values %q under %q, want %q", tt.name, got, s.Subtitle, tt.want)
		}
	}
}

// TestNoteNamesItsOwnBar: a note of one of two bars of one title, the other
// labelled with its own year, names its bar with its period, which no
// other label starts with (s30a-carrierbags: "Single-use carrier bags
// issued by the 7 main retailers — Asda, …" under that bar and "… (2014)").
func TestNoteNamesItsOwnBar(t *testing.T) {
	c := figCatalog(t,
		fig{id: "y2014", title: "Carrier bags issued by the 7 main retailers", stated: "7.6 billion", period: "2014", measure: indicators.Flow},
		fig{id: "large", title: "Carrier bags sold by large retailers", stated: "1.1 billion", period: "2015-10-05/2016-04-06", measure: indicators.Flow},
		fig{id: "main", title: "Carrier bags issued by the 7 main retailers", stated: "0.6 billion", period: "2015-10-05/2016-04-06", measure: indicators.Flow},
	)
	c.Indicators[2].Notes = []indicators.Note{{Text: "Asda, Tesco and others."}}
	s := figSlide(t, c, "all")
	want := "Carrier bags issued by the 7 main retailers (5 October 2015–6 April 2016) — Asda, Tesco and others."
	if !slices.Contains(s.Notes, want) {
		t.Errorf("notes %q, want %q", s.Notes, want)
	}
}
