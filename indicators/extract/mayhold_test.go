package extract

import (
	"strings"
	"testing"
)

// mayHoldRef is mayHold as it was before words merely shaped like "twice"
// or "threefold" stopped making a sentence worth reading.
func (s *scanner) mayHoldRef(t string) bool {
	for i := 0; i < len(t); i++ {
		if t[i]-'0' < 10 {
			return true
		}
	}
	known, fold := false, false
	for i := 0; i < len(t); {
		c := t[i]
		switch {
		case c == 0xC2 && i+1 < len(t) && t[i+1] >= 0xBC && t[i+1] <= 0xBE, c == 0xE2 && i+1 < len(t) && t[i+1] == 0x85:
			return true
		case isLetterByte(c):
			j := i + 1
			for j < len(t) && isLetterByte(t[j]) {
				j++
			}
			w := t[i:j]
			if n := len(w); n < 32 {
				f, l := w[0]|0x20, w[n-1]|0x20
				if n >= 7 && l == 'd' && (w[n-4]|0x20) == 'f' || n == 5 && f == 't' && l == 'e' {
					return true
				}
				if numberishBits[n][f-'a']&(1<<(l-'a')) != 0 || s.ranks && ordinalBits[n][f-'a']&(1<<(l-'a')) != 0 {
					x := lookupIndex(w)
					e := &lexEntries[x]
					if e.class != wNone || e.flags&fMult != 0 || s.ranks && e.flags&fOrdinal != 0 {
						return true
					}
					known = known || x != 0
				}
			}
			fold = fold || len(w) >= 4 && w[len(w)-4:] == "fold"
			i = j
			continue
		}
		i++
	}
	return known && fold
}

