package indicators

import (
	"fmt"
	"strings"
)

// A price per unit may name its base before the figure: "The median price
// per tonne of Lobster Norway in 2016 was €6,761" (s17i-fisheries). Such
// a figure is written stated: "€6,761" (the quote's characters) with
// unit: EUR per tonne; Load accepts the base apart from the stated words
// (statedUnitAllows) and verify checks that a quote says "per tonne"
// (baseNamed), as it checks the span of an annual rate.

// baseApart reports whether the figure read, stated with no base, may
// take the unit given, which adds one: "€6,761" with unit: EUR per tonne,
// "2.1 days" with unit: day per staff year under a list led in by
// "Average working days lost per staff year:". The base stands apart, in
// the quote or in the text that frames it, which verify checks
// (unitNamedMsg). A base of a number ("per 100,000") is no such base.
func baseApart(read, given Unit) bool {
	if read.Per != "" || given.Per == "" || read.IsZero() || isPerNumber(strings.Fields(given.Per)[0]) {
		return false
	}
	bare := given
	bare.Per = ""
	return sameUnit(read, bare)
}

// baseNamed reports whether quote names the base per of a price: "per
// tonne", "a tonne", "each tonne" (the word right before the base),
// "/tonne" or "per U.S. household" (up to two words between, no number),
// the base in the singular or plural. "a further 500 tonnes" names none.
func baseNamed(quote, per string) bool {
	low := strings.ToLower(quote)
	if strings.Contains(low, "/"+per) {
		return true
	}
	words := strings.FieldsFunc(low, func(r rune) bool { return strings.ContainsRune(" ,;:.()\n", r) })
	base := strings.Fields(per)
	for i := range words {
		if i+len(base) > len(words) {
			break
		}
		at := strings.Join(words[i:i+len(base)], " ")
		if at != per && at != Plural(per) {
			continue
		}
		if i > 0 && (words[i-1] == "a" || words[i-1] == "each") {
			return true // "a tonne", "each tonne": the word right before
		}
		// "per" may stand up to two words before ("per U.S. household"),
		// none of them a number ("catches of a further 500 tonnes" names
		// no base).
		for k := i - 1; k >= max(0, i-3); k-- {
			if words[k] == "per" {
				return true
			}
			if strings.ContainsAny(words[k], "0123456789") {
				break
			}
		}
	}
	return false
}

// baseBeforeAdvice says what to write for a stated price with its base
// ("€6,761 per tonne") whose quote says the base before the figure
// ("price per tonne … was €6,761"), or "": the figure alone as stated,
// and the base in the unit.
func baseBeforeAdvice(fq string, ind *Indicator) string {
	if ind.Unit.Kind != Money || ind.Unit.Per == "" {
		return ""
	}
	alone := figureAloneOf(ind.Stated)
	if alone == ind.Stated || indexWord(fq, foldString(alone)) < 0 || !baseNamed(fq, ind.Unit.Per) {
		return ""
	}
	return fmt.Sprintf("the quote names its base \"per %s\" apart from the figure: write stated: %q, the quote's characters, and keep unit: %s", ind.Unit.Per, alone, unitWord(ind.Unit))
}

// figureAloneOf returns the longest start of stated that reads as a
// figure of money with no base ("€6,761" of "€6,761 per tonne"), or
// stated.
func figureAloneOf(stated string) string {
	f := strings.Fields(stated)
	for k := len(f) - 1; k > 0; k-- {
		start := strings.Join(f[:k], " ")
		if _, u, err := ParseStated(start); err == nil && u.Kind == Money && u.Per == "" {
			return start
		}
	}
	return stated
}
