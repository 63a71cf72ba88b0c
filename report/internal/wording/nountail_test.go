package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedNounTail: a run every bar's title ends with, which the
// view's title says whole, is said once, by the title, where it starts on
// a noun too (s27x-hatecrime: "crimes recorded" on all six bars under
// "Change in hate crimes recorded by the police, by motivation"); titles
// that share a first word, a run the title does not say, or a cut that
// leaves a joining word keep their words.
func TestUnrepeatedNounTail(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
	}{
		{"s27x-hatecrime", "Change in hate crimes recorded by the police, by motivation, 2019/20",
			[]string{"Racist crimes recorded", "Homophobic crimes recorded", "Sectarian crimes recorded", "Faith/religion crimes recorded"},
			[]string{"Racist", "Homophobic", "Sectarian", "Faith/religion"}},
		{"council areas", "Roads in need of repair by council area",
			[]string{"Highland Council area", "Aberdeenshire Council area", "Dumfries and Galloway Council area"},
			[]string{"Highland", "Aberdeenshire", "Dumfries and Galloway"}},
		{"a shared first word", "Households in fuel poverty, England",
			[]string{"Households in fuel poverty", "Households in severe fuel poverty", "Households at risk of fuel poverty"},
			nil},
		{"the title does not say the run", "Hate crimes by motivation",
			[]string{"Racist crimes recorded", "Homophobic crimes recorded"},
			nil},
		{"a joining word left", "Services provided by the council",
			[]string{"Roads provided by the council", "Parks run by the council"},
			nil},
	}
	for _, tt := range tests {
		want := tt.want
		if want == nil {
			want = tt.titles
		}
		if got := unrepeatedNounTail(tt.view, tt.titles); !slices.Equal(got, want) {
			t.Errorf("%s: unrepeatedNounTail(%q, %q) = %q, want %q", tt.name, tt.view, tt.titles, got, want)
		}
	}
}

// TestUnrepeatedHateCrimes: the noun tail goes after the change's head
// the view's title says ("Change in"), as s27x-hatecrime's bars were
// titled: each bar is its motivation alone.
func TestUnrepeatedHateCrimes(t *testing.T) {
	view := "Change in hate crimes recorded by the police, by motivation, 2019/20"
	titles := []string{"Change in racist crimes recorded", "Change in homophobic crimes recorded", "Change in sectarian crimes recorded"}
	want := []string{"Racist", "Homophobic", "Sectarian"}
	if got := Unrepeated(view, titles); !slices.Equal(got, want) {
		t.Errorf("Unrepeated(%q, %q) = %q, want %q", view, titles, got, want)
	}
}
