package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// When, in a statistics office's release on a year's figures and a
// government's funding release (drafts37):
//
//	Between 2017 and 2018, admissions rose from A to B, an increase of
//	N (x%) → A is 2017, B 2018, the changes 2018 on base 2017
//	the 2016 to 2017 increase of 1.1% → 2017 on base 2016
//	Hospitals, Canada, 2018 (the title) → a figure with no year of its
//	own is of 2018; a change, on the base its lead compares with
//	a further $3 billion in the 2019-20 Budget → FY2019-20
//	$9.1 billion over five years (2019-20 to 2023-24) →
//	FY2019-20/FY2023-24
//	with the provinces adding a further $2 billion → the period of the
//	amount it adds to; "Half of this funding" the period of the figure
//	it points back to; "our rail program is $4 billion" the period of
//	our program's amount
//	by the end of the decade → the decade's last year (2020 in 2013)
//	to begin in 2015 and be completed in 2018. It will cost $900
//	million → 2015/2018: a completion year alone is never the money's
//	since 2012 … by end 2021 (a running total) → 2012/2021
//	which translates to N → the period of the figure it translates

// A spanCache holds what the rules of this file read once per document.
type spanCache struct {
	read      bool
	titleYear int    // the year of a statistical release's title line, or 0
	titleText string // that title line
	titleAt   int    // where the title line ends
	leadBase  int    // the base year its lead compares with, or 0
	drafted   map[int]indicators.Period
	// self is the span the release says it covers (selfSpan), selfWords
	// its words and selfAt where they stand; selfRead marks it read.
	self      indicators.Period
	selfWords string
	selfAt    int
	selfRead  bool
}

// spans returns the document's spanCache, read once.
func (d *docDraft) spans() *spanCache {
	if d.spanOf == nil {
		d.spanOf = &spanCache{drafted: map[int]indicators.Period{}}
	}
	c := d.spanOf
	if !c.read {
		c.read = true
		if t, at, ok := statTitleLine(d.src.Text); ok {
			if g := statTitleRe.FindStringSubmatch(t); g != nil {
				c.titleYear, _ = strconv.Atoi(g[3])
				c.titleText, c.titleAt = t, at
				for _, g := range betweenLeadRe.FindAllStringSubmatch(d.src.Text, -1) {
					y1, _ := strconv.Atoi(g[1])
					if y2, _ := strconv.Atoi(g[2]); y2 == c.titleYear && y1 < y2 {
						c.leadBase = y1
						break
					}
				}
			}
		}
	}
	return c
}

