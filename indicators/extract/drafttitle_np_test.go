package extract

import (
	"strings"
	"testing"
)

// TestMeasuredPhrase checks the measured noun phrase on sentences of
// several kinds of documents: dev kinds (farming, schools, prisons,
// housing), a corpus release, and statistics pages (ssb.no's weekly
// bulletin, NHS Digital's admitted patient care), and the figures it
// must leave alone.
func TestMeasuredPhrase(t *testing.T) {
	tests := []struct {
		name, text, stated, want string
	}{
		// farming (testdata/kinds/farming)
		{"and was: the subject of the first verb", "The beef herd decreased by 1.5% and was 1.5 million animals.", "1.5 million animals", "Beef herd"},
		{"the total number of X counts X", "The total number of cattle and calves remained almost unchanged and was 9.6 million animals.", "9.6 million animals", "Cattle and calves"},
		{"a noun's own of-phrase", "The area of oilseed crops planted increased by 13% and was 398 thousand hectares.", "398 thousand hectares", "Area of oilseed crops planted"},
		{"a frame, an acronym and an aside", "In 2021/22, the average Farm Business Income (FBI) across all UK farm types, at current prices, was £72,000 compared to £46,500 in 2020/21.", "£72,000", "Average Farm Business Income across all UK farm types"},
		{"a participle clause is another verb's", "The Utilised Agricultural Area (UAA) decreased by 2.2% and was 17 million hectares, covering 69% of land in the UK.", "69%", ""},
		// schools (testdata/kinds/schools)
		{"a frame that ends on its year", "Over the year to 2019 teacher numbers increased by 288 to 52,247.", "52,247", "Teacher numbers"},
		{"a comparison tail reads the subject", "The attendance rate for the 2018/19 school year was 93.0%, down slightly from 93.3% in the 2016/17 school year.", "93.3%", "Attendance rate"},
		{"there was a decrease in the number of X", "There was a small decrease in the number of funded registrations for early learning and childcare (ELC) from 96,549 in 2018 to 96,375 in 2019.", "96,549", "Funded registrations for early learning and childcare"},
		{"has remained at", "This coupled with a rise in pupils of 4,738 has meant that the pupil teacher ratio has remained at 13.6.", "13.6", "Pupil teacher ratio"},
		// prisons (testdata/kinds/prisons)
		{"a figure in parentheses before the verb", "The imprisonment rate at yearend 2022 (355 sentenced prisoners per 100,000 U.S. residents of all ages) was down 26% from yearend 2012 (480 per 100,000).", "355 sentenced prisoners", "Imprisonment rate"},
		{"a clause after that", "Examining prisoners by demographics revealed that the number of females in state or federal prison increased almost 5% from yearend 2021 (83,700) to yearend 2022 (87,800).", "83,700", "Females in state or federal prison"},
		{"had jurisdiction over is no verb of being", "At yearend 2022, correctional authorities in the United States had jurisdiction over 1,230,100 persons in state or federal prisons.", "1,230,100 persons", ""},
		// housing (testdata/kinds/housing)
		{"were at a rate of", "Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent above the revised July figure of 829,000.", "866,000", "Single-family authorizations"},
		{"this after a semicolon is no subject", "Single-family authorizations in August were at a rate of 866,000; this is 4.5 percent above the revised July figure of 829,000.", "4.5 percent", ""},
		// corpus (census-2024-06-advance-retail-sales-may-2024)
		{"there were N X: the figure's own noun", "Compared to 2015-16, there were over 2.1 million fewer workers in low pay, after tax: 410,000 fewer apprentices.", "410,000 fewer apprentices", ""},
		// waste, migration (testdata/kinds): titles77
		{"the total amount of X: a noun, not a verb", "The total amount of household waste generated in Scotland in 2023 was 2.30 million tonnes , a decrease of 26,000 tonnes (1.1%) from 2022.", "26,000 tonnes", "Household waste generated in Scotland"},
		{"= is a summary's verb of being", "  • net migration = +327,000 (down 9,000 from YE March 2015 but not statistically significant)", "9,000", "Net migration"},
		// pages: ssb.no weekly bulletin 5/1998, NHS Digital 2015
		{"the number of X declined", "The number of hospital admissions for cardiac infarction declined by 6.6 per cent from 1995 to 1996.", "6.6 per cent", "Hospital admissions for cardiac infarction"},
		{"the number of X was", "The number of admissions for women was about 366,000 in 1996 compared to 284,000 for men.", "366,000", "Admissions for women"},
		{"the rate of X in a span of years", "The rate of admissions in 2014-15 was 29,260 per 100,000 population, compared to 24,110 admissions per 100,000 population in 2004-05.", "29,260", "Rate of admissions"},
		{"a place is an actor, never a measure", "Japan is the largest source of foreign direct investment, at $300 billion.", "$300 billion", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Title\n\n" + tt.text + "\n"
			d := newDocDraft(DraftSource{Text: text}, map[string]int{})
			var m *Mention
			for i := range d.mentions {
				if strings.HasPrefix(d.mentions[i].Text, tt.stated) || strings.HasSuffix(d.mentions[i].Text, tt.stated) {
					m = &d.mentions[i]
					break
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q", tt.stated, tt.text)
			}
			if got, _ := d.measuredPhrase(*m); got != tt.want {
				t.Errorf("measuredPhrase(%q) = %q, want %q", tt.stated, got, tt.want)
			}
		})
	}
}

