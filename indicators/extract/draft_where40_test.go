package extract

import (
	"strings"
	"testing"
)

// where40: a body's name is no statement of place, the world's words and
// the places excepted from them, and an adjective of scope that is no
// place.

// asideBodyText is a licensing office's weekly page in words of its own:
// a national health body named once, as whose announcements the office
// acted on, and the city the office serves named in three sentences.
const asideBodyText = "Licensing information\n\n" +
	"In response to Government and Public Health England announcements, the licensing office has closed its counters.\n\n" +
	"We keep London moving and make sure London stays safe for key workers.\n\n" +
	"The following figures cover the week ending Sunday 4 October 2020:\n\n" +
	"  • Driver licences - 4,210: a decrease of 3 on the previous week.\n" +
	"  • 1,950 hold London-wide licences.\n"

// publisherBodyText names the same body as the publisher.
const publisherBodyText = "Weekly surveillance report\n\n" +
	"In response to the pandemic, Public Health England publishes these figures every week.\n\n" +
	"There were 4,210 confirmed cases in the week ending 4 October 2020.\n"

// worldText is an international body's release: the world named in
// several sentences, and a region named only as an exception.
const worldText = "The changing mailbag\n\n" +
	"Worldwide parcel traffic last year reached 6.7 billion items, up 3.7 per cent.\n\n" +
	"International parcels went up to 67 million items.\n\n" +
	"Parcel volumes increased in all regions of the world, except in Africa, where slight decreases were observed.\n\n" +
	"Global letter-post traffic went down by 2.9 per cent.\n\n" +
	"The bulk came from the domestic side, or 6.6 billion items.\n"

// onceWorldText names the world in one sentence only.
const onceWorldText = "Parcel update\n\n" +
	"Global demand rose by 3 per cent.\n\n" +
	"Parcels reached 67 million items.\n"

// domesticText is a devolved department's release: "Domestic" is a kind
// of noise, no place.
const domesticText = "Noise Complaint Statistics report released\n\n" +
	"The report has been published today by the Department of Agriculture, Environment and Rural Affairs.\n\n" +
	"District councils across Northern Ireland received 13,261 complaints in 2021/22.\n\n" +
	"The majority of complaints concern the following types of noise:\n\n" +
	"- Domestic noise – 75.76%\n\n" +
	"- Construction – 3.87%\n"

// councilText names a local authority by its council's name.
const councilText = "Noise Complaint Statistics report released\n\n" +
	"The report has been published today by the Department of Agriculture, Environment and Rural Affairs.\n\n" +
	"District councils across Northern Ireland received 13,261 complaints in 2021/22.\n\n" +
	"The greatest number of complaints were from Belfast City Council (20.2 complaints per 1,000 people).\n"

var where40Cases = []fieldCase{
	{name: "a local authority's name names its area", text: councilText, stated: "20.2 complaints per 1,000 people",
		want: map[string]string{"entities": "GB-BFS"}},
	{name: "a figure of the release with no place", text: councilText, stated: "13,261 complaints",
		want: map[string]string{"entities": "GB-NIR"}},
	{name: "a body named as whose announcements the publisher acted on is no publisher", text: asideBodyText, stated: "4,210",
		want: map[string]string{"entities": "E12000007"}},
	{name: "the same body after a clause of response that ends at a comma publishes", text: publisherBodyText, stated: "4,210 confirmed cases",
		want: map[string]string{"entities": "GB-ENG"}},
	{name: "a figure with no place of a release that names only the world is the world's", text: worldText, stated: "67 million items",
		want: map[string]string{"entities": "WLD"}},
	{name: "\"domestic\" in such a release is still the world's", text: worldText, stated: "6.6 billion items",
		want: map[string]string{"entities": "WLD"}},
	{name: "\"Worldwide\" in the sentence", text: worldText, stated: "6.7 billion items",
		want: map[string]string{"entities": "WLD"}},
	{name: "the world named once is no document's place", text: onceWorldText, stated: "67 million items",
		want: map[string]string{"entities": ""}},
	{name: "\"Domestic noise\" is no place: the release's nation", text: domesticText, stated: "75.76%",
		want: map[string]string{"entities": "GB-NIR"}},
	{name: "a figure beside it with no adjective", text: domesticText, stated: "3.87%",
		want: map[string]string{"entities": "GB-NIR"}},
}

func TestDraftWhere40Cases(t *testing.T) {
	runFieldCases(t, where40Cases)
}

// TestGovernedBy: the capitalised words after a place that end on a word
// of its own government make a council's name, which names the place.
func TestGovernedBy(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Belfast City Council (20.2 per 1,000)", true},
		{"Cardiff County Council received", true},
		{"the Highland Council area", true},
		{"Georgia Power Company said", false},         // a company
		{"Texas Department of Transportation", false}, // a body, no government word
		{"Scottish Transport Statistics 2023", false}, // a publication
		{"Fife, Council tax", false},                  // a comma ends the name
		{"Kent said the Council met", false},          // not capitalised at once
	} {
		name := tc.text[:strings.IndexAny(tc.text, " ,")]
		if got := governedBy(tc.text, len(name)); got != tc.want {
			t.Errorf("governedBy(%q, %d) = %v, want %v", tc.text, len(name), got, tc.want)
		}
	}
}
