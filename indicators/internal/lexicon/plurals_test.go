package lexicon

import "testing"

// TestPluralVes: the nouns in -f or -fe of the genre whose plural is in
// -ves, and their compounds ("midwifes" on s30a-nursing's book and deck),
// make it both ways; those in -f that take -s keep it.
func TestPluralVes(t *testing.T) {
	for _, tc := range []struct{ one, many string }{
		{"wife", "wives"}, {"midwife", "midwives"}, {"life", "lives"}, {"leaf", "leaves"}, {"half", "halves"},
		{"thief", "thieves"}, {"shelf", "shelves"}, {"bookshelf", "bookshelves"}, {"knife", "knives"},
		{"calf", "calves"}, {"nurse and midwife", "nurses and midwives"},
		{"chief", "chiefs"}, {"roof", "roofs"}, {"belief", "beliefs"}, {"proof", "proofs"}, {"mischief", "mischiefs"},
		{"human", "humans"}, {"German", "Germans"},
	} {
		if got := Plural(tc.one); got != tc.many {
			t.Errorf("Plural(%q) = %q, want %q", tc.one, got, tc.many)
		}
		if got := Singular(tc.many); got != tc.one {
			t.Errorf("Singular(%q) = %q, want %q", tc.many, got, tc.one)
		}
	}
}

// TestPluralPeopleList: a list whose first noun names people lists nouns,
// each taking the plural, though the last is longer (s30a-nursing: "nurse,
// midwife and nursing associates"); a list of modifiers of one head noun
// pluralises the head alone.
func TestPluralPeopleList(t *testing.T) {
	for _, tc := range []struct{ one, many string }{
		{"nurse, midwife and nursing associate", "nurses, midwives and nursing associates"},
		{"child and young person", "children and young people"},
		{"state, territory and local library", "state, territory and local libraries"},
		{"primary and secondary school", "primary and secondary schools"},
	} {
		if got := Plural(tc.one); got != tc.many {
			t.Errorf("Plural(%q) = %q, want %q", tc.one, got, tc.many)
		}
		if got := Singular(tc.many); got != tc.one {
			t.Errorf("Singular(%q) = %q, want %q", tc.many, got, tc.one)
		}
	}
}
