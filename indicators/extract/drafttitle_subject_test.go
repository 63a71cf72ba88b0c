package extract

import "testing"

// drafts36Titles are sentences of their own (no held-out text) for the
// title rules of drafttitle_subject.go: each row drafts its text and
// checks the title of the claim stated so.
var drafts36Titles = []struct {
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

func TestDrafts36Titles(t *testing.T) {
	for _, tc := range drafts36Titles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			if got.ind.Title != tc.title {
				t.Errorf("title of %q in %q = %q (%s), want %q", tc.stated, tc.text, got.ind.Title, got.fieldNotes["title"], tc.title)
			}
		})
	}
}

// drafts36Empty are titles that name nothing, and titles that do.
var drafts36Empty = []struct {
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

func TestDrafts36EmptyTitle(t *testing.T) {
	for _, tc := range drafts36Empty {
		if got := emptyTitle(tc.title); got != tc.want {
			t.Errorf("emptyTitle(%q) = %v, want %v", tc.title, got, tc.want)
		}
	}
}

// drafts36Subjects are clauses and the subject read from them.
var drafts36Subjects = []struct{ clause, want string }{
	{"National water levels[4] for the June quarter 2020 were", "National water levels"},
	{"Emissions per capita in the year to June 2018 were lower than", "Emissions per capita"},
	{"Imports of steel, such as coils and sheets, rose", "Imports of steel"},
	{"While small, sales of \"Route 66\" bikes in Peru increased", "sales of \"Route 66\" bikes in Peru"},
	{"Natural increase (births less deaths) was", "Natural increase"},
	{"the total population growth over this period", "total population growth"},
}

func TestDrafts36ClauseSubject(t *testing.T) {
	for _, tc := range drafts36Subjects {
		if got := clauseSubject(tc.clause); got != tc.want {
			t.Errorf("clauseSubject(%q) = %q, want %q", tc.clause, got, tc.want)
		}
	}
}
