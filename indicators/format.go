package indicators

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Style says how Format writes a figure. The zero Style is the prose of a
// fact sheet: "26 to 28 percent", "nearly $350 billion", "3 to 5 countries".
type Style struct {
	// Compact writes ranges with an en dash and percent as a sign:
	// "26–28%", "3–5 countries", "$1–2 billion".
	Compact bool
	// NoHedge leaves out the qualifier word (for an axis label, say, where a
	// marker shows the hedge instead).
	NoHedge bool
}

var ordinalWords = [...]string{"zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"}

// currencySigns are the prefixes written for the currencies documents use
// most; other currencies are written with their code ("CHF 5 million").
var currencySigns = map[string]string{"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}

// Format writes q, a quantity in unit u, the way a document would: "$279
// billion", "nearly $350 billion", "26 to 28 percent" (compact: "26–28%"),
// "3 to 5 countries" (compact "3–5 countries"), "2 ℃", "second-largest",
// "6 to 10 times". Values are shown in their scale with the digits kept.
func Format(q Quantity, u Unit, st Style) string {
	if u.Kind == Rank && !q.IsRange() {
		n := q.Value.Shift(-q.Scale.Exp())
		w := ordinal(n)
		if u.Name != "" {
			w += "-" + u.Name
		}
		return w
	}
	num := func(d Decimal) string { return d.Shift(-q.Scale.Exp()).Text(",") }
	scale := ""
	if q.Scale != NoScale {
		scale = " " + q.Scale.String()
	}
	var b strings.Builder
	if !st.NoHedge && q.Qualifier.Word() != "" {
		b.WriteString(q.Qualifier.Word())
		b.WriteByte(' ')
	}
	prefix, suffix := unitAffixes(q, u, st)
	switch {
	case q.IsRange() && st.Compact:
		b.WriteString(prefix + num(q.Low) + "–" + num(q.High) + scale + suffix)
	case q.IsRange() && u.Kind == Money:
		b.WriteString(prefix + num(q.Low) + scale + " to " + prefix + num(q.High) + scale)
	case q.IsRange():
		b.WriteString(prefix + num(q.Low) + " to " + num(q.High) + scale + suffix)
	default:
		b.WriteString(prefix + num(q.Value) + scale + suffix)
	}
	return b.String()
}

// unitAffixes returns what goes before and after the number for u.
func unitAffixes(q Quantity, u Unit, st Style) (prefix, suffix string) {
	plural := q.IsRange() || q.Scale != NoScale || !q.Value.Equal(Decimal{Coef: 1})
	switch u.Kind {
	case Money:
		code := u.Currency.String()
		if s, ok := currencySigns[code]; ok {
			return s, ""
		}
		return code + " ", ""
	case Percent:
		if st.Compact {
			return "", "%"
		}
		return "", " percent"
	case PercentagePoint:
		if st.Compact {
			return "", " pp"
		}
		if plural {
			return "", " percentage points"
		}
		return "", " percentage point"
	case Count:
		if plural {
			return "", " " + Plural(u.Name)
		}
		return "", " " + u.Name
	case Times:
		return "", " times"
	case Measure:
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

func ordinal(d Decimal) string {
	if d.Exp == 0 && d.Coef >= 0 && int(d.Coef) < len(ordinalWords) {
		return ordinalWords[d.Coef]
	}
	s := d.String()
	suf := "th"
	if !strings.HasSuffix(s, "11") && !strings.HasSuffix(s, "12") && !strings.HasSuffix(s, "13") {
		switch s[len(s)-1] {
		case '1':
			suf = "st"
		case '2':
			suf = "nd"
		case '3':
			suf = "rd"
		}
	}
	return s + suf
}

// hedgePhrases maps a document's hedge words to qualifiers, longest first
// where one is a prefix of another.
var hedgePhrases = []struct {
	words string
	q     Qualifier
}{
	{"an estimated", Approx}, {"approximately", Approx}, {"about", Approx}, {"around", Approx},
	{"roughly", Approx}, {"some", Approx}, {"circa", Approx}, {"almost", Nearly}, {"nearly", Nearly},
	{"just under", Nearly}, {"close to", Nearly}, {"more than", MoreThan}, {"over", MoreThan},
	{"above", MoreThan}, {"exceeding", MoreThan}, {"at least", AtLeast}, {"no less than", AtLeast},
	{"no fewer than", AtLeast}, {"up to", UpTo}, {"at most", UpTo}, {"as many as", UpTo},
	{"as much as", UpTo}, {"no more than", UpTo}, {"less than", LessThan}, {"fewer than", LessThan},
	{"under", LessThan}, {"below", LessThan},
}

var scaleWords = map[string]Scale{
	"thousand": Thousand, "million": Million, "mn": Million, "m": Million,
	"billion": Billion, "bn": Billion, "b": Billion, "trillion": Trillion, "tn": Trillion, "k": Thousand,
}

var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "a dozen": 12, "dozen": 12,
}

// normalizeStated folds the typography of documents: non-breaking and thin
// spaces to spaces, en and em dashes to hyphens, "per cent" to "percent",
// runs of spaces to one; letters to lower case.
func normalizeStated(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u2009' || r == '\u202f':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case r == '–' || r == '—' || r == '‑' || r == '−':
			r = '-'
		}
		space = false
		b.WriteRune(r)
	}
	return strings.ReplaceAll(strings.ReplaceAll(b.String(), "per cent", "percent"), "Per cent", "percent")
}

