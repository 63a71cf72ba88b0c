package extract

import "testing"

// TestCollectionPeriod reads the period a release's title or lead names
// with the collection it reports, on the openings of releases of
// different kinds (obesity, children's social care, students, a labour
// force survey, a register of births).
func TestCollectionPeriod(t *testing.T) {
	tests := []struct {
		name, text string
		want       string // "" for none
	}{
		{"obesity lead", "Obesity prevalence increases in reception age primary school children\n\n19 October 2017\n\nThe prevalence of obesity has risen from 9.3 per cent in 2015-16 to 9.6 per cent in 2016-17 for children in reception.\n\nObesity prevalence was more than twice as high among children in year 6 (20.0 per cent) than in reception age children, according to the National Child Measurement Programme, England - 2016/17 school year, published today by NHS Digital.\n", "2016/17"},
		{"children title", "Publication of ‘Children’s Social Care Statistics for Northern Ireland 2014/15’\n\nDate published: 15 October 2015\n\nAt 31 March 2015, 23,834 children in Northern Ireland were known to social services.\n", "2014/15"},
		{"students heading", "Department for the Economy publishes higher education statistics\n\n1. Enrolments at UK Higher Education Institutions: Northern Ireland Analysis 2021/22\n\nEnrolments at NI HEIs have increased by a net 24% over the past decade.\n", "2021/22"},
		{"GOV.UK's year across two in words", "National statistics\n\nYouth Justice Statistics: 2022 to 2023 (accessible version)\n\nPublished 25 January 2024\n\nThere were just under 8,400 child first time entrants.\n", "2022/23"},
		{"two years in words that are no year across two", "Prison Statistics: 2019 to 2022\n\nThe population rose by 4,000.\n", ""},
		{"births title", "Births in England and Wales Statistics: 2013\n\nThere were 698,512 live births in England and Wales in 2013.\n", "2013"},
		{"monthly survey", "Labour Force Survey, May 2022\n\nEmployment rose by 40,000 (+0.2%) in May.\n", ""},
		{"two periods", "Annual Survey of Hours and Earnings: 2019\n\nThe Business Register 2018 holds 2.7 million firms; earnings rose 2.9%.\n", ""},
		{"survey named with its year first", "Volunteering\n\n2 May 2011\n\nResults from the 2010 General Social Survey show that 36% of adults volunteered.\n", "2010"},
		{"census named with its year first", "Housing\n\nAccording to the 2021 Census, there were 9.4 million dwellings.\n", "2021"},
		{"a month's year before a census", "Housing\n\nIn March 2021 Census staff counted 9.4 million dwellings.\n", ""},
		{"no collection", "Gaming machine spend lifts\n\n27 April 2011\n\nSpend was $205.1 million in the first quarter of 2011.\n", ""},
	}
	for _, tt := range tests {
		d := newDocDraft(DraftSource{Text: tt.text, TextPath: "x.txt"}, map[string]int{})
		p, words, ok := d.collectionPeriod()
		got := ""
		if ok {
			got = p.String()
		}
		if got != tt.want {
			t.Errorf("%s: collectionPeriod() = %q (%q), want %q", tt.name, got, words, tt.want)
		}
	}
}

// TestFrameStatuses reads the status of figures from what their release
// says once of all of them, on releases of different kinds: a chapter of
// transport statistics that calls its traffic figures estimates, a
// revised quarterly estimate (drafts46's ferry release), a release of
// preliminary aid figures (drafts50) and one whose figures are a
// survey's estimates but for a count of registered deaths.
func TestFrameStatuses(t *testing.T) {
	const traffic = "Chapter 5 Road Traffic\n1 Introduction\n" +
		"1.1 This chapter provides information about road traffic, such as the total volume of traffic by type of road.\n" +
		"1.2 Traffic estimates, indicate only the broad level of traffic, so year on year comparisons should be made with care as they are based on a very small cross-section of the roads in Scotland.\n" +
		"2 Main Points\n" +
		"2.1 The total volume of traffic on major roads in 2012 was 28.9 billion vehicle-kms. Traffic on Motorways accounted for 7.1 billion vehicle kms (16% of all traffic).\n"
	const aid = "Preliminary Aid Figures in 2025\n\n" +
		"Aid from official donors in 2025 fell to USD 180 billion, down from USD 200 billion in 2024, as donors cut their support, according to preliminary data published by the OECD.\n\n" +
		"The 9.5% fall in real terms was the largest drop recorded in 20 years.\n\n" +
		"Aid to Kenya in 2025 totalled USD 2.1 billion, down from USD 2.6 billion in 2024.\n"
	tests := []struct {
		name, text, stated, status string
	}{
		{"traffic: a figure of the measure called estimates", traffic, "7.1 billion", "estimate"},
		{"traffic: its share", traffic, "16%", "estimate"},
		{"revised estimate: the release's quarter", onsRevisedText, "1.2%", "estimate"},
		{"revised estimate: the earlier quarter it revises", onsRevisedText, "0.4%", "estimate"},
		{"provisional: the earlier quarter compared with is final", onsProvisionalText, "316", "fact"},
		{"preliminary: the release's own year", aid, "USD 2.1 billion", "estimate"},
		{"preliminary: the earlier year compared with", aid, "USD 2.6 billion", "fact"},
		{"no statement", onsCountText, "1.2%", "fact"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := firstDraft(t, tt.text, tt.stated)
			checkWhat(t, got, tt.stated, "", tt.status, "")
		})
	}
}
