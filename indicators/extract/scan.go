package extract

import (
	"iter"
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The scanner works in one pass: it cuts the text into sentences, cuts each
// sentence into tokens (words, numbers, single symbols) with a lexicon
// look-up per word, and then walks the tokens once, trying the quantity
// grammar at each token that can start a figure: the phases of phases.go
// (currency, number, range, unit, hedge, direction) over the readers of
// match.go, with the exclusion rules of exclusions.go. Nothing is
// backtracked over more than a few tokens, so the work is linear in the
// input. The sentence ends, the screen of sentences that cannot hold a
// figure and the tokens are found together (fused.go): boundary, mayHold
// and sentence below are its parts, and what it falls back on.

type tokKind uint8

const (
	tWord tokKind = iota + 1
	tNum
	tSym
)

// A token is a word, a number ("1,000.5") or one symbol rune.
type token struct {
	start, end int // byte offsets in the scanner's text
	kind       tokKind
	space      bool     // whitespace comes before the token
	tab        bool     // a tab comes before it: a new table cell
	upper      bool     // a word starting with an upper-case letter
	comma      bool     // a number written with thousands separators
	dot        bool     // a number with a decimal point
	multiDot   bool     // a number such as "1.2.3"
	sym        symClass // what a symbol is, set once by tokenize
	lx         lexIndex // the word's lexicon entry, or 0
	ch         byte     // an ASCII symbol's byte (isByte), 0 for any other token
	symRoles   role     // a symbol's roles (roles.go), set once by tokenize; a word's are lexRoles[lx]
}

// A symClass says what a symbol token is, so that the matcher tests a
// bit where it would decode the rune or look the sign up again at each
// question.
type symClass uint8

const (
	symDash     symClass = 1 << iota // a dash or hyphen (lexicon.IsDash)
	symMinus                         // the minus sign "−"
	symCurrency                      // a sign of currencySigns: "$", "€", "£"
)

// symbolClass returns the class of the symbol w, one rune.
func symbolClass(w string) symClass {
	var c symClass
	if isDash(w) {
		c |= symDash
	}
	if w == "−" {
		c |= symMinus
	}
	if _, ok := currencySigns[w]; ok {
		c |= symCurrency
	}
	return c
}

// asciiSymbols holds symbolClass of each ASCII byte.
var asciiSymbols = func() (t [128]symClass) {
	for c := range t {
		t[c] = symbolClass(string(rune(c)))
	}
	return t
}()

type scanner struct {
	ranks bool
	text  string
	base  int
	toks  []token
	// cands holds a bit per token, that of toks[i] at bit i%64 of
	// cands[i/64], set by tokenize where the token may start a figure:
	// from the token itself (and, for a word, a "$" after it), wherever
	// startsFigure is true. match finds the next one with no test per
	// token.
	cands []uint64
	// fours holds, in the same layout, a bit for each number token of
	// four bytes ("2019"), set by tokenize (markFour), and no word past
	// the last such number: the only tokens sentenceYear can take for a
	// year, found by a bit scan rather than among all the candidates.
	fours    []uint64
	atLine   bool // the next sentence starts a line
	started  bool
	sent     indicators.Span
	year     int // the sentence's year, once yearRead
	yearRead bool
	ident    bool // the last exclusion was an identifier ("Satellite-1")
	emit     func(Mention)
	// col, when set, takes the mentions in place of emit: put hands it a
	// pointer to the mention, which a call through emit, a func value,
	// would have to copy (and would move to the heap if it took one).
	col *collector
	// one is where directionPhase builds a mention for emit when there
	// is no collector.
	one Mention
	// onExclude, when set, is told the name of each exclusion rule that
	// applies (for tests).
	onExclude func(rule string)
	// noYearFirst leaves every year to the phases (for tests: yearFirst
	// must end a try as they do).
	noYearFirst bool
	// fz is the state of the fused pass (fused.go) for the sentence it
	// reads, and fusing says that tokenize reads it.
	fz     fuse
	fusing bool
	// skipMatch stops each sentence before match (for BenchmarkPhases).
	skipMatch bool
	excl      exclusionCandidate // the number the exclusion rules look at
	// moneyCode and moneyUnit remember the last currency unit read: a
	// document quotes one or two currencies, and the look-up costs.
	moneyCode string
	moneyUnit indicators.Unit
	// fracs remembers fracDecimal's last answers (s.fraction): a text
	// writes the same few fractions ("half", "a quarter") again and again,
	// and each costs two formattings and two parsings of a float.
	fracs fractionMemo
	// wordFacts keeps what the unit rules asked of each word
	// (wordfacts.go), made at the first question; factCopy holds the facts
	// of token factK of the sentence factGen (a toksGen), the last asked.
	wordFacts *wordFactTable
	factCopy  wordFacts
	factK     int
	factGen   uint64
	// toksGen counts the sentences tokenize cut (from 1), and yearSeen
	// remembers yearAt of the tokens: toksGen<<1 | the answer, for the
	// sentence whose toksGen it holds. The year rule, yearFirst and
	// sentenceYear each ask it of every four-digit number.
	toksGen  uint64
	yearSeen []uint64
	// trHave are the exclusion traits last read (applyExclusions), trKey
	// and trGen the number and the sentence they were read of.
	trKey  [2]uint64
	trGen  uint64
	trHave exclusionTraits
	// lastEnd and lastDir are the end (a byte offset of the whole input)
	// and the direction of the last mention reported: "lost 190 points,
	// or 0.6%" restates the change.
	lastEnd int
	lastDir indicators.Direction
	// lastKind and lastBy are the kind of the last mention and whether
	// "by" stood before it, or it was coordinated with such a mention
	// (lastCoord): "increased by 1.1% and 1.3%", "fell by 2%, 3%, and 4%"
	// coordinate the later figures with it.
	lastKind          Kind
	lastBy, lastCoord bool
}

// run scans the complete sentences of text, whose first byte is at offset
// base of the whole input, and returns how many bytes it consumed. Unless
// final, the last sentence (which may continue in the next chunk) is left
// unconsumed.
func (s *scanner) run(text string, base int, final bool, emit func(Mention)) int {
	s.text, s.base, s.emit = text, base, emit
	s.fz.text = text // the fused pass's, for each sentence of text
	if !s.started {
		s.atLine, s.started = true, true
	}
	pos := 0
	for pos < len(text) {
		// Whether the sentence starts its line: read from the text, but
		// for the first of a stream's later chunks, which starts where the
		// sentence before it left off, from the scanner.
		lineStart := s.atLine
		if pos > 0 {
			lineStart = startsLine(text, pos)
		}
		next, nl, ok := s.fusedSentence(pos, final, lineStart, s.atLine)
		if !ok {
			return pos
		}
		s.atLine = nl
		pos = next
	}
	return pos
}

// isSpaceByte reports whether c is an ASCII space: ' ', '\t', '\n',
// '\v', '\f' or '\r'. One test of a bit of spaceBits, where six
// comparisons would each be a branch.
func isSpaceByte(c byte) bool {
	return c <= ' ' && spaceBits>>c&1 != 0
}

// spaceBits has the bit of each ASCII space byte set.
const spaceBits uint64 = 1<<' ' | 1<<'\t' | 1<<'\n' | 1<<'\v' | 1<<'\f' | 1<<'\r'

// spaceAt returns the width of the whitespace rune at text[i], or 0.
func spaceAt(text string, i int) int {
	if i >= len(text) {
		return 0
	}
	c := text[i]
	if c < 0x80 {
		if isSpaceByte(c) {
			return 1
		}
		return 0
	}
	if c == 0xC2 && i+1 < len(text) && (text[i+1] == 0xA0 || text[i+1] == 0x85) {
		return 2
	}
	if c == 0xE2 && i+2 < len(text) && text[i+1] == 0x80 && (text[i+2] >= 0x80 && text[i+2] <= 0x8B || text[i+2] == 0xAF || text[i+2] == 0xA8 || text[i+2] == 0xA9) {
		return 3
	}
	if c == 0xE3 && i+2 < len(text) && text[i+1] == 0x80 && text[i+2] == 0x80 {
		return 3
	}
	if c == 0xE1 && i+2 < len(text) && text[i+1] == 0x9A && text[i+2] == 0x80 || c == 0xE2 && i+2 < len(text) && text[i+1] == 0x81 && text[i+2] == 0x9F {
		return 3 // U+1680 ogham space mark, U+205F medium mathematical space
	}
	if c == 0xEF && i+2 < len(text) && text[i+1] == 0xBB && text[i+2] == 0xBF {
		return 3 // a byte-order mark
	}
	return 0
}

// maxSentence is the longest run of text scanned as one sentence.
const maxSentence = 32 << 10

var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true, "jr": true, "sr": true, "no": true,
	"nos": true, "vol": true, "fig": true, "inc": true, "ltd": true, "co": true, "corp": true, "gov": true, "sen": true,
	"rep": true, "gen": true, "col": true, "lt": true, "sgt": true, "capt": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"vs": true, "approx": true, "est": true, "dept": true, "univ": true, "ave": true, "mt": true, "pp": true, "para": true,
	"art": true, "sec": true, "ch": true, "amb": true, "hon": true, "rt": true, "min": true, "max": true, "al": true,
	"e.g": true, "i.e": true, "rs": true, "cf": true, "op": true, "ed": true, "eds": true, "govt": true, "intl": true, "natl": true,
	"incl": true, "excl": true, "viz": true, "esp": true, "ext": true, "extn": true, "tel": true,
}

