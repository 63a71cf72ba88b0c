package indicators

import (
	"fmt"
	"strings"
	"sync"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file holds the rule for figures quoted from a table whose header
// gives its scale ("'000" over trips in thousands): the cell "1,485" is
// stated as the document writes it, and scale: thousand records it at its
// true size, 1,485,000. The catalog may give the scale only where the
// source states it in the table's header above the quote (the lines from
// the blank line before the quote to the line it starts on), and must give
// it where the source does. The quote's own line is no header: prose
// around a figure ("homes in thousands of villages, and 880 deaths") says
// nothing of the figure's scale.

// maxTableBlock is how far back, in bytes, a table's header is looked for
// above a quote when no blank line comes sooner.
const maxTableBlock = 4000

// tableHeader returns the header lines of the table that holds the quote
// at span: from just after the last blank line before it, at most
// maxTableBlock bytes back, to the start of the line the quote starts on.
func tableHeader(text string, span Span) string {
	end := strings.LastIndexByte(text[:span.Start], '\n') + 1
	from := max(0, end-maxTableBlock)
	if i := strings.LastIndex(text[from:end], "\n\n"); i >= 0 {
		from += i + 2
	}
	return text[from:end]
}

// tableScaleMark returns the first mark of a table's scale (lexicon.TableScales)
// in s, with its scale, standing as a word; ok is false if s holds none.
// At each byte of s only the marks that start with it are compared
// (tableMarksByFirst): a search of s for each of the hundreds of marks
// read the header once per mark, and verifying a draft asks this of every
// figure quoted from a table.
func tableScaleMark(s string) (mark string, sc Scale, ok bool) {
	low := lowerASCII(s) // the same offsets as s ("Ⱥ" lowers to two bytes more)
	byFirst := tableMarksByFirst()
	for j := 0; j < len(low); j++ {
		for _, m := range byFirst[low[j]] {
			end := j + len(m.mark)
			if strings.HasPrefix(low[j:], m.mark) && (j == 0 || !isAlnum(low[j-1])) && (end == len(low) || !isAlnum(low[end]) || !isAlnum(m.mark[len(m.mark)-1])) {
				return s[j:end], Scale(m.exp / 3), true
			}
		}
	}
	return "", sc, false
}

// A lowMark is a mark of lexicon.TableScales in lower case, with its power
// of ten.
type lowMark struct {
	mark string
	exp  int
}

// tableMarksByFirst holds the marks of lexicon.TableScales in lower case
// by their first byte, each list in the order of TableScales, so that the
// first of two marks at one place is the one TableScales lists first.
var tableMarksByFirst = sync.OnceValue(func() *[256][]lowMark {
	var t [256][]lowMark
	for _, m := range lexicon.TableScales() {
		mk := lowerASCII(m.Mark)
		t[mk[0]] = append(t[mk[0]], lowMark{mk, m.Exp})
	}
	return &t
})

// scaledBy returns q with every figure multiplied by sc's power of ten and
// sc as its scale: "1,485" in a table in thousands is 1,485,000, written
// (1485, 3) so its four significant figures are kept.
func scaledBy(q Quantity, sc Scale) Quantity {
	e := int32(3 * sc)
	q.Value.Exp += e
	if q.IsRange() {
		q.Low.Exp += e
		q.High.Exp += e
	}
	q.Scale = sc
	return q
}

// tableScaled returns the figure stated reads as, q, at the table scale
// the indicator gives: where ind's Quantity has a scale and stated has
// none ("1,485" with scale: thousand), q scaled by it; otherwise q.
func tableScaled(ind *Indicator, q Quantity) Quantity {
	if q.Scale == NoScale && ind.Quantity.Scale > NoScale {
		return scaledBy(q, ind.Quantity.Scale)
	}
	return q
}

// tableScale checks the scale of a figure quoted from a table: a scale
// the stated figure does not write must stand in the quote or above it in
// its table, and a bare figure under a table's scale mark must give it.
func (v *verifier) tableScale(ind *Indicator, src *Source, p *Provenance, pkey, pwhere string) {
	if ind.Stated == "" {
		return
	}
	if msg := gluedPercent(ind, src.Text, p.Span); msg != "" {
		v.add(pkey+"/quote", pwhere, ErrMismatch, "%s", msg) // "Annual % change4.93.8"
		return
	}
	sq, _, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || sq.Scale != NoScale {
		return
	}
	mark, sc, found := tableScaleMark(tableHeader(src.Text, p.Span))
	given := ind.Quantity.Scale
	switch {
	case given > NoScale && !found:
		if msg, ok := scaleFromCompared(src.Text, p.Span, ind); ok {
			if msg != "" {
				v.add(pkey+"/quote", pwhere, ErrMissing, "%s", msg)
			}
			return
		}
		v.add(pkey+"/quote", pwhere, ErrMismatch, "scale %s says %q is in %ss, but no header line of its table above the quote (the lines from the blank line before the quote to its own line) states a scale, such as \"'000\" or \"(£m)\": quote a cell under the header that does, or leave scale out", given, ind.Stated, given)
	case given > NoScale && sc != given:
		v.add(pkey+"/quote", pwhere, ErrMismatch, "scale %s disagrees with the table above the quote, which states %q: write scale: %s", given, mark, sc)
	case given == NoScale && found && scaledUnit(ind):
		v.add(pkey+"/quote", pwhere, ErrMismatch, "%q stands under the table's scale %q, so it is %s %s: write scale: %s to record it at its true size (stated stays %q)",
			ind.Stated, mark, ind.Stated, scaleNames[sc], scaleNames[sc], ind.Stated)
	}
}

// scaledUnit reports whether a figure of ind's unit and measure may be
// written in a table's scale: an amount, a count or a pure number, not a
// percentage, rank or multiple.
func scaledUnit(ind *Indicator) bool {
	switch ind.Unit.Kind {
	case NoUnit, Money, Count, Measure:
		return ind.Measure != Share && ind.Measure != RankKind
	}
	return false
}

// tableScaleAdvice says what to write where a catalog gives a value that
// is its bare stated figure times a power of a thousand ("332000" for
// "332"), or "".
func tableScaleAdvice(value, stated Decimal) string {
	if stated.Coef == 0 || value.Coef == 0 {
		return ""
	}
	for sc := Thousand; sc < numScales; sc++ {
		if scaledBy(Quantity{Value: stated}, sc).Value.Equal(value) {
			return fmt.Sprintf("value %s is stated %s in %ss: where the source's table gives its figures in %ss (\"'000\"), write scale: %s and leave value out", value, stated, scaleNames[sc], scaleNames[sc], scaleNames[sc])
		}
	}
	return ""
}

// TableScaleAbove returns the scale a table's header lines state for its
// cells ("'000" over trips in thousands, "€ million"), as verify reads it
// (tableScale): the drafter gives a cell of such a table its scale.
func TableScaleAbove(header string) (Scale, bool) {
	_, sc, ok := tableScaleMark(header)
	return sc, ok
}
