package indicators

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Style says how Format writes a figure. The zero Style is the prose of a
// fact sheet: "26 to 28 percent", "nearly $350 billion", "3 to 5 countries".
type Style struct {
	// Compact writes ranges with an en dash and percent as a sign:
	// "26–28%", "3–5 countries", "$1–2 billion"; without Words,
	// percentage points as "pp".
	Compact bool
	// NoHedge leaves out the qualifier word (for an axis label, say, where a
	// marker shows the hedge instead).
	NoHedge bool
	// Sign is the sign an amount of money is written with where the
	// figures it is read beside write their currency so ("HK$" where a
	// Hong Kong document's "$24.0 billion" is labelled "HK$24.0 billion",
	// CurrencyLabel; SignWritten); "" writes Format's own sign or code.
	Sign string
	// Words writes a measure in the words of its name, as every output a
	// reader reads does (MeasureWords): "241,553 tonnes", "500
	// megawatts", never "241,553 t" beside the document's "tonnes"; and
	// percentage points so, never "pp", in the Compact style too.
	// Without it a measure is written by its symbol ("241,553 t"), as
	// the data write it.
	Words bool
}

// MeasureWords returns the words of measure unit u, one table for every
// output: the singular or plural name of the lexicon's measure ("tonne",
// "tonnes"; "hectare", "hectares"; "megawatt-hours"), whichever way the
// document wrote it ("t", "ha", "MWh"), so that a book, a chart and a
// slide beside one another say one word; ok is false for a unit that is
// no measure claimbook knows.
//
// The rule: a figure that claimbook writes is in words; a document's
// own text (its stated figure, its quote) is shown as it is where it is
// shown as the document's (the Stated and Quote columns), and the
// catalog's code ("t") is the data's (the Unit column, JSON, CSV).
func MeasureWords(u Unit, plural bool) (string, bool) {
	if u.Kind != Measure {
		return "", false
	}
	m, ok := LookupMeasure(u.Name)
	if !ok || m.Singular == "" || m.Plural == "" {
		return "", false
	}
	if plural {
		return m.Plural, true
	}
	return m.Singular, true
}

// SignWritten returns the sign that labels, figures of unit u as
// documents write them, all write u's currency with as CurrencyLabel
// names it ("HK$" of "$24.0 billion" in HKD), so that a figure Format
// writes of them reads as they do: "about HK$23.9 billion", never "about
// HKD 23.9 billion" beside "HK$23.9 billion" (s18k-construction); "" if
// u is no money, a label writes the code ("HKD 24.0 billion"), or labels
// differ.
func SignWritten(u Unit, labels []string) string {
	if u.Kind != Money || len(labels) == 0 {
		return ""
	}
	sign, ok := lexicon.DollarSigns[u.Currency.String()]
	if !ok || writtenSigns[u.Currency.String()] != "" {
		return ""
	}
	for _, l := range labels {
		if !strings.Contains(CurrencyLabel(l, u), sign) {
			return ""
		}
	}
	return sign
}

// ordinalWords are the ordinal words, from "first" at index 1.
var ordinalWords = append([]string{""}, lexicon.Ordinals...)

// Format writes q, a quantity in unit u, the way a document would: "$279
// billion", "nearly $350 billion", "26 to 28 percent" (compact: "26–28%"),
// "3 to 5 countries" (compact "3–5 countries"), "2 ℃", "second-largest",
// "6 to 10 times", a rate with "per" ("450,000 barrels per day", "$200
// per month"), an age with "old" ("45 years old"). Values are shown in their scale with the digits kept.
// A negative figure has one convention, an ASCII hyphen-minus first, before
// any currency sign: "-$11.0 billion", "-0.3 percent", "nearly -350 MW";
// a compact range with a negative end is written with "to" ("-5 to 5%"),
// since "-5–-3%" has a dash too many. ParseStated reads all of these back.
func Format(q Quantity, u Unit, st Style) string {
	if u.Kind == Rank && !q.IsRange() {
		n := q.Value.Shift(-q.Scale.Exp())
		if n == (Decimal{Coef: 1}) && (lexicon.Superlative(u.Name) || firstPlace(u.Name)) {
			return u.Name // "the world's largest spender": first, as the document says it
		}
		w := ordinal(n)
		if u.Name != "" {
			w += "-" + u.Name
		}
		return w
	}
	// A negative figure has its minus sign first, before any currency sign:
	// "-$11.0 billion", "-0.3 percent".
	num := func(d Decimal) string {
		return strings.TrimPrefix(d.Shift(-q.Scale.Exp()).Text(","), "-")
	}
	sign := func(d Decimal) string {
		if d.Sign() < 0 {
			return "-"
		}
		return ""
	}
	scale := ""
	if q.Scale != NoScale {
		scale = " " + q.Scale.String()
	}
	var b strings.Builder
	if !st.NoHedge && q.Qualifier.Word() != "" {
		b.WriteString(q.Qualifier.Word())
		b.WriteByte(' ')
	} else if !st.NoHedge && q.IsRange() && q.Hedge != "" {
		b.WriteString(q.Hedge) // "an estimated $55 billion to $93 billion"
		b.WriteByte(' ')
	}
	prefix, suffix := unitAffixes(q, u, st)
	lo, hi := sign(q.Low)+prefix+num(q.Low), sign(q.High)+num(q.High)
	switch {
	case q.IsRange() && st.Compact && (q.Low.Sign() < 0 || q.High.Sign() < 0):
		// "-5–5%" would read as a dash too many: write "to".
		if u.Kind == Money {
			hi = sign(q.High) + prefix + num(q.High)
		}
		b.WriteString(lo + " to " + hi + scale + suffix)
	case q.IsRange() && st.Compact:
		b.WriteString(lo + "–" + hi + scale + suffix)
	case q.IsRange() && u.Kind == Money:
		b.WriteString(lo + scale + " to " + sign(q.High) + prefix + num(q.High) + scale)
	case q.IsRange():
		b.WriteString(lo + " to " + hi + scale + suffix)
	default:
		b.WriteString(sign(q.Value) + prefix + num(q.Value) + marginWritten(q) + scale + suffix) // "41.2 ± 0.8 million birds"
	}
	if u.Per != "" {
		b.WriteString(" per " + u.Per) // "450,000 barrels per day"
	}
	return b.String()
}

// unitAffixes returns what goes before and after the number for u.
func unitAffixes(q Quantity, u Unit, st Style) (prefix, suffix string) {
	// "1 country", but "1.0 days": one is the digit 1 as written.
	one := q.Value == Decimal{Coef: 1} || q.Value == Decimal{Coef: -1}
	plural := q.IsRange() || q.Scale != NoScale || !one
	switch u.Kind {
	case Money:
		code := u.Currency.String()
		if st.Sign != "" {
			return st.Sign, ""
		}
		if s, ok := writtenSigns[code]; ok {
			return s, ""
		}
		return code + " ", ""
	case Percent:
		if st.Compact {
			return "", "%"
		}
		return "", " percent"
	case PercentagePoint:
		if st.Compact && !st.Words {
			return "", " pp" // in words where a reader reads it, as the Unit cell beside it says (s28y-gpappts)
		}
		if plural {
			return "", " percentage points"
		}
		return "", " percentage point"
	case Count:
		if q.Noun != "" && q.Noun == lexicon.AgePhrase(u.Name) && !plural {
			return "", " " + u.Name + " " + lexicon.AgeOld // "1 year old"
		}
		if q.Noun != "" {
			return "", " " + q.Noun // "1,500 U.S. jobs", "45 years old"
		}
		if plural {
			return "", " " + Plural(u.Name)
		}
		return "", " " + u.Name
	case Times:
		return "", " times"
	case Measure:
		if w, ok := MeasureWords(u, plural); ok && st.Words {
			return "", " " + w
		}
		if m, ok := LookupMeasure(u.Name); ok {
			if _, clash := scaleWords[lowerASCII(m.Display)]; clash {
				// "5 m" would read as five million: write the name.
				if plural {
					return "", " " + m.Plural
				}
				return "", " " + m.Singular
			}
			return "", " " + m.Display
		}
		return "", " " + u.Name
	}
	return "", ""
}

// digitOrdinal is an ordinal written in digits at the start of s: "7th",
// "2nd", "23rd" (the suffix as written, in lower case).
type digitOrdinalNum struct {
	digits, suffix string
	value          int64
}

// digitOrdinal reads an ordinal in digits and a two-letter suffix at the
// start of s (lower case), followed by a space or a hyphen.
func digitOrdinal(s string) (digitOrdinalNum, bool) {
	i := 0
	for i < len(s) && i < 6 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i+2 > len(s) || s[0] == '0' {
		return digitOrdinalNum{}, false
	}
	suf := s[i : i+2]
	if !slices.Contains(lexicon.OrdinalSuffixes, suf) {
		return digitOrdinalNum{}, false
	}
	if i+2 < len(s) && s[i+2] != ' ' && s[i+2] != '-' {
		return digitOrdinalNum{}, false
	}
	v, err := strconv.ParseInt(s[:i], 10, 64)
	if err != nil {
		return digitOrdinalNum{}, false
	}
	return digitOrdinalNum{digits: s[:i], suffix: suf, value: v}, true
}

func ordinal(d Decimal) string {
	if d.Exp == 0 && d.Coef >= 0 && int(d.Coef) < len(ordinalWords) {
		return ordinalWords[d.Coef]
	}
	return ordinalDigits(d.String())
}

// ordinalDigits writes the ordinal of the digits s: "1st", "12th", "23rd".
func ordinalDigits(s string) string {
	suf := lexicon.OrdinalSuffixes[3] // "th"
	if d := s[len(s)-1] - '0'; d >= 1 && d <= 3 && !strings.HasSuffix(s, "11") && !strings.HasSuffix(s, "12") && !strings.HasSuffix(s, "13") {
		suf = lexicon.OrdinalSuffixes[d-1] // "st", "nd", "rd"
	}
	return s + suf
}

// normalizeStated folds the typography of documents: non-breaking and thin
// spaces to spaces, en and em dashes to hyphens, "per cent" to "percent",
// runs of spaces to one; letters to lower case.
func normalizeStated(s string) string {
	var b strings.Builder
	space := false
	rs := collapseSpaces([]rune(strings.TrimSpace(s)))
	for i, r := range rs {
		switch {
		case spacedGroup(rs, i):
			continue // "405 000": a space between groups of digits, as WHO and the UN write them
		case lexicon.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case lexicon.IsDash(r) || r == lexicon.Minus:
			r = '-'
		}
		space = false
		b.WriteRune(r)
	}
	return scaledMeasures(perCent(b.String()))
}

// perCent writes "per cent" (or "Per cent") as "percent" where it ends a
// word: "5 per cent" is 5 percent, "1.2°C per century" a rate per century.
func perCent(s string) string {
	for _, w := range [...]string{"per cent", "Per cent"} {
		for off := 0; ; {
			i := strings.Index(s[off:], w)
			if i < 0 {
				break
			}
			i += off
			if end := i + len(w); end < len(s) && isLetterByte(s[end]) {
				off = end
				continue
			}
			s = s[:i] + "percent" + s[i+len(w):]
			off = i + len("percent")
		}
	}
	return s
}

// scaledMeasureSpellings are lexicon.ScaledMeasures, longest first, with
// the scale word each is read with: "Mt CO2-e" is "million tCO2e".
var scaledMeasureSpellings = func() []struct{ spelling, as string } {
	var out []struct{ spelling, as string }
	for _, m := range lexicon.ScaledMeasures {
		out = append(out, struct{ spelling, as string }{m.Spelling, Scale(m.Exp/3).String() + " " + m.Symbol})
	}
	slices.SortStableFunc(out, func(a, b struct{ spelling, as string }) int { return len(b.spelling) - len(a.spelling) })
	return out
}()

