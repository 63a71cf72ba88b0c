package indicators

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// fracValue returns n/d as the extractor and ParseStated keep a fraction:
// rounded to 15 significant digits, exact when it terminates.
func fracValue(n, d int64) Decimal { return decimal15(float64(n) / float64(d)) }

// computedFigures is how many significant digits a figure claimbook
// computes is kept to (decimal15): a fraction in words held as its
// percent, "two-thirds" as 66.6666666666667.
const computedFigures = 15

// decimal15 returns f to computedFigures significant digits, as the
// extractor keeps a figure it computes.
func decimal15(f float64) Decimal {
	v, _ := strconv.ParseFloat(strconv.FormatFloat(f, 'g', computedFigures, 64), 64)
	x, _ := DecimalFromFloat(v)
	return x
}

// nextWord returns the first word of p.s (letters only, lower case) and
// what follows it.
func (p *statedParser) nextWord() (w, rest string) {
	i := 0
	for i < len(p.s) && p.s[i] >= 'a' && p.s[i] <= 'z' {
		i++
	}
	return p.s[:i], p.s[i:]
}

// take consumes the word w just returned by nextWord, and a space or a
// hyphen after it when another word follows ("twenty-five").
func (p *statedParser) take(rest string) {
	p.s = rest
	if strings.HasPrefix(p.s, "-") && len(p.s) > 1 && p.s[1] >= 'a' && p.s[1] <= 'z' {
		p.s = p.s[1:]
	}
	p.skipSpace()
}

// numberWords consumes a number written in words, as the lexicon spells
// them: "six", "twenty-five", "a hundred", "three hundred and twenty", "a
// dozen", "half", "a third", "two-thirds", "three quarters", and before a
// scale word "half a million". It returns the value at full magnitude and
// the scale it was written with.
func (p *statedParser) numberWords() (Decimal, Scale, bool) {
	save := p.s
	w, rest := p.nextWord()
	var n int64 = -1 // a numerator or a whole number so far
	article := false
	switch w {
	case "a", "an":
		article = true
		n = 1
		p.take(rest)
	case "half", "quarter":
		// "half a million", "half a dozen", "half"
		d := int64(2)
		if w == "quarter" {
			d = 4
		}
		p.take(rest)
		after := p.s
		if a, r := p.nextWord(); a == "a" || a == "an" {
			p.take(r)
			if x, r2 := p.nextWord(); x == "dozen" {
				p.take(r2)
				return Decimal{Coef: 12 / d}, NoScale, true
			} else if sc, ok := scaleWords[x]; ok && len(x) > 2 && !strings.HasSuffix(x, "s") {
				p.take(r2)
				v := fracValue(1, d)
				return v.Shift(sc.Exp()), sc, true
			}
			p.s = after
		}
		if d == 4 {
			p.s = save
			return Decimal{}, 0, false
		}
		return fracValue(1, 2), NoScale, true
	}
	if zeroWord(w, rest) {
		p.take(rest)
		return Decimal{}, NoScale, true // "no prosecutions", "none"
	}
	if !article {
		v, ok := p.wholeWords()
		if !ok {
			p.s = save
			return Decimal{}, 0, false
		}
		n = v
	}
	// A fraction: "a third", "two-thirds", "three quarters", "one half".
	if x, r := p.nextWord(); x != "" {
		if den, ok := lexicon.LookupFraction(x); ok && n > 0 && (n == 1) != strings.HasSuffix(x, "s") || x == "half" && n == 1 {
			if den == 0 {
				den = 2
			}
			p.take(r)
			if n == 1 && article {
				if sc, ok := p.ofAScale(); ok { // "a quarter of a million": 250,000
					return fracValue(1, den).Shift(sc.Exp()), sc, true
				}
			}
			return fracValue(n, den), NoScale, true
		}
		if article {
			// "a hundred", "a dozen", "a million" (the scale follows).
			if num, ok := lexicon.LookupNumber(x); ok && !num.Plural && (num.Class == lexicon.Hundred || num.Class == lexicon.Dozen) {
				p.take(r)
				v := num.Value
				if num.Class == lexicon.Hundred {
					if t, ok := p.wholeTail(); ok {
						v += t
					}
				}
				return Decimal{Coef: v}, NoScale, true
			}
			if _, ok := scaleWords[x]; ok && len(x) > 2 && !strings.HasSuffix(x, "s") {
				return Decimal{Coef: 1}, NoScale, true
			}
			p.s = save
			return Decimal{}, 0, false
		}
	}
	if v, ok := p.andFraction(n); ok {
		return v, NoScale, true
	}
	return Decimal{Coef: n}, NoScale, true
}

// ofAScale consumes "of a" and a scale word after a fraction ("a quarter
// of a million", as the extractor reads it) and returns the scale; it
// consumes nothing when no scale word follows ("a quarter of the
// pupils").
func (p *statedParser) ofAScale() (Scale, bool) {
	save := p.s
	if w, r := p.nextWord(); w == "of" {
		p.take(r)
		if a, r := p.nextWord(); a == "a" || a == "an" {
			p.take(r)
			if x, r := p.nextWord(); len(x) > 2 && !strings.HasSuffix(x, "s") {
				if sc, ok := scaleWords[x]; ok {
					p.take(r)
					return sc, true
				}
			}
		}
	}
	p.s = save
	return NoScale, false
}

