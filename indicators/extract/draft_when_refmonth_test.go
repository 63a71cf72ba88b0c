package extract

import "testing"

// TestComparandYearRole: a year a figure is compared with is a base, never
// the figure's period (comparandYear, through yearRoleOf; when77) — on a
// rough sleeping snapshot (MHCLG), road casualty statistics (Transport
// Scotland), a crime bulletin and a waste release (SEPA); a year a figure
// is of stays a period.
func TestComparandYearRole(t *testing.T) {
	for _, tc := range []struct {
		name, text, year string
		want             yearRole
	}{
		{"than in a year", "it remains 2% below the peak in 2017 and is 164% higher than in 2010 when", "2010", yearBase},
		{"below the peak in a year", "However, it remains 2% below the peak in 2017 and", "2017", yearBase},
		{"the same as a year", "In 2019 there were 110 male fatalities, the same as 2018.", "2018", yearBase},
		{"than the level recorded in a year", "This is 6% lower than the level recorded in 2029-30.", "2029", yearBase},
		{"the figure's own year after in", "The landfill rate in 2023 was 17.7% (Table S1)", "2023", yearPeriod},
		{"a year opening the sentence", "In 2019 there were 110 male fatalities", "2019", yearPeriod},
		{"a comma closes the comparison", "higher than expected, in 2021 the rate was 4%", "2021", yearPeriod},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var got []yearRef
			for _, r := range yearsIn(tc.text, 0) {
				if tc.text[r.start:r.start+4] == tc.year {
					got = append(got, r)
				}
			}
			if len(got) != 1 {
				t.Fatalf("years of %q: got %d reads of %s, want 1", tc.text, len(got), tc.year)
			}
			if got[0].role != tc.want {
				t.Errorf("role of %s in %q: got %d, want %d", tc.year, tc.text, got[0].role, tc.want)
			}
		})
	}
}

// TestReleaseRef: a figure whose own clause names no time, or only the
// time it is compared with, is of the release's reference period, the
// one its lead's figures name again and again (releaseRef,
// refYearPeriods; when77); a figure whose sentence names a time of its
// own that no date gives is not — on a rough sleeping snapshot (MHCLG),
// road casualty statistics (Transport Scotland), an energy statistics
// page (Australian Energy Statistics) and a fact sheet whose lead year is
// long past its date (the White House).
func TestReleaseRef(t *testing.T) {
	const (
		rough = "Rough sleeping snapshot in England: autumn 2024\nPublished 27 February 2025\n\n" +
			"The number of people estimated to be sleeping rough on a single night in autumn 2024 is 4,667. This has risen for the third year in a row, increasing 20% since 2023. However, it remains 2% below the peak in 2017 and is 164% higher than in 2010 when the snapshot approach was introduced.\n\n" +
			"The rate of people sleeping rough in England has increased to 8.1 people per 100,000 in 2024 from 6.8 per 100,000 in 2023, though remains lower than the peak in 2017 (8.5 per 100,000).\n\n" +
			"Nearly half (45%) of all people sleeping rough on a single night in autumn are in London and the South East, which is similar to previous years.\n"
		roads = "Main Points\n\n" +
			"There was a total of 7,594 road casualties reported in 2019 this is 830 or 10% fewer than 2018.\n\n" +
			"In 2019 there were 110 male fatalities, the same as 2018. Female fatalities rose by 7 (14%) to 58.\n"
		energy = "Electricity generation\n\n" +
			"In 2021-22 total electricity generation in Australia increased 2% to 272 TWh (978 PJ).\n\n" +
			"Fossil fuels contributed 68% of total electricity generation in 2022, including coal (47%), gas (19%) and oil (2%). The share of coal has continued to decline, in contrast to the beginning of the century when coal's share was more than 80% of electricity generation.\n\n" +
			"Renewables contributed 32% of total electricity generation.\n"
		factSheet = "Fact Sheet: U.S.-Japan Bilateral Cooperation\n\nApril 25, 2014\n\n" +
			"Japan and the United States have a two-way goods and services trade flow of $290 billion in 2012, and two-way investment topped $442 billion in 2012, while exports reached $65 billion in 2012. Japanese companies employ approximately 650,000 U.S. workers.\n"
	)
	for _, tc := range []struct{ name, text, stated, period, base string }{
		{"a change since a year: the release's year, on that base", rough, "20%", "2024", "2023"},
		{"a change below a peak: the release's year", rough, "2%", "2024", "2017"},
		{"a change than in a year: the release's year", rough, "164%", "2024", "2010"},
		{"a share with no year: the release's year", rough, "45%", "2024", ""},
		{"a reading in brackets after the peak's year: that year", rough, "8.5", "2017", ""},
		{"a level that is the same as a year: its own sentence's year", roads, "110 male fatalities", "2019", ""},
		{"a later sentence of no year: the release's year", roads, "58", "2019", ""},
		// grid22: the lead's "In 2021-22" is a year across two and the next
		// sentence's "in 2022" a calendar year: the release names no one
		// time for a figure of none.
		{"a share of no year: the lead's and the next sentence's years disagree", energy, "32%", "not stated", ""},
		{"a time of its own no date names: not the release's", energy, "more than 80%", "not stated", ""},
		{"a fact sheet's lead year two years before its date dates no other figure", factSheet, "approximately 650,000 U.S. workers", "not stated", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
			if tc.base != "" {
				if b := got.ind.Base.String(); b != tc.base {
					t.Errorf("base of %q: got %s (%s), want %s", tc.stated, b, got.fieldNotes["base"], tc.base)
				}
			}
		})
	}
}

