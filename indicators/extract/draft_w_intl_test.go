package extract

import "testing"

// intlReviewText is an international body's review release about one
// country, in words of its own: the headline names the country, figures
// below name none.
const intlReviewText = "IMF Staff Completes Second Review of the Arrangement for Ruritania's Neighbour Portugal\n\n" +
	"FOR IMMEDIATE RELEASE\n\n" +
	"• The Executive Board of the International Monetary Fund (IMF) completed the second review for Portugal, enabling a draw of about US$90 million.\n\n" +
	"Lisbon, PT – March 3, 2025: The IMF Executive Board today completed the second review for Portugal. " +
	"The completion enables the authorities to draw about US$90 million. " +
	"The Portuguese economy grew 2.1 percent in 2024. " +
	"Growth is projected to ease to 1.8 percent in 2025 as weaker global demand weighs on exports. " +
	"Inflation is set to reach 2.4 percent at end-2025.\n"

func TestDraftIntlReleaseHome(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "no place, one country in headline", text: intlReviewText, stated: "about US$90 million", want: map[string]string{"entities": "PT", "counterpart": ""}},
		{name: "demonym", text: intlReviewText, stated: "2.1 percent", want: map[string]string{"entities": "PT"}},
		{name: "global in a later clause", text: intlReviewText, stated: "1.8 percent", want: map[string]string{"entities": "PT"}},
		{name: "no place at all", text: intlReviewText, stated: "2.4 percent", want: map[string]string{"entities": "PT"}},
		{name: "world headline", text: "A record 60 million children worldwide need food aid\n\n(Rome, 5 May 2018): A record 60 million children in the world need food aid today, UN agencies said. " +
			"Donors have provided US$2.1 billion so far. Floods in Kenya and drought in Chad added to the needs.\n",
			stated: "US$2.1 billion", want: map[string]string{"entities": "WLD"}},
	})
}

func TestDraftLenderNameNoPlace(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "inter-american", text: "May 2, 2022\n\nThe Inter-American Development Bank (IDB) approved a $40 million loan to help small farmers in Paraguay.\n\nThe loan has a grace period of 6 years.\n",
			stated: "$40 million", want: map[string]string{"entities": "PY", "counterpart": ""}},
		{name: "asian", text: "The Asian Infrastructure Investment Bank said it lent $300 million in 2021.\n",
			stated: "$300 million", want: map[string]string{"entities": ""}},
		{name: "african", text: "The African Development Bank lent $200 million to Ghana in 2021.\n",
			stated: "$200 million", want: map[string]string{"entities": "GH", "counterpart": ""}},
	})
}

func TestDraftLenderLeadBelowDateLine(t *testing.T) {
	const text = "May 2, 2022\n\nThe Inter-American Development Bank (IDB) approved a $40 million loan to help small farmers in Paraguay who lost crops.\n\n" +
		"The project will train 1,200 farmers. The loan has a grace period of 6 years.\n"
	runFieldCases(t, []fieldCase{
		{name: "later figure", text: text, stated: "1,200 farmers", want: map[string]string{"entities": "PY"}},
		{name: "terms", text: text, stated: "6 years", want: map[string]string{"entities": "PY"}},
	})
	got := firstDraft(t, text, "$40 million")
	checkWhat(t, got, "$40 million", "", "fact", "IDB financing approved for a loan to help small farmers in Paraguay")
}

func TestDraftAndClauseOwnPlaces(t *testing.T) {
	const text = "June 1, 2021\n\nThe World Bank approved a $50 million program to support families in Honduras.\n\n" +
		"Honduras is the second poorest country in Central America, and 48.3% of households live on less than $5 a day.\n"
	runFieldCases(t, []fieldCase{
		{name: "clause after and", text: text, stated: "48.3%", want: map[string]string{"entities": "HN", "counterpart": ""}},
	})
}