var (
	// catalogueNumberRe opens a statistics office's title line with its
	// catalogue number: "4221.0 - ", "6202.0 – ".
	catalogueNumberRe = lazyRegexp(`^\d{3,4}\.\d{1,2}\s+[-–—]\s+`)
	// statTitleRe is a statistical release's title: "<Topic>, <Place>,
	// <Year>" ("Schools, Australia, 2012").
	statTitleRe = lazyRegexp(`^([A-Z][^,\n]{1,80}), ([A-Z][^,\n]{1,40}), ((?:19|20)\d\d)$`)
	// betweenLeadRe is a comparison of two years: "Between 2011 and 2012".
	betweenLeadRe = lazyRegexp(`\b[Bb]etween ((?:19|20)\d\d) and ((?:19|20)\d\d)\b`)
	// spanChangeRe ends the words before a change named by the span it
	// is over: "the 2010 to 2011 increase of".
	spanChangeRe = tailRegexp{regexp.MustCompile(`\b((?:19|20)\d\d) ?(?:to|–|-) ?((?:19|20)\d\d) (?:annual |yearly )?(?:increase|decrease|rise|fall|decline|growth|drop|gain|change|reduction) (?:of|was|is|by) (?:just |only |about |around |some )?$`),
		[]string{"of", "was", "is", "by", "just", "only", "about", "around", "some"}}
	// changeByRe ends the words before a figure of change: "rose by",
	// "a small decrease of", "an increase of".
	changeByRe = tailRegexp{regexp.MustCompile(`(?i)\b(?:(?:rose|fell|grew|increased|decreased|declined|dropped|climbed) (?:by )?(?:just |only |a further |some )?|(?:increase|decrease|rise|fall|decline|growth|drop|gain|reduction) of (?:just |only |some )?)$`),
		[]string{"rose", "fell", "grew", "increased", "decreased", "declined", "dropped", "climbed", "by", "just", "only", "further", "some", "of"}}
	// budgetYearRe is a budget named by its fiscal year: "the 2010-11
	// Budget".
	budgetYearRe = lazyRegexp(`\b((?:19|20)\d\d)[-–/](\d\d) (?:Federal |federal |State |state )?[Bb]udget\b`)
	// fiscalSpanRe is a span of fiscal years written across two:
	// "(2008-09 to 2013-14)".
	fiscalSpanRe = lazyRegexp(`\b((?:19|20)\d\d)[-–/](\d\d) ?(?:to|through|–|-) ?((?:19|20)\d\d)[-–/](\d\d)\b`)
	// furtherRe ends the words before an amount added to another: "a
	// further", "an additional".
	furtherRe = lazyRegexp(`(?i)\b(?:a further|an additional|another|an extra)\s*$`)
	// ofThisRe opens the words after a part of the figure before: "of
	// this funding".
	ofThisRe = lazyRegexp(`^\s*of (?:this|that|the) (?:funding|money|investment|amount|total|spending|allocation|budget|package|commitment)\b`)
	// ourProgramRe is a first person's programme before a figure: "our
	// record investment program".
	ourProgramRe = lazyRegexp(`\b[Oo]ur\b[^.;]{0,60}?\b(?:program|programme|investment|plan|package)\b`)
	// endOfDecadeRe is the end of the current decade.
	endOfDecadeRe = lazyRegexp(`(?i)\bby (?:the )?end of (?:the|this) decade\b|\bby decade[’']s end\b`)
	// startEndRe is a project's start and completion years: "start in
	// 2010 and be completed in 2013".
	startEndRe = lazyRegexp(`(?i)\b(?:start|starts|started|starting|begin|begins|began|commence|commences|commenced)\b[^.;]{0,40}?\b((?:19|20)\d\d)\b[^.;]{0,60}?\b(?:completed|complete|completion|finished|finish|open|opened)\b[^.;]{0,20}?\b((?:19|20)\d\d)\b`)
	// completionRe is a completion year alone: "be completed in 2013".
	completionRe = lazyRegexp(`(?i)\b(?:completed|completion|finished|due for completion)\b[^.;]{0,20}?\b((?:19|20)\d\d)\b`)
	// byEndRe is a running total's end: "By end 2023", "by the end of
	// 2023".
	byEndRe = lazyRegexp(`(?i)\bby (?:the )?end(?: of)? ((?:19|20)\d\d)\b`)
	// translatesRe ends the words before a figure that restates the one
	// before in other terms: "which translates to".
	translatesRe = lazyRegexp(`(?i)\bwhich (?:translates|translated|equates|equated|amounts|amounted) (?:in)?to\s*$`)
)

// statTitleLine returns a document's first line with words, without its
// catalogue number, and where the line ends. A line with no letter above
// it, a dateline in figures ("2022-09-28"), is no title (what45).
func statTitleLine(text string) (string, int, bool) {
	for off := 0; off < len(text); off = lineEnd(text, off) + 1 {
		l := strings.TrimSpace(text[off:lineEnd(text, off)])
		if l == "" || !hasLetter(l) && lineEnd(text, off) < len(text) {
			continue
		}
		return catalogueNumberRe.ReplaceAllString(l, ""), lineEnd(text, off), true
	}
	return "", 0, false
}

// spanClaim dates a figure by the rules of this file, then keeps the
// period drafted for the figures after it that point back to it.
func (d *docDraft) spanClaim(cl *claim, m Mention, cs, ce int) {
	d.spanRules(cl, m, cs, ce)
	d.spans().drafted[m.Span.Start] = cl.ind.Period
}

