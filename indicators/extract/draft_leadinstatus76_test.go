package extract

import "testing"

// TestLeadInStatus76: a release whose opening calls its figures the
// estimates of its period ("… estimates in the year ending March 2016
// were:") reports estimates: every figure of the release is one, unless a
// cue of its own gives it a status; a lead-in that says no such thing
// leaves its figures facts, and so does a survey's remark on its
// estimates (ownPeriodCueRe, draftcontext.go; drafts76) — on a migration bulletin
// (ONS), a road casualty release (DfT), a hospital activity release
// (HSCIC) and a crime survey's press release (BJS).
func TestLeadInStatus76(t *testing.T) {
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
