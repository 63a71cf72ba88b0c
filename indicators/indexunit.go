package indicators

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// An index number is a level read against its reference period, the
// period where the index is 100: CSO's "Production Index … (Base Year
// 2015 = 100)" stands at 109.0 in October 2018 (s19m-industry). Its unit
// is index (IndexUnit); its reference is the indicator's base, as the
// README's "an index level keeps its base" has it, so a catalog writes
//
//	measure: level
//	stated: "109.0"
//	unit: index
//	base: 2015
//
// and the outputs are to read one rule, IndexPhrase, to name it "index
// (2015=100)" where a bare number said "Number" (the rendering is the
// output engineers'; until it lands they name it as a pure number). A level with no unit whose title
// names an index, and whose reference its title, quote or table header
// gives ("2015=100", "Base Year 2015 = 100") or its base holds, takes a
// notice: write unit: index. An index given no base whose reference
// those give takes one too: write base. An index is a level: unit index
// under another measure is refused (indexMeasure), since a change of one
// is in percent, or in its points (unit: point).

// referenceMark matches an index's reference as releases write it:
// "2015=100", "2015 = 100", "(Base Year 2015 = 100)".
var referenceMark = regexp.MustCompile(`\b((?:1[89]|20)[0-9]{2})\s*=\s*100\b`)

// IndexPhrase returns how the outputs name unit u of a figure whose base
// is base: "index (2015=100)" for an index with its reference, "index"
// for one without; "" for any other unit (a pure number stays "Number").
func IndexPhrase(u Unit, base Period) string {
	if u.Kind != Index {
		return ""
	}
	if ref := IndexReference(base); ref != "" {
		return "index (" + ref + ")"
	}
	return "index"
}

// IndexReference returns an index's reference as releases write it,
// base's label and "=100" ("2015=100", "January 2015=100"), or "" where
// base is not stated.
func IndexReference(base Period) string {
	if !base.IsStated() {
		return ""
	}
	return base.Label() + "=100"
}

// indexReferenceIn returns the reference period an index's words give
// ("2015=100" is 2015), or NotStated.
func indexReferenceIn(s string) Period {
	m := referenceMark.FindStringSubmatch(s)
	if m == nil {
		return NotStated
	}
	y, _ := strconv.Atoi(m[1])
	return YearPeriod(y)
}

// indexNotice says what to write for an index level written otherwise
// (see above), or "", with the field it is said at.
func (c *Catalog) indexNotice(ind *Indicator) (field, msg string) {
	var words []string // the title, each quote's line and its table's header
	words = append(words, ind.Title)
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start > p.Span.End {
			words = append(words, p.Quote)
			continue
		}
		words = append(words, quoteLine(src.Text, p.Span), tableHeader(src.Text, p.Span), strings.Join(p.Section, "\n"))
	}
	ref := NotStated
	for _, w := range words {
		if ref = indexReferenceIn(w); ref.IsStated() {
			break
		}
	}
	switch {
	case ind.Unit.Kind == Index && !ind.Base.IsStated() && ref.IsStated():
		return "period", fmt.Sprintf("an index is read against its reference period, and the text gives it, %s=100: write base: %s (the index is then named %q)", ref.Label(), ref, IndexPhrase(ind.Unit, ref))
	case ind.Unit.IsZero() && ind.Measure == Level && ind.Stated != "":
		low := lowerASCII(ind.Title)
		if !slices.ContainsFunc(vocab.IndexNouns, func(w string) bool { return hasWord(low, w) }) {
			return "", "" // the nouns of an index, one list with the drafts' (what45)
		}
		if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() || ProportionInWords(ind.Stated) {
			return "", ""
		}
		switch {
		case ind.Base.IsStated():
			return "stated", fmt.Sprintf("%q is a level of an index (its title says so) with no unit, which the outputs call a number: write unit: index, read against base %s (the index is then named %q)", ind.Stated, ind.Base, IndexPhrase(IndexUnit, ind.Base))
		case ref.IsStated():
			return "stated", fmt.Sprintf("%q is a level of an index (its title says so, %s=100) with no unit, which the outputs call a number: write unit: index and base: %s, its reference period (the index is then named %q)", ind.Stated, ref.Label(), ref, IndexPhrase(IndexUnit, ref))
		}
	}
	return "", ""
}

// indexMeasure says what to write for unit index under a measure other
// than level, or "".
func indexMeasure(ind *Indicator) string {
	if ind.Unit.Kind != Index || ind.Measure == Level {
		return ""
	}
	return fmt.Sprintf("unit index is an index number, a level read against its reference period, but measure is %s: write measure: level (a change of an index is in percent, or in its points: unit: point)", ind.Measure)
}

// indexNotices gives a notice, of kind ErrMismatch, for each index level
// written otherwise (indexNotice).
func (c *Catalog) indexNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if field, msg := c.indexNotice(ind); msg != "" {
			c.addField(&l, ind.ID, field, ErrMismatch, msg)
		}
	}
	return l
}
