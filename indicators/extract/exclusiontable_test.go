package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestExclusionTable checks that the table of each list asks, for every
// set of traits, exactly the rules whose needs the traits hold, and that
// exclusionTableOf finds a table for those lists only.
func TestExclusionTable(t *testing.T) {
	for _, tc := range []struct {
		name  string
		rules []exclusionRule
		tab   *exclusionTable
	}{
		{"exclusionsBeforeUnit", exclusionsBeforeUnit, beforeUnitTable},
		{"exclusionsAfterUnit", exclusionsAfterUnit, afterUnitTable},
	} {
		if got := exclusionTableOf(tc.rules); got != tc.tab {
			t.Errorf("exclusionTableOf(%s) = %p, want %p", tc.name, got, tc.tab)
		}
		if got := exclusionTableOf(slices.Clone(tc.rules)); got != nil {
			t.Errorf("exclusionTableOf(a copy of %s) = %p, want nil", tc.name, got)
		}
		for have := exclusionTraits(0); have <= coarseMask; have++ {
			var want uint64
			for n, r := range tc.rules {
				if r.needs&coarseMask&^have == 0 {
					want |= 1 << n
				}
			}
			if got := tc.tab.asks[have]; got != want {
				t.Errorf("%s: asks[%011b] = %b, want %b", tc.name, have, got, want)
			}
		}
		for have := exclusionTraits(0); have <= fineMask; have += 1 << fineShift {
			var want uint64
			for n, r := range tc.rules {
				if r.needs&fineMask&^have == 0 {
					want |= 1 << n
				}
			}
			if got := tc.tab.fine[have>>fineShift]; got != want {
				t.Errorf("%s: fine[%010b] = %b, want %b", tc.name, have>>fineShift, got, want)
			}
		}
		// Both halves together ask the rules whose needs the traits hold.
		for _, have := range []exclusionTraits{0, traitMask, trPlain | trNextWord | trNextMonth, trPrevWord | trPrevPer | trStart, trNextSym | trNextAttached | trNextMark} {
			var want uint64
			for n, r := range tc.rules {
				if r.needs&^have == 0 {
					want |= 1 << n
				}
			}
			if got := tc.tab.asks[have&coarseMask] & tc.tab.fine[have>>fineShift]; got != want {
				t.Errorf("%s: asks and fine of %022b = %b, want %b", tc.name, have, got, want)
			}
		}
	}
	for _, rules := range [][]exclusionRule{nil, exclusionsDashBefore, exclusionsDashAfter, exclusionsSigned} {
		if got := exclusionTableOf(rules); got != nil {
			t.Errorf("exclusionTableOf(%d rules of %q) = %p, want nil", len(rules), ruleNames(rules), got)
		}
	}
}

// TestTraitMask checks that every trait a number of the corpus or of the
// exclusion table's sentences has is inside traitMask, the size of the
// tables, and that each trait is had by some number.
func TestTraitMask(t *testing.T) {
	all := exclusionTraits(0)
	for _, r := range slices.Concat(exclusionsBeforeUnit, exclusionsAfterUnit) {
		all |= r.needs
	}
	if all&^traitMask != 0 {
		t.Errorf("the rules need traits %b outside traitMask %b", all&^traitMask, traitMask)
	}
	var seen exclusionTraits
	wrapExclusions(t, true, func(_ exclusionRule, s *scanner, c *exclusionCandidate, _ bool) {
		seen |= s.traits(c)
	})
	texts := []string{mixedCorpus(t, 1<<18)}
	for _, row := range exclusionRows {
		texts = append(texts, row.exclude...)
	}
	for _, text := range texts {
		var s scanner
		s.run(text, 0, true, func(Mention) {})
	}
	if seen&^traitMask != 0 {
		t.Errorf("numbers have traits %b outside traitMask %b", seen&^traitMask, traitMask)
	}
	if seen != traitMask {
		t.Errorf("the texts' numbers have traits %b, want every one of %b", seen, traitMask)
	}
}

// TestExclusionTableSameRules checks that the tables name, number by
// number, the rules the lists asked one by one name: the corpus is read
// once with the tables and once with copies of the lists, which have none.
func TestExclusionTableSameRules(t *testing.T) {
	text := mixedCorpus(t, 1<<18)
	read := func() []string {
		var names []string
		s := scanner{onExclude: func(r string) { names = append(names, r) }}
		s.run(text, 0, true, func(Mention) {})
		return names
	}
	withTables := read()
	for _, list := range []*[]exclusionRule{&exclusionsBeforeUnit, &exclusionsAfterUnit} {
		old := *list
		t.Cleanup(func() { *list = old })
		*list = slices.Clone(old)
	}
	if exclusionTableOf(exclusionsBeforeUnit) != nil {
		t.Fatal("a copy of exclusionsBeforeUnit has a table")
	}
	withoutTables := read()
	if len(withTables) == 0 {
		t.Fatal("the corpus excluded nothing")
	}
	if diff := cmp.Diff(withoutTables, withTables); diff != "" {
		t.Errorf("rules that excluded with the tables differ (-without +with):\n%s", diff)
	}
}

func ruleNames(rules []exclusionRule) []string {
	var names []string
	for _, r := range rules {
		names = append(names, r.name)
	}
	return names
}