// scaledMeasures rewrites a prefixed unit of mass right after a number as
// its scale word and unit, the way a stated figure is read: "532.0 Mt
// CO2-e" reads as "532.0 million tCO2e", "12 kt" as "12 thousand t". The
// spelling's case counts ("mt" is no megatonne), and it must end the text
// or be followed by a character that is no letter or digit.
func scaledMeasures(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			continue
		}
		at := i + 1
		if at < len(s) && s[at] == ' ' {
			at++
		}
		for _, m := range scaledMeasureSpellings {
			end := at + len(m.spelling)
			if !strings.HasPrefix(s[at:], m.spelling) {
				continue
			}
			if end < len(s) {
				if r, _ := utf8.DecodeRuneInString(s[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
					continue
				}
			}
			s = s[:i+1] + " " + m.as + s[end:]
			i += len(m.as)
			break
		}
	}
	return s
}

// collapseSpaces turns each run of two or more spaces into one plain
// space, so that a group of thousands is judged as the text will be
// written back ("0  000" is "0 000", a group, before it is read).
func collapseSpaces(rs []rune) []rune {
	out := make([]rune, 0, len(rs))
	for i, r := range rs {
		if lexicon.IsSpace(r) && i > 0 && lexicon.IsSpace(rs[i-1]) {
			out[len(out)-1] = ' '
			continue
		}
		out = append(out, r)
	}
	return out
}

// spacedGroup reports whether the space at rs[i] separates groups of
// thousands, as the extractor reads them: it follows a digit, and three
// digits and no fourth follow it; a plain space counts before "000", before
// a group that another group follows ("405 000", "1 234 567") or after one
// to three digits ("22 500"; "in 2014 300 people" is two numbers, and so
// is "10 100-metre"), a no-break or thin space always ("40 500").
func spacedGroup(rs []rune, i int) bool {
	group := func(at int) bool {
		if at < 1 || at+3 >= len(rs)+1 || !lexicon.IsSpace(rs[at]) || rs[at] == '\n' || rs[at-1] < '0' || rs[at-1] > '9' {
			return false
		}
		k := at - 1
		for k >= 0 && rs[k] >= '0' && rs[k] <= '9' {
			k--
		}
		if k >= 0 && unicode.IsLetter(rs[k]) {
			return false // "A0 000": digits ending a word start no number
		}
		for k := at + 1; k <= at+3; k++ {
			if k >= len(rs) || rs[k] < '0' || rs[k] > '9' {
				return false
			}
		}
		return at+4 >= len(rs) || rs[at+4] < '0' || rs[at+4] > '9'
	}
	if !group(i) {
		return false
	}
	if rs[i] != ' ' || string(rs[i+1:i+4]) == "000" || group(i+4) {
		return true
	}
	// One group after a plain space, "22 500" as Eurostat's pages are
	// often copied: one number after one to three digits (four are a
	// year: "in 2014 300 people"), unless a hyphen or slash follows ("the
	// top 10 100-metre times").
	lead := 0
	for k := i - 1; k >= 0 && rs[k] >= '0' && rs[k] <= '9'; k-- {
		lead++
	}
	if lead <= 3 && !(i+4 < len(rs) && (rs[i+4] == '-' || rs[i+4] == '/')) && !(i >= 4 && group(i-4)) {
		return true
	}
	// A later group of the same number: the group before it was one too.
	return i >= 4 && group(i-4) && spacedGroup(rs, i-4)
}

