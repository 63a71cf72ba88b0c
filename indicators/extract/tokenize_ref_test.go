package extract

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"testing"
)

// refLex maps each word of the lexicon's table to its entry, built once
// from the table's slots: the reference's look-up, independent of the
// filters and packed tables the tokenizer reads.
var refLex = sync.OnceValue(func() map[string]lexIndex {
	m := map[string]lexIndex{}
	for _, sl := range lexTable {
		if sl.i != 0 {
			m[sl.key] = sl.i
		}
	}
	return m
})

// refLexIndex is lookupIndex for a word of ASCII letters by a map: its
// letters in lower case, as eqFold compares them; none past 24 letters.
func refLexIndex(w string) lexIndex {
	if len(w) > 24 {
		return 0
	}
	b := []byte(w)
	for k, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return refLex()[string(b)]
}

// tokenizeRef is tokenize as it stood before the thirteenth session's
// speed work (speed17, from commit c4f9835), kept on purpose as a copy to
// hold the faster tokenizer to it:
// FuzzTokenizeRef and TestTokenizeRef compare the tokens, the candidate
// bits, the answer and the fused pass's state of the two on any text.
func (s *scanner) tokenizeRef(cs, end int) (digits bool) {
	text := s.text
	// The tokens are filled in place in a local slice: appending to
	// s.toks would load and store its header for each token.
	toks := s.toks[:cap(s.toks)]
	n := 0
	space, tab := true, false
	// The candidate bits of the block of 64 tokens being read; a block is
	// stored when the first token of the next one is made.
	s.cands = s.cands[:0]
	var block uint64
	for i := cs; i < end; {
		c := text[i]
		if c == ' ' {
			space = true
			i++
			continue
		}
		// spaceAt only where a space may be: an ASCII space byte or a
		// non-ASCII rune.
		if c >= 0x80 || isSpaceByte(c) {
			if w := spaceAt(text, i); w > 0 {
				if c == '\n' && s.fusing && i >= s.fz.bpos {
					if s.fz.event(i); s.fz.stopped() {
						end = s.fz.e.end // at or before i when done, else 0: no token more
						continue
					}
				}
				space = true
				tab = tab || c == '\t'
				i += w
				continue
			}
		}
		if n == len(toks) {
			toks = append(toks, token{})
			toks = toks[:cap(toks)]
		}
		if n&63 == 0 && len(s.cands) < n>>6 {
			s.cands = append(s.cands, block)
			block = 0
		}
		t := &toks[n]
		*t = token{start: i, space: space, tab: tab}
		n++
		space, tab = false, false
		switch {
		case c >= '0' && c <= '9':
			block |= 1 << ((n - 1) & 63)
			i = numberToken(text, t, end)
			if !t.space && n >= 2 && toks[n-2].kind == tSym && toks[n-2].sym&symCurrency == 0 {
				// A sign glued to the number: "−5", "+12.5" (signStarts).
				if p := n - 2; p&63 == 63 {
					s.cands[len(s.cands)-1] |= signStarts(text, toks, p) << 63
				} else {
					block |= signStarts(text, toks, p) << (p & 63)
				}
			}
		case c == '.' && i+1 < end && text[i+1] >= '0' && text[i+1] <= '9' && t.space:
			// ".08"
			block |= 1 << ((n - 1) & 63)
			t.kind, t.dot = tNum, true
			i = digitsEnd(text, i+1, end)
			t.end = i
		case (c == 'h' || c == 'w' || c == 'H' || c == 'W') && i+1 < end && (text[i+1]|0x20 == 't' || text[i+1]|0x20 == 'w') && isURL(text[i:end]):
			// Numbers inside addresses are not quantities.
			for i < end && spaceAt(text, i) == 0 {
				i++
			}
			n--
			if s.fusing {
				if s.fz.span(t.start, i); s.fz.stopped() {
					end = s.fz.e.end // i when done, else 0
				}
			}
			continue
		case isLetterByte(c):
			// The common case, ASCII letters only, is read here, with no
			// call for a word of up to eight letters: a call makes the
			// loop's values go to memory and back.
			var j int
			if i+9 <= end {
				// lettersEnd, inline for a word that ends in the next
				// eight bytes.
				if m := nonLetterBytes(load8(text, i+1)); m != 0 {
					j = i + 1 + bits.TrailingZeros64(m)>>3
				} else {
					j = lettersEnd(text, i+9, end)
				}
			} else {
				j = lettersEnd(text, i+1, end)
			}
			ascii := true
			if j < end && (text[j] == '\'' || text[j] >= 0x80) {
				k := wordEnd(text, j, end)
				ascii = k == j
				j = k
			}
			l, last := j-i, text[j-1]
			t.kind, t.upper, t.end = tWord, c <= 'Z', j
			if !ascii {
				t.lx = refLexIndex(text[i:j])
				block |= wordMayStartRef(l, c, last, t.lx) << ((n - 1) & 63)
				i = j
				continue
			}
			// The word's entry by a plain map look-up (refLexIndex), not
			// the packed tables the tokenizer reads (lookupPacked,
			// lookupPacked16): the reference calling the look-ups under
			// test held them to themselves.
			lx := refLexIndex(text[i:j])
			t.lx = lx
			// asciiWordMayStart, inline.
			st := uint64(lexMayStart[lx])
			block |= (st&1 | st>>1&wordMayStartRef(l, c, last, 0)) << ((n - 1) & 63)
			i = j
			// The space after a word, the common case, is read here, as
			// the loop's first test would read it: one turn of the loop
			// less for most words.
			if i < end && text[i] == ' ' {
				space = true
				i++
			}
		case c >= 0x80:
			i = unicodeToken(text, t, end)
			if t.kind == tNum || t.sym&symCurrency != 0 || t.kind == tWord && wordMayStartRef(t.end-t.start, c, text[t.end-1], t.lx) != 0 {
				block |= 1 << ((n - 1) & 63)
			}
			if t.kind == tNum && !t.space && n >= 2 && toks[n-2].kind == tSym && toks[n-2].sym&symCurrency == 0 {
				if p := n - 2; p&63 == 63 {
					s.cands[len(s.cands)-1] |= signStarts(text, toks, p) << 63
				} else {
					block |= signStarts(text, toks, p) << (p & 63)
				}
			}
		default:
			t.kind, t.sym, t.symRoles, t.ch = tSym, asciiSymbols[c&0x7F], symRoles[c&0x7F], c
			if t.sym&symCurrency != 0 {
				block |= 1 << ((n - 1) & 63)
			}
			if c == '$' && n >= 2 && toks[n-2].kind == tWord && (!t.space || lexRoles[toks[n-2].lx]&rSpacedSign != 0) {
				// The word before may start a figure: "US$", "C$ 5" (a
				// word of spacedSignWords, all of two letters at most).
				if p := n - 2; p&63 == 63 {
					s.cands[len(s.cands)-1] |= 1 << 63
				} else {
					block |= 1 << (p & 63)
				}
			}
			t.end = i + 1
			if breakBytes[c] && s.fusing && i >= s.fz.bpos {
				if s.fz.event(i); s.fz.stopped() {
					end = s.fz.e.end // past i when done, else 0
				}
			}
			i++
		}
	}
	if n > 0 {
		s.cands = append(s.cands, block)
	}
	s.toks = toks[:n]
	s.toksGen++
	// Every number is a candidate: digits is whether one of them is.
	for w, b := range s.cands {
		for ; b != 0; b &= b - 1 {
			if toks[w<<6+bits.TrailingZeros64(b)].kind == tNum {
				return true
			}
		}
	}
	return false
}

