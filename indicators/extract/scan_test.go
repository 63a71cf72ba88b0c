package extract

import (
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// TestSentenceLineBreaks checks where a line break ends a sentence: the
// length of a line is the whole line's, even when the sentence starts in
// the middle of it.
func TestSentenceLineBreaks(t *testing.T) {
	tests := []struct {
		name, in, figure, sentence string
	}{
		{"wrapped line after a stop mid-line",
			"Only with investment can it work. With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity.",
			"more than 10,000 megawatts",
			"With an\ninitial set of six partner countries in its first phase, Power Africa\nwill add more than 10,000 megawatts of new generation capacity."},
		{"short line of its own is a heading",
			"Trade Facts\nTwo-way trade was $279 billion in 2014.",
			"$279 billion", "Two-way trade was $279 billion in 2014."},
		{"sentence starting a long wrapped line",
			"Power Africa will add more than 10,000 megawatts of new generation capacity and\nconnect 20 million households.",
			"20 million households",
			"Power Africa will add more than 10,000 megawatts of new generation capacity and\nconnect 20 million households."},
	}
	for _, tc := range tests {
		found := false
		for _, m := range Extract(tc.in) {
			if m.Text != tc.figure {
				continue
			}
			found = true
			if got := tc.in[m.Sentence.Start:m.Sentence.End]; got != tc.sentence {
				t.Errorf("%s: sentence of %q in Extract(%q) = %q, want %q", tc.name, m.Text, tc.in, got, tc.sentence)
			}
		}
		if !found {
			t.Errorf("%s: Extract(%q) has no mention %q", tc.name, tc.in, tc.figure)
		}
	}
}

// TestWordAtATime checks hasDigitByte and hasBreakByte, which test eight
// bytes at once, against breakBytes and the digits byte by byte: every
// byte value in every position among fillers, then random words.
func TestWordAtATime(t *testing.T) {
	check := func(b [8]byte) {
		s := string(b[:])
		x := load8(s, 0)
		digit, brk := false, false
		var mask uint64 // the high bit of each break byte
		for k, c := range b {
			digit = digit || c >= '0' && c <= '9'
			brk = brk || breakBytes[c]
			if breakBytes[c] {
				mask |= 0x80 << (8 * k)
			}
		}
		if got := breakByteMask(x); got != mask {
			t.Errorf("breakByteMask(%q) = %#x, want %#x", s, got, mask)
		}
		var alnum uint64 // the high bit of each ASCII letter or digit
		for k, c := range b {
			if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
				alnum |= 0x80 << (8 * k)
			}
		}
		if got := alnumBytes(x); got != alnum {
			t.Errorf("alnumBytes(%q) = %#x, want %#x", s, got, alnum)
		}
		if hasDigitByte(x) != digit {
			t.Errorf("hasDigitByte(%q) = %v, want %v", s, hasDigitByte(x), digit)
		}
		if hasBreakByte(x) != brk {
			t.Errorf("hasBreakByte(%q) = %v, want %v", s, hasBreakByte(x), brk)
		}
	}
	for pos := 0; pos < 8; pos++ {
		for c := 0; c < 256; c++ {
			for _, fill := range []byte{0, 'a', 0xff, 0x80, '0', '.', '/', ':'} {
				var b [8]byte
				for k := range b {
					b[k] = fill
				}
				b[pos] = byte(c)
				check(b)
			}
		}
	}
	v := uint64(1)
	for k := 0; k < 100000; k++ {
		v ^= v << 13 // xorshift64
		v ^= v >> 7
		v ^= v << 17
		var b [8]byte
		for j := range b {
			b[j] = byte(v >> (8 * j))
			if v>>(j+40)&3 == 0 {
				b[j] = "0.9\n!?/:"[v>>(3*j)&7]
			}
		}
		check(b)
	}
}

// TestSymbolClasses checks the class tokenize gives each symbol token
// against what the matcher asked before it had one: lexicon.IsDash, the
// minus sign and currencySigns, for every ASCII symbol, every sign of one
// rune and a few other symbols.
func TestSymbolClasses(t *testing.T) {
	var syms []string
	for c := byte(0x21); c < 0x7F; c++ {
		syms = append(syms, string(c))
	}
	for w := range currencySigns {
		if utf8.RuneCountInString(w) == 1 {
			syms = append(syms, w)
		}
	}
	syms = append(syms, "−", "–", "—", "‐", "‑", "‒", "’", "“", "•", "§", "°", "℃", "×")
	sort.Strings(syms)
	tested := 0
	for _, w := range syms {
		text := "a " + w + " b"
		s := scanner{text: text}
		s.tokenize(0, len(text))
		for _, tok := range s.toks {
			if tok.kind != tSym || text[tok.start:tok.end] != w {
				continue
			}
			tested++
			r, _ := utf8.DecodeRuneInString(w)
			_, sign := currencySigns[w]
			want := symClass(0)
			if vocab.IsDash(r) {
				want |= symDash
			}
			if r == '−' {
				want |= symMinus
			}
			if sign {
				want |= symCurrency
			}
			if tok.sym != want {
				t.Errorf("tokenize(%q): class of %q = %03b, want %03b", text, w, tok.sym, want)
			}
		}
	}
	if tested < 50 {
		t.Errorf("%d symbol tokens tested, want at least 50", tested)
	}
}

