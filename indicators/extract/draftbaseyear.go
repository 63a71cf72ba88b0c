package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Years that date a comparand, not the figure (drafts52):
//
//	There were 81,200 offences in 2031, a decrease of 4.3% from 84,800
//	in 2030. → the year after "from <number>" dates the number the change
//	is measured from: the change is of the sentence's own year (2031),
//	with base 2030
//	This is 5% lower than the level recorded in 2029-30. → a year after
//	"lower/higher than (the level) (recorded) in" is the base; the period
//	is that of the sentence "This" points back to
//	Other than a slight rise in 2026-27, offences have fallen since
//	2025-26, having decreased overall by 39%. → a year in a clause opening
//	"Other than", "Apart from", "Except for", "Despite" or "With the
//	exception of" never dates the main figure; a change "since" a year is
//	of the release's own year, with that year as base

// thanYearRe is a comparison with an earlier year after a figure: "lower
// than the level recorded in 2013-14".
var thanYearRe = lazyRegexp(`(?i)^[^.;]*?\b(?:lower|higher|less|more|fewer|greater|below|above) than (?:(?:the|that|its) )?(?:(?:level|figure|number|total|rate) )?(?:(?:recorded|reported|seen|of) )?in ((?:19|20)\d\d(?:[-–]\d\d)?)\b`)

// fromFigureYearRe is a change's comparand and its year after the change:
// "from 729,674 in 2012", "from 37% in 2018".
var fromFigureYearRe = lazyRegexp(`^[^.;]*?\bfrom [£$€]?\d[\d,.]*(?:%| percent| per cent| (?:million|billion|thousand))? in ((?:19|20)\d\d(?:[-–]\d\d)?)\b`)

// exceptOpenerRe opens a sentence with a concessive clause up to its first
// comma: "Other than a slight increase in 2006-07,".
var exceptOpenerRe = lazyRegexp(`^(?i:other than|apart from|except for|despite|with the exception of)\b[^,]*,`)

// closingAcrossRe is a year across two that closes a sentence: "… of all
// recorded crime in 2014-15."
var closingAcrossRe = lazyRegexp(`\bin ((?:19|20)\d\d[-–]\d\d)\.?\s*$`)

// sinceYearRe is "since 2005-06".
var sinceYearRe = lazyRegexp(`\bsince ((?:19|20)\d\d(?:[-–]\d\d)?)\b`)

// yearOfWords returns the period words such as "2013-14" or "2012" name in
// the document: a reporting year where the document reads them so.
func (d *docDraft) yearOfWords(w string) (indicators.Period, bool) {
	rs := yearsIn(w, 0)
	if len(rs) == 0 {
		return indicators.Period{}, false
	}
	return rs[0].period, true
}

// releaseAcrossRe is a year across two in a title line: "2030-31".
var releaseAcrossRe = lazyRegexp(`\b(?:19|20)\d\d[-–]\d\d\b`)

// titleYear returns the year the document's title line names, if one.
func (d *docDraft) titleYear() (indicators.Period, bool) {
	title, _, _ := strings.Cut(strings.TrimLeft(d.src.Text, " \t\n"), "\n")
	if w := releaseAcrossRe.FindString(title); w != "" { // "2030-31": a year across two
		return d.yearOfWords(w)
	}
	return indicators.Period{}, false
}

