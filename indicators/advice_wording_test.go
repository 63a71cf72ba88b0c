package indicators_test

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNumberedNameVerifies: a word a number completes, glued to it
// ("Covid19", "Euro6", "Omega3"), is a name, not a word with a footnote
// marker: ParseStated reads it, and the entry verifies against the quote;
// a footnote marker glued to a word is still refused.
func TestNumberedNameVerifies(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022\nmeasure: count\n"
	tests := []struct {
		doc, stated, quote string
		wantErr            string // a part of the one message expected, "" for none
	}{
		{"There were 12 Covid19 deaths in the week.", "12 Covid19 deaths", "12 Covid19 deaths", ""},
		{"The council bought 5 Euro6 buses.", "5 Euro6 buses", "5 Euro6 buses", ""},
		{"He took 2 Omega3 capsules.", "2 Omega3 capsules", "2 Omega3 capsules", ""},
		{"There were 69 attendances4 in 2013.", "69 attendances4", "69 attendances4", "footnote marker"},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, base+"stated: "+tt.stated, tt.quote)
		switch {
		case tt.wantErr == "" && len(got) > 0:
			t.Errorf("stated %q in %q: errors %q, want none", tt.stated, tt.doc, got)
		case tt.wantErr != "" && (len(got) != 1 || !strings.Contains(got[0], tt.wantErr)):
			t.Errorf("stated %q in %q: errors %q, want one with %q", tt.stated, tt.doc, got, tt.wantErr)
		}
		if tt.wantErr == "" {
			if _, _, err := indicators.ParseStated(tt.stated); err != nil {
				t.Errorf("ParseStated(%q) = %v, want no error", tt.stated, err)
			}
		}
	}
}

// TestNetRangeVerifies: a net flow stated as a range with negative ends is
// read under measure flow, as a single negative figure is, and verifies;
// a count still may not be negative.
func TestNetRangeVerifies(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022\n"
	tests := []struct {
		doc, fields, quote string
		wantErr            string
	}{
		{"Net migration was -50,000 to -40,000 people.", "measure: flow\nstated: -50,000 to -40,000 people", "-50,000 to -40,000 people", ""},
		{"Net migration was -500 to 200 people.", "measure: flow\nstated: -500 to 200 people", "-500 to 200 people", ""},
		{"Net migration was -50,000 to -40,000 people.", "measure: count\nstated: -50,000 to -40,000 people", "-50,000 to -40,000 people", "cannot be negative"},
		{"Net migration was -40,000 to -50,000 people.", "measure: flow\nstated: -40,000 to -50,000 people", "-40,000 to -50,000 people", "low end first"},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, base+tt.fields, tt.quote)
		switch {
		case tt.wantErr == "" && len(got) > 0:
			t.Errorf("%q in %q: errors %q, want none", tt.fields, tt.doc, got)
		case tt.wantErr != "" && (len(got) != 1 || !strings.Contains(got[0], tt.wantErr)):
			t.Errorf("%q in %q: errors %q, want one with %q", tt.fields, tt.doc, got, tt.wantErr)
		}
	}
}

// TestBaseModifierAdvice: "U.S." before the noun of a rate's base is left
// out of the base wherever it stands ("per 100,000 U.S. residents", "per
// U.S. household"); a unit that keeps it is told the whole unit to write,
// with the modifier as documents write it, and that unit verifies.
func TestBaseModifierAdvice(t *testing.T) {
	const base = "entities: [US]\nstatus: fact\nperiod: 2022\n"
	const hh = "Median income was $70,000 per U.S. household in 2022."
	const pr = "The rate was 355 sentenced prisoners per 100,000 U.S. residents."
	tests := []struct {
		doc, fields, quote string
		want               []string
	}{
		{hh, "measure: stock\nstated: $70,000 per U.S. household", "$70,000 per U.S. household", nil},
		{hh, "measure: stock\nstated: $70,000\nunit: USD per U.S. household", "$70,000 per U.S. household",
			[]string{`unit "USD per U.S. household": the base of a rate leaves out the modifier "U.S.": write "USD per household"`}},
		{hh, "measure: stock\nstated: $70,000\nunit: USD per household", "$70,000 per U.S. household", nil},
		{pr, "measure: count\nstated: 355 sentenced prisoners per 100,000 U.S. residents", "355 sentenced prisoners per 100,000 U.S. residents", nil},
		{pr, "measure: count\nstated: 355\nunit: prisoner per 100,000 U.S. residents", "355 sentenced prisoners per 100,000 U.S. residents",
			[]string{`unit "prisoner per 100,000 U.S. residents": the base of a rate leaves out the modifier "U.S.": write "prisoner per 100,000 residents"`}},
		{pr, "measure: count\nstated: 355\nunit: prisoner per 100,000 residents", "355 sentenced prisoners per 100,000 U.S. residents", nil},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, tt.doc, base+tt.fields, tt.quote)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q: errors %q, want %q", tt.fields, got, tt.want)
		}
	}
	if q, u, err := indicators.ParseStated("$70,000 per U.S. household"); err != nil || u.String() != "USD per household" {
		t.Errorf("ParseStated(%q) = %v, %q, %v, want unit %q", "$70,000 per U.S. household", q, u, err, "USD per household")
	}
}

