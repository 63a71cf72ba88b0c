package extract

import "testing"

// drafts43Nations is a statistics page of the UK's nations, of my own
// words: England and Wales, Great Britain, a nation alone, the UK, and
// the UK's central bank.
const drafts43Nations = `Library loans quarterly: April to June 2031
Published 14 August 2031
Applies to England and Wales

Main Points

1,204 libraries open as at 30 June 2031.

Loans to readers in England and Wales rose to 3.2 million in the quarter, and renewals fell.

Average opening hours for libraries in Great Britain were 41 a week in 2031.

In Scotland, 410 libraries lent 0.9 million books in 2031.

Across the UK, 2,950 libraries were open in 2031.
`

// drafts43Bank is a sentence of a UK central bank's statement, of my own
// words.
const drafts43Bank = `Library card survey, June 2031

The Bank of England's survey put the cost of a library card at 5 pounds in 2031.
`

var drafts43NationCases = []fieldCase{
	{name: "a figure naming no place takes the page's England and Wales", text: drafts43Nations, stated: "1,204 libraries",
		want: map[string]string{"entities": "GB-EAW"}},
	{name: "England and Wales cut by a break at and is still both", text: drafts43Nations, stated: "3.2 million",
		want: map[string]string{"entities": "GB-EAW"}},
	{name: "Great Britain is GB-GBN", text: drafts43Nations, stated: "41 a week",
		want: map[string]string{"entities": "GB-GBN"}},
	{name: "a nation of the UK is its own subdivision", text: drafts43Nations, stated: "410 libraries",
		want: map[string]string{"entities": "GB-SCT"}},
	{name: "the UK stays GB", text: drafts43Nations, stated: "2,950 libraries",
		want: map[string]string{"entities": "GB"}},
	{name: "the Bank of England is the UK's", text: drafts43Bank, stated: "5 pounds",
		want: map[string]string{"entities": "GB"}},
}

func TestDrafts43Nations(t *testing.T) { runFieldCases(t, drafts43NationCases) }