// abbreviationFilter is the keyFilter of abbreviations, built once they
// are all in.
var abbreviationFilter *keyFilter

// Hedges written with a full stop ("app.", "approx.") are abbreviations.
func init() {
	for _, h := range vocab.Hedges {
		if ws := vocab.Words(h.Phrase); len(ws) == 2 && ws[1] == "." {
			abbreviations[ws[0]] = true
		}
	}
	abbreviationFilter = newKeyFilter(abbreviations)
}

// boundary finds the end of the sentence that starts at start, which
// starts its line when atLine (see startsLine): end is where its text ends
// (trailing space excluded), next where the following one starts, and nl
// whether that one starts a line. ok is false when the sentence may
// continue past the end of a non-final text.
func boundary(text string, start int, final, atLine bool) (end, next int, nl, ok bool) {
	// lineStart is where the current line starts, or -1 on a first line
	// that the sentence shares with the one before it.
	lineStart := start
	if !atLine {
		lineStart = -1
	}
	for i := start; i < len(text); {
		if i-start < maxSentence {
			// Most bytes end nothing: skip them in a tight loop.
			limit := min(len(text), start+maxSentence)
			for i+8 <= limit {
				if x := load8(text, i); hasBreakByte(x) {
					// Where in the block: its first break byte, found
					// at once where a loop over its bytes would take
					// a turn and a branch per byte.
					i += bits.TrailingZeros64(breakByteMask(x)) >> 3
					break
				}
				i += 8
			}
			for i < limit && !breakBytes[text[i]] {
				i++
			}
			if i == limit {
				continue
			}
		} else if spaceAt(text, i) > 0 {
			// A run-on "sentence" (a table, a list without stops) is cut at
			// the next space, so that work and memory stay bounded.
			e := runOnCut(text, start, i, final)
			return e.end, e.next, e.nl, e.ok
		}
		var (
			j    int
			e    sentenceEnd
			done bool
		)
		switch text[i] {
		case '\n':
			j, e, done = newlineBreak(text, start, i, lineStart, final)
			lineStart = j
		case '.', '!', '?':
			j, e, done = stopBreak(text, start, i, final)
		default:
			i++
			continue
		}
		if done {
			return e.end, e.next, e.nl, e.ok
		}
		i = j
	}
	if !final {
		return 0, 0, false, false
	}
	return trimEnd(text, start, len(text)), len(text), false, true
}

// startsLine reports whether the sentence at start begins its line, with
// only spaces or tabs before it. A sentence that starts after a stop in the
// middle of a line ("… can it work. With an\ninitial set …") is in running
// prose, whatever the length of that line.
func startsLine(text string, start int) bool {
	k := start
	for k > 0 && (text[k-1] == ' ' || text[k-1] == '\t' || text[k-1] == '\r') {
		k--
	}
	return k == 0 || text[k-1] == '\n'
}

// shortLine is the length, in bytes, under which a line that ends in a
// line break ends its sentence: a heading, a list item or a label.
const shortLine = 60

// breakBytes are the bytes where a sentence may end: a line break and
// the stops.
var breakBytes = [256]bool{'\n': true, '.': true, '!': true, '?': true}

// closers are the ASCII bytes that may close a sentence after its stop
// and before the space after it (stopBreak): a closing parenthesis or
// bracket, a straight double quote or an apostrophe.
var closers = [256]bool{')': true, '"': true, '\'': true, ']': true}

// Eight bytes at a time: the word-at-a-time tests of Bit Twiddling Hacks,
// exact for each byte (no carry or borrow crosses a byte).
const (
	ones = 0x0101010101010101
	lo7  = 0x7F7F7F7F7F7F7F7F
	hi   = 0x8080808080808080
)

// load8 returns the eight bytes of s from i, the first lowest.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// zeroBytes sets the high bit of each byte of x that is zero, and no other
// bit.
func zeroBytes(x uint64) uint64 { return ^((x&lo7 + lo7) | x | lo7) }

// hasBreakByte reports whether one of the bytes of x is one of breakBytes.
// It asks only whether there is one, not which: (v-ones)&^v has a high bit
// set exactly when v has a zero byte (a borrow marks only bytes above a
// zero one), three operations per value where zeroBytes takes five.
func hasBreakByte(x uint64) bool { return breakHits(x)&hi != 0 }

// breakHits has a high bit set in some byte exactly when x holds one of
// breakBytes: the test of hasBreakByte, for callers that join it with
// others. Which byte is not told.
func breakHits(x uint64) uint64 {
	a, b, c, d := x^(ones*'\n'), x^(ones*'.'), x^(ones*'!'), x^(ones*'?')
	return (a-ones)&^a | (b-ones)&^b | (c-ones)&^c | (d-ones)&^d
}

// breakByteMask sets the high bit of each byte of x that is one of
// breakBytes, and no other bit.
func breakByteMask(x uint64) uint64 {
	return zeroBytes(x^(ones*'\n')) | zeroBytes(x^(ones*'.')) | zeroBytes(x^(ones*'!')) | zeroBytes(x^(ones*'?'))
}

// alnumBytes sets the high bit of each byte of x that is an ASCII letter
// or digit, and no other bit: letterBytes and the digits as hasDigitByte
// finds them, exact for each byte (no sum or difference leaves its byte).
func alnumBytes(x uint64) uint64 { return letterBytes(x) | digitBytes(x) }

// hasDigitByte reports whether one of the bytes of x is an ASCII digit
// (hasbetween(x, '0'-1, '9'+1)).
func hasDigitByte(x uint64) bool { return digitBytes(x) != 0 }

// digitBytes sets the high bit of each byte of x that is an ASCII digit,
// and no other bit: hasbetween(x, '0'-1, '9'+1), exact for each byte (no
// sum or difference leaves its byte). The one digit test of the
// word-at-a-time readers.
func digitBytes(x uint64) uint64 { return betweenBytes(x, '0'-1, '9'+1) }

// betweenBytes sets the high bit of each byte of x that is above m and
// below n (m < n <= 128), and no other bit (hasbetween of Bit Twiddling
// Hacks): exact for each byte.
func betweenBytes(x, m, n uint64) uint64 {
	y := x & lo7
	return (ones*(127+n) - y) &^ x & (y + ones*(127-m)) & hi
}

// breakOrDigitHits has a high bit set in some byte when x holds one of
// breakBytes or an ASCII digit, and perhaps when it holds neither but a
// '/', the one other byte of the range from '.' to '9', tested at once:
// the test of hasBreakOrDigitByte in fewer operations, for a caller that
// then finds the byte with breakOrDigitMask, which is exact.
func breakOrDigitHits(x uint64) uint64 {
	a, b, c := x^(ones*'\n'), x^(ones*'!'), x^(ones*'?')
	return (a-ones)&^a&hi | (b-ones)&^b&hi | (c-ones)&^c&hi | betweenBytes(x, '.'-1, '9'+1)
}

// sentenceEnd is what boundary returns.
type sentenceEnd struct {
	end, next int
	nl, ok    bool
}

// runOnCut cuts a run-on sentence at the space at i.
func runOnCut(text string, start, i int, final bool) sentenceEnd {
	k, nl := i, false
	for spaceAt(text, k) > 0 {
		nl = nl || text[k] == '\n'
		k += spaceAt(text, k)
	}
	if k < len(text) || final {
		return sentenceEnd{trimEnd(text, start, i), k, nl, true}
	}
	return sentenceEnd{}
}

