package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// ClaimBase returns what follows the figure of ind where it is listed
// alone, on the Cover and the deck's list of claims alike, and whether it
// says the period, which the title then leaves out. Every reported change
// of a stated base and period says both one way, whatever its title says:
// "down 4.3% from 2012 to 2013", "down 0.3% from 2008 to 2009", "up 23%
// from 2001 to 2012", never "down 0.3% on 2008" beside them, nor "up 23%"
// where the title names the base (s15-births: three wordings on one
// Cover). A commitment says its base as PeriodAndBase does ("from 2005
// levels"); a contribution, a share, none. A gap from a long-term
// average (longAverage) is said against it: "up 3.2°F on the 1901–2000
// average in 2012", never "from 1901–2000 to 2012", a change over a
// century (s15f-climate).
func ClaimBase(ind *indicators.Indicator) (phrase string, said bool) {
	m := ClaimMeasure(ind)
	if m == indicators.Change && !ind.Status.IsCommitment() && ind.Base.IsStated() && ind.Period.IsStated() {
		if longAverage(ind) {
			return "on the " + ind.Base.Label() + " average in " + ind.Period.Label(), true
		}
		return PeriodAndBase("", ind.Base, ind.Period, false)
	}
	if m != indicators.Change {
		return "", false
	}
	return PeriodAndBase(ind.Title, ind.Base, ind.Period, ind.Status.IsCommitment())
}

// longAverageYears is the fewest years a base spans to be a long-term
// average a figure is compared with rather than a time it changed from.
const longAverageYears = 10

// longAverage reports whether ind is a gap from a long-term average: its
// base spans longAverageYears or more, ends before its period begins, and
// its title or a quote says "average" ("3.2°F above the 20th century
// average", base 1901/2000, 2012).
func longAverage(ind *indicators.Indicator) bool {
	b, p := ind.Base, ind.Period
	if !b.IsSpan() || b.To.Year-b.From.Year+1 < longAverageYears || b.To.Year >= p.From.Year {
		return false
	}
	texts := []string{ind.Title}
	for _, pv := range ind.Provenance {
		texts = append(texts, pv.Quote)
	}
	for _, t := range texts {
		if hasWords(strings.ToLower(t), "average") {
			return true
		}
	}
	return false
}

// ClaimMeasure returns the measure ind is worded as: its own, as verify
// settles it. A contribution to a rate of growth or inflation arrives as
// a share in percentage points (indicators.SettleMeasure), worded as a
// figure of its period, and a change whose title names a contribution
// ("Employer pension contributions", up £2 billion from 2020) stays a
// change: the title was read before, and that change lost its "up … from
// 2020".
func ClaimMeasure(ind *indicators.Indicator) indicators.MeasureKind {
	return ind.Measure
}

// FormulaWords returns the formula of d with its inputs named by their
// titles, as a reader of a slide or a printed sheet reads them:
// "Nominal GDP growth − Real GDP growth", "100 × Heroin and morphine
// deaths / Drug poisoning deaths"; an input of no title by its ID. The
// IDs broke mid-word over lines and said nothing to a reader
// (s15-prices, s15-gdp, s15-deaths); the book keeps them in a column of
// their own.
func FormulaWords(c *indicators.Catalog, d *indicators.Derived) string {
	sep := map[indicators.Op]string{indicators.Ratio: " / ", indicators.Difference: " − ", indicators.Sum: " + ", indicators.ShareOf: " / "}[d.Op]
	s := strings.Join(c.InputNames(d), sep)
	if d.Op == indicators.ShareOf {
		s = "100 × " + s
	}
	return s
}

// Plural returns the plural of a unit's counted noun, as every output
// writes it: indicators.UnitPlural, the one rule the drafter reads too
// ("courses of treatment"; "1,485 thousand trips", never "thousand
// tripses", s15-visitors).
func Plural(name string) string { return indicators.UnitPlural(name) }

// RestLabel names the rest of a whole a part-of-whole chart draws beside
// its parts: "Other live births" beside the share of births to mothers
// born abroad, where the whole (denom) is known, else "Other"; "All
// other" beside several parts that fall short of the whole, the parts a
// document lists being its largest, not its only ones ("Other, not
// stated" read as data withheld, s22p-volunteer). "The
// rest" was a word an analyst had to replace before pasting the chart
// (s15-births). A whole that ends in a relative clause names the part
// with it ("marriages that were religious ceremonies"): the rest is of the
// noun before the clause, "Other marriages", never "Other marriages that
// were religious ceremonies", which said the opposite of the 78% it
// labelled (s16g-marriages).
//
// A whole named with a word for all of it ("all landings", "total
// broadband connections") names its rest without it: "Other landings",
// never "Other all landings" (s17i-fisheries, s17i-broadband).
//
// A whole named by a pronoun, "those impounded", "those aged 65 and
// over", has no noun for "Other" to go before: its rest is "Rest of those
// impounded", never "Other those impounded" (s32c-dogs).
func RestLabel(denom string, many bool) string {
	if w, ok := strings.CutPrefix(denom, "those "); ok && !many && w != "" {
		return "Rest of " + denom
	}
	f := strings.Fields(denom)
	for len(f) > 1 && wholeWords[strings.ToLower(f[0])] {
		f = f[1:]
	}
	denom = strings.Join(f, " ")
	for i, w := range f {
		if i > 0 && relativeWords[strings.ToLower(w)] {
			denom = strings.Join(f[:i], " ")
			break
		}
	}
	switch {
	case many:
		return "All other"
	case denom != "":
		return "Other " + denom
	}
	return "Other"
}

// RestName returns the name of the rest of a whole that parts of rule
// leave: RestLabel's where they fall short of it by more than their
// rounding (indicators.Parts.Rest); "Not stated or rounding" where
// their rounding or hedges alone may make up the gap, which no output
// draws as a part of its own nor stretches the parts to fill: 10%, 32%
// and 55% drawn as 97% of the squares "because of rounding" hid the 3%
// who did not say (s26w-language). The waffle and the book's doughnut
// name it alike.
func RestName(rule indicators.Parts, denom string, many bool) string {
	if rule.Rest() {
		return RestLabel(denom, many)
	}
	return "Not stated or rounding"
}

// wholeWords open the name of a whole and say it is all of it: "all
// landings", "the total population", "total connections".
var wholeWords = map[string]bool{"all": true, "the": true, "total": true, "whole": true, "entire": true}

// relativeWords open a relative clause after a noun: "marriages that were
// religious ceremonies", "adults who smoke", "firms which export"
// (indicators.RelativeWords).
var relativeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range indicators.RelativeWords() {
		m[w] = true
	}
	return m
}()

// pointCut returns l, the label of ind (LabelOf), cut after its figure
// where ind is a count of a series, so that Counted writes every point of
// the series from its value and the series' one unit: "698,512 births"
// beside "729,674 births", "4.7 stillbirths per thousand total births"
// beside "4.9 stillbirths per thousand total births", where the stated
// words of one point ("698,512 live births") beside another stated bare
// read as two measures (s15-births, s15-deaths). The document's words
// stay in the quote.
func pointCut(ind *indicators.Indicator, l string) string {
	if ind.Series == "" || ind.Unit.Kind != indicators.Count || ind.Unit.Name == "" || indicators.IsOrderOfMagnitude(l) {
		return l
	}
	end := FigureEnd(l, ind.Quantity)
	if end < 0 {
		return l
	}
	return strings.Join(strings.Fields(l)[:end+1], " ")
}
