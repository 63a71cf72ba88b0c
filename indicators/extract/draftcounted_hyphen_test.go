package extract

import "testing"

// TestHeadNounBrokenHyphen: a count's head noun keeps a prefix whose
// hyphen a space broke, as lexicon.JoinHyphenBreaks reads it ("de-
// registrations" counts de-registrations, the opposite of registrations);
// a hyphen after a word that is no prefix is not joined here.
func TestHeadNounBrokenHyphen(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"1,847 de- registrations during the year", "de-registration"},               // NI children's social care 2014/15
		{"1,904 new registrations to the Child Protection Register", "registration"}, // the same release's other count
		{"412 non- UK nationals were removed", ""},                                   // a prefix before a name: no lower-case head
		{"2,001 re- openings of cases", "re-opening"},
	} {
		got, _, _ := headNounPhrase(c.text, len(firstWord(c.text)), len(c.text))
		if got != c.want {
			t.Errorf("headNounPhrase(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
