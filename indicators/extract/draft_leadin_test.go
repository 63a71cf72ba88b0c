package extract

import (
	"testing"
)

// TestDraftLeadInSplitYear: a list's lead-in line that names one year across
// two ("nationally in 2014/15:") dates each figure of the list that names
// no year of its own; a lead-in of two years dates none (leadInPeriod;
// drafts76) — on a hospital activity release (HSCIC), a schools release
// and a police workforce release.
func TestDraftLeadInSplitYear(t *testing.T) {
	const (
		hospitals = "New report sheds light on A&E attendances in England\n\n" +
			"The report also shows that for all the recorded A&E attendances nationally in 2014/15:\n\n" +
			"  • Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.\n" +
			"  • Over half (53.7 per cent) of attendances were for patients under 40.\n"
		schools = "Pupil attendance in schools\n\n" +
			"Across all state-funded schools in 2018/19:\n\n" +
			"  • 4.7% of sessions were missed due to absence.\n"
		police = "Police workforce\n\n" +
			"Compared with 2009/10, in 2019/20:\n\n" +
			"  • there were 129,110 police officers.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"a count under a lead-in of a year across two", hospitals, "4.5 million", "2014/15"},
		{"a share under it", hospitals, "53.7 per cent", "2014/15"},
		{"a school year's lead-in", schools, "4.7%", "2018/19"},
		{"a lead-in of two years names no one period", police, "129,110 police officers", "not stated"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}

// TestDraftLeadInStatus: a release whose opening calls its figures the
// estimates of its period ("… estimates in the year ending March 2016
// were:") reports estimates: every figure of the release is one, unless a
// cue of its own gives it a status; a lead-in that says no such thing
// leaves its figures facts, and so does a survey's remark on its
// estimates (ownPeriodCueRe, draftcontext.go; drafts76) — on a migration bulletin
// (ONS), a road casualty release (DfT), a hospital activity release
// (HSCIC) and a crime survey's press release (BJS).
func TestDraftLeadInStatus(t *testing.T) {
	const (
		migration = "Migration Statistics Quarterly Report: August 2016\n\n" +
			"Long-Term International Migration estimates in the year ending (YE) March 2016 were:\n\n" +
			"  • net migration = 327,000 (down 9,000 from YE March 2015 but not statistically significant)\n\n" +
			"  • immigration = 633,000, which could be revised to 640,000\n\n" +
			"Net migration was 7,000 lower than in YE December 2015.\n"
		roads = "Reported road casualties in Great Britain: main results\n\n" +
			"In reported road traffic accidents for the year ending June 2014:\n\n" +
			"  • road deaths increased by 3% to 1,730\n"
		hospitals = "New report sheds light on A&E attendances in England\n\n" +
			"The report also shows that for all the recorded A&E attendances nationally in 2014/15:\n\n" +
			"  • Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.\n"
		crime = "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. During 1993, the youngest age group surveyed had the greatest risk of being violent crime victims. " +
			"Overall during the year there were almost 11 million violent victimizations and over 32 million property crimes. " +
			"The 1992 and 1993 estimates were the first from a redesigned survey of crime conducted by the Bureau of Justice Statistics (BJS).\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a figure under a lead-in of estimates is an estimate", text: migration, stated: "327,000", status: "estimate"},
		{name: "and so is its change", text: migration, stated: "9,000", status: "estimate"},
		{name: "a cue of the figure's own wins", text: migration, stated: "640,000", status: "projection"},
		{name: "a sentence after the list is of the release too", text: migration, stated: "7,000", status: "estimate"},
		{name: "a survey's remark on its estimates is no opening of estimates", text: crime, stated: "almost 11 million violent victimizations", status: "fact"},
		{name: "a lead-in of a period only says no status", text: roads, stated: "1,730", status: "fact"},
		{name: "a lead-in of a whole says no status", text: hospitals, stated: "4.5 million", status: "fact"},
	})
}

// TestDraftLeadYear: the year a release's lead opens its first figure
// sentence with dates every figure that names no year of its own, and a
// later sentence's own year wins (refYear, refYearPeriods; drafts76) —
// on a crime survey's press release (BJS), a business demography
// release (ONS) and a schools release (Scottish Government).
func TestDraftLeadYear(t *testing.T) {
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
