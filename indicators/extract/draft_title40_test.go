package extract

import "testing"

// The rules of title40: the part-of-whole frame is no title's noun, a
// part after an inner lead takes the whole's noun, a link is no heading.

// TestPartitiveFrame reads "out of" and "of" as the frame of
// a part of a whole, never as what is counted.
func TestPartitiveFrame(t *testing.T) {
	for _, tc := range []struct {
		text, stated, noun string
		whole              int
		ok                 bool
	}{
		{"8 out of the 11 councils reported an increase in complaints.", "8", "councils", 11, true},
		{"Sales rose in seven of the 10 markets.", "seven", "markets", 10, true},
		{"Only 3 out of these schools met the standard.", "3", "schools", 0, true},
		// Near misses: no whole named, or no plural noun.
		{"The total was 4 of people surveyed.", "4", "", 0, false},
		{"The figure was 8 out of the time.", "8", "", 0, false},
	} {
		d, m := draftMention(t, tc.text, tc.stated)
		p, ok := d.partitiveOf(*m)
		if ok != tc.ok || ok && (p.noun != tc.noun || p.whole != tc.whole) {
			t.Errorf("partitiveOf(%q in %q) = %+v, %v, want noun %q whole %d, %v", tc.stated, tc.text, p, ok, tc.noun, tc.whole, tc.ok)
		}
	}
}

