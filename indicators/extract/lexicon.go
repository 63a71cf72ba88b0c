package extract

import (
	"iter"
	"maps"
	"math/bits"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// wordClass says what a known word can be inside a quantity.
type wordClass uint8

const (
	wNone    wordClass = iota
	wDigit             // one … nine (and zero)
	wTeen              // ten … nineteen
	wTens              // twenty … ninety
	wHundred           // hundred
	wScale             // thousand, million, bn …
	wDozen             // dozen
	wFrac              // a denominator: half, third(s), quarter(s), fifth(s) …
)

// word flags.
const (
	fMonth = 1 << iota
	fWeekday
	fOrdinal  // first, second, third (also a denominator for "third")
	fDown     // a verb or noun of decrease
	fUp       // a verb or noun of increase
	fPercent  // percent, pct
	fCurrency // a currency name after a number: dollars, yen
	fFunction // a capitalised word that does not make "X 12" an identifier
	fIdent    // Section, Article, Title …: "Section 301" is a name
	fTime     // a.m., p.m., hours: "6 pm"
	fNotNoun  // a word that follows a number but is not a counted noun
	fDateWord // year-like companions: "fiscal", "FY", "calendar"
	fMult     // a verb of multiplying: "doubled", "tripling", "halved" (val is the factor, or 0 for a half)
	fMove     // a verb of a change with no direction: "went", "moved" (lexicon.MoveVerbs)
)

type lexEntry struct {
	class wordClass
	val   int64 // the number a number word stands for; the denominator of wFrac
	scale indicators.Scale
	flags uint32
	cur   string // ISO 4217 code of a currency word
}

// lexicon maps lower-case words to what they mean; the tokenizer looks each
// word up once.
var lexicon = map[string]*lexEntry{}

func addWords(e lexEntry, words ...string) {
	for _, w := range words {
		old := lexicon[w]
		if old == nil {
			old = &lexEntry{}
			lexicon[w] = old
		}
		if old.class == wNone {
			old.class, old.val, old.scale = e.class, e.val, e.scale
		}
		if e.cur != "" {
			old.cur = e.cur
		}
		old.flags |= e.flags
	}
}

func init() {
	numberClass := map[vocab.NumberClass]wordClass{vocab.Digit: wDigit, vocab.Teen: wTeen, vocab.Tens: wTens, vocab.Hundred: wHundred, vocab.Dozen: wDozen}
	for _, n := range vocab.Numbers {
		addWords(lexEntry{class: numberClass[n.Class], val: n.Value}, n.Word)
	}
	for _, sc := range vocab.Scales {
		if len(sc.Word) > 1 {
			addWords(lexEntry{class: wScale, scale: indicators.Scale(sc.Exp / 3)}, sc.Word)
		}
	}
	for _, f := range vocab.Fractions {
		addWords(lexEntry{class: wFrac, val: f.Denominator}, f.Word)
	}
	addWords(lexEntry{flags: fOrdinal}, vocab.Ordinals...)
	addWords(lexEntry{flags: fOrdinal}, "twentieth", "hundredth", "last", "next", "previous")
	addWords(lexEntry{flags: fMonth}, monthWords()...)
	addWords(lexEntry{flags: fWeekday}, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
	for _, d := range vocab.Directions {
		switch {
		case d.Change && d.Up:
			addWords(lexEntry{flags: fUp}, d.Word)
		case d.Change:
			addWords(lexEntry{flags: fDown}, d.Word)
		}
	}
	addWords(lexEntry{flags: fMove}, vocab.MoveVerbs...)
	addWords(lexEntry{flags: fPercent}, "percentage")
	for _, w := range vocab.UnitWords {
		if w.Unit == "percent" && asciiLower(w.Word) {
			addWords(lexEntry{flags: fPercent}, w.Word)
		}
	}
	for _, c := range vocab.CurrencyNames {
		if !strings.ContainsAny(c.Name, " .") {
			addWords(lexEntry{flags: fCurrency, cur: c.Code}, c.Name)
		}
	}
	addWords(lexEntry{flags: fFunction}, "in", "about", "over", "some", "nearly", "by", "with", "of", "for", "to", "and", "the",
		"only", "just", "all", "around", "approximately", "almost", "more", "less", "fewer", "up", "roughly", "between", "from",
		"than", "at", "under", "exactly", "another", "those", "these", "this", "that", "each", "its", "their", "our", "total",
		"a", "an", "since", "until", "after", "before", "during", "on", "as", "is", "are", "was", "were", "be", "it", "we",
		"they", "he", "she", "there", "here", "some", "nearly", "estimated", "above", "below", "least", "most", "many", "much",
		"well", "close", "almost", "upwards", "excess", "through", "reach", "reached", "reaching", "totalling", "totaling",
		"but", "or", "nor", "yet", "so", "if", "while", "when", "where", "what", "which", "who", "how", "why", "also", "then",
		"today", "yesterday", "now", "still", "already", "every", "per", "than", "via", "across", "against", "among", "including",
		"although", "though", "because", "whilst", "once", "whether", "overall", "however", "meanwhile")
	addWords(lexEntry{flags: fIdent}, vocab.NumberedNames...)
	addWords(lexEntry{flags: fTime}, "am", "pm", "a.m", "p.m", "hrs", "gmt", "utc", "est", "edt", "pst", "pdt", "cet", "jst", "o'clock", "o’clock")
	addWords(lexEntry{flags: fNotNoun}, "was", "is", "has", "its", "this", "as", "us", "yes", "less", "across", "always", "perhaps",
		"plus", "minus", "thus", "unless", "whereas", "towards", "besides", "afterwards", "does", "goes", "his", "hers", "ours",
		"theirs", "yours", "whose", "was", "news", "series", "means", "ways", "sometimes", "nevertheless", "regardless", "progress",
		"access", "address", "success", "process", "business", "status", "focus", "bonus", "census", "consensus", "basis", "analysis",
		"crisis", "emphasis", "gas", "bus", "plus", "mass", "class", "less", "unless", "times", "fold", "percent", "percents",
		"degrees", "basis", "its", "includes", "remains", "represents", "accounts", "comes", "makes", "takes", "gives",
		"seems", "becomes", "stands", "holds", "puts", "gets", "aims", "seeks", "commits", "pledges",
		"meets", "brings", "rises", "falls", "grows",
		"jumps", "climbs", "surges", "reaches", "exceeds", "tops", "totals", "equals", "amounts", "hits",
		"ranks", "ends", "begins", "starts", "continues", "shows", "says", "finds", "whereas",
		"respectively", "apiece", "each", "annually", "yearly", "alike", "afterward", "thereafter", "nationwide", "worldwide")
	for _, m := range vocab.Multipliers {
		v := int64(m.Factor) // 0 for a half
		addWords(lexEntry{flags: fMult, val: v}, m.Forms...)
	}
	addWords(lexEntry{}, ordinalSuffixes...)
	addWords(lexEntry{flags: fDateWord}, "fy", "fiscal", "calendar", "cy", "q1", "q2", "q3", "q4", "h1", "h2")
	addRoleWords()
	buildLexTable()
	initRoles()
	initRuneTokens()
	initAfterDirections()
	initNumberish()
	initGrammarWords()
	initYearWords()
	initHedgeWords()
	initPrevCue()
}

// lexTable is an open-addressing hash table over the lexicon, faster than
// a Go map for the one look-up the tokenizer makes per word.
var (
	lexTable []lexSlot
	lexMask  uint32
	lexShift uint32   // 32 less the bits of the slot numbers
	lexEmpty lexIndex // the entry of "", if any
)

type lexSlot struct {
	key string
	i   lexIndex // 0 for an empty slot
}

// A lexIndex is a word's entry in lexEntries, or 0 for none: an index
// rather than a pointer keeps tokens free of pointers, so the garbage
// collector neither scans them nor puts write barriers on their appends.
type lexIndex uint16

// lexEntries holds the lexicon's entries by lexIndex; lexEntries[0] is
// unused.
var lexEntries []lexEntry

// lexBits holds, for each word length up to 24, the pairs of first and
// last letters of the lexicon's keys that start and end with a letter a-z:
// a filter before the look-up.
var lexBits [25][26]uint32

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

func buildLexTable() {
	for k := range lexKeys() {
		if n := len(k); n > 0 && n <= 24 && k[0]-'a' < 26 && k[n-1]-'a' < 26 {
			lexBits[n][k[0]-'a'] |= 1 << (k[n-1] - 'a')
		}
	}
	n := 1
	for n < 4*(len(lexicon)+len(roleWords)) {
		n <<= 1
	}
	if len(lexicon)+len(roleWords) >= 1<<16-1 {
		panic("extract: the lexicon outgrows lexIndex")
	}
	lexTable, lexShift = make([]lexSlot, n), uint32(32-bits.TrailingZeros(uint(n)))
	lexMask = uint32(n - 1)
	lexEntries = make([]lexEntry, 1, len(lexicon)+len(roleWords)+1)
	add := func(k string, e lexEntry) {
		lexEntries = append(lexEntries, e)
		if k == "" {
			lexEmpty = lexIndex(len(lexEntries) - 1)
			return
		}
		for i := lexHash(k); ; i = (i + 1) & lexMask {
			if lexTable[i].i == 0 {
				lexTable[i] = lexSlot{k, lexIndex(len(lexEntries) - 1)}
				break
			}
		}
	}
	for k, e := range lexicon {
		add(k, *e)
	}
	// The role words come last, with no entry: lexKnown tells them apart.
	lexRoleStart = lexIndex(len(lexEntries))
	for _, k := range slices.Sorted(maps.Keys(roleWords)) {
		add(k, lexEntry{})
	}
}

// lexKeys yields the keys lookupIndex finds: the lexicon's and the role
// words.
func lexKeys() iter.Seq[string] {
	return func(yield func(string) bool) {
		for k := range lexicon {
			if !yield(k) {
				return
			}
		}
		for k := range roleWords {
			if !yield(k) {
				return
			}
		}
	}
}

// lexHash returns the home slot of the non-empty word w in lexTable: a
// multiplicative hash of its length and of its first, middle and last
// bytes folded to lower case, which spares reading the whole word.
func lexHash(w string) uint32 {
	n := len(w)
	k := uint32(lowerByte(w[0])) | uint32(lowerByte(w[n/2]))<<8 | uint32(lowerByte(w[n-1]))<<16 | uint32(n)<<24
	return (k * 0x9E3779B1) >> lexShift
}

// lookup returns the lexicon entry of the word w, folding ASCII letters to
// lower case without allocating, or nil; words longer than 24 bytes are
// unknown.
func lookup(w string) *lexEntry {
	return lexAtIndex(lookupIndex(w))
}

// lexAtIndex returns the entry of i, or nil for 0 and for a role word.
func lexAtIndex(i lexIndex) *lexEntry {
	if !lexKnown(i) {
		return nil
	}
	return &lexEntries[i]
}

// lookupIndex is lookup giving the entry's lexIndex, or 0.
func lookupIndex(w string) lexIndex {
	if len(w) > 24 {
		return 0
	}
	if len(w) > 0 {
		f, l := lowerByte(w[0])-'a', lowerByte(w[len(w)-1])-'a'
		if f < 26 && l < 26 && lexBits[len(w)][f]&(1<<l) == 0 {
			return 0 // most words of prose: no key of this length starts and ends so
		}
	}
	if len(w) == 0 {
		return lexEmpty
	}
	for i := lexHash(w); ; i = (i + 1) & lexMask {
		sl := &lexTable[i]
		if sl.i == 0 {
			return 0
		}
		if len(sl.key) == len(w) && eqFold(w, sl.key) {
			return sl.i
		}
	}
}

// A measureForm is a way documents write a physical unit after a number.
type measureForm struct {
	words  []string // lower-case words as tokens: "degrees", "celsius"
	symbol string   // the Unit name: "degC"
	exp    int      // a power of ten folded into the value ("Mt" is 10^6 t)
	// cased are the words as the lexicon spells them, for a prefixed
	// unit (exp > 0), whose case counts: "Mt" is a megatonne, "mt" and
	// "MT" are not.
	cased []string
	// mass says the measure is a mass (lexicon.Measure.IsMass), which a
	// form of lexicon.PerCubicMetre after makes a concentration: "22 µg
	// m-3".
	mass bool
	// concOnly says the form is a mass's symbol read in running text only
	// before such a form ("0.5 mg/m3", "6 ng m-3"), not by itself ("5 mg").
	concOnly bool
}

// measureForms lists the unit phrases of the lexicon's measures as
// lower-case tokens, longest first, so that for each first word the matcher
// tries "degrees celsius" before "degrees".
var measureForms = func() []measureForm {
	var out []measureForm
	seen := map[string]bool{}
	add := func(spelling, symbol string, exp int, mass, concOnly bool) {
		ws := vocab.Words(strings.ToLower(spelling))
		key := strings.Join(ws, " ")
		if len(ws) == 0 || seen[key] {
			return
		}
		seen[key] = true
		f := measureForm{words: ws, symbol: symbol, exp: exp, mass: mass, concOnly: concOnly}
		if exp != 0 {
			f.cased = vocab.Words(spelling)
		}
		out = append(out, f)
	}
	for _, m := range vocab.Measures {
		mass := m.IsMass()
		if m.InProse {
			add(m.Symbol, m.Symbol, 0, mass, false)
			add(m.Display, m.Symbol, 0, mass, false)
		}
		add(m.Plural, m.Symbol, 0, mass, false)
		add(m.Singular, m.Symbol, 0, mass, false)
		for _, sp := range m.Spellings {
			add(sp, m.Symbol, 0, mass, false)
		}
	}
	for _, m := range vocab.Measures {
		if m.IsMass() && !m.InProse {
			// "0.5 mg/m3", "6 ng m-3": a mass's symbol only before "per
			// cubic metre" (after the forms above, which win).
			add(m.Symbol, m.Symbol, 0, true, true)
			add(m.Display, m.Symbol, 0, true, true)
		}
	}
	for _, m := range vocab.ScaledMeasures {
		add(m.Spelling, m.Symbol, m.Exp, false, false)
	}
	slices.SortStableFunc(out, func(a, b measureForm) int { return len(b.words) - len(a.words) })
	return out
}()

// measureByFirst indexes measureForms by their first word.
var measureByFirst = func() map[string][]int {
	m := map[string][]int{}
	for i, f := range measureForms {
		m[f.words[0]] = append(m[f.words[0]], i)
	}
	return m
}()

// measuresFirst returns the measure forms whose first word is w in lower
// case (strings.ToLower), as measureByFirst gives them. The unit after
// most figures is no measure: an ASCII word whose length and first letter
// no key has is turned away before it is lowered and hashed.
func measuresFirst(w string) ([]int, bool) {
	if w != "" && !measureFirstFilter.mayFirst(len(w), lowerByte(w[0])) && isASCII(w) {
		return nil, false
	}
	idx, ok := measureByFirst[strings.ToLower(w)]
	return idx, ok
}

// isASCII reports whether w has only ASCII bytes, which strings.ToLower
// changes one for one.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// currencySigns are the lexicon's signs and prefixes written before an
// amount, in lower case.
var currencySigns = func() map[string]string {
	m := map[string]string{}
	for _, c := range vocab.CurrencySigns() {
		m[c.Sign] = c.Code
	}
	return m
}()

// hedge is a hedge phrase of the lexicon as tokens, with its qualifier.
type hedge struct {
	words []string
	q     indicators.Qualifier
	lxs   []lexIndex // the wordLx of each word, set by initHedgeWords
	prev  lexIndex   // the wordLx of the word before the last, or 0
}

// hedges are the lexicon's hedges in its order: the matcher takes the first
// that ends right before a figure.
var hedges = func() []hedge {
	var out []hedge
	for _, h := range vocab.Hedges {
		q, err := indicators.ParseQualifier(h.Qualifier)
		if err != nil {
			panic("extract: lexicon hedge " + h.Phrase + ": " + err.Error())
		}
		out = append(out, hedge{words: vocab.Words(h.Phrase), q: q})
	}
	return out
}()

// hedgesByFirst and hedgesByLast index hedges by their first and last
// word: the hedges a token can start or end, in the lexicon's order. No
// word of a hedge is longer than maxHedgeWord bytes.
var hedgesByFirst, hedgesByLast = func() (first, last map[string][]int) {
	first, last = map[string][]int{}, map[string][]int{}
	for n, h := range hedges {
		if len(h.words) == 0 {
			panic("extract: lexicon hedge with no words")
		}
		for _, w := range h.words {
			if len(w) > maxHedgeWord {
				panic("extract: lexicon hedge word " + w + " is too long")
			}
		}
		first[h.words[0]] = append(first[h.words[0]], n)
		last[h.words[len(h.words)-1]] = append(last[h.words[len(h.words)-1]], n)
	}
	return first, last
}()

const maxHedgeWord = 24

// hedgeFirstByLx and hedgeLastByLx hold hedgesByFirst and hedgesByLast by
// the lexIndex of their word, for the words that are lexicon keys as
// written; hedgesByWord asks them for a token with an entry.
var hedgeFirstByLx, hedgeLastByLx [][]int

func initHedgeWords() {
	byLx := func(index map[string][]int) [][]int {
		t := make([][]int, len(lexEntries))
		for w, ns := range index {
			if _, ok := lexicon[w]; ok || roleWords[w] {
				t[lookupIndex(w)] = ns
			}
		}
		return t
	}
	hedgeFirstByLx, hedgeLastByLx = byLx(hedgesByFirst), byLx(hedgesByLast)
	for n := range hedges {
		h := &hedges[n]
		h.lxs = make([]lexIndex, len(h.words))
		for k, w := range h.words {
			h.lxs[k] = wordLx(w)
		}
		if len(h.lxs) > 1 {
			h.prev = h.lxs[len(h.lxs)-2]
		}
	}
	for n := range trailingHedgeWords {
		h := &trailingHedgeWords[n]
		h.joinLx, h.wordLx = wordLx(h.join), wordLx(h.word)
	}
}

// The scanner's look-up tables, built from the lexicon's lists.
var (
	// currencyAdjectives maps a country word before a currency name
	// ("japanese yen") to the currency.
	currencyAdjectives = func() map[string]string {
		m := map[string]string{}
		for _, a := range vocab.CurrencyAdjectives {
			m[a.Word] = a.Code
		}
		return m
	}()
	// prefixCurrency maps an abbreviation written before an amount ("Rs",
	// as written) to the currency.
	prefixCurrency = func() map[string]string {
		m := map[string]string{}
		for _, p := range vocab.CurrencyPrefixes {
			m[p.Prefix] = p.Code
		}
		return m
	}()
	// signFirst and prefixFirst hold the first bytes of currencySigns
	// and prefixCurrency: most tokens start neither.
	signFirst   = firstBytes(currencySigns)
	prefixFirst = firstBytes(prefixCurrency)
	// lowerCodes are the codes also read before an amount when not in
	// capitals.
	lowerCodes = wordSet(vocab.LowerCodes)
	// durations are the nouns of a span of time, singular.
	durations = wordSet(vocab.Durations)
	// fractionalNouns are the counted nouns besides spans of time that are
	// counted in fractions: "58.06 points".
	fractionalNouns = wordSet(vocab.FractionalNouns)
	// rateNouns are the singular nouns of a rate's population.
	rateNouns = wordSet(vocab.RateNouns)
	// ageNouns are the spans of time an age is written in: "45-year-old".
	ageNouns = wordSet(vocab.AgeNouns)
)

// prefixCode is prefixCurrency[w], with no map asked of a word whose first
// byte starts no key (prefixFirst): wordBefore asks it of most words
// before a number.
func prefixCode(w string) string {
	if w == "" || !prefixFirst[w[0]] {
		return ""
	}
	return prefixCurrency[w]
}

// dollarCode is currencySigns["$"], the sign most figures start with.
var dollarCode = currencySigns["$"]

// signCode is currencySigns[w], with the dollar sign's code kept
// (dollarCode) rather than looked up at each figure.
func signCode(w string) string {
	if w == "$" {
		return dollarCode
	}
	return currencySigns[w]
}

func firstBytes(m map[string]string) *[256]bool {
	var b [256]bool
	for k := range m {
		if k != "" {
			b[k[0]] = true
		}
	}
	return &b
}

func wordSet(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// afterDirections holds, by lexIndex, the direction of a word that gives
// one after the figure ("a 5 percent increase"; vocab.DirectionWord.After):
// Up, Down, or NoDirection for the other entries. afterOutside are the
// such words the lexicon has no entry for ("loss"), compared as strings.
var (
	afterDirections []indicators.Direction
	afterOutside    []string
)

func initAfterDirections() {
	afterDirections = make([]indicators.Direction, len(lexEntries))
	for _, d := range vocab.Directions {
		if !d.After {
			continue
		}
		dir := indicators.Down
		if d.Up {
			dir = indicators.Up
		}
		if i := lookupIndex(d.Word); i != 0 {
			afterDirections[i] = dir
		} else {
			afterOutside = append(afterOutside, d.Word)
		}
	}
}

// numberWord returns the value of a number word from one to hi ("five"
// 5, "Eleven" 11), read from the lexicon's number words: the one list
// every rule that counts years, months or weeks in words reads.
func numberWord(w string, hi int) (int, bool) {
	n, ok := vocab.LookupNumber(strings.ToLower(w))
	if !ok || n.Plural || n.Class == vocab.Dozen || n.Value < 1 || n.Value > int64(hi) {
		return 0, false
	}
	return int(n.Value), true
}

// smallNumber returns the value of a number word from one to ten.
func smallNumber(w string) (int, bool) { return numberWord(w, 10) }

// smallNumberAlt returns the alternation of smallNumber's words for a
// regular expression, "one|two|…|ten", in the lexicon's order.
func smallNumberAlt() string {
	var ws []string
	for _, n := range vocab.Numbers {
		if _, ok := smallNumber(n.Word); ok {
			ws = append(ws, n.Word)
		}
	}
	return strings.Join(ws, "|")
}

// joinBroken joins words a line break hyphenated ("posi- tion"), as
// text from a PDF keeps them, for matching cue words: the lexicon's one
// rule, lexicon.JoinHyphenBreaks, which keeps a prefix's hyphen
// ("de-registrations").
func joinBroken(s string) string { return vocab.JoinHyphenBreaks(s) }