// isCand reports whether tokenize marked token i as a candidate.
func (s *scanner) isCand(i int) bool { return s.cands[i>>6]>>(i&63)&1 != 0 }

// tokenize marks as a candidate every token at which startsFigure is true,
// and nextFigure finds the first such token from any position, as asking
// startsFigure of each token in turn does; most tokens are no candidate.
func TestFigureCandidates(t *testing.T) {
	extra := "Rs 5 and RM 3, MEUR 4, U.S. $5, tens of thousands, several million, a few hundred, few dozen, " +
		"twice, threefold, tenfold, minus 3, negative 4, INR 50 − 4 + 3, US$ 5, C$ 5, MXN$3, € 3 and KSh 40. Up to $5, a $3 fee, a third, " +
		"a dozen, an hour, a-1, +12.5, 4 -3, + 7 and - 2 and a million - 5 +44 20, .08 and ½ and ⅓, the second largest, " +
		"zwanzig ünd Zwölf $4 and twenty-first; dreifold, ABCDEFfold, SCAFFOLD and doubled, halving, tripled. Ⅻ ٣ and ३.\n\n" +
		strings.Repeat("a word or two and 5 more, ", 40) + "in all.\n\n" +
		strings.Repeat("X ", 63) + "HK$ 5 and more.\n\n" + strings.Repeat("Y ", 64) + "http://x.org/1 C$ 4 and " + strings.Repeat("z ", 59) + "C$ 4."
	tokens, cands := 0, 0
	for _, ranks := range []bool{false, true} {
		eachSentence(t, extra, func(s *scanner) {
			s.ranks = ranks
			sent := s.text[s.toks[0].start:s.toks[len(s.toks)-1].end]
			want := len(s.toks)
			for i := len(s.toks); i >= 0; i-- {
				if i < len(s.toks) && s.startsFigure(i) {
					want = i
					if !s.isCand(i) {
						t.Errorf("tokenize(%q): token %d %q is no candidate, but startsFigure is true", sent, i, s.tt(i))
					}
				}
				if got := s.nextFigure(i); got != want {
					t.Errorf("nextFigure(%d) in %q = %d, want %d", i, sent, got, want)
				}
			}
			for i := range s.toks {
				tokens++
				if s.isCand(i) {
					cands++
				}
			}
		})
	}
	// Function words shaped like a starter ("and", "for", "increased"),
	// signs before no number and words before a spaced "$" are none.
	if cands*6 > tokens {
		t.Errorf("%d of %d tokens are candidates, want at most a sixth", cands, tokens)
	}
	t.Logf("%d of %d tokens are candidates", cands, tokens)
}

// Every word of the lexicon, in lower, upper and title case, before each
// kind of word or sign that lets a word start a figure, is a candidate
// wherever startsFigure is true: lexMayStart turns away a known word only
// when no context makes it start one.
func TestLexiconCandidates(t *testing.T) {
	contexts := []string{"5", "$5", "$ 5", "=5", ".s. $5", "of 5", "million", "hundred", "dozen", "third", "thousand", "- 5", "and"}
	var keys []string
	for k := range lexicon {
		if k != "" && isLetters(k) {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	keys = append(keys, "few", "u", "several", "negative", "twice", "tens", "threefold", "MEUR", "Rs", "KSh", "Y")
	started := 0
	for _, ranks := range []bool{false, true} {
		for _, k := range keys {
			for _, w := range []string{strings.ToLower(k), strings.ToUpper(k), strings.ToUpper(k[:1]) + strings.ToLower(k[1:]), k} {
				for _, ctx := range contexts {
					text := "x " + w + ctx + " y"
					if ctx[0] != '=' && ctx[0] != '.' {
						text = "x " + w + " " + ctx + " y"
					}
					s := scanner{text: text, ranks: ranks}
					s.tokenize(0, len(text))
					if len(s.toks) < 2 || s.tt(1) != w {
						continue
					}
					if s.startsFigure(1) {
						started++
						if !s.isCand(1) {
							t.Errorf("tokenize(%q): %q is no candidate, but startsFigure is true", text, w)
						}
					}
				}
			}
		}
	}
	if started < 1000 {
		t.Errorf("%d words start a figure, want at least 1000", started)
	}
}

// isLetters reports whether w is ASCII letters only.
func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isLetterByte(w[i]) {
			return false
		}
	}
	return true
}