// newlineBreak decides whether the line break at i ends the sentence: a
// blank line, a bullet, a short line (one that starts at lineStart, -1 for
// a line the sentence shares with the one before) or a line that does not
// continue the sentence does. Otherwise it returns where the next line starts.
func newlineBreak(text string, start, i, lineStart int, final bool) (int, sentenceEnd, bool) {
	j, nls := i+1, 1
	for j < len(text) {
		if c := text[j]; c == '\n' {
			nls++
		} else if c < 0x80 && !isSpaceByte(c) {
			break // no space, without the call
		} else if w := spaceAt(text, j); w > 0 {
			j += w
			continue
		} else {
			break
		}
		j++
	}
	if j == len(text) {
		if !final {
			return j, sentenceEnd{}, true
		}
		return j, sentenceEnd{trimEnd(text, start, i), j, true, true}, true
	}
	if nls >= 2 || startsBullet(text, j) || lineStart >= 0 && i-lineStart < shortLine || !continues(text, start, i, j) {
		return j, sentenceEnd{trimEnd(text, start, i), j, true, true}, true
	}
	return j, sentenceEnd{}, false
}

// stopBreak decides whether the full stop, "!" or "?" at i ends the
// sentence; a lower-case word, a comma or an abbreviation after it does
// not. Otherwise it returns where to read on.
func stopBreak(text string, start, i int, final bool) (int, sentenceEnd, bool) {
	j := i + 1
	// A space right after the stop, the common case, is no closer nor
	// quote: the tests of what may stand between the stop and its space
	// are asked only where something does.
	if j >= len(text) || text[j] != ' ' {
		for j < len(text) && closers[text[j]] {
			j++
		}
		for j+2 < len(text) && text[j] == 0xE2 && text[j+1] == 0x80 && (text[j+2] == 0x9D || text[j+2] == 0x99) {
			j += 3 // ” ’
		}
		if j == len(text) {
			if !final {
				return j, sentenceEnd{}, true
			}
			return j, sentenceEnd{j, j, false, true}, true
		}
		if c := text[j]; c != ' ' && (c < 0x80 && !isSpaceByte(c) || spaceAt(text, j) == 0) {
			return j, sentenceEnd{}, false // no space after the stop: "U.S.", "www.x"
		}
	}
	k := j
	hasNL := false
	for k < len(text) {
		if text[k] == ' ' { // the common space, without the call
			k++
			continue
		}
		if c := text[k]; c < 0x80 && !isSpaceByte(c) {
			break // no space, without the call: the next sentence's first letter
		}
		w := spaceAt(text, k)
		if w == 0 {
			break
		}
		if text[k] == '\n' {
			hasNL = true
		}
		k += w
	}
	if k == len(text) {
		if !final {
			return k, sentenceEnd{}, true
		}
		return k, sentenceEnd{j, k, hasNL, true}, true
	}
	if n := text[k]; n >= 'a' && n <= 'z' || n == ',' || n == ';' {
		return k, sentenceEnd{}, false
	}
	if text[i] == '.' && (!hasNL && abbreviationBefore(text, start, i) || markerAt(text, start, i)) {
		return k, sentenceEnd{}, false
	}
	if text[i] == '.' && !hasNL && (text[k] == '(' || text[k] >= '0' && text[k] <= '9') && i-start >= 3 && text[i-3:i] == "etc" {
		// "Fire-raising, vandalism etc. (20%)": a list's "etc." before
		// the list item's figure ends no sentence.
		return k, sentenceEnd{}, false
	}
	return k, sentenceEnd{j, k, hasNL, true}, true
}

// markerAt reports whether text[start:dot] is a list marker ("1", "a", "iv")
// that the dot closes.
func markerAt(text string, start, dot int) bool {
	for start < dot {
		if c := text[start]; c < 0x80 && !isSpaceByte(c) {
			break // no space, without the call
		}
		w := spaceAt(text, start)
		if w == 0 {
			break
		}
		start += w
	}
	return dot > start && (dot-start <= 4 && markerLike(text[start:dot]) && isAlnumRun(text[start:dot]) || paragraphLabel(text[start:dot]))
}

// paragraphLabel reports whether s numbers a paragraph or a section of a
// numbered chapter, as compendia and GOV.UK chapters write them: "1.2",
// "2.1.3" (each part one or two digits). Its closing dot ends no sentence:
// "1.2. Unusual changes …" is one.
//
// It reads s once, with no allocation: markerAt asks it of every dot, and
// s may run from the line's start (strings.Split here cost 3.4 M a MB).
func paragraphLabel(s string) bool {
	if len(s) < 3 || len(s) > 8 {
		return false
	}
	parts, digits := 1, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '.' && digits > 0:
			parts, digits = parts+1, 0
		case c >= '0' && c <= '9' && digits < 2:
			digits++
		default:
			return false
		}
	}
	return digits > 0 && parts <= 3
}

func isAlnumRun(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// continues reports whether the line ending at i runs on into the line at
// j: it ends in a letter, digit or comma and the next starts in lower case
// or a digit or currency sign.
func continues(text string, start, i, j int) bool {
	e := trimEnd(text, start, i)
	if e == start {
		return false
	}
	p := text[e-1]
	if !(p >= 'a' && p <= 'z' || p >= '0' && p <= '9' || p == ',' || p == '-' || p >= 0x80) {
		return false
	}
	n := text[j]
	return n >= 'a' && n <= 'z' || n >= '0' && n <= '9' || n == '$' || n == '(' || n >= 0x80 && !startsBullet(text, j)
}

func trimEnd(text string, start, end int) int {
	for end > start {
		if text[end-1] < 0x80 {
			if !isSpaceByte(text[end-1]) {
				break
			}
			end--
			continue
		}
		r, w := utf8.DecodeLastRuneInString(text[start:end])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		end -= w
	}
	return end
}

func abbreviationBefore(text string, start, dot int) bool {
	// The letters and dots before the stop, read back seven bytes at
	// most: a run of seven or more is no abbreviation, as below.
	k, lo := dot, max(start, dot-7)
	for k > lo && (isLetterByte(text[k-1]) || text[k-1] == '.') {
		k--
	}
	w := text[k:dot]
	if len(w) == 0 {
		return false
	}
	if len(w) == 1 || len(w) == 3 && w[1] == '.' || len(w) == 5 && w[1] == '.' && w[3] == '.' {
		return true // initials and "U.S."
	}
	if len(w) > 6 {
		return false
	}
	var buf [6]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return abbreviationFilter.mayFirst(len(w), buf[0]) && abbreviations[string(buf[:len(w)])]
}

var bullets = []string{"•", "·", "▪", "◦", "‣", "●", "○", "■", "□", "➢", "►", "–", "—", "-", "*", ""}

// bulletFirst holds the first bytes of the bullets.
var bulletFirst = func() (b [256]bool) {
	for _, s := range bullets[:len(bullets)-1] {
		b[s[0]] = true
	}
	return b
}()

// startsBullet reports whether a bullet character starts text at i.
func startsBullet(text string, i int) bool {
	if i >= len(text) || !bulletFirst[text[i]] {
		return false
	}
	for _, b := range bullets[:len(bullets)-1] {
		if len(text)-i > len(b) && text[i:i+len(b)] == b && spaceAt(text, i+len(b)) > 0 {
			return true
		}
	}
	return false
}

// skipMarker returns where the content of a sentence starts when it begins
// with a bullet or, at the start of a line, a list marker ("1.", "a)",
// "(iv)").
func skipMarker(text string, i, end int, atLine bool) int {
	// A sentence that starts with an ASCII byte that is neither a space,
	// a bullet nor a parenthesis has nothing to skip off a line's start,
	// nor at one unless its first letters or digits (four at most, as
	// below) are followed by a ')' or a '.': most sentences.
	if i < end {
		if c := text[i]; c < 0x80 && !isSpaceByte(c) && !bulletFirst[c] && c != '(' {
			if !atLine {
				return i
			}
			if i+8 <= len(text) {
				k := i + min(bits.TrailingZeros64(^alnumBytes(load8(text, i))&hi)>>3, 4, end-i)
				if k == i || k >= end || text[k] != ')' && text[k] != '.' {
					return i
				}
			}
		}
	}
	for {
		for i < end {
			w := spaceAt(text, i)
			if w == 0 {
				break
			}
			i += w
		}
		moved := false
		if i < end && bulletFirst[text[i]] {
			for _, b := range bullets[:len(bullets)-1] {
				// The first and last bytes first: the bullets of three
				// bytes share their first, and so do the quotes and
				// dashes that start many sentences ("“", "–").
				if end-i > len(b) && text[i] == b[0] && text[i+len(b)-1] == b[len(b)-1] && text[i:i+len(b)] == b && spaceAt(text, i+len(b)) > 0 {
					i += len(b)
					moved = true
					break
				}
			}
		}
		if !moved && atLine {
			j := i
			paren := j < end && text[j] == '('
			if paren {
				j++
			}
			// The marker's letters and digits, at most four: found in
			// one block of eight bytes where there is one (the loop's
			// count of turns, which varies, was mispredicted about once
			// per sentence).
			k := j
			if j+8 <= len(text) {
				k = j + min(bits.TrailingZeros64(^alnumBytes(load8(text, j))&hi)>>3, 4, end-j)
			} else {
				for k < end && k-j < 4 && (text[k] >= '0' && text[k] <= '9' || text[k] >= 'a' && text[k] <= 'z' || text[k] >= 'A' && text[k] <= 'Z') {
					k++
				}
			}
			if k > j && k < end && (text[k] == ')' || (!paren && text[k] == '.')) && k+1 < end && spaceAt(text, k+1) > 0 && markerLike(text[j:k]) {
				i = k + 1
				moved = true
			}
		}
		if !moved {
			return i
		}
	}
}

// markerLike reports whether s can number a list: digits, one letter, or a
// short roman numeral.
func markerLike(s string) bool {
	if len(s) == 1 {
		return true
	}
	digits, roman := true, true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			digits = false
		}
		switch c {
		case 'i', 'v', 'x', 'I', 'V', 'X':
		default:
			roman = false
		}
	}
	return digits && len(s) <= 2 || roman
}

