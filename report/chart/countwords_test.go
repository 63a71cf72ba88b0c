package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestCountInWordsShort: a count stated in words ("three receivership
// appointments") among counts written short is written short too, in
// digits ("3"), as the others are: labels say figures one way in one view
// (s12b-insolvency). Counts of different nouns keep each its noun after
// the short figure (s16g-fire: "257" and "238" on one "Number" axis said
// neither fatalities nor fires).
func TestCountInWordsShort(t *testing.T) {
	tests := []struct {
		stated []string
		want   []string
	}{
		{[]string{"18,840 creditors’ voluntary liquidations", "202 company voluntary arrangements", "three receivership appointments"}, []string{"18,840 liquidations", "202 arrangements", "3 appointments"}},
		{[]string{"1,597 administrations", "about twelve receivership appointments"}, []string{"1,597 administrations", "about 12 appointments"}},
		{[]string{"257 fire-related fatalities", "238 fatal fires"}, []string{"257 fatalities", "238 fires"}},
		{[]string{"31,800 estimated new HIV infections", "21,400"}, []string{"31,800", "21,400"}},
		{[]string{"30 countries", "three countries"}, []string{"30", "3"}},
	}
	for _, tc := range tests {
		_, got := statedSlide(t, tc.stated, "Figure", "2024", indicators.CountKind)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("values of %q (-want +got):\n%s", tc.stated, diff)
		}
	}
}

// TestScaleInWordsInDigits: a count stated in words with a scale ("five
// million visits") among counts in digits ("105 million") is written in
// digits as they are, its noun said once by the subtitle, never a scale
// said two ways in one chart (testdata/kinds/libraries).
func TestScaleInWordsInDigits(t *testing.T) {
	s := kindSlide(t, "libraries", "visits")
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Value)
	}
	if want := []string{"105 million", "some 99.6 million", "5 million"}; !cmp.Equal(got, want) {
		t.Errorf("visits' values = %q, want %q", got, want)
	}
}
