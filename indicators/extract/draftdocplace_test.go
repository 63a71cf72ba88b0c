package extract

import "testing"

// TestDocPlaceOf: the one place a document is about is the place it names
// in the most sentences when no rival comes near, or the only place it
// names, even once; a place named as a comparison, a source or the
// citizenship of people is none of its. Sentences of a road traffic
// chapter (Transport Scotland), an apprentice release (NCVER), an
// electoral statistics bulletin (ONS), a migration bulletin (ONS), a
// water release, a teachers' release, an aid release (OECD) and a trade
// note.
func TestDocPlaceOf(t *testing.T) {
	tests := []struct {
		name, text, want string
		only             bool
	}{
		{"traffic: a source's place is no rival",
			"Chapter 5 Road Traffic\n1.2 Traffic estimates are based on a very small cross-section of the roads in Scotland: traffic counts at about two dozen sites in Scotland (then combined with data from automatic counters at similar sites in England and Wales).\n" +
				"2.1 The estimated volume of traffic on Scotland's roads in 2012 was around 43.5 billion vehicle kms.\n", "GB-SCT", true},
		{"traffic: named in most sentences, against a rival named once",
			"Traffic on Scotland's roads rose 1%. Scotland's motorways carried 7 billion vehicle kms. Congestion in Scotland fell. Traffic in England rose.", "GB-SCT", false},
		{"apprentice: the only place, named once, by the publisher",
			"There were 34 290 commencements in the September 2018 quarter.\n\nAbout NCVER: we are the principal provider of research, statistics and data on Australia’s VET sector.", "AU", true},
		{"elections: the UK and its nations, which are its parts",
			"The number of UK Parliamentary electoral registrations fell by 345,818. Registrations increased in Wales, Scotland and Northern Ireland but decreased in England. Electoral registrations increased in 168 of the 650 UK Parliamentary constituencies.", "GB", false},
		{"migration: citizens of a union are people, not a place",
			"Net migration was 327,000, comprising 180,000 EU citizens, 190,000 non-EU citizens and 43,000 British citizens.", "", false},
		{"water: a regulator's possessives",
			"In 2024 98% of Scotland's bathing waters will meet the standard. This trend has been shown by Scotland's environment regulator.", "GB-SCT", true},
		{"schools: a comparison's place is none of its",
			"Wales's teachers rose by 2%, more than in England. Pupils numbered 470,000.", "GB-WLS", true},
		{"aid: a place named twice, beside three others once",
			"Donors cut their support to Kenya. Aid to Kenya totalled USD 2.1 billion. Three DAC members – Denmark, Norway and Sweden – met the UN goal.", "", false},
		{"trade: two countries, none dominant",
			"Japan's exports rose. Korea's exports fell. Japan's imports rose 3%.", "", false},
	}
	for _, tc := range tests {
		got := docPlaceOf(tc.text, placesIn(tc.text, 0))
		if got.code != tc.want || got.only != tc.only {
			t.Errorf("%s: docPlaceOf = %q (only %v, %s), want %q (only %v)", tc.name, got.code, got.only, got.why, tc.want, tc.only)
		}
	}
}

// TestAsidePlace: a place right after a comparison's words, after a
// source's words in its clause, or naming people's citizenship is aside;
// a place after "more than" a number, or in a clause a source word ends
// before, is not.
func TestAsidePlace(t *testing.T) {
	tests := []struct {
		text, place string
		want        bool
	}{
		{"Rates were higher than in Wales.", "Wales", true},
		{"Prices rose 3%, compared with England.", "England", true},
		{"combined with data from automatic counters at similar sites in England and Wales", "England and Wales", true},
		{"according to the Census Bureau of the United States", "United States", true},
		{"180,000 EU citizens", "EU", true},
		{"190,000 non-EU citizens", "EU", true},
		{"around 750 sites per year, more than 700 in Scotland", "Scotland", false},
		{"Data from the survey are weighted. Traffic in Scotland rose.", "Scotland", false},
		{"The estimated volume of traffic on Scotland's roads", "Scotland", false},
	}
	for _, tc := range tests {
		var p placeMention
		for _, q := range placesIn(tc.text, 0) {
			if tc.text[q.start:q.end] == tc.place {
				p = q
			}
		}
		if p.code == "" {
			t.Fatalf("placesIn(%q) finds no %q", tc.text, tc.place)
		}
		if got := asidePlace(tc.text, p); got != tc.want {
			t.Errorf("asidePlace(%q, %q) = %v, want %v", tc.text, tc.place, got, tc.want)
		}
	}
}
