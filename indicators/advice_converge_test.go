package indicators_test

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// verifyMessages returns the messages of Verify, which the command runs
// after Load, for a catalog of items against doc.
func verifyMessages(doc, items string) []string {
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(doc), items)
	c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	if err == nil {
		err = c.Verify()
	}
	if err != nil {
		return []string{err.Error()}
	}
	return nil
}

// adviceStep reads the first "write stated: …" and "write unit: …" of
// msg, and "leave the unit out", and applies them to fields: what a
// writer who follows verify's advice literally does.
func adviceStep(fields, msg string) (string, bool) {
	var lines []string
	for _, l := range strings.Split(fields, "\n") {
		lines = append(lines, l)
	}
	set := func(key, v string) {
		i := slices.IndexFunc(lines, func(l string) bool { return strings.HasPrefix(l, key+":") })
		if i < 0 {
			lines = append(lines, key+": "+v)
			return
		}
		lines[i] = key + ": " + v
	}
	changed := false
	if m := regexp.MustCompile(`write stated: ("[^"]*")`).FindStringSubmatch(msg); m != nil {
		set("stated", m[1])
		changed = true
	}
	if m := regexp.MustCompile(`(?:write|and) unit: ([a-z][a-z ]*[a-z])`).FindStringSubmatch(msg); m != nil {
		set("unit", m[1])
		changed = true
	}
	if strings.Contains(msg, "leave the unit out") || strings.Contains(msg, "leave unit out") {
		lines = slices.DeleteFunc(lines, func(l string) bool { return strings.HasPrefix(l, "unit:") })
		changed = true
	}
	return strings.Join(lines, "\n"), changed
}

// TestAdviceConverges checks that following verify's advice, one message
// at a time, reaches a catalog with no message in a few steps, from each
// form a writer tries (s24t-libraries: "loans of 174.9 million books and
// other materials" was sent from a notice to an error to a second error
// that contradicted it, and back to the notice).
func TestAdviceConverges(t *testing.T) {
	const doc = "Libraries made loans of 174.9 million books and other materials in 2004.\n" +
		"There were 1400 pubs and clubs in 2004.\n" +
		"Men earned €27.73 with 35.7 mean paid weekly hours in 2004.\n" +
		"Male employees were working on average 35.7 hours.\n"
	const au = "entities: [AU]\nstatus: fact\nmeasure: flow\nperiod: 2004\n"
	const hours = "entities: [IE]\nstatus: fact\nmeasure: level\nperiod: 2004\n"
	// twice is two quotes of one figure, one a line (see quotes).
	const twice = "35.7 mean paid weekly hours\nworking on average 35.7 hours"
	const loans = "loans of 174.9 million books and other materials"
	tests := []struct {
		name, fields, quote string
		clean               bool // a correct catalog: no message at all
	}{
		{"the counted noun before 'of'", au + "stated: \"174.9 million\"\nunit: loan", loans, true},
		{"both nouns as the unit", au + "stated: \"174.9 million\"\nunit: book and material", loans, true},
		{"stated with both nouns, no unit", au + "stated: \"174.9 million books and other materials\"", loans, false},
		{"stated with both nouns and both as the unit", au + "stated: \"174.9 million books and other materials\"\nunit: book and material", loans, true},
		{"stated with the last noun as the unit", au + "stated: \"174.9 million books and other materials\"\nunit: material", loans, false},
		{"the first noun as the unit", au + "stated: \"174.9 million\"\nunit: book", loans, false},
		{"another noun", au + "stated: \"174.9 million\"\nunit: volume", loans, false},
		{"pubs and clubs, the last as unit", au + "stated: 1400 pubs and clubs\nunit: club", "1400 pubs and clubs", false},
		// One figure quoted twice in different words (s25u-paygap): the
		// advice for one quote must not move the error to the other.
		{"one figure worded twice, the first wording", hours + "stated: \"35.7 mean paid weekly hours\"", twice, false},
		{"one figure worded twice, the second wording", hours + "stated: \"35.7 hours\"", twice, false},
		{"one figure worded twice, bare with its unit", hours + "stated: \"35.7\"\nunit: hour", twice, true},
	}
	const steps = 4
	for _, tc := range tests {
		fields := tc.fields
		var seen []string
		for step := 0; ; step++ {
			items := quotes(fields, tc.quote)
			got := runMessages(t, doc, items, "")
			if len(got) == 0 {
				got = verifyMessages(doc, items)
			}
			if len(got) == 0 {
				break
			}
			if tc.clean {
				t.Errorf("%s: messages %q, want none", tc.name, got)
				break
			}
			seen = append(seen, got[0])
			next, ok := adviceStep(fields, got[0])
			if !ok || step == steps {
				t.Errorf("%s: after %d steps, messages %q (advice so far %q), want none", tc.name, step, got, seen)
				break
			}
			fields = next
		}
	}
}

// quotes writes item x of fields with a provenance entry for each line of
// quote.
func quotes(fields, quote string) string {
	lines := strings.Split(quote, "\n")
	s := catalogItem("x", fields, "", lines[0])
	for _, q := range lines[1:] {
		s += fmt.Sprintf("      - source: doc\n        quote: %q\n", q)
	}
	return s
}
