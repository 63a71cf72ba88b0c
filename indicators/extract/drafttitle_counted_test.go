package extract

import (
	"strings"
	"testing"
)

// TestCountedNP reads the counted noun phrase after a figure in
// sentences of documents of different kinds: crime rates (BJS), road
// casualties (Scotland), drug poisoning deaths (ONS), air passengers
// (BTS), rail freight (ORR), marriages (ONS), HIV infections (CDC).
func TestCountedNP(t *testing.T) {
	tests := []struct {
		name, after, want string
	}{
		{"a count per a base is a rate", "violent victimizations per 1,000 persons and 322 property crimes per 1,000 households.", "Violent victimization rate"},
		{"a count per a base past its narrowing phrase keeps the base", "cases of exclusion per 1,000 pupils in 2018/19.", "Cases of exclusion per 1,000 pupils"},
		{"a coordinated modifier", "bus and coach user casualties (35, 15% less than 2018) [Table 3].", "Bus and coach user casualties"},
		{"a sibling figure with a head of its own ends the phrase", "Parliamentary electoral registrations and 48,844,292 local government electoral registrations.", "Parliamentary electoral registrations"},
		{"a sibling figure's segment shares the head", "male and 880 female drug poisoning deaths (involving both legal and illegal drugs) registered in 2011, a 6", "Male drug poisoning deaths registered"},
		{"a participle before the noun modifies it", "systemwide (domestic and international) scheduled service passengers in 2017", "Systemwide scheduled service passengers"},
		{"a narrowing phrase, up to a verb", "net tonne kilometres of rail freight were moved in 2022", "Net tonne kilometres of rail freight moved"},
		{"a narrowing phrase past its and", "passengers on flights to and from the United States was a record high", "Passengers on flights to and from the United States"},
		{"a phrase of up to 72 characters", "passengers on international flights to and from the United States was", "Passengers on international flights to and from the United States"},
		{"a phrase of a time is no narrowing", "marriages in 2017, a decrease", "Marriages"},
		{"a phrase of a place is no narrowing", "estimated new HIV infections in the US in 2022", "Estimated new HIV infections"},
		{"a verb ends the narrowing phrase", "officers of the Guard received training in France", "Officers"},
		{"no noun after the figure", "more than 2018", ""},
		{"an adverb is no counted noun", "slightly injured [Table", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := countedNPOf(measuredWords(tt.after)); got != tt.want {
				t.Errorf("countedNPOf(%q) = %q, want %q", tt.after, got, tt.want)
			}
		})
	}
}

// TestCleanCounted keeps a narrowing phrase in a title of up to 72
// characters and drops it past them.
func TestCleanCounted(t *testing.T) {
	tests := []struct {
		np, narrow []string
		want       string
	}{
		{[]string{"passengers"}, []string{"on", "domestic", "flights"}, "Passengers on domestic flights"},
		{[]string{"passengers"}, []string{"on", "international", "transatlantic", "and", "transpacific", "flights", "to", "and", "from", "the", "United", "Kingdom"}, "Passengers"},
	}
	for _, tt := range tests {
		if got := cleanCounted(tt.np, tt.narrow); got != tt.want {
			t.Errorf("cleanCounted(%q, %q) = %q, want %q", tt.np, tt.narrow, got, tt.want)
		}
	}
}

// TestChangedNP reads the noun phrase a change changes in sentences of
// documents of different kinds: police strength (Scotland), rail usage
// (DfT), road casualties (Transport Scotland), broadband connections
// (Stats NZ), company insolvencies (Insolvency Service).
func TestChangedNP(t *testing.T) {
	tests := []struct {
		name, text, stated, want string
	}{
		{"the count a change restates in parentheses",
			"This is an increase of 366 FTE police officers (+2.3%) from the 16,234 FTE police officers recorded at 31 March 2007.", "2.3%", "FTE police officers"},
		{"the count an appositive change follows",
			"1,385 million passenger rail journeys were made in FYE March 2023, an increase of 39.9% on the previous year and a decrease of 20.4% on the FYE March 2020.", "20.4%", "Passenger rail journeys made"},
		{"the count before a change set after a colon",
			"168 fatalities: 7 (or 4%) more than 2018.", "4%", "Fatalities"},
		{"the sentence's subject past its number of",
			"The number of DSL (copper) Internet connections continued to increase, but at a slower rate than fibre connections: increasing only 1 percent from June 2014 to June 2015.", "1 percent", "DSL Internet connections"},
		{"a subject that is no counted noun names nothing",
			"The Australian economy recorded broad-based growth of 1.1 per cent in the December quarter 2016.", "1.1 per cent", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, m := draftMention(t, tt.text, tt.stated)
			if got := d.changedNP(*m); got != tt.want {
				t.Errorf("changedNP(%q) = %q, want %q", tt.stated, got, tt.want)
			}
		})
	}
}

// TestSubjectNPOf reads a sentence's counted subject past an opening
// phrase, a determiner and a "number of".
func TestSubjectNPOf(t *testing.T) {
	tests := []struct{ opening, want string }{
		{"This is because the number of companies on the effective register has more than doubled", ""},
		{"The number of companies on the effective register has more than doubled", "Companies on the effective register"},
		{"In 2019, the number of reported road casualties fell by", "Reported road casualties"},
		{"The Australian economy recorded broad-based growth of", ""},
	}
	for _, tt := range tests {
		if got := subjectNPOf(measuredWords(tt.opening)); got != tt.want {
			t.Errorf("subjectNPOf(%q) = %q, want %q", tt.opening, got, tt.want)
		}
	}
}

// TestWholeBefore reads the whole a share's sentence names before it,
// directly or through an anaphor for the count of the sentence before,
// in sentences of documents of different kinds: crime victims (BJS), HIV
// infections (CDC), marriages (ONS).
func TestWholeBefore(t *testing.T) {
	tests := []struct {
		name, text, stated, want string
	}{
		{"an anaphor takes the count before",
			"In more than 500,000 incidents the offender was the victim's spouse or former spouse. Of these, 9 percent were rapes or other sexual assaults, 6 percent were robberies.", "6 percent", "incidents"},
		{"an anaphor after a semicolon",
			"There were 31,800 estimated new HIV infections in the US in 2022. Of those, 67% were among gay and bisexual men; 22% were among heterosexual people.", "22%", "estimated new HIV infections"},
		{"a whole named before the share",
			"Of all marriages of same-sex couples, 56% were between female couples.", "56%", "marriages of same-sex couples"},
		{"no whole before the figure",
			"In 2017, 56% of marriages were religious.", "56%", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, m := draftMention(t, tt.text, tt.stated)
			if got := d.wholeBefore(*m); got != tt.want {
				t.Errorf("wholeBefore(%q) = %q, want %q", tt.stated, got, tt.want)
			}
		})
	}
}

// draftMention drafts text and returns the draft with its last mention
// whose text holds stated, failing the test where none does.
func draftMention(t *testing.T, text, stated string) (*docDraft, *Mention) {
	t.Helper()
	d := newDocDraft(DraftSource{TextPath: "doc.txt", Text: text}, map[string]int{})
	var m *Mention
	for i := range d.mentions {
		if strings.Contains(d.src.Text[d.mentions[i].Span.Start:d.mentions[i].Span.End], stated) {
			m = &d.mentions[i]
		}
	}
	if m == nil {
		t.Fatalf("no mention %q", stated)
	}
	return d, m
}
