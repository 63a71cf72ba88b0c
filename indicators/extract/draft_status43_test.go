package extract

import "testing"

// status43Cases: under columns of periods a table's row label names what
// its cells count: events or a doing over a quarter are a flow, what is
// held at its end a stock; a row of places names no unit.
var status43Cases = []fieldCase{
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
