package extract

import "testing"

// status43Cases: a monthly release whose title names a survey gives
// estimates (its month is its reference period); a survey of
// organisations, or a title with no survey, does not. Under columns of
// periods a table's row label names what its cells count: events or a
// doing over a quarter are a flow, what is held at its end a stock.
var status43Cases = []fieldCase{
	{name: "a monthly survey's title makes its figures estimates",
		text:   "Labour Force Survey, April 2022\nReleased: 2022-05-06\nThe employment rate held steady at 61.9%.\nTotal hours worked fell 1.9% in April.\n",
		stated: "1.9%", want: map[string]string{"status": "estimate"}},
	{name: "its first figure too",
		text:   "Labour Force Survey, April 2022\nReleased: 2022-05-06\nThe employment rate held steady at 61.9%.\nTotal hours worked fell 1.9% in April.\n",
		stated: "61.9%", want: map[string]string{"status": "estimate"}},
	{name: "near miss: a monthly release with no survey in its title is a fact",
		text:   "Labour market statistics, April 2022\nReleased: 2022-05-06\nThe employment rate held steady at 61.9%.\nTotal hours worked fell 1.9% in April.\n",
		stated: "1.9%", want: map[string]string{"status": "fact"}},
	{name: "near miss: a monthly survey of businesses counts what they keep",
		text:   "Monthly Business Survey, April 2022\nReleased: 2022-05-06\nTurnover held steady at 61.9%.\nTotal orders fell 1.9% in April.\n",
		stated: "1.9%", want: map[string]string{"status": "fact"}},
	{name: "a row of a doing under quarters is a flow of its noun",
		text:   quarterTable,
		stated: "1,359", want: map[string]string{"unit": "charity", "measure": "flow"}},
	{name: "a row of events under quarters is a flow",
		text:   quarterTable,
		stated: "1,142", want: map[string]string{"unit": "removal", "measure": "flow"}},
	{name: "a row of things held under quarters is a stock",
		text:   quarterTable,
		stated: "170,503", want: map[string]string{"unit": "charity", "measure": "stock"}},
	{name: "a short last row is still counted by its label",
		text:   quarterTable,
		stated: "923,586", want: map[string]string{"unit": "trustee", "measure": "stock"}},
	{name: "the year-to-date column too",
		text:   quarterTable,
		stated: "4,924", want: map[string]string{"unit": "charity", "measure": "flow"}},
	{name: "near miss: a row of places names no unit",
		text:   "Table 1\nNation | 2023 | 2024 |\n---|---|---|\nEngland | 1,359 | 1,257 |\nWales | 1,142 | 1,010 |\n",
		stated: "1,359", want: map[string]string{"unit": ""}},
}

const quarterTable = "Table 1\nCategory | July to Sept 2024 | Oct to Dec 2024 | Year to date |\n---|---|---|---|\n" +
	"Charities registered | 1,359 | 1,257 | 4,924 |\nRemovals from register | 1,142 | 1,010 | 4,372 |\n" +
	"Charities on the register | 170,503 | 170,755 | |\nTrustees | 923,586 | 924,238 |\n"

func TestDraftStatus43(t *testing.T) { runFieldCases(t, status43Cases) }