// wordShapesRef and wordMayStartRef are wordShapes and wordMayStart as
// tokenizeRef read them.
var wordShapesRef = func() (t [16][256]uint64) {
	for n := range startShapes {
		for c, v := range startShapes[n] {
			switch v {
			case shapeYes:
				t[n][c] = 1
			case shapeLastD:
				t[n][c] = 2
			}
		}
	}
	return t
}()

func wordMayStartRef(n int, c, last byte, lx lexIndex) uint64 {
	n9 := n - (n-shapeLongest)&((shapeLongest-n)>>63) // min(n, shapeLongest), without a branch
	v := wordShapesRef[n9&15][c]
	isD := (uint64(last|0x20^'d') - 1) >> 63 // 1 when last folds to 'd'
	st := uint64(lexStarts[lx])
	return ((st | v&1 | v>>1&isD) + 3) >> 2 // 1 when any of them, at most 3, is set
}

// tokenizeBoth tokenizes text whole with tokenize and tokenizeRef, read
// alone (fusing false) and as the fused pass reads it from its first byte
// (fusing true, every break decided), and reports the first difference.
func tokenizeBoth(text string) (diff string) {
	for _, fusing := range []bool{false, true} {
		var out [2]struct {
			toks   []token
			cands  []uint64
			digits bool
			fz     fuse
		}
		for k := range out {
			s := scanner{text: text}
			s.fz = fuse{text: text, start: 0, lineStart: 0, final: true}
			s.fusing = fusing
			if k == 0 {
				out[k].digits = s.tokenize(0, len(text))
			} else {
				out[k].digits = s.tokenizeRef(0, len(text))
			}
			out[k].toks, out[k].cands, out[k].fz = slices.Clone(s.toks), slices.Clone(s.cands), s.fz
		}
		got, want := out[0], out[1]
		switch {
		case !slices.Equal(got.toks, want.toks):
			return "tokens differ"
		case !slices.Equal(got.cands, want.cands):
			return "candidate bits differ"
		case got.digits != want.digits:
			return "digits differ"
		case got.fz != want.fz:
			return "fused state differs"
		}
	}
	return ""
}

