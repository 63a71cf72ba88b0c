package indicators

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file turns the one vocabulary of figures (package
// indicators/internal/lexicon) into the types of this package, once.

// hedgePhrase is a hedge of the lexicon with its qualifier.
type hedgePhrase struct {
	words string
	q     Qualifier
	verb  bool
}

// hedgePhrases are the lexicon's hedges, longest first, so that the first
// that starts a figure is the longest ("slightly more than" before "more
// than").
var hedgePhrases = func() []hedgePhrase {
	var out []hedgePhrase
	for _, h := range lexicon.Hedges {
		q, err := ParseQualifier(h.Qualifier)
		if err != nil {
			panic("indicators: lexicon hedge " + h.Phrase + ": " + err.Error())
		}
		out = append(out, hedgePhrase{h.Phrase, q, h.Verb})
	}
	slices.SortStableFunc(out, func(a, b hedgePhrase) int { return len(b.words) - len(a.words) })
	return out
}()

// qualifierWords are the words Format puts before a figure, by qualifier.
var qualifierWords = func() [numQualifiers]string {
	var out [numQualifiers]string
	for _, h := range lexicon.Hedges {
		if h.Written {
			q, _ := ParseQualifier(h.Qualifier)
			out[q] = h.Phrase
		}
	}
	return out
}()

// scaleNames are the names of the scales: the lexicon's first word for
// each power of ten.
var scaleNames = func() [numScales]string {
	var out [numScales]string
	for _, s := range lexicon.Scales {
		if i := s.Exp / 3; s.Exp%3 == 0 && i > 0 && i < int(numScales) && out[i] == "" {
			out[i] = s.Word
		}
	}
	return out
}()

// scaleWords maps every scale word and abbreviation to its scale.
var scaleWords = func() map[string]Scale {
	m := map[string]Scale{}
	for _, s := range lexicon.Scales {
		m[s.Word] = Scale(s.Exp / 3)
	}
	return m
}()

// scaleSuffixes are the scale words that may follow a number in a stated
// figure, glued ("1.2bn") or after a space, longest first.
var scaleSuffixes = func() []string {
	var out []string
	for _, s := range lexicon.Scales {
		out = append(out, s.Word)
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}()

// currencySign is a sign written before an amount.
type currencySign struct{ sign, code string }

// currencyPrefixes are the lexicon's currency signs, longest first ("us$"
// before "$").
var currencyPrefixes = func() []currencySign {
	var out []currencySign
	for _, c := range lexicon.CurrencySigns() {
		out = append(out, currencySign{c.Sign, c.Code})
	}
	slices.SortStableFunc(out, func(a, b currencySign) int { return len(b.sign) - len(a.sign) })
	return out
}()

// writtenSigns are the signs Format writes before an amount, by code.
var writtenSigns = func() map[string]string {
	m := map[string]string{}
	for _, c := range lexicon.CurrencySigns() {
		if c.Written {
			m[c.Code] = c.Sign
		}
	}
	for code, w := range lexicon.WrittenCodes {
		m[code] = w + " " // "SDR 178.4 million"
	}
	return m
}()

// currencyNames are the currency words written after a number.
var currencyNames = func() map[string]string {
	m := map[string]string{}
	for _, c := range lexicon.CurrencyNames {
		m[c.Name] = c.Code
	}
	return m
}()

// currencyAdjectives are the country words read before a currency name
// (lexicon.CurrencyAdjectives), by word.
var currencyAdjectives = func() map[string]string {
	m := map[string]string{}
	for _, a := range lexicon.CurrencyAdjectives {
		m[a.Word] = a.Code
	}
	return m
}()

// adjectiveCurrency reads a currency named with its country's word, in
// lower case: "japanese yen", "pakistani rupees", "british pounds". The
// name is one that counts without a scale word (so not "won" or "real"),
// or "pounds" of the pound sterling; the country's word says the currency,
// as the extractor reads it.
func adjectiveCurrency(w string) (string, bool) {
	adj, name, ok := strings.Cut(w, " ")
	code, isAdj := currencyAdjectives[adj]
	if !ok || !isAdj {
		return "", false
	}
	c, isName := lexicon.LookupCurrencyName(name)
	if !isName || strings.ContainsAny(name, " .") || c.Ambiguous && !(name == "pounds" && code == "GBP") {
		return "", false
	}
	return code, true
}

// lowerCaseCodes are currency codes written in lower case that are no
// English word, so "usd" is a mistake for "USD".
var lowerCaseCodes = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.CurrencyCodeWords() {
		m[w] = true
	}
	return m
}()

// Plural returns the plural of an English noun; in a phrase only the last
// word changes ("nuclear plant" → "nuclear plants"). The irregular nouns
// are those of the one singular/plural table.
func Plural(noun string) string { return lexicon.Plural(noun) }

// UnitPlural returns the plural of a unit's counted noun as every output
// and the drafter write it: the plural is on the head noun of an of-kind
// unit ("courses of treatment", lexicon.OfKindHeads), and a noun whose
// last word is a plural already, as a catalog may write a unit of a
// table's "'000" ("thousand trips"), is kept as it is ("1,485 thousand
// trips", never "thousand tripses", s15-visitors). It is the one rule;
// report/internal/wording reads it.
func UnitPlural(name string) string {
	if _, _, ok := strings.Cut(name, " of "); !ok || Plural(name) == name {
		last := name[strings.LastIndexByte(name, ' ')+1:]
		if lexicon.MadePlural(last) {
			return name
		}
	}
	return Plural(name)
}

// Singular returns the singular of an English noun, undoing Plural: of the
// candidates English spelling allows it returns the first whose Plural is
// the word, so that Plural(Singular(Plural(x))) == Plural(x) always holds.
// A word that is no plural Plural makes is returned as it is.
func Singular(noun string) string { return lexicon.Singular(noun) }

// DirectionWord returns the first word of quote that says a change goes
// the way d does ("reduce", "rose", "below"), or "" if none does; Verify
// wants one in the quote of an indicator with a direction.
func DirectionWord(quote string, d Direction) string {
	if d == NoDirection || d == Either {
		return ""
	}
	for w := range strings.FieldsFuncSeq(lowerASCII(foldString(quote)), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if dw, ok := lexicon.LookupDirection(w); ok && dw.Up == (d == Up) {
			return w
		}
	}
	return ""
}

// eitherWayWord reports whether the quote has a word of better or worse
// (lexicon.DirectionWord.Either: "improvement", "deterioration"), which
// says a change with either direction: Verify takes it for the word
// DirectionWord finds of one way.
func eitherWayWord(quote string) bool {
	for w := range strings.FieldsFuncSeq(lowerASCII(foldString(quote)), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if dw, ok := lexicon.LookupDirection(w); ok && dw.Either {
			return true
		}
	}
	return false
}

// HedgeBefore returns the hedge phrase, in the lexicon's spelling, that
// ends the text before a figure ("accounting for nearly " gives "nearly"),
// or "": "over" after a noun that takes it as its object's preposition
// ("jurisdiction over ", lexicon.OverObjectNouns) is none, nor "up to"
// after a verb of movement (lexicon.GoalAfterVerb), and so is a
// comparison after a sentence that states a figure (statesBefore). Verify reports a quote that hedges a figure the indicator states
// as exact.
func HedgeBefore(before string) string {
	b := strings.TrimRight(lowerASCII(foldString(before)), " ")
	for _, h := range hedgePhrases {
		if strings.HasSuffix(b, h.words) {
			k := len(b) - len(h.words)
			if k == 0 || !isAlnum(b[k-1]) || !isAlnum(h.words[0]) {
				if h.words == "over" && slices.Contains(lexicon.OverObjectNouns, lastWord(b[:k])) {
					continue // "jurisdiction over": a preposition, no hedge
				}
				if lexicon.GoalAfterVerb(h.words, lastWord(b[:k])) {
					continue // "went up to 67 million items": where the figure went
				}
				if slices.Contains(lexicon.ComparandHedges, h.words) && statesBefore(b[:k]) {
					return "" // "was 13.5 percent, higher than 12.8 percent": the other side of a comparison
				}
				return h.words
			}
		}
	}
	return ""
}

// statesBefore reports whether the sentence that ends with s, in lower
// case, states what a comparison (lexicon.ComparandHedges) sets the
// figure after it against: a figure, or a year that dates its subject
// ("the 2021 prevalence was 11.4 percent, higher than", "the 2021 share
// was lower than", "2021's share was higher than"), written after an
// article, demonstrative or possessive ("Scotland's 2021 share"). A year that only says when ("in 2022 unemployment was
// higher than 7 percent") is no such side: the figure after is a bound.
func statesBefore(s string) bool {
	if i := strings.LastIndex(s, ". "); i >= 0 {
		s = s[i+2:]
	}
	f := strings.Fields(s)
	for i, w := range f {
		w = strings.Trim(w, lexicon.PhraseEnds+"\"'")
		if !strings.ContainsAny(w, "0123456789") {
			continue
		}
		if y, ok := strings.CutSuffix(w, "'s"); ok && yearWord(y) {
			return true // "2021's share": a dated subject
		}
		if !yearWord(w) {
			return true // a figure: "11.4", "$5"
		}
		if i > 0 && (slices.Contains(lexicon.Articles, f[i-1]) || slices.Contains(lexicon.Demonstratives, f[i-1]) || slices.Contains(lexicon.Possessives, f[i-1]) ||
			strings.HasSuffix(f[i-1], "'s")) {
			return true // "the 2021 share", "Scotland's 2021 share": a dated subject
		}
	}
	return false
}

// yearWord reports whether w is a year ("2022") or a year across two
// ("2021/22", "2021-22").
func yearWord(w string) bool {
	if len(w) > 4 && (w[4] == '/' || w[4] == '-') && (len(w) == 7 || len(w) == 9) && strings.Trim(w[5:], "0123456789") == "" {
		w = w[:4]
	}
	y, err := strconv.Atoi(w)
	return err == nil && len(w) == 4 && y >= 1800 && y < 2100
}

// LeadingHedge returns the hedge phrase of the lexicon that starts a
// figure as stated, as the document writes it ("under" of "under four
// years", "More than" of "More than 300 schools"), or "": HedgeBefore read
// from the other end.
//
// A hedge a verb of multiplying below one turns ("more than" of "more
// than halved", a factor under 0.5) is no hedge of the figure as held:
// "", so that a reader is shown the figure's own qualifier ("less than
// 0.5 times"), never "more than 0.5 times".
func LeadingHedge(stated string) string {
	if _, turned := turnedHedge(stated); turned {
		return ""
	}
	f := strings.Fields(stated)
	for k := min(len(f)-1, 3); k >= 1; k-- {
		words := strings.Join(f[:k], " ")
		if strings.EqualFold(HedgeBefore(words+" "), words) {
			return words
		}
	}
	return ""
}

// unitWords maps the lexicon's words for percent, percentage points and
// times to their units.
var unitWords = func() map[string]Unit {
	m := map[string]Unit{}
	for _, w := range lexicon.UnitWords {
		u, err := ParseUnit(w.Unit)
		if err != nil {
			panic("indicators: lexicon unit word " + w.Word + ": " + err.Error())
		}
		m[w.Word] = u
	}
	return m
}()

// nounEnder holds lexicon.NounEnders: the words that end a counted noun's
// head.
var nounEnder = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range lexicon.NounEnders {
		m[w] = true
	}
	return m
}()

