package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// allExclusionRules are the lists of exclusion rules, for tests that swap
// them for wrapped ones.
var allExclusionRules = []*[]exclusionRule{&exclusionsBeforeUnit, &exclusionsAfterUnit, &exclusionsDashBefore, &exclusionsDashAfter, &exclusionsSigned}

// wrapExclusions replaces every rule's excludes, until the test ends, by
// one that calls it and then tells seen of the call; with keepNeeds false,
// the rules' needs are cleared so that every rule is asked of every
// number, as before the needs were given.
func wrapExclusions(t *testing.T, keepNeeds bool, seen func(r exclusionRule, s *scanner, c *exclusionCandidate, ok bool)) {
	t.Helper()
	for _, list := range allExclusionRules {
		old := *list
		t.Cleanup(func() { *list = old })
		wrapped := make([]exclusionRule, len(old))
		for n, r := range old {
			w := r
			if !keepNeeds {
				w.needs = 0
			}
			w.excludes = func(s *scanner, c *exclusionCandidate) (int, bool) {
				e, ok := r.excludes(s, c)
				seen(r, s, c, ok)
				return e, ok
			}
			wrapped[n] = w
		}
		*list = wrapped
	}
}

// TestExclusionNeeds asks every rule of every number of the mixed corpus
// and of the exclusion table's sentences, and checks that each number a
// rule excludes has the traits the rule needs: were one missing, the rule
// would no longer be asked of such a number and the output would change.
func TestExclusionNeeds(t *testing.T) {
	var texts []string
	for _, row := range exclusionRows {
		texts = append(texts, row.exclude...)
		for _, k := range row.keep {
			texts = append(texts, k[0])
		}
	}
	for _, c := range newsCases {
		texts = append(texts, c.in)
	}
	for _, c := range newsFigures {
		texts = append(texts, c.in)
	}
	for _, c := range sentences {
		texts = append(texts, c.in)
	}
	texts = append(texts, mixedCorpus(t, 1<<18))
	excluded := map[string]int{}
	wrapExclusions(t, false, func(r exclusionRule, s *scanner, c *exclusionCandidate, ok bool) {
		if !ok {
			return
		}
		excluded[r.name]++
		if have := s.traits(c); r.needs&^have != 0 {
			t.Errorf("rule %q excluded %q of %q, which lacks the traits %b it needs (has %b)", r.name, s.text[s.toks[c.lo.start].start:s.toks[c.lo.end-1].end], s.text, r.needs, have)
		}
	})
	for _, text := range texts {
		s := scanner{noYearFirst: true} // every year asks the rules
		s.run(text, 0, true, func(Mention) {})
	}
	for _, list := range allExclusionRules {
		for _, r := range *list {
			if r.needs != 0 && excluded[r.name] == 0 {
				t.Errorf("rule %q excluded nothing: its needs go unchecked", r.name)
			}
		}
	}
}

// TestExclusionRulesAsked checks that a number is asked only the rules
// whose needs it has: a year in prose is asked 5 rules, not the 24 up to
// "year", and a plain count 8 of the 31 before its unit; that a year
// yearFirst decides is asked none; and that the rules that read the word
// or sign before the number (p-value, catalogue-number,
// date-month-before) are asked only after one of theirs (trPrevCue).
func TestExclusionRulesAsked(t *testing.T) {
	count := []string{
		"rate-base", "legal-citation", "time-of-day", "date-month-after", "named-decimal", "named-number",
		"number-abbreviation", "street-address", // 31, before its unit
		"heading-number", "model-number", "name-number", "time-back", "age-group", "age-bracket", // after
	}
	cued := []string{"p-value", "rate-base", "catalogue-number", "legal-citation", "time-of-day", "date-month-before", "date-month-after"}
	tests := []struct {
		text        string
		noYearFirst bool
		want        []string // the rules asked, in order
	}{
		{"Exports rose in 2015 to 30 countries.", true, append([]string{
			"rate-base", "legal-citation", "time-of-day", "date-month-after", "year", // 2015
		}, count...)},
		{"Exports rose in 2015 to 30 countries.", false, count},
		{"It was 30 countries.", false, append(cued, "named-decimal", "named-number", "number-abbreviation", "street-address",
			"heading-number", "model-number", "name-number", "time-back", "age-group", "age-bracket")},
		{"From April 30 countries.", false, cued[:6]}, // a day of April
		{"p < 30 countries.", false, []string{"p-value"}},
		{"30 countries.", false, []string{"p-value", "catalogue-number", "legal-citation", "time-of-day", "date-month-before", "date-month-after",
			"number-abbreviation", "street-address", "heading-number", "model-number", "time-back", "age-group"}},
	}
	for _, tt := range tests {
		var asked []string
		wrapExclusions(t, true, func(r exclusionRule, s *scanner, c *exclusionCandidate, ok bool) {
			asked = append(asked, r.name)
		})
		s := scanner{noYearFirst: tt.noYearFirst}
		s.run(tt.text, 0, true, func(Mention) {})
		if diff := cmp.Diff(tt.want, asked); diff != "" {
			t.Errorf("rules asked in %q (-want +got):\n%s", tt.text, diff)
		}
	}
}
