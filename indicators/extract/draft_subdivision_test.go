package extract

import "testing"

// subdivisionStatesText is a statistics office's release in words of its
// own: one country named again and again in its opening but never after
// "in", states named by figures, and "the State" pointing back.
const subdivisionStatesText = "Housing starts reach 240,000\n\n" +
	"Canada's statistical agency reports on Canada's housing market every quarter. These figures describe Canada's new homes. Canada's builders are counted monthly.\n\n" +
	"Builders started 61,200 homes over the quarter, while 4,100 projects were cancelled.\n\n" +
	"Ontario accounted for 22,300 starts. Starts in Manitoba fell by 900.\n"

// subdivisionIndiaText names Indian states and a U.S. state in figures of
// their own, and points back with "the State". what19: a document's
// states are read once it names two of one country (statesCountries), so
// the text names a second Indian state, Tamil Nadu, as a release of India's
// states does.
const subdivisionIndiaText = "Notes on two regions\n\n" +
	"Kerala recorded 3,400 new enterprises. The State's exports rose by 12 percent.\n\n" +
	"Tamil Nadu recorded 900 new enterprises.\n\n" +
	"West Virginia added 1,900 jobs.\n\n" +
	"Nova Scotia approved 2,700 permits.\n\n" +
	"Ontario and Texas together added 6,000 jobs.\n"

// subdivisionPartnerText is a bilateral fact sheet in words of its own: a
// rank the home country gives its partner and tariff cuts under the
// agreement.
const subdivisionPartnerText = "FACT SHEET: U.S.-Peru Trade Promotion Agreement at Ten\n\n" +
	"This year the agreement between the United States and Peru turns ten. " +
	"American ranchers now sell beef to our 29th-largest trading partner. " +
	"Since entry into force, four rounds of tariff cuts have taken place.\n"

var subdivisionWhoCases = []fieldCase{
	{name: "a country an opening names in three sentences is the document's", text: subdivisionStatesText, stated: "61,200 homes",
		want: map[string]string{"entities": "CA", "counterpart": ""}},
	// what88: a figure of one state, province or territory is its own
	// (ISO 3166-2), as the hands of dev kind climate write it (US-GA,
	// US-OR, US-WA), no longer its country's as drafts34 had it.
	{name: "a province's figure is the province's", text: subdivisionIndiaText, stated: "2,700 permits",
		want: map[string]string{"entities": "CA-NS"}},
	{name: "an Indian state's figure is the state's", text: subdivisionIndiaText, stated: "3,400 new enterprises",
		want: map[string]string{"entities": "IN-KL"}},
	{name: "the State points back to the last one named", text: subdivisionIndiaText, stated: "12 percent",
		want: map[string]string{"entities": "IN-KL"}},
	{name: "a U.S. state's figure is the state's", text: subdivisionIndiaText, stated: "1,900 jobs",
		want: map[string]string{"entities": "US-WV"}},
	{name: "states of two countries give no one country", text: subdivisionIndiaText, stated: "6,000 jobs",
		want: map[string]string{"entities": ""}},
	{name: "our Nth-largest trading partner ranks the partner", text: subdivisionPartnerText, stated: "29th-largest",
		want: map[string]string{"entities": "PE", "counterpart": "US"}},
	{name: "tariff cuts under a bilateral agreement are both parties'", text: subdivisionPartnerText, stated: "four rounds",
		want: map[string]string{"entities": "PE,US", "counterpart": ""}},
}

func TestDraftWhoSubdivision(t *testing.T) { runFieldCases(t, subdivisionWhoCases) }

func TestDraftSubdivisionsIn(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Queensland and the Northern Territory", []string{"Queensland AU", "Northern Territory AU"}},
		{"West Virginia, not Virginia", []string{"West Virginia US", "Virginia US"}},
		{"Tamil Nadu", []string{"Tamil Nadu IN"}},
		{"Georgia and Punjab", nil},
		{"Victorian era", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range subdivisionsIn(tt.in) {
			got = append(got, s.name+" "+s.code)
		}
		if len(got) != len(tt.want) {
			t.Errorf("subdivisionsIn(%q) = %q, want %q", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("subdivisionsIn(%q) = %q, want %q", tt.in, got, tt.want)
				break
			}
		}
	}
}
