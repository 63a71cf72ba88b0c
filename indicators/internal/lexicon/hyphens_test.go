package lexicon

import "testing"

func TestJoinHyphenBreaks(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"a prefix keeps its hyphen (s18k-children)", "1,847 de- registrations", "1,847 de-registrations"},
		{"re- keeps its hyphen (verify19)", "40 re- openings", "40 re-openings"},
		{"a prefix before a name", "non- UK nationals", "non-UK nationals"},
		{"a prefix across a line end", "low-\nincome households", "low-income households"},
		{"one word broken at a line end", "regis-\ntrations rose", "registrations rose"},
		{"one word broken with a space (a PDF)", "the posi- tion of", "the position of"},
		{"a suspended hyphen before and", "one- and two-bedroom homes", "one- and two-bedroom homes"},
		{"a suspended hyphen before or", "low- or middle-income", "low- or middle-income"},
		{"a dash between words stays", "rose - as expected - by 4%", "rose - as expected - by 4%"},
		{"a year range stays", "2014- 15", "2014- 15"},
		{"a hyphen before a capital, no prefix", "South- East England", "South- East England"},
		{"nothing to join", "de-registrations", "de-registrations"},
		{"a hyphen at the end", "posi-", "posi-"},
	} {
		if got := JoinHyphenBreaks(tc.in); got != tc.want {
			t.Errorf("%s: JoinHyphenBreaks(%q) = %q, want %q", tc.name, tc.in, got, tc.want)
		}
	}
}
