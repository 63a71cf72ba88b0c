package extract

import (
	"testing"
)

// clauseTitleTitles are sentences of their own (no held-out text) for the
// title rules of drafttitle_subject.go: each row drafts its text and
// checks the title of the claim stated so.
var clauseTitleTitles = []struct {
	name, text, stated, title string
}{
	{"dash amounts belong to the clause before",
		"Canadian lumber exports to Japan were up 4.2 percent – from $12.1 billion in 2016 to $12.6 billion in 2018.",
		"$12.1 billion", "Canadian lumber exports to Japan"},
	{"a change says it is a change and names its base",
		"Canadian lumber exports to Japan were up 4.2 percent – from $12.1 billion in 2016 to $12.6 billion in 2018.",
		"4.2 percent", "Change in Canadian lumber exports to Japan since 2016"},
	{"dash: a change after the verb phrase",
		"Exports of farm machinery have seen a strong rise – up 18.4 percent to $2.3 billion.",
		"18.4 percent", "Change in exports of farm machinery"},
	{"experienced gains drops its examples",
		"Exports of medical devices, such as scanners and monitors, also experienced gains of 11.5 percent to $0.9 billion.",
		"11.5 percent", "Change in exports of medical devices"},
	{"a quoted name with a digit is kept whole",
		"Despite a slow start, sales of “Model 7” tractors in Chile increased 35 percent.",
		"35 percent", "Change in sales of “Model 7” tractors in Chile"},
	{"footnote marker skipped, ending preposition mended",
		"Regional water use[3] for the March quarter 2021 was stable, but increased by 0.6 per cent in trend terms.",
		"0.6 per cent", "Change in regional water use"},
	{"a figure in parentheses is the noun phrase's change",
		"Gains in exports were offset by the steady reduction in output from coal mining (down 2.4 per cent).",
		"2.4 per cent", "Change in output from coal mining"},
	{"a figure in parentheses after a noun phrase",
		"The rest of the growth came from net interstate migration (12,300 people).",
		"12,300 people", "Net interstate migration"},
	{"gloss skipped: X (gloss) was N",
		"Natural decrease (deaths in excess of births) was 4,200 people in the region.",
		"4,200 people", "Natural decrease"},
	{"X increased by N people is the increase in X",
		"In the year ended June 2011, Tasmania's population increased by 3,900 people.",
		"3,900 people", "Change in Tasmania's population"},
	{"largest increase of a place, the noun carried",
		"All regions increased in population, with Otago experiencing the largest increase (6,100 people) and Westland the smallest (200 people).",
		"6,100 people", "Change in Otago's population"},
	{"gapped place after the largest",
		"All regions increased in population, with Otago experiencing the largest increase (6,100 people) and Westland the smallest (200 people).",
		"200 people", "Change in Westland's population"},
	{"main contributor is the subject",
		"Net migration was the main contributor to the province's population growth (4,500 people) while natural increase added a further 900 people.",
		"4,500 people", "Net migration"},
	{"X added N is X",
		"Net migration was the main contributor to the province's population growth (4,500 people) while natural increase added a further 900 people.",
		"900 people", "Natural increase"},
	{"fraction and percent is a share due to the subject",
		"Net migration was 61,000 people, contributing to over two-thirds (68%) of the total population growth over this period.",
		"68%", "Share of total population growth due to net migration"},
	{"a date phrase is dropped whole",
		"Emissions for the year to March 2020 are estimated to be 510 Mt, down 0.3 per cent on the previous year.",
		"0.3 per cent", "Change in emissions on the previous year"},
	{"two changes of one sentence name their bases",
		"Britain's emissions for the year to March 2020 have declined 11.2 per cent since the peak in the year to March 2008 and were 2.5 per cent below emissions in 2001.",
		"2.5 per cent", "Change in Britain's emissions since 2001"},
	{"base written before the figure",
		"Water use per household in the year to March 2020 was lower than 1995 by 21.4 per cent.",
		"21.4 per cent", "Change in water use per household since 1995"},
}

func TestDraftTitlesClauseTitle(t *testing.T) {
	for _, tc := range clauseTitleTitles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if got.ind.Title != tc.title {
				t.Errorf("title of %q in %q = %q (%s), want %q", tc.stated, tc.text, got.ind.Title, got.fieldNotes["title"], tc.title)
			}
		})
	}
}

// clauseTitleEmpty are titles that name nothing, and titles that do.
var clauseTitleEmpty = []struct {
	title string
	want  bool
}{
	{"Billion", true},
	{"Up", true},
	{"Down", true},
	{"Experienced gains", true},
	{"Increase in", true},
	{"Reduction in", true},
	{"People", true},
	{"People was", true},
	{"People Australia's population increased", true},
	{"Change in sales of “Detroit", true},
	{"Unnamed share", true},
	{"Since the peak", true},
	{"Orphans and vulnerable children cared for", false},
	{"People the three projects would benefit", false},
	{"Change in sales of “Detroit 3” cars", false},
	{"Exports of pharmaceuticals", false},
}

