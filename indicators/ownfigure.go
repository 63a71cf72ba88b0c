package indicators

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Advice about a figure reads that figure's own words: a notice that
// offered the words of another claim of the same sentence would lead a
// writer from a correct catalog to a wrong one (s26w: "below target
// levels" of one figure offered as the comparand of another).

// comparandOf is comparandIn of the figure of stated's own clause of
// quote (figureClause): "3 points below target levels, and up 11
// points" sets the 3 against a target, not the 11.
func comparandOf(quote, stated string) (Comparand, string) {
	return comparandIn(figureClause(quote, figureIn(quote, Span{End: len(quote)}, stated)))
}

// countedPhrase returns the noun phrase the quote counts after ind's
// stated figure, read to its head noun as the stated reader reads it
// ("firearms certificates" in "385 firearms certificates that were
// revoked", whose head is certificate, not the first noun "firearms"),
// from rest, the quote's words after the figure up to its verb ("were
// completed" of "39.72m courses of treatment were completed" is no part
// of it); w, the first plural after it, where the reader finds no
// counted noun in them.
func countedPhrase(ind *Indicator, rest, w string) string {
	if i := strings.IndexAny(rest, ".,;:()"); i >= 0 {
		rest = rest[:i]
	}
	if f := strings.Fields(rest); len(f) > 0 {
		for i, x := range f {
			if lx := lowerASCII(x); slices.Contains(lexicon.Copulas, lx) || slices.Contains(lexicon.HaveForms, lx) || slices.Contains(lexicon.Modals, lx) {
				rest = " " + strings.Join(f[:i], " ") // "courses of treatment were completed": the verb ends the phrase
				break
			}
		}
	}
	_, u, err := ParseStatedAs(ind.Stated+rest, ind.Measure)
	if err != nil || u.Kind != Count || u.Per != "" {
		return w
	}
	head := lastWord(u.Name)
	var words []string
	for _, f := range strings.Fields(rest) {
		words = append(words, f)
		if lexicon.Singular(lowerASCII(f)) == head {
			return strings.Join(words, " ")
		}
	}
	return w
}

// statedAsLonger returns the figures of view vw counted in unit h whose
// stated writes the longer unit of one of ids ("17,004 potential victims"
// beside unit: potential victim, s26w-slavery; "49,220 public charging
// devices" beside unit: charging device), and that unit, or nil: the
// reader takes the head noun as the unit, but a modifier may change what
// is counted (a potential victim is no victim), so the unit to write is
// the one as written.
func (c *Catalog) statedAsLonger(vw *ChartView, h string, ids []string) ([]string, string) {
	var as []string
	writes := ""
	for _, id := range vw.Indicators {
		ind, ok := c.Indicator(id)
		if !ok || ind.Unit.Kind != Count || ind.Unit.Name != h {
			continue
		}
		q, _, err := ParseStatedAs(ind.Stated, ind.Measure)
		if err != nil || q.Noun == "" {
			continue
		}
		noun := lexicon.Singular(lowerASCII(q.Noun))
		for _, o := range ids {
			if in, ok := c.Indicator(o); ok && (noun == in.Unit.Name || strings.HasSuffix(noun, " "+in.Unit.Name)) && (writes == "" || writes == in.Unit.Name) {
				as, writes = append(as, id), in.Unit.Name
				break
			}
		}
	}
	return as, writes
}

// objectOf reports whether f[k] is the object of a preposition: right
// after one ("in men"), up to three words after one of a group
// (lexicon.GroupPrepositions: "among core-aged women"), or joined by "and" or "or" to a bracketed twin
// that is ("for adults (4,052) and children (991)": both are who the
// referrals are for, not what is counted).
func objectOf(f []string, k int) bool {
	if k > 0 && slices.Contains(lexicon.Prepositions, lowerASCII(f[k-1])) {
		return true
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if slices.Contains(lexicon.GroupPrepositions, lowerASCII(f[j])) {
			return true // "among core-aged women (+43,000)": the group, not what is counted
		}
		if bareWord(f[j]) != f[j] || slices.Contains(lexicon.Copulas, lowerASCII(f[j])) {
			break
		}
	}
	if k < 3 || f[k-1] != "and" && f[k-1] != "or" || !strings.HasSuffix(f[k-2], ")") {
		return false
	}
	j := k - 2
	for j >= 0 && !strings.HasPrefix(f[j], "(") {
		j-- // a bracket of several words: "(24%; 4,052)"
	}
	return j >= 1 && objectOf(f, j-1)
}

// measureNoun reports whether w, a noun, names a measure (measureWords:
// "number", "numbers", "total", "amount"), no thing counted: never a unit.
func measureNoun(w string) bool {
	_, ok := measureWords[lexicon.Singular(w)]
	return ok
}
