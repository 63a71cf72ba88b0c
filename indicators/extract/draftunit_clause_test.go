package extract

import "testing"

// TestFigureCountsClause drafts bare counts whose own clause says what
// they count, from releases of several kinds (unit21): a number opening a
// bracket after a counted figure's words restates or breaks down that
// figure; a level a move goes from or reaches counts what the move
// counts (its "number of" noun or its subject, past an opening phrase);
// a figure compared with "than" counts what the count before it counts.
func TestFigureCountsClause(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// Gambling, organs, prisons: the bracket after a counted figure.
		{name: "gambling bracket restates", text: "Gaming machine spend\n\nNationwide there were fewer operators compared with a year earlier – 365 operators (374 at 31 March 2010), 1430 venues (1470) and 18,484 gaming machines (19,115).\n",
			stated: "1470", want: map[string]string{"unit": "venue"}},
		{name: "gambling bracket with its date", text: "Gaming machine spend\n\nNationwide there were fewer operators compared with a year earlier – 365 operators (374 at 31 March 2010), 1430 venues (1470) and 18,484 gaming machines (19,115).\n",
			stated: "374", want: map[string]string{"unit": "operator"}},
		{name: "organs bracket breaks down", text: "Organ transplants\n\nAt the end of 2018, there were 4,351 people on wait lists for organ transplants (2,890 active and 1,461 on hold).\n",
			stated: "2,890", want: map[string]string{"unit": "person"}},
		{name: "organs second part of the bracket", text: "Organ transplants\n\nAt the end of 2018, there were 4,351 people on wait lists for organ transplants (2,890 active and 1,461 on hold).\n",
			stated: "1,461", want: map[string]string{"unit": "person"}},
		{name: "prisons subject of the bracket's clause", text: "Prisoners in 2022\n\nThe prison population grew in 2022 (1,230,100).\n",
			stated: "1,230,100", want: map[string]string{"unit": "person"}},
		{name: "nothing counted before the bracket", text: "Prices\n\nThe index rose in 2022 (104.1).\n",
			stated: "104.1", want: map[string]string{"unit": ""}},
		// Students, organs, broadband, disease, schools, vehicles: the
		// levels of a move.
		{name: "students subject past an opening phrase", text: "Enrolments\n\n  • Between 2020/21 and 2021/22, postgraduate enrolments at NI HEIs increased by 12% (from 17,890 to 20,085).\n",
			stated: "17,890", want: map[string]string{"unit": "enrolment"}},
		{name: "students level reached", text: "Enrolments\n\nOver the same period, first degree enrolments increased by 1% (from 40,615 to 40,845).\n",
			stated: "40,845", want: map[string]string{"unit": "enrolment"}},
		{name: "organs number of in an earlier clause", text: "Organ donation\n\nThis has led to an increase of almost 430% in the number of DCD organs used for transplantation, from 42 in 2009 to 222 in 2018.\n",
			stated: "42", want: map[string]string{"unit": "organ"}},
		{name: "broadband number of with an aside", text: "Internet service providers\n\nThe number of DSL (copper) Internet connections continued to increase, but at a slower rate: increasing only 1 percent, from 1.32 million to 1.33 million.\n",
			stated: "1.33 million", want: map[string]string{"unit": "connection"}},
		{name: "disease number of in a list item", text: "STI report\n\nAmong women aged 15 to 24 years:\n\n- there was a 10.7% decrease in the number of chlamydia tests carried out, from 673,102 in 2023 to 601,295 in 2024\n",
			stated: "673,102", want: map[string]string{"unit": "test"}},
		{name: "schools noun numbers reach a level", text: "Schools census\n\nOver the year to 2019 teacher numbers increased by 288 to 52,247.\n",
			stated: "52,247", want: map[string]string{"unit": "teacher"}},
		{name: "vehicles subject of the bracket's clause", text: "Vehicle registrations\n\nBy quarter, the most new motor vehicles were registered in the second quarter (486,592).\n",
			stated: "486,592", want: map[string]string{"unit": "vehicle"}},
		{name: "a count of something else before the level", text: "Schools\n\nThe number of students and 5,000 teachers rose to 40,000 in 2011.\n",
			stated: "40,000", want: map[string]string{"unit": ""}},
		// Roads: the figure compared.
		{name: "roads compared with than", text: "Cycle safety\n\nIn the year ending March 2019, there were 91,400 reported cycle accidents of all kinds, 6% lower than the 97,100 for the year ending March 2018.\n",
			stated: "97,100", want: map[string]string{"unit": "accident"}},
	})
}

// TestRateBaseNoun drafts rates whose base is a rate noun after "in the"
// ("per 100,000 in the population", and a bare rate after it on the same
// base), a plural noun, or a rate noun the figure's words carry ("9.8
// deaths per 1,000 population", kept as written).
func TestRateBaseNoun(t *testing.T) {
	const rough = "Rough sleeping snapshot\n\nThe rate of people sleeping rough in England has increased to 8.1 people per 100,000 in the population in 2024 from 6.8 per 100,000 in 2023.\n"
	runFieldCases(t, []fieldCase{
		{name: "homelessness base in the population", text: rough, stated: "8.1", want: map[string]string{"unit": "person per 100,000 population"}},
		{name: "homelessness bare rate on the same base", text: rough, stated: "6.8", want: map[string]string{"unit": "person per 100,000 population"}},
		{name: "prisons plural base", text: "Prisoners in 2022\n\nThe imprisonment rate was 355 sentenced prisoners per 100,000 U.S. residents.\n",
			stated: "355", want: map[string]string{"unit": "prisoner per 100,000 residents"}},
		{name: "deaths rate noun base", text: "Deaths in 2022\n\nThe death rate was 9.8 deaths per 1,000 population.\n",
			stated: "9.8 deaths per 1,000 population", want: map[string]string{"unit": "death per 1,000 population"}},
	})
}