func TestDraftEmptyTitle(t *testing.T) {
	for _, tc := range clauseTitleEmpty {
		if got := emptyTitle(tc.title); got != tc.want {
			t.Errorf("emptyTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// clauseTitleSubjects are clauses and the subject read from them.
var clauseTitleSubjects = []struct{ clause, want string }{
	{"National water levels[4] for the June quarter 2020 were", "National water levels"},
	{"Emissions per capita in the year to June 2018 were lower than", "Emissions per capita"},
	{"Imports of steel, such as coils and sheets, rose", "Imports of steel"},
	{"While small, sales of \"Route 66\" bikes in Peru increased", "sales of \"Route 66\" bikes in Peru"},
	{"Natural increase (births less deaths) was", "Natural increase"},
	{"the total population growth over this period", "total population growth"},
}

func TestDraftClauseSubject(t *testing.T) {
	for _, tc := range clauseTitleSubjects {
		if got := clauseSubject(tc.clause); got != tc.want {
			t.Errorf("clauseSubject(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}

// nurseTitleNurses is a statistics office's paragraph of its own (no
// held-out text) for the change titles of drafttitle_measured.go.
const nurseTitleNurses = "Between 2019 and 2020, the number of nurses working in hospitals in Canada rose from 401,200 to 412,350, an increase of 11,150 (2.8%). " +
	"This is well above the 2018 to 2019 increase of 1.2%.\n\n" +
	"The major increase occurred at the senior level of practice, where nurse numbers rose by 6,030 (3.9%). " +
	"In contrast, the number of rural nurses rose by just 1,210 (0.7%).\n\n" +
	"Proportionally, the largest increase was in Ontario, where nurse numbers rose by 4.1% (5,020). " +
	"Manitoba, the only province where nurse numbers fell, recorded a small decrease of 312 (1.5%).\n"

// nurseTitleTitles are sentences of their own (no held-out text) for the
// title rules of drafttitle_measured.go: each row drafts its text and
// checks the title of the claim stated so.
var nurseTitleTitles = []struct {
	name, text, stated, title string
}{
	{"the from end of a pair", nurseTitleNurses, "401,200", "Nurses working in hospitals in Canada"},
	{"the to end shares the from end's title", nurseTitleNurses, "412,350", "Nurses working in hospitals in Canada"},
	{"a bare change noun names what it changes", nurseTitleNurses, "11,150", "Change in nurses working in hospitals in Canada"},
	{"its restatement in parentheses too", nurseTitleNurses, "2.8%", "Change in nurses working in hospitals in Canada, percent"},
	{"a change of the sentence after takes the last measured phrase", nurseTitleNurses, "1.2%", "Increase in nurses working in hospitals in Canada"}, // title38: its own quote's word ("increase of 1.2%")
	{"no relative word; the level of where", nurseTitleNurses, "6,030", "Change in nurses working in hospitals at the senior level"},
	{"a change is never titled as its level", nurseTitleNurses, "1,210", "Change in rural nurses"},
	{"its restatement, no capital mid-title", nurseTitleNurses, "0.7%", "Change in rural nurses, percent"},
	{"where: the place before it", nurseTitleNurses, "4.1%", "Change in nurses working in hospitals in Ontario"},
	{"no judging adjective, the place", nurseTitleNurses, "312", "Change in nurses working in hospitals in Manitoba"},

	{"a hedge word is no title",
		"The council set aside a further $3.1 million approved in the 2024 plan to repair bridges.",
		"$3.1 million", "Funding approved in the plan"},
	{"doubled X is X, never the actor",
		"Since taking office, the new council doubled library spending and opened two branches.",
		"doubled", "Library spending"},
	{"will double is the rise in its subject",
		"Without new pipes, the cost of water losses will double to $40 million a year by 2030.",
		"double", "Change in the cost of water losses"},
	{"an actor contributing is its contribution",
		"The city will spend $12 million on parks, with local businesses contributing a further $3 million.",
		"$3 million", "Contribution of local businesses"},
	{"a share keeps what it is earmarked for",
		"The fund holds $80 million. Two thirds of this money is earmarked for schools in rural districts.",
		"Two thirds", "Share of money earmarked for schools in rural districts"},
	{"an amount to do something is funding to do it",
		"The centrepiece of the plan is $9.5 million to rebuild the city's main water line - Line 4 - running over 42 kilometres from Dover to Hull.",
		"$9.5 million", "Funding to rebuild the city's main water line"},
	{"a length is the length of the noun before it",
		"The centrepiece of the plan is $9.5 million to rebuild the city's main water line - Line 4 - running over 42 kilometres from Dover to Hull.",
		"over 42 kilometres", "Length of the city's main water line"},
	{"a bullet's name names its figures",
		"Works start this year:\n\n  • Harbour Bridge - due to open in 2027. Total project cost is $2.3 billion, with a state contribution of $1.1 billion.\n",
		"$2.3 billion", "Harbour Bridge: total project cost"},

	{"every point of a series has its subject's title",
		"Broadband coverage in the 40 rural districts served by the fund rose from 12% in 2018 to 30% in 2021 and 45% in 2022.",
		"12%", "Broadband coverage in rural districts served by the fund"},
	{"the series' middle point",
		"Broadband coverage in the 40 rural districts served by the fund rose from 12% in 2018 to 30% in 2021 and 45% in 2022.",
		"30%", "Broadband coverage in rural districts served by the fund"},
	{"the series' last point",
		"Broadband coverage in the 40 rural districts served by the fund rose from 12% in 2018 to 30% in 2021 and 45% in 2022.",
		"45%", "Broadband coverage in rural districts served by the fund"},
	{"a counted subject takes its predicate",
		"By 2023, 21 towns had successfully opened their first public clinic with state support, fully vaccinating more than 4.2 million children since 2015.",
		"21 towns", "Towns that opened their first public clinic with state support"},
	{"a count after a gerund is titled by it",
		"By 2023, 21 towns had successfully opened their first public clinic with state support, fully vaccinating more than 4.2 million children since 2015.",
		"more than 4.2 million children", "Children fully vaccinated"},
	{"never a linking verb",
		"The clinics vaccinated 4.2 million children, which translates to over 9,000 child deaths averted each year.",
		"over 9,000 child deaths", "Child deaths averted each year"},
	{"a goal names its object",
		"With new money in place, the Fund has set a goal to reach over 10 million women with screening by 2030.",
		"over 10 million women", "Women the Fund aims to reach"},
	{"X, causing N deaths: deaths from X",
		"Malaria is a leading disease in children, causing more than 400,000 deaths in 2021 in low-income countries.",
		"more than 400,000 deaths", "Deaths from malaria in low-income countries"},
	{"these: the last one named",
		"Lung cancer is the deadliest cancer in men. However, smoking is linked to over 80% of these cancers.",
		"over 80%", "Share of lung cancers linked to smoking"},
	{"a rate keeps its base",
		"The vaccine has a strong record, with 3.2 deaths averted per 1,000 children vaccinated.",
		"3.2", "Deaths averted per 1,000 children vaccinated"},
}

func TestDraftTitlesNurseTitle(t *testing.T) {
	for _, tc := range nurseTitleTitles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", "", tc.title)
		})
	}
}

// rowTitleTitles are sentences of their own (no held-out text) for the
// title rules of drafttitle_frame.go: a title that names only the counted
// noun, a place, the source or a frame takes the figure's noun phrase or
// its sentence's subject.
var rowTitleTitles = []struct {
	name, text, stated, title string
}{
	{"a frame before the subject; the place joins the figure's noun phrase",
		"Among the region's four ports, Halden handled a 12% increase in container traffic this quarter.",
		"12%", "Change in container traffic in Halden"},
	{"a figure belongs to its noun phrase, not the clause's subject",
		"Lower grain exports drove the 9% annual decrease in Northport's freight volumes compared to 2023.",
		"9%", "Change in Northport's freight volumes"},
	{"a level in parentheses takes the sentence's subject, past the dateline",
		"LISBON, March 3, 2026 /Wire/ - The three-month average of new car registrations increased (2.1%) in February (41,500 units), according to the National Vehicle Register (NVR).",
		"41,500 units", "Three-month average of new car registrations"},
	{"the source is never the title of the change",
		"LISBON, March 3, 2026 /Wire/ - The three-month average of new car registrations increased (2.1%) in February (41,500 units), according to the National Vehicle Register (NVR).",
		"2.1%", "Change in three-month average of new car registrations"},
	{"a long subject is cut at its second preposition; total opens it",
		"The total weekly count of new business filings for all regions in Ireland was flat (0.2%) in May (18,400 filings) compared to April (18,360 filings).",
		"18,400 filings", "Total weekly count of new business filings"},
	{"a table row's counted noun keeps its phrase",
		rowTitleRows, "2,905 refunds", "Refunds from audits"},
}

// rowTitleRows is a table of main points of its own (no held-out text):
// a first cell that counts, a second that changes it.
const rowTitleRows = "Main points\n" +
	"4,210 inspections of licensed premises between April and June 2025 | This is a rise of 6% compared to the same period in 2024. |\n" +
	"2,905 refunds from audits between April and June 2025 | This is 4% lower than the same period in 2024. |\n" +
	"1,380 fines for late returns at the end of June 2025 | This number fell by 2% compared to the number of fines issued in the spring. |\n"

func TestDraftTitlesRowTitle(t *testing.T) {
	for _, tc := range rowTitleTitles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", "", tc.title)
		})
	}
}

// rowTitleSubjects are openings of their own for leadSubject.
var rowTitleSubjects = []struct{ in, want string }{
	{"Among Canada's big three ports, Halden recorded a ", "Halden"},
	{"The rural permits monthly estimate was ", "rural permits monthly estimate"},
	{"Northport posted an ", "Northport"},
	{"In the north, the number of new wells rose by ", "number of new wells"},
}

func TestDraftLeadSubject(t *testing.T) {
	for _, tc := range rowTitleSubjects {
		if got := leadSubject(tc.in); got != tc.want {
			t.Errorf("leadSubject(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