// TestProportionInWords: a proportion in words or "N in M" is the one
// reading of the model and the book; a figure in digits, hedged or not,
// is none, and a share so stated is held as written.
func TestProportionInWords(t *testing.T) {
	tests := []struct {
		stated string
		want   bool
		held   string // Format of ParseStatedAs(stated, share)
	}{
		{"one in five", true, "20 percent"},
		{"2 in 3", true, "66.6666666666667 percent"},
		{"1 out of 8", true, "12.5 percent"},
		{"over a third", true, "more than 33.3333333333333 percent"},
		{"about 0.2", false, "about 0.2"},
		{"0.2", false, "0.2"},
		{"12 percent", false, "12 percent"},
		{"3 people", false, "3 people"},
	}
	for _, tt := range tests {
		if got := indicators.ProportionInWords(tt.stated); got != tt.want {
			t.Errorf("ProportionInWords(%q) = %v, want %v", tt.stated, got, tt.want)
		}
		q, u, err := indicators.ParseStatedAs(tt.stated, indicators.Share)
		if err != nil {
			t.Fatalf("ParseStatedAs(%q, share): %v", tt.stated, err)
		}
		if got := indicators.Format(q, u, indicators.Style{}); got != tt.held {
			t.Errorf("ParseStatedAs(%q, share) formats as %q, want %q", tt.stated, got, tt.held)
		}
	}
}

// TestQuoteWordingMeasure: the advice "write stated: the quote's own
// characters" reads the quote as the figure's measure does, so a share
// of 20 percent finds "One in five", and the advice verifies.
func TestQuoteWordingMeasure(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022\n"
	const doc = "One in five adults smoked in 2022."
	tests := []struct {
		fields string
		want   []string
	}{
		{"measure: share\nstated: 20 percent", []string{`the quote does not state "20 percent": its number agrees, but the quote words it "One in five": write stated: "One in five", the quote's own characters`}},
		{"measure: share\nstated: One in five", nil},
	}
	for _, tt := range tests {
		got := parseEntryIn(t, doc, base+tt.fields, "One in five adults smoked")
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%q: errors %q, want %q", tt.fields, got, tt.want)
		}
	}
}

// TestBracketAfterNoun: a second figure in brackets after the counted noun
// is a claim of its own, as one right after the figure is, and the advice
// verifies.
func TestBracketAfterNoun(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022\nmeasure: count\n"
	const doc = "There were 168 fatalities (or 4%) in the year."
	tests := []struct {
		stated string
		want   []string
	}{
		{"168 fatalities (or 4%)", []string{`cannot read figure "168 fatalities (or 4%)": the bracketed "4%" is a figure of its own: an indicator states one figure; write stated: "168 fatalities" here, and stated: "4%" in an indicator of its own (the same quote may serve both)`}},
		{"168 fatalities", nil},
	}
	for _, tt := range tests {
		d := strings.Replace(doc, "168 fatalities (or 4%)", tt.stated, 1)
		if tt.stated == "168 fatalities" {
			d = doc
		}
		got := parseEntryIn(t, d, base+"stated: "+tt.stated, tt.stated)
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("stated %q: errors %q, want %q", tt.stated, got, tt.want)
		}
	}
}

// TestUncountedRate: a figure per a span of time that names nothing
// counted is read by ParseStated as the figure says (the extractor's
// mentions rely on it) and refused by ParseStatedAs, as verify refuses
// it; the advice leaves out the words of the rate ("41 a week" is "41")
// and verifies.
func TestUncountedRate(t *testing.T) {
	const base = "entities: [GB]\nstatus: fact\nperiod: 2022\nmeasure: flow\n"
	tests := []struct{ doc, stated, quote, fix, unit string }{
		{"A&E attendances averaged 57,100 per day in 2022.", "57,100 per day", "averaged 57,100 per day", "57,100", "attendance per day"},
		{"Arrivals were 41 a week in 2022.", "41 a week", "41 a week", "41", "arrival per week"},
	}
	for _, tt := range tests {
		if _, _, err := indicators.ParseStated(tt.stated); err != nil {
			t.Errorf("ParseStated(%q) = %v, want the figure as it says", tt.stated, err)
		}
		_, _, err2 := indicators.ParseStatedAs(tt.stated, indicators.Flow)
		want := "write stated: \"" + tt.fix + "\""
		if err2 == nil || !strings.Contains(err2.Error(), want) {
			t.Errorf("ParseStatedAs(%q) = %v, want advice %s", tt.stated, err2, want)
		}
		if got := parseEntryIn(t, tt.doc, base+"stated: "+tt.fix+"\nunit: "+tt.unit, tt.quote); len(got) > 0 {
			t.Errorf("advice for %q: stated %q fails verify: %q", tt.stated, tt.fix, got)
		}
	}
}
