package extract

import "testing"

func TestDatelineCity(t *testing.T) {
	tests := []struct{ name, text, code, city string }{
		// A crime survey's release: a headline in capitals runs into the city.
		{"crime", "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. During 1993, the youngest age group surveyed had the greatest risk.", "US", "WASHINGTON, D.C."},
		// An energy department's announcement (testdata/corpus).
		{"energy", "WASHINGTON, D.C. — The U.S. Department of Energy (DOE) today announced a strategy.", "US", "WASHINGTON, D.C."},
		// A trade office's release (testdata/corpus): the city and a dash.
		{"trade", "Trade and investment framework\n\nWASHINGTON – Officials met today.", "US", "WASHINGTON –"},
		{"mixed case", "Washington, DC – June 29, 2026: The agency reported.", "US", "Washington, DC"},
		{"uk", "LONDON, 3 May 2021 — Hospital admissions fell.", "GB", "LONDON,"},
		{"two words", "NEW DELHI, 3 May 2021 — Exports rose.", "IN", "NEW DELHI,"},
		// The state, a headline word and a city in a sentence are no dateline.
		{"state", "Washington, the state, reported 4,000 cases.", "", ""},
		{"headline word", "THE LONDON PLAN\n\nHomes built rose to 40,000.", "", ""},
		{"sentence", "Visitors to London, Paris and Rome rose 4%.", "", ""},
		// A capital's namesake, by the state, province or country after
		// its comma, is no capital (review fix15b).
		{"namesake state abbreviation", "LONDON, Ky. (May 3, 2019) – Jobs rose by 400.", "", ""},
		{"namesake postal code", "DUBLIN, OH – Jobs rose by 400.", "", ""},
		{"namesake dotted abbreviation", "WELLINGTON, Fla. – Jobs rose by 400.", "", ""},
		{"namesake Calif.", "DUBLIN, Calif. – Jobs rose by 400.", "", ""},
		{"namesake province", "LONDON, Ontario – Jobs rose by 400.", "", ""},
		{"namesake state", "DUBLIN, Ohio – Jobs rose by 400.", "", ""},
		{"namesake country", "WELLINGTON, South Africa – Jobs rose by 400.", "", ""},
		// The capital's own country, a date or a month after the comma.
		{"own country", "LONDON, England – Jobs rose by 400.", "GB", "LONDON,"},
		{"own country UK", "LONDON, UK – Jobs rose by 400.", "GB", "LONDON,"},
		{"own country Ireland", "DUBLIN, Ireland – Jobs rose by 400.", "IE", "DUBLIN,"},
		{"month", "OTTAWA, May 3, 2021 – Jobs rose by 400.", "CA", "OTTAWA,"},
		{"month abbreviation", "OTTAWA, Sept. 3, 2021 – Jobs rose by 400.", "CA", "OTTAWA,"},
	}
	for _, tc := range tests {
		code, city := datelineCity(tc.text)
		if code != tc.code || city != tc.city {
			t.Errorf("%s: datelineCity(%q) = %q, %q, want %q, %q", tc.name, tc.text, code, city, tc.code, tc.city)
		}
	}
}

func TestDatelineCityEntities(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{name: "crime", text: "YOUNGEST TEENS AT GREATEST CRIME RISK WASHINGTON, D.C. During 1993, there were almost 11 million violent victimizations.\n",
			stated: "almost 11 million violent victimizations", want: map[string]string{"entities": "US"}},
		{name: "hospitals", text: "Hospital activity\n\nLONDON, 3 May 2021 — There were 21.7 million attendances at A&E departments in 2020.\n",
			stated: "21.7 million attendances", want: map[string]string{"entities": "GB"}},
		// A place the sentence names is the figure's own.
		{name: "named place", text: "Farm report\n\nOTTAWA, 3 May 2021 — Farm income in Mexico rose to $4 billion in 2020.\n",
			stated: "$4 billion", want: map[string]string{"entities": "MX"}},
	})
}