// TestNamesNoMeasure checks the titles the measured noun phrase may mend.
func TestNamesNoMeasure(t *testing.T) {
	tests := []struct {
		title, stated string
		want          bool
	}{
		{"Over the year", "52,247", true},
		{"Change in over the year", "288", true},
		{"Down slightly", "93.3%", true},
		{"Change in yearend", "26%", true},
		{"Animals number", "9.6 million animals", true},
		{"U.S. residents of all ages", "355 sentenced prisoners per 100,000 U.S. residents of all ages", true},
		{"Examining prisoners by demographics revealed that the number", "83,700", true},
		{"Cereal crops area", "3.2 million hectares", false},
		{"Change in cereal crops area", "1.7%", false},
		{"Expenditures by foreign direct investors", "$4.6 billion", false},
		{"Persons in state or federal prisons", "1,230,100 persons", false},
	}
	for _, tt := range tests {
		if got := namesNoMeasure(tt.title, tt.stated); got != tt.want {
			t.Errorf("namesNoMeasure(%q, %q) = %v, want %v", tt.title, tt.stated, got, tt.want)
		}
	}
}

// TestCleanMeasuredNP checks the one cleaning of a measured noun phrase.
func TestCleanMeasuredNP(t *testing.T) {
	tests := []struct{ np, want string }{
		{"The total number of pigs", "Pigs"},
		{"the total labour force on commercial holdings", "Labour force on commercial holdings"},
		{"UK Total Income from Farming", "Total Income from Farming"},
		{"The imprisonment rate at yearend 2022", "Imprisonment rate"},
		{"Privately owned housing starts in August", "Privately owned housing starts"},
		{"The attendance rate for the 2018/19 school year", "Attendance rate"},
		{"Fish catches by coastal fleets in 2023", "Fish catches by coastal fleets"},
		{"and Japan", ""},
		{"the United States", ""},
	}
	for _, tt := range tests {
		if got := cleanMeasuredNP(tt.np); got != tt.want {
			t.Errorf("cleanMeasuredNP(%q) = %q, want %q", tt.np, got, tt.want)
		}
	}
}

// TestClippedOf checks the titles that name only part of their noun
// phrase, from farming, schools, a corpus release and drafter cases.
func TestClippedOf(t *testing.T) {
	tests := []struct {
		title, np string
		want      bool
	}{
		{"Change in area", "Area of oilseed crops planted", true},
		{"Pupil teacher ratio", "Overall pupil teacher ratio in all publicly funded schools", false},
		{"Change in deaths", "Minor injuries and deaths", false},
		{"Factory orders", "Flash estimates of U.S. factory orders", false},
		{"Value", "Value of new two-way trade and investment", true},
		{"Expenditures in real estate, rental, and leasing", "Notable expenditures in real estate, rental, and leasing", false},
		{"Change in beef herd", "Beef herd", false},
		{"Teacher numbers", "Full-time equivalent teachers", false},
	}
	for _, tt := range tests {
		if got := clippedOf(tt.title, tt.np); got != tt.want {
			t.Errorf("clippedOf(%q, %q) = %v, want %v", tt.title, tt.np, got, tt.want)
		}
	}
}