// lowerASCII lowers ASCII letters only, byte by byte, so byte offsets
// stay the same, even in text that is not valid UTF-8 (strings.ToLower
// changes the length of "Ⱥ", and strings.Map of an invalid byte).
func lowerASCII(s string) string {
	i := 0
	for i < len(s) && (s[i] < 'A' || s[i] > 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	b := []byte(s)
	for ; i < len(b); i++ {
		if c := b[i]; c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// ParseStated reads a figure written the way documents write it — the
// inverse of Format: "$279 billion", "nearly $350 billion", "26 to 28
// percent", "26–28%", "3-5 countries", "between 20 and 25 percent", "from
// $200 to $4 million", "2 ℃",
// "second largest", "US$1.2bn", "6 to 10 times". It returns the quantity at
// full magnitude, with the hedge, scale and digits as written, and the unit.
// Direction is not part of a stated figure ("reduce ... by") and is left
// NoDirection.
//
// A minus sign (hyphen-minus or U+2212; an en dash is read as one where a
// sign can stand) must touch the number or the currency sign before it:
// "-$11.0 billion", "−$11.0 billion", "$-11.0 billion", "−5–5%",
// "between -2 and -1 percent". After a number a dash is a range's, so "3-5"
// is 3 to 5 and "-5--3" is −5 to −3. ParseStated refuses, saying what to
// write, whatever it could only read by folding: letters glued to a number
// other than a scale word, measure symbol or word for percentage points
// ("12abc", but not "1.2bn", "500MW", "55.3°F per decade" or "5.3pp"),
// exponents ("1e308"), hexadecimal, octal and binary ("0x10", "0o17",
// "0b101"), leading zeros ("017"), a range whose low end is above
// its high end ("5 to −5"), a negative count, a plus sign, a sign apart
// from its number, and a minus sign before zero.
//
// ParseStated reads what a figure says, as the extractor's mentions write
// it: "57,100 per day" is 57,100 per day. A catalog's figure is read by
// ParseStatedAs, which also refuses a rate per a span of time that names
// nothing counted, as verify does: a catalog built in Go reads its
// figures with ParseStatedAs to verify as one loaded from YAML.
func ParseStated(s string) (Quantity, Unit, error) {
	q, u, err := parseStated(normalizeStated(s))
	// parseStated reads lower case; units whose case matters (MW, mW) are
	// looked up in the original.
	if err != nil {
		return Quantity{}, Unit{}, fmt.Errorf("indicators: cannot read figure %q: %v", s, err)
	}
	return q, keepAbbreviation(s, u), nil
}

// ParseStatedAs is ParseStated for the figure of an indicator of measure
// m, which decides three things ParseStated cannot: a net figure of
// counted things (measure flow or change: "net migration of -43,000
// British citizens", "a net change of -16,000 jobs") may be below zero,
// while a count or a stock of things may not; a plus sign is dropped from
// a level ("+327,000" is 327,000) but means a rise only for a change; and
// a share or a change stated as a proportion in words ("one in five", "1
// in 8", "over a third", "fell by a third") is its percent (20 percent,
// 12.5 percent, more than 33.3… percent, 33.3… percent), so that every
// output draws and compares it with the shares and changes stated in
// percent, while stated keeps the document's words (HeldAs).
func ParseStatedAs(s string, m MeasureKind) (Quantity, Unit, error) {
	q, u, err := parseStated(normalizeStated(s))
	if err == nil {
		u = keepAbbreviation(s, u)
		if msg := uncountedRate(s, u); msg != "" {
			return Quantity{}, Unit{}, fmt.Errorf("indicators: cannot read figure %q: %s", s, msg)
		}
		q, u = HeldAs(s, q, u, m)
		return q, u, nil
	}
	var neg *negativeCountError
	var plus *plusSignError
	var br *bracketError
	switch {
	case errors.As(err, &br):
		err = errors.New(bracketAdvice(s))
	case errors.As(err, &neg) && m.Nets():
		return neg.q, neg.u, nil
	case errors.As(err, &neg) && neg.fix == "":
		err = errors.New("a count cannot be negative: write both ends without a sign (only a net figure, measure: flow or change, may be below zero: net migration, a net change in jobs)")
	case errors.As(err, &neg):
		err = fmt.Errorf("a count cannot be negative: write %q, and for a fall write measure: change with direction: down (only a net figure, measure: flow or change, may be below zero: net migration, a net change in jobs)", neg.fix)
	case errors.As(err, &plus) && m == Change:
		// A rise written with its sign ("+2.3%") is kept signed, as a
		// fall is ("-0.1%"): its sign says which way, and it takes no
		// direction (signedDirection).
		if q, u, err2 := ParseStatedAs(strings.Replace(s, "+", "", 1), m); err2 == nil {
			return q, u, nil
		}
		err = fmt.Errorf("a plus sign before a figure is not kept: write the figure without it (%q) and add direction: up", plus.fix)
	case errors.As(err, &plus):
		err = fmt.Errorf("a plus sign before a figure is not kept: write the figure without it (%q); a %s above zero needs no sign, and no direction (direction is for measure: change)", plus.fix, m)
	}
	return Quantity{}, Unit{}, fmt.Errorf("indicators: cannot read figure %q: %v", s, err)
}

// cutSuffixFold is strings.CutSuffix with suffix in lower case and s in
// any case.
func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && lowerASCII(s[len(s)-len(suffix):]) == suffix {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// uncountedRate says what to write for a stated figure that is a rate per
// a span of time with no counted thing ("57,100 per day"), or "": the
// figure counts something per day, and the unit must name it. A pure
// number per a population ("8.4 per 100,000 population") is a rate of its
// own.
func uncountedRate(s string, u Unit) string {
	fig, ok := uncountedRateFigure(s, u)
	if !ok {
		return ""
	}
	return fmt.Sprintf("a rate per %s counts something, and %q names nothing counted: write stated: %q and unit: the thing counted per %s (unit: attendance per %s); one \"per %s\" in the quote may serve two figures (\"57,100 and 56,400 per day\")", u.Per, s, fig, u.Per, u.Per, u.Per)
}

// uncountedRateFigure returns the figure of s, a rate per a span of time
// that names nothing counted ("57,100 per day"), without the words of its
// rate ("57,100"), and whether s is one.
func uncountedRateFigure(s string, u Unit) (string, bool) {
	if u.Kind != NoUnit || u.Name != "" || lexicon.RatePhrases[u.Per] == nil {
		return "", false
	}
	fig := strings.TrimSpace(s)
	for _, ph := range lexicon.RatePhrases[u.Per] {
		// "57,100 per day", "41 a week", "12 daily": the figure without
		// the words of its rate, which the unit says.
		if f, ok := cutSuffixFold(fig, " "+ph); ok {
			fig = strings.TrimSpace(f)
			break
		}
	}
	return fig, true
}

// countedRateAdvice says what to write for a stated rate per a span of
// time that names nothing counted ("878 per day") whose quote counts a
// noun with its figure ("878 cancers were diagnosed each day",
// s20n-cancer): that noun per the span, or "".
func countedRateAdvice(stated, quote string) string {
	_, u, err := parseStated(normalizeStated(stated))
	if err != nil {
		return ""
	}
	fig, ok := uncountedRateFigure(stated, u)
	if !ok {
		return ""
	}
	w := countedNoun(quote, fig)
	if w == "" {
		return ""
	}
	return fmt.Sprintf("a rate per %s counts something, and the quote counts %q: write stated: %q and unit: %s per %s", u.Per, w, fig, Singular(w), u.Per)
}

// HeldAs returns the figure the model holds for q and u, read by
// ParseStated from stated, once its measure m is known, as ParseStatedAs
// holds it: a share or a change stated as a proportion in words is its
// percent ("one in five" is 20 percent; "fell by a third" is a change of
// 33.3… percent, exact as the word is, or hedged as it is: "over a third");
// any other figure is q and u. A drafter that reads a figure before it
// decides the measure holds it so.
func HeldAs(stated string, q Quantity, u Unit, m MeasureKind) (Quantity, Unit) {
	if (m == Share || m == Change) && proportionInWords(stated, q, u) {
		return proportionAsPercent(q), PercentUnit
	}
	return q, u
}

// proportionInWords reports whether stated s, read as q and u, is a
// proportion written in words or as "N in M" (ProportionInWords).
func proportionInWords(s string, q Quantity, u Unit) bool {
	if !u.IsZero() {
		return false
	}
	if lo, hi := q.Ends(); lo < 0 || hi > 1 {
		return false
	}
	return proportionWritten(normalizeStated(s))
}

// ProportionInWords reports whether the stated figure s is a proportion
// written in words or as "N in M": a pure number from 0 to 1 whose
// number, after any hedge, is words ("one in five", "over a third",
// "half") or a count in a number ("1 in 8", "2 in 3", "1 out of 8"). A
// figure in digits is not, hedged or not ("0.2", "about 0.2"). It is the
// one reading of the model (ParseStatedAs holds such a share as its
// percent) and the book (which shows it to the digits a proportion needs:
// "66.7%" for "2 in 3").
func ProportionInWords(s string) bool {
	q, u, err := parseStated(normalizeStated(s))
	return err == nil && proportionInWords(s, q, u)
}

// proportionWritten reports whether the number of s, after any hedge, is
// in words or is "N in M" (ProportionInWords).
func proportionWritten(s string) bool {
	p := &statedParser{s: lowerASCII(s), orig: s}
	for _, h := range hedgePhrases {
		if p.hedge(h.words) {
			break
		}
	}
	if p.s != "" && p.s[0] >= 'a' && p.s[0] <= 'z' {
		// "one in five", "a third", "half"; but a whole number in words
		// with nothing after it counts things ("only one in Northern
		// Ireland" is one local area, stated "one"), and is no proportion.
		w := *p
		if d, _, ok := w.numberWords(); ok && d.Exp >= 0 && strings.TrimSpace(w.s) == "" {
			return false
		}
		return true
	}
	lo, sc, code, err := p.signedNumber()
	if err != nil || sc != NoScale || code != "" {
		return false
	}
	_, ok := p.ratioOf(lo, false)
	return ok
}

// proportionAsPercent returns the proportion q as its percent, digits and
// hedge kept: "one in five" (0.2) is 20 percent, "over a third" more than
// 33.3333… percent.
func proportionAsPercent(q Quantity) Quantity {
	if q.IsRange() {
		q.Low, q.High = q.Low.Shift(2), q.High.Shift(2)
	} else {
		q.Value = q.Value.Shift(2)
	}
	return q
}

// A negativeCountError is ParseStated's refusal of a negative figure of
// counted things, which ParseStatedAs takes for a net figure.
type negativeCountError struct {
	q   Quantity
	u   Unit
	fix string // the figure without its sign, as Format writes it; "" for a range
}

func (e *negativeCountError) Error() string {
	if e.fix == "" {
		return "a count cannot be negative: write both ends without a sign"
	}
	return fmt.Sprintf("a count cannot be negative: write %q, and for a fall add direction: down", e.fix)
}

// A plusSignError is ParseStated's refusal of a plus sign before a figure;
// ParseStatedAs says what to write for the measure.
type plusSignError struct{ fix string } // the figure without the sign

func (e *plusSignError) Error() string {
	return fmt.Sprintf("a plus sign before a figure is not kept: write the figure without it (%q), and for a rise add direction: up", e.fix)
}

type statedParser struct {
	s    string // the rest, ASCII letters in lower case
	orig string // the whole input as written
	// plus says a number was written with a plus right after its digits,
	// before any scale word: "1,000+ staff", "US$ 600+ million".
	plus bool
	// mark says a letter of lexicon.GluedSubunits was glued to the
	// number's digits: "5p", "50c".
	mark bool
}

// cased returns the rest as written.
func (p *statedParser) cased() string { return p.orig[len(p.orig)-len(p.s):] }

func (p *statedParser) skipSpace() { p.s = strings.TrimLeft(p.s, " ") }

// word consumes w (a whole word or phrase) if p starts with it.
func (p *statedParser) word(w string) bool {
	if !strings.HasPrefix(p.s, w) {
		return false
	}
	rest := p.s[len(w):]
	if rest != "" {
		r, _ := utf8.DecodeRuneInString(rest)
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return false
		}
	}
	p.s = rest
	p.skipSpace()
	return true
}

// magnitude consumes an order of magnitude and the "of" after it: "tens of
// thousands of", "hundreds of millions of", "thousands of", "hundreds of",
// "dozens of". It returns the lower bound and its scale.
func (p *statedParser) magnitude() (Decimal, Scale, bool) {
	save := p.s
	plural := func() (Scale, bool) {
		for _, w := range scaleSuffixes {
			if sc := scaleWords[w]; len(w) > 2 && strings.HasSuffix(w, "s") && p.word(w) {
				return sc, true
			}
		}
		return NoScale, false
	}
	// what ends the phrase: "of" and what it counts, or nothing ("tens of
	// thousands")
	end := func() bool { return p.s == "" || p.word("of") && p.s != "" }
	switch {
	case p.word("tens") && p.word("of"):
		if sc, ok := plural(); ok && end() {
			return Decimal{Coef: 10, Exp: int32(sc.Exp())}, sc, true
		}
	case p.word("hundreds") && p.word("of"):
		at := p.s
		if sc, ok := plural(); ok && end() {
			return Decimal{Coef: 100, Exp: int32(sc.Exp())}, sc, true
		}
		if p.s = at; p.s != "" {
			return Decimal{Coef: 100}, NoScale, true
		}
	case p.word("dozens") && p.word("of") && p.s != "":
		return Decimal{Coef: 12}, NoScale, true
	default:
		if sc, ok := plural(); ok && p.word("of") && p.s != "" {
			return Decimal{Coef: 1, Exp: int32(sc.Exp())}, sc, true
		}
	}
	p.s = save
	return Decimal{}, NoScale, false
}

// IsOrderOfMagnitude reports whether stated is written as an order of
// magnitude ("tens of thousands of jobs", "hundreds of millions of
// dollars", "dozens of people"), which ParseStated reads as the range up
// to ten times its lower bound: ends the words imply rather than state.
func IsOrderOfMagnitude(stated string) bool {
	p := &statedParser{s: lowerASCII(stated), orig: stated}
	_, _, ok := p.magnitude()
	return ok
}

// toBeforeDigit consumes a "to" glued to the high end of a range ("2
// to10000"), as the extractor reads it.
func (p *statedParser) toBeforeDigit() bool {
	if len(p.s) > 2 && strings.HasPrefix(p.s, "to") && p.s[2] >= '0' && p.s[2] <= '9' {
		p.s = p.s[2:]
		return true
	}
	return false
}

// article consumes an article between a hedge and a figure in digits
// ("more than an 80% jump", "over a $5 billion rise"): the document's
// grammar, kept in stated as written, not in the hedge. Before a word it
// is the number's own ("more than a third", "over a million").
func (p *statedParser) article() {
	for _, a := range []string{"an ", "a "} {
		if rest, ok := strings.CutPrefix(p.s, a); ok && rest != "" && (rest[0] >= '0' && rest[0] <= '9' || strings.ContainsAny(rest[:1], "$£€")) {
			p.s = rest
			return
		}
	}
}

// hedge consumes the hedge phrase h (lower case) if p starts with it: a
// phrase that ends in a letter must end a word ("over" but not "overall");
// one that ends in a sign may touch the number ("~5", "approx.5").
func (p *statedParser) hedge(h string) bool {
	if !strings.HasPrefix(p.s, h) {
		return false
	}
	if c := h[len(h)-1]; c >= 'a' && c <= 'z' {
		return p.word(h)
	}
	p.s = p.s[len(h):]
	p.skipSpace()
	return true
}

// currency consumes a currency prefix and returns its code.
func (p *statedParser) currency() string {
	for _, c := range lexicon.CurrencyPrefixes {
		// "Rs 500", "Rs. 500", "Rs.500", "KSh 50", as written (case counts).
		if rest, ok := strings.CutPrefix(p.cased(), c.Prefix); ok {
			rest = strings.TrimPrefix(rest, ".")
			if r := strings.TrimLeft(rest, " "); r != "" && r[0] >= '0' && r[0] <= '9' {
				p.s = p.s[len(p.s)-len(r):]
				return c.Code
			}
		}
	}
	for _, c := range currencyPrefixes {
		if strings.HasPrefix(p.s, c.sign) {
			p.s = p.s[len(c.sign):]
			p.skipSpace()
			return c.code
		}
	}
	for code, w := range lexicon.WrittenCodes {
		if len(p.s) > len(w) && p.s[len(w)] == ' ' && strings.HasPrefix(p.cased(), w) {
			p.s = p.s[len(w)+1:]
			return code
		}
	}
	if len(p.s) > 4 && p.s[3] == ' ' || len(p.s) > 3 && p.s[3] >= '0' && p.s[3] <= '9' {
		if u, err := MoneyUnit(p.cased()[:3]); err == nil {
			p.s = p.s[3:]
			p.skipSpace()
			return u.Currency.String()
		}
	}
	return ""
}

// dropBaseModifier returns the words of a rate's base without
// lexicon.BaseModifier where it stands before the noun, after a number or
// first: "100,000 U.S. residents" is "100,000 residents", "U.S. household"
// "household". ParseStated reads a stated figure so, and ParseUnit asks
// for the base without it.
func dropBaseModifier(words []string) []string {
	i := 0
	if len(words) > 0 && isPerNumber(words[0]) {
		i = 1
	}
	if i+1 < len(words) && strings.EqualFold(words[i], lexicon.BaseModifier) {
		return slices.Delete(slices.Clone(words), i, i+1)
	}
	return words
}

// slashBase consumes the base of a rate written after a slash right after
// a figure or its unit word ("$47/b", "$2.64/gallon", "16 cents/gal") and
// returns it as a catalog writes it, a short form spelt out
// (lexicon.RateBaseAbbreviations: "barrel", "gallon"); "" when no slash
// and letter follow.
func (p *statedParser) slashBase() (string, error) {
	if len(p.s) < 2 || p.s[0] != '/' || !isLetterByte(p.s[1]) {
		return "", nil
	}
	i := 1
	for i < len(p.s) && (isLetterByte(p.s[i]) || p.s[i] >= '0' && p.s[i] <= '9') {
		i++
	}
	w := p.s[1:i]
	if i < len(p.s) && p.s[i] != ' ' && p.s[i] != ',' && p.s[i] != ')' {
		return "", fmt.Errorf("unexpected %q after the amount: write the base of a rate as one word after the slash, like \"$47/barrel\"", p.cased())
	}
	p.s = strings.TrimLeft(p.s[i:], " ")
	if full, ok := lexicon.RateBaseAbbreviations[w]; ok {
		w = full
	}
	return w, checkPer(w)
}

// subunit consumes a word for a currency's hundredth after a figure
// ("cents", "pence", "euro cents"; lexicon.Subunits) or its mark
// (lexicon.GluedSubunits: a letter glued, "5p", "50c", a sign glued or
// apart, "50 ¢"), the longest that matches.
func (p *statedParser) subunit() (lexicon.Subunit, bool) {
	p.skipSpace()
	var best lexicon.Subunit
	for _, sub := range slices.Concat(lexicon.Subunits, lexicon.GluedSubunits) {
		if !p.mark && slices.Contains(lexicon.GluedSubunits, sub) && isLetterByte(sub.Word[0]) {
			continue // "5 p", "0 c": a letter apart from the number is a noun
		}
		rest, ok := strings.CutPrefix(p.s, sub.Word)
		if ok && (rest == "" || rest[0] == ' ' || rest[0] == '/') && len(sub.Word) > len(best.Word) {
			best = sub
		}
	}
	if best.Word == "" {
		return best, false
	}
	p.s = p.s[len(best.Word):]
	return best, true
}

// gluedSubunit reports whether run, the letters glued to the digits lit
// as written, is a mark of a currency's hundredth (lexicon.GluedSubunits):
// "5p", "50c", "50¢", but not the "p" of a video format ("1080p") nor a
// capital ("30C" is a temperature).
func gluedSubunit(lit, run string) bool {
	for _, sub := range lexicon.GluedSubunits {
		if run == sub.Word {
			return sub.Word != lexicon.Pence || !lexicon.VideoLines[lit]
		}
	}
	return false
}

// errNoNumber is what ParseStated says when no figure starts where one
// should.
var errNoNumber = errors.New("no number")

// sign consumes a minus sign (hyphen-minus, U+2212 or a dash, all folded to
// "-" by normalizeStated) that stands right before a number or a currency
// sign, and reports whether there was one. A sign apart from its number, a
// plus sign and a doubled sign are refused: none of them can be honoured.
func (p *statedParser) sign() (neg bool, err error) {
	if w, rest := signWordAt(p.s); w != "" {
		p.s = rest // "minus €167 million", "negative 0.3 percent"
		return true, nil
	}
	switch {
	case strings.HasPrefix(p.s, "+"):
		return false, &plusSignError{fix: strings.TrimLeft(p.cased()[1:], " ")}
	case !strings.HasPrefix(p.s, "-"):
		return false, nil
	}
	rest := p.s[1:]
	switch {
	case rest == "":
		return false, fmt.Errorf("no number after the minus sign")
	case rest[0] == ' ':
		return false, fmt.Errorf("a minus sign must stand right before its number: write %q", "-"+strings.TrimLeft(p.cased()[1:], " "))
	case rest[0] == '-' || rest[0] == '+':
		return false, fmt.Errorf("two signs in %q: write one minus sign right before the number", p.cased())
	}
	p.s = rest
	return true, nil
}

// signWordAt returns the word of lexicon.MinusWords that starts s, in
// lower case, and the rest of s after it and its space, where a number or
// a currency sign follows ("minus €167 million", "negative 0.3
// percent"), or "" and s: such a word is the figure's minus sign, written
// out.
func signWordAt(s string) (word, rest string) {
	for _, w := range lexicon.MinusWords {
		if len(s) > len(w)+1 && strings.EqualFold(s[:len(w)], w) && s[len(w)] == ' ' {
			r := s[len(w)+1:]
			if r != "" && (r[0] >= '0' && r[0] <= '9' || r[0] == '.' || startsCurrency(r)) {
				return w, r
			}
		}
	}
	return "", s
}

// startsCurrency reports whether s starts with a currency sign or code
// the lexicon knows and a number after it ("€167", "US$ 5", "EUR 12").
func startsCurrency(s string) bool {
	low := strings.ToLower(s)
	for _, sg := range lexicon.CurrencySigns() {
		if rest, ok := strings.CutPrefix(low, sg.Sign); ok {
			if rest = strings.TrimLeft(rest, " "); rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				return true
			}
		}
	}
	return false
}

// signedNumber consumes one end of a figure: an optional minus sign, an
// optional currency sign, and the number with its scale. The minus sign
// may stand before the currency sign ("-$11.0 billion", as Format writes
// it) or after it ("$-11.0 billion").
func (p *statedParser) signedNumber() (d Decimal, sc Scale, code string, err error) {
	neg, err := p.sign()
	if err != nil {
		return d, sc, "", err
	}
	code = p.currency()
	if code != "" && !neg {
		if neg, err = p.sign(); err != nil {
			return d, sc, "", err
		}
	}
	d, sc, err = p.number(neg)
	if err != nil {
		return d, sc, "", err
	}
	if neg {
		if d.IsZero() {
			return d, sc, "", fmt.Errorf("a minus sign before zero cannot be kept: write 0 without a sign")
		}
		d.Coef = -d.Coef
	}
	return d, sc, code, nil
}

// number consumes an unsigned number in digits or words, with an optional
// scale word or suffix ("1.2bn", "350 billion"). The number must end where
// its digits end: letters glued to it are refused unless they are a scale
// word or a measure symbol ("1.2bn", "500MW"), and so are exponents ("1e9"),
// hexadecimal, octal and binary notation ("0x10", "017", "0b101") and
// malformed digit groups ("1,2,3"). signed says a minus sign came before.
func (p *statedParser) number(signed bool) (Decimal, Scale, error) {
	i := 0
	for i < len(p.s) && (p.s[i] >= '0' && p.s[i] <= '9' || p.s[i] == ',' || p.s[i] == '.') {
		i++
	}
	var d Decimal
	if i > 0 {
		lit := strings.TrimRight(p.s[:i], ",.")
		cased := p.cased()[:len(lit)]
		if lit == "" {
			return Decimal{}, 0, errNoNumber
		}
		if v, n, ok := mixedFraction(p.s, lit); ok {
			d, p.s = v, p.s[n:]
			return p.scaleAfter(d)
		}
		if err := p.gluedAfter(lit); err != nil {
			return Decimal{}, 0, err
		}
		v, err := parseDecimal(lit)
		switch {
		case errors.Is(err, errDecimalRange):
			return Decimal{}, 0, fmt.Errorf("%q has more digits than a figure can keep (18 at most): write it with a scale word, like \"1.2 billion\"", cased)
		case err != nil && strings.Contains(lit, ","):
			return Decimal{}, 0, fmt.Errorf("%q is not a number: write thousands separators in groups of three, like \"1,000\" or \"12,345.6\"", cased)
		case err != nil:
			return Decimal{}, 0, fmt.Errorf("%q is not a number: write digits with at most one decimal point, like \"2.5\"", cased)
		}
		if len(lit) > 1 && lit[0] == '0' && lit[1] >= '0' && lit[1] <= '9' {
			return Decimal{}, 0, fmt.Errorf("%q has a leading zero, which some read as octal: write %q", cased, cmp.Or(strings.TrimLeft(lit, "0,"), "0"))
		}
		d, p.s = v, p.s[len(lit):]
		if f, ok := p.slashFraction(lit); ok {
			d = f
		} else if plusAfter(p.s) {
			// "1,000+ staff", "US$ 600+ million": at least the figure, with
			// its scale after the plus, as the extractor reads it.
			p.s, p.plus = p.s[1:], true
		}
	} else if f, n, ok := vulgarAt(p.s); ok {
		d, p.s = fracValue(f.Numerator, f.Denominator), p.s[n:] // "¼%", "½ percent"
	} else {
		v, sc, found := p.numberWords()
		d = v
		if found && sc != NoScale {
			if signed {
				return Decimal{}, 0, fmt.Errorf("a negative figure is written in digits: write \"-%s\"", v.Shift(-sc.Exp()))
			}
			return d, sc, nil
		}
		if !found {
			if signed {
				return Decimal{}, 0, fmt.Errorf("no number after the minus sign: write the digits right after it, like \"-0.3 percent\"")
			}
			return Decimal{}, 0, errNoNumber
		}
		if signed {
			return Decimal{}, 0, fmt.Errorf("a negative figure is written in digits: write \"-%s\"", d)
		}
	}
	d, sc, err := p.scaleAfter(d)
	if err == nil && sc != NoScale {
		// "3 million and a half": a fraction of the scale, as the
		// extractor reads it.
		if num, den, ok := p.fractionAfterAnd(); ok {
			d = decimal15(d.Float64() + float64(num)/float64(den)*math.Pow10(sc.Exp()))
		}
	}
	return d, sc, err
}

// plusAfter reports whether s, the rest after a number's digits, starts
// with a plus that ends the number: before a space, a closing mark or the
// end ("65+", "600+ million"), not before a digit ("1+1").
func plusAfter(s string) bool {
	if !strings.HasPrefix(s, "+") {
		return false
	}
	return len(s) == 1 || s[1] == ' ' || s[1] == ')' || s[1] == ',' || s[1] == ';'
}

// scaleAfter consumes a scale suffix directly after the digits of d
// ("1.2bn", "$3b"), a scale word, or one after a hyphen ("a $5-billion
// deal"), as the extractor reads them, and returns d at full magnitude.
func (p *statedParser) scaleAfter(d Decimal) (Decimal, Scale, error) {
	if e := p.indianScale(); e > 0 {
		return d.Shift(e), NoScale, nil // at full magnitude: a crore is no scale of ours
	}
	save := p.s
	p.skipSpace()
	if strings.HasPrefix(p.s, "-") && len(p.s) > 1 && isAlnum(p.s[1]) && !(p.s[1] >= '0' && p.s[1] <= '9') {
		p.s = p.s[1:]
		for _, w := range scaleSuffixes {
			if len(w) > 1 && p.word(w) {
				if len(p.s) > 1 && p.s[0] == '-' && isLetterByte(p.s[1]) {
					p.s = p.s[1:] // "5-million-dollar": the unit after a second hyphen
				}
				sc := scaleWords[w]
				return d.Shift(sc.Exp()), sc, nil
			}
		}
		p.s = save
		p.skipSpace()
	}
	for _, w := range scaleSuffixes {
		if len(w) > 1 && hyphenatedWord(p.s, w) && hyphenatedUnit(p.s[len(w):]) {
			p.s = p.s[len(w)+1:] // "a 5 billion-dollar deal": the unit after the hyphen
			sc := scaleWords[w]
			return d.Shift(sc.Exp()), sc, nil
		}
		if len(w) == 1 && len(p.s) > 2 && p.s[1] == '.' && isLetterByte(p.s[2]) {
			continue // "80 m.p.h.": a letter of a dotted abbreviation is no scale
		}
		if !hyphenatedWord(p.s, w) && p.word(w) {
			sc := scaleWords[w]
			return d.Shift(sc.Exp()), sc, nil
		}
	}
	p.s = save
	p.skipSpace()
	return d, NoScale, nil
}

// indianScale consumes an Indian scale word after a number ("35 lakh",
// "100 crore", "2.5 lakh crore") and returns its power of ten, or 0.
func (p *statedParser) indianScale() int {
	save := p.s
	p.skipSpace()
	w, rest := p.nextWord()
	e := lexicon.LookupIndianScale(w)
	if e == 0 {
		p.s = save
		return 0
	}
	p.take(rest)
	if w2, rest2 := p.nextWord(); e == 5 && lexicon.LookupIndianScale(w2) == 7 {
		p.take(rest2)
		e += 7
	}
	return e
}

// gluedAfter checks what follows the digits lit at the start of p.s: a
// space, the end, a sign such as "%" or a dash, a scale suffix or a measure
// symbol. Letters or digits glued on otherwise would be read as the unit
// and the number cut short ("1e308 billion" as 1 of "e308 billion"), so
// they are refused, each with what to write instead.
func (p *statedParser) gluedAfter(lit string) error {
	after := p.s[len(lit):]
	n := 0
	for n < len(after) && isAlnum(after[n]) {
		n++
	}
	if n == 0 {
		return nil
	}
	run := after[:n]
	cased := p.cased()[:len(lit)+n]
	// An exponent: "1e308", "1E3", "1e-9", "2.5e+6".
	if run[0] == 'e' {
		j := 1
		if j < len(after) && (after[j] == '+' || after[j] == '-') {
			j++
		}
		if j < len(after) && after[j] >= '0' && after[j] <= '9' {
			for j < len(after) && after[j] >= '0' && after[j] <= '9' {
				j++
			}
			return fmt.Errorf("%q is exponent notation, which documents do not use for figures: write the number in digits with a scale word, as the document does (\"1,000\", \"1.5 billion\")", p.cased()[:len(lit)+j])
		}
	}
	// Base prefixes: "0x10", "0b101", "0o17".
	if lit == "0" && n > 1 && (run[0] == 'x' || run[0] == 'b' || run[0] == 'o') {
		if v, err := strconv.ParseInt("0"+run, 0, 64); err == nil {
			name := map[byte]string{'x': "hexadecimal", 'b': "binary", 'o': "octal"}[run[0]]
			return fmt.Errorf("%q is %s notation: write the number in decimal digits, as the document does (%d)", cased, name, v)
		}
	}
	for _, w := range scaleSuffixes {
		if run == w {
			return nil
		}
	}
	if gluedSubunit(lit, cased[len(lit):]) { // as written: "30C" is a temperature
		p.mark = isLetterByte(run[0])
		return nil // "5p", "50c", "50¢": subunit reads it
	}
	if run == "s" {
		// "1990s", "50s": a decade or a plural, not seconds.
		return fmt.Errorf("%q is a decade or a plural, not a figure: write the number and its unit apart, like \"5 seconds\"", cased)
	}
	if ok, err := gluedUnit(p.cased()[len(lit):]); ok || err != nil {
		if cmp := comparedInStated(p.orig, p.cased()[len(lit):]); cmp != nil {
			return cmp // "5pp higher": a change from a base
		}
		return err // "500MW", "2km", "0.13°F per decade", "5.3pp"
	}
	return fmt.Errorf("%q is not a number: letters glued to it would be read as the unit; write a space between the number and its unit, like \"12 countries\"", cased)
}

// gluedUnit reports whether rest, what follows a number's digits with no
// space, is a unit a document glues to its number: a measure symbol
// ("500MW", "55.3°F", "120km/h") or a word for percent or percentage
// points ("5.3pp", "2.8ppt", "5.3p.p."), alone or before a rate, as in
// "0.13°F per decade", whose rate parseUnitWords then reads, and before a
// hedge ("500MW or more"). The whole
// rest may be a measure of several words too. Anything else after the
// glued word ("3g phones", "5MW wind farms", "10t of waste", "5pp
// higher") would be read as the unit or a counted noun past the symbol,
// and is refused.
// The error says what follows a glued unit when that is the reason.
func gluedUnit(rest string) (bool, error) {
	if _, ok := LookupMeasure(strings.TrimSpace(rest)); ok {
		return true, nil
	}
	if _, ok := concentration(strings.TrimSpace(rest)); ok {
		return true, nil // "40µg/m3", "22μg m-3": a concentration, as UK air releases write it
	}
	word, after, _ := strings.Cut(rest, " ")
	_, ok := LookupMeasure(word)
	if !ok {
		_, ok = unitWords[lowerASCII(word)]
	}
	if !ok {
		return false, nil
	}
	after = strings.TrimSpace(after)
	for _, h := range trailingHedges {
		if low := lowerASCII(after); low == h.words || strings.HasSuffix(low, " "+h.words) {
			after = strings.TrimSpace(after[:len(after)-len(h.words)]) // "500MW or more"
			break
		}
	}
	if after != "" && !strings.HasPrefix(lowerASCII(after), "per ") {
		return false, fmt.Errorf("%q after the unit %q glued to the number is no part of the figure: a figure has one unit, alone or with a rate (\"per year\"); write stated: the number and %q, and say %q in the indicator's name", after, word, word, after)
	}
	return true, nil
}

// trailingHedges are the lexicon's hedges written after a figure ("or
// more", "and over").
var trailingHedges = func() []hedgePhrase {
	var out []hedgePhrase
	for _, h := range lexicon.TrailingHedges {
		q, err := ParseQualifier(h.Qualifier)
		if err != nil {
			panic("indicators: lexicon trailing hedge " + h.Phrase + ": " + err.Error())
		}
		out = append(out, hedgePhrase{words: h.Phrase, q: q})
	}
	return out
}()

// trailingHedge cuts a hedge written after the figure from the rest and
// returns its qualifier: at the end, after the unit ("110 GW or more",
// "500 or fewer", "aged 16 and over"); right after the number, before
// the counted noun ("1,000 or more workers", as definitions write a
// threshold); or after the unit, before its rate ("35 hours or more per
// week"). The unit is then read without the hedge ("workers", "hours per
// week"), so that no output writes "or more" as its noun. It cuts nothing
// when the rest holds none of these.
func (p *statedParser) trailingHedge() (Qualifier, bool) {
	for _, h := range trailingHedges {
		if p.s != h.words && !strings.HasSuffix(p.s, " "+h.words) {
			continue
		}
		rest := strings.TrimRight(p.s[:len(p.s)-len(h.words)], " ")
		p.orig = p.orig[:len(p.orig)-(len(p.s)-len(rest))]
		p.s = rest
		return h.q, true
	}
	t := strings.TrimLeft(p.s, " ")
	lead := len(p.s) - len(t)
	for _, h := range trailingHedges {
		from, to := -1, -1
		if after, ok := strings.CutPrefix(t, h.words+" "); ok && openBoundNoun(after) {
			from, to = lead, lead+len(h.words)+1 // "1,000 or more workers"
		} else if i := strings.Index(t, " "+h.words+" "); i > 0 && ratePhrase(t[i+len(h.words)+2:]) {
			from, to = lead+i, lead+i+1+len(h.words) // "35 hours or more per week", "… or more a week"
		}
		if from < 0 {
			continue
		}
		off := len(p.orig) - len(p.s)
		p.orig = p.orig[:off+from] + p.orig[off+to:]
		p.s = p.s[:from] + p.s[to:]
		return h.q, true
	}
	return Exact, false
}

// ratePhrase reports whether rest, in lower case, is the base of a rate
// written after a figure and its unit: "per week", "per 100,000 people",
// or one of lexicon.RatePhrases ("a week", "each year", "daily").
func ratePhrase(rest string) bool {
	if strings.HasPrefix(rest, "per ") {
		return true
	}
	for _, phs := range lexicon.RatePhrases {
		if slices.Contains(phs, rest) {
			return true
		}
	}
	return false
}

// boundInWords returns the trailing hedge ("or more", "and over") that
// words, a figure's unit or counted noun in lower case, hold as words,
// or "": a bound read as the unit ("workers or more involved" for
// "1,000 workers or more involved") would print as its noun.
func boundInWords(words string) string {
	w := " " + words + " "
	for _, h := range trailingHedges {
		if strings.Contains(w, " "+h.words+" ") {
			return h.words
		}
	}
	return ""
}

// openBoundNoun reports whether after, the rest after a hedge written
// right after a number ("or more", "and over"), is a counted noun or unit
// the bound is on ("workers" in "1,000 or more workers"), not a second
// figure or a comparison ("and more than 7", "or more than 5").
func openBoundNoun(after string) bool {
	w, _, _ := strings.Cut(after, " ")
	return w != "" && w != "than" && isLetterByte(w[0])
}

// firstPlace reports whether s, in lower case, states a first place in
// words with no ordinal or superlative in "-est": "most", "least", "more
// than any other" (lexicon.FirstPlaceWords, lexicon.FirstPlaceComparisons).
func firstPlace(s string) bool {
	if slices.Contains(lexicon.FirstPlaceWords, s) || lexicon.IsRecordPlace(s) {
		return true // "most", "record high"
	}
	for _, c := range lexicon.FirstPlaceComparisons {
		if s == c[0]+" "+c[1] {
			return true
		}
	}
	return false
}

// rankDirection returns the words of rest, what follows a rank's
// ordinal, that say which way it counts ("least", "largest", "most
// popular"), without the frame the document may give the place
// (lexicon.RankFrames: "since 2000", "on record", "of any industry
// sector"); false if rest holds no such words.
func rankDirection(rest string) (string, bool) {
	w := strings.Fields(rest)
	for i := 1; i < len(w); i++ {
		if slices.Contains(lexicon.RankFrames, w[i]) {
			w = w[:i]
			break
		}
	}
	dir := strings.Join(w, " ")
	return dir, isNoun(dir) && !strings.ContainsAny(dir, "0123456789")
}

// reachedExtreme returns the superlative of s, in lower case, where s is
// a first place with its reach in time before it: "five-year low", "a
// 10-year high", "30 year peak" (lexicon.ReachedExtremes, a number and
// one of lexicon.Durations): the lowest of five years, held as the first
// place, its reach kept in stated.
func reachedExtreme(s string) (string, bool) {
	s = strings.TrimPrefix(strings.TrimPrefix(s, "a "), "an ")
	reach, last, ok := strings.Cut(s, " ")
	if !ok || strings.Contains(last, " ") {
		return "", false
	}
	dir, ok := lexicon.ReachedExtremes[strings.TrimSuffix(last, "s")]
	num, span, hyphen := strings.Cut(reach, "-")
	if !ok || !hyphen || !slices.Contains(lexicon.Durations, span) {
		return "", false
	}
	if n, word := lexicon.LookupNumber(num); word && !n.Plural || num != "" && strings.Trim(num, "0123456789") == "" {
		return dir, true
	}
	return "", false
}

// runOfPeriods returns the unit an ordinal counts when the rest after it
// says a run of periods ("consecutive year", "straight quarters",
// lexicon.RunWords), or after it ("year in a row", "year running",
// lexicon.RunAfterWords): "for the eighth consecutive year" is eight
// years, a count, not the eighth place in a list.
func runOfPeriods(rest string) (Unit, bool) {
	w := strings.Fields(rest)
	if len(w) > 1 && slices.Contains(lexicon.RunAfterWords, strings.Join(w[1:], " ")) {
		w = []string{lexicon.RunWords[0], w[0]} // "11th year in a row": as "11th consecutive year"
	}
	if len(w) != 2 || !slices.Contains(lexicon.RunWords, w[0]) {
		return Unit{}, false
	}
	_, u, err := parseStated("2 " + Plural(Singular(w[1])))
	if err != nil || u.Kind != Count || !slices.Contains(lexicon.Durations, u.Name) {
		return Unit{}, false
	}
	return u, true
}

func parseStated(orig string) (Quantity, Unit, error) {
	if sm, ok := splitMargin(orig); ok {
		return parseMargined(sm) // "41.2 ± 0.8 [SE] million birds"
	}
	p := &statedParser{s: lowerASCII(orig), orig: orig}
	var q Quantity
	// Rank: "second largest", "second-largest", "2nd largest", "7th-largest";
	// a bare ordinal is a place in a list ("sixth", "10th").
	if n, ok := digitOrdinal(p.s); ok {
		if want := ordinalDigits(n.digits); n.digits+n.suffix != want {
			return q, Unit{}, fmt.Errorf("%q is no ordinal: write %q", p.orig[:len(n.digits)+len(n.suffix)], want)
		}
		rest := strings.TrimLeft(strings.TrimPrefix(p.s[len(n.digits)+len(n.suffix):], "-"), " ")
		if rest == "" && n.value >= 1 {
			return Quantity{Value: Decimal{Coef: n.value}}, RankUnit, nil // "Turkey (10th)": a place in a list
		}
		if u, ok := runOfPeriods(rest); ok && n.value >= 1 {
			return Quantity{Value: Decimal{Coef: n.value}}, u, nil // "the 8th consecutive year": eight years
		}
		if slices.Contains(lexicon.PlaceNouns, rest) && n.value >= 1 {
			return Quantity{Value: Decimal{Coef: n.value}}, RankUnit, nil // "11th place": a place in a list
		}
		dir, ok := rankDirection(rest)
		if !ok || n.value < 1 {
			return q, Unit{}, fmt.Errorf("a rank is written as an ordinal and a superlative, like \"2nd largest\" or \"second largest\"")
		}
		return Quantity{Value: Decimal{Coef: n.value}}, Unit{Kind: Rank, Name: dir}, nil
	}
	// "the world's largest spender": a superlative alone is the first
	// place, and so are "most" and "more than any other" (firstPlace);
	// with its frame too ("the most of any industry sector").
	if asciiLetters(p.s) && lexicon.Superlative(p.s) || firstPlace(p.s) {
		return Quantity{Value: Decimal{Coef: 1}}, Unit{Kind: Rank, Name: p.s}, nil
	}
	if dir, ok := reachedExtreme(p.s); ok {
		return Quantity{Value: Decimal{Coef: 1}}, Unit{Kind: Rank, Name: dir}, nil // "a five-year low"
	}
	// The first place takes the words that rank a place after an
	// ordinal, so that one list's places read alike: "most common" beside
	// "second most common" and "third" (s26w-slavery).
	s := strings.TrimPrefix(p.s, "the ")
	if dir, ok := rankDirection(s); ok {
		first, after, phrase := strings.Cut(dir, " ")
		if dir != s && firstPlaceWord(dir) || phrase && s == p.s && firstPlaceWord(first) {
			if slices.Contains(lexicon.PlaceNouns, after) {
				dir = first // "top spot": the first place, counted from the top
			}
			return Quantity{Value: Decimal{Coef: 1}}, Unit{Kind: Rank, Name: dir}, nil
		}
	}
	for i, w := range ordinalWords {
		if i > 0 && p.word(w) || i > 0 && p.word(ordinal(Decimal{Coef: int64(i)})) {
			rest := strings.TrimLeft(strings.TrimPrefix(p.s, "-"), " ")
			if rest == "" {
				return Quantity{Value: Decimal{Coef: int64(i)}}, RankUnit, nil // "Vietnam (eighth)"
			}
			if u, ok := runOfPeriods(rest); ok {
				return Quantity{Value: Decimal{Coef: int64(i)}}, u, nil // "the eighth consecutive year": eight years
			}
			if slices.Contains(lexicon.PlaceNouns, rest) {
				return Quantity{Value: Decimal{Coef: int64(i)}}, RankUnit, nil // "second place": a place in a list
			}
			dir, ok := rankDirection(rest)
			if !ok {
				return q, Unit{}, fmt.Errorf("a rank is written as an ordinal and a superlative, like \"second largest\"")
			}
			return Quantity{Value: Decimal{Coef: int64(i)}}, Unit{Kind: Rank, Name: dir}, nil
		}
	}
	// An age: "aged 67", "ages 18-24", "age 5".
	age, ageWord, ageText := false, "", ""
	for _, w := range lexicon.AgeWords {
		if p.word(w) {
			age, ageWord, ageText = true, w, strings.ToLower(p.s)
			break
		}
	}
	if lo, sc, ok := p.magnitude(); ok {
		// "tens of thousands of jobs": the range up to ten times the lower
		// bound, as the extractor reads it.
		hi := lo
		hi.Exp++
		q.Low, q.High, q.Qualifier, q.Scale = lo, hi, Range, sc
		u, noun, err := parseUnitWords(p.cased(), "", false)
		q.Noun = noun
		if err != nil {
			return q, Unit{}, err
		}
		return q, u, q.Validate()
	}
	between, from, hedge := false, false, ""
	if p.word("between") {
		between = true
		q.Qualifier = Range
	} else if p.word("from") {
		from = true // "from $200 to $4 million": a range, as the extractor reads it
	} else {
		for _, h := range hedgePhrases {
			if p.hedge(h.words) {
				q.Qualifier = h.q
				hedge = strings.TrimRight(p.orig[:len(p.orig)-len(p.s)], " ")
				p.article()
				break
			}
		}
	}
	if f, ok := multiplier(p.s); ok {
		// "doubled", "more than tripled", "threefold", "3-fold", "twice":
		// a ratio in words, as the extractor reads it. A verb of
		// multiplying below one turns its hedge: "more than halved" is
		// a factor under 0.5 (TurnedHedge).
		q.Value = f
		if f.Cmp(Decimal{Coef: 1}) < 0 {
			q.Qualifier = q.Qualifier.Turned()
		}
		return q, TimesUnit, nil
	}
	loText := p.s
	lo, loScale, code, err := p.signedNumber()
	loText = loText[:len(loText)-len(p.s)]
	if err != nil {
		return q, Unit{}, err
	}
	if code == "" && loScale == NoScale && !between && !from {
		word := loText != "" && loText[0] >= 'a' && loText[0] <= 'z'
		if r, ok := p.ratioOf(lo, word); ok {
			// "one in four", "1 in 5": a share, as the extractor reads it;
			// what it is a share of is the title's.
			if rest := strings.TrimSpace(p.cased()); rest != "" {
				return q, Unit{}, fmt.Errorf("a proportion is stated alone: write %q and say what it is a share of in the title", strings.TrimSpace(strings.TrimSuffix(p.orig[:len(p.orig)-len(p.s)], " ")))
			}
			q.Value = r
			return q, Unit{}, q.Validate()
		}
	}
	per, err := p.slashBase() // "$47/b", "$32/b to $73/b"
	if err != nil {
		return q, Unit{}, err
	}
	hi, hiScale := lo, loScale
	isRange := between
	if between {
		if !p.word("and") {
			return q, Unit{}, fmt.Errorf("write \"between X and Y\"")
		}
	} else if hyphenatedUnit(p.s) {
		p.s = p.s[1:] // "a 5-m wall", "a 68-ounce bottle": a unit after a hyphen
	} else if dash := strings.HasPrefix(p.s, "-"); dash || p.word("to") || p.toBeforeDigit() {
		// After a number a dash is the range's ("3-5"); a sign may follow
		// it or "to" ("-5--3", "5 to -3").
		if dash {
			p.s = p.s[1:]
		}
		p.skipSpace()
		isRange = true
		// A hedged range ("an estimated $55 billion to $93 billion",
		// "roughly 5 to 7 percent") keeps its hedge as written.
		q.Qualifier, q.Hedge = Range, hedge
	}
	if from && !isRange {
		return q, Unit{}, fmt.Errorf("write \"from X to Y\"")
	}
	if isRange {
		var c string
		hi, hiScale, c, err = p.signedNumber()
		if err != nil {
			if errors.Is(err, errNoNumber) {
				return q, Unit{}, fmt.Errorf("a range needs a number after the dash or \"to\"")
			}
			return q, Unit{}, err
		}
		if c != "" && c != code {
			if code != "" {
				return q, Unit{}, fmt.Errorf("the two ends are in different currencies")
			}
			code = c
		}
		hiPer, err := p.slashBase()
		if err != nil {
			return q, Unit{}, err
		}
		if hiPer != "" && per != "" && hiPer != per {
			return q, Unit{}, fmt.Errorf("the two ends are per different bases, %q and %q", per, hiPer)
		}
		if hiPer != "" {
			per = hiPer
		}
		if loScale == NoScale && hiScale != NoScale {
			if lexicon.SharesScale(lo.Float64(), hi.Float64(), hiScale.Exp(), strings.Contains(loText, ",")) {
				lo = lo.Shift(hiScale.Exp()) // "$1–2 billion": shared scale
			} else {
				hiScale = NoScale // "1,000 to 1 billion": no one scale
			}
		}
		q.Low, q.High, q.Scale = lo, hi, hiScale
	} else {
		q.Value, q.Scale = lo, loScale
	}
	if p.plus {
		// "1,000+ staff": at least the figure; a range or a hedge leaves
		// the plus no meaning of its own.
		if isRange || q.Qualifier != Exact {
			return q, Unit{}, fmt.Errorf("a plus after a figure means \"at least\" and stands alone: write a single figure with it, like \"1,000+ staff\"")
		}
		q.Qualifier = AtLeast
	}
	if hq, ok := p.trailingHedge(); ok {
		if isRange || q.Qualifier != Exact && q.Qualifier != Approx {
			return q, Unit{}, fmt.Errorf("a figure takes one bound and a range none after it: write the hedge before a single figure, like \"at least 110 GW\"")
		}
		// "110 GW or more", "$5 million or less"; the bound after the
		// figure wins over a softening word before it ("about 500 or
		// more"), as the extractor reads it.
		q.Qualifier = hq
	}
	if sub, ok := p.subunit(); ok {
		// "16 cents", "50 pence": hundredths of a currency, kept at full
		// magnitude in the currency (US$0.16).
		if code != "" {
			return q, Unit{}, fmt.Errorf("%q after an amount with a currency sign: write the amount in %s or in %s without the sign", sub.Word, code, sub.Word)
		}
		code = sub.Code
		if q.IsRange() {
			q.Low, q.High = q.Low.Shift(-2), q.High.Shift(-2)
		} else {
			q.Value = q.Value.Shift(-2)
		}
		if per == "" {
			if per, err = p.slashBase(); err != nil { // "16 cents/gal"
				return q, Unit{}, err
			}
		}
	}
	if err := footnoteInStated(p.orig, p.cased()); err != nil {
		return q, Unit{}, err
	}
	if err := comparedInStated(p.orig, p.cased()); err != nil {
		return q, Unit{}, err
	}
	if err := bracketInStated(p.orig, p.cased()); err != nil {
		return q, Unit{}, err
	}
	u, noun, err := parseUnitWords(p.cased(), code, !q.IsRange() && q.Scale == NoScale && q.Value == Decimal{Coef: 1})
	q.Noun = noun
	if err != nil {
		return q, Unit{}, err
	}
	if h := boundInWords(lowerASCII(noun + " " + u.String())); h != "" {
		// "1,000 workers or more involved": the bound stands inside the
		// words after the figure, where no reading makes it one; the
		// figure's words up to it read as one (s36g-strikes: the book
		// printed "or more workers" as the unit).
		fix := p.orig
		if i := strings.Index(lowerASCII(fix), " "+h+" "); i >= 0 {
			fix = fix[:i+1+len(h)]
		}
		return q, Unit{}, fmt.Errorf("%q stands inside the words after the figure, where it would be read as the unit: a bound is written right after the number (\"1,000 or more workers\"), or after its unit or rate (\"35 hours or more per week\", \"aged 16 and over\"): write stated: %q and say the rest in the title", h, fix)
	}
	if per != "" {
		switch {
		case u.Per != "":
			return q, Unit{}, fmt.Errorf("a figure has one base: write \"per %s\" or \"per %s\", not both", per, u.Per)
		case u.Kind == Rank || u.Kind == Times:
			return q, Unit{}, fmt.Errorf("%q is no rate: write the figure without \"/%s\"", u.String(), per)
		}
		u.Per = per
	}
	if age {
		if !u.IsZero() || code != "" {
			// Its bound kept: "aged 16 years and over" is "aged 16 and
			// over", never "16", which states an age of 16 exactly.
			fix := strings.TrimSpace(loText)
			if h := boundInWords(ageText); h != "" && q.Qualifier != Exact {
				fix = ageWord + " " + fix + " " + h
			}
			return q, Unit{}, fmt.Errorf("an age is a number of years: write %q", fix)
		}
		u, q.Noun = CountOf(lexicon.AgeNouns[0]), lexicon.AgePhrase(lexicon.AgeNouns[0])
	}
	if u.NonNegative() && (q.Value.Sign() < 0 || q.Low.Sign() < 0 || q.High.Sign() < 0) && !(q.IsRange() && q.Low.Cmp(q.High) > 0) {
		if q.IsRange() {
			// A net flow may run between negative ends ("-50,000 to
			// -40,000 people"): ParseStatedAs keeps it under Nets.
			return q, Unit{}, &negativeCountError{q: q, u: u}
		}
		pos := q
		pos.Value.Coef = -q.Value.Coef
		return q, Unit{}, &negativeCountError{q: q, u: u, fix: Format(pos, u, Style{})}
	}
	if q.IsRange() && q.Low.Cmp(q.High) > 0 {
		sw := q
		sw.Low, sw.High = q.High, q.Low
		return q, Unit{}, fmt.Errorf("the range runs from %s down to %s: write the low end first, %q", q.Low.Shift(-q.Scale.Exp()), q.High.Shift(-q.Scale.Exp()), Format(sw, u, Style{}))
	}
	if err := q.Validate(); err != nil {
		return q, Unit{}, fmt.Errorf("%v", strings.TrimPrefix(err.Error(), "indicators: "))
	}
	return q, u, nil
}

// multiplier reads a ratio written as one word (s in lower case, the
// whole of what is left): a verb of multiplying ("doubled", "halving"),
// "twice", or a number word before "fold" ("threefold", "ten-fold");
// "3-fold" is read as a number and its unit word.
func multiplier(s string) (Decimal, bool) {
	s = strings.TrimSpace(s)
	if f, ok := lexicon.LookupMultiplier(s); ok {
		if f == 0.5 {
			return Decimal{Coef: 5, Exp: -1}, true
		}
		return Decimal{Coef: int64(f)}, true
	}
	if s == "twice" {
		return Decimal{Coef: 2}, true
	}
	n, ok := strings.CutSuffix(s, lexicon.Fold)
	if !ok {
		return Decimal{}, false
	}
	n = strings.TrimSuffix(n, "-")
	if w, ok := lexicon.LookupNumber(n); ok && !w.Plural && w.Value >= 2 && w.Class != lexicon.Hundred && w.Class != lexicon.Dozen {
		return Decimal{Coef: w.Value}, true
	}
	return Decimal{}, false // "3-fold" is a number and its unit word
}

// hyphenatedWord reports whether s starts with w joined by a hyphen to a
// letter: "b-side" and "million-strong" start no scale word, as the
// extractor reads them.
func hyphenatedWord(s, w string) bool {
	return len(s) > len(w)+1 && strings.HasPrefix(s, w) && s[len(w)] == '-' && isLetterByte(s[len(w)+1])
}

func isLetterByte(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// hyphenatedUnit reports whether s, after a number, is a hyphen and a
// measure or currency word ("-m", "-ounce", "-dollar"), which the extractor
// reads as the figure's unit, not as the dash of a range.
func hyphenatedUnit(s string) bool {
	if len(s) < 2 || s[0] != '-' || !isAlnum(s[1]) || s[1] >= '0' && s[1] <= '9' {
		return false
	}
	w := s[1:]
	if _, ok := LookupMeasure(w); ok {
		return true
	}
	if _, ok := unitWords[lowerASCII(w)]; ok {
		return true // "3-fold", "25-percent"
	}
	if _, ok := ageSuffix(w); ok {
		return true // "45-year-old"
	}
	_, ok := currencyNames[lowerASCII(w)]
	return ok
}

// reservedUnitWord reports whether w, after a number, names a unit other
// than a count.
// IsUnitWord reports whether w, in lower case, names a unit other than a
// counted noun — a measure symbol or spelling ("in", "km"), a currency
// word, percent — so that a count of it would read as that unit: the
// extractor does not take such a word for a counted noun.
func IsUnitWord(w string) bool { return reservedUnitWord(w) }

// ReadsAsOtherUnit reports whether a count of noun (singular or plural, in
// lower case) would read as another unit, in the singular or the plural:
// "5 ins" is no count of "in", which is the inch, and "5 ars" is no count
// of "ar", since "ars" is the Argentine peso. The catalog refuses such a
// count and the extractor does not find one.
func ReadsAsOtherUnit(noun string) bool {
	s := Singular(noun)
	return readsAsOtherUnit(s)
}

func readsAsOtherUnit(singular string) bool {
	p := Plural(singular)
	// "trie" writes "tries", whose singular is "try", the Turkish lira's
	// code.
	return reservedUnitWord(p) || reservedUnitWord(singular) || reservedUnitWord(Singular(p))
}

func reservedUnitWord(w string) bool {
	if _, ok := unitWords[w]; ok {
		return true
	}
	if _, ok := currencyNames[w]; ok {
		return true
	}
	_, ok := LookupMeasure(w)
	return ok
}

// ageSuffix reads the words of an age after its number, in lower case:
// "year-old", "years-old", "years old", "year old" (and months, weeks,
// days: lexicon.AgeNouns). It returns the unit's noun in the singular.
func ageSuffix(w string) (string, bool) {
	for _, n := range lexicon.AgeNouns {
		for _, form := range [...]string{n + "-", Plural(n) + "-", n + " ", Plural(n) + " "} {
			form += lexicon.AgeOld
			if strings.EqualFold(w, form) {
				return n, true
			}
		}
	}
	return "", false
}

// cutRate splits the words after a figure into the unit and the base of a
// rate: "barrels per day" is "barrels" and "day", "a month" is "" and
// "month" (after "a" or "an" only a base of lexicon.IsArticleRateBase), "per
// 100,000 population" is "" and "100,000 population". The base is in lower
// case. A measure whose name holds "per" ("miles per hour") is no rate.
func cutRate(cased string) (unit, per string, err error) {
	if _, ok := LookupMeasure(cased); ok {
		return cased, "", nil
	}
	lower := lowerASCII(cased)
	at := -1
	if strings.HasPrefix(lower, "per ") {
		at = 0
	} else if i := strings.Index(lower, " per "); i >= 0 {
		at = i + 1
	}
	if at >= 0 {
		per = lower[at+len("per "):]
		// "per capita a year" is per capita per year.
		words := strings.Split(per, " ")
		for i := 1; i+1 < len(words); i++ {
			if (words[i] == "a" || words[i] == "an") && lexicon.IsArticleRateBase(words[i+1]) {
				words[i] = "per"
			}
		}
		// "per 100,000 U.S. residents": the modifier names whose
		// residents; the base is "100,000 residents", as the extractor
		// reads it.
		words = dropBaseModifier(words)
		per = strings.Join(words, " ")
		if err := checkPer(per); err != nil {
			return "", "", err
		}
		return strings.TrimSpace(cased[:at]), per, nil
	}
	if i := strings.IndexByte(lower, '/'); i > 0 && i+1 < len(lower) && isLetterByte(lower[i-1]) &&
		(isNoun(lower[i+1:]) && !strings.Contains(lower[i+1:], " ") || lower[i+1] >= '1' && lower[i+1] <= '9') {
		// "acres burned/fire", "tonnes/ha", "deaths/100,000": a slash
		// is "per" (a measure's own symbol, "km/h", was read above).
		per = lower[i+1:]
		if full, ok := lexicon.RateBaseAbbreviations[per]; ok {
			per = full
		}
		if err := checkPer(per); err != nil {
			return "", "", err
		}
		return strings.TrimSpace(cased[:i]), per, nil
	}
	for _, a := range [...]string{"a ", "an "} {
		at := -1
		if strings.HasPrefix(lower, a) {
			at = 0
		} else if i := strings.LastIndex(lower, " "+a); i >= 0 {
			at = i + 1
		}
		if at < 0 {
			continue
		}
		if w := lower[at+len(a):]; lexicon.IsArticleRateBase(w) {
			return strings.TrimSpace(cased[:at]), w, nil // "$200 a month"
		}
	}
	return cased, "", nil
}

func parseUnitWords(cased, code string, one bool) (Unit, string, error) {
	cased = strings.TrimSpace(cased)
	if full, ok := lexicon.RateAbbreviations[lowerASCII(cased)]; ok {
		cased = full // "b/d": barrels per day
	}
	if u, ok := concentration(cased); ok && code == "" {
		return u, "", nil // "22 µg m-3"
	} else if concentrationShaped(cased) && code == "" {
		return Unit{}, "", fmt.Errorf("unknown unit %q", cased) // "3 pg m-3" counts no "m-3"s
	}
	cased, per, err := cutRate(cased)
	if err != nil {
		return Unit{}, "", err
	}
	u, noun, err := parseUnitHead(cased, code, one)
	if err != nil || per == "" {
		return u, noun, err
	}
	if u.Kind == Rank || u.Kind == Times {
		return Unit{}, "", fmt.Errorf("%q is no rate: write the figure without \"per %s\"", u.String(), per)
	}
	u.Per = per
	return measurePer(u), noun, nil
}

// parseUnitHead reads the unit words after a figure that is no rate, or
// before its base.
func parseUnitHead(cased, code string, one bool) (Unit, string, error) {
	if n, ok := ageSuffix(cased); ok && code == "" {
		return CountOf(n), lexicon.AgePhrase(n), nil // "45 years old"
	}
	if m, ok := LookupMeasure(cased); ok && code == "" {
		return Unit{Kind: Measure, Name: m.Symbol}, "", nil
	}
	rest := lowerASCII(cased)
	if code != "" {
		if rest != "" {
			if c, ok := currencyNames[rest]; ok && c == code || strings.EqualFold(rest, code) {
				rest = ""
			} else {
				return Unit{}, "", fmt.Errorf("unexpected %q after the amount", rest)
			}
		}
		u, err := MoneyUnit(code)
		return u, "", err
	}
	if rest == "" {
		return Unit{}, "", nil
	}
	if noun, ok := lexicon.NounAbbreviations[rest]; ok {
		return Unit{Kind: Count, Name: noun}, "", nil // "25 bps": basis points
	}
	if u, ok := unitWords[rest]; ok {
		return u, "", nil
	}
	for _, a := range [...]string{"a ", "an "} {
		// "half a percentage point", "a quarter of a percentage point": the
		// unit of a number in words is the unit after its article.
		if w, ok := strings.CutPrefix(strings.TrimPrefix(rest, "of "), a); ok {
			if u, ok := unitWords[w]; ok {
				return u, "", nil
			}
		}
	}
	if c, ok := currencyNames[rest]; ok {
		u, err := MoneyUnit(c)
		return u, "", err
	}
	if c, ok := adjectiveCurrency(rest); ok {
		u, err := MoneyUnit(c) // "5 billion Japanese yen", "Pakistani rupees"
		return u, "", err
	}
	for _, c := range currencyPrefixes {
		if rest == c.sign {
			u, err := MoneyUnit(c.code) // "5 €": a sign after the amount
			return u, "", err
		}
	}
	if isUpperCode(cased) {
		if u, err := MoneyUnit(cased); err == nil {
			return u, "", nil
		}
	}
	if m, ok := LookupMeasure(rest); ok {
		return Unit{Kind: Measure, Name: m.Symbol}, "", nil
	}
	if u, ok := hyphenedMeasure(rest); ok {
		return u, "", nil // "28.9 billion vehicle-kms" is in vehicle km, as "vehicle kms" is
	}
	if head, noun, acronym, ok := nounPhrase(cased); ok && len(Singular(head)) <= maxNoun {
		first, _, _ := strings.Cut(rest, " ")
		if w, _, hy := strings.Cut(first, "-"); hy && len(w) > 1 {
			if _, isScale := scaleWords[w]; isScale {
				return Unit{}, "", fmt.Errorf("%q after the number reads as a scale word", w) // "million-strong"
			}
			first = "" // "b-side", "bs-…": no scale word
		}
		if _, isScale := scaleWords[first]; isScale {
			return Unit{}, "", fmt.Errorf("%q after the number reads as a scale word", first)
		}
		if _, isScale := scaleWords[Singular(first)]; isScale {
			return Unit{}, "", fmt.Errorf("%q after the number reads as a scale word", first)
		}
		if f := strings.Fields(rest); len(f) == 2 && lexicon.PowerWords[f[0]] {
			// "3 cubic furlongs": an area or a volume is one unit, never
			// the length after its word.
			return CountOf(Singular(rest)), "", nil
		}
		u := CountOf(head)
		if mod, _, _ := strings.Cut(rest, " "); rest == mod+" "+head && slices.Contains(lexicon.WorkingTimeWords, mod) && slices.Contains(lexicon.Durations, u.Name) {
			// "10 working days": a working day is no calendar day, its own unit.
			return CountOf(mod + " " + u.Name), "", nil
		}
		if one && !lexicon.IsPlural(head) || acronym {
			u.Name = head // "1 country": after one the noun is already singular ("1.0 days" is not)
		}
		if readsAsOtherUnit(u.Name) {
			if pre, ok := cutAtParticiple(rest); ok {
				if m, ok := LookupMeasure(pre); ok {
					return Unit{Kind: Measure, Name: m.Symbol}, cased, nil // "acres burned": acres, the participle says which
				}
			}
			if c, ok := compoundMeasure(rest, head); ok {
				return c, "", nil // "15.73 billion net tonne kilometres"
			}
			if mod, _, ok := strings.Cut(rest, " "); ok && strings.HasSuffix(rest, " "+head) {
				if _, isMeasure := LookupMeasure(head); isMeasure && lexicon.PowerWords[mod] && rest == mod+" "+head {
					// "12 cubic furlongs": an area or a volume, one unit,
					// read whole as the lexicon's "cubic yards" is.
					return CountOf(Singular(rest)), "", nil
				}
				if _, isMeasure := LookupMeasure(head); isMeasure {
					return Unit{}, "", fmt.Errorf("%q before the measure %q is no part of the unit (a unit names what is counted: \"net tonne kilometres\", \"passenger kilometres\"): write the figure in %q and say %q in the indicator's name", mod, head, head, mod)
				}
			}
			return Unit{}, "", fmt.Errorf("%q would read as another unit when written in the plural", rest)
		}
		return u, noun, nil
	}
	return Unit{}, "", fmt.Errorf("unknown unit %q", rest)
}

// compoundMeasure reads rest, the words after a figure in lower case,
// as one counted unit when they are several words whose last, head, is a
// measure: "net tonne kilometres",
// "passenger kilometres", "vehicle miles" are the units of transport
// statistics, counted whole, not kilometres or miles. The unit is the
// phrase in the singular, as a catalog writes it (unit: net tonne
// kilometre). Each word before the measure is a modifier noun
// (lexicon.MeasureModifiers) or a measure itself: an adjective or a
// comparative ("15 more kilometres", "3 additional megawatts") is no part
// of the unit.
func compoundMeasure(rest, head string) (Unit, bool) {
	if !strings.Contains(rest, " ") || !isNoun(rest) {
		return Unit{}, false
	}
	if _, ok := LookupMeasure(head); !ok {
		return Unit{}, false
	}
	words := strings.Fields(rest)
	for _, w := range words[:len(words)-1] {
		if _, isMeasure := LookupMeasure(w); !isMeasure && !lexicon.MeasureModifiers[w] {
			return Unit{}, false
		}
	}
	name := Singular(rest)
	if len(name) > maxNoun || readsAsOtherUnit(name) || !isNoun(name) {
		return Unit{}, false
	}
	return CountOf(name), true
}

// hyphenedMeasure reads s, unit words in lower case joined by hyphens,
// as the compound measure the same words spaced are ("vehicle-kms",
// "vehicle-km", "passenger-kilometres"): one unit, in its spaced
// singular, for the hyphenated and spaced forms (round O, s21o-traffic:
// "28.9 billion vehicle-kms" was a unit of its own beside "vehicle kms").
func hyphenedMeasure(s string) (Unit, bool) {
	if !strings.Contains(s, "-") || strings.Contains(s, " ") {
		return Unit{}, false
	}
	words := strings.Split(s, "-")
	if len(words) < 2 {
		return Unit{}, false
	}
	for i, w := range words {
		_, isMeasure := LookupMeasure(w)
		if w == "" || !isMeasure && (i == len(words)-1 || !lexicon.MeasureModifiers[w]) {
			return Unit{}, false
		}
	}
	name := Singular(strings.Join(words, " "))
	if len(name) > maxNoun || !isNoun(name) {
		return Unit{}, false
	}
	return CountOf(name), true
}

// cutAtNounEnder splits s before its first word, not the first, that
// starts a post-modifier (lexicon.NounEnders).
func cutAtNounEnder(s string) (pre, post string, ok bool) {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		if nounEnder[strings.ToLower(words[i])] {
			return strings.Join(words[:i], " "), strings.Join(words[i:], " "), true
		}
	}
	return s, "", false
}

// cutAtParticiple splits s before a past participle in -ed that follows a
// plural noun, not as the first word: "deaths averted", "children
// vaccinated", "countries supported by Gavi" count deaths, children and
// countries; the participle says which of them, and is no unit.
func cutAtParticiple(s string) (pre string, ok bool) {
	words := strings.Fields(s)
	for i := 1; i < len(words); i++ {
		w := words[i]
		if len(w) < 5 || !strings.HasSuffix(w, "ed") || !isNoun(w) || strings.ContainsAny(w, "-0123456789") {
			continue
		}
		if prev := lowerASCII(words[i-1]); !strings.HasSuffix(prev, "ed") && lexicon.IsPlural(prev) {
			return strings.Join(words[:i], " "), true
		}
	}
	return s, false
}

// nounPhrase splits the words after a count into the head noun, in lower
// case, and the phrase as written when modifiers come before the head
// ("U.S. jobs", "focus countries", "premature deaths"); the phrase is ""
// for a lone noun. Modifiers are words of letters, digits, dots, hyphens,
// apostrophes and ampersands in any case ("U.S.", "low-income", "G7"); the
// head is a noun in lower case. The plural of an acronym ("NGOs") gives its
// singular as the head, and acronym true.
//
// The head is the last word before a word that starts a post-modifier
// (lexicon.NounEnders: "people of the developing world" has the head
// "people") or a participle after a plural ("deaths averted" has the head
// "death"); the phrase keeps all of it.
func nounPhrase(cased string) (head, phrase string, acronym, ok bool) {
	pre, post, cut := cutAtNounEnder(cased)
	if !cut {
		pre, cut = cutAtParticiple(cased)
	}
	if cut {
		if head, _, acronym, ok := nounPhrase(pre); ok {
			if kind := ofKind(head, post); kind != "" {
				head = kind // "courses of treatment": the complement names the kind
			}
			return head, cased, acronym, true
		}
		return "", "", false, false
	}
	i := strings.LastIndexByte(cased, ' ')
	head = lowerASCII(cased[i+1:])
	if lexicon.Acronym(cased[i+1:]) == 2 {
		// "NGOs": an acronym's plural; the head is its singular.
		head, acronym = lexicon.SingularOf(cased[i+1:]), true
	}
	if !isNoun(head) || strings.ContainsRune(head, ' ') {
		return "", "", false, false
	}
	if i < 0 {
		if acronym {
			return head, cased, true, true // the phrase keeps the capitals
		}
		return head, "", false, true
	}
	mods := cased[:i]
	for k, r := range mods {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', strings.ContainsRune(" .-'’&", r):
		case r == ',' && k+1 < len(mods) && mods[k+1] == ' ':
			// Coordinate modifiers: "good-paying, union jobs". A comma
			// right before the head ends a list ("homes, schools").
		default:
			return "", "", false, false
		}
	}
	if c := cased[0]; !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
		return "", "", false, false
	}
	return head, cased, acronym, true
}

