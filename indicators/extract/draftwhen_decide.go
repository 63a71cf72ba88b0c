package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The last word on a figure's period (when39). The readers of draft.go
// and draftwhen_*.go each date the figures of one pattern; decidePeriods
// then settles each figure once, by this precedence:
//
//  1. a change's time after its word of comparison, which the readers
//     took for its period, is its base, its period the level's of its
//     sentence ("£17.9bn in 2017-18, an increase of … 2.3 per cent in cash
//     terms on 2016-17": 2017-18 on 2016-17, changeOnTime);
//     the time at the figure, in its own words (timeAt: "two
//     prosecutions in 2020/21", "in the quarter ending June 2024 (5,700
//     arrangements)"), before any other of its sentence; "today" in the
//     figure's own clause, set against another's time (presentCueAt);
//     a time in the figure's own clause (what the readers found, when the
//     words they quote stand in the figure's sentence), and the time a
//     "when" clause dates its own figure by ("compared to March 2031
//     when the daily average was 412": March 2031); a time counted
//     back from the issue date, where the readers found none of the
//     sentence's own ("last month", "since last April": relativePeriod);
//  2. the time that governs the figure's sentence, fronted before its
//     main clause ("At the May 2031 count, …", "On Count Night, 2 May
//     2031, …", "In May 2031, …");
//  3. its paragraph's, its list's lead-in's and its heading's (the
//     readers');
//  4. the release's frame: the reference day it names once ("Census Day,
//     21 March 2021") dates every figure whose sentence names that day;
//  5. not stated.
//
// Then a pair of readings in brackets after a change, "(134,789 vs
// 130,572)", takes the change's period and base in the order the clause
// names them (bracketPairs). Last, the figures of a week named by its
// last day take the week if they are flows, the day if not (weekDays).
//
// A time of a lower rank never replaces one of a higher; a finer time of
// the same rank replaces a coarser one that holds it (2031 → 2031-05).

// namedDayRe is a release's reference day, named and dated once: "On
// Census Day, 21 March 2021", "Census Night (10 August 2021)", "the
// reference date, 30 June 2024" (group 1 the name, group 2 the date).
var namedDayRe = lazyRegexp(`(?i)\b((?:census|reference|count|snapshot|survey)\s+(?:day|night|date))\b[,:]?\s*\(?((?:\d{1,2}\s+)?(?:` + monthAlt + `)\s+(?:\d{1,2},?\s+)?(?:19|20)\d\d)\b`)

// frameDay returns the reference day a release names and dates, the name
// lower case, and its words; ok false when it names none or two.
func (d *docDraft) frameDay() (day indicators.Period, name, words string, ok bool) {
	for _, g := range namedDayRe.FindAllStringSubmatch(d.src.Text, -1) {
		rs := timeRefsIn(g[2], 0)
		if len(rs) != 1 || rs[0].phrase.From.Day == 0 {
			continue
		}
		n := strings.ToLower(strings.Join(strings.Fields(g[1]), " "))
		if ok && (n != name || rs[0].phrase != day) {
			return indicators.Period{}, "", "", false // two days: no one frame
		}
		day, name, words, ok = rs[0].phrase, n, strings.Join(strings.Fields(g[0]), " "), true
	}
	return day, name, words, ok
}

// frontPrepositions open a fronted time phrase.
var frontPrepositions = wordSet([]string{"in", "on", "at", "as", "during", "of", "for", "over", "throughout", "by"})

