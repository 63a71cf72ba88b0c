package extract

import "testing"

// whoOwnSmokingText is the opening of a statistics office's survey release
// (dev kind smoking): a first-person "our estimate" about the UK and Great
// Britain, one of its parts, and a list of shares, one per nation.
const whoOwnSmokingText = "Adult smoking habits in the UK: 2019\n\n" +
	"In the UK, in 2019, 14.1% of people aged 18 years and above smoked cigarettes, based on our estimate from the Annual Population Survey (APS).\n\n" +
	"Of the constituent countries, 13.9% of adults in England smoked, 15.5% of adults in Wales, 15.4% of adults in Scotland and 15.6% of adults in Northern Ireland.\n\n" +
	"In Great Britain, 5.7% of respondents in 2019 said they currently used an e-cigarette, based on our Opinions and Lifestyle Survey.\n"

// whoOwnClimateText is a national climate report's state ranks (dev kind
// climate): "Georgia" and "Washington" in a U.S. report are states.
const whoOwnClimateText = "National Climate Report - Annual 2012\n\n" +
	"The average temperature for the contiguous United States was 55.3°F in 2012.\n\n" +
	"Only Georgia (11th warmest year), Oregon (12th warmest), and Washington (30th warmest) had annual temperatures that were not among the ten warmest in their respective period of records.\n"

// whoOwnPricesText is a house price index's list of nations (dev kind
// houseprices): each price follows its own nation's name.
const whoOwnPricesText = "UK House Price Index: December 2019\n\n" +
	"Average house prices increased over the year in England to £252,000 (2.2%), Wales to £166,000 (2.2%), Scotland to £152,000 (2.2%) and Northern Ireland to £140,000 (2.5%).\n"

// whoOwnAidText is a bilateral aid fact sheet (corpus): an amount and
// the count it pays for are no list, so the place of the count is still
// the amount's other side.
const whoOwnAidText = "U.S.-Africa Partnership\n\n" +
	"The U.S. is committing $200 million over five years to train more than 420,000 teachers in Africa.\n"

// whoOwnOilText is an energy outlook (corpus): a state's name inside a
// crude oil's is no place.
const whoOwnOilText = "Short-Term Energy Outlook\n\n" +
	"West Texas Intermediate (WTI) crude oil prices averaged $45 per barrel in August in the United States.\n"

// review16bWashingtonText is a U.S. trade release: "Washington" alone in
// its clause is the government, not the state.
const review16bWashingtonText = "U.S. Trade in Steel, 2018\n\n" +
	"Washington raised tariffs on steel to 25% in 2018.\n"

// whoOwnWoodlandText is a forestry agency's release (dev kind forestry):
// each nation opens its own item of a list of areas.
const whoOwnWoodlandText = "High levels of woodland creation recorded in Scotland\n\n" +
	"The new statistics show that England planted 4,550 ha, Wales 640 ha and Northern Ireland 430 ha.\n"

var whoOwnWhoCases = []fieldCase{
	{name: "a list's first item: the nation before its area", text: whoOwnWoodlandText, stated: "4,550 ha",
		want: map[string]string{"entities": "GB-ENG", "counterpart": ""}},
	{name: "a list's item opened by its nation", text: whoOwnWoodlandText, stated: "640 ha",
		want: map[string]string{"entities": "GB-WLS", "counterpart": ""}},
	{name: "a list's last item, after \"and\", opened by its nation", text: whoOwnWoodlandText, stated: "430 ha",
		want: map[string]string{"entities": "GB-NIR", "counterpart": ""}},
	{name: "Washington alone in its clause is no state (review16b)", text: review16bWashingtonText, stated: "25%",
		want: map[string]string{"entities": "US"}},
	{name: "a country and its part are no two parties of an agreement", text: whoOwnSmokingText, stated: "14.1%",
		want: map[string]string{"entities": "GB", "counterpart": ""}},
	{name: "a share of a list is its own nation's", text: whoOwnSmokingText, stated: "13.9%",
		want: map[string]string{"entities": "GB-ENG", "counterpart": ""}},
	{name: "the next item's place is no counterpart", text: whoOwnSmokingText, stated: "15.5%",
		want: map[string]string{"entities": "GB-WLS", "counterpart": ""}},
	{name: "the item before's place is no counterpart", text: whoOwnSmokingText, stated: "15.6%",
		want: map[string]string{"entities": "GB-NIR", "counterpart": ""}},
	{name: "a part of the UK named by the clause", text: whoOwnSmokingText, stated: "5.7%",
		want: map[string]string{"entities": "GB-GBN", "counterpart": ""}},
	{name: "a state a rank follows in parentheses, not the country of its name", text: whoOwnClimateText, stated: "11th warmest",
		want: map[string]string{"entities": "US-GA"}},
	{name: "a state among states", text: whoOwnClimateText, stated: "12th warmest",
		want: map[string]string{"entities": "US-OR"}},
	{name: "Washington in a U.S. report is the state", text: whoOwnClimateText, stated: "30th warmest",
		want: map[string]string{"entities": "US-WA"}},
	{name: "a price list: the nation the price follows", text: whoOwnPricesText, stated: "£166,000",
		want: map[string]string{"entities": "GB-WLS", "counterpart": ""}},
	{name: "a price list: the last item", text: whoOwnPricesText, stated: "£140,000",
		want: map[string]string{"entities": "GB-NIR", "counterpart": ""}},
	{name: "an amount and the count it pays for are no list", text: whoOwnAidText, stated: "$200 million",
		want: map[string]string{"entities": "US", "counterpart": "002"}},
	{name: "a state inside a longer name is no place", text: whoOwnOilText, stated: "$45 per barrel",
		want: map[string]string{"entities": "US"}},
}

func TestDraftWhoOwn(t *testing.T) { runFieldCases(t, whoOwnWhoCases) }
