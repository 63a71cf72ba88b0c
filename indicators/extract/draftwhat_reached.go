package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What the figures of a statistics release's change sentences are, in
// every kind of release that reports a level and its change together
// (immunisation coverage, housing construction, new home sales, labour
// markets):
//
//	coverage … decreased by 0.1% to 92.3%   → 0.1%: the change; 92.3%: the
//	                                          level reached, a share
//	MMR1 decreased by 0.6% at 89.5%         → the same, "at" for "to"
//	This is 7.7 percent (±1.2 percent) above the revised July rate of
//	1,317,000                               → 7.7 percent: a change, up
//	is 23.5 percent (±10.3%) below the October 2006 estimate of 952,000
//	                                        → a change, down
//
// (The base value after "of" is no claim: draftnotclass.go.)

// reachedBetween matches the words between a change and the level it
// reaches: " to", " at", ", to", " (±0.4) to".
var reachedBetween = lazyRegexp(`^\s*(?:\([^()]*\)\*?)?\s*,?\s*(?:to|at)\s*$`)

// reachedVerbBefore matches the end of the words before a change that a
// level reached follows: "decreased by", "increased", "rose by", "fell".
var reachedVerbBefore = lazyRegexp(`\b(?:` + movedVerbs + `)(?:\s+by)?\s*$`)

// reachedLevel makes the level a move reaches ("decreased by 0.1% to
// 92.3%") what the quantity is alone: a share, or a level for a named
// rate. Only the "by" figure is the change.
func (d *docDraft) reachedLevel(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.Kind != indicators.Percent || ind.Measure != indicators.Change {
		return
	}
	p, ok := d.prevFigure(m)
	if !ok || p.Unit.Kind != indicators.Percent && p.Unit.Kind != indicators.PercentagePoint {
		return
	}
	text := d.src.Text
	if !reachedBetween.MatchString(strings.ToLower(text[p.Span.End:m.Span.Start])) {
		return
	}
	if !reachedVerbBefore.MatchString(strings.ToLower(joinBroken(text[m.Sentence.Start:p.Span.Start]))) {
		return
	}
	ms := indicators.Share
	why := fmt.Sprintf("the level reached after the change %q: a share; only the change is a change", p.Text)
	if n := d.rateNounOf(m); n != "" {
		ms, why = indicators.Level, fmt.Sprintf("the level of %q reached after the change %q: a level", n, p.Text)
	}
	ind.Measure, cl.fieldNotes["measure"] = ms, why
	declare(cl.fieldNotes, "measure", "measure/reachedLevel")
	ind.Quantity.Direction = indicators.NoDirection
}

// marginLead matches what may stand between a percentage and the base
// it is compared with: its margin of error, " (±1.2 percent)*".
var marginLead = lazyRegexp(`^\s*(?:\([^()]*\)\*?)?\s*`)