// spanRules dates a figure by the rules of this file.
func (d *docDraft) spanRules(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	set := func(p, base indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/spanRules")
		if base.IsStated() && d.isChange(cl, m) {
			ind.Base = base
		} else if !base.IsStated() {
			ind.Base = indicators.NotStated
		}
	}
	// "Between 2011 and 2012, … rose from A to B, an increase of N".
	if g := betweenLeadRe.FindStringSubmatchIndex(before); g != nil {
		y1, _ := strconv.Atoi(before[g[2]:g[3]])
		y2, _ := strconv.Atoi(before[g[4]:g[5]])
		span := indicators.Period{From: indicators.Date{Year: y1}, To: indicators.Date{Year: y2}}
		if y1 < y2 && (!ind.Period.IsStated() || ind.Period == span || ind.Period == indicators.YearPeriod(y2) && ind.Base == indicators.YearPeriod(y1)) {
			ev := before[g[0]:g[1]]
			switch end := d.fromToEnd(m); {
			case end == 1:
				set(indicators.YearPeriod(y1), indicators.NotStated, fmt.Sprintf("%q: the first end of \"from … to …\" is of the first year", ev))
				return
			case end == 2:
				set(indicators.YearPeriod(y2), indicators.NotStated, fmt.Sprintf("%q: the second end of \"from … to …\" is of the second year", ev))
				return
			case d.isChange(cl, m):
				set(indicators.YearPeriod(y2), indicators.YearPeriod(y1), fmt.Sprintf("%q: a change is dated by its end, with base %d", ev, y1))
				return
			}
		}
	}
	// "the 2010 to 2011 increase of 0.9%".
	if g := spanChangeRe.FindStringSubmatch(before); g != nil {
		y1, _ := strconv.Atoi(g[1])
		if y2, _ := strconv.Atoi(g[2]); y1 < y2 {
			set(indicators.YearPeriod(y2), indicators.YearPeriod(y1), fmt.Sprintf("%q: a change over the years is dated by its end, with base %d", strings.TrimSpace(g[0]), y1))
			return
		}
	}
	own := d.ownSegmentAfter(m, ce)
	if ind.Unit.Kind == indicators.Money && !ind.Period.IsStated() {
		// "$4.2 billion committed in the 2010-11 Budget".
		if g := budgetYearRe.FindStringSubmatch(own); g != nil {
			if y, _ := strconv.Atoi(g[1]); atoiOr0(g[2]) == (y+1)%100 {
				set(indicators.FiscalYearAcross(y), indicators.NotStated, fmt.Sprintf("%q: the budget's fiscal year", g[0]))
				return
			}
		}
	}
	if !ind.Period.IsStated() {
		// "$27.7 billion over six years (2008-09 to 2013-14)".
		own := joinBroken(text[m.Span.End:d.nextOfKindAt(m)])
		if g := fiscalSpanRe.FindStringSubmatchIndex(own); g != nil && !strings.Contains(own[:g[0]], ",") && len(strings.Fields(own[:g[0]])) <= 6 {
			g := fiscalSpanRe.FindStringSubmatch(own)
			y1, _ := strconv.Atoi(g[1])
			y2, _ := strconv.Atoi(g[3])
			if atoiOr0(g[2]) == (y1+1)%100 && atoiOr0(g[4]) == (y2+1)%100 && y2 > y1 {
				set(indicators.FiscalYears(y1, y2, true), indicators.NotStated, fmt.Sprintf("%q: a span of fiscal years", g[0]))
				return
			}
		}
	}
	if !ind.Period.IsStated() || translatesRe.MatchString(before) {
		if p, why, ok := d.pointedPeriod(m, before); ok {
			set(p, indicators.NotStated, why)
			return
		}
	}
	// "will double to $20 billion a year by the end of the decade".
	if !ind.Period.IsStated() {
		if w := endOfDecadeRe.FindString(joinBroken(text[cs:ce]) + " " + d.clauseRest(m)); w != "" {
			if y, evidence := d.currentYear(); y != 0 {
				end := (y/10 + 1) * 10
				set(indicators.YearPeriod(end), indicators.NotStated, fmt.Sprintf("%q: the last year of the decade of %d, %s", w, y, evidence))
				return
			}
		}
	}
	// "start in 2010 and be completed in 2013. Total project cost is
	// $1.7 billion".
	if ind.Unit.Kind == indicators.Money && ind.Period.IsYear() && strings.Contains(cl.fieldNotes["period"], "earlier in the paragraph") {
		ps := paragraphStart(text, m.Sentence.Start)
		para := text[ps:m.Span.Start]
		y := ind.Period.From.Year
		if g := lastSubmatch(startEndRe, para); g != nil {
			y1, _ := strconv.Atoi(g[1])
			if y2, _ := strconv.Atoi(g[2]); y2 == y && y1 < y2 {
				set(indicators.Period{From: indicators.Date{Year: y1}, To: indicators.Date{Year: y2}}, indicators.NotStated,
					fmt.Sprintf("%q: the project's years, from its start to its completion", strings.Join(strings.Fields(g[0]), " ")))
				return
			}
		}
		if g := lastSubmatch(completionRe, para); g != nil && atoiOr0(g[1]) == y {
			set(indicators.NotStated, indicators.NotStated, fmt.Sprintf("%q: a completion year alone is not the money's year; write the years it is spent over", g[0]))
			return
		}
	}
	// "By end 2023, … more than 27.3 million girls since 2014".
	if ind.Period.IsYear() && !d.isChange(cl, m) {
		if g := byEndRe.FindStringSubmatch(text[m.Sentence.Start:m.Sentence.End]); g != nil && atoiOr0(g[1]) == ind.Period.From.Year {
			if s := sinceRe.FindStringSubmatch(own); s != nil {
				if y1 := atoiOr0(s[1]); y1 > 0 && y1 < ind.Period.From.Year {
					set(indicators.Period{From: indicators.Date{Year: y1}, To: ind.Period.From}, indicators.NotStated,
						fmt.Sprintf("%q … %q: a running total from then to then", s[0], g[0]))
					return
				}
			}
		}
	}
	// A statistical release's year: "Schools, Australia, 2012".
	if c := d.spans(); c.titleYear != 0 && !ind.Period.IsStated() && m.Span.Start >= c.titleAt {
		base := indicators.NotStated
		why := fmt.Sprintf("%q: the year of the release's title", c.titleText)
		if c.leadBase != 0 && d.isChange(cl, m) {
			base = indicators.YearPeriod(c.leadBase)
			why += fmt.Sprintf(", on the base %d its lead compares with", c.leadBase)
		}
		set(indicators.YearPeriod(c.titleYear), base, why)
	}
}