// ofKind returns head and its of-complement in lower case when head is
// one of lexicon.OfKindHeads, which count nothing until the complement
// names the kind of thing ("courses" and "of treatment" are "courses of
// treatment", "Units" and "of Dental Activity" "units of dental
// activity"), or "". The complement ends before the next word that
// starts a post-modifier ("units of dental activity in Wales").
func ofKind(head, post string) string {
	words := strings.Fields(post)
	if !lexicon.IsOfKindHead(head) || len(words) < 2 || lowerASCII(words[0]) != "of" {
		return ""
	}
	var of []string
	for _, w := range words[1:] {
		lw := lowerASCII(strings.TrimRight(w, ".,;:)"))
		if nounEnder[lw] || slices.Contains(lexicon.Articles, lw) {
			break
		}
		of = append(of, lw)
		if lw != lowerASCII(w) {
			break // "treatment," ends the phrase
		}
	}
	kind := head + " of " + strings.Join(of, " ")
	if len(of) == 0 || !isNoun(kind) || len(Singular(kind)) > maxNoun {
		return ""
	}
	return kind
}

// asciiLetters reports whether s is one word of ASCII letters.
func asciiLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}

// footnoteInStated refuses a footnote marker glued to a word after the
// figure (lexicon.GluedFootnote: "14.3 million4", "6.9 million
// attendances4"), which would be read as a counted noun "million4" and
// lose the scale: stated is the figure without the marker, and verify
// reads the quote past it. orig is the whole stated text, rest the words
// after the number.
func footnoteInStated(orig, rest string) error {
	for _, w := range strings.Fields(rest) {
		word, marker, ok := lexicon.GluedFootnote(bareWord(w))
		if !ok {
			continue
		}
		fixed := strings.Replace(orig, word+marker, word, 1)
		if _, isScale := scaleWords[lowerASCII(word)]; isScale {
			return fmt.Errorf("%q reads as the scale word %q with the footnote marker %q glued on: write %q without the marker (verify reads the quote past it)", word+marker, word, marker, fixed)
		}
		return fmt.Errorf("%q reads as %q with the footnote marker %q glued on: write %q without the marker (verify reads the quote past it)", word+marker, word, marker, fixed)
	}
	return nil
}