// sentenceFrame returns the time fronted before the main clause of the
// sentence that starts at from, before the figure at at: a phrase that
// opens with a preposition and closes on a comma, with a month, a day or
// a quarter in it ("At the May 2031 count,", "On Count Night, 2 May
// 2031,", "Of those waiting at the May 2031 count,"). A bare year is the
// readers' (draft.go reads "In 2031, …").
func sentenceFrame(text string, from, at int) (indicators.Period, string, bool) {
	head := text[from:at]
	f := strings.Fields(strings.TrimLeft(head, "-–•*· \t"))
	if len(f) == 0 || !frontPrepositions[strings.ToLower(f[0])] {
		return indicators.Period{}, "", false
	}
	for _, r := range timeRefsIn(head, from) {
		if r.role == yearName || r.role == yearBase || r.role == yearCompared {
			continue
		}
		p := r.phrase
		if !p.IsStated() || p.From.Month == 0 {
			continue
		}
		comma := strings.Index(text[r.end:at], ", ")
		if comma < 0 {
			return indicators.Period{}, "", false
		}
		frame := text[from : r.end+comma]
		if len(timeRefsIn(frame, 0)) > 1 {
			return indicators.Period{}, "", false // "For April 2024 to March 2025,": a span, the readers'
		}
		if len(strings.Fields(frame)) > 12 || strings.Contains(strings.ToLower(frame), "publish") || hasDigit(text[r.end:r.end+comma]) {
			return indicators.Period{}, "", false
		}
		if p.From.Day != 0 && !stateVerbRe.MatchString(text[r.end+comma:at]) {
			return indicators.Period{}, "", false // "On 17 May 2031, the council approved …": the day of an event, not a period
		}
		return p, strings.Join(strings.Fields(strings.TrimLeft(frame, "-–•*· \t")), " "), true
	}
	return indicators.Period{}, "", false
}

// stateVerbRe is a verb of being or having: a day fronted before it
// dates a stock ("On Count Night, 2 May 2031, there were …").
var stateVerbRe = lazyRegexp(`(?i)\b(?:there (?:were|was|are|is)|were|was|had|stood)\b`)

// whenTime returns the time a "when" clause dates the figure m by: the
// time right before "when", the figure in the clause it opens, no comma
// or other figure between ("compared to March 2031 when the daily
// average was 412", "the May 2031 count when 1,110 people were
// waiting").
func (d *docDraft) whenTime(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	head := text[m.Sentence.Start:m.Span.Start]
	i := strings.LastIndex(head, " when ")
	if i < 0 || strings.ContainsAny(head[i:], ",;:()") {
		return indicators.Period{}, "", false
	}
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.Start > m.Sentence.Start+i && o.Span.Start < m.Span.Start {
			return indicators.Period{}, "", false
		}
	}
	rs := timeRefsIn(head[:i], m.Sentence.Start)
	if len(rs) == 0 {
		return indicators.Period{}, "", false
	}
	r := rs[len(rs)-1]
	if r.role == yearName || len(strings.Fields(text[r.end:m.Sentence.Start+i])) > 2 {
		return indicators.Period{}, "", false
	}
	p := r.phrase
	if !p.IsStated() {
		p = r.period
	}
	return p, snippet(text, r.phraseStart, m.Sentence.Start+i+5), true
}

// frameNotes end or hold the notes of a period the readers took from the
// release's frame (its collection, its as-of day, its year), the rank
// below a paragraph's.
var frameNotes = []string{"the period of the collection", "for the whole document", "the document's year", "the span of months the release reports"}

// fromFrame reports whether a period's note says it is the release
// frame's.
func fromFrame(note string) bool {
	return slices.ContainsFunc(frameNotes, func(n string) bool { return strings.Contains(note, n) })
}

// presentCues are nowCues and the words of the present a sentence
// dates itself by in any release: its own time, not the sentence
// before's.
var presentCues = append([]string{"now", "today"}, nowCues...)

// quotedEvidence returns the first quoted words of a period's note, or "".
func quotedEvidence(note string) string {
	i := strings.IndexByte(note, '"')
	if i < 0 {
		return ""
	}
	q, err := strconv.QuotedPrefix(note[i:])
	if err != nil {
		return ""
	}
	s, _ := strconv.Unquote(q)
	return s
}

// readersFound reports how the readers dated a claim: in its own
// sentence (own), or not at all (none); else from outside it.
func readersFound(cl *claim, sentence string) (own, none bool) {
	note := cl.fieldNotes["period"]
	if !cl.ind.Period.IsStated() {
		return false, note == "no year for this figure" || strings.Contains(note, "is a date or a name")
	}
	q := quotedEvidence(note)
	return q != "" && strings.Contains(strings.Join(strings.Fields(sentence), " "), q), false
}

