package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// numberOfVerbs end the counted words of "the number of X" and lead to
// the figure: "the number of international students … increased to a
// record high of 723,277", "The number of households connected reached 5
// million".
var numberOfVerbs = stopSet(classCopulas|classHaveForms,
	"increased", "increases", "rose", "rises", "grew", "grows", "reached", "reaches", "climbed", "fell",
	"dropped", "declined", "decreased", "jumped", "doubled", "tripled", "hit", "hits", "totaled", "totalled",
	"totals", "topped", "stood", "stands", "will", "surged", "soared", "exceeded", "amounted", "came", "now")

// numberOfEnds end the head of the counted words: a preposition or a
// participle after it ("students in the United States", "households
// connected").
var numberOfEnds = map[string]bool{"in": true, "at": true, "on": true, "from": true, "for": true, "with": true, "to": true,
	"across": true, "within": true, "under": true, "of": true, "who": true, "that": true, "enrolled": true}

// numberOf reads the counted noun of a bare number from "the number of X"
// earlier in its clause: "the number of international students in the
// United States increased to a record high of 723,277" counts students
// (the head noun of X, singular), and X with its place names the figure
// ("International students in the United States"). It returns the title,
// the unit, the words it read them from, and whether it found them; no
// other figure may stand between.
func (d *docDraft) numberOf(m Mention, cs int) (string, indicators.Unit, string, bool) {
	text := d.src.Text
	before := text[cs:m.Span.Start]
	i := strings.LastIndex(strings.ToLower(before), "number of ")
	if i < 0 || d.otherCountBetween(m, cs+i, m.Span.Start) {
		return "", indicators.Unit{}, "", false
	}
	ws := strings.Fields(before[i+len("number of "):])
	var x []string
	years := 0
	for _, w := range ws {
		bare := strings.Trim(w, ",;:()")
		if numberOfVerbs[strings.ToLower(bare)] {
			break
		}
		x = append(x, bare)
		if isReportingYear(bare) {
			years++ // "in 2014-15" dates the count; it names none of it
		}
		if bare != w || len(x) > 10+2*years {
			return "", indicators.Unit{}, "", false // a comma or parenthesis in the counted words
		}
	}
	if len(x) > 8+2*years {
		return "", indicators.Unit{}, "", false
	}
	if len(x) == 0 || len(x) == len(ws) {
		return "", indicators.Unit{}, "", false
	}
	// "the number of malaria deaths in 2018": the year is the period's,
	// not the title's.
	if n := len(x); n >= 3 && isReportingYear(x[n-1]) && (x[n-2] == "in" || x[n-2] == "during" || x[n-2] == "for") {
		x = x[:n-2]
	}
	if x[0] == "the" || x[0] == "these" || x[0] == "those" {
		return "", indicators.Unit{}, "", false // "the number of the …": no counted noun of its own
	}
	head, at := "", 0
	for k, w := range x {
		if k > 0 && (numberOfEnds[w] || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			break
		}
		head, at = w, k
	}
	if !isLowerWord(head) {
		return "", indicators.Unit{}, "", false
	}
	one := indicators.Singular(head)
	if one == head || indicators.Plural(one) != head {
		return "", indicators.Unit{}, "", false // no plural: "the number of staff"
	}
	t := strings.Join(x, " ")
	r, n := utf8.DecodeRuneInString(t)
	t = string(unicode.ToUpper(r)) + t[n:]
	return t, indicators.CountOf(kindlessNoun(x[:at], one)), fmt.Sprintf("%q before the figure", "the number of "+strings.Join(x, " ")), true
}

// otherCountBetween reports whether a figure other than a change of the
// count stands between byte offsets from and to: "the number of Chinese
// students grew 23 percent to 157,558" still counts students at 157,558,
// "the number of students and 5,000 teachers rose to 40,000" does not.
func (d *docDraft) otherCountBetween(m Mention, from, to int) bool {
	for _, o := range d.mentionsWithin(from, to) {
		if o.Span == m.Span || o.Span.Start < from || o.Span.End > to {
			continue
		}
		_, u, err := indicators.ParseStated(o.Text)
		f := strings.Fields(strings.ToLower(d.src.Text[from:o.Span.Start]))
		if err == nil && u.Kind == indicators.Percent || len(f) > 0 && f[len(f)-1] == "by" {
			continue
		}
		return true
	}
	return false
}

// reportingYear matches a financial or reporting year: "2014-15",
// "2014/15".
var reportingYear = lazyRegexp(`^(?:19|20)\d\d[-–/]\d\d$`)

// isReportingYear reports whether w is a year in four digits or a
// reporting year ("2014-15").
func isReportingYear(w string) bool { return isYearWord(w) || reportingYear.MatchString(w) }

// isYearWord reports whether w is a year in four digits, 1900 to 2100.
func isYearWord(w string) bool {
	v, ok := fourDigits(w)
	return ok && v >= 1900 && v <= 2100
}