// TestShareWholeTitle checks the share's whole and predicate on sentences
// of dev kinds (hospitals, prisons, crime, energy, vaccines,
// homelessness), a corpus document (who-2020 malaria key messages) and a
// drafter case (drafts55's marriages), field by field: a share's title,
// its count's in parentheses, a list's later share, and the figures it
// must leave alone.
func TestShareWholeTitle(t *testing.T) {
	tests := []struct {
		name, text, stated, cur, want string
	}{
		// hospitals (testdata/kinds/hospitals)
		{"a fraction and its whole, the verb made a participle", "Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.", "Nearly one in four", "Patients", "Share of patients arriving by ambulance or helicopter"},
		{"the count in parentheses counts the part", "Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.", "4.5 million", "Count under Regional data are available", "Patients arriving by ambulance or helicopter"},
		{"a passive's copula dropped", "57.7 per cent (11.3 million) of attendances were discharged with either a GP follow-up or no follow-up required.", "57.7 per cent", "Share of attendances", "Share of attendances discharged with either a GP follow-up"},
		{"the word before a figure goes with it", "Over half (53.7 per cent) of attendances were for patients under 40.", "53.7 per cent", "Share of attendances", "Share of attendances for patients"},
		{"no whole: the share restricted by its own predicate", "One in five (4.0 million) resulted in an admission to hospital.", "One in five", "Unnamed share", "Share resulting in an admission to hospital"},
		{"no whole, a title kept: nothing", "One in five (4.0 million) resulted in an admission to hospital.", "One in five", "Admissions to hospital", ""},
		// prisons (testdata/kinds/prisons)
		{"a copula before an adjective", "At yearend 2022, an estimated 32% of sentenced state and federal prisoners were black; 31% were white.", "32%", "Share of sentenced state and federal prisoners", "Share of sentenced state and federal prisoners that were black"},
		{"a later share of a list takes the first's whole", "At yearend 2022, an estimated 32% of sentenced state and federal prisoners were black; 31% were white.", "31%", "Unnamed share", "Share of sentenced state and federal prisoners that were white"},
		// crime (testdata/kinds/crime)
		{"a hedge's infinitive left out", "About 42 percent of the violent crimes and 33 percent of the property crimes were said to have been reported to police.", "33 percent", "Share of property crimes", "Share of property crimes reported to police"},
		// energy (testdata/kinds/energy)
		{"cut before a word that governs what was cut", "About 19% of Australia’s electricity was generated outside the electricity sector by business and households in 2021-22.", "19%", "Share of Australia’s electricity", "Share of Australia’s electricity generated"},
		// vaccines, homelessness (testdata/kinds)
		{"a percentage's own noun is no whole", "in Scotland at least 95% coverage was achieved for all antigens (except rotavirus) at 12 months", "95%", "Unnamed share", ""},
		{"another clause's subject is no whole", "In 46% of local authorities the number decreased or stayed the same compared to 2023.", "46%", "Unnamed share", ""},
		// corpus (who-2020-world-malaria-day-key-messages)
		{"a title that names more than the whole is kept", "Nearly 70% of malaria funding was provided by international sources.", "70%", "Share of malaria funding from international sources", ""},
		{"a title that names the whole alone is mended", "Nearly 70% of malaria funding was provided by international sources.", "70%", "Share of malaria funding", "Share of malaria funding provided by international sources"},
		// drafter case (drafttitle_tail_test.go) and a perfect tense (draft_flows_test.go)
		{"a fraction with its share in parentheses", "Over a third (35.2%) of marriages were religious ceremonies; a slight rise compared with 34.8% in 2029.", "35.2%", "Unnamed share", "Share of marriages that were religious ceremonies"},
		{"have and a participle is a tense, not a having", "74.3 percent of surveyed exporting firms have reopened their shops.", "74.3 percent", "Unnamed share", "Share of surveyed exporting firms that have reopened their shops"},
		// smoking (testdata/kinds/smoking), crime, marriages: a verb that ends its clause (titles18)
		{"a verb before a comma ends the predicate", "In the UK, around 1 in 4 (23.4%) people in routine and manual occupations smoked, this is around 2.5 times higher than people in managerial and professional occupations (9.3%).", "23.4%", "Share under Main points", "Share of people in routine and manual occupations smoking"},
		{"a verb before another clause ends the predicate", "About 12 percent of the victims reported, and 30 percent did not.", "12 percent", "Unnamed share", "Share of victims reporting"},
		{"an anaphor's whole is the count before", "In more than 500,000 incidents the offender was the victim's spouse or former spouse. Of these, 9 percent were rapes or other sexual assaults, 6 percent were robberies.", "6 percent", "Unnamed share", "Share of incidents that were robberies"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Title\n\n" + tt.text + "\n"
			d := newDocDraft(DraftSource{Text: text}, map[string]int{})
			var m *Mention
			for i := range d.mentions {
				if strings.HasSuffix(d.mentions[i].Text, tt.stated) {
					m = &d.mentions[i]
					break
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q", tt.stated, tt.text)
			}
			if got := d.shareWholeTitle(*m, tt.cur); got != tt.want {
				t.Errorf("shareWholeTitle(%q, %q) = %q, want %q", tt.stated, tt.cur, got, tt.want)
			}
		})
	}
}