// TestTokenizeRef holds tokenize to tokenizeRef on the mixed corpus, each
// sentence of it, and the fuzz seeds.
func TestTokenizeRef(t *testing.T) {
	text := mixedCorpus(t, 256<<10)
	texts := []string{text}
	for pos := 0; pos < len(text); {
		end, next, _, _ := boundary(text, pos, true, startsLine(text, pos))
		texts = append(texts, text[pos:end])
		pos = next
	}
	for _, s := range sentences {
		texts = append(texts, s.in)
	}
	texts = append(texts, fusedCases...)
	for _, s := range texts {
		if d := tokenizeBoth(s); d != "" {
			t.Errorf("tokenize(%q): %s from tokenizeRef", s[:min(len(s), 80)], d)
		}
	}
}

// The edges of shortWords, its short and long words (speed20): words of eight, nine,
// sixteen and seventeen letters, each ending at, before and past the
// ninth and seventeenth byte from the end of the text; an apostrophe or a
// non-ASCII letter right after them; the signs of shortSyms, after a tab,
// glued, and before a number; known words among them ("thousands",
// "percentage", "approximately"); and web addresses, in both cases, and
// words of h and w before ':' and '.' that start none (speed21: shortWords
// looks for an address once the word's end is known).
func TestTokenizeRefEdges(t *testing.T) {
	words := []string{"abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq", "thousands", "percentage",
		"approximately", "Seventeen", "HUNDREDS", "wherever", "threefold", "http://x.org", "www.ab.cd", "twice",
		"HTTPS://X.ORG", "https://a.b", "WWW.AB.CD", "Http://x.org", "http:x", "www:", "wwwx.ab", "hat.", "wow:"}
	tails := []string{"", " ", ".", ",", "'s", "é", "’", " 5", ",5", " and 12 more", "\t,x", "1234567890123456",
		" (x) 5% - \"q\"; a: b/c [d] {e} 'f' _g_ ~h =i +j -5 *k #l @m ^n |o &p <q> `r`", "$5", " $ 5", "(-5)", "+5", "#5", "%"}
	var texts []string
	for _, w := range words {
		for _, tail := range tails {
			for _, lead := range []string{"", "a ", "in the, ", "\t", "$", "-"} {
				texts = append(texts, lead+w+tail, lead+w+tail+" of the 2 "+w+tail+strings.Repeat(" words", 3))
			}
		}
	}
	texts = append(texts, strings.Repeat("word, ", 70)+"5", strings.Repeat("a ", 63)+"thousands of 3", strings.Repeat("x,", 80))
	for _, s := range texts {
		if d := tokenizeBoth(s); d != "" {
			t.Errorf("tokenize(%q): %s from tokenizeRef", s[:min(len(s), 80)], d)
		}
	}
}

// FuzzTokenizeRef holds tokenize to tokenizeRef on any text.
func FuzzTokenizeRef(f *testing.F) {
	fuzzSeeds(f)
	for _, c := range fusedCases {
		if len(c) < 1000 {
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		if d := tokenizeBoth(text); d != "" {
			t.Fatalf("tokenize(%q): %s from tokenizeRef", text, d)
		}
	})
}
