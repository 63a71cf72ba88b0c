package extract

import "testing"

// jobsText is a national statistical office's monthly release in words of
// its own (drafts21, the kinds of Statistics Canada's Labour Force
// Survey): a title line dated by a month, a release line, a lead of
// changes and a named rate, a base "compared with 12 months earlier", a
// figure "up from" one of another month, and provinces in place of the
// country.
const jobsText = "Survey of Payroll Jobs, March 2023\n" +
	"Released: 2023-04-14\n" +
	"Jobs fell by 12,000 in March and the vacancy rate edged down to 4.2%.\n" +
	"Employment in construction rose by 8,500 in March.\n" +
	"Average weekly earnings increased 2.6% on a year-over-year basis, up from 2.1% in February.\n" +
	"Hours worked were flat in March, but were up 1.4% compared with 12 months earlier.\n" +
	"The vacancy rate—which counts posts open for 30 days or more—fell 0.3 percentage points to 4.2% in March.\n" +
	"Employment grew in Manitoba and Nova Scotia and was little changed in all other provinces.\n"

// eastAppealText is an international body's appeal in words of its own
// (drafts21, the kinds of UNICEF's 2020 appeal): a dateline, an appeal of
// a year with what it aims to reach, a multiple of past funds, a region's
// appeal broken down by "for …", and quotes.
const eastAppealText = "UNICEF seeks record funds for children in crisis\n\n" +
	"08 January 2024\n\n" +
	"NEW YORK, 9 January 2024 – UNICEF today launched its US$ 9.3 billion 2024 humanitarian appeal to reach 94 million children in 155 countries around the world. " +
	"It is 2.5 times the funds requested in 2014.\n\n" +
	"In East Asia and Pacific, UNICEF is appealing for US$120 million, including US$55 million for Myanmar, US$25 million for the Democratic Republic of Korea (DPR Korea) and US$10 million for regional coordination.\n\n" +
	"“Around the world today, crises last longer than ever. One in six children lives in a conflict zone,” said a UNICEF spokesperson.\n\n" +
	"“One in 3 children in DPR Korea are underweight. More than half of the population does not have access to clean water,” said Jane Doe, UNICEF Representative, DPR Korea.\n"

var nationalCases = []draftCase{
	{name: "national: a count with a direction is a change, counting what its subject counts, of the title line's month, the office's country",
		text: jobsText, status: "fact", stated: "12,000", title: "Change in jobs", entities: "CA", measure: "change", period: "2023-03", direction: "down", unit: "job"},
	{name: "national: a vacancy rate \"edged down to\" is the share reached (a part of a whole)",
		text: jobsText, status: "fact", stated: "4.2%", title: "Vacancy rate", entities: "CA", measure: "share", period: "2023-03"},
	{name: "national: employment counts persons",
		text: jobsText, status: "fact", stated: "8,500", title: "Change in employment in construction", entities: "CA", measure: "change", period: "2023-03", direction: "up", unit: "person"},
	{name: "national: \"on a year-over-year basis\" is the change's base, in its title",
		text: jobsText, status: "fact", stated: "2.6%", title: "Year-over-year change in average weekly earnings", entities: "CA", measure: "change", period: "2023-03", direction: "up"},
	{name: "national: \"up from 2.1% in February\" restates the figure before for its own month",
		text: jobsText, status: "fact", stated: "2.1%", title: "Year-over-year change in average weekly earnings", entities: "CA", measure: "change", period: "2023-02"},
	{name: "national: a clause with no subject (\"but were up\") takes the sentence's; \"compared with 12 months earlier\" is the base",
		text: jobsText, status: "fact", stated: "1.4%", title: "Change in hours worked from 12 months earlier", entities: "CA", measure: "change", period: "2023-03", base: "2022-03", direction: "up"},
	{name: "national: a dash-delimited aside is skipped for the subject",
		text: jobsText, status: "fact", stated: "0.3 percentage points", title: "Change in the vacancy rate", entities: "CA", measure: "change", period: "2023-03", direction: "down"},
}

var appealCases = []draftCase{
	{name: "appeal: the appeal's amount is a target of its year, the world's, titled by the body and the head noun after it",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "US$ 9.3 billion", title: "UNICEF humanitarian appeal", entities: "WLD", status: "target", period: "2024"},
	{name: "appeal: a count an appeal aims \"to reach\" is a target",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "94 million children", title: "Children the appeal aims to reach", entities: "WLD", measure: "count", status: "target", period: "2024"},
	{name: "appeal: the other count of the appeal's sentence is what it covers",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "155 countries", title: "Countries the appeal covers", entities: "WLD", status: "target", period: "2024"},
	{name: "appeal: \"2.5 times the funds requested in 2014\": 2014 is the base, the period the appeal's",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "2.5 times", title: "Appeal relative to the funds requested in 2014", entities: "WLD", measure: "change", status: "fact", period: "2024"},
	{name: "appeal: a region's appeal spans its M49 regions, a target of the appeal's year",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "US$120 million", title: "UNICEF appeal for East Asia and Pacific", entities: "030,035,009", status: "target", period: "2024"},
	{name: "appeal: an item \"for <place>\" is that place's, titled by its own \"for …\"",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "US$55 million", title: "UNICEF appeal for Myanmar", entities: "MM", status: "target", period: "2024"},
	{name: "appeal: \"Democratic Republic of Korea\" is KP, not the Republic of Korea; the short form in parentheses titles it",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "US$25 million", title: "UNICEF appeal for DPR Korea", entities: "KP", status: "target", period: "2024"},
	{name: "appeal: \"regional coordination\" is the region's of the lead clause",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "US$10 million", title: "UNICEF appeal for regional coordination in East Asia and Pacific", entities: "030,035,009", status: "target", period: "2024"},
	{name: "appeal: one in N is a share; \"Around the world today\" in the quote dates it and makes it the world's",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "One in six", status: "fact", title: "Share of children living in a conflict zone", entities: "WLD", measure: "share", period: "2024"},
	{name: "appeal: a figure in a quote attributed to a country's representative is that country's; \"does not have access to\" is \"without\"",
		text: eastAppealText, section: "UNICEF seeks record funds for children in crisis", stated: "More than half", status: "fact", title: "Share of population without clean water", entities: "KP", measure: "share", period: "not stated"},
}

func TestDraftNationalCases(t *testing.T) {
	runDraftCases(t, nationalCases)
}

func TestDraftAppealCases(t *testing.T) {
	runDraftCases(t, appealCases)
}