// The words that make a currency with a spaced "$" have two letters at
// most: tokenize marks a word before a spaced "$" only then.
func TestSpacedSignWordsShort(t *testing.T) {
	for _, w := range spacedSignWords {
		if len(w) > 2 {
			t.Errorf("spacedSignWords holds %q, want two letters at most", w)
		}
	}
}

// BenchmarkTokenize runs tokenize alone over the sentences of 1 MB of the
// mixed corpus that mayHold lets through, as scanner.sentence asks it;
// MB/s counts the bytes of those sentences.
func BenchmarkTokenize(b *testing.B) {
	text := mixedCorpus(b, 1<<20)
	s := scanner{text: text}
	var spans [][2]int
	n := 0
	for pos := 0; pos < len(text); {
		end, next, _, ok := boundary(text, pos, true, startsLine(text, pos))
		if !ok {
			break
		}
		if cs := skipMarker(text, pos, end, startsLine(text, pos)); s.mayHold(text[cs:end]) {
			spans = append(spans, [2]int{cs, end})
			n += end - cs
		}
		pos = next
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, sp := range spans {
			s.tokenize(sp[0], sp[1])
		}
	}
}

// skipMarker passes over a bullet or, at the start of a line, a list
// marker of up to four letters or digits, read from a block of eight
// bytes or, near the end of the text, byte by byte.
func TestSkipMarker(t *testing.T) {
	tests := []struct {
		text   string
		atLine bool
		want   string // the text from where the content starts
	}{
		{"1. Exports rose 5 percent in all.", true, "Exports rose 5 percent in all."},
		{"12. Exports rose", true, "Exports rose"},
		{"(iv) Exports rose", true, "Exports rose"},
		{"iii. Exports rose", true, "Exports rose"},
		{"a) Exports rose", true, "Exports rose"},
		{"A. Exports rose", true, "Exports rose"},
		{"• 1. Exports rose", true, "Exports rose"},
		{"  3) Exports rose", true, "Exports rose"},
		{"1. Exports rose", false, "1. Exports rose"},
		{"The 5 percent rise", true, "The 5 percent rise"},
		{"123. Exports rose", true, "123. Exports rose"},
		{"abcd) Exports", true, "abcd) Exports"},
		{"vvvvv) Exports", true, "vvvvv) Exports"},
		{"xiv) Exports", true, "Exports"},
		{"(12 Exports", true, "(12 Exports"},
		{"1.5 percent", true, "1.5 percent"},
		{"1. a", true, "a"},
		{"1.", true, "1."},
		{"ab", true, "ab"},
		{"(a) b", true, "b"},
	}
	for _, tt := range tests {
		// Alone, where the block cannot be read, and with text after the
		// sentence's end, where it can.
		for _, after := range []string{"", "\n\nMore text after the sentence."} {
			text := tt.text + after
			got := text[skipMarker(text, 0, len(tt.text), tt.atLine):len(tt.text)]
			if got != tt.want {
				t.Errorf("skipMarker(%q, atLine %v) leaves %q, want %q", text, tt.atLine, got, tt.want)
			}
		}
	}
}

// unicodeToken reads the signs of runeTokens from the table as its lines
// made them before it (speed23): each rune of the table's blocks, alone
// and before a space, makes the token those lines make.
func TestRuneTokensTable(t *testing.T) {
	for _, r := range []rune{0x80, 0x2000} {
		for ; runeTokenAt(r) >= 0; r++ {
			text := string(r) + " x"
			var got token
			end := unicodeToken(text, &got, len(text))
			w := len(string(r))
			want := token{end: w}
			switch {
			case unicode.IsLetter(r):
				continue // read on as a word, as before
			case isVulgar(string(r)):
				want.kind, want.dot = tNum, true
			default:
				want.kind, want.sym, want.symRoles = tSym, symbolClass(string(r)), runeRolesOf(r)
			}
			if end != w || got != want {
				t.Errorf("unicodeToken(%q) = %+v (end %d), want %+v (end %d)", text, got, end, want, w)
			}
		}
	}
}