// sentence tokenizes text[start:end] and reports its quantities.
func (s *scanner) sentence(start, end int, atLine bool) {
	text := s.text
	cs := skipMarker(text, start, end, atLine)
	s.sent = indicators.Span{Start: s.base + start, End: s.base + end}
	if !s.mayHold(text[cs:end]) {
		return
	}
	s.matchTokens(s.tokenize(cs, end))
}

// put reports the mention m: to the collector when there is one, else to
// emit.
func (s *scanner) put(m *Mention) {
	if m.Year != 0 {
		if y := s.ownYearAfter(m.Span.End); y != 0 {
			m.Year = y // "from 4% in 2019 to 8% in 2022": each its own year
		}
	}
	if s.col != nil {
		s.col.add(m)
		return
	}
	s.emit(*m)
}

// ownYearAfter returns the year of "in YYYY" or "in <Month> YYYY" right
// after a mention that ends at the byte offset end ("8% in 2022"), or 0
// (ownYear).
func (s *scanner) ownYearAfter(end int) int {
	k, _ := slices.BinarySearchFunc(s.toks, end-s.base, func(t token, off int) int { return t.start - off })
	return s.ownYear(k)
}

// figureYear returns the year of a figure whose last token ends before
// token k: its own year (yearAt) in a sentence that has a year, else the
// sentence's.
func (s *scanner) figureYear(k int) int {
	y := s.sentYear()
	if y != 0 {
		if own := s.ownYear(k); own != 0 {
			return own // "from 4% in 2019 to 8% in 2022": each its own year
		}
	}
	return y
}

// ownYear returns the year of "in YYYY" or "in <Month> YYYY" at token k,
// right after a figure ("8% in 2022", "3% in March 2021"), or 0. A decade
// ("in the 1990s") and a span ("in 2019-20") are no year of its own.
func (s *scanner) ownYear(k int) int {
	toks := s.toks
	if k >= len(toks) || !toks[k].space || !s.isLx(k, lxIn) {
		return 0
	}
	y := k + 1
	if s.flag(y, fMonth) && y < len(toks) && toks[y].upper {
		y++ // "in March 2023"
	}
	if y >= len(toks) || toks[y].kind != tNum || toks[y].end-toks[y].start != 4 || !toks[y].space || !s.yearAt(y) {
		return 0
	}
	if s.isRole(y+1, rLetterS) && s.attached(y+1) || s.isByte(y+1, '\'') || s.dash(y+1) && s.attached(y+1) {
		return 0
	}
	v, _ := fourDigits(s.tt(y))
	return v
}

// sentYear returns the year of the current sentence (sentenceYear), read
// when its first mention asks for it: most sentences read have none.
func (s *scanner) sentYear() int {
	if !s.yearRead {
		s.year, s.yearRead = s.sentenceYear(), true
	}
	return s.year
}

