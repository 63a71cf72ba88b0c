package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// EntityLabel returns an entity code as a reader of the book reads it:
// a region's name with its code ("Central America (013)"), a country's
// ("Japan (JP)"), or the code itself where no name is known. The CSV and
// the JSON keep the codes.
func EntityLabel(code string) string {
	name := indicators.EntityName(code)
	if name == "" || name == code {
		return code
	}
	return name + " (" + code + ")"
}

// IndicatorUnitWords returns the unit of ind in words, as the book's Unit
// columns name it: an index with its reference, "index (2015=100)"
// (indicators.IndexPhrase, the model's one name of it), a rank with the
// place its 1 is, "rank (1 = highest)", as a chart of ranks says it
// (rankNote: the cell's 1 is no figure of the document, s24s-flooding),
// every other unit as UnitWords.
func IndicatorUnitWords(ind *indicators.Indicator) string {
	if p := indicators.IndexPhrase(ind.Unit, ind.Base); p != "" {
		return p
	}
	if note := rankNote([]Bar{{Figure: Figure{Unit: ind.Unit}}}); note != "" {
		return UnitWords(ind.Unit) + " (" + note + ")"
	}
	return UnitWords(ind.Unit)
}

// BaseWords returns the base of ind as the book's Base column writes it:
// an index level's reference, "2015=100", never a bare "2015", which
// reads as a change's start; any other base its label; "" where none
// is stated.
func BaseWords(ind *indicators.Indicator) string {
	if !ind.Base.IsStated() {
		return ""
	}
	if ref := IndexReference(ind.Title, Figure{Measure: ind.Measure, Unit: ind.Unit, Base: ind.Base}); ref != "" {
		return ref // unit index, or the guess IndexReference keeps for a catalog without it
	}
	return ind.Base.Label()
}

// UnitWords returns unit u in words, as the book names it beside its
// figures: "percentage points", "percent", "vacancies" (a count's noun,
// plural), "USD", "SDR" (the code documents write for XDR,
// indicators.CurrencySign), "USD per barrel", a measure whose catalog
// code no figure prints in its plural words (Spelling: "degrees
// Fahrenheit", "degrees Fahrenheit per decade", never the code "degF",
// s15f-climate), a printed symbol as it is ("MW", "in"). The CSV and the
// JSON keep u.String() ("percentage_point").
func UnitWords(u indicators.Unit) string {
	if u.Per != "" {
		base := u
		base.Per = ""
		if b := UnitWords(base); b != "" {
			return b + " per " + u.Per
		}
		return "per " + u.Per
	}
	switch u.Kind {
	case indicators.PercentagePoint:
		return "percentage points"
	case indicators.Count:
		return Plural(u.Name)
	case indicators.Measure:
		// In words, as every figure of it is written (Spelling):
		// "tonnes", "megawatts", "degrees Fahrenheit".
		if w := Spelling(u); w != "" {
			return w
		}
	case indicators.Money:
		if sign := strings.TrimSpace(indicators.CurrencySign(u)); isLetters(sign) {
			return sign // "SDR"
		}
	}
	return strings.ReplaceAll(u.String(), "_", " ")
}

// isLetters reports whether s is one or more ASCII letters.
func isLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i] | 0x20; c < 'a' || c > 'z' {
			return false
		}
	}
	return s != ""
}