// decidePeriods settles the period of each claim of out by the
// precedence above.
func (d *docDraft) decidePeriods(out []claim) {
	text := d.src.Text
	defer d.weekDays(out)
	defer d.bracketPairs(out)
	day, dayName, dayWords, hasDay := d.frameDay()
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		m, ok := d.mentionOfClaim(cl)
		if !ok {
			continue
		}
		sent := text[m.Sentence.Start:m.Sentence.End]
		own, none := readersFound(cl, sent)
		cur := cl.ind.Period
		// finer: p refines what the readers found, or they found nothing
		// or only a time from outside the sentence.
		finer := func(p indicators.Period) bool {
			return p != cur && !p.Contains(cur) && (none || cur.IsStated() && (cur.Contains(p) || !own))
		}
		set := func(p indicators.Period, why string) {
			if cl.ind.Measure == indicators.Change && cl.ind.Base == p {
				return // the time a change is from is its base
			}
			cl.ind.Period, cl.fieldNotes["period"] = p, why
			declare(cl.fieldNotes, "period", "period/decidePeriods#1")
		}
		if cl.ind.Measure == indicators.Change && own && d.changeOnTime(m, cur) {
			// "an increase of 2.3 per cent on 2016-17": the time is the
			// base; the period is the level's the sentence changes.
			if mi := levelOfSentence(out, i); mi >= 0 && disjoint(out[mi].ind.Period, cur) {
				if !cl.ind.Base.IsStated() {
					cl.ind.Base, cl.fieldNotes["base"] = cur, "the time after the change's word of comparison"
					declare(cl.fieldNotes, "base", "base/decidePeriods#1")
				}
				cl.ind.Period, cl.fieldNotes["period"] = out[mi].ind.Period, fmt.Sprintf("the period of %s, the level the sentence's change is of; %s after the change is its base", out[mi].ind.Stated, cur)
				declare(cl.fieldNotes, "period", "period/decidePeriods#2")
				continue
			}
		}
		if b, p, words, ok := d.changeFromTo(m); ok && cl.ind.Measure == indicators.Change && (!cur.IsStated() || cur == b || cur.Same(p) && !cl.ind.Base.IsStated()) {
			// "declined by 64%—from 855 in 1994–95 to 310 in 2018–19": a
			// change is of the time it ends at, from the one it starts
			// at (when42).
			cl.ind.Period, cl.ind.Base = p, b
			cl.fieldNotes["period"] = fmt.Sprintf("%q right after the change: the time it ends at", words)
			declare(cl.fieldNotes, "period", "period/decidePeriods#3")
			cl.fieldNotes["base"] = fmt.Sprintf("%q right after the change: the time it starts at", words)
			declare(cl.fieldNotes, "base", "base/decidePeriods#2")
			continue
		}
		if p, words, ok := namedGrain(cl.fieldNotes["period"], cur); ok && own {
			// "In Q2 2024, 11.2 million …" read as 2024: the quarter the
			// words name, not the year that holds it.
			set(p, fmt.Sprintf("%q: the grain the words name, within %s", words, cur))
			cur = cl.ind.Period
		}
		if p, words, ok := d.timeAt(m); ok && p != cur && (!cur.IsStated() || disjoint(p, cur)) {
			set(p, fmt.Sprintf("%q at the figure, in its own words: its time, before any other of the sentence", words))
			continue
		}
		if c, ok := d.presentCueAt(m); ok && own {
			if p, why := d.presentPeriod(); p != cur {
				set(p, fmt.Sprintf("%q in the figure's own clause, set against a time of another: %s", c, why))
			}
			continue
		}
		if p, words, ok := d.whenTime(m); ok && p.IsStated() && p != cur {
			set(p, fmt.Sprintf("%q: the time the \"when\" clause this figure is in dates it", words))
			continue
		}
		if p, words, ok := d.spanAfter(m); ok && (!own || none) && cl.ind.Measure != indicators.Change {
			set(p, fmt.Sprintf("%q after the figure, in its own words: the months it is of", words))
			continue
		}
		if p, b, why, ok := d.relativePeriod(m, cl.ind.Measure); ok && (!own || none) && p != cur {
			// "last month", "since last April": counted back from the
			// issue date (when42).
			cl.ind.Period, cl.fieldNotes["period"] = p, why
			declare(cl.fieldNotes, "period", "period/decidePeriods#4")
			if b.IsStated() {
				cl.ind.Base, cl.fieldNotes["base"] = b, why
				declare(cl.fieldNotes, "base", "base/decidePeriods#3")
			}
			continue
		}
		if p, words, ok := sentenceFrame(text, m.Sentence.Start, m.Span.Start); ok && !own && finer(p) {
			set(p, fmt.Sprintf("%q: the time fronted before the sentence's main clause", words))
			continue
		}
		if mi := mainBefore(text, out, i, cl.ind.Provenance[0].Span.Start); mi >= 0 && (none || fromFrame(cl.fieldNotes["period"])) && firstPhrase(strings.ToLower(joinBroken(sent)), presentCues) == "" {
			// A sentence with no time of its own goes on the one before
			// in its paragraph: "This is a decrease of 10% compared to …";
			// "now", "currently" are the release's own time, not the
			// sentence before's.
			// A year is carried by the readers of draft.go, which leave a
			// general fact undated; a month, a quarter or a day here.
			// A year too, where the sentence names no time at all, the
			// readers found none, and the sentence before took its year
			// from outside itself: a year the passage carries, not one a
			// sentence names in its own words (when42). "In 2018–19, 42
			// local adoptions … / A further 57 … were also finalised.
			// Nearly all (98%) …" is 2018–19; "In 2014, our trade was
			// $279 billion. The United States has accumulated … $123
			// billion" and "… 5 million in 2021. This left about 5
			// million unrenewed passports" stay undated.
			p := out[mi].ind.Period
			if (p.From.Month != 0 || none && len(timeRefsIn(sent, 0)) == 0 && d.carriesYear(&out[mi])) && p != cur && p != cl.ind.Base {
				cl.ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("no time of its own: %s, of %s, the main figure of the sentence before in its paragraph", out[mi].ind.Stated, p)
				declare(cl.fieldNotes, "period", "period/decidePeriods#5")
				continue
			}
		}
		if !hasDay || !finer(day) {
			continue
		}
		switch ev := strings.ToLower(quotedEvidence(cl.fieldNotes["period"])); {
		case hasPhrase(strings.ToLower(joinBroken(sent)), dayName):
			set(day, fmt.Sprintf("%q in the sentence: the day the release names, %q", dayName, dayWords))
		case !own && cur.Contains(day) && hasPhrase(ev, strings.Fields(dayName)[0]):
			// "Census 2021" and "Census Day, 21 March 2021": a collection
			// of one day dates its figures by that day.
			set(day, fmt.Sprintf("%q: the release's collection, of one day, %q", ev, dayWords))
		}
	}
}

