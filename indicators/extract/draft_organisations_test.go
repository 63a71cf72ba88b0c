package extract

import "testing"

// orgsClimateRelease is a government's release in words of its own that
// names a United Nations body: the UN is no place, so the release stays
// New Zealand's and its bare "$" New Zealand dollars.
const orgsClimateRelease = "Government lodges new emissions pledge\n\n" +
	"Today the Prime Minister conveyed New Zealand’s updated pledge to the Executive Secretary of the United Nations Framework Convention on Climate Change.\n\n" +
	"The Government will invest $4 billion in the national grid.\n"

// TestOrganisationsAreNoPlaces: the organisations a catalog may name as
// entities (indicators.Organisations) never make a release name a second
// place.
func TestOrganisationsAreNoPlaces(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "a UN body named beside one country", text: orgsClimateRelease, stated: "$4 billion",
			want: map[string]string{"unit": "NZD", "entities": "NZ"}},
	})
}