// andFraction extends the whole number n in words with a fraction after
// "and", as the extractor reads it: "two and a half years" is 2.5, "one and
// three quarters" 1.75. It consumes nothing when no fraction follows ("two
// and three countries").
func (p *statedParser) andFraction(n int64) (Decimal, bool) {
	num, den, ok := p.fractionAfterAnd()
	if !ok {
		return Decimal{}, false
	}
	return fracValue(n*den+num, den), true
}

// fractionAfterAnd consumes "and a half", "and one quarter", "and three
// fifths" and returns the fraction; it consumes nothing when none follows.
func (p *statedParser) fractionAfterAnd() (num, den int64, ok bool) {
	save := p.s
	if w, rest := p.nextWord(); w == "and" {
		p.take(rest)
	} else {
		return 0, 0, false
	}
	switch w, rest := p.nextWord(); w {
	case "a", "an", "one":
		num = 1
		p.take(rest)
	default:
		v, ok := p.wholeWords()
		if !ok || v <= 0 {
			p.s = save
			return 0, 0, false
		}
		num = v
	}
	x, rest := p.nextWord()
	den, ok = lexicon.LookupFraction(x)
	if !ok || (num == 1) == strings.HasSuffix(x, "s") || den <= num {
		p.s = save
		return 0, 0, false
	}
	p.take(rest)
	return num, den, true
}

// wholeWords consumes a whole number in words below a thousand: "six",
// "twenty-five", "three hundred and twenty", "two dozen".
func (p *statedParser) wholeWords() (int64, bool) {
	w, rest := p.nextWord()
	num, ok := lexicon.LookupNumber(w)
	if !ok || num.Plural || num.Class == lexicon.Hundred {
		return 0, false
	}
	if num.Class == lexicon.Dozen {
		p.take(rest)
		return num.Value, true
	}
	p.take(rest)
	v := num.Value
	if num.Class == lexicon.Tens {
		if x, r := p.nextWord(); x != "" {
			if d, ok := lexicon.LookupNumber(x); ok && d.Class == lexicon.Digit && d.Value > 0 {
				p.take(r)
				v += d.Value
			}
		}
	}
	if x, r := p.nextWord(); x != "" {
		if h, ok := lexicon.LookupNumber(x); ok && !h.Plural && v < 10 && v > 0 {
			switch h.Class {
			case lexicon.Hundred:
				p.take(r)
				v *= 100
				if t, ok := p.wholeTail(); ok {
					v += t
				}
			case lexicon.Dozen:
				p.take(r)
				v *= 12
			}
		}
	}
	return v, true
}

// wholeTail consumes what may follow "hundred": "and twenty", "five".
func (p *statedParser) wholeTail() (int64, bool) {
	save := p.s
	if x, r := p.nextWord(); x == "and" {
		p.take(r)
	}
	x, _ := p.nextWord()
	if n, ok := lexicon.LookupNumber(x); ok && n.Class != lexicon.Hundred && n.Class != lexicon.Dozen && !n.Plural {
		if v, ok := p.wholeWords(); ok {
			return v, true
		}
	}
	p.s = save
	return 0, false
}

// slashFraction reads a fraction in digits after its numerator lit:
// "2/3", "2/3s" ("two-thirds").
func (p *statedParser) slashFraction(lit string) (Decimal, bool) {
	if !strings.HasPrefix(p.s, "/") || strings.ContainsAny(lit, ".,") {
		return Decimal{}, false
	}
	j := 1
	for j < len(p.s) && p.s[j] >= '0' && p.s[j] <= '9' {
		j++
	}
	if j == 1 || j > 7 || p.s[1] == '0' {
		return Decimal{}, false
	}
	n, err1 := strconv.ParseInt(lit, 10, 64)
	d, err2 := strconv.ParseInt(p.s[1:j], 10, 64)
	if err1 != nil || err2 != nil || n >= d {
		return Decimal{}, false
	}
	if j < len(p.s) && p.s[j] == 's' && (j+1 == len(p.s) || !isAlnum(p.s[j+1])) {
		j++
	}
	p.s = p.s[j:]
	return fracValue(n, d), true
}

