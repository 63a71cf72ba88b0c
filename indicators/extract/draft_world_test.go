package extract

import "testing"

// tradeReleaseText is a customs office's trade release in words of its own: a
// lead naming the reporting country, bare exports and a balance after it,
// and a list of partners paired with figures by "respectively".
const tradeReleaseText = "Posted On: 9 April 2021\n\n" +
	"Norway's foreign trade rose 6 percent in the first two months of this year. " +
	"Exports climbed 3 percent during the period. " +
	"The trade surplus stood at $4 billion. " +
	"The country's trade with Sweden, Denmark and Finland grew 8 percent, 5 percent and 2 percent, respectively.\n"

// windAgencyText is an international body's release in words of its own: a
// figure with no place, one "globally", a place after the figure, places
// after "other than" and a list paired by "respectively" with a region
// the gazetteer lacks.
const windAgencyText = "Wind keeps growing\n\n" +
	"According to figures released by the International Energy Agency (IEA), wind made up 40% of new power capacity in 2022. " +
	"Wind farms added 75 GW of capacity globally in 2022. " +
	"Wind made up at least 30% of additions in most regions in 2022, other than in Africa and the Gulf, where it made up 12% and 9%, respectively.\n"

var worldCases = []fieldCase{
	{name: "a country's total trade, no partner named: with the world", text: tradeReleaseText, stated: "6 percent",
		want: map[string]string{"entities": "NO", "counterpart": "WLD"}},
	{name: "bare exports after a lead naming the reporting country", text: tradeReleaseText, stated: "3 percent",
		want: map[string]string{"entities": "NO", "counterpart": "WLD"}},
	{name: "a trade balance after a lead naming the reporting country", text: tradeReleaseText, stated: "$4 billion",
		want: map[string]string{"entities": "NO", "counterpart": "WLD"}},
	{name: "\"trade with A, B and C … respectively\": both parties, in order", text: tradeReleaseText, stated: "5 percent",
		want: map[string]string{"entities": "NO,DK", "counterpart": ""}},
	{name: "the list's last item", text: tradeReleaseText, stated: "2 percent",
		want: map[string]string{"entities": "NO,FI", "counterpart": ""}},
	{name: "an international body's figure naming no place is the world's", text: windAgencyText, stated: "40%",
		want: map[string]string{"entities": "WLD"}},
	{name: "\"globally\" in the figure's sentence", text: windAgencyText, stated: "75 GW",
		want: map[string]string{"entities": "WLD"}},
	{name: "places after \"other than\" are not the figure's; \"most regions\" has no code", text: windAgencyText, stated: "at least 30%",
		want: map[string]string{"entities": ""}},
	{name: "\"A and B … x and y, respectively\": A's figure", text: windAgencyText, stated: "12%",
		want: map[string]string{"entities": "002"}},
	{name: "a region the gazetteer lacks is never borrowed", text: windAgencyText, stated: "9%",
		want: map[string]string{"entities": ""}},
}

func TestDraftWorldCases(t *testing.T) {
	runFieldCases(t, worldCases)
}

func TestSplitList(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"the European Union, the United States and Japan decreased", 3},
		{"Africa and the Middle East", 2},
		{"Sweden", 1},
	}
	for _, tc := range tests {
		if got := len(splitList(tc.s)); got != tc.want {
			t.Errorf("len(splitList(%q)) = %d, want %d", tc.s, got, tc.want)
		}
	}
}