// clauseRest returns the words after a figure up to the end of its
// sentence or the first dash or semicolon that closes its clause.
func (d *docDraft) clauseRest(m Mention) string {
	rest := d.src.Text[m.Span.End:m.Sentence.End]
	for _, sep := range []string{" - ", " – ", " — ", ";"} {
		if i := strings.Index(rest, sep); i >= 0 {
			rest = rest[:i]
		}
	}
	return joinBroken(rest)
}

// lastSubmatch returns the last match of re in s and its groups, or nil.
func lastSubmatch(re *lazyRE, s string) []string {
	all := re.FindAllStringSubmatch(s, -1)
	if len(all) == 0 {
		return nil
	}
	return all[len(all)-1]
}

// isChange reports whether a figure is a change: drafted one, or one by
// its direction or the words right before it ("rose by 41,038"), which
// the measure rules may read later.
func (d *docDraft) isChange(cl *claim, m Mention) bool {
	if cl.ind.Measure == indicators.Change {
		return true
	}
	if cl.ind.Measure == indicators.Share || cl.ind.Measure == indicators.RankKind || cl.ind.Measure == indicators.Threshold {
		return false
	}
	if m.Quantity.Direction != indicators.NoDirection {
		return true
	}
	return changeByRe.MatchString(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
}

// fromToEnd returns 1 for the first figure of "from A to B", 2 for the
// second, 0 for any other.
func (d *docDraft) fromToEnd(m Mention) int {
	text := d.src.Text
	var prev, next Mention
	hasPrev, hasNext := false, false
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence {
			continue
		}
		if o.Span.End <= m.Span.Start {
			prev, hasPrev = o, true
		} else if o.Span.Start >= m.Span.End && !hasNext {
			next, hasNext = o, true
		}
	}
	fromBefore := func(at int) bool {
		return strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:at], " "), " from")
	}
	if hasNext && fromBefore(m.Span.Start) && strings.TrimSpace(text[m.Span.End:next.Span.Start]) == "to" {
		return 1
	}
	if hasPrev && fromBefore(prev.Span.Start) && strings.TrimSpace(text[prev.Span.End:m.Span.Start]) == "to" {
		return 2
	}
	return 0
}

