package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A lead-in line's period (drafts46):
//
//	In reported road traffic accidents for the year ending June 2014:
//	  • road deaths increased by 3% … → 2013-07/2014-06, the lead-in's:
//	    it outranks the title and any heading above it
//	  • … 4% higher than the 185,738 for the year ending June 2013 → "the
//	    N for <period>" takes that period
//	Between April and June 2014:
//	  • there were 440 road deaths, unchanged from the same quarter in
//	    2013 → 2014-Q2, base 2013-Q2: "the same quarter in <year>" is a
//	    base, never the figure's period

var (
	// forPeriodAfterRe follows a figure with the period it is for: "the
	// 185,738 for the year ending June 2013".
	forPeriodAfterRe = lazyRegexp(`^\s*(?:[a-z]+ ){0,2}?for (?:the )?`)
	// sameTimeRe is a lead-in's time that points back to the one named
	// before: "In the same period", "over the same quarter".
	sameTimeRe = lazyRegexp(`(?i)\bsame (?:period|quarter|month|year|time)\b`)
	// sameQuarterInRe is a year named as the base of a quarter or period:
	// "from the same quarter in 2013", "than the same quarter of 2013".
	sameQuarterInRe = lazyRegexp(`(?i)\bsame (quarter|period|month) (?:in|of) ((?:19|20)\d\d)\b`)
)

// leadInOf returns the line that leads in the bullet list holding byte
// at, when that line ends in a colon, and its start; ok is false when at
// is not in a bullet or no such line leads its list.
func leadInOf(text string, at int) (string, int, bool) {
	ls := strings.LastIndexByte(text[:at], '\n') + 1
	if !isBulletLine(text[ls:lineEnd(text, ls)]) {
		return "", 0, false
	}
	return leadInAbove(text, ls)
}

// leadInAbove returns the nearest line above the line starting at ls,
// past blank and bullet lines, when it ends in a colon, and its start.
func leadInAbove(text string, ls int) (string, int, bool) {
	for ls > 0 {
		ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
		line := text[ps : ls-1]
		ls = ps
		switch {
		case strings.TrimSpace(line) == "", isBulletLine(line):
			continue
		case strings.HasSuffix(strings.TrimSpace(line), ":") && len(line) < 200, timeLine(line):
			return line, ps, true
		case strings.HasSuffix(strings.TrimSpace(line), ":"):
			// A paragraph whose last sentence leads in the list: "The NMW
			// is a minimum amount per hour …. On the ASHE reference date
			// in April 2015 the NMW rates were:" leads in as its last
			// sentence alone.
			if last := lastSentence(line); last != "" && len(last) < 200 {
				return last, ps, true
			}
			return "", 0, false
		default:
			return "", 0, false
		}
	}
	return "", 0, false
}

// lastSentence returns the last sentence of a line of several, or "" for
// a line of one: the text after the last full stop that closes a word of
// two letters or more and stands before a capital.
func lastSentence(line string) string {
	line = strings.TrimSpace(line)
	for i := len(line) - 3; i > 0; i-- {
		if line[i] != '.' || line[i+1] != ' ' || line[i+2] < 'A' || line[i+2] > 'Z' {
			continue
		}
		if w := line[strings.LastIndexByte(line[:i], ' ')+1 : i]; len(w) > 1 && !strings.Contains(w, ".") {
			return line[i+2:]
		}
	}
	return ""
}

// timeLine reports whether line is a time phrase alone, which leads in
// the list below it as a line ending in a colon does: "Between January
// and March 2025", "In the year ending June 2024", "For 2023/24".
func timeLine(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > maxProseLeadIn {
		return false
	}
	g := timeLeadRe.FindStringIndex(t)
	_, _, words, ok := leadInPeriod(t)
	return g != nil && g[0] == 0 && ok && strings.HasSuffix(t, words)
}

// maxLeadIns bounds the lead-in lines read above a list item, nearest
// first, for the one that names its time.
const maxLeadIns = 4

// maxLeadInLabel bounds, in bytes, a lead-in line that only labels its
// list ("Charging speed:", "By location:") and so is read through to the
// lead-in above it.
const maxLeadInLabel = 40

// leadInPeriod returns the period a lead-in line names: a year ending in
// a month, else the first time of its figures it names, in whatever form
// (timeRefsIn): a span of months ("Between April and June 2014", a
// quarter when it is one; "December to February 2019" across the new
// year), a month ("In December 2021:"), a quarter ("In Q3 2022:"), a day
// ("On 31 March 2022:"), a year across two ("for all the recorded A&E
// attendances nationally in 2014/15:", drafts76) or a fiscal year. A time
// after it that the line compares it with is its base: "When comparing
// January to March 2019 to the same period in 2018, we see:" → 2019-Q1,
// base 2018-Q1.
func leadInPeriod(line string) (p, base indicators.Period, words string, ok bool) {
	for _, e := range endingsIn(line) {
		if !e.compared {
			return e.period, base, e.words, true
		}
	}
	rs := timeRefsIn(line, 0)
	if len(rs) == 0 || rs[0].role != yearPeriod && rs[0].role != yearDate || rs[0].phrase.IsYear() {
		return p, base, "", false
	}
	p = rs[0].phrase
	if g := sameQuarterInRe.FindStringSubmatchIndex(line); g != nil && g[0] >= rs[0].end {
		y, _ := strconv.Atoi(line[g[4]:g[5]])
		base = shiftYears(p, lastYear(p)-y)
	} else if len(rs) > 1 {
		return p, base, "", false // two times, neither the other's base: no one period of the list
	}
	return p, base, strings.TrimSpace(line[rs[0].phraseStart:rs[0].end]), true
}