// CurrencySign returns the sign Format writes before an amount of u's
// currency ("$" for USD, "€", "£", "¥", and "SDR " for the code documents
// write in place of XDR, lexicon.WrittenCodes), or "" when Format writes
// the ISO code instead ("CHF 5 million") or u is no currency.
func CurrencySign(u Unit) string {
	if u.Kind != Money {
		return ""
	}
	return writtenSigns[u.Currency.String()]
}

// currencyNamed reports whether quote names the currency code: the code
// itself ("INR"), a sign or prefix written for it ("₹", "Rs", "$" for any
// dollar), or its name ("rupees"). A catalog may give a currency to a bare
// number ("2,817 crore") only where its quote says which currency it is.
func currencyNamed(quote, code string) bool {
	if hasWord(quote, code) {
		return true
	}
	for _, c := range currencyPrefixes {
		if (c.code == code || c.sign == "$" && dollarCodes[code]) && strings.Contains(strings.ToLower(quote), c.sign) {
			return true
		}
	}
	for _, c := range lexicon.CurrencyPrefixes {
		if c.Code == code && hasWord(quote, c.Prefix) {
			return true
		}
	}
	low := strings.ToLower(quote)
	for name, c := range currencyNames {
		if c == code && hasWord(low, name) {
			return true
		}
	}
	return false
}