// priorSentenceNote marks a period pointedPeriod took from the sentence
// before: a borrowing the release's frame comes before (borrowedNotes).
const priorSentenceNote = ", of the sentence before"

// pointedPeriod returns the period of the figure a figure points back to:
// the amount "a further" amount adds to, the figure "of this funding"
// is part of, our programme's amount, the figure "which translates to"
// restates.
func (d *docDraft) pointedPeriod(m Mention, before string) (indicators.Period, string, bool) {
	text := d.src.Text
	c := d.spans()
	drafted := func(o Mention) (indicators.Period, bool) {
		p, ok := c.drafted[o.Span.Start]
		return p, ok && p.IsStated()
	}
	flat := func(o Mention) string { return strings.Join(strings.Fields(o.Text), " ") }
	if furtherRe.MatchString(before) || translatesRe.MatchString(before) {
		// The figure before it in its sentence, else the last of the
		// sentence before.
		prev, found := d.lastBeforeIn(m, func(o Mention) bool { return o.Unit.Kind == m.Unit.Kind || translatesRe.MatchString(before) })
		where := ""
		if !found {
			prev, found = d.mentionBeforeSentence(m)
			where = priorSentenceNote
		}
		if found {
			if p, ok := drafted(prev); ok {
				return p, fmt.Sprintf("the period of %s%s, which this figure adds to or restates", flat(prev), where), true
			}
		}
	}
	if ofThisRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		// "0.6 billion bags (61 percent of the total)": the figure before
		// it in its sentence, which it is the share of.
		if prev, ok := d.lastBeforeIn(m, func(Mention) bool { return true }); ok {
			if p, ok := drafted(prev); ok {
				return p, fmt.Sprintf("the period of %s, the figure before it in its sentence, which it is part of", flat(prev)), true
			}
			return indicators.NotStated, "", false // not the last amount of another sentence
		}
		// "Three quarters of this funding": the last amount before.
		if prev, ok := d.lastBefore(m.Sentence.Start, func(o Mention) bool { return o.Unit.Kind == indicators.Money }); ok {
			if p, ok := drafted(prev); ok {
				return p, fmt.Sprintf("the period of %s, the funding this figure is part of", flat(prev)), true
			}
		}
	}
	if m.Unit.Kind == indicators.Money && ourProgramRe.MatchString(before) {
		// "A key feature of our record investment program is $11.8
		// billion": the amount of our programme, named earlier.
		if prev, ok := d.lastBefore(m.Sentence.Start, func(o Mention) bool {
			_, ok := drafted(o)
			return ok && o.Unit.Kind == indicators.Money && ourProgramRe.MatchString(text[o.Sentence.Start:o.Span.Start])
		}); ok {
			p, _ := drafted(prev)
			return p, fmt.Sprintf("the period of %s, our programme's amount, which this is part of", flat(prev)), true
		}
	}
	return indicators.NotStated, "", false
}

// lastBefore returns the last mention that ends before at and satisfies
// ok.
func (d *docDraft) lastBefore(at int, ok func(Mention) bool) (Mention, bool) {
	var last Mention
	found := false
	for _, o := range d.mentions {
		if o.Span.End <= at && (!found || o.Span.Start > last.Span.Start) && ok(o) {
			last, found = o, true
		}
	}
	return last, found
}

// nextOfKindAt returns where the next figure of m's unit kind in its
// sentence starts, or the sentence's end: "$27.7 billion over six years
// (2008-09 to 2013-14)" reads past the six.
func (d *docDraft) nextOfKindAt(m Mention) int {
	end := m.Sentence.End
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.Start >= m.Span.End && o.Span.Start < end && o.Unit.Kind == m.Unit.Kind {
			end = o.Span.Start
		}
	}
	return end
}