// mayHold skips sentences whose only number-like word is shaped like
// "twice" or "threefold" ("these", "trade", "scaffold"), and reads those
// with the words themselves.
func TestMayHold(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"These are the trade rules there.", false},
		{"The Guilford office held.", false},
		{"The scaffold held.", true}, // a word ending in "fold" is read, as hasNumberWord reads it
		{"Exports rose twice over.", true},
		{"Exports rose TWICE over.", true},
		{"Exports rose threefold.", true},
		{"These rose threefold.", true},
		{"Trade grew by 5.", true},
		{"Trade grew by five.", true},
		{"Trade grew by half.", true},
		{"Trade grew by ½.", true},
		{"The fair trade policy.", false},
		{"Those Xéfold in the trade.", true}, // shaped, and a run ending in "fold": read as before
		{"The Xéfold in the trade.", true},   // "the" is known: read as before
	}
	for _, tc := range tests {
		var s scanner
		if got := s.mayHold(tc.in); got != tc.want {
			t.Errorf("mayHold(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// mayHold says yes to no sentence the form before it said no to, and to
// every sentence that form said yes to and that holds a digit or a number
// word: so Extract reads the same sentences to the same end.
func TestMayHoldSkipsOnlyEmptySentences(t *testing.T) {
	extra := "These are the trade rules. Those Xéfold in the trade. The Guilford office held, twice. THREEFOLD trade there. " +
		"Trade tripled there. The third trade. Second trade there."
	skipped := 0
	for _, ranks := range []bool{false, true} {
		eachSentence(t, extra, func(s *scanner) {
			s.ranks = ranks
			text := s.text[s.toks[0].start:s.toks[len(s.toks)-1].end]
			got, ref := s.mayHold(text), s.mayHoldRef(text)
			digits := strings.ContainsAny(text, "0123456789")
			if got && !ref {
				t.Errorf("mayHold(%q) = true, want false (as before)", text)
			}
			if !got && ref && (digits || s.hasNumberWord()) {
				t.Errorf("mayHold(%q) = false, want true: it holds a number", text)
			}
			if ref && !got {
				skipped++
			}
		})
	}
	if skipped < 20 {
		t.Errorf("%d sentences of the corpus newly skipped, want at least 20", skipped)
	}
}

// The lexicon's number words, multipliers and ordinals are all lower-case
// ASCII letters, so that each is a whole run of letters to mayHold.
func TestNumberWordsAreASCIIRuns(t *testing.T) {
	for k, e := range lexicon {
		if e.class == wNone && e.flags&(fMult|fOrdinal) == 0 {
			continue
		}
		if !packable(k) && !(len(k) > 8 && asciiLower(k) && strings.Trim(k, "abcdefghijklmnopqrstuvwxyz") == "") {
			t.Errorf("lexicon key %q is a number word but not a run of lower-case ASCII letters", k)
		}
	}
}

// foldRun finds a run of letters ending in "fold" anywhere in the text,
// as mayHold once tested each run.
func TestFoldRun(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", false}, {"fold", true}, {"a fold.", true}, {"folder", false}, {"Xéfold", true}, {"foldfold", true},
		{"folds and unfolding", false}, {"FOLD", false}, {"scaffold,", true}, {"fol d", false}, {"foldx fold", true},
	} {
		if got := foldRun(tc.in); got != tc.want {
			t.Errorf("foldRun(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// mayHoldWords finds the fraction signs vulgar holds (vulgarAt, in the
// blocks with non-ASCII bytes), and no other character that shares their
// first byte, in text with no number word.
func TestHasVulgarSign(t *testing.T) {
	hasVulgarSign := func(in string) bool {
		var s scanner
		return s.mayHoldWords(in)
	}
	for sign := range vulgar {
		if !hasVulgarSign("about " + sign + " of it") {
			t.Errorf("hasVulgarSign(%q) = false, want true", "about "+sign+" of it")
		}
	}
	for _, in := range []string{"", "plain text", "café", "a\u00a0b", "en–dash", "·", "\xc2"} {
		if hasVulgarSign(in) {
			t.Errorf("hasVulgarSign(%q) = true, want false", in)
		}
	}
	// At every offset and with every length after it, among other signs
	// with the same lead bytes (eight bytes are read at a time); a lead
	// byte last is no sign.
	near := []string{"’", "·", "\xc2", "\xe2", "é", "←"}
	for pre := range 17 {
		for post := range 10 {
			for _, fill := range near {
				head, tail := strings.Repeat("a", pre)+fill, strings.Repeat("b", post)
				if in := head + tail; hasVulgarSign(in) {
					t.Errorf("hasVulgarSign(%q) = true, want false", in)
				}
				for sign := range vulgar {
					if in := head + sign + tail; !hasVulgarSign(in) {
						t.Errorf("hasVulgarSign(%q) = false, want true", in)
					}
				}
				if in := head + tail + "\xe2\x85"; !hasVulgarSign(in) {
					t.Errorf("hasVulgarSign(%q) = false, want true (E2 85 at the end, as a byte test reads it)", in)
				}
			}
		}
	}
}

// mayHoldRuns is the word pass of mayHold as first written, a run of
// letters at a time with lettersEnd: the reference of the pass that finds
// the runs eight bytes at a time.
func (s *scanner) mayHoldRuns(t string) bool {
	known, shaped := false, false
	for i := 0; i < len(t); {
		if !isLetterByte(t[i]) {
			i++
			continue
		}
		j := lettersEnd(t, i+1, len(t))
		if j-i < 32 {
			number, kn := numberish(t, i, j, s.ranks)
			if number {
				return true
			}
			known = known || kn
			shaped = shaped || twiceOrFoldShape(t[i:j])
		}
		i = j
	}
	return (known || shaped) && foldRun(t)
}

// mayHold finds every run of letters wherever it starts and ends in the
// blocks of eight bytes it reads: each word, glued to letters or not, at
// every offset and before every length of tail, as the run-at-a-time pass
// finds it.
func TestMayHoldBlocks(t *testing.T) {
	words := []string{"five", "Twenty", "hundreds", "twice", "tenfold", "scaffold", "third", "Second", "these", "the",
		"trade", "a", "dozen", "doubled", "quintillion", "Xéfold", "abcdefghijklmnopqrstuvwxyzabcdefghij"}
	n := 0
	for _, ranks := range []bool{false, true} {
		s := scanner{ranks: ranks}
		for _, w := range words {
			for lead := range 10 {
				for tail := range 10 {
					for _, sep := range []string{" ", "", "-", "é"} {
						in := strings.Repeat("ab ", lead/3) + "xy"[:lead%3] + sep + w + sep + strings.Repeat("c", tail)
						if got, want := s.mayHold(in), s.mayHoldRuns(in); got != want {
							t.Errorf("mayHold(%q) with ranks %v = %v, want %v", in, ranks, got, want)
						}
						n++
					}
				}
			}
		}
	}
	for _, ranks := range []bool{false, true} {
		eachSentence(t, "", func(s *scanner) {
			s.ranks = ranks
			text := s.text[s.toks[0].start:s.toks[len(s.toks)-1].end]
			if strings.ContainsAny(text, "0123456789") || anyVulgarAt(text) {
				return
			}
			if got, want := s.mayHold(text), s.mayHoldRuns(text); got != want {
				t.Errorf("mayHold(%q) with ranks %v = %v, want %v", text, ranks, got, want)
			}
			n++
		})
	}
	if n < 10000 {
		t.Errorf("%d texts compared, want at least 10000", n)
	}
}

// loadTail reads the last bytes of a string as load8 reads eight, with
// zeros past the end.
func TestLoadTail(t *testing.T) {
	for _, tc := range []struct {
		in   string
		i    int
		want uint64
	}{
		{"", 0, 0}, {"abc", 3, 0}, {"abc", 0, 0x636261}, {"abcdefghi", 8, 0x69}, {"abcdefghij", 3, 0x6a696867666564},
	} {
		if got := loadTail(tc.in, tc.i); got != tc.want {
			t.Errorf("loadTail(%q, %d) = %#x, want %#x", tc.in, tc.i, got, tc.want)
		}
	}
}

// BenchmarkMayHold runs mayHold alone over the sentences of 1 MB of the
// mixed corpus, as scanner.sentence asks it (after any list marker), so
// that a change to the filter is measured apart from the rest of the
// scanner; MB/s counts the bytes of the sentences asked.
func BenchmarkMayHold(b *testing.B) {
	text := mixedCorpus(b, 1<<20)
	var sents []string
	n := 0
	for pos := 0; pos < len(text); {
		end, next, _, ok := boundary(text, pos, true, startsLine(text, pos))
		if !ok {
			break
		}
		cs := skipMarker(text, pos, end, startsLine(text, pos))
		sents = append(sents, text[cs:end])
		n += end - cs
		pos = next
	}
	s := scanner{}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range sents {
			s.mayHold(t)
		}
	}
}

// anyVulgarAt reports whether vulgarAt is true at some byte of t.
func anyVulgarAt(t string) bool {
	for i := range len(t) {
		if vulgarAt(t, i) {
			return true
		}
	}
	return false
}