// comparedInStated refuses a comparative word that ends the figure or
// stands before "than", right after the number or after its measure ("12
// more", "8 fewer", "3 more than 2018", "£5 less", "1.0°F warmer than
// 1998", "1.2 inches drier than normal"): the figure is a change from a
// base, which the catalog says with direction and base, not a count of
// "mores". rest is what follows the
// number; a plural noun ("12 losses") is a counted noun, and so is one
// after the comparative ("3,000 more inspectors").
func comparedInStated(orig, rest string) error {
	// words: what follows the figure, past its measure if any ("1.0°F
	// warmer than 1998", "1.2 inches drier than normal").
	words := strings.TrimLeft(rest, " ")
	if w, after, ok := strings.Cut(words, " "); ok {
		_, isMeasure := LookupMeasure(w)
		if u, isUnit := unitWords[lowerASCII(w)]; isMeasure || isUnit && u.Kind != Times {
			words = strings.TrimLeft(after, " ")
		}
	}
	first, next, _ := strings.Cut(strings.TrimSpace(lowerASCII(words)), " ")
	dw, ok := lexicon.LookupDirection(first)
	if !ok || dw.Change && !dw.After || lexicon.IsPlural(first) {
		return nil
	}
	fig := strings.TrimSpace(orig[:len(orig)-len(words)])
	if next, _, _ = strings.Cut(strings.TrimSpace(next), " "); next != "" && next != "than" {
		if _, isMeasure := LookupMeasure(next); !isMeasure || fig != strings.TrimSpace(orig[:len(orig)-len(rest)]) {
			return nil // "3,000 more inspectors": a count of inspectors, as the extractor drafts it
		}
		// "15 more kilometres", "10 fewer tonnes": a change in a measure,
		// which is no count of "more kilometres".
		_, after, _ := strings.Cut(strings.TrimSpace(words), " ")
		m, _, _ := strings.Cut(strings.TrimSpace(after), " ")
		fig += " " + m
	}
	way := "down"
	if dw.Up {
		way = "up"
	}
	counted := ""
	if _, u, err := parseStated(fig); err == nil && u.IsZero() {
		counted = ", unit: the thing it counts (the noun, in the singular)"
	}
	return fmt.Errorf("%q after the figure says a change from a base: write stated: %q%s, measure: change, direction: %s and base: the period it is compared with", first, fig, counted, way)
}

