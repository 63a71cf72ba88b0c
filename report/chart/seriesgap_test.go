package chart

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesGaps: a series' line joins consecutive periods only; a point
// after periods the source does not give is reached dotted (Apart), and a
// note says so (s16g-fire: 2013, 2018, 2022, 2023 drawn as a steady rise).
func TestSeriesGaps(t *testing.T) {
	for _, c := range []struct {
		name    string
		figures []string // "stated@period"
		unit    string
		apart   []bool
	}{
		{"s16g-fire", []string{"529,167@2013", "578,150@2018", "628,034@2022", "592,996@2023"}, "incident", []bool{false, true, true, false}},
		// Another kind: a quarterly series with a quarter missing.
		{"quarters", []string{"207,000@2016-Q3", "165,000@2016-Q4", "170,000@2017-Q2"}, "applicant", []bool{false, false, true}},
		{"no gap", []string{"12,000@2014", "13,000@2015"}, "person", []bool{false, false}},
	} {
		cat := indicatortest.FlowSeries(t, c.name, c.figures, c.unit)
		v, _ := cat.View("trend")
		s, err := NewSlide(cat, v, nil)
		if err != nil {
			t.Fatalf("%s: NewSlide: %v", c.name, err)
		}
		var got []bool
		for _, p := range s.body.(*Timeline).Points {
			got = append(got, p.Apart)
		}
		if !slices.Equal(got, c.apart) {
			t.Errorf("%s: apart = %v, want %v", c.name, got, c.apart)
		}
		if noted, want := slices.Contains(s.Notes, gapNote), slices.Contains(c.apart, true); noted != want {
			t.Errorf("%s: gap note %v, want %v (notes %q)", c.name, noted, want, s.Notes)
		}
	}
}
