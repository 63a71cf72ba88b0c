package extract

import "testing"

// fieldsCrimeText is a government statistics release dated by a
// reporting year in its title, in words of its own.
const fieldsCrimeText = "Recorded Offences in Offshire, 2030-31\n\n" +
	"This Official Statistics bulletin presents offences recorded by the police.\n\n" +
	"Main findings\n\n" +
	"The total number of offences recorded by the police in 2030-31 was 81,200. " +
	"Thefts account for 41% of all recorded offences in 2030-31.\n"

// fieldsSeasonText is a statistics release of a crop season.
const fieldsSeasonText = "Wheat Outlook, 2030-31 season\n\n" +
	"This Official Statistics release presents the harvest.\n\n" +
	"Production in 2030-31 is estimated at 12.5 million tonnes.\n"

// fieldsTradeText is a country's own trade release, in words of its
// own: the totals name no partner, one commodity's flow names one, and
// another is "from outside" a place.
const fieldsTradeText = "Canada Trade: May 2031\n\n" +
	"Main points\n\n" +
	"Canada's trade deficit was $4.1 billion in May 2031; narrowing by $0.6 billion from the previous month. " +
	"Exports of lumber fell by $1.2 billion, reflecting a $0.9 billion fall in lumber exported to Japan. " +
	"Imports of steel from outside Japan rose by $0.3 billion.\n"

// fieldsQuarterText is a trade release's bullet that names its quarter
// once, then goes on, and a sentence that explains a monthly figure
// compared with the month before.
const fieldsQuarterText = "Canada Trade: May 2031\n\n" +
	"Main points\n\n" +
	"  • Canada's trade deficit was $2.8 billion in May 2031, compared with $3.3 billion in April 2031. " +
	"This reflects a deficit of $9.1 billion on goods, partially offset by a surplus of $6.3 billion on services\n\n" +
	"  • In quarter 1 January to March 2031, the goods deficit widened by $0.7 billion to $28.4 billion. " +
	"The widening reflects a $2.5 billion fall in exports and a $1.8 billion fall in imports.\n"

// fieldsComparandText is a statistics release whose years date a
// comparand or a concessive clause, in words of its own.
const fieldsComparandText = "Recorded Offences in Offshire, 2030-31\n\n" +
	"This Official Statistics bulletin presents offences recorded by the police.\n\n" +
	"Main findings\n\n" +
	"The total number of offences recorded by the police in 2030-31 was 81,200. " +
	"This is 6% lower than the level recorded in 2029-30. " +
	"Apart from a small rise in 2026-27, offences have fallen since 2021-22, having decreased overall by 31%.\n"

// fieldsFromText is a change whose comparand carries its own year.
const fieldsFromText = "Marriages in Offshire\n\n" +
	"There were 41,250 marriages in Offshire in 2031, a decrease of 2.6% from 42,350 in 2030.\n"

// fieldsCaptionText is a statistics release with a chart's caption
// between its paragraphs, written twice, and a heading written twice.
const fieldsCaptionText = "Recorded Offences in Offshire, 2030-31\n\n" +
	"This Official Statistics bulletin presents offences recorded by the police.\n\n" +
	"Total Offences\n\n" +
	"Total Offences\n\n" +
	"The total number of offences recorded by the police in 2030-31 was 81,200.\n\n" +
	"Chart 1: Offences recorded by the police, 1981 to 1999 then 2000-01 to 2030-31\n\n" +
	"Chart 1: Offences recorded by the police, 1981 to 1999 then 2000-01 to 2030-31\n\n" +
	"At 38%, thefts account for over a third of all recorded offences in 2030-31.\n"

// fieldsOriginText is a release on one area whose figure counts people
// by where they were born.
const fieldsOriginText = "Marriages in Scotland, 2031\n\n" +
	"There were 28,100 marriages in Scotland in 2031.\n\n" +
	"Nearly a fifth (18.5%) of brides were born outside the UK.\n"

// TestDraftFields checks the parties and periods of drafts52's rules.
// A release's "2030-31" is a year across two, "2030/31", as the dev hand
// catalogs write a release's financial year (grid22).
func TestDraftFields(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "release year across two is a reporting year", text: fieldsCrimeText, stated: "81,200",
			want: map[string]string{"period": "2030/31"}},
		{name: "a share in the release year", text: fieldsCrimeText, stated: "41%",
			want: map[string]string{"period": "2030/31"}},
		{name: "a crop season is a year across two", text: fieldsSeasonText, stated: "12.5 million tonnes",
			want: map[string]string{"period": "2030/31"}},
		{name: "a deficit naming no partner is with the world", text: fieldsTradeText, stated: "$4.1 billion",
			want: map[string]string{"entities": "CA", "counterpart": "WLD"}},
		{name: "a change takes its level's parties", text: fieldsTradeText, stated: "$0.6 billion",
			want: map[string]string{"entities": "CA", "counterpart": "WLD"}},
		{name: "exports naming no partner are with the world", text: fieldsTradeText, stated: "$1.2 billion",
			want: map[string]string{"entities": "CA", "counterpart": "WLD"}},
		{name: "exported to a place makes it the counterpart", text: fieldsTradeText, stated: "$0.9 billion",
			want: map[string]string{"entities": "CA", "counterpart": "JP"}},
		{name: "from outside a place names no party", text: fieldsTradeText, stated: "$0.3 billion",
			want: map[string]string{"entities": "CA", "counterpart": ""}},
		{name: "a sentence with no date takes the bullet's quarter", text: fieldsQuarterText, stated: "$2.5 billion",
			want: map[string]string{"period": "2031-Q1"}},
		{name: "its second figure too", text: fieldsQuarterText, stated: "$1.8 billion",
			want: map[string]string{"period": "2031-Q1"}},
		{name: "this reflects takes the main figure's month", text: fieldsQuarterText, stated: "$9.1 billion",
			want: map[string]string{"period": "2031-05"}},
		{name: "and not the compared-with month", text: fieldsQuarterText, stated: "$6.3 billion",
			want: map[string]string{"period": "2031-05"}},
		{name: "the compared-with reading keeps its month", text: fieldsQuarterText, stated: "$3.3 billion",
			want: map[string]string{"period": "2031-04"}},
		{name: "lower than the level in a year: that year is the base", text: fieldsComparandText, stated: "6%",
			want: map[string]string{"period": "2030/31", "base": "2029/30"}},
		{name: "a concessive clause's year never dates the change since", text: fieldsComparandText, stated: "31%",
			want: map[string]string{"period": "2030/31", "base": "2021/22"}},
		{name: "the year after from a number dates the comparand", text: fieldsFromText, stated: "2.6%",
			want: map[string]string{"period": "2031", "base": "2030"}},
		{name: "a chart's caption is no heading and dates nothing", text: fieldsCaptionText, stated: "38%",
			want: map[string]string{"period": "2030/31", "section": "Total Offences"}},
		{name: "a heading written twice is one", text: fieldsCaptionText, stated: "81,200",
			want: map[string]string{"section": "Total Offences"}},
		{name: "a place of birth is the people's origin, not the figure's place", text: fieldsOriginText, stated: "18.5%",
			want: map[string]string{"entities": "GB-SCT"}},
	})
}
