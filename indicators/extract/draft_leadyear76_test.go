package extract

import "testing"

// TestLeadYear76: the year a release's lead opens its first figure
// sentence with dates every figure that names no year of its own, and a
// later sentence's own year wins (refYear, refYearPeriods; drafts76) —
// on a crime survey's press release (BJS), a business demography
// release (ONS) and a schools release (Scottish Government).
func TestLeadYear76(t *testing.T) {
	const (
		crime = "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. " +
			"During 1993, the youngest age group surveyed--those 12 through 15 years old--had the greatest risk of being violent crime victims, the Department of Justice announced today. " +
			"The risk decreased steadily with age, from 1 in 8 young people 12-15 years old to 1 in 179 for those 65 or older. " +
			"Overall during the year there were almost 11 million violent victimizations and over 32 million property crimes. " +
			"Expressed as the number of crimes per 1,000, there were 52 violent victimizations per 1,000 persons and 322 property crimes per 1,000 households. " +
			"Violent victimization rates declined with increases in family income. " +
			"People living in households with a yearly income of under $7,500 were more than twice as likely to fall victim to violence as people in households with incomes of $75,000 or more. " +
			"The 1992 estimates were revised to 10.2 million victimizations in 1992.\n"
		business = "Business demography, UK: 2014\n\n" +
			"In 2014, there were 351,000 business births in the UK, up from 346,000 in 2013.\n\n" +
			"There were 246,000 business deaths, down from 252,000.\n"
		schools = "Summary statistics for schools in Scotland\n\n" +
			"Over the year to 2019 teacher numbers increased by 288 to 52,247.\n\n" +
			"The average class size in primary schools was 23.5, unchanged since 2016.\n"
		late = "Key reported road casualties\n\n" +
			"There was a total of 7,594 road casualties reported in 2019.\n\n" +
			"Female fatalities rose by 7 to 58.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"a press release's lead after headline and dateline dates a figure of no year", crime, "1 in 8", "1993"},
		{"and a figure of the lead's year in words", crime, "almost 11 million violent victimizations", "1993"},
		{"a later sentence's own year wins", crime, "10.2 million victimizations", "1992"},
		{"an opening year clause dates a later figure of no year", business, "246,000 business deaths", "2014"},
		{"the year to a year dates a level unchanged since", schools, "23.5", "2019"},
		{"a year that does not open the lead dates no other sentence", late, "58", "not stated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}