// TestPartitiveTitle titles a part by what it counts, narrowed by its
// predicate.
func TestPartitiveTitle(t *testing.T) {
	for _, tc := range []struct {
		text, stated, want string
	}{
		{"8 out of the 11 councils reported an increase in complaints on the previous year.", "8", "Councils reporting an increase in complaints"},
		{"Sales rose in seven of the 10 markets.", "seven", "Markets"},
	} {
		d, m := draftMention(t, tc.text, tc.stated)
		cs, _ := clauseOf(d.src.Text, *m)
		if got, _ := d.partitiveTitle(*m, cs); got != tc.want {
			t.Errorf("partitiveTitle(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestCallToActionNoHeading: a line that is a link or a call to action
// is no section heading; a heading that only starts like one is.
func TestCallToActionNoHeading(t *testing.T) {
	for _, tc := range []struct {
		line string
		nav  bool
	}{
		{"Download the report", true},
		{"Download data tables", true},
		{"Read more about noise", true},
		{"View all statistics", true},
		{"See also", true},
		{"Find out more", true},
		{"Back to top", true},
		{"Click here to subscribe", true},
		{"Key points from the report:", false},
		{"Views on local services", false},
		{"Downloads of apps", false},
		{"Licences issued", false},
	} {
		if got := isNavLink(tc.line); got != tc.nav {
			t.Errorf("isNavLink(%q) = %v, want %v", tc.line, got, tc.nav)
		}
	}
}

// TestInnerPartLead finds a part lead inside a sentence, after the whole
// it parts, and the parts of one list after it.
func TestInnerPartLead(t *testing.T) {
	for _, tc := range []struct {
		before string
		ok     bool
	}{
		{"some 8,300 stray dogs were impounded, of which", true},
		{"some 8,300 stray dogs were impounded, of which 810 were sold", true},
		{"some 8,300 stray dogs were impounded, of which 810 were sold 1,650 were reclaimed and", true},
		{"of the 70,475 foi requests received,", true},
		{"letter-post items, including", true},
		// Near misses: no lead, a lead past a clause's end, "of the"
		// with no whole's figure.
		{"some 8,300 stray dogs were impounded and", false},
		{"of which most were sold; in the year after,", false},
		{"of the requests received,", false},
	} {
		if got := innerPartLead(tc.before) >= 0; got != tc.ok {
			t.Errorf("innerPartLead(%q) >= 0 = %v, want %v", tc.before, got, tc.ok)
		}
	}
}

// TestPartsOfWhich titles each part after an inner lead by the whole's
// counted noun and the part's own predicate.
func TestPartsOfWhich(t *testing.T) {
	dogs := "Some 8,300 stray dogs were impounded, of which 810 were sold 1,650 were reclaimed and 5,820 had to be humanely destroyed."
	foi := "Of the 70,475 FOI requests received, 46,769 were resolvable."
	for _, tc := range []struct {
		text, stated, want string
	}{
		{dogs, "810", "Stray dogs sold"},
		{dogs, "1,650", "Stray dogs reclaimed"},
		{dogs, "5,820", "Stray dogs that were destroyed"},
		{foi, "46,769", "FOI requests that were resolvable"},
		// Near miss: a part lead at the sentence's start stays
		// opensPart's.
		{"22.4 million people claimed benefits. Of these, 9.1 million were of Working Age.", "9.1 million", "People of Working Age"},
	} {
		d, m := draftMention(t, tc.text, tc.stated)
		if got := d.partTitle(*m); got != tc.want {
			t.Errorf("partTitle(%q in %q) = %q, want %q", tc.stated, tc.text, got, tc.want)
		}
	}
}

// TestPredicateOfListPart cuts a part's predicate before the next part
// of its list, and keeps a time's figure.
func TestPredicateOfListPart(t *testing.T) {
	for _, tc := range []struct {
		after, want string
	}{
		{"were sold 1,650 were reclaimed and 5,820 had to be humanely destroyed;", "sold"},
		{"were reclaimed and 5,820 had to be humanely destroyed;", "reclaimed"},
		{"had to be humanely destroyed;", "destroyed"},
		// Near miss: a year before a verb of being is a time, no part.
		{"committed during 1993 were against victims related to the offender", "that were against victims related to the offender"},
	} {
		if got := ownPredicate(measuredWords(tc.after)); got != tc.want {
			t.Errorf("ownPredicate(%q) = %q, want %q", tc.after, got, tc.want)
		}
	}
}

// TestOwnClauseSubject titles a figure from its own clause first: a
// change after the object of another clause's verb of doing is no change
// in that verb's subject, and a relative clause's figure is what its
// pronoun stands for.
func TestOwnClauseSubject(t *testing.T) {
	cms := "In the quarter:\n\n  • the CMS received 40,000 new applications, up 5,100 compared with the quarter to September 2023\n"
	upu := "The letter-post product continues to account for 43.4 per cent of global public postal revenues, which reached 234.8 billion SDR, up three per cent on the previous year."
	for _, tc := range []struct {
		name, text, stated string
		other              bool
		ante               string
	}{
		{"change after a verb of doing's object", cms, "5,100", true, ""},
		{"relative clause of a linking verb", upu, "234.8 billion", false, "global public postal revenues"},
		// Near misses: a subject linked to its figure is what both
		// measure; a relative clause of a verb of doing names what its
		// noun does.
		{"change after a linked level", "The union membership rate was 10.7 percent, down 0.4 percentage point from 2015.", "0.4", false, ""},
		{"relative clause of doing", "Japanese firms, which employ 5,000 people in the state, invested more.", "5,000", false, ""},
	} {
		d, m := draftMention(t, tc.text, tc.stated)
		cs := d.clauseStartOf(*m)
		if got := d.otherFigureClause(*m, cs); got != tc.other {
			t.Errorf("%s: otherFigureClause(%q) = %v, want %v", tc.name, tc.stated, got, tc.other)
		}
		if got := d.relativeAntecedent(*m, cs); got != tc.ante {
			t.Errorf("%s: relativeAntecedent(%q) = %q, want %q", tc.name, tc.stated, got, tc.ante)
		}
	}
}

// TestModifierVerbNamesMeasure: a verb's bare form inside a noun phrase
// modifies the noun after it ("private hire driver licences"), and the
// phrase still names what is measured.
func TestModifierVerbNamesMeasure(t *testing.T) {
	for _, tc := range []struct {
		phrase string
		want   bool
	}{
		{"Private hire driver licences", true},
		{"Private hire vehicle licences", true},
		{"Taxi driver licences", true},
		// Near misses: a verb of a clause, a participle, a verb in -s.
		{"Companies hire workers", false},
		{"Workers employed by Japanese companies", false},
		{"Japan supports jobs", false},
	} {
		if got := namesMeasure(tc.phrase); got != tc.want {
			t.Errorf("namesMeasure(%q) = %v, want %v", tc.phrase, got, tc.want)
		}
	}
}