// lowerASCII lowers ASCII letters only, so byte offsets stay the same.
func lowerASCII(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	}, s)
}

// ParseStated reads a figure written the way documents write it — the
// inverse of Format: "$279 billion", "nearly $350 billion", "26 to 28
// percent", "26–28%", "3-5 countries", "between 20 and 25 percent", "2 ℃",
// "second largest", "US$1.2bn", "6 to 10 times". It returns the quantity at
// full magnitude, with the hedge, scale and digits as written, and the unit.
// Direction is not part of a stated figure ("reduce ... by") and is left
// NoDirection.
func ParseStated(s string) (Quantity, Unit, error) {
	q, u, err := parseStated(normalizeStated(s))
	// parseStated reads lower case; units whose case matters (MW, mW) are
	// looked up in the original.
	if err != nil {
		return Quantity{}, Unit{}, fmt.Errorf("indicators: cannot read figure %q: %v", s, err)
	}
	return q, u, nil
}

type statedParser struct {
	s    string // the rest, ASCII letters in lower case
	orig string // the whole input as written
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

// currency consumes a currency prefix and returns its code.
func (p *statedParser) currency() string {
	for _, c := range []struct{ sign, code string }{
		{"us$", "USD"}, {"a$", "AUD"}, {"c$", "CAD"}, {"nz$", "NZD"}, {"hk$", "HKD"}, {"s$", "SGD"},
		{"$", "USD"}, {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₩", "KRW"}, {"₹", "INR"},
	} {
		if strings.HasPrefix(p.s, c.sign) {
			p.s = p.s[len(c.sign):]
			p.skipSpace()
			return c.code
		}
	}
	if strings.HasPrefix(p.s, "sdr ") && strings.HasPrefix(p.cased(), "SDR") {
		p.s = p.s[4:]
		return "XDR"
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

// number consumes a number in digits or words, with an optional scale word
// or suffix ("1.2bn", "350 billion").
func (p *statedParser) number() (Decimal, Scale, bool) {
	i := 0
	for i < len(p.s) && (p.s[i] >= '0' && p.s[i] <= '9' || p.s[i] == ',' || p.s[i] == '.') {
		i++
	}
	var d Decimal
	if i > 0 {
		lit := strings.TrimRight(p.s[:i], ",.")
		v, err := parseDecimal(lit)
		if err != nil {
			return Decimal{}, 0, false
		}
		d, p.s = v, p.s[len(lit):]
	} else {
		found := false
		for w, n := range numberWords {
			if p.word(w) {
				d, found = Decimal{Coef: n}, true
				break
			}
		}
		if !found {
			return Decimal{}, 0, false
		}
	}
	// A scale suffix directly after the digits ("1.2bn", "$3b") or a word.
	save := p.s
	p.skipSpace()
	for _, w := range []string{"thousand", "million", "billion", "trillion", "bn", "mn", "tn", "m", "b", "k"} {
		if p.word(w) {
			sc := scaleWords[w]
			return d.Shift(sc.Exp()), sc, true
		}
	}
	p.s = save
	p.skipSpace()
	return d, NoScale, true
}

func parseStated(orig string) (Quantity, Unit, error) {
	p := &statedParser{s: lowerASCII(orig), orig: orig}
	var q Quantity
	// Rank: "second largest", "second-largest", "2nd largest".
	for i, w := range ordinalWords {
		if i > 0 && p.word(w) || i > 0 && p.word(ordinal(Decimal{Coef: int64(i)})) {
			rest := strings.TrimLeft(strings.TrimPrefix(p.s, "-"), " ")
			if rest == "" || !isNoun(rest) {
				return q, Unit{}, fmt.Errorf("a rank is written as an ordinal and a superlative, like \"second largest\"")
			}
			return Quantity{Value: Decimal{Coef: int64(i)}}, Unit{Kind: Rank, Name: rest}, nil
		}
	}
	between := false
	if p.word("between") {
		between = true
		q.Qualifier = Range
	} else {
		for _, h := range hedgePhrases {
			if p.word(h.words) {
				q.Qualifier = h.q
				break
			}
		}
	}
	code := p.currency()
	lo, loScale, ok := p.number()
	if !ok {
		return q, Unit{}, fmt.Errorf("no number")
	}
	hi, hiScale := lo, loScale
	isRange := between
	if between {
		if !p.word("and") {
			return q, Unit{}, fmt.Errorf("write \"between X and Y\"")
		}
	} else if strings.HasPrefix(p.s, "-") || p.word("to") {
		p.s = strings.TrimPrefix(p.s, "-")
		p.skipSpace()
		isRange = true
		if q.Qualifier != Exact {
			return q, Unit{}, fmt.Errorf("a range takes no hedge word")
		}
		q.Qualifier = Range
	}
	if isRange {
		if c := p.currency(); c != "" && c != code {
			if code != "" {
				return q, Unit{}, fmt.Errorf("the two ends are in different currencies")
			}
			code = c
		}
		hi, hiScale, ok = p.number()
		if !ok {
			return q, Unit{}, fmt.Errorf("a range needs a number after the dash or \"to\"")
		}
		if loScale == NoScale && hiScale != NoScale {
			lo = lo.Shift(hiScale.Exp()) // "$1–2 billion": shared scale
		}
		q.Low, q.High, q.Scale = lo, hi, hiScale
	} else {
		q.Value, q.Scale = lo, loScale
	}
	u, err := parseUnitWords(p.cased(), code)
	if err == nil && u.Kind == Count && !q.IsRange() && q.Scale == NoScale && q.Value.Equal(Decimal{Coef: 1}) {
		// "1 country": after one the noun is already singular, as Format
		// writes it.
		u.Name = lowerASCII(strings.TrimSpace(p.cased()))
	}
	if err != nil {
		return q, Unit{}, err
	}
	if err := q.Validate(); err != nil {
		return q, Unit{}, fmt.Errorf("%v", strings.TrimPrefix(err.Error(), "indicators: "))
	}
	return q, u, nil
}

// reservedUnitWord reports whether w, after a number, names a unit other
// than a count.
func reservedUnitWord(w string) bool {
	switch w {
	case "percent", "%", "pct", "percentage points", "percentage point", "pp", "points", "times", "fold", "-fold":
		return true
	}
	if _, ok := currencyNames[w]; ok {
		return true
	}
	_, ok := LookupMeasure(w)
	return ok
}

// currencyNames are the currency words written after a number.
var currencyNames = map[string]string{
	"dollars": "USD", "dollar": "USD", "us dollars": "USD", "yen": "JPY", "euros": "EUR", "euro": "EUR",
	"pounds": "GBP", "pounds sterling": "GBP", "won": "KRW", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
}

func parseUnitWords(cased, code string) (Unit, error) {
	cased = strings.TrimSpace(cased)
	if m, ok := LookupMeasure(cased); ok && code == "" {
		return Unit{Kind: Measure, Name: m.Symbol}, nil
	}
	rest := lowerASCII(cased)
	if code != "" {
		if rest != "" {
			if c, ok := currencyNames[rest]; ok && c == code || strings.EqualFold(rest, code) {
				rest = ""
			} else {
				return Unit{}, fmt.Errorf("unexpected %q after the amount", rest)
			}
		}
		return MoneyUnit(code)
	}
	switch rest {
	case "":
		return Unit{}, nil
	case "percent", "%", "pct":
		return PercentUnit, nil
	case "percentage points", "percentage point", "pp", "points":
		return PercentagePointUnit, nil
	case "times", "fold", "-fold":
		return TimesUnit, nil
	}
	if c, ok := currencyNames[rest]; ok {
		return MoneyUnit(c)
	}
	if isUpperCode(cased) {
		if u, err := MoneyUnit(cased); err == nil {
			return u, nil
		}
	}
	if m, ok := LookupMeasure(rest); ok {
		return Unit{Kind: Measure, Name: m.Symbol}, nil
	}
	if isNoun(rest) && len(Singular(rest)) <= maxNoun {
		first, _, _ := strings.Cut(rest, " ")
		if _, isScale := scaleWords[first]; isScale {
			return Unit{}, fmt.Errorf("%q after the number reads as a scale word", first)
		}
		if _, isScale := scaleWords[Singular(first)]; isScale {
			return Unit{}, fmt.Errorf("%q after the number reads as a scale word", first)
		}
		u := CountOf(rest)
		if p := Plural(u.Name); reservedUnitWord(p) || reservedUnitWord(u.Name) {
			return Unit{}, fmt.Errorf("%q would read as another unit when written in the plural", rest)
		}
		return u, nil
	}
	return Unit{}, fmt.Errorf("unknown unit %q", rest)
}