// timeLeadRe opens a lead-in's time: "In the 12 months from …", "For the
// year ending …", "During 2023/24", "Between April and June 2014".
var timeLeadRe = lazyRegexp(`\b(?:In|For|During|Over|Between|From|Throughout|As (?:at|of)|At|On)\b`)

// maxProseLeadIn bounds, in bytes, a lead-in's time phrase set in a line
// of prose ("In the 12 months from 1 April 2019 to 31 March 2020:").
const maxProseLeadIn = 120

// proseLeadIn returns the lead-in that dates a figure outside a bullet
// list, and its start: a time phrase closed by a colon earlier in the
// figure's own line ("… Statistics In the 12 months from 1 April 2019 to
// 31 March 2020: There were 188 fewer …", a cover and summary stored as
// one line), else a line above the figure's, ending in a colon and naming
// a time ("For the year ending March 2023:"), with no heading, list or
// other lead-in between.
// The genre's pattern: a lead-in ending in a colon dates every item after
// it until the next heading, whatever the items' shape; a colon after a
// label ("Date of Publication: 15 May 2020") opens no time phrase and so
// leads in nothing.
func (d *docDraft) proseLeadIn(m Mention) (string, int, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	if c := strings.LastIndex(text[ls:m.Span.Start], ": "); c >= 0 {
		c += ls
		lo := max(ls, c-maxProseLeadIn)
		for _, g := range timeLeadRe.FindAllStringIndex(text[lo:c], -1) {
			seg := text[lo+g[0] : c+1]
			if _, _, _, ok := leadInPeriod(seg); ok && !strings.Contains(seg, ". ") {
				return seg, lo + g[0], true
			}
		}
		return "", 0, false // a label's colon: what follows is its value
	}
	for at := ls; at > 0; {
		ps := strings.LastIndexByte(text[:at-1], '\n') + 1
		line := strings.TrimSpace(text[ps : at-1])
		if isBulletLine(line) || slices.ContainsFunc(d.heads, func(h heading) bool { return h.at == ps && !h.runIn }) {
			return "", 0, false // a list closed above, or a heading: the lead-in's reach ended
		}
		if strings.HasSuffix(line, ":") && len(line) < 200 {
			if _, _, _, ok := leadInPeriod(line); ok {
				return line, ps, true
			}
			return "", 0, false // a label's own items
		}
		at = ps
	}
	return "", 0, false
}

