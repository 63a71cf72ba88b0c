package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Quarters compared with, asides and list items, and headings, in a
// statistical office's quarterly news release (drafts43: an asylum
// release):
//
//	During the first quarter of 2017, 165 000 … applied …, down by 20%
//	compared with the fourth quarter of 2016 → period 2017-Q1, base
//	2016-Q4: the quarter compared with is a base at quarter precision
//	(when 207 000 first time applicants were registered) → 2016-Q4: the
//	whole period phrase the aside follows
//	ahead of Afghans (12 500 first time applicants), Nigerians (11 500) →
//	the lead figure's period, for each item in parentheses
//	Over half applied for asylum either in Germany or in Italy (a
//	heading) → the period that opens the section it heads ("During the
//	first quarter of 2017, …")

// sectionOpenerRe is the opening words of a section's first sentence,
// before the period that frames it: "During the ", "In ".
var sectionOpenerRe = lazyRegexp(`^(?:During|In|Over|For|Throughout)(?: the)? $`)

// whenAsideRe ends the words before a figure in a "(when …)" aside.
var whenAsideRe = lazyRegexp(`\(when (?:[a-z]+ ){0,2}$`)

// quarterBaseClaim dates a figure by a quarter it is compared with (a
// base), the period phrase its "(when …)" aside follows, the lead figure
// of the list it is an item of, or the section its heading heads.
func (d *docDraft) quarterBaseClaim(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	defer d.noteLead(cl, m)
	// "(when 207 000 first time applicants were registered)".
	if k := strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '('); k >= 0 && whenAsideRe.MatchString(text[m.Sentence.Start+k:m.Span.Start]) {
		if p, w, ok := lastPeriodPhrase(text[m.Sentence.Start : m.Sentence.Start+k]); ok {
			ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: the period the aside \"(when …)\" follows", w)
			declare(cl.fieldNotes, "period", "period/quarterBaseClaim#1")
			return
		}
	}
	if isQuarter(ind.Period) {
		// "down by 20% compared with the fourth quarter of 2016".
		rest := text[m.Span.End:m.Sentence.End]
		if g := quarterRe.FindStringIndex(rest); g != nil && comparedRe.MatchString(strings.TrimSuffix(rest[:g[0]], "the ")) {
			if p, _, ok := quarterOf(rest[g[0]:g[1]]); ok && p == ind.Period {
				if sq, why, ok := d.sentenceQuarter(m.Sentence); ok && sq != p {
					if ind.Measure == indicators.Change {
						ind.Base, cl.fieldNotes["base"] = p, fmt.Sprintf("%q: the quarter the change is compared with", rest[g[0]:g[1]])
						declare(cl.fieldNotes, "base", "base/quarterBaseClaim")
					}
					ind.Period, cl.fieldNotes["period"] = sq, why+"; the quarter compared with is its base"
					declare(cl.fieldNotes, "period", "period/quarterBaseClaim#2")
					return
				}
			}
		}
	}
	if ind.Period.IsStated() && !documentWide(cl.fieldNotes["period"]) {
		return
	}
	// "ahead of Afghans (12 500 first time applicants)": an item of the
	// lead figure's list.
	if l := d.upToReads.lead; l.sentence == m.Sentence.Start && l.period.IsStated() && strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " "), "(") {
		ind.Period, cl.fieldNotes["period"] = l.period, fmt.Sprintf("an item in parentheses of the list that %s leads: %s", l.figure, l.why)
		declare(cl.fieldNotes, "period", "period/quarterBaseClaim#3")
		return
	}
	// A heading's figure: the section it heads, or the title.
	if p, why, ok := d.headingPeriod(m); ok {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/quarterBaseClaim#4")
	}
}

// A leadFigure is the first figure of a sentence with a period, kept for
// the items in parentheses that follow it.
type leadFigure struct {
	sentence int
	figure   string
	period   indicators.Period
	why      string
}

// noteLead keeps cl as its sentence's lead figure when it is the first
// with a period.
func (d *docDraft) noteLead(cl *claim, m Mention) {
	if d.upToReads.lead.sentence == m.Sentence.Start {
		return
	}
	d.upToReads.lead = leadFigure{sentence: m.Sentence.Start} // the first figure leads, or none does
	if !cl.ind.Period.IsStated() {
		return
	}
	d.upToReads.lead = leadFigure{m.Sentence.Start, strings.Join(strings.Fields(m.Text), " "), cl.ind.Period, cl.fieldNotes["period"]}
}

// lastPeriodPhrase returns the last quarter, or else the last year, s
// names.
func lastPeriodPhrase(s string) (indicators.Period, string, bool) {
	if gs := quarterRe.FindAllStringIndex(s, -1); gs != nil {
		g := gs[len(gs)-1]
		if p, w, ok := quarterOf(s[g[0]:g[1]]); ok {
			return p, w, true
		}
	}
	if rs := yearsIn(s, 0); len(rs) > 0 {
		r := rs[len(rs)-1]
		if r.role == yearPeriod {
			return r.period, s[r.start:r.end], true
		}
	}
	return indicators.Period{}, "", false
}

// headingPeriod returns the period of the section a heading line that
// holds m heads: the quarter or year that opens the paragraph after it.
func (d *docDraft) headingPeriod(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	le := lineEnd(text, m.Span.Start)
	if !d.headingStarts(ls) {
		return indicators.Period{}, "", false
	}
	next := le
	for next < len(text) && text[next] == '\n' {
		next++
	}
	if next < len(text) && !d.headingStarts(next) {
		para := text[next:lineEnd(text, next)]
		if k := strings.Index(para, ". "); k >= 0 {
			para = para[:k]
		}
		// "During the first quarter of 2017, …": a period that frames
		// the whole section opens it.
		if p, w, ok := firstPeriodPhrase(para); ok && sectionOpenerRe.MatchString(para[:strings.Index(para, w)]) && strings.HasPrefix(para[strings.Index(para, w)+len(w):], ",") {
			return p, fmt.Sprintf("%q: the period of the section the heading heads", w), true
		}
	}
	return indicators.Period{}, "", false
}

// firstPeriodPhrase returns the first quarter, or else the first year, s
// names.
func firstPeriodPhrase(s string) (indicators.Period, string, bool) {
	if p, w, ok := quarterOf(s); ok {
		return p, w, true
	}
	for _, r := range yearsIn(s, 0) {
		if r.role == yearPeriod {
			return r.period, s[r.start:r.end], true
		}
	}
	return indicators.Period{}, "", false
}

// headingStarts reports whether a heading the drafter found starts at
// byte at.
func (d *docDraft) headingStarts(at int) bool {
	if d.upToReads.headAt == nil {
		d.upToReads.headAt = map[int]bool{}
		for _, h := range d.heads {
			if !h.runIn {
				d.upToReads.headAt[h.at] = true
			}
		}
	}
	return d.upToReads.headAt[at]
}

// documentWide reports whether a period's note gives it from no words
// of the figure's own: the span a release reports, a heading's, or none
// ("a date or a name").
func documentWide(why string) bool {
	return strings.Contains(why, "a date or a name") || strings.Contains(why, "the span of months the release reports") || strings.Contains(why, "for the whole document")
}
