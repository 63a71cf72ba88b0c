package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedMostlySaid: a run of words every bar's title shares is
// cut where the view's title says each of its words, numbers included,
// in its order, so that each bar says what differs: the venue
// (s17i-culture), the site (s18k-construction: ", change in nominal
// terms" whole, never leaving ", change"), the benefit (review18 item
// 12: never "Pension Credit claimants under"). A run the title does not
// say stays: s13-vaccines' titles under a title of other words; the
// proofs of review18 item 3, where counting words one by one cut "65",
// "employment aged 16 to 64" and a run the title says in the other
// order; and s17i-fisheries' "in Irish ports", which the title's "in
// Ireland" does not say (the cut "Value of Norway lobster landed" ended
// on a verb the test's own comment called short of the mark).
func TestUnrepeatedMostlySaid(t *testing.T) {
	tests := []struct {
		view   string
		titles []string
		want   []string
	}{
		{"Most valuable species landed in Ireland by Irish vessels, 2016",
			[]string{"Value of Norway lobster landed by Irish vessels in Irish ports", "Value of Atlantic mackerel landed by Irish vessels in Irish ports"},
			[]string{"Value of Norway lobster landed by Irish vessels in Irish ports", "Value of Atlantic mackerel landed by Irish vessels in Irish ports"}},
		{"Adults (15+) attending each cultural venue, year ending April 1999",
			[]string{"Adults (15+) who went to the cinema at least once", "Adults (15+) who visited a library at least once", "Adults (15+) who went to botanic gardens"},
			[]string{"Went to the cinema at least once", "Visited a library at least once", "Went to botanic gardens"}},
		{"Vaccination, October to December 2022",
			[]string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the first MMR dose at 24 months"},
			[]string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the first MMR dose at 24 months"}},
		{"Claimants receiving PIP or DLA over time",
			[]string{"Claimants over 65 who receive PIP", "Claimants over 65 who receive DLA"},
			[]string{"Claimants over 65 who receive PIP", "Claimants over 65 who receive DLA"}},
		{"Employment rate by sex, people aged 16 and over",
			[]string{"Men in employment aged 16 to 64", "Women in employment aged 16 to 64"},
			[]string{"Men in employment aged 16 to 64", "Women in employment aged 16 to 64"}},
		{"Imports from Irish ports of fish landed by UK vessels",
			[]string{"Cod landed by Irish vessels in UK ports", "Hake landed by Irish vessels in UK ports"},
			[]string{"Cod landed by Irish vessels in UK ports", "Hake landed by Irish vessels in UK ports"}},
		{"Employment rate by sex, people aged 16 to 64",
			[]string{"Men in employment aged 16 to 64", "Women in employment aged 16 to 64"},
			[]string{"Men", "Women"}},
		{"Change on a year earlier in nominal terms",
			[]string{"Gross value of construction works by main contractors, change in nominal terms", "Construction works at public sector sites, change in nominal terms"},
			[]string{"Gross value of construction works by main contractors", "Construction works at public sector sites"}},
		{"Claimants over the age of 80 by benefit",
			[]string{"Pension Credit claimants over the age of 80", "Attendance Allowance claimants over the age of 80"},
			[]string{"Pension Credit claimants", "Attendance Allowance claimants"}},
		{"Claimants under the age of 80 by benefit",
			[]string{"Pension Credit claimants under the age of 80", "Attendance Allowance claimants under the age of 80"},
			[]string{"Pension Credit claimants", "Attendance Allowance claimants"}},
		{"Benefit claimants by age, the age of 80 and older",
			[]string{"Pension Credit claimants under the age of 80", "Attendance Allowance claimants under the age of 80"},
			[]string{"Pension Credit claimants under the age of 80", "Attendance Allowance claimants under the age of 80"}},
	}
	for _, tt := range tests {
		if got := Unrepeated(tt.view, tt.titles); !slices.Equal(got, tt.want) {
			t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
		}
	}
}
