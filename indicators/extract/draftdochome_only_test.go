package extract

import "testing"

// TestOnlyCountryOfSentences: the only place a document names, in three
// of its sentences or more, is its own, whether or not a figure stands
// "in" it; named in fewer, or beside another country, it is not.
func TestOnlyCountryOfSentences(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"water: a regulator's possessives",
			"In 2024 98% of Scotland's bathing waters will meet the standard. This trend has been shown by Scotland's environment regulator. For the 2024 season Scotland's classifications will be: 38 Excellent.", "GB-SCT"},
		{"vehicles: a country and its people",
			"It is not subject to the Government of Canada Web Standards. Multipurpose vehicles continue to be the choice of Canadians. Canada's registrations rose 6.5%.", "CA"},
		{"schools: a nation named twice, not in three sentences",
			"Wales's teachers rose by 2%. Pupils numbered 470,000. Wales's schools shrank.", ""},
		{"trade: two countries",
			"Japan's exports rose. Korea's exports fell. Japan's imports rose 3%.", ""},
	}
	for _, tc := range tests {
		got := onlyCountryOf(tc.text, placesIn(tc.text, 0)).code
		if got != tc.want {
			t.Errorf("%s: onlyCountryOf = %q, want %q", tc.name, got, tc.want)
		}
	}
}
