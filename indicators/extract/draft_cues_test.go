package extract

import (
	"testing"
)

// TestDraftCuesPeriod: the times a release's figures take from its own
// words (draftwhen_bandgap.go, draftwhen_firstbullet.go,
// draftwhen_spanyear.go, the lead-in's last sentence of draftleadin.go,
// restatingWhich of draft.go, releaseRef's title in capitals run into
// the text) — on a low pay release's main points and
// rates, and a time use survey's release run together on one line.
func TestDraftCuesPeriod(t *testing.T) {
	const (
		lowPay = "1. Main points\n\n" +
			"  • There were 310,000 posts with pay less than the National Living Wage (NLW) held by staff aged 16 and over in March 2019, which constituted 1.4% of all posts. This was down from 330,000 in March 2018\n\n" +
			"  • There were 120,000 posts held by part-time staff with pay below the Living Wage\n\n" +
			"2. Background\n\n" +
			"The Living Wage is a minimum amount per hour that employers in the scheme pay to their staff. There are different rates of the Living Wage depending on a worker's age and on whether they are in training. On the survey date in March 2019 the Living Wage rates were:\n\n" +
			"  • £9.00 for staff aged 25 and over\n\n" +
			"  • £7.70 for staff aged 21 to 24\n"
		timeUse = "COMMUTING SURVEY -- 2015 RESULTS In 2015, on days they worked, 12 percent of employed persons travelled by bus, the office reported today. " +
			"Among workers age 25 and over, those with a degree were more likely to walk--9 percent of those with a degree walked to work. " +
			"These data include the average time per day in 2015 that workers travelled. Measures of time spent travelling for the combined years 2011-15 are provided. " +
			"Commuting in 2015 --Workers travelled an average of 52 minutes on the days they worked. " +
			"Longer journeys were made on weekdays than on weekend days--58 minutes compared with 31 minutes.\n"
	)
	for _, tc := range []struct{ name, text, stated, period string }{
		{"a month after an age band in the figure's clause dates it", lowPay, "310,000 posts", "2019-03"},
		{"a relative clause that restates the figure takes its time", lowPay, "1.4%", "2019-03"},
		{"a later point with no time takes the first point's", lowPay, "120,000 posts", "2019-03"},
		{"a list's lead-in, the last sentence of its paragraph, dates its items", lowPay, "£9.00", "2019-03"},
		{"and every item", lowPay, "£7.70", "2019-03"},
		{"a figure with no year takes the year of the results its run-in title names", timeUse, "9 percent", "2015"},
		{"the year gone on to after a pooled span of years", timeUse, "58 minutes", "2015"},
		{"and the figure compared with it", timeUse, "31 minutes", "2015"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if p := got.ind.Period.String(); p != tc.period {
				t.Errorf("period of %q: got %s (%s), want %s", tc.stated, p, got.fieldNotes["period"], tc.period)
			}
		})
	}
}