// leadInClaim dates a figure by the period its lead-in names (its list's
// lead-in line, or proseLeadIn's outside a list), unless its own words
// name the period it is for.
func (d *docDraft) leadInClaim(cl *claim, m Mention) {
	text := d.src.Text
	line, start, ok := leadInOf(text, m.Span.Start)
	prose := !ok
	if !ok {
		if line, start, ok = d.proseLeadIn(m); !ok {
			return
		}
		if note := cl.fieldNotes["period"]; cl.ind.Period.IsStated() && !fromOutside(note) && !slices.ContainsFunc(borrowedNotes, func(b string) bool { return strings.Contains(note, b) }) {
			if p, _, _, _ := leadInPeriod(line); p != cl.ind.Period {
				return // its own clause's time
			}
		}
	}
	var lp, lb, compared indicators.Period
	var words string
	// A lead-in that names no time of its own ("Charging speed:", "In
	// the same period for bus use, we see:") or only the time its list is
	// compared with ("Compared to 1 July 2023:") sits under the lead-in
	// above it, which names the time of both lists.
	above := false // read through a label to a lead-in above it
	first := start
	for k := 0; k < maxLeadIns; k++ {
		above = k > 0
		lp, lb, words, ok = leadInPeriod(line)
		if ok && comparedSpan(line, words) {
			compared, ok = lp, false
		}
		if ok || start == 0 || len(strings.TrimSpace(line)) > maxLeadInLabel && !compared.IsStated() && !sameTimeRe.MatchString(line) {
			break
		}
		if line, start, ok = leadInAbove(text, start); !ok {
			break
		}
	}
	if !ok && !cl.ind.Period.IsStated() {
		// "The fares index increased by 3.3% between March 2018 and March
		// 2019. / For other areas, the fares index change was a: / - 1.4%
		// increase in London": a lead-in that names no time goes on from
		// the sentence right above it, and its list takes that time.
		if p, why, ok := d.leadInGoesOn(first); ok {
			cl.ind.Period, cl.fieldNotes["period"] = p, why
			declare(cl.fieldNotes, "period", "period/leadInClaim#1")
		}
		return
	}
	if !ok {
		return
	}
	if !lb.IsStated() && compared.IsStated() && compared != lp {
		lb = compared
	}
	ind := &cl.ind
	if above && ind.Period.IsStated() && slices.ContainsFunc(timeRefsIn(text[m.Sentence.Start:m.Sentence.End], 0), func(r yearRef) bool { return r.role == yearPeriod || r.role == yearDate }) {
		return // a time of its own outranks a lead-in its list's label sits under
	}
	rest := text[m.Span.End:m.Sentence.End]
	if g := forPeriodAfterRe.FindStringIndex(rest); g != nil {
		for _, e := range endingsIn(rest) {
			if e.start == g[1] {
				ind.Period, cl.fieldNotes["period"] = e.period, fmt.Sprintf("%q right after the figure", strings.TrimSpace(rest[:e.end]))
				declare(cl.fieldNotes, "period", "period/leadInClaim#2")
				return
			}
		}
	}
	sent := text[m.Sentence.Start:m.Sentence.End]
	for _, r := range yearsIn(sent, m.Sentence.Start) {
		if r.role == yearPeriod && !sameQuarterInRe.MatchString(text[max(m.Sentence.Start, r.start-20):r.end]) {
			if ind.Period == r.period && !(r.period.IsYear() && lp.From.Month != 0 && r.period.Contains(lp)) {
				return // the figure's own year; but "out of the 2014 total" under "For badges on issue at 31 March 2014:" is the lead-in's day, the finer time of that year (when42)
			}
		}
	}
	ind.Period = lp
	cl.fieldNotes["period"] = fmt.Sprintf("%q in the lead-in line %q", words, strings.TrimSpace(line))
	declare(cl.fieldNotes, "period", "period/leadInClaim#3")
	if prose {
		// "… a rise over last year when there were 4.08 million": what a
		// change is from is at the step back its sentence names.
		lead := text[m.Sentence.Start:m.Span.Start]
		if prev, ok := d.figureBeforeIn(m); ok && backFigureLeadRe.MatchString(text[prev.Span.End:m.Span.Start]) {
			lead = strings.Join(strings.Fields(strings.TrimLeft(text[prev.Span.End:m.Span.Start], ") ")), " ")
		} else if !comparandFigure(lead) {
			lead = ""
		}
		if lead != "" {
			if p, w, ok := baseOfWords(lead, lp); ok {
				ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: what a change is from, the lead-in's %s a step back", w, lp)
				declare(cl.fieldNotes, "period", "period/leadInClaim#4")
			}
		}
	}
	if lb.IsStated() && ind.Measure == indicators.Change {
		ind.Base = lb
		cl.fieldNotes["base"] = "the time the lead-in line compares its period with"
		declare(cl.fieldNotes, "base", "base/leadInClaim#1")
	}
	if isQuarter(ind.Base) && !isQuarter(lp) && lp.IsSpan() && lp.From.Month != 0 {
		// "compared with the previous year" of a year ending in a month:
		// the twelve months before, never a quarter.
		ind.Base = indicators.Period{From: indicators.Date{Year: lp.From.Year - 1, Month: lp.From.Month}, To: indicators.Date{Year: lp.To.Year - 1, Month: lp.To.Month}}
		cl.fieldNotes["base"] = "the twelve months before the lead-in's"
		declare(cl.fieldNotes, "base", "base/leadInClaim#2")
	}
	if g := sameQuarterInRe.FindStringSubmatch(sent); g != nil && isQuarter(lp) && strings.EqualFold(g[1], "quarter") {
		y, _ := strconv.Atoi(g[2])
		ind.Base = indicators.QuarterPeriod(y, int(lp.To.Month)/3)
		cl.fieldNotes["base"] = fmt.Sprintf("%q: the same quarter a year before", g[0])
		declare(cl.fieldNotes, "base", "base/leadInClaim#3")
	}
}

// leadInGoesOn returns the period drafted for the last figure of the line
// right above the lead-in line starting at ls, and the figure, when that
// line is a sentence (not a heading, a bullet or a blank line).
func (d *docDraft) leadInGoesOn(ls int) (indicators.Period, string, bool) {
	text := d.src.Text
	if ls == 0 {
		return indicators.Period{}, "", false
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	line := strings.TrimSpace(text[ps : ls-1])
	if line == "" || isBulletLine(line) || !strings.HasSuffix(line, ".") {
		return indicators.Period{}, "", false
	}
	var prev Mention
	for _, o := range d.mentionsFrom(ps, ls-1) {
		if o.Span.Start >= ps && o.Span.End < ls {
			prev = o
		}
	}
	p, ok := d.spans().drafted[prev.Span.Start]
	if prev.Text == "" || !ok || !p.IsStated() {
		return indicators.Period{}, "", false
	}
	return p, fmt.Sprintf("no time of its own: goes on from %s, of %s, in the line above it", strings.Join(strings.Fields(prev.Text), " "), p), true
}