// comparandYears redates claim i of out whose period was read from a year
// that dates its comparand or a concessive clause; main is the index of
// the main figure of the sentence before in its paragraph, or -1, which
// mainBefore returns when asked.
func (d *docDraft) comparandYears(out []claim, i int, mainBefore func() int) {
	cl := &out[i]
	ind := &cl.ind
	q := ind.Provenance[0].Quote
	note := cl.fieldNotes["period"]
	after := q
	if k := strings.Index(q, ind.Stated); k >= 0 {
		after = q[k+len(ind.Stated):]
	}
	names := func(w string) bool { return ind.Period.IsStated() && strings.Contains(note, w) }
	if !ind.Period.IsStated() {
		if note == "no year for this figure" && strings.Contains(q, "-") {
			if sm := closingAcrossRe.FindStringSubmatch(q); sm != nil {
				// "At 49%, X account for almost half of all Y in 2014-15.":
				// the year that closes the sentence dates its figures.
				if p, ok := d.yearOfWords(sm[1]); ok {
					ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q closes the sentence: the year of its figures", sm[0])
					declare(cl.fieldNotes, "period", "period/comparandYears#1")
				}
			}
		}
		return
	}
	if strings.Contains(after, "from ") && ind.Measure == indicators.Change {
		if fromFigureYear(out, i, after) {
			return
		}
	}
	if strings.Contains(after, " than ") && backPointer(q) {
		if sm := thanYearRe.FindStringSubmatch(after); sm != nil && names(sm[1]) {
			if main := mainBefore(); main >= 0 {
				m := &out[main]
				ind.Base, ind.Period = ind.Period, m.ind.Period
				cl.fieldNotes["period"] = fmt.Sprintf("%s, of %s, the figure %q points back to; %q is the base", m.ind.Period, m.ind.Stated, firstWord(q), sm[0][strings.Index(sm[0], "than"):])
				declare(cl.fieldNotes, "period", "period/comparandYears#2")
				return
			}
		}
	}
	if f := firstWord(q); f != "Other" && f != "Apart" && f != "Except" && f != "Despite" && f != "With" {
		return
	}
	if op := exceptOpenerRe.FindString(q); op != "" && ind.Period.IsStated() {
		for _, r := range yearsIn(op, 0) {
			if !strings.Contains(note, op[r.start:r.end]) {
				continue
			}
			ind.Period = indicators.NotStated
			cl.fieldNotes["period"] = fmt.Sprintf("%q dates the clause set against the figure, not the figure", strings.TrimSuffix(op, ","))
			declare(cl.fieldNotes, "period", "period/comparandYears#3")
			if sm := sinceYearRe.FindStringSubmatch(q[len(op):]); sm != nil && ind.Measure == indicators.Change {
				b, okb := d.yearOfWords(sm[1])
				p, okp := d.titleYear()
				if okb && okp {
					ind.Period, ind.Base = p, b
					cl.fieldNotes["period"] = fmt.Sprintf("a change %q: %s, the release's year, with base %s", sm[0], p, b)
					declare(cl.fieldNotes, "period", "period/comparandYears#4")
				}
			}
			return
		}
	}
}

// backPointer reports whether the sentence q opens with a word that points
// back to the sentence before: "This", "That", "It".
func backPointer(q string) bool {
	w := firstWord(q)
	return w == "This" || w == "That" || w == "It"
}

// fromFigureYear dates claim i of out, a change whose words after it
// are after, by the sentence's own first dated figure where the year after
// "from <number>" dated it, and makes that year its base; it reports
// whether it did.
func fromFigureYear(out []claim, i int, after string) bool {
	cl := &out[i]
	ind := &cl.ind
	sm := fromFigureYearRe.FindStringSubmatch(after)
	if sm == nil || !strings.Contains(cl.fieldNotes["period"], sm[1]) {
		return false
	}
	// The sentence's own year: its first dated figure.
	first := -1
	for j := i - 1; j >= 0 && out[j].skip == "" && len(out[j].ind.Provenance) > 0 && out[j].ind.Provenance[0].Span == ind.Provenance[0].Span; j-- {
		if out[j].ind.Period.IsStated() {
			first = j
		}
	}
	if first < 0 || out[first].ind.Period == ind.Period {
		return false
	}
	o := &out[first]
	ind.Base, ind.Period = ind.Period, o.ind.Period
	cl.fieldNotes["period"] = fmt.Sprintf("%s, of %s, the sentence's own figure; %q dates the figure the change is from: the base", o.ind.Period, o.ind.Stated, "in "+sm[1])
	declare(cl.fieldNotes, "period", "period/fromFigureYear")
	return true
}