// TestReleaseEstimatesOnce: a statistics release whose title calls its
// figures estimates makes each figure an estimate unless its own words say
// otherwise (releaseEstimatesPass; when77); one figure's "an estimated" in
// a lead, or a verb "surveyed", makes no other figure one — on a rough
// sleeping snapshot (MHCLG), WHO's malaria key messages and a crime
// survey's press release (BJS).
func TestReleaseEstimatesOnce(t *testing.T) {
	const (
		rough = "Rough sleeping snapshot in England: autumn 2024\nPublished 27 February 2025\n\n" +
			"The number of people estimated to be sleeping rough on a single night in autumn 2024 is 4,667. This has risen for the third year in a row, increasing 20% since 2023.\n\n" +
			"The largest regional increase was in London, rising from 1,132 in 2023 to 1,318 in 2024.\n"
		malaria = "Key messages\nMalaria by numbers: global and regional malaria burden\n" +
			"In 2018, there were an estimated 228 million cases of malaria in 89 countries. The estimated number of malaria deaths in 2018 stood at 405 000.\n" +
			"The WHO African Region accounted for 93% of malaria cases and 94% of deaths worldwide in 2018.\n"
		crime = "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. During 1993, the youngest age group surveyed--those 12 through 15 years old--had the greatest risk of being violent crime victims. " +
			"Overall during the year there were almost 11 million violent victimizations and over 32 million property crimes. " +
			"The total number of crimes measured during 1993 was an estimated 43.6 million.\n"
	)
	for _, tc := range []struct{ name, text, stated, status string }{
		{"a snapshot's change: an estimate", rough, "20%", "estimate"},
		{"a snapshot's earlier year: an estimate", rough, "1,132", "estimate"},
		{"a lead's one estimated figure: an estimate", malaria, "an estimated 228 million cases", "estimate"},
		{"the lead's other figures: facts", malaria, "93%", "fact"},
		{"a survey verb in the lead makes no estimate", crime, "almost 11 million violent victimizations", "fact"},
		{"a figure's own estimated: an estimate", crime, "an estimated 43.6 million", "estimate"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if s := got.ind.Status.String(); s != tc.status {
				t.Errorf("status of %q: got %s (%s), want %s", tc.stated, s, got.fieldNotes["status"], tc.status)
			}
		})
	}
}

// TestRefMonths: a month of no year in a figure's own sentence, in a
// release of a year, dates the figure by that month of the release's
// year; months listed "respectively" take the figures after them in order
// (refMonths; when77) — on an A&E attendances release (HSCIC, a year
// across two), a road casualties release of a calendar year and an
// energy release of a financial year across two (sentences in the
// manner of Transport Scotland's and Australian Energy Statistics').
func TestRefMonths(t *testing.T) {
	const (
		ae = "Accident and Emergency Attendances in England 2014/15\n\n" +
			"The report also shows that for all the recorded A&E attendances nationally in 2014/15:\n\n" +
			"  • Nearly one in four patients (4.5 million) arrived by ambulance or helicopter.\n" +
			"  • June and July were the busiest months for attendances with 57,100 and 56,400 per day recorded in the data respectively. January was the least busy month with 48,800 attendances recorded per day.\n" +
			"  • Over half (53.7 per cent) of attendances were for patients under 40.\n"
		roads = "Key reported road casualties Scotland: 2019\n\n" +
			"There were 7,594 road casualties reported in 2019, 168 fatalities in 2019 and 2,001 seriously injured in 2019.\n\n" +
			"October was the month with most casualties, with 749 casualties.\n"
		energy = "Electricity generation\n\n" +
			"In 2021-22 total electricity generation in Australia increased 2% to 272 TWh, and 68% came from fossil fuels in 2021-22, with 32% from renewables in 2021-22.\n\n" +
			"February was the month of the lowest generation, with 20 TWh.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"the first of months listed respectively", ae, "57,100", "2014-06"},
		{"the second of months listed respectively", ae, "56,400", "2014-07"},
		{"a month after the new year of a year across two", ae, "48,800", "2015-01"},
		{"an item of the list with no month: the year", ae, "53.7 per cent", "2014/15"},
		{"a month of a calendar year's release", roads, "749 casualties", "2019-10"},
		{"a month of a financial year's release, after the new year", energy, "20 TWh", "2022-02"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}