// TestUnderLead checks a list item's one-word measure with the modifiers
// of its lead (migration kind), and the leads it must leave alone
// (hospitals kind: a lead with a figure; a line that is no lead).
func TestUnderLead(t *testing.T) {
	tests := []struct {
		name, text, stated, np, want string
	}{
		{"the lead's modifiers", "Long-Term International Migration estimates in the year ending (YE) March 2016 were:\n\n  • net migration = +327,000 (down 9,000)\n\n  • immigration = 633,000 (down 11,000 from YE March 2015)\n", "633,000", "Immigration", "Long-term international immigration"},
		{"a lead with a figure", "The report shows, of the 19.6 million attendances recorded:\n\n  • Over a third (6.9 million) had a recorded treatment.\n", "6.9 million", "Treatment", "Treatment"},
		{"no list", "Long-Term International Migration estimates were:\nimmigration = 633,000\n", "633,000", "Immigration", "Immigration"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := "Title\n\n" + tt.text
			d := newDocDraft(DraftSource{Text: text}, map[string]int{})
			var m *Mention
			for i := range d.mentions {
				if d.mentions[i].Text == tt.stated {
					m = &d.mentions[i]
					break
				}
			}
			if m == nil {
				t.Fatalf("no mention %q in %q", tt.stated, tt.text)
			}
			if got := d.underLead(*m, tt.np); got != tt.want {
				t.Errorf("underLead(%q, %q) = %q, want %q", tt.stated, tt.np, got, tt.want)
			}
		})
	}
}

// TestChangeHeadTitles checks that a change is titled by what changed,
// headed "Change in" whatever its direction, on sentences of dev kinds
// (births, business, roads) and a corpus release (USITC, Brazil 2013).
func TestChangeHeadTitles(t *testing.T) {
	const businessDeaths = "The number of UK business deaths increased by 3.5% from 238,000 to 246,000 between 2013 and 2014, compared with the decrease of 5.9% in 2013 (from 252,000 to 238,000)."
	runWhatCases(t, []whatCase{
		// births (testdata/kinds/births)
		{name: "a rise over a run of years names its base", text: "Between 2001 and 2012 live births rose by 23%.",
			stated: "23%", measure: "change", title: "Change in live births since 2001"},
		// business (testdata/kinds/business): one title for both signs
		{name: "a rise of a series", text: businessDeaths, stated: "3.5%", measure: "change", title: "Change in UK business deaths"},
		{name: "a fall of the same series", text: businessDeaths, stated: "5.9%", measure: "change", title: "Change in UK business deaths"},
		// roads (testdata/kinds/roads)
		{name: "rose by", text: "In 2019 there were 110 male fatalities, the same as 2018. Female fatalities rose by 7 (14%) to 58.",
			stated: "7", measure: "change", title: "Change in female fatalities"},
		// corpus (usitc-2013-brazil-trade-shifts)
		{name: "decreased by, in a list under its heading", text: "Brazil\n\nChange in 2013 from 2012:\n\n  • U.S. imports: Decreased by $4.9 billion (15 percent) to $26.9 billion\n",
			stated: "$4.9 billion", measure: "change", title: "Change in U.S. imports"},
		// a count is no change: its title keeps the word of its sentence
		{name: "a count after an increase", text: "The law will increase enrollment by 2,000 students.", stated: "2,000 students", measure: "count", title: "Increase in enrollment"},
	})
}