// levelOfSentence returns the index in out of the first figure of claim
// i's sentence that is no change and has a period, or -1.
func levelOfSentence(out []claim, i int) int {
	sp := out[i].ind.Provenance[0].Span
	for j := range out {
		o := &out[j]
		if o.skip != "" || len(o.ind.Provenance) == 0 || o.ind.Provenance[0].Span != sp || o.ind.Measure == indicators.Change || !o.ind.Period.IsStated() {
			continue
		}
		return j
	}
	return -1
}

// namedGrain returns the finer time the words a period's note quotes
// name, when the readers took only the calendar year that holds it: "Q2
// 2024" is the quarter, "June 2024" the month, "31 March 2014" the day,
// never the bare year (when42). The words must name one such time, of the
// readers' year.
func namedGrain(note string, cur indicators.Period) (indicators.Period, string, bool) {
	if !cur.IsYear() {
		return indicators.Period{}, "", false
	}
	ev := quotedEvidence(note)
	var got indicators.Period
	var words string
	for _, r := range timeRefsIn(ev, 0) {
		if r.role == yearName || r.same {
			continue
		}
		p := r.phrase
		if !p.IsStated() || p == cur || p.From.Year != cur.From.Year || !cur.Contains(p) {
			continue
		}
		if got.IsStated() && got != p {
			return indicators.Period{}, "", false // two finer times: which is the figure's is not known here
		}
		got, words = p, ev[r.phraseStart:r.end]
	}
	return got, words, got.IsStated()
}

