package extract

import "testing"

// drafts39Nurses is a statistics office's paragraph of its own (no
// held-out text) for the change titles of drafttitle_measured.go.
const drafts39Nurses = "Between 2019 and 2020, the number of nurses working in hospitals in Canada rose from 401,200 to 412,350, an increase of 11,150 (2.8%). " +
	"This is well above the 2018 to 2019 increase of 1.2%.\n\n" +
	"The major increase occurred at the senior level of practice, where nurse numbers rose by 6,030 (3.9%). " +
	"In contrast, the number of rural nurses rose by just 1,210 (0.7%).\n\n" +
	"Proportionally, the largest increase was in Ontario, where nurse numbers rose by 4.1% (5,020). " +
	"Manitoba, the only province where nurse numbers fell, recorded a small decrease of 312 (1.5%).\n"

// drafts39Titles are sentences of their own (no held-out text) for the
// title rules of drafttitle_measured.go: each row drafts its text and
// checks the title of the claim stated so.
var drafts39Titles = []struct {
	name, text, stated, title string
}{
	{"the from end of a pair", drafts39Nurses, "401,200", "Nurses working in hospitals in Canada"},
	{"the to end shares the from end's title", drafts39Nurses, "412,350", "Nurses working in hospitals in Canada"},
	{"a bare change noun names what it changes", drafts39Nurses, "11,150", "Change in nurses working in hospitals in Canada"},
	{"its restatement in parentheses too", drafts39Nurses, "2.8%", "Change in nurses working in hospitals in Canada, percent"},
	{"a change of the sentence after takes the last measured phrase", drafts39Nurses, "1.2%", "Change in nurses working in hospitals in Canada"},
	{"no relative word; the level of where", drafts39Nurses, "6,030", "Change in nurses working in hospitals at the senior level"},
	{"a change is never titled as its level", drafts39Nurses, "1,210", "Change in rural nurses"},
	{"its restatement, no capital mid-title", drafts39Nurses, "0.7%", "Change in rural nurses, percent"},
	{"where: the place before it", drafts39Nurses, "4.1%", "Change in nurses working in hospitals in Ontario"},
	{"no judging adjective, the place", drafts39Nurses, "312", "Change in nurses working in hospitals in Manitoba"},

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

func TestDrafts39Titles(t *testing.T) {
	for _, tc := range drafts39Titles {
		t.Run(tc.name, func(t *testing.T) {
			got := firstDraft(t, tc.text, tc.stated)
			checkWhat(t, got, tc.stated, "", "", tc.title)
		})
	}
}