// tokenize cuts text[cs:end] into s.toks and reports whether it has a
// number written in digits.
//
// In the fused pass (s.fusing, fused.go), end is no more than a bound:
// tokenize decides the sentence's breaks from s.fz.bpos on as it meets
// them, as boundary would, and stops at the sentence's end or where s.fz
// says (more, runOn). No token holds a break that ends a sentence
// but a web address, whose bytes f.span decides, and every token's look
// ahead stops at the space after a sentence's end, so the tokens are those
// of the sentence read alone.
func (s *scanner) tokenize(cs, end int) (digits bool) {
	text := s.text
	// The tokens are filled in place in a local slice: appending to
	// s.toks would load and store its header for each token.
	toks := s.toks[:cap(s.toks)]
	n := 0
	space, tab := true, false
	// The candidate bits of the block of 64 tokens being read; a block is
	// stored when the first token of the next one is made.
	s.cands, s.fours = s.cands[:0], s.fours[:0]
	var block uint64
	for i := cs; i < end; {
		// The common run, spaces, signs such as commas and words of up to
		// sixteen ASCII letters that the packed tables answer at once, is
		// read by shortWords, a loop with few values to keep, which calls
		// nothing; it is called only where such a token starts. What it
		// does not read whole (a longer word, a word the table must probe
		// for, the first token of a block of candidate bits, a token after
		// a tab, any other token) it leaves to the loop below, which reads
		// it from its first byte as before; the two make the same token.
		//
		// tx is the text cut at this turn's end: tested against its
		// length, i needs no bounds check at the reads below (one check
		// a turn, the slice's, where each read had its own).
		tx := text[:end]
		if i >= 0 && i <= len(tx)-9 && shortStarts[tx[i]] && !tab && (n&63 != 0 || n == 0) {
			base := n &^ 63
			if base+64 > len(toks) {
				toks = slices.Grow(toks[:n], base+64-n)
				toks = toks[:cap(toks)]
			}
			var k int
			i, k, block, space = shortWords(tx, i, n&63, (*[64]token)(toks[base:base+64]), block, space)
			n = base + k
		}
		if uint(i) >= uint(len(tx)) {
			break
		}
		c := tx[i]
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
			digits = true
			i = numberToken(text, t, end)
			if t.end-t.start == 4 {
				s.markFour(n - 1)
			}
			if !t.space && n >= 2 && toks[n-2].kind == tSym && toks[n-2].sym&symCurrency == 0 {
				// A sign glued to the number: "−5", "+12.5" (signStarts).
				if p := n - 2; p&63 == 63 {
					s.cands[len(s.cands)-1] |= signStarts(text, toks, p) << 63
				} else {
					block |= signStarts(text, toks, p) << (p & 63)
				}
			}
			// The space after a number, as after a word below: one turn
			// of the loop less.
			if uint(i) < uint(len(tx)) && tx[i] == ' ' {
				space = true
				i++
			}
		case c == '.' && i < len(tx)-1 && tx[i+1] >= '0' && tx[i+1] <= '9' && t.space:
			// ".08"
			block |= 1 << ((n - 1) & 63)
			digits = true
			t.kind, t.dot = tNum, true
			i = digitsEnd(text, i+1, end)
			t.end = i // no year (yearAt): no bit in fours
		case isLetterByte(c):
			// A web address starts with a letter: tested here, where only
			// words pay for it, rather than before the test of a letter.
			if f := c | 0x20; (f == 'h' || f == 'w') && i+1 < end && (text[i+1]|0x20 == 't' || text[i+1]|0x20 == 'w') && isURL(text[i:end]) {
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
			}
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
			if uint(j) < uint(len(tx)) && (tx[j] == '\'' || tx[j] >= 0x80) {
				k := wordEnd(text, j, end)
				ascii = k == j
				j = k
			}
			l, last := j-i, text[j-1]
			t.kind, t.upper, t.end = tWord, c <= 'Z', j
			if !ascii {
				t.lx = lookupIndex(text[i:j])
				block |= wordMayStart(l, c, last, t.lx) << ((n - 1) & 63)
				i = j
				continue
			}
			// A word of up to eight letters goes to the packed table
			// at once (lookupPacked, inline): its look-up has no branch
			// that depends on the word, where the filter of lookupIndex
			// had one that was mispredicted for about every other word.
			var lx lexIndex
			if l <= 8 && i+8 <= len(text) {
				shift := (64 - 8*uint(l)) & 63
				lx = lexIndex(packFind(load8(text, i)<<shift>>shift | lowerLetters>>shift))
			} else if l <= 8 {
				lx = lookupPacked(text, i, j)
			} else if l > 24 || lexBits[l][c|0x20-'a']&(1<<(last|0x20-'a')) == 0 {
				// No key of the lexicon has the word's length and first
				// and last letters: most long words ("government").
			} else if l <= 16 {
				lx = lookupPacked16(text, i, j)
			} else {
				lx = lookupIndex(text[i:j])
			}
			t.lx = lx
			// asciiWordMayStart, inline.
			st := uint64(lexMayStart[lx])
			block |= (st&1 | st>>1&shapeMayStart(l, c, last)) << ((n - 1) & 63)
			i = j
			// The space after a word, the common case, is read here, as
			// the loop's first test would read it: one turn of the loop
			// less for most words.
			if uint(i) < uint(len(tx)) && tx[i] == ' ' {
				space = true
				i++
			}
		case c >= 0x80:
			i = unicodeToken(text, t, end)
			digits = digits || t.kind == tNum
			if t.kind == tNum && t.end-t.start == 4 {
				s.markFour(n - 1)
			}
			if t.kind == tNum || t.sym&symCurrency != 0 || t.kind == tWord && wordMayStart(t.end-t.start, c, text[t.end-1], t.lx) != 0 {
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
				// word of spacedSignWords), as startsFigure reads it.
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
	return digits
}

// markFour sets the bit of token k, a number of four bytes, in s.fours.
// It is called only at such a number, so that tokenize's loop carries no
// block of its own for them.
func (s *scanner) markFour(k int) {
	w := k >> 6
	for len(s.fours) <= w {
		s.fours = append(s.fours, 0)
	}
	s.fours[w] |= 1 << (k & 63)
}

// shortWords reads the tokens of text from i on that are spaces, signs of
// shortSyms and words of ASCII letters, of up to eight whose look-up the
// packed table answers from the word's two slots or of nine to sixteen,
// into blk, the block of 64 tokens being filled, from its
// k-th slot, with their candidate bits in block (asciiWordMayStart) and
// space saying whether a space comes before the next token. It stops at
// the end of the block, at anything else, and nine bytes before the end
// of text, and returns where it stopped and the new k, block and space.
// The tokens it makes are those tokenize makes.
//
// It is tokenize's inner loop, written apart with the fewest values that
// live across a turn, so that they stay in registers; never inline, which
// a build with the command's profile (cmd/claimbook/default.pgo) would
// otherwise do: inlined in tokenize, the tokenizer cost 17.9 → 18.8 M a
// MB of the mix (speed41).
//
//go:noinline
func shortWords(text string, i, k int, blk *[64]token, block uint64, space bool) (int, int, uint64, bool) {
	// blk is checked for nil once, here: each token's &blk[k&63] had a
	// check of its own (speed45).
	_ = blk[0]
	for k < 64 {
		// i and i+9 within text, as the compiler proves them: b below
		// is then sliced with no check of its own, where i+9 <= len(text)
		// left two.
		if i < 0 || i > len(text)-9 {
			break
		}
		// The token's first byte and the eight after it, bounds checked
		// once: c and y below read them with no check of their own.
		b := text[i : i+9]
		c := b[0]
		f := c | 0x20
		if f-'a' >= 26 {
			// No letter: most tokens are words, asked first.
			if c == ' ' {
				space = true
				i++
				continue
			}
			v := shortSyms[c]
			if v == 0 {
				break
			}
			// A sign such as a comma or a parenthesis, as the loop
			// below makes it: a symbol that is no candidate and breaks
			// no sentence.
			t := &blk[k&63]
			*t = token{}
			t.start, t.end, t.kind, t.space, t.sym, t.ch, t.symRoles = i, i+1, tSym, space, symClass(v>>8), c, role(v>>32)
			k++
			i++
			space = false
			continue
		}
		y := load8(b, 1) // the eight bytes after c
		m := nonLetterBytes(y)
		if m == 0 {
			// Nine letters or more: a word of up to sixteen, followed
			// by a byte that is neither a letter, an apostrophe nor
			// non-ASCII, is read here, read as tokenize reads it (the
			// lexicon's filter by length and first and last letters,
			// then the long packed table); any other run is left to
			// tokenize. Read inline: a call in the loop made its values
			// go to memory and back at each word (0.45 M a MB).
			if i+17 > len(text) {
				break
			}
			m = nonLetterBytes(load8(text, i+9))
			if m == 0 {
				break // more than sixteen
			}
			l := 9 + bits.TrailingZeros64(m)>>3
			if d := text[i+l]; d == '\'' || d >= 0x80 {
				break // the word goes on (wordEnd)
			}
			var lx lexIndex
			if lexBits[l&31][f-'a']&(1<<(text[i+l-1]|0x20-'a')) != 0 {
				// lookupPacked16, inline, so that this loop calls
				// nothing; tokenize reads on past both slots.
				sh := (64 - 8*uint(l-8)) & 63
				lo, hi := load8(text, i)|lowerLetters, load8(text, i+8)<<sh>>sh|lowerLetters>>sh
				h := pack16Hash(lo, hi)
				lo0, lo1 := pack16Lo[h], pack16Lo[h+1]
				ne0 := notEqual(lo0, lo) | notEqual(pack16Hi[h], hi)
				ne1 := notEqual(lo1, lo) | notEqual(pack16Hi[h+1], hi)
				if ne0&ne1&notEqual(lo0, 0)&notEqual(lo1, 0) != 0 {
					break
				}
				lx = pack16Idx[h]&lexIndex(ne0-1) | pack16Idx[h+1]&lexIndex(ne1-1)
			}
			t := &blk[k&63]
			*t = token{} // then field by field: a literal is built apart and copied
			t.start, t.end, t.kind, t.space, t.upper, t.lx = i, i+l, tWord, space, c <= 'Z', lx
			st := uint64(lexMayStart[lx])
			block |= (st&1 | st>>1&shapeMayStart(shapeLongest, c, text[i+l-1])) << (k & 63) // l >= shapeLongest
			k++
			i += l
			space = text[i] == ' '
			if space {
				i++
			}
			continue
		}
		// The word has l letters, l = 1 + z/8; d is the byte after it.
		z := uint(bits.TrailingZeros64(m)) & 56
		d := byte(y >> z)
		if st := wordStops[d]; st != 0 && (st == 1 || f == 'h' || f == 'w') {
			break // the word goes on (wordEnd), or maybe a web address
		}
		l := int(z>>3) + 1
		shift := (56 - z) & 63                                 // 64 - 8*l
		key := load8(b, 0)<<shift>>shift | lowerLetters>>shift // text[i:i+l], folded
		t := &blk[k&63]
		*t = token{}
		t.start, t.end, t.kind, t.space, t.upper = i, i+l, tWord, space, c <= 'Z'
		i += l
		space = d == ' '
		if space {
			i++
		}
		// packFind, inline.
		h := packHash(key)
		v0, v1 := packVal[h], packVal[h+1]
		v := uint32(packMiss)
		if packKeys[h] == key {
			v = v0
		}
		if packKeys[h+1] == key {
			v = v1
		}
		if v0&packFar != 0 {
			v = packProbe(key, h)
		}
		t.lx = lexIndex(v)
		// asciiWordMayStart, inline: the word's last letter, folded, is
		// the key's top byte; its shape is shortShapes's bit for it.
		shape := uint64(shortShapes[l&15][c])
		if byte(key>>z) == 'd' {
			shape >>= 1
		}
		st := uint64(v >> packMayShift & 3)
		block |= (st&1 | st>>1&shape) << (k & 63)
		k++
	}
	return i, k, block, space
}

// wordShapes holds startShapes as bits, by the length of the word
// (shapeLongest for that many bytes or more; 16 rows, so that a length
// masked to four bits needs no bounds check) and its first byte: 1 for
// shapeYes, 2 for shapeLastD. A byte each, 4 KB, where the words'
// look-ups share the first-level cache.
var wordShapes = func() (t [16][256]uint8) {
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

// wordMayStart is the token's part of startsFigure for a word of n bytes,
// n > 0, whose first and last bytes are c and last and whose lexicon
// index is lx: 0 only where startsFigure is false whatever the words
// around it but a "$" after it (an ordinal counts whether or not ranks
// are asked for), 1 otherwise. It is computed without a branch: whether a
// word is a candidate follows no pattern a predictor could learn.
func wordMayStart(n int, c, last byte, lx lexIndex) uint64 {
	return (uint64(lexStarts[lx])+3)>>2 | shapeMayStart(n, c, last) // lexStarts is at most 3
}

// shapeMayStart is the part of wordMayStart that the word's shape
// decides: its length, first byte and last byte (wordShapes), as for a
// word with no entry.
func shapeMayStart(n int, c, last byte) uint64 {
	n9 := n - (n-shapeLongest)&((shapeLongest-n)>>63) // min(n, shapeLongest), without a branch
	v := uint64(wordShapes[n9&15][c])
	isD := (uint64(last|0x20^'d') - 1) >> 63 // 1 when last folds to 'd'
	return (v | v>>1&isD) & 1                // 1 for shapeYes, isD for shapeLastD
}

// wordStops holds, for the byte after a word of up to eight ASCII
// letters, 1 where the word goes on (an apostrophe or a non-ASCII byte:
// wordEnd) and 2 where the word may start a web address (isURL: "http:",
// "https:", "www.", which tokenize reads when the word starts with h or
// w; a run of nine letters or more never does); 0 for any other byte,
// where shortWords makes the word's token. A web address is looked for
// once the word's end is known, where it is rare, rather than at each
// word's first letters.
var wordStops = func() (t [256]uint8) {
	for c := 0x80; c < 256; c++ {
		t[c] = 1
	}
	t['\''] = 1
	t[':'], t['.'] = 2, 2
	return t
}()

// shortSyms holds the ASCII signs that shortWords makes a token of, as
// the last case of tokenize makes it: printable bytes that are no letter,
// digit, break byte or currency sign, nor "$", which has rules of its
// own there. Each holds its token's fields, bit 0 set, asciiSymbols in
// bits 8–15 and symRoles in the top 32, so that shortWords reads one
// table where it read three; any other byte holds 0. shortStarts adds
// the ASCII letters: the bytes where shortWords is called.
var shortSyms, shortStarts = func() (syms [256]uint64, starts [256]bool) {
	for c := byte('!'); c <= '~'; c++ {
		if !isLetterByte(c) && (c < '0' || c > '9') && !breakBytes[c] && asciiSymbols[c]&symCurrency == 0 && c != '$' {
			syms[c] = 1 | uint64(asciiSymbols[c])<<8 // and symRoles, set by initRoles
		}
		starts[c] = syms[c] != 0 || isLetterByte(c)
	}
	return syms, starts
}()

// shortShapes holds shapeMayStart for a word of one to eight bytes by
// its length (16 rows, so that a length masked to four bits needs no
// bounds check) and first byte: bit 0 for a word whose last letter is
// not 'd' (either case), bit 1 for one whose last letter is.
var shortShapes = func() (t [16][256]uint8) {
	for n := 1; n <= 8; n++ {
		for c := range 256 {
			t[n][c] = uint8(shapeMayStart(n, byte(c), 'x') | shapeMayStart(n, byte(c), 'd')<<1)
		}
	}
	return t
}()

// signStarts is 1 when the symbol at token p, which a number follows with
// no space, may start a figure there as startsFigure reads a sign: a dash,
// a minus or a plus where signOpens allows one. A sign is a candidate only
// once the number after it is read.
func signStarts(text string, toks []token, p int) uint64 {
	t := &toks[p]
	if (t.sym&(symDash|symMinus) != 0 || text[t.start] == '+') && signOpens(text, toks, p) {
		return 1
	}
	return 0
}

// signOpens reports whether a sign at token p stands where a figure may
// begin: first, after a space, or glued to an opening parenthesis or a
// semicolon, as releases write the changes beside a figure ("rose by
// 40,000 (+0.2%)", "(-43,000;-2.4%)"). Glued to anything else ("a-1",
// "3+4") it is no sign of a figure.
func signOpens(text string, toks []token, p int) bool {
	if p == 0 || toks[p].space {
		return true
	}
	b := toks[p-1]
	return b.end-b.start == 1 && (text[b.start] == '(' || text[b.start] == ';')
}

// nextFigure returns the first token from i on at which startsFigure is
// true, or len(s.toks): it asks startsFigure only of the candidates,
// found by their bits.
func (s *scanner) nextFigure(i int) int {
	if i >= len(s.toks) {
		return len(s.toks)
	}
	w := i >> 6
	b := s.cands[w] &^ (1<<(i&63) - 1)
	for {
		for b != 0 {
			k := w<<6 + bits.TrailingZeros64(b)
			if s.startsFigure(k) {
				return k
			}
			b &= b - 1
		}
		if w++; w >= len(s.cands) {
			return len(s.toks)
		}
		b = s.cands[w]
	}
}

// candidates yields, in order, the tokens whose bit tokenize set in
// s.cands: every number and whatever else may start a figure.
func (s *scanner) candidates() iter.Seq[int] {
	return func(yield func(int) bool) {
		for w, b := range s.cands {
			for ; b != 0; b &= b - 1 {
				if !yield(w<<6 + bits.TrailingZeros64(b)) {
					return
				}
			}
		}
	}
}

// digitsEnd returns the end of the run of ASCII digits from i.
func digitsEnd(text string, i, end int) int {
	// Cut at end, so that the unsigned i < len(text) proves text[i]'s
	// bounds.
	text = text[:end]
	for uint(i) < uint(len(text)) && text[i] >= '0' && text[i] <= '9' {
		i++
	}
	return i
}

// numberToken reads the number token t that starts with a digit, with its
// thousands separators, decimals and exponent, and returns its end.
func numberToken(text string, t *token, end int) int {
	i := t.start
	t.kind = tNum
	j := digitsEnd(text, i+1, end)
	j = groupedEnd(text, t, j, end)
	// tx is text cut at end: j >= 0 and j < len(tx)-1 prove tx[j] and
	// tx[j+1].
	tx := text[:end]
	// Most numbers end here: one test of the byte after them first.
	if j < 0 || j >= len(tx)-1 || tx[j] != '.' && tx[j]|0x20 != 'e' {
		t.end = j
		return j
	}
	if tx[j] == '.' && tx[j+1] >= '0' && tx[j+1] <= '9' {
		j = digitsEnd(text, j+2, end)
		t.dot = true
		for j+1 < end && text[j] == '.' && text[j+1] >= '0' && text[j+1] <= '9' {
			t.multiDot = true
			j = digitsEnd(text, j+2, end)
		}
	}
	// An exponent: "1e10", "1.3e6", "-12e-1".
	if j+1 < end && text[j]|0x20 == 'e' {
		k := j + 1
		if text[k] == '+' || text[k] == '-' {
			k++
		}
		m := digitsEnd(text, k, end)
		if m > k && m-k <= 3 && (m == end || !isLetterByte(text[m])) {
			j = m
		}
	}
	t.end = j
	return j
}

// groupedEnd extends the leading digits of t, which end at j, over groups
// of digits: Indian grouping ("1,00,000"), thousands separators
// ("1,000,000") or typographic spaces ("1 234 567", "40 000"). It sets
// t.comma when it does.
func groupedEnd(text string, t *token, j, end int) int {
	// Most numbers end before a byte that starts no group: no comma, no
	// space, or a plain space before no digit (spacedGroupsEnd's first
	// test), as the last test below; one test for them first.
	// tx is text cut at end: j >= 0 and j < len(tx)-1 prove tx[j] and
	// tx[j+1].
	if tx := text[:end]; j < 0 || j >= len(tx)-1 || tx[j] != ',' && tx[j] < 0x80 && (!isSpaceByte(tx[j]) || tx[j] == ' ' && tx[j+1]-'0' >= 10) {
		return j
	}
	i := t.start
	// Indian grouping: "1,00,000", "12,34,56,789" (lakh and crore).
	if j-i <= 2 {
		k, pairs := j, 0
		for k+3 < end && text[k] == ',' && isDigits(text, k+1, k+3, end) && text[k+3] == ',' {
			k += 3
			pairs++
		}
		if pairs > 0 && k < end && text[k] == ',' && isDigits(text, k+1, k+4, end) && (k+4 >= end || text[k+4] < '0' || text[k+4] > '9') {
			t.comma = true
			return k + 4
		}
	}
	if j-i > 3 {
		return j
	}
	// Thousands separators: groups of exactly three digits.
	for j < end && text[j] == ',' && isDigits(text, j+1, j+4, end) && (j+4 >= end || text[j+4] < '0' || text[j+4] > '9') {
		j += 4
		t.comma = true
	}
	if t.comma {
		return j
	}
	// A comma that starts no group, or the test above of the byte after
	// the number (spacedGroupsEnd's first, here where it spares the call).
	if j+1 >= end || text[j] < 0x80 && (!isSpaceByte(text[j]) || text[j] == ' ' && text[j+1]-'0' >= 10) {
		return j
	}
	return spacedGroupsEnd(text, t, j, end)
}

// spacedGroupsEnd extends digits that end at j over groups of three
// digits in spaces ("1 234 567", "40 000", "22 500": Eurostat's and the
// EU's style, often typed with a plain space); a group right before a
// hyphen or slash is a number of its own ("the top 10 100-metre times").
// Four digits before a space are no group: "in 2014 300 people" is two
// numbers (groupedEnd).
func spacedGroupsEnd(text string, t *token, j, end int) int {
	groups, k := 0, j
	for {
		w := spaceAt(text, k)
		if w == 0 || text[k] == '\n' || !isDigits(text, k+w, k+w+3, end) || k+w+3 < end && text[k+w+3] >= '0' && text[k+w+3] <= '9' {
			break
		}
		if w == 1 && groups == 0 && k+w+3 < end && (text[k+w+3] == '-' || text[k+w+3] == '/') {
			break // "the top 10 100-metre times", "10 100/200": two numbers
		}
		groups++
		k += w + 3
	}
	if groups == 0 {
		return j
	}
	t.comma = true
	return k
}

// wordEnd returns the end of a word whose ASCII letters end at j: it
// reads on over inner apostrophes ("o'clock", "don’t") and non-ASCII
// letters.
func wordEnd(text string, j, end int) int {
	for j < end {
		d := text[j]
		if isLetterByte(d) {
			j++
		} else if d == '\'' && j+1 < end && text[j+1] >= 'a' && text[j+1] <= 'z' {
			j += 2
		} else if d >= 0x80 {
			r, w := utf8.DecodeRuneInString(text[j:end])
			if unicode.IsLetter(r) {
				j += w
			} else if r == '’' && j+w < end && text[j+w] >= 'a' && text[j+w] <= 'z' {
				j += w + 1
			} else {
				break
			}
		} else {
			break
		}
	}
	return j
}

// unicodeToken reads the token t that starts with a non-ASCII rune: a
// word, a fraction sign ("½", a number) or a symbol.
func unicodeToken(text string, t *token, end int) int {
	i := t.start
	r, w := utf8.DecodeRuneInString(text[i:end])
	if k := runeTokenAt(r); k >= 0 && runeTokens[k].kind != tWord {
		// A sign of Latin-1 or of the punctuation and currency blocks,
		// as the lines below make it, read from the table.
		rt := &runeTokens[k]
		t.kind, t.dot, t.sym, t.symRoles = rt.kind, rt.kind == tNum, rt.sym, rt.roles
		t.end = i + w
		return t.end
	}
	if unicode.IsLetter(r) {
		t.kind = tWord
		t.upper = unicode.IsUpper(r)
		j := i + w
		for j < end {
			r2, w2 := utf8.DecodeRuneInString(text[j:end])
			if !unicode.IsLetter(r2) && !(r2 < 0x80 && (r2 >= 'a' && r2 <= 'z' || r2 >= 'A' && r2 <= 'Z')) {
				break
			}
			j += w2
		}
		t.end = j
		t.lx = lookupIndex(text[i:j])
		return j
	}
	if _, ok := vulgar[text[i:i+w]]; ok {
		t.kind, t.dot = tNum, true
	} else {
		t.kind, t.sym, t.symRoles = tSym, symbolClass(text[i:i+w]), runeRolesOf(r)
	}
	t.end = i + w
	return t.end
}

// runeTokens holds the token that unicodeToken makes of each rune of
// U+0080–U+00FF and U+2000–U+20FF (Latin-1, and General Punctuation,
// super- and subscripts and the currency signs: "’", "•", "–", "£"), the
// non-ASCII signs most texts have, as its lines make it: tWord for a
// letter (which they read on), tNum for a vulgar fraction, else tSym with
// the rune's symClass and roles. Built by initRuneTokens, once runeRoles
// is.
var runeTokens [0x180]struct {
	kind  tokKind
	sym   symClass
	roles role
}

func isVulgar(w string) bool { _, ok := vulgar[w]; return ok }

// runeTokenAt returns r's index in runeTokens, or -1.
func runeTokenAt(r rune) int {
	switch {
	case r >= 0x80 && r < 0x100:
		return int(r - 0x80)
	case r >= 0x2000 && r < 0x2100:
		return int(r-0x2000) + 0x80
	}
	return -1
}

func initRuneTokens() {
	for _, lo := range []rune{0x80, 0x2000} {
		for r := lo; runeTokenAt(r) >= 0; r++ {
			x, w := &runeTokens[runeTokenAt(r)], string(r)
			switch {
			case unicode.IsLetter(r):
				x.kind = tWord
			case isVulgar(w):
				x.kind = tNum
			default:
				x.kind, x.sym, x.roles = tSym, symbolClass(w), runeRolesOf(r)
			}
		}
	}
}

// lettersEnd returns the end of the run of ASCII letters of text[:end]
// from i, reading eight bytes at a time.
func lettersEnd(text string, i, end int) int {
	for i+8 <= end {
		if m := nonLetterBytes(load8(text, i)); m != 0 {
			return i + bits.TrailingZeros64(m)/8
		}
		i += 8
	}
	for i < end && isLetterByte(text[i]) {
		i++
	}
	return i
}

// nonLetterBytes sets the high bit of the first byte of x that is no
// ASCII letter, and perhaps of bytes after it, of none before it: whether
// it is 0 and its lowest set bit are exact, all its callers read. Folded
// with 0x20, a letter is a byte from 'a' to 'z', so y-'a' is below 26;
// a byte that is none borrows from, or carries into, only the bytes
// above it. Two operations and a constant fewer than an exact test for
// each byte, in the word loops that keep their values in registers.
func nonLetterBytes(x uint64) uint64 {
	y := x | ones*0x20
	d := y - ones*'a'
	return (d + ones*(0x80-26) | d) & hi
}

// letterBytes sets the high bit of each byte of x that is an ASCII
// letter, and no other bit, exact for each byte (unlike nonLetterBytes,
// exact only up to the first byte that is no letter); written out so
// that alnumBytes stays inline in skipMarker (+0.08 M a MB as a call).
func letterBytes(x uint64) uint64 {
	y := x | ones*0x20
	t := y & lo7
	geA := t + ones*(0x80-'a') // high bit: t >= 'a'
	gtZ := t + ones*(0x7F-'z') // high bit: t > 'z'
	return geA &^ gtZ &^ y & hi
}

// isLetterByte reports whether c is an ASCII letter: c|0x20 folds only
// 'A'–'Z' onto 'a'–'z'.
func isLetterByte(c byte) bool { return (c|0x20)-'a' < 26 }

// isURL reports whether s starts with a web address.
func isURL(s string) bool {
	for _, p := range []string{"http://", "https://", "www.", "HTTP://", "HTTPS://", "WWW."} {
		if len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}

// mayHold reports whether a sentence may hold a quantity: it has a digit,
// a fraction sign, or a word that can be a number ("twenty", "dozen",
// "threefold"; ordinals when ranks are asked for). Most sentences of prose
// have none, and skipping them spares the tokenizer and its look-ups.
//
// A known word that is no number ("the", "in", "for") does not make a
// sentence worth reading: tokenize would find no digit in it and
// hasNumberWord no number word, since the lexicon's number words are all
// ASCII letters and so whole runs here. The one exception is a token of
// seven bytes or more that ends in "fold" after a non-ASCII letter or an
// apostrophe ("Xéfold"), which hasNumberWord takes and numberish does not:
// a sentence with a known word and a run ending in "fold" is read, as
// before.
//
// Nor does a word merely shaped like "twice" or "threefold" ("these",
// "there", "trade", "scaffold"): numberish takes only "twice" itself and
// words ending in "fold" as hasNumberWord does. Such a word used to make
// the sentence read by itself, so it still does when a run ends in
// "fold": what the sentences skipped are, they always were.
func (s *scanner) mayHold(t string) bool {
	// Most sentences that hold a figure have a digit: look for one first,
	// before reading words.
	i := 0
	for ; i+8 <= len(t); i += 8 {
		if hasDigitByte(load8(t, i)) {
			return true
		}
	}
	for ; i < len(t); i++ {
		if t[i]-'0' < 10 {
			return true
		}
	}
	return s.mayHoldWords(t)
}

// mayHoldWords is mayHold of a sentence t with no digit: whether it has a
// fraction sign or a word that can be a number.
func (s *scanner) mayHoldWords(t string) bool {
	wordBits := &holdBits
	if s.ranks {
		wordBits = &holdOrOrdinalBits
	}
	known, shaped := false, false
	for i := 0; ; {
		ws, e := nextHeld(t, i, wordBits)
		if ws < 0 {
			return true // a vulgar fraction sign
		}
		if ws == len(t) {
			break
		}
		number, kn := numberish(t, ws, e, s.ranks)
		if number {
			return true
		}
		known = known || kn
		shaped = shaped || twiceOrFoldShape(t[ws:e])
		i = e
	}
	return (known || shaped) && foldRun(t)
}

// nextHeld returns the first run of ASCII letters t[ws:e] from i on that
// wordBits (holdBits, or holdOrOrdinalBits) passes by its length and
// first and last letters, numberish's own tests; ws = e = len(t) when
// there is none, and ws < 0 when a vulgar fraction sign comes first.
//
// It hops from word to word: the space after a word is passed with it,
// other bytes between words are read one at a time, a vulgar fraction's
// lead byte among them, and each run of letters is measured eight bytes
// at a time from its first letter, as tokenize measures a word. It calls nothing, so that its
// values stay in registers.
func nextHeld(t string, i int, wordBits *[33][32]uint32) (ws, e int) {
	n := len(t)
	_ = wordBits[0] // wordBits is checked for nil here, not at each word
	// Compared unsigned, i < n leaves t[i] no check of its own.
	for uint(i) < uint(n) {
		c := t[i]
		if g := holdGaps[c]; g != 0 {
			// Not a letter.
			if g == 2 && vulgarAt(t, i) {
				return -1, i
			}
			i++
			continue
		}
		ws := i
		// The run's end: lettersEnd, inline. t[ws:i+1] are letters; eight
		// more letters move i on by eight, so a long word's bytes are
		// read once, not measured again one by one from its second.
		// i >= 0 is tested so that the compiler proves load8's bounds,
		// where i+9 <= n left it two checks.
		for i >= 0 && i <= n-9 {
			if m := nonLetterBytes(load8(t, i+1)); m != 0 {
				i += 1 + bits.TrailingZeros64(m)>>3
				goto end
			}
			i += 8
		}
		for i++; uint(i) < uint(n) && holdGaps[t[i]] == 0; i++ {
		}
	end:
		if wordBits[min(uint(i-ws), 32)][c&31]&(1<<(t[i-1]&31)) != 0 {
			return ws, i
		}
		// Most words are followed by one space, which is no letter and
		// no fraction sign's lead byte: passed here, not by a turn of
		// the loop above.
		if i < n && t[i] == ' ' {
			i++
		}
	}
	return n, n
}

// holdGaps classes the bytes for mayHoldWords: 0 for an ASCII letter, 2
// for the lead byte of a vulgar fraction sign (vulgarAt), 1 for any other.
var holdGaps = func() (g [256]uint8) {
	for c := range g {
		if !isLetterByte(byte(c)) {
			g[c] = 1
		}
	}
	g[0xC2], g[0xE2] = 2, 2
	return g
}()

// loadTail returns the bytes of s from i to its end, fewer than eight
// (none when i is len(s)), the first lowest, and zero bytes past the end.
func loadTail(s string, i int) uint64 {
	var x uint64
	for k := len(s) - 1; k >= i; k-- {
		x = x<<8 | uint64(s[k])
	}
	return x
}

// vulgarAt reports whether a vulgar fraction sign starts at t[i], every
// sign of vulgar: ¼ ½ ¾ (C2 BC–BE) or one of U+2150–U+215F (E2 85 …;
// read as E2 85 and any byte, or none).
func vulgarAt(t string, i int) bool {
	if i+1 >= len(t) {
		return false
	}
	c, d := t[i], t[i+1]
	return c == 0xC2 && d >= 0xBC && d <= 0xBE || c == 0xE2 && d == 0x85
}

// foldRun reports whether a run of ASCII letters of t ends in "fold".
func foldRun(t string) bool {
	for k := 0; ; {
		e := strings.Index(t[k:], "fold")
		if e < 0 {
			return false
		}
		e += k + 4
		if e == len(t) || !isLetterByte(t[e]) {
			return true
		}
		k = e - 3
	}
}

// twiceOrFoldShape reports whether the run of ASCII letters w has the
// shape numberish once took for a number word without looking it up: five
// letters from t to e ("twice", "these"), or seven or more ending in d
// with f four from the end ("threefold", "scaffold").
func twiceOrFoldShape(w string) bool {
	n := len(w)
	f, l := w[0]|0x20, w[n-1]|0x20
	return n >= 7 && l == 'd' && (w[n-4]|0x20) == 'f' || n == 5 && f == 't' && l == 'e'
}

// numberishBits holds, for each word length up to 31, the pairs of first
// and last letters of the lexicon's number words (and of ordinals), as a
// filter before the look-up.
var numberishBits, ordinalBits [32][26]uint32

// holdBits is the filter of mayHold before numberish, by the length of a
// run of ASCII letters (32 for 32 and more, which none passes) and its
// first and last letters: numberishBits, and the shapes of "twice" and
// "…fold" (five letters from t to e, seven or more ending in d);
// holdOrOrdinalBits adds ordinalBits. A letter c of either case is read
// as c&31, 1 for 'a' to 26 for 'z', for the row and for the bit, so that
// no case is folded, no bound checked and no shift guarded.
var holdBits, holdOrOrdinalBits [33][32]uint32

func initNumberish() {
	initStarts()
	buildPackTable()
	buildPack16Table()
	for k, e := range lexicon {
		if len(k) >= 32 || !asciiLower(k) {
			continue
		}
		if e.class != wNone || e.flags&fMult != 0 {
			numberishBits[len(k)][k[0]-'a'] |= 1 << (k[len(k)-1] - 'a')
		}
		if e.flags&fOrdinal != 0 {
			ordinalBits[len(k)][k[0]-'a'] |= 1 << (k[len(k)-1] - 'a')
		}
	}
	for n := range numberishBits {
		for f := range numberishBits[n] {
			b := numberishBits[n][f] << 1 // bit l&31 for the last letter l
			if n >= 7 {
				b |= 1 << ('d' & 31)
			}
			if n == 5 && f == 't'-'a' {
				b |= 1 << ('e' & 31)
			}
			holdBits[n][f+1] = b
			holdOrOrdinalBits[n][f+1] = b | ordinalBits[n][f]<<1
		}
	}
}

// numberish reports whether the run of ASCII letters t[i:j] may be a
// number word, and known whether it is in the lexicon at all.
func numberish(t string, i, j int, ranks bool) (number, known bool) {
	w := t[i:j]
	n := len(w)
	if n >= 32 {
		return false, false
	}
	f, l := w[0]|0x20, w[n-1]|0x20
	if n >= 7 && w[n-4:] == "fold" || n == 5 && eqFold(w, "twice") {
		return true, false // "threefold", "twice", as hasNumberWord reads them
	}
	if numberishBits[n][f-'a']&(1<<(l-'a')) != 0 || ranks && ordinalBits[n][f-'a']&(1<<(l-'a')) != 0 {
		var x lexIndex
		if n <= 8 {
			x = lookupPacked(t, i, j) // no string to hash, and no branch on the word
		} else {
			x = lookupIndex(w)
		}
		e := &lexEntries[x] // lexEntries[0] is no word
		return e.class != wNone || e.flags&fMult != 0 || ranks && e.flags&fOrdinal != 0, lexKnown(x)
	}
	return false, false
}

func isDigits(text string, i, j, end int) bool {
	if j > end {
		return false
	}
	for ; i < j; i++ {
		if text[i] < '0' || text[i] > '9' {
			return false
		}
	}
	return true
}

func (s *scanner) hasNumberWord() bool {
	for i := range s.toks {
		t := &s.toks[i]
		if lx := t.lex(); lx != nil && (lx.class != wNone || lx.flags&fOrdinal != 0 && s.ranks || lx.flags&fMult != 0) {
			return true
		}
		if t.kind == tWord && t.end-t.start >= 7 && s.text[t.end-4:t.end] == "fold" || t.end-t.start == 5 && eqFold(s.text[t.start:t.end], "twice") {
			return true
		}
	}
	return false
}

// lex returns the lexicon entry of t, or nil.
func (t *token) lex() *lexEntry { return lexAtIndex(t.lx) }