// rateNamed reports whether quote says its figure is a rate per span
// ("seasonally adjusted annual rate" for "year"), in the words of
// lexicon.RatePhrases.
func rateNamed(quote, span string) bool {
	low := strings.ToLower(quote)
	for _, w := range lexicon.RatePhrases[span] {
		if hasWord(low, w) {
			return true
		}
		for i := 0; ; { // "per day2": a footnote's mark glued to the rate
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			i += k + len(w)
			if i-len(w) > 0 && isAlnum(low[i-len(w)-1]) || lexicon.MarkerAt(low[i:]) == 0 {
				continue
			}
			return true
		}
	}
	return false
}

// quotedList writes the first n words quoted and joined: "\"annual
// rate\", \"annualized\", \"saar\"".
func quotedList(words []string, n int) string {
	var q []string
	for _, w := range words[:min(n, len(words))] {
		q = append(q, strconv.Quote(w))
	}
	return strings.Join(q, ", ")
}

// hasWord reports whether s holds w with no letter or digit glued to it
// on either side.
func hasWord(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, after := j == 0 || !isAlnum(s[j-1]), j+len(w) == len(s) || !isAlnum(s[j+len(w)])
		if before && after {
			return true
		}
		i = j + 1
	}
}

// measureNamed reports whether quote names the measure with symbol sym:
// its symbol, display form, singular, plural or another spelling, as a
// word ("4.37 billion bushels, up 35 million" names bu) or glued to a
// number ("about 0.13°F per decade" names degF).
func measureNamed(quote, sym string) bool {
	m, ok := LookupMeasure(sym)
	if !ok {
		return false
	}
	if first, _, _ := strings.Cut(m.Singular, " "); !lexicon.PowerWords[first] {
		// "cubic yards" names a volume, no length in yards:
		// a quote's area or volume is no length of its words.
		quote = powerMeasure.ReplaceAllString(quote, " ")
	}
	low := strings.ToLower(quote)
	for _, w := range append([]string{m.Symbol, m.Display, m.Singular, m.Plural}, m.Aliases...) {
		if w != "" && (hasWord(quote, w) || len(w) > 3 && hasWord(low, strings.ToLower(w)) || gluedToDigit(quote, w)) {
			return true
		}
	}
	return false
}