// ratioOf reads a proportion after its numerator n, one reader for the
// ways documents write one: "one in four", "1 in 5", "122 in 374", "one
// in every five", "9 out of ten", "2 out of every 5", "122 out of 374",
// "one of four" (after the word "one"), "168 of the 650" (ONS's "168 of
// the 650 UK Parliamentary constituencies"); the numerator below the
// denominator, both whole. A number in words before "in" is below ten, as
// the extractor reads it. It returns the share as a pure number ("one in
// four" is 0.25) and leaves what follows.
func (p *statedParser) ratioOf(n Decimal, word bool) (Decimal, bool) {
	save := p.s
	w, rest := p.nextWord()
	switch {
	case w == "in" && n.Exp == 0 && n.Coef > 0 && (n.Coef < 10 || !word):
	case w == "out":
		p.take(rest)
		x, r := p.nextWord()
		if x != "of" {
			p.s = save
			return Decimal{}, false
		}
		rest = r
	case w == "of" && word && n == (Decimal{Coef: 1}):
	case w == "of" && !word && n.Exp == 0 && n.Coef > 0:
		p.take(rest)
		if x, r := p.nextWord(); x == "the" {
			rest = r // "168 of the 650"
		} else {
			rest = p.s
		}
	default:
		return Decimal{}, false
	}
	p.take(rest)
	if x, r := p.nextWord(); x == "every" {
		p.take(r)
	}
	before := p.s
	d, sc, err := p.number(false)
	lit := strings.TrimSpace(before[:len(before)-len(p.s)])
	year := len(lit) == 4 && allDigits(lit) && d.Coef >= 1800 && d.Coef <= 2150
	if err != nil || sc != NoScale || d.Exp != 0 || d.Coef <= n.Coef || n.Exp != 0 || year {
		// "1 in 2014" is no proportion, as the extractor reads a year
		// ("1 in 2,000" is one).
		p.s = save
		return Decimal{}, false
	}
	return fracValue(n.Coef, d.Coef), true
}

// VulgarIn reports whether s writes a fraction as one character ("2¾%",
// "½"): a figure the outputs write as the document does, never in
// decimals ("2.75%" in the book beside "2¾%" on the slide was one figure
// two ways, s35f-monetary).
func VulgarIn(s string) bool {
	for i, r := range s {
		if r >= utf8.RuneSelf {
			if _, _, ok := vulgarAt(s[i:]); ok {
				return true
			}
		}
	}
	return false
}

// vulgarAt reads a fraction written as one character at the start of s:
// "¼", "½", "⅔". n is its length in bytes.
func vulgarAt(s string) (f lexicon.VulgarFraction, n int, ok bool) {
	if s == "" || s[0] < utf8.RuneSelf {
		return f, 0, false
	}
	r, n := utf8.DecodeRuneInString(s)
	f, ok = lexicon.LookupVulgar(r)
	return f, n, ok
}

// mixedFraction reads a whole number lit and the fraction after it at the
// start of s: glued as one character ("4¾", "2½ million"), or in digits
// after a hyphen or a space, as central banks write rates ("5-1/4", "5
// 1/4"). The fraction is proper and its denominator has one or two
// digits; "5-1/4" is never a range, which would run down from 5 to 0.25.
// n is the bytes read.
func mixedFraction(s, lit string) (v Decimal, n int, ok bool) {
	if len(lit) > 9 || strings.ContainsAny(lit, ".,") {
		return Decimal{}, 0, false
	}
	whole, err := strconv.ParseInt(lit, 10, 64)
	if err != nil {
		return Decimal{}, 0, false
	}
	rest := s[len(lit):]
	if f, w, ok := vulgarAt(rest); ok {
		return fracValue(whole*f.Denominator+f.Numerator, f.Denominator), len(lit) + w, true
	}
	if len(rest) < 4 || rest[0] != '-' && rest[0] != ' ' {
		return Decimal{}, 0, false
	}
	j := 1
	for j < len(rest) && rest[j] >= '0' && rest[j] <= '9' {
		j++
	}
	if j == 1 || j > 3 || j >= len(rest) || rest[j] != '/' {
		return Decimal{}, 0, false
	}
	k := j + 1
	for k < len(rest) && rest[k] >= '0' && rest[k] <= '9' {
		k++
	}
	if k == j+1 || k > j+3 || k < len(rest) && (rest[k] == '/' || rest[k] == '.' || rest[k] == ',') {
		return Decimal{}, 0, false
	}
	num, _ := strconv.ParseInt(rest[1:j], 10, 64)
	den, _ := strconv.ParseInt(rest[j+1:k], 10, 64)
	if num == 0 || den < 2 || num >= den || rest[j+1] == '0' || rest[1] == '0' {
		return Decimal{}, 0, false
	}
	return fracValue(whole*den+num, den), len(lit) + k, true
}

// zeroWord reports whether w, with rest after it, states a zero count
// (lexicon.ZeroWords): "none" alone, "no" before a counted noun, never
// before a comparative or a number ("no more than 5", "no fewer than
// six": hedges) nor "no change" (a change's word, not a count).
func zeroWord(w, rest string) bool {
	switch w {
	case "none":
		return strings.TrimSpace(rest) == ""
	case "no":
		x, _ := (&statedParser{s: strings.TrimLeft(rest, " ")}).nextWord()
		_, num := lexicon.LookupNumber(x)
		return x != "" && !num && !strings.ContainsAny(rest, "0123456789") && !isDirection(x) && x != "change" && x != "difference"
	}
	return false
}

// isDirection reports whether w is a direction word ("increase", "more",
// "fewer").
func isDirection(w string) bool {
	_, ok := lexicon.LookupDirection(w)
	return ok
}
