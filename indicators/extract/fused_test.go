package extract

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// passRun is scanner.run as it was before the fused pass: boundary finds
// each sentence's end, then sentence screens, tokenizes and matches it.
func passRun(s *scanner, text string, base int, final bool) int {
	s.text, s.base = text, base
	if !s.started {
		s.atLine, s.started = true, true
	}
	pos := 0
	for pos < len(text) {
		lineStart := s.atLine
		if pos > 0 {
			lineStart = startsLine(text, pos)
		}
		end, next, nl, ok := boundary(text, pos, final, lineStart)
		if !ok {
			return pos
		}
		s.sentence(pos, end, s.atLine)
		s.atLine = nl
		pos = next
	}
	return pos
}

// scanChunks runs a scanner over text as a stream reads it, in chunks of
// size bytes (the whole text at once when size is 0), with run or with
// passRun, and returns the mentions and the offsets each call consumed.
func scanChunks(text string, size int, ranks, fused bool) ([]Mention, []int) {
	c := collector{size: len(text)}
	s := scanner{ranks: ranks, col: &c}
	var used []int
	base, have := 0, 0
	for {
		have = min(len(text), have+max(size, len(text)*boolInt(size == 0)))
		final := have == len(text)
		var n int
		if fused {
			n = s.run(text[base:have], base, final, nil)
		} else {
			n = passRun(&s, text[base:have], base, final)
		}
		used = append(used, n)
		base += n
		if final {
			break
		}
	}
	return c.out, used
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// fusedCases are texts whose sentences end where the fused pass must
// decide as boundary does: stops after addresses, abbreviations and
// quotes, list markers and bullets, line breaks, run-on lines and texts
// that end in a sentence.
var fusedCases = []string{
	"Exports rose 5 percent. Imports fell 3 percent.",
	"See www.example.com. Exports rose 5 percent in 2019.",
	"Read http://a.b/c?d=1. The 5 plants closed. Go to https://x.org/5.) Then 6 more.",
	"See https://x.org/a.b.c/5 and 7 more sites.",
	"1. Exports rose 5 percent.\n2. Imports fell 3 percent.\n",
	"• 1.\n\nText with 5 figures.",
	"(iv) 3 cats and 4 dogs.\niv. 2 more",
	"Fire-raising, vandalism etc. (20%) and theft etc. 15% of cases.",
	"It cost approx. 5 dollars, i.e. 4 euros. Mr. Smith paid U.S. $5.",
	"He said \"it rose 5.\" Then it fell 3.” Next, 4.’ Then 2.",
	"It rose 5.\nand then 6 more.\nShort line 7\nA longer line that goes on and on about 8 things and continues\nhere with 9.",
	"Year\t2019\t2020\t2021\nValue\t5\t6\t7\n\n",
	"Twenty people came. Two of them left. No figure here. The third one stayed.",
	"A text that ends in a sentence with 12 items and no stop",
	"A text that ends with no figure and no stop",
	"½ of the 3 cups. Xéfold growth. Threefold rise.",
	"Rates were 5.25 percent.  \u00a0 Then 4.75 percent!\u2028Why 3? Because.",
	"- item 5\n- item 6\n* item 7\n\n\n– item 8.",
	"The value was 1,000.5 or 1 234 567 units. 22 500 first time applicants.",
	"Numbers 5e10 and 3.2.1 and .08 rose. Then 5. 3 people left.",
	"   \n\n  5 leading spaces.",
	strings.Repeat("cells 12 ab ", 4000) + ". After the run 5 more.",
	strings.Repeat("words without digits ", 2000) + "then 5 at the end. And 6.",
	strings.Repeat("word ", 7000) + "\n\nNext 5.",
	"No. 5 of 2019. Fig. 3 shows 4. Vol. 2.\nSec. 4 says 5.",
	"It grew 5% (vs. 3%). The rest (i.e. 2%) went.",
}

// The fused pass finds the sentences boundary finds and reports the
// mentions the passes before it reported, read whole or in chunks as a
// stream reads them.
func TestFusedSentences(t *testing.T) {
	texts := append([]string{mixedCorpus(t, 192<<10) + "\n\n" + hardSentencesText()}, fusedCases...)
	texts = append(texts, strings.Join(fusedCases, "\n"))
	for _, text := range texts {
		for _, size := range []int{0, 7, 61, 4096} {
			if size < 100 && len(text) > 2000 {
				continue // a stream of small chunks reads a sentence again at each
			}
			for _, ranks := range []bool{false, true} {
				got, gotUsed := scanChunks(text, size, ranks, true)
				want, wantUsed := scanChunks(text, size, ranks, false)
				name := text[:min(len(text), 40)]
				if len(gotUsed) != len(wantUsed) {
					t.Errorf("run(%q, chunks %d, ranks %v) took %d calls, want %d", name, size, ranks, len(gotUsed), len(wantUsed))
				} else {
					for i := range gotUsed {
						if gotUsed[i] != wantUsed[i] {
							t.Errorf("run(%q, chunks %d, ranks %v) call %d consumed %d bytes, want %d", name, size, ranks, i, gotUsed[i], wantUsed[i])
							break
						}
					}
				}
				if len(got) != len(want) {
					t.Errorf("run(%q, chunks %d, ranks %v) found %d mentions, want %d", name, size, ranks, len(got), len(want))
				}
				for i := range min(len(got), len(want)) {
					if got[i] != want[i] {
						t.Errorf("run(%q, chunks %d, ranks %v) mention %d = %v, want %v", name, size, ranks, i, got[i], want[i])
						break
					}
				}
			}
		}
	}
}

// FuzzFusedSentences holds the fused pass to the passes before it on any
// text.
func FuzzFusedSentences(f *testing.F) {
	for _, c := range fusedCases {
		if len(c) < 1000 {
			f.Add(c)
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		got, _ := scanChunks(text, 0, true, true)
		want, _ := scanChunks(text, 0, true, false)
		if len(got) != len(want) {
			t.Fatalf("run(%q) found %d mentions, want %d", text, len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("run(%q) mention %d = %v, want %v", text, i, got[i], want[i])
			}
		}
	})
}

// hasBreakOrDigitByte and breakOrDigitMask agree with breakOrDigit for
// every byte value at every position of a block, and on random blocks;
// breakOrDigitHits does but for a '/'.
func TestBreakOrDigitBytes(t *testing.T) {
	check := func(x uint64) {
		var want uint64
		for k := range 8 {
			if breakOrDigit[byte(x>>(8*k))] {
				want |= 0x80 << (8 * k)
			}
		}
		if got := breakOrDigitMask(x); got != want {
			t.Errorf("breakOrDigitMask(%#016x) = %#016x, want %#016x", x, got, want)
		}
		if got := hasBreakOrDigitByte(x); got != (want != 0) {
			t.Errorf("hasBreakOrDigitByte(%#016x) = %v, want %v", x, got, want != 0)
		}
		// breakOrDigitHits may also hit on a '/', and on nothing else.
		slash := zeroBytes(x^(ones*'/')) != 0
		if got := breakOrDigitHits(x) != 0; got != (want != 0) && !(got && slash) {
			t.Errorf("breakOrDigitHits(%#016x) != 0 is %v, want %v", x, got, want != 0)
		}
	}
	for c := range 256 {
		for k := range 8 {
			check(uint64(c) << (8 * k))
			check(ones*'a'&^(0xFF<<(8*k)) | uint64(c)<<(8*k))
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		check(r.Uint64())
	}
}