// carriesYear reports whether claim o's period is one it took from
// outside its own sentence: the note quotes no words of the sentence
// ("the period of 14%, of the sentence before", "… earlier in the
// paragraph"), in any case.
func (d *docDraft) carriesYear(o *claim) bool {
	m, ok := d.mentionOfClaim(o)
	if !ok || !o.ind.Period.IsStated() {
		return false
	}
	sent := strings.ToLower(strings.Join(strings.Fields(d.src.Text[m.Sentence.Start:m.Sentence.End]), " "))
	q := strings.ToLower(quotedEvidence(o.fieldNotes["period"]))
	return q == "" || !strings.Contains(sent, q)
}

// spanAfter returns the span of months a figure's clause names after
// it, the first time there, no comma between: "over 90% of applications
// were issued within 6 weeks between January and March 2022" is of
// 2022-Q1.
func (d *docDraft) spanAfter(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	end := m.Sentence.End
	if i := strings.IndexAny(text[m.Span.End:end], ",;:"); i >= 0 {
		end = m.Span.End + i
	}
	for _, r := range timeRefsIn(text[m.Span.End:end], m.Span.End) {
		if r.role == yearName || r.role == yearBase || r.role == yearCompared || r.same {
			continue
		}
		if p := r.phrase; p.IsSpan() && p.From.Month != 0 && p.From.Day == 0 && p.From.Year == p.To.Year && !strings.ContainsAny(text[m.Span.End:r.phraseStart], ",;()") {
			return p, text[r.phraseStart:r.end], true
		}
		return indicators.Period{}, "", false
	}
	return indicators.Period{}, "", false
}

// pairSepRe stands between the two readings of a bracketed pair: "vs",
// "vs.", "versus", "compared with".
var pairSepRe = lazyRegexp(`(?i)^\s*(?:vs\.?|versus|v\.|compared (?:with|to)|against)\s*$`)

