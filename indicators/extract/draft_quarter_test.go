package extract

import "testing"

// quarterlyText is a statistical office's quarterly release in words of
// its own: quarters before and after the figures, a code in parentheses,
// "the previous quarter", "respectively", and a paragraph about one
// country whose second sentence names neither quarter nor place.
const quarterlyText = "Retail volumes up in the eurozone\n\n" +
	"3 March 2023\n\n" +
	"Retail sales volumes rose by 0.6% in both the eurozone (EA20) and in the EU27 during the fourth quarter of 2022, compared with the previous quarter.\n\n" +
	"In the third quarter of 2022, retail volumes had fallen by 0.3% in the eurozone and by 0.2% in the EU27.\n\n" +
	"Compared with the same quarter of the previous year, volumes rose by 1.8% in the eurozone and by 1.5% in the EU27 in the fourth quarter of 2022, after +0.4% and +0.5% respectively in the previous quarter.\n\n" +
	"During the fourth quarter of 2022, retail sales in Japan increased by 0.9% compared with the previous quarter (after +1.1% in the third quarter of 2022). " +
	"Compared with the same quarter of the previous year, sales grew by 2.4% (after +3.1% in the previous quarter).\n"

var quarterCases = []fieldCase{
	{name: "a place's code in parentheses does not end the figure's phrase; \"in both A and B\" is both", text: quarterlyText, stated: "0.6%",
		want: map[string]string{"period": "2022-Q4", "entities": "EZ,EU", "counterpart": ""}},
	{name: "a quarter opening the sentence dates the figure by its quarter", text: quarterlyText, stated: "0.3%",
		want: map[string]string{"period": "2022-Q3", "entities": "EZ", "counterpart": ""}},
	{name: "\"by X in A and by Y in B\": the second figure is B's, no counterpart", text: quarterlyText, stated: "0.2%",
		want: map[string]string{"period": "2022-Q3", "entities": "EU", "counterpart": ""}},
	{name: "a quarter closing the sentence dates the figures before it", text: quarterlyText, stated: "1.8%",
		want: map[string]string{"period": "2022-Q4", "entities": "EZ", "counterpart": ""}},
	{name: "\"in the previous quarter\": the quarter before the sentence's; \"respectively\": the first area", text: quarterlyText, stated: "0.4%",
		want: map[string]string{"period": "2022-Q3", "entities": "EZ", "counterpart": ""}},
	{name: "\"respectively\": the second area", text: quarterlyText, stated: "0.5%",
		want: map[string]string{"period": "2022-Q3", "entities": "EU", "counterpart": ""}},
	{name: "\"compared with the previous quarter\" is a base, not the period", text: quarterlyText, stated: "0.9%",
		want: map[string]string{"period": "2022-Q4", "entities": "JP"}},
	{name: "a quarter in another figure's parentheses dates that figure", text: quarterlyText, stated: "1.1%",
		want: map[string]string{"period": "2022-Q3", "entities": "JP"}},
	{name: "a sentence with neither quarter nor place takes its paragraph's quarter and place, not the heading's", text: quarterlyText, stated: "2.4%",
		want: map[string]string{"period": "2022-Q4", "entities": "JP"}},
	{name: "\"the previous quarter\" in a sentence without a quarter: before the paragraph's", text: quarterlyText, stated: "3.1%",
		want: map[string]string{"period": "2022-Q3", "entities": "JP"}},
}

func TestDraftQuarterCases(t *testing.T) {
	runFieldCases(t, quarterCases)
}