// TestDraftCuesWhat: a data book's snapshot reports facts unless its text
// says its figures are estimated (textSaysEstimated); an average named
// after an amount, money per a span of time and a list of rates are
// levels (averageRightAfter, moneyRateLevel); work stoppages and the
// workers involved in them are flows (reportedEvents, eventPeople); a
// numbered list run into a line ranks its items, each titled by its own
// (numberedRanks).
func TestDraftCuesWhat(t *testing.T) {
	const (
		dataBook = "Complaints Network Data Book 2020: Visual Snapshot\n\n" +
			"Complaints Network Data Book 2020 Snapshot. 3.1 million reports. Top three categories: 1. Vehicle repairs; 2. Home improvements; 3. Utilities.\n" +
			"Of 1.4 million complaint reports, 18% reported a loss. $310 median loss.\n"
		roughSleeping = "Rough sleeping snapshot in England: autumn 2020\n\n" +
			"The total number of people estimated to be sleeping rough on a single night in autumn 2020 was 2,688.\n"
		wages = "Minimum wage rates\n\n" +
			"The minimum wage for adults is £8.91 an hour in April 2021.\n\n" +
			"The allowance is a fixed amount per week for each carer. On the review date in October 2020 the allowance rates were:\n\n" +
			"  • £67.25 for full-time carers\n\n" +
			"  • £40.10 for part-time carers\n"
		stoppages = "MAJOR WORK STOPPAGES IN 2020 In 2020, there were 8 major work stoppages beginning in the year, the office reported today. " +
			"There were 27,000 workers involved in major work stoppages that began in 2020. In private industry, 11,000 workers were idled beginning in the year.\n"
	)
	runWhatHow(t, []whatHowCase{
		{name: "a snapshot's count with no word of an estimate is a fact", text: dataBook, stated: "3.1 million reports", status: "fact", measure: "flow"},
		{name: "an average named right after an amount is a level", text: dataBook, stated: "$310", measure: "level"},
		{name: "a numbered item is a rank titled by its own item", text: dataBook, stated: "2", measure: "rank", title: "Home improvements, rank among categories"},
		{name: "a snapshot that says estimated reports estimates", text: roughSleeping, stated: "2,688", status: "estimate"},
		{name: "money per hour is a level", text: wages, stated: "£8.91 an hour", measure: "level"},
		{name: "an item of a list of rates is a level per the lead-in's base", text: wages, stated: "£67.25", measure: "level", unit: "GBP per week"},
		{name: "work stoppages in a year are a flow", text: stoppages, stated: "8 major work stoppages", measure: "flow"},
		{name: "workers involved in stoppages are a flow", text: stoppages, stated: "27,000 workers", measure: "flow"},
		{name: "workers idled are a flow", text: stoppages, stated: "11,000 workers", measure: "flow"},
	})
}

// TestDraftCuesBulletPlaces: a place named in one bullet is not the
// counterpart of the figures of the sibling bullet after it
// (relatedBefore, carriedEntities) — on an aid statistics release.
func TestDraftCuesBulletPlaces(t *testing.T) {
	const aid = "Statistics on International Aid: Final Spend 2020\n\nSummary\n\nIn 2020:\n\n" +
		"  • UK bilateral aid to Kenya was £120 million, an increase of £10 million compared to 2019 - this was the largest increase to any country in 2020\n" +
		"  • the largest amount of bilateral aid was focused on Health (£900m) and Education (£600m) sectors\n"
	for _, stated := range []string{"£900m", "£600m"} {
		got := firstDraft(t, aid, stated)
		if got.ind.Counterpart != "" {
			t.Errorf("counterpart of %q: got %q (%s), want none", stated, got.ind.Counterpart, got.fieldNotes["counterpart"])
		}
	}
}

// TestCapsTitle: a title line run into the text as a run of capitals,
// past a release header, is the document's title (capsTitle).
func TestCapsTitle(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		ok         bool
	}{
		{"For release 10:00 a.m. (EST) Friday, January 10, 2020 USDL-20-0010 Media contact: (202) 691-5902 * PressOffice@bls.gov UNION MEMBERS -- 2019 In 2019, the union membership rate was 10.3 percent.", "Union Members -- 2019", true},
		{"MAJOR WORK STOPPAGES IN 2020 In 2020, there were 8 major work stoppages.", "Major Work Stoppages in 2020", true},
		{"For release 10:00 a.m. (EST) Friday, January 10, 2020 The union membership rate was 10.3 percent in 2019.", "", false},
		{"The UK and the EU agreed a deal. NATO met in June.", "", false},
		{"UK EU trade rose by 3% in 2019.", "", false},
	} {
		got, ok := capsTitle(tc.text)
		if got != tc.want || ok != tc.ok {
			t.Errorf("capsTitle(%q) = %q, %v, want %q, %v", tc.text, got, ok, tc.want, tc.ok)
		}
	}
}