// bracketInStated refuses a second figure in brackets after the first
// ("Over half (53.7 per cent)", "168 fatalities (or 4%)"): each is a
// claim of its own, and stated holds one. rest is what follows the first
// number; a bracketed year ("$5 billion (2019)") is left to the unit's
// error. ParseStatedAs says what to write in the document's words.
func bracketInStated(orig, rest string) error {
	t := strings.TrimSpace(rest)
	// The bracket follows the figure or its words ("168 fatalities (or
	// 4%)"), with no number between.
	at := strings.IndexByte(t, '(')
	if at < 0 || strings.ContainsAny(t[:at], "0123456789()") {
		return nil
	}
	inner, _, _ := strings.Cut(t[at+1:], ")")
	inner = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(inner), "or "))
	if _, _, err := parseStated(inner); err != nil || len(inner) == 4 && strings.Trim(inner, "0123456789") == "" {
		return nil
	}
	return &bracketError{first: strings.TrimSpace(orig[:len(orig)-len(rest)+strings.IndexByte(rest, '(')]), inner: inner}
}

// A bracketError is bracketInStated's refusal; ParseStatedAs rewrites it
// in the stated figure's own words.
type bracketError struct{ first, inner string }

func (e *bracketError) Error() string {
	if proportionBesidePercent(e.first, e.inner) {
		// "over two fifths (43%)": one figure said in words and digits,
		// told as fractionBesidePercent tells it (s24s-flytipping).
		return fmt.Sprintf("the bracketed %q is the figure %q says in words: write stated: %q, the document's own figure (the words stay in the quote)", e.inner, e.first, e.inner)
	}
	return fmt.Sprintf("the bracketed %q is a figure of its own: an indicator states one figure; write stated: %q here, and stated: %q in an indicator of its own (the same quote may serve both)", e.inner, e.first, e.inner)
}