// powerMeasure matches a word of area or volume and the word after it
// ("cubic yards", "sq ft"), one unit (lexicon.PowerWords).
var powerMeasure = regexp.MustCompile(`(?i)\b(?:square|sq|cubic|cu)\.? +[a-z]+`)

// powerMeasureIn returns the first area or volume in quote that names
// sym, a length, with a word of area or volume before it ("cubic yards"
// for "yd"), as the lexicon holds it, and its name ("cubic yard"); ok
// false if none.
func powerMeasureIn(quote, sym string) (words, power string, ok bool) {
	for _, w := range powerMeasure.FindAllString(quote, -1) {
		m, found := LookupMeasure(strings.Join(strings.Fields(strings.ToLower(w)), " "))
		if !found {
			continue
		}
		head := strings.Fields(w)
		if measureNamed(head[len(head)-1], sym) {
			return w, m.Singular, true
		}
	}
	return "", "", false
}

// gluedToDigit reports whether w stands right after a digit in s and ends
// a word there: "°F" in "0.13°F per decade", "MW" in "500MW".
func gluedToDigit(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j > 0 && s[j-1] >= '0' && s[j-1] <= '9' && (j+len(w) == len(s) || !isAlnum(s[j+len(w)])) {
			return true
		}
		i = j + 1
	}
}

// lastWord returns the last word of b (lower case), without the spaces
// after it.
func lastWord(b string) string {
	b = strings.TrimRight(b, " ")
	i := strings.LastIndexByte(b, ' ')
	return b[i+1:]
}

// ExtremeWords returns the words and phrases that name the highest or
// lowest value a figure reached within a span ("peak", "lowest", "record
// high"), lower case, as the lexicon holds them (lexicon.Extremes).
func ExtremeWords() []string { return slices.Clone(lexicon.Extremes) }

// RelativeWords returns the words that open a relative clause after a
// noun ("that", "who", "where"), lower case (lexicon.RelativeWords).
func RelativeWords() []string { return slices.Clone(lexicon.RelativeWords) }

// statedAs is ParseStatedAs reading a word broken at its hyphen as one
// (lexicon.JoinHyphenBreaks), where that reads: Load and Verify read a stated
// figure so, and stated keeps the document's characters.
func statedAs(s string, m MeasureKind) (Quantity, Unit, error) {
	if j := lexicon.JoinHyphenBreaks(s); j != s {
		if q, u, err := ParseStatedAs(j, m); err == nil {
			return q, u, nil
		}
	}
	return ParseStatedAs(s, m)
}
