package extract

import "testing"

// wholeForestryText is a forestry agency's release (dev kind
// forestry): the UK is the whole of a share of new woodland, Scotland its
// part, named after it.
const wholeForestryText = "High levels of woodland creation recorded in Scotland\n\n" +
	"The figures also show that nearly 75% of all new woodland throughout the UK were established in Scotland last year.\n\n" +
	"This means that Scotland has created 73% (15,040 ha) of all new woodlands in the UK.\n"

// wholeProfileText is a statistics office's country profile (ONS,
// "Country Profiles: Key Statistics - Scotland, August 2012", found with
// the search tool, corpus pages): the part is the clause's subject.
const wholeProfileText = "Country Profiles: Key Statistics - Scotland\n\n" +
	"Scotland was responsible for 8 per cent of the UK’s gross value added (GVA) in 2010.\n"

// wholeMigrationText is a province's facts page on migration (found
// with the search tool, corpus pages): the part is where the people
// counted settle; a place outside the whole is no part of it.
const wholeMigrationText = "About Ontario\n\n" +
	"40% of the approximately 250,000 people who immigrate to Canada each year choose to settle in Ontario.\n\n" +
	"In 2019, 20% of UK exports were sold in China.\n"

var wholeCases = []fieldCase{
	{name: "a share of the UK established in Scotland", text: wholeForestryText, stated: "nearly 75%",
		want: map[string]string{"entities": "GB-SCT", "counterpart": "GB"}},
	{name: "a share of the UK the subject created, a count in parentheses between", text: wholeForestryText, stated: "73%",
		want: map[string]string{"entities": "GB-SCT", "counterpart": "GB"}},
	{name: "the subject's share of its country's output", text: wholeProfileText, stated: "8 per cent",
		want: map[string]string{"entities": "GB-SCT", "counterpart": "GB"}},
	{name: "a share of a country's immigrants settling in a province", text: wholeMigrationText, stated: "40%",
		want: map[string]string{"entities": "CA-ON", "counterpart": "CA"}},
	{name: "a place outside the whole is no part of it", text: wholeMigrationText, stated: "20%",
		want: map[string]string{"entities": "GB", "counterpart": "CN"}},
}

func TestPartOfWhole(t *testing.T) { runFieldCases(t, wholeCases) }
