package extract

import "testing"

// factSheetText is a ministry's fact sheet in words of its own, as a
// reposting site keeps it: the site's date under the title, then the
// sheet's own header block and date; totals since a year, a breakdown in
// the sentence after its total, and a part after ", including".
const factSheetText = "U.S. Cooperation With Peru – June 2019\n" +
	"March 3, 2020\n\n" +
	"Fact Sheet\n" +
	"Bureau of Economic Affairs\n" +
	"June 12, 2019\n\n" +
	"Since 2010, the Department of State provided Peru with more than $300 million for health. " +
	"In FY 2019, the United States provided $50 million in assistance. " +
	"This included $20 million in health aid and $30 million in police training. " +
	"More than 500 officers of the Peruvian National Police (PNP) trained in the United States since 2001, including 40 officers in FY 2019.\n"

// decisionText is a central bank's decision in words of its own.
const decisionText = "Cash rate held\n\n" +
	"The Reserve Bank of Australia’s Board sets the cash rate to meet an inflation target of 2.5%.\n\n" +
	"The Board meets eight times a year. At its meeting ending on 7 May 2024, the Board voted to hold the cash rate at 4.35%. " +
	"One member preferred to raise the cash rate to 4.6%.\n"

// fiscalOutlookText is a budget office's outlook in words of its own: a
// forecast's cut-off, "this year" and an average over past years.
const fiscalOutlookText = "The Fiscal Outlook: 2031 to 2041\n\n" +
	"The Congressional Budget Office publishes projections each year. The projections reflect developments in the economy as of March 1, 2030.\n\n" +
	"Debt held by the public equals 120 percent of GDP this year. " +
	"In 2041, spending equals 25 percent of GDP, more than the 21 percent that spending has averaged over the past 30 years.\n"

var whenCases = []fieldCase{
	{name: "a total since a year runs to the year the document's own header block dates it, not the reposting site's date", text: factSheetText, stated: "more than $300 million",
		want: map[string]string{"period": "2010/2019", "entities": "US", "counterpart": "PE"}},
	{name: "\"This included\": the year and parties of the total of the sentence before", text: factSheetText, stated: "$20 million",
		want: map[string]string{"period": "FY2019", "entities": "US", "counterpart": "PE"}},
	{name: "the second part of a breakdown too", text: factSheetText, stated: "$30 million",
		want: map[string]string{"period": "FY2019", "entities": "US", "counterpart": "PE"}},
	{name: "a count since a year written after it, of a body its acronym defines", text: factSheetText, stated: "More than 500 officers",
		want: map[string]string{"period": "2001/2019", "entities": "PE", "counterpart": "US"}},
	{name: "\", including\": its own year, the parties of the figure it is part of", text: factSheetText, stated: "40 officers",
		want: map[string]string{"period": "FY2019", "entities": "PE", "counterpart": "US"}},
	{name: "\"At its meeting ending on <date>\" dates the decision by its day", text: decisionText, stated: "4.35%",
		want: map[string]string{"period": "2024-05-07", "entities": "AU"}},
	{name: "the meeting's day holds for the later sentences of its line", text: decisionText, stated: "4.6%",
		want: map[string]string{"period": "2024-05-07", "entities": "AU"}},
	{name: "a sentence before the meeting's is not dated by it", text: decisionText, stated: "2.5%",
		want: map[string]string{"period": "not stated", "entities": "AU"}},
	{name: "a forecast's cut-off is no figure's period; \"this year\" is the outlook's first year", text: fiscalOutlookText, stated: "120 percent",
		want: map[string]string{"period": "2031", "entities": "US"}},
	{name: "\"averaged over the past 30 years\": the 30 years before the outlook's first year", text: fiscalOutlookText, stated: "21 percent",
		want: map[string]string{"period": "2001/2030", "entities": "US"}},
	{name: "the figure before a past-years average keeps its own year", text: fiscalOutlookText, stated: "25 percent",
		want: map[string]string{"period": "2041"}},
	{name: "a donor list's part dated in its own words", text: donorText, stated: "€3 million",
		want: map[string]string{"period": "2024-03", "entities": "EU", "counterpart": "BJ"}},
	{name: "a donor list's item is not dated by a month inside its part's words", text: donorText, stated: "€8 million",
		want: map[string]string{"period": "not stated"}},
	{name: "nor by a month in another item's parentheses", text: donorText, stated: "€10 million",
		want: map[string]string{"period": "not stated", "entities": "EU", "counterpart": "TG"}},
}

func TestDraftWhenCases(t *testing.T) {
	runFieldCases(t, whenCases)
}

func TestDraftIssued(t *testing.T) {
	tests := []struct{ text, want string }{
		{factSheetText, "2019-06-12"},
		{"Bank Rate held\n\nMinutes of the meeting\nPublished on 3 May 2023\n\nThe rate is 4%.\n", "2023-05-03"},
		{"Trade Facts\n\nMay 2, 2011\n\nTrade was $5 billion.\n", "2011-05-02"},
		// A date line with no header block above it stays the dateline.
		{"Trade Facts\nMay 2, 2011\n\nSummary\nJune 3, 2011\n\nTrade was $5 billion.\n", "2011-05-02"},
	}
	for _, tc := range tests {
		if got := issuedOf(tc.text).String(); got != tc.want {
			t.Errorf("issuedOf(%q) = %s, want %s", tc.text, got, tc.want)
		}
	}
}

func TestDraftPublishedLineTitle(t *testing.T) {
	tests := []struct{ text, want string }{
		// A page's label above its "Published on" line is no title.
		{"Rate held at 4% - May 2023\n\nMinutes of the policy meeting\nPublished on 3 May 2023\n\nThe rate is 4%.\n", "Rate held at 4% - May 2023"},
		// A heading above a dateline is.
		{"Statement on the Rate Decision\n\nMay 3, 2023\n\nThe rate is 4%.\n", "Statement on the Rate Decision"},
	}
	for _, tc := range tests {
		if got := titleOf(tc.text, sections(tc.text)); got != tc.want {
			t.Errorf("titleOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}
