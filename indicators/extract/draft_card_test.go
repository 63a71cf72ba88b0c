package extract

import (
	"os"
	"testing"
)

// Headline cards (draftcard.go), field by field, on the cards of three
// publishers' releases and on prose whose lines a figure opens.

// cardDefence is the Ministry of Defence's quarterly service personnel
// statistics (testdata/kinds/defence): a stock at a day and a flow over
// twelve months, each with its change.
func cardDefence(t *testing.T) string {
	b, err := os.ReadFile("../../testdata/kinds/defence/doc.txt")
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// cardPolice is the key finding of the Home Office's Police workforce,
// England and Wales: 31 March 2023 (gov.uk, found with the search tool):
// the card's lines stand apart, and the line below opens with its verb.
const cardPolice = "Police workforce, England and Wales: 31 March 2023 (second edition)\n\n" +
	"Key findings\n\n" +
	"147,430 full-time equivalent (FTE) officers\n\n" +
	"were in post as at 31 March 2023 in the 43 territorial police forces in England and Wales\n"

// cardWrapped is prose wrapped at a fixed width, whose lines a figure
// opens (testdata/corpus: usmission-2008-kenya-pepfar,
// wh-2003-us-africa-partnership): no card.
const cardWrapped = "2008 Fact Sheet\n\n" +
	"The United States Global AIDS Coordinator has approved a 2008 budget of\n" +
	"US$534.8 million for a comprehensive program of HIV prevention, care, and treatment\n" +
	"in Kenya supported by the American people.\n\n" +
	"The U.S. is committing $200 million over five years to train\n" +
	"more than 420,000 teachers in Africa, to provide scholarships to\n" +
	"250,000 African girls, and to partner historically black universities\n" +
	"in America in bringing 4 million textbooks to African children.\n\n" +
	"12,000 people attended the opening of the new hall and\n" +
	"the mayor spoke at 1 October 2024.\n"

func cardCases(t *testing.T) []draftCase {
	cardDefence := cardDefence(t)
	return []draftCase{
		{name: "card: a stock's label, unit and day", text: cardDefence, stated: "181,550",
			title: "Strength of UK Forces Service Personnel", unit: "person", entities: "GB", measure: "stock", status: "fact", period: "2024-10-01",
			section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: its change is the change of the card's figure, since a day", text: cardDefence, stated: "3,320",
			title: "Change in strength of UK Forces Service Personnel", unit: "person", entities: "GB", measure: "change", status: "fact",
			period: "2024-10-01", base: "2023-10-01", direction: "down", section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: the change in percent", text: cardDefence, stated: "3 per cent",
			title: "Change in Full-Time Trained Strength, percent", entities: "GB", measure: "change", status: "fact",
			period: "2024-10-01", base: "2023-10-01", section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: a long label up to its parenthesis", text: cardDefence, stated: "127,440",
			title: "Full-Time Trained Strength", unit: "person", entities: "GB", measure: "stock", status: "fact", period: "2024-10-01",
			section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: a flow over a span of days that are whole months", text: cardDefence, stated: "12,440 People",
			title: "People joined the UK Regular Armed Forces", unit: "person", entities: "GB", measure: "flow", status: "fact", period: "2023-10/2024-09",
			section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: a flow's change on the previous twelve months", text: cardDefence, stated: "1,980",
			title: "Change in people joined the UK Regular Armed Forces", unit: "person", entities: "GB", measure: "change", status: "fact",
			period: "2023-10/2024-09", base: "2022-10/2023-09", direction: "up", section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: a year in a name is no title's", text: cardDefence, stated: "29,260",
			title: "Strength of the Trained Future Reserves", unit: "person", entities: "GB", measure: "stock", status: "fact", period: "2024-10-01",
			section: "Quarterly service personnel statistics 1 October 2024"},
		{name: "card: its lines apart, the line below opens with a verb", text: cardPolice, stated: "147,430",
			title: "Full-time equivalent (FTE) officers", unit: "full-time equivalent officer", entities: "GB-EAW", measure: "stock", status: "fact",
			period: "2023-03-31", section: "Key findings"},
		{name: "no card: a figure that opens a line of wrapped prose", text: cardWrapped, stated: "US$534.8 million",
			title: "Budget for HIV prevention, care, and treatment in Kenya", period: "2008", section: "2008 Fact Sheet"},
		{name: "no card: a wrapped line with a comma", text: cardWrapped, stated: "250,000 African girls",
			title: "African girls to be provided scholarships", period: "2008", section: "2008 Fact Sheet"},
		{name: "no card: a paragraph a figure opens, wrapped mid-clause", text: cardWrapped, stated: "12,000 people",
			title: "People attending the opening of the new hall", period: "2024-10-01", section: "2008 Fact Sheet"},
	}
}

func TestDraftCards(t *testing.T) {
	runDraftCases(t, cardCases(t))
}
