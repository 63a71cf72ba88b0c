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

// TestStateOfDoc: a state or provincial government's release names its
// state far more than its country, and its figures that name no place are
// the state's; a national release that names many states, and one that
// writes its state only by abbreviation ("NSW"), keep their country.
// Sentences of an Ontario jobs release, the Ontario Employment Report, a
// national climate report (NCDC) and a New South Wales hospitals release
// (BHI).
func TestStateOfDoc(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"Ontario jobs release: the province, named in most sentences",
			"Employment in Ontario is Up 129,600 Year-over-Year\nEmployment in Ontario increased by 10,600 jobs in March. Ontario’s unemployment rate has been below the national average each month for almost three years.\n- Ontario has added more than 800,000 net new jobs since the recession. Last year, employment increased by 128,400.\n", "CA-ON"},
		{"Ontario Employment Report: the province over its country, named as a source's",
			"The Ontario Employment Report provides an assessment of the current trends in the Ontario labour market. It is a companion to the Ontario Economic Accounts. Starting January 5, 2022, Ontario temporarily moved the province into Step Two. All estimates in this report are based on Statistics Canada’s Labour Force Survey. Employment rose by 2.1%.\n", "CA-ON"},
		{"national climate report: many states, none dominant",
			"In 2012, the contiguous United States average annual temperature was 55.3°F. The United States had its warmest year. Texas was warm. California was dry. Florida was wet. Texas had drought.\n", "US"},
		{"NSW hospitals: the state only by abbreviation is not read",
			"The Bureau of Health Information today released Hospital Quarterly across NSW public hospitals. NSW emergency departments treated more patients. The report includes the largest patient survey in Australia.\n", "AU"},
	}
	for _, tc := range tests {
		got := stateOfDoc(tc.text, docPlaceOf(tc.text, placesIn(tc.text, 0)))
		if got.code != tc.want {
			t.Errorf("%s: stateOfDoc = %q (%s), want %q", tc.name, got.code, got.why, tc.want)
		}
	}
}
