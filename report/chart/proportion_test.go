package chart

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestProportionsBesidePercents: a share stated as a proportion ("one in
// five", "over a third") is drawn in percent (s14-hospitals drew 0.2
// beside 57.7 on an axis to 60), its label as the document words it
// ("one in five", "1 in 8"), never digits more precise than its words
// (wording.WordsKept: "one in ten" was "10%", s26w-language); a chart of
// proportions alone keeps them as they are.
func TestProportionsBesidePercents(t *testing.T) {
	for _, c := range []struct {
		name  string
		figs  []fig
		ends  []float64 // each bar's End
		first string    // the first bar's label
	}{
		{"hospital outcomes", []fig{
			{id: "adm", title: "A&E attendances admitted to hospital", stated: "one in five", period: "2014", measure: indicators.Share},
			{id: "dis", title: "A&E attendances discharged", stated: "57.7 per cent", period: "2014", measure: indicators.Share},
		}, []float64{20, 57.7}, "one in five"},
		{"crime risks alone", []fig{
			{id: "young", title: "Persons aged 12–15 who were victims", stated: "1 in 8", period: "1993", measure: indicators.Share},
			{id: "old", title: "Persons aged 65 or older who were victims", stated: "1 in 179", period: "1993", measure: indicators.Share},
		}, []float64{12.5, 100.0 / 179}, "1 in 8"},
	} {
		s := figSlide(t, figCatalog(t, c.figs...), "all")
		bars := s.body.(*Bars).Bars
		for i, b := range bars {
			if d := b.End - c.ends[i]; d > 1e-3 || d < -1e-3 {
				t.Errorf("%s: bar %q ends at %v, want %v", c.name, b.Value, b.End, c.ends[i])
			}
		}
		if bars[0].Value != c.first {
			t.Errorf("%s: bar labelled %q, want %q", c.name, bars[0].Value, c.first)
		}
	}
}
