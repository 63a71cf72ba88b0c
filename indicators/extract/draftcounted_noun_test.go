package extract

import "testing"

// TestCountedNoun drafts bare counts of releases of several kinds, whose
// clause says what they count: the number's own noun, the phrase a
// bracketed number restates, or the clause's subject.
func TestCountedNoun(t *testing.T) {
	runFieldCases(t, []fieldCase{
		// Migration: a noun of people in the mass, its subject; events over a period.
		{name: "migration subject", text: "Migration report\n\nEstimates for the year were:\n\n  • net migration = +327,000 (down 9,000 from the year before)\n",
			stated: "327,000", want: map[string]string{"unit": "person", "measure": "flow"}},
		{name: "migration copula", text: "Migration report\n\nNet migration was 7,000 lower than the revised estimate.\n",
			stated: "7,000", want: map[string]string{"unit": "person"}},
		{name: "migration bracket", text: "Migration report\n\nImmigration of EU citizens (268,000) remains lower than before.\n",
			stated: "268,000", want: map[string]string{"unit": "person", "measure": "flow"}},
		// Homelessness: "the number of" a plural, however long the words after it.
		{name: "homelessness number of", text: "Rough sleeping snapshot\n\nThe number of people estimated to be sleeping rough on a single night in autumn 2024 is 4,667.\n",
			stated: "4,667", want: map[string]string{"unit": "person"}},
		// Hospitals: a bracketed number restates the noun before it, or
		// the whole the share before it is of.
		{name: "hospitals one in four", text: "A&E activity\n\nNearly one in four patients (4.5 million) arrived by ambulance.\n",
			stated: "4.5 million", want: map[string]string{"unit": "patient"}},
		{name: "hospitals share of", text: "A&E activity\n\n57.7 per cent (11.3 million) of attendances were discharged.\n",
			stated: "11.3 million", want: map[string]string{"unit": "attendance", "measure": "flow"}},
		// Crime: "the total number of" with a participle after the noun.
		{name: "crime total number", text: "Crime survey\n\nThe total number of crimes measured among residents during 1993 was an estimated 43.6 million.\n",
			stated: "an estimated 43.6 million", want: map[string]string{"unit": "crime"}},
		// Schools: "<noun> numbers" counts the noun.
		{name: "schools noun numbers", text: "Schools census\n\nTeacher numbers were 52,247 in 2019.\n",
			stated: "52,247", want: map[string]string{"unit": "teacher"}},
		// Roads: modifiers joined by "and" before the head noun.
		{name: "roads joined modifiers", text: "Road casualties 2019\n\nIn 2019 there were 195 bus and coach user casualties.\n",
			stated: "195", want: map[string]string{"unit": "casualty"}},
		// Schools: "the number of" a noun after a participle, earlier in the clause.
		{name: "schools number of", text: "Schools census\n\nThere was a small decrease in the number of funded registrations for early learning and childcare (ELC) from 96,549 in 2018 to 96,375 in 2019.\n",
			stated: "96,549", want: map[string]string{"unit": "registration"}},
		// Waste: the noun a number is "of".
		{name: "waste population of", text: "Household waste 2023\n\nScotland, with a population of 5.4 million, generated 2.3 million tonnes of household waste.\n",
			stated: "5.4 million", want: map[string]string{"unit": "person"}},
		// Names in capitals are no counted noun; a rate's number has no head noun.
		{name: "names", text: "Partnership\n\nThe United States and Japan are two of the world's largest economic powers.\n",
			stated: "two", want: map[string]string{"unit": ""}},
		{name: "rate of", text: "Construction\n\nSingle-family authorizations in August were at a rate of 866,000.\n",
			stated: "866,000", want: map[string]string{"unit": ""}},
	})
}
