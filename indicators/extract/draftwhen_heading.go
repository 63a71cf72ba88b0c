package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Headings and titles that name a period (drafts33, a statistics office's
// monthly bulletin):
//
//	2. Main points for September to November 2019 → 2019-09/2019-11 for
//	every figure under it that names no period of its own
//	Highlights, first quarter 2024 → 2024-Q1; Results for May 2022 →
//	2022-05; Results for 2023 → 2023 (period's heading year, as before)
//	Labour market overview, UK: January 2020 → no period: a title's lone
//	month is when the release came out, not what it reports on
//	UK employment rates …, January to March 1971 to September to November
//	2019 → no period: a chart's coverage, from one span to another

// headingQuarterRe is a quarter a heading names: "first quarter 2024",
// "Q1 2024", "the second quarter of 2019".
var headingQuarterRe = lazyRegexp(`(?i)\b(?:(first|second|third|fourth) quarter(?: of)?,? ((?:19|20)\d\d)|Q([1-4]),? ((?:19|20)\d\d))\b`)

// headingMonthRe is one month a heading names as what it is for:
// "Results for May 2022", "Highlights, May 2022" is left alone (a
// release's month).
var headingMonthRe = lazyRegexp(`\b(?:for|in|during) ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)

// coverageRe is a span running to another span or year: "January to March
// 1971 to September to November 2019", "1971 to 2019" after a figure's
// caption: the time axis of a chart, no period.
var coverageRe = lazyRegexp(`(?i)(?:(?:19|20)\d\d|` + monthNameRe + `) (?:to|through|until|–|-) ` + monthNameRe + ` (?:to|through|–|-) ` + monthNameRe + `,? (?:19|20)\d\d\b`)

// coverageLine reports whether the line holding byte at is a chart's
// caption or coverage line: "Figure 1: …", or a line whose span of months
// runs to another span.
func coverageLine(text string, at int) bool {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	line := text[ls:lineEnd(text, ls)]
	if coverageRe.MatchString(line) {
		return true
	}
	t := strings.TrimSpace(line)
	return chartCaptionRe.MatchString(t) && yearSpanRe.MatchString(t)
}

// chartCaptionRe opens a chart's caption: "Figure 1:", "Chart 3.".
var chartCaptionRe = lazyRegexp(`^(?:Figure|Chart|Graph|Table) \d+[:.]`)

// yearSpanRe is a span of two years: "1971 to 2019", "2010–2024".
var yearSpanRe = lazyRegexp(`\b(?:19|20)\d\d ?(?:to|through|–|-) ?(?:19|20)\d\d\b`)

// headingPeriod returns the period a heading's words name: a span of
// months, a quarter, or a month it is for; ok is false for none. A lone
// month or year is not read here (the heading year rule reads years).
func headingPeriod(h string) (indicators.Period, string, bool) {
	if coverageRe.MatchString(h) {
		return indicators.Period{}, "", false
	}
	if p, w, ok := monthSpan(h, 0); ok {
		return p, w, true
	}
	if g := headingQuarterRe.FindStringSubmatch(h); g != nil {
		ord := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}
		n, y := ord[strings.ToLower(g[1])], g[2]
		if g[3] != "" {
			n, _ = strconv.Atoi(g[3])
			y = g[4]
		}
		yn, _ := strconv.Atoi(y)
		return indicators.QuarterPeriod(yn, n), g[0], true
	}
	if g := headingMonthRe.FindStringSubmatch(h); g != nil {
		y, _ := strconv.Atoi(g[2])
		return indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}}, g[0], true
	}
	return indicators.Period{}, "", false
}

// sectionPeriod returns the period the nearest heading above byte at names
// (headingPeriod), and why.
func (d *docDraft) sectionPeriod(at int) (indicators.Period, string, bool) {
	c := d.spanCache()
	if r, ok := c.sections[at]; ok {
		return r.p, r.why, r.ok
	}
	var r periodWhy
	for _, h := range slices.Backward(d.headsAbove(at)) {
		hp, ok := c.heads[h.at]
		if !ok {
			hp.p, hp.why, hp.ok = headingPeriod(h.text)
			c.heads[h.at] = hp
		}
		if hp.ok {
			r = periodWhy{hp.p, fmt.Sprintf("%q in the heading %q", hp.why, h.text), true}
			break
		}
	}
	c.sections[at] = r
	return r.p, r.why, r.ok
}

// periodWhy is a period read once for a sentence, and why.
type periodWhy struct {
	p   indicators.Period
	why string
	ok  bool
}

// sentenceSpan is monthSpan of the sentence starting at start, read once
// for all its figures.
func (d *docDraft) sentenceSpan(sent indicators.Span, year int) (indicators.Period, string, bool) {
	c := d.spanCache()
	if r, ok := c.sentences[sent.Start]; ok {
		return r.p, r.why, r.ok
	}
	var r periodWhy
	r.p, r.why, r.ok = monthSpan(d.src.Text[sent.Start:sent.End], year)
	c.sentences[sent.Start] = r
	return r.p, r.why, r.ok
}

// spanCache returns the document's cache of spans, made on first use.
func (d *docDraft) spanCache() *monthSpanOf {
	d.releaseSpan()
	if d.months.sections == nil {
		d.months.sections, d.months.sentences, d.months.heads = map[int]periodWhy{}, map[int]periodWhy{}, map[int]periodWhy{}
	}
	return d.months
}

// releaseSpan returns the span of months a release reports on, read once:
// the one its title or first heading naming one gives, else the span of
// its lead (its first sentence with figures); at is where the evidence
// stands. A span in a later sentence dates that sentence only.
func (d *docDraft) releaseSpan() (indicators.Period, int, string, bool) {
	if d.months != nil {
		return d.months.span, d.months.at, d.months.why, d.months.ok
	}
	d.months = &monthSpanOf{}
	if p, w, ok := monthSpan(d.source.Title, 0); ok && !coverageRe.MatchString(d.source.Title) {
		*d.months = monthSpanOf{span: p, why: fmt.Sprintf("%q in the title", w), ok: true}
		return p, 0, d.months.why, true
	}
	for _, h := range d.heads {
		if p, w, ok := headingPeriod(h.text); ok && p.IsSpan() {
			*d.months = monthSpanOf{span: p, at: h.at, why: fmt.Sprintf("%q in the heading %q", w, h.text), ok: true}
			return p, h.at, d.months.why, true
		}
	}
	if !d.dateline.IsZero() && len(d.mentions) > 0 {
		lead := d.mentions[0].Sentence
		s := d.src.Text[lead.Start:lead.End]
		if p, w, ok := monthSpan(s, d.dateline.Year); ok && !coverageLine(d.src.Text, lead.Start) {
			*d.months = monthSpanOf{span: p, at: lead.Start, why: fmt.Sprintf("%q in the lead", w), ok: true}
		}
	}
	return d.months.span, d.months.at, d.months.why, d.months.ok
}
