package extract

import "testing"

// TestNamedNarrowed reads the phrase that narrows a title's noun where
// the figure's sentence names it, in releases of several kinds.
func TestNamedNarrowed(t *testing.T) {
	for _, tc := range []struct {
		what, sent, want string
	}{
		// air traffic (BTS): the figure in parentheses restates the noun
		// its sentence narrowed just before.
		{"Passengers", "The systemwide increase was the result of a 3.0 percent rise from 2016 in the number of passengers on domestic flights (", "Passengers on domestic flights"},
		{"Passengers", "and 4.8 percent growth from 2016 in passengers on U.S. and foreign airlines’ flights to and from the U.S. (", "Passengers on U.S. and foreign airlines’ flights"},
		// road casualties (Transport Scotland): no phrase narrows the noun.
		{"Fatalities", "• 4,557 car user casualties (528, 10% less than 2018); including ", ""},
		// a time narrows nothing (fire and rescue): "incidents in 2023".
		{"Incidents", "Fire and rescue services attended 592,996 incidents in 2023, and of these incidents in ", ""},
		// a noun a phrase narrows already takes no second one.
		{"Passengers on domestic flights", "passengers on domestic flights (741.6 million passengers in 2017) and flights to and from the U.S. (", ""},
		// a title that is no noun counted: no phrase is read.
		{"Average annual growth rate", "the average annual growth rate of exports to the EU was ", ""},
	} {
		if got := namedNarrowed(tc.what, tc.sent, true); got != tc.want {
			t.Errorf("namedNarrowed(%q, %q, true) = %q, want %q", tc.what, tc.sent, got, tc.want)
		}
	}
}

// TestRowLabel reads the words that tell a row apart from its siblings'
// sentences, in releases of several kinds.
func TestRowLabel(t *testing.T) {
	roads := []string{ // Transport Scotland, reported road casualties: bullets alike
		"• 4,557 car user casualties (528, 10% less than 2018); including ",
		"• 1,243 pedestrian casualties (13, 1% less than 2018); including ",
		"• 519 motorcycle casualties (121, 19% less than 2018); including ",
	}
	schools := []string{ // Scottish Government, teachers: two sentences of one paragraph
		"An increase in the number of teachers in primary schools, combined with a decrease in the number of pupils has resulted in a reduction in PTR to ",
		"In secondary schools the number of pupils grew at a faster rate compared to the number of teachers, meaning the PTR increased to ",
	}
	bea := []string{ // BEA, direct investment positions (corpus): the second names what the first does not
		"The U.S. direct investment position abroad valued at historical cost grew 6.3 percent to $4,660.9 billion after average annual growth of ",
		"The foreign direct investment position in the United States valued at historical cost grew 6.1 percent to $2,764.0 billion after average annual growth of ",
	}
	unlike := []string{ // two sentences of a climate release that share too little to be rows
		"Nineteen states, stretching from Utah to Massachusetts, had annual temperatures which were record warm.",
		"An additional ",
	}
	for _, tc := range []struct {
		name  string
		sents []string
		j     int
		title string
		want  string
	}{
		{"roads car user", roads, 0, "Fatalities", "car user"},
		{"roads pedestrian", roads, 1, "Fatalities", "pedestrian"},
		{"roads motorcycle", roads, 2, "Fatalities", "motorcycle"},
		{"schools primary", schools, 0, "Pupil teacher ratio", "primary"},
		{"schools secondary", schools, 1, "Pupil teacher ratio", "secondary"},
		{"bea foreign", bea, 1, "Average annual growth", "foreign"},
		{"climate unlike", unlike, 0, "States", ""},
	} {
		if got := rowLabel(tc.j, tc.sents, tc.title); got != tc.want {
			t.Errorf("%s: rowLabel(%d, …, %q) = %q, want %q", tc.name, tc.j, tc.title, got, tc.want)
		}
	}
}

// TestOwnChangedNPOf reads what a change's own words after its figure
// say it changes, in releases of several kinds.
func TestOwnChangedNPOf(t *testing.T) {
	for _, tc := range []struct {
		after, want string
	}{
		// air traffic (BTS): a comparative before the counted noun.
		{"more passengers on domestic flights and 3.5 percent more passengers on international flights in 2017", "Passengers on domestic flights"},
		// air traffic (BTS): a noun of change, its base, then "in".
		{"rise from 2016 in the number of passengers on domestic flights (741.6 million passengers in 2017) and", "Passengers on domestic flights"},
		// tourism (a city's visitor statistics page): "increase in visitors".
		{"increase in visitors compared to 2015.", "Visitors"},
		// tourism: a change over a time names no noun.
		{"decline over June 2008, slipping to 3495 from 3888 the previous year.", ""},
		// prisons (BJS): "more than" compares, it counts nothing.
		{"more than they released in 2022.", ""},
		// rail (DfT): a change "in" a time names no noun.
		{"increase in 2022, the highest since", ""},
	} {
		if got := ownChangedNPOf(measuredWords(tc.after)); got != tc.want {
			t.Errorf("ownChangedNPOf(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestLineLabel reads the label of a table's line before its figure, and
// refuses a sentence's words, in documents of several kinds.
func TestLineLabel(t *testing.T) {
	for _, tc := range []struct {
		before, want string
	}{
		// benefits (DWP): a table's line, past its footnote mark.
		{"Personal Independence Payment * ", "Personal Independence Payment"},
		{"• Jobseeker’s Allowance ", "Jobseeker’s Allowance"},
		// insolvency (Insolvency Service): a heading that ends on "for".
		{"Annual summary for ", ""},
		// prisons (BJS): a sentence's words.
		{"In 2022, states and the Federal Bureau of Prisons (BOP) admitted ", ""},
	} {
		if got := lineLabel(tc.before); got != tc.want {
			t.Errorf("lineLabel(%q) = %q, want %q", tc.before, got, tc.want)
		}
	}
}