// aboveBaseChange makes "N percent above/below the <base> rate" a change
// with its direction, as "up" and "down" make one.
func (d *docDraft) aboveBaseChange(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.Kind != indicators.Percent || ind.Measure == indicators.Change || ind.Quantity.Qualifier != indicators.Exact {
		return
	}
	text := d.src.Text
	after := joinBroken(text[m.Span.End:m.Sentence.End])
	lead := len(marginLead.FindString(after))
	bs := readBases(after[lead:])
	if len(bs) == 0 || bs[0].start != 0 {
		return
	}
	b := bs[0]
	dir := indicators.Up
	switch b.word {
	case "above", "higher than":
	case "below", "lower than":
		dir = indicators.Down
	default:
		return // "from the … rate", "than the …": no way of its own
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: a change on a base, with its direction", b.word+" "+lowerFirst(b.base))
	declare(cl.fieldNotes, "measure", "measure/aboveBaseChange")
	ind.Quantity.Direction = dir
	base := b.dated()
	t, why := "Change from "+base, "a change on the base it names"
	if subj := d.changedSubject(m); subj != "" && len("Change in "+subj+" from "+base) <= 80 {
		t, why = "Change in "+subj+" from "+base, "a change on the base it names, of the level the sentence before (or the clause before) states"
	}
	setCheckedTitle(cl, t, why)
}

// changedSubject returns the subject of the level a
// change pointing back with "this is" refers to: the subject of the
// clause before it in its sentence ("Single-family authorizations in
// August were at a rate of 866,000; this is …"), or of the sentence
// before ("Privately owned housing starts in August were at …. This
// is …"), or "".
func (d *docDraft) changedSubject(m Mention) string {
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	low := strings.ToLower(before)
	var clause string
	switch {
	case strings.HasPrefix(low, "this is ") || strings.HasPrefix(low, "this was "):
		end := strings.TrimRight(text[:m.Sentence.Start], " \n")
		start := max(strings.LastIndex(end, ". "), strings.LastIndex(end, "\n")) + 1
		clause = end[start:]
	case strings.Contains(low, "; this is ") || strings.Contains(low, "; this was "):
		clause = before[:strings.Index(low, "; this ")]
	default:
		return ""
	}
	return levelSubject(clause)
}

// levelSubjectRE matches the subject of a level's clause up to its verb:
// "Privately owned housing starts in August were at", "The August rate
// for units … was".
var levelSubjectRE = lazyRegexp(`^\s*((?:[\w’'-]+\s+){0,12}?[\w’'-]+)\s+(?:were|was|is|are|stood|totalled|totaled|came\s+in)\b`)

// levelOwnerWords open a subject without naming what is measured:
// "Privately owned housing starts" are housing starts.
var levelOwnerWords = []string{"privately owned ", "privately-owned ", "the "}

// levelSubject returns the subject of a level's clause, its first letter
// in lower case, without a leading "privately owned" or its month ("in
// August", "in October 2007"), or "".
func levelSubject(clause string) string {
	g := levelSubjectRE.FindStringSubmatch(clause)
	if g == nil {
		return ""
	}
	s := lowerFirst(g[1])
	for _, w := range levelOwnerWords {
		if strings.HasPrefix(strings.ToLower(s), w) {
			s = s[len(w):]
		}
	}
	if i := strings.LastIndex(s, " in "); i > 0 {
		if f := strings.Fields(s[i+4:]); len(f) > 0 && len(f) <= 2 && monthNumber(strings.ToLower(f[0])) > 0 {
			s = s[:i]
		}
	}
	if len(strings.Fields(s)) > 10 {
		return ""
	}
	return s
}

// annualRateBefore matches the words right before a level at an annual
// rate: "were at a seasonally adjusted annual rate of", "at an annualized
// rate of".
var annualRateBefore = lazyRegexp(`\b(?:annual|annuali[sz]ed)\s+rate\s+of\s*$|\bsaar\s+of\s*$`)

// paragraphRateBefore matches the words before a level that takes its
// paragraph's rate basis: "were at a rate of", "The August rate for units
// in buildings with five units or more was".
var paragraphRateBefore = lazyRegexp(`\bat\s+a\s+rate\s+of\s*$|\brate\s+(?:for|of)\s+[^;]{0,80}?\b(?:was|were|is|stood\s+at)\s*$`)

// annualRateFlow makes a level at an annual rate ("at a seasonally
// adjusted annual rate of 1,364,000"), and a later "at a rate of N" in
// the same paragraph, a flow: events counted over a year. A count at an
// annual rate of a housing subject counts dwelling units.
func (d *docDraft) annualRateFlow(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number && m.Kind != Count || ind.Measure == indicators.Change {
		return
	}
	text := d.src.Text
	raw := text[m.Sentence.Start:m.Span.Start]
	if !containsFold(raw, "rate") && !containsFold(raw, "saar") {
		return // both patterns name a rate ("SAAR" one): most figures stop here
	}
	before := strings.ToLower(joinBroken(raw))
	why := ""
	switch {
	case annualRateBefore.MatchString(before):
		why = fmt.Sprintf("%q: a count at an annual rate, events over a year: a flow", strings.TrimSpace(annualRateBefore.FindString(before)))
	case paragraphRateBefore.MatchString(before):
		para := text[strings.LastIndex(text[:m.Sentence.Start], "\n")+1 : m.Sentence.Start]
		low := strings.ToLower(para)
		if !strings.Contains(low, "annual rate") && !strings.Contains(low, "annualized rate") && !strings.Contains(low, "annualised rate") {
			return
		}
		why = "a rate in a paragraph that states its levels at an annual rate: a flow"
	default:
		return
	}
	if ind.Measure != indicators.Flow {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, why
		declare(cl.fieldNotes, "measure", "measure/annualRateFlow")
	}
	if ind.Unit.Per == "year" && ind.Unit.Kind == indicators.NoUnit || ind.Unit.Per == "year" && ind.Unit.Kind == indicators.Count && ind.Unit.Name == "" {
		if n := dwellingNoun(text[m.Sentence.Start:m.Span.Start]); n != "" {
			ind.Unit = indicators.Unit{Kind: indicators.Count, Name: n, Per: "year"}
			cl.fieldNotes["unit"] = fmt.Sprintf("a count of housing at an annual rate: %s per year", n)
			declare(cl.fieldNotes, "unit", "unit/annualRateFlow")
		}
	}
	// "at a rate of 866,000" stays without "per year": verify asks its
	// quote, one sentence, to say "annual", and only its paragraph does.
	para := text[strings.LastIndex(text[:m.Sentence.Start], "\n")+1 : m.Span.Start]
	d.annualRateTitle(cl, m, para)
}

// dwellingNoun returns the counted noun of a housing figure whose subject
// s names housing ("housing units authorized", "housing starts",
// "dwellings commenced"): the dwelling unit, or "".
func dwellingNoun(s string) string {
	low := strings.ToLower(s)
	for _, w := range housingSubjects {
		if hasPhrase(low, w) {
			return "unit"
		}
	}
	return ""
}

// releaseWhatClaim applies the readers of a statistics release's levels,
// changes and ratios: reachedLevel, aboveBaseChange, annualRateFlow and
// ratioClaim (draftunit_ratio.go) changeInClaim (draftwhat_changein.go), clauseListTitle
// (drafttitle_clauselist.go) and marginStatus (draftstatus_margin.go).
func (d *docDraft) releaseWhatClaim(cl *claim, m Mention) {
	d.reachedLevel(cl, m)
	d.aboveBaseChange(cl, m)
	d.annualRateFlow(cl, m)
	d.ratioClaim(cl, m)
	d.changeInClaim(cl, m)
	d.clauseListTitle(cl, m)
	d.marginStatus(cl, m)
}
