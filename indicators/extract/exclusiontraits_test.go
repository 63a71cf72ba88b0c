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
	excluded := checkExclusionNeeds(t)
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

// checkExclusionNeeds makes every rule asked of every number, until the
// test ends, and reports an error for each number a rule excludes that
// lacks a trait the rule needs. It returns the count of numbers each rule
// excluded, which fills as the test reads texts.
func checkExclusionNeeds(t *testing.T) map[string]int {
	t.Helper()
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
	return excluded
}

// FuzzExclusionNeeds checks TestExclusionNeeds's promise on any text:
// every number a rule excludes, every rule asked, has the traits the rule
// needs, so that the tables, which ask a rule only of such numbers, change
// no output.
func FuzzExclusionNeeds(f *testing.F) {
	for _, row := range exclusionRows {
		for _, x := range row.exclude {
			f.Add(x)
		}
		for _, k := range row.keep {
			f.Add(k[0])
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkExclusionNeeds(t)
		s := scanner{noYearFirst: true}
		s.run(text, 0, true, func(Mention) {})
	})
}

// TestExclusionRulesAsked checks that a number is asked only the rules
// whose needs it has: a year in prose is asked 2 rules, not the 24 up to
// "year", and a plain count 3 of the 41 before and after its unit; that a
// year yearFirst decides is asked none; that the rules that read the word
// or sign before the number (p-value, catalogue-number,
// date-month-before) are asked only after one of theirs (trPrevCue); and
// that a rule that reads a given word beside the number is asked only
// beside it (time-of-day: trNextTime).
func TestExclusionRulesAsked(t *testing.T) {
	count := []string{
		"legal-citation", "number-abbreviation", "street-address", // before its unit
	}
	cued := []string{"p-value", "catalogue-number", "legal-citation", "date-month-before"}
	tests := []struct {
		text        string
		noYearFirst bool
		want        []string // the rules asked, in order
	}{
		{"Exports rose in 2015 to 30 countries.", true, append([]string{
			"legal-citation", "year", // 2015
		}, count...)},
		{"Exports rose in 2015 to 30 countries.", false, count},
		{"It was 30 countries.", false, append(cued, "number-abbreviation", "street-address")},
		{"From April 30 countries.", false, cued}, // a day of April
		{"p < 30 countries.", false, []string{"p-value"}},
		{"30 countries.", false, append(cued, "number-abbreviation", "street-address")},
		{"It was 30 year olds.", false, append(cued, "number-abbreviation", "street-address", "age-group")},
		{"At 6 pm.", false, []string{"p-value", "catalogue-number", "legal-citation", "time-of-day"}},
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