// TestUnitTitles checks that the title of a figure per year says so and
// that a change restated as a percentage says "percent", on sentences of
// dev kinds (roads, prisons) and corpus releases (USITC, New Zealand's
// EU trade deal), and the figures they leave alone.
func TestUnitTitles(t *testing.T) {
	runWhatCases(t, []whatCase{
		// roads (testdata/kinds/roads)
		{name: "a percentage in parentheses after the amount", text: "Female fatalities rose by 7 (14%) to 58.",
			stated: "14%", measure: "change", title: "Change in female fatalities, percent"},
		// corpus (usitc-2013-brazil-trade-shifts)
		{name: "past the amount's year", text: "The U.S. trade surplus with Brazil increased by $5.2 billion in 2013 (95 percent), owing almost entirely to a $4.9 billion reduction in the value of U.S. imports.",
			stated: "95 percent", measure: "change", title: "Change in U.S. trade surplus with Brazil, percent"},
		// corpus (nzgov-2023-eu-fta-signed)
		{name: "an amount per year", text: "“The EU FTA will increase our exports to the EU by up to $1.8 billion per year by 2035,” said Prime Minister, Chris Hipkins.",
			stated: "up to $1.8 billion per year", measure: "change", title: "Change in exports to the EU each year"},
		// prisons (testdata/kinds/prisons): a percentage first is the change itself
		{name: "a percentage before its amount", text: "The number of persons in state or federal prisons increased 2% from yearend 2021 (1,204,300) to yearend 2022 (1,230,100).",
			stated: "2%", measure: "change", title: "Change in number of persons in state or federal prisons"},
		// a percentage per year is a pace, not an amount each year
		{name: "a pace", text: "The plan will lift the rate of methane leak repair from 2 percent per year during the 2012-2020 period to 5 percent per year between 2020 and 2030.",
			stated: "5 percent per year", title: "Rate of methane leak repair"},
	})
}

// TestListPartTitle checks that a share in parentheses after an item of
// a list led by a share of a whole is the item's share of that whole, on
// the energy kind's sentences (testdata/kinds/energy) and two written in
// the manner of a waste and a migration release (no dev or corpus
// document but energy's lists parts this way), and leaves alone a list
// with no leading share of a whole.
func TestListPartTitle(t *testing.T) {
	const fossil = "Fossil fuels contributed 68% of total electricity generation in 2022, including coal (47%), gas (19%) and oil (2%)."
	const renewables = "Renewables contributed 32% of total electricity generation in 2022, specifically solar (14%), wind (11%) and hydro (6%)."
	const waste = "Recycling accounted for 41% of household waste managed in 2023, of which paper (12%) and glass (7%)."
	const migration = "Students made up 34% of long-term immigration, mainly from China (11%) and India (9%)."
	const noWhole = "Exports grew by 5% in 2022, including machinery (3%) and chemicals (2%)."
	for _, tc := range []struct{ text, stated, want string }{
		{fossil, "47%", "Coal's share of electricity generation"},
		{fossil, "19%", "Gas's share of electricity generation"},
		{fossil, "2%", "Oil's share of electricity generation"},
		{renewables, "14%", "Solar's share of electricity generation"},
		{renewables, "6%", "Hydro's share of electricity generation"},
		{waste, "7%", "Glass's share of household waste managed"},
		{migration, "11%", ""}, // "from China": a place, not a part named by a noun
		{noWhole, "3%", ""},
	} {
		d := newDocDraft(DraftSource{Text: "Title\n\n" + tc.text + "\n"}, map[string]int{})
		var m *Mention
		for i := range d.mentions {
			if d.mentions[i].Text == tc.stated {
				m = &d.mentions[i]
				break
			}
		}
		if m == nil {
			t.Fatalf("no mention %q in %q", tc.stated, tc.text)
		}
		if got := d.listPartTitle(*m); got != tc.want {
			t.Errorf("listPartTitle(%q in %q) = %q, want %q", tc.stated, tc.text, got, tc.want)
		}
	}
}
