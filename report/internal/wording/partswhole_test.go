package wording

import "testing"

// TestPartsWhole: a part-of-whole chart's parts say what they are
// percentages of from what their titles share (s18k-children: "Percent"
// alone under the referral outcomes), or from the view's title, and
// never a whole their titles do not share.
func TestPartsWhole(t *testing.T) {
	tests := []struct {
		view   string
		titles []string
		want   string
	}{
		// s18k-children's two part-of-whole views.
		{"Outcome of referrals to social services, Northern Ireland, 2014/15",
			[]string{"Referred children whose needs were met at referral", "Referred children allocated for further action (assessment or service)"},
			"referred children"},
		{"What further action related to, Northern Ireland, 2014/15",
			[]string{"Further action: carer needing support to care for the child", "Further action: child protection investigation", "Further action: child with disability"},
			"further action"},
		// testdata/kinds/waste: one part, its view a share of a whole.
		{"Share of household waste recycled, 2023", []string{"Household waste recycling rate"}, "household waste recycled"},
		{"Households by cars owned", []string{"Households with one car", "Households with two cars"}, "households"},
		// s32c-childmaint: the parts share "who paid"; the whole ends
		// before the relative word, and "of the maintenance due" is the
		// whole of each part's 90%, not of the share.
		{"How much Paying Parents on Collect and Pay paid, quarter to September 2024",
			[]string{"Paying Parents using Collect and Pay who paid over 90% of the maintenance due", "Paying Parents using Collect and Pay who paid up to 90% of the maintenance due"},
			"Paying Parents using Collect and Pay"},
		// Words that go on naming the part are no whole.
		{"Jobs by industry", []string{"Coal power", "Coal mining"}, ""},
		{"Adults by age", []string{"Adults aged 18 to 24", "Adults aged 25 to 34"}, ""},
		{"Electricity by source", []string{"Coal", "Gas"}, ""},
	}
	for _, tt := range tests {
		if got := PartsWhole(tt.view, tt.titles); got != tt.want {
			t.Errorf("PartsWhole(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
		}
	}
}