// bracketPairs dates the two readings of a pair in brackets after a
// change by the change's two times, in the order the clause names them:
// "increased by 4,217 when compared with the same period in 2023
// (134,789 vs 130,572)" gives 134,789 the change's period and 130,572
// its base; "over 40 times that of June 2020 (3,984,966 vs 94,100)" with
// no base gives 94,100 the time right before the brackets (when42).
func (d *docDraft) bracketPairs(out []claim) {
	text := d.src.Text
	type fig struct {
		i int
		m Mention
	}
	// Each claim's own mention: the k-th of its sentence whose words are
	// its stated figure, for the k-th claim stating them ("3,984,966"
	// twice in a sentence is two readings).
	var figs []fig
	seen := map[string]int{}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		m0, ok := d.mentionOfClaim(cl)
		if !ok {
			continue
		}
		key := fmt.Sprint(m0.Sentence.Start, "|", cl.ind.Stated)
		k := seen[key]
		seen[key]++
		for _, m := range d.sentenceMentions(m0) {
			if m.Sentence == m0.Sentence && strings.Join(strings.Fields(m.Text), " ") == cl.ind.Stated {
				if k == 0 {
					figs = append(figs, fig{i, m})
					break
				}
				k--
			}
		}
	}
	for a := range figs {
		ma := figs[a].m
		open := strings.TrimRight(text[ma.Sentence.Start:ma.Span.Start], " ")
		if !strings.HasSuffix(open, "(") {
			continue
		}
		paren := ma.Sentence.Start + len(open) - 1
		for b := range figs {
			mb := figs[b].m
			if mb.Sentence != ma.Sentence || mb.Span.Start <= ma.Span.End || !pairSepRe.MatchString(text[ma.Span.End:mb.Span.Start]) || !strings.HasPrefix(strings.TrimSpace(text[mb.Span.End:ma.Sentence.End]), ")") {
				continue
			}
			// the change the pair restates: the nearest before the bracket
			ci := -1
			for c := range figs {
				mc := figs[c].m
				if mc.Sentence == ma.Sentence && mc.Span.End <= paren && out[figs[c].i].ind.Measure == indicators.Change && (ci < 0 || mc.Span.Start > figs[ci].m.Span.Start) {
					ci = c
				}
			}
			if ci < 0 {
				break
			}
			ch := &out[figs[ci].i].ind
			if !ch.Period.IsStated() {
				break
			}
			base, why := ch.Base, fmt.Sprintf("the base of %s, the change the bracketed pair restates, second in the pair", ch.Stated)
			if !base.IsStated() {
				rs := timeRefsIn(text[ma.Sentence.Start:paren], ma.Sentence.Start)
				if len(rs) == 0 || rs[len(rs)-1].same || strings.TrimSpace(text[rs[len(rs)-1].end:paren]) != "" {
					break
				}
				r := rs[len(rs)-1]
				base = r.phrase
				if !base.IsStated() {
					base = r.period
				}
				why = fmt.Sprintf("%q right before the bracketed pair: the time of its second reading", text[r.phraseStart:r.end])
			}
			if disjoint(ch.Period, base) {
				ca, cb := &out[figs[a].i], &out[figs[b].i]
				ca.ind.Period, ca.fieldNotes["period"] = ch.Period, fmt.Sprintf("the period of %s, the change the bracketed pair restates, first in the pair", ch.Stated)
				declare(ca.fieldNotes, "period", "period/bracketPairs#1")
				cb.ind.Period, cb.fieldNotes["period"] = base, why
				declare(cb.fieldNotes, "period", "period/bracketPairs#2")
			}
			break
		}
	}
}

// fromToAfterRe opens the two ends of a change right after it: "—from",
// ", from", " from".
var fromToAfterRe = lazyRegexp(`^[\s,–—-]{0,4}from\s`)

// changeFromTo returns the times a change's own words give its two ends,
// right after it: "declined by 64%—from 855 in 1994–95 to 310 in
// 2018–19" is from 1994-95 (its base) to 2018-19 (its period); the two
// times, "to" between, and nothing else dated before the clause ends.
func (d *docDraft) changeFromTo(m Mention) (base, period indicators.Period, words string, ok bool) {
	text := d.src.Text
	g := fromToAfterRe.FindStringIndex(text[m.Span.End:m.Sentence.End])
	if g == nil {
		return indicators.Period{}, indicators.Period{}, "", false
	}
	from := m.Span.End + g[1]
	end := m.Sentence.End
	if i := strings.IndexAny(text[from:end], ";—"); i >= 0 {
		end = from + i
	}
	rs := timeRefsIn(text[from:end], from)
	if len(rs) != 2 || rs[0].role == yearName || rs[1].role == yearName || rs[0].same || rs[1].same {
		return indicators.Period{}, indicators.Period{}, "", false
	}
	if !hasPhrase(strings.ToLower(text[rs[0].end:rs[1].phraseStart]), "to") {
		return indicators.Period{}, indicators.Period{}, "", false
	}
	b, p := rs[0].phrase, rs[1].phrase
	if !b.IsStated() {
		b = rs[0].period
	}
	if !p.IsStated() {
		p = rs[1].period
	}
	if !b.IsStated() || !p.IsStated() || !disjoint(b, p) {
		return indicators.Period{}, indicators.Period{}, "", false
	}
	return b, p, strings.TrimSpace(text[m.Span.End+g[0] : rs[1].end]), true
}
