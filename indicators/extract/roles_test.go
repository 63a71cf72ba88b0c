package extract

import (
	"strings"
	"testing"
)

// isRole answers as isAny over the role's list, for every token of the
// corpus and of a text that writes each word and symbol of the lists in
// three cases, glued to others and as part of longer words; and past
// either end of the tokens.
func TestRoles(t *testing.T) {
	var b strings.Builder
	for _, l := range roleLists {
		for _, w := range l.words {
			b.WriteString(w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + " x" + w + " " + w + "s " + w + "5 5" + w + " (" + w + ") " + w + "’s. ")
		}
	}
	b.WriteString("Whiles thatt bye it’s ‹ ≦ — − 5s, 1990 s 80% of p-values ranged vary age ago.")
	n := 0
	eachSentence(t, b.String(), func(s *scanner) {
		for k := -1; k <= len(s.toks); k++ {
			for _, l := range roleLists {
				if got, want := s.isRole(k, l.r), s.isAny(k, l.words...); got != want {
					t.Errorf("isRole(%d, %v) of %q in %q = %v, want %v", k, l.words, s.tokAt(k), s.text[s.toks[0].start:s.toks[len(s.toks)-1].end], got, want)
				}
				if s.isRole(k, l.r) {
					n++
				}
			}
		}
	})
	if n < 1000 {
		t.Errorf("the texts have %d tokens of a role, want at least 1000", n)
	}
}

// A role word that is no lexicon key has an index, for isRole, but no
// entry: lookup and lex know it no more than before.
func TestRoleWordsUnknown(t *testing.T) {
	for _, w := range []string{"ago", "points", "anywhere", "ranging", "s"} {
		if !roleWords[w] {
			t.Fatalf("roleWords[%q] = false, want a role word (the test needs words outside the lexicon)", w)
		}
		x := lookupIndex(w)
		if x == 0 || lexKnown(x) {
			t.Errorf("lookupIndex(%q) = %d, lexKnown %v; want an index from %d", w, x, lexKnown(x), lexRoleStart)
		}
		if e := lookup(w); e != nil {
			t.Errorf("lookup(%q) = %+v, want nil", w, e)
		}
		s := scanner{text: "  " + w + " "}
		s.tokenize(0, len(s.text))
		if len(s.toks) != 1 || s.toks[0].lex() != nil || s.toks[0].lx != x {
			t.Errorf("tokenize(%q) = %+v, want one token with index %d and no entry", s.text, s.toks, x)
		}
	}
}

// isWord with a hedge word's index answers as is with the word, for every
// token of the corpus and of a text that writes each word in three cases
// and inside longer words; hedgeWordsAt as wordsAt.
func TestHedgeWordIndexes(t *testing.T) {
	var words []string
	for _, h := range hedges {
		words = append(words, h.words...)
	}
	for _, h := range trailingHedgeWords {
		words = append(words, h.join, h.word)
	}
	var b strings.Builder
	for _, w := range words {
		b.WriteString(w + " " + strings.ToUpper(w) + " " + strings.ToUpper(w[:1]) + w[1:] + " x" + w + " " + w + "s 5. ")
	}
	indexed := 0
	eachSentence(t, b.String(), func(s *scanner) {
		for k := -1; k <= len(s.toks); k++ {
			for _, w := range words {
				x := wordLx(w)
				if x != 0 {
					indexed++
				}
				if got, want := s.isWord(k, x, w), s.is(k, w); got != want {
					t.Errorf("isWord(%d, %d, %q) of %q = %v, want %v", k, x, w, s.tokAt(k), got, want)
				}
			}
			for n := range hedges {
				h := &hedges[n]
				if got, want := s.hedgeWordsAt(k, h), s.wordsAt(k, h.words); got != want {
					t.Errorf("hedgeWordsAt(%d, %q) of %q = %v, want %v", k, h.words, s.tokAt(k), got, want)
				}
			}
		}
	})
	if indexed == 0 {
		t.Errorf("no hedge word has an index, want most")
	}
}
