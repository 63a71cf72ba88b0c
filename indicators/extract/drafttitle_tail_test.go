package extract

import "testing"

// tailTitleCases are titles of statistics releases' figures: never a
// verb, a connective, an adjective or a base as what is measured.
var tailTitleCases = []whatCase{
	{name: "a verb opens the sentence: the figure's own clause names it",
		text:   "Road deaths in Eastshire, 2031\n\nRoad deaths fell again in 2031. This extends a long decline in road deaths over 30 years, from a peak in 1998 when deaths reached a record high of 1,204.\n",
		stated: "1,204", title: "Deaths at its peak"},
	{name: "a change after a leading frame takes the sentence's subject",
		text:   "Fires in Westshire\n\nFires\n\nApart from a brief rise in 2027-28, arson has been falling in Westshire since 2020-21, having decreased overall by 31%.\n",
		stated: "31%", title: "Change in arson"},
	{name: "an appositive change takes what the figure before it counts",
		text:   "Marriages in Wales: 2030\n\nKey findings\n\n  • There were 41,200 marriages in Wales in 2030, a fall of 2.1% from 42,080 in 2029.\n",
		stated: "2.1%", title: "Change in marriages"}, // titles18: the general changed-noun reader (changedNP) reads the count's noun; its place, Wales, is in entities
	{name: "a connective is not what changed",
		text:   "Marriages in Wales: 2030\n\nMarriages\n\nThere were 41,200 marriages in Wales in 2030. This ends a run of yearly rises since 2015, with the exception of a 0.6% fall in 2022.\n",
		stated: "0.6%", title: "Fall in marriages in Wales"}, // title38: a change titled from another line takes its own quote's word ("a 0.6% fall")
	{name: "an earlier reading takes the title of the figure it is compared with",
		text:   "Marriages in Wales: 2030\n\nKey findings\n\n  • Over a third (35.2%) of marriages were religious ceremonies; a slight rise compared with 34.8% in 2029.\n",
		stated: "34.8%", title: "Share of marriages that were religious ceremonies"}, // titles77: the share's whole and predicate
	{name: "a relative clause's antecedent, not the base",
		text:   "Trade in Northland: Q2 2031\n\nAt the product level, the fall in exports reflects a £0.9 billion decrease in exports of metals; specifically, steel exported to Asian countries, which fell by £0.4 billion from the previous quarter.\n",
		stated: "£0.4 billion", title: "Change in steel exported to Asian countries"},
	{name: "a share whose subject is its part names it, and a defined acronym for its whole",
		text:   "Grants in 2031\n\nGrants rose in 2031. The 2031 grant total is equivalent to 0.42% of member states' combined gross domestic product (GDP), up from 0.39% in 2030.\n",
		stated: "0.42%", title: "Grant total as a share of member states' combined GDP"},
	{name: "its earlier reading takes the same title",
		text:   "Grants in 2031\n\nGrants rose in 2031. The 2031 grant total is equivalent to 0.42% of member states' combined gross domestic product (GDP), up from 0.39% in 2030.\n",
		stated: "0.39%", title: "Grant total as a share of member states' combined GDP"},
}

func TestTailTitles(t *testing.T) {
	runWhatCases(t, tailTitleCases)
}
