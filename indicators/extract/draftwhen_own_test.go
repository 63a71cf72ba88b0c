package extract

import "testing"

// ownBenefitsText is a benefits release in words of its own: caseloads
// over the year to a month under a lead-in line, a count at a month, and
// the parts of a total listed under "Of these:".
const ownBenefitsText = "Benefit statistics: March 2031\n\n" +
	"In the year to August 2030:\n\n" +
	"  • Carer's Allowance fell by 4.1% to 1.2 million claimants\n\n" +
	"There were 4.8 million Housing Support claimants at December 2030\n\n" +
	"20.1 million people claimed some benefit in August 2030 (of the 15 benefits counted). Of these:\n\n" +
	"  • 11.3 million were of State Pension Age\n\n" +
	"  • 8.8 million were of Working Age\n"

// ownPrisonsText is a prison population bulletin in words of its own: a
// stock and its change over the twelve months to a month, and a flow over
// them that keeps the twelve months.
const ownPrisonsText = "Offender management statistics: quarter to June 2031\n\n" +
	"In the year to June 2031, the prison population rose by 3.2% to 88,100 prisoners. " +
	"There were 71,400 first receptions into prison in the year to June 2031.\n"

// ownPoliceText is a police workforce release in words of its own.
const ownPoliceText = "Police workforce, March 2031\n\n" +
	"In the 12 months to March 2031:\n\n" +
	"  • the police workforce grew by 1,900 to 149,000 officers\n"

// ownYearsText holds sentences from releases of two kinds (ports,
// tourism) that name the same period of a year a change is compared with.
const ownYearsText = "Woodland and transport statistics 2031\n\n" +
	"The number of passengers carried by sea decreased in the first quarter of 2031 by 9.0%, as compared to the same period of 2030.\n\n" +
	"Visits abroad by residents rose by 6.1% in the third quarter of 2031, compared with the same quarter of 2030.\n"

// ownWoodlandText is a forestry release that counts in split years, one
// written with one digit of its second year.
const ownWoodlandText = "High levels of woodland creation\n\n" +
	"During 2030/1 a total of 12,000 hectares of new woodland were created in Scotland.\n\n" +
	"There were 320 planting projects in Scotland last year.\n"

// ownFireText is a fire statistics release: a part of a total, "Of these
// incidents", and a comparand in brackets that is not a part.
const ownFireText = "Fire statistics: year ending December 2031\n\n" +
	"Services attended 590,100 incidents in the year ending December 2031, a decrease of 4.2% compared with the previous year (616,000). " +
	"Of these incidents, there were 140,300 fires, which was a decrease of 20% compared with the previous year (175,400).\n"

// TestOwnClauseWhen checks, field by field, the times a figure's own
// clause gives it over those of a heading, a lead-in or the last period
// stated, in releases of several kinds.
func TestOwnClauseWhen(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a stock over the year to a month is at the month", text: ownBenefitsText, stated: "1.2 million claimants",
			want: map[string]string{"period": "2030-08"}},
		{name: "the change of a stock is of the month, on the month a year before", text: ownBenefitsText, stated: "4.1%",
			want: map[string]string{"period": "2030-08", "base": "2029-08"}},
		{name: "a count at a month", text: ownBenefitsText, stated: "4.8 million",
			want: map[string]string{"period": "2030-12"}},
		{name: "a part under Of these: takes its whole's month", text: ownBenefitsText, stated: "11.3 million",
			want: map[string]string{"period": "2030-08"}},
		{name: "a second part too", text: ownBenefitsText, stated: "8.8 million",
			want: map[string]string{"period": "2030-08"}},
		{name: "a prison population over the year to a month", text: ownPrisonsText, stated: "88,100 prisoners",
			want: map[string]string{"period": "2031-06"}},
		{name: "its change", text: ownPrisonsText, stated: "3.2%",
			want: map[string]string{"period": "2031-06", "base": "2030-06"}},
		{name: "a flow keeps the twelve months", text: ownPrisonsText, stated: "71,400 first receptions",
			want: map[string]string{"period": "2030-07/2031-06"}},
		{name: "officers over the 12 months to a month", text: ownPoliceText, stated: "149,000 officers",
			want: map[string]string{"period": "2031-03"}},
		{name: "a split year written with one digit", text: ownWoodlandText, stated: "12,000 hectares",
			want: map[string]string{"period": "2030/31"}},
		{name: "last year in a release of split years", text: ownWoodlandText, stated: "320 planting projects",
			want: map[string]string{"period": "2030/31"}},
		{name: "the same period of a year is the comparand's", text: ownYearsText, stated: "9.0%",
			want: map[string]string{"period": "2031-Q1"}},
		{name: "the same quarter of a year is the comparand's", text: ownYearsText, stated: "6.1%",
			want: map[string]string{"period": "2031-Q3"}},
		{name: "Of these incidents: a part of the year's incidents", text: ownFireText, stated: "140,300 fires",
			want: map[string]string{"period": "2031"}},
		{name: "a comparand in brackets is no part", text: ownFireText, stated: "175,400",
			want: map[string]string{"period": "2030"}},
	})
}

// TestYearsInSplitDigit checks yearsIn on split years written with one
// digit of their second year.
func TestYearsInSplitDigit(t *testing.T) {
	tests := []struct{ in, want string }{
		{"During 2023/4 a total", "2023/24"},
		{"in 2019/0 the farm", "2019/20"},
		{"in 2023/5 the", "2023"}, // not the next year: no split year
		{"rated 2023/4.5", "2023"},
	}
	for _, tt := range tests {
		rs := yearsIn(tt.in, 0)
		got := ""
		if len(rs) > 0 {
			got = rs[0].period.String()
		}
		if got != tt.want {
			t.Errorf("yearsIn(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