// TestCandidatesHoldNumbers checks what sentenceYear relies on: candidates
// yields, in increasing order and within the sentence, every number token
// (and the other tokens whose bit is set).
func TestCandidatesHoldNumbers(t *testing.T) {
	eachSentence(t, "in 2015 the $5 ＄20 ٢٠١٥ .08 and 1,234.5 of 64 tokens "+strings.Repeat("a ", 70)+"2030", func(s *scanner) {
		var got []int
		for i := range s.candidates() {
			got = append(got, i)
		}
		if !slices.IsSorted(got) || len(got) > 0 && got[len(got)-1] >= len(s.toks) {
			t.Fatalf("candidates of %q = %v, want increasing tokens below %d", s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], got, len(s.toks))
		}
		for i, tok := range s.toks {
			if _, found := slices.BinarySearch(got, i); tok.kind == tNum && !found {
				t.Errorf("candidates of %q miss the number %q", s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], s.tt(i))
			}
		}
	})
}

// TestTraits checks traits, read from tables, against the traits stated
// one by one, for every number the corpus and the exclusion table's
// sentences ask a rule of.
func TestTraits(t *testing.T) {
	// The words before a number that excludePValue, excludeCatalogueNumber
	// and excludeMonthBefore read (with the months).
	cueWords := []string{"of", "was", "is", "were", "at", "no", "number", "nos", "the"}
	stated := func(s *scanner, c *exclusionCandidate) exclusionTraits {
		toks, lo := s.toks, c.lo
		var tr exclusionTraits
		if i := lo.start; i > 0 {
			if !toks[i].space {
				tr |= trGlued
			}
			if toks[i-1].kind == tSym {
				tr |= trPrevSym
			}
			if toks[i-1].kind == tWord {
				tr |= trPrevWord
			}
		}
		if lo.plainInt {
			tr |= trPlain
			if lo.ndigits == 4 {
				tr |= trFour
			}
		}
		if s.text[toks[lo.start].start] == '0' {
			tr |= trZero
		}
		if e := lo.end; e < len(toks) {
			if toks[e].kind == tSym {
				tr |= trNextSym
			}
			if toks[e].kind == tWord {
				tr |= trNextWord
			}
			if !toks[e].space {
				tr |= trNextAttached
			}
		}
		if c.identEnd >= 0 && c.identEnd < lo.start {
			tr |= trIdent
		}
		if i := lo.start; i > 0 && toks[i-1].kind == tWord {
			p := strings.ToLower(s.tt(i - 1))
			if slices.Contains([]string{"per", "under", "below"}, p) {
				tr |= trPrevPer
			}
			if s.flag(i-1, fIdent) {
				tr |= trPrevIdent
			}
			if toks[i-1].upper {
				tr |= trPrevUpper
			}
		}
		if e := lo.end; e < len(toks) {
			w := strings.ToLower(s.tt(e))
			if toks[e].kind == tWord && (s.flag(e, fTime) || w == "a" || w == "p") {
				tr |= trNextTime
			}
			if toks[e].kind == tWord && (s.flag(e, fMonth) || w == "of" || slices.Contains(ordinalSuffixes, w)) {
				tr |= trNextMonth
			}
			if toks[e].kind == tWord && toks[e].upper {
				tr |= trNextUpper
			}
			if s.dash(e) {
				tr |= trNextDash
			}
			if strings.HasPrefix(w, ".") || strings.HasPrefix(w, ":") || strings.HasPrefix(w, "(") || strings.HasPrefix(w, "'") || w[0] == "’"[0] {
				tr |= trNextMark
			}
			if s.isRole(e+1, rTimeBack) {
				tr |= trNext2TimeBack
			}
			if s.is(e+1, "olds") || s.is(e+2, "olds") || s.dash(e) || toks[e].kind == tWord && slices.Contains([]string{"and", "or", "to"}, w) {
				tr |= trNextAgeGroup
			}
		}
		if i := lo.start; i == 0 {
			tr |= trPrevCue | trStart
		} else if p := strings.ToLower(s.tt(i - 1)); toks[i-1].kind == tWord && (slices.Contains(cueWords, p) || s.flag(i-1, fMonth)) ||
			toks[i-1].kind == tSym && (slices.Contains(compareSigns, p) || slices.Contains(identGlues, p)) {
			tr |= trPrevCue
		}
		return tr
	}
	asked, seen := 0, exclusionTraits(0)
	wrapExclusions(t, true, func(_ exclusionRule, s *scanner, c *exclusionCandidate, _ bool) {
		asked++
		got, want := s.traits(c), stated(s, c)
		seen |= got
		if got != want {
			t.Errorf("traits of %q in %q = %022b, want %022b", s.text[s.toks[c.lo.start].start:s.toks[c.lo.end-1].end], s.text, got, want)
		}
	})
	texts := []string{mixedCorpus(t, 1<<18)}
	for _, row := range exclusionRows {
		texts = append(texts, row.exclude...)
	}
	for _, text := range texts {
		var s scanner
		s.run(text, 0, true, func(Mention) {})
	}
	if asked == 0 || seen != traitMask {
		t.Errorf("the texts asked %d rules with traits %022b, want some with every trait", asked, seen)
	}
}