// proportionBesidePercent reports whether words, a proportion in words
// ("just under two thirds"), and digits, a percent ("65%"), are one figure
// said twice: the README's one rule writes the digits in stated and keeps
// the words in the quote.
func proportionBesidePercent(words, digits string) bool {
	_, u, err := ParseStated(digits)
	return err == nil && u == PercentUnit && ProportionInWords(words)
}

// bracketAdvice is the bracketError of stated s in its own words: the
// figure before the bracket, and the figure in it.
func bracketAdvice(s string) string {
	first, inner, _ := strings.Cut(s, "(")
	inner, _, _ = strings.Cut(inner, ")")
	inner = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(inner), "or "))
	return (&bracketError{first: strings.TrimSpace(first), inner: inner}).Error()
}

// fractionFigures is how many significant figures a message says of a
// value claimbook computed (computedFigures: a fraction in words held as
// its percent): "nearly 66.7 percent" for "almost two-thirds".
const fractionFigures = 3

// messageFigure writes q in unit u for a message, the one formatter of a
// figure a message says: Format, with each value said only as precisely
// as it is known. A figure the document writes is said as written, every
// digit; a value computed from a fraction in words, kept to
// computedFigures digits, has no more precision than the words, and is
// said to fractionFigures figures, never as the float's fifteen.
func messageFigure(q Quantity, u Unit) string {
	said := func(d Decimal) Decimal {
		if d.SigFigs() >= computedFigures && d.Exp < 0 { // a whole number is written, not computed
			return roundSigDir(d.Float64(), fractionFigures, 0)
		}
		return d
	}
	q.Value, q.Low, q.High = said(q.Value), said(q.Low), said(q.High)
	return Format(q, u, Style{})
}
