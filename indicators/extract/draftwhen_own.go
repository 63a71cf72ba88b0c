package extract

import (
	"fmt"
	"slices"
	"sort"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// reachedNounRe reads the noun of the level a change reaches: "fell by
// 6.2% to 1.7 million claimants", "rose by 130,000 to 12.6 million
// people". Group 1 is the noun.
var reachedNounRe = lazyRegexp(`\bto (?:about |around |nearly |almost |over |more than )?[\d.,]+(?: (?:thousand|million|billion))? ([a-z]+)`)

// stockChange reports whether a change is the change of a stock: its
// counted noun, or the noun of the level it reaches in its sentence, is
// one of people or things present at a date (nounMeasure), as "fell by
// 6.2% to 1.7 million claimants" and "the number of officers rose by
// 300" are; "exports rose by 5%" is not. People alone ("rose by 50,000
// people") name no stock: net migration counts people too.
func stockChange(ind *indicators.Indicator, sent string) bool {
	noun := ind.Unit.Name
	if g := reachedNounRe.FindStringSubmatch(sent); noun == "" && g != nil {
		noun = indicators.Singular(g[1])
	}
	if noun == "person" || noun == "people" {
		return false
	}
	k, _, ok := nounMeasure(noun)
	return ok && k == indicators.Stock
}

// latestYearPeriodBefore returns the latest one-year period before byte
// at that the text reports (not a deadline "by …"): a calendar year, or a
// year across two when the document counts in those ("During 2023/4 …
// last year" is 2023/24), or NotStated.
func (d *docDraft) latestYearPeriodBefore(at int) indicators.Period {
	var p indicators.Period
	for _, r := range d.docYears() {
		if r.end > at {
			continue
		}
		if r.role == yearPeriod && r.period.To.IsZero() && r.period.From.Year >= p.From.Year && !strings.HasSuffix(d.src.Text[:r.start], "by ") {
			if r.period.From.Year > p.From.Year || !p.Split && !p.Fiscal {
				p = r.period
			}
		}
	}
	return p
}

// partPeriods dates each part in out by its whole. The genre's pattern:
// a figure that a list or a sentence gives as a part of the figure before
// it ("… 22.4 million people claimed … in August 2022. Of these: • 12.7
// million were of State Pension Age", "Of these, 3,000 were women",
// "Among them, 40 were …") is of that figure's time, unless its own
// sentence names a year; the time of a list's lead-in above, or the last
// period stated before, does not date it. It runs once every figure is
// dated, so the whole's period is its drafted one.
func (d *docDraft) partPeriods(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		if !fromOutside(cl.fieldNotes["period"]) {
			continue // its own clause dates it: "compared with the previous year (183,312)"
		}
		m, ok := d.mentionOf(cl)
		if !ok || yearDigitsRe.MatchString(text[m.Sentence.Start:m.Sentence.End]) {
			continue
		}
		whole, ok := d.wholeOf(m)
		if !ok {
			continue
		}
		for j := range out[:i] {
			w := &out[j]
			if w.skip != "" || len(w.ind.Provenance) == 0 || !w.ind.Period.IsStated() || w.ind.Period == cl.ind.Period {
				continue
			}
			if wm, ok := d.mentionOf(w); ok && wm.Span == whole.Span {
				cl.ind.Period, cl.fieldNotes["period"] = w.ind.Period, "the period of "+strings.Join(strings.Fields(whole.Text), " ")+", the whole this figure is a part of"
				break
			}
		}
	}
}

// mentionOf returns the figure a claim drafts: the first in its quote's
// span whose words open with its stated value, a sign aside ("-43,000
// British citizens" is stated from the mention "43,000 British citizens"
// of a net flow).
func (d *docDraft) mentionOf(cl *claim) (Mention, bool) {
	sp := cl.ind.Provenance[0].Span
	f := strings.Fields(cl.ind.Stated)
	if len(f) == 0 {
		return Mention{}, false
	}
	first := strings.TrimLeft(f[0], "-−+")
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= sp.Start })
	for ; i < len(d.mentions) && d.mentions[i].Span.Start < sp.End; i++ {
		if strings.HasPrefix(strings.TrimLeft(d.mentions[i].Text, "-−+"), first) {
			return d.mentions[i], true
		}
	}
	return Mention{}, false
}

// outsideNotes are the evidence of a period taken from outside the
// figure's own sentence: a list's lead-in, a heading, the paragraph, the
// last period stated.
var outsideNotes = []string{"the last period stated before it", "in the lead-in line", "earlier in the paragraph", "in the heading", "for the whole document", "the document's year", "no year"}

// fromOutside reports whether a period's evidence is from outside the
// figure's sentence (outsideNotes).
func fromOutside(note string) bool {
	for _, n := range outsideNotes {
		if strings.Contains(note, n) {
			return true
		}
	}
	return false
}

// yearDigitsRe finds a year's digits.
var yearDigitsRe = lazyRegexp(`\b(?:19|20)\d\d\b`)

// wholeOf returns the figure a part points back to (backWholes): the last
// figure before "Of these:" closing its list's lead-in line, or before
// its own sentence when that opens "Of these," or "Among them,".
func (d *docDraft) wholeOf(m Mention) (Mention, bool) {
	text := d.src.Text
	opensBack := func(s string) bool {
		s = strings.ToLower(strings.TrimLeft(s, " \t•*-–"))
		for _, b := range backWholes {
			if strings.HasPrefix(s, b) && (len(s) == len(b) || !isWordByte(s[len(b)])) {
				return true
			}
		}
		return false
	}
	if line, ls, ok := leadInOf(text, m.Span.Start); ok {
		i := strings.LastIndex(line, ". ")
		if i < 0 || !opensBack(line[i+2:]) {
			return Mention{}, false
		}
		return d.lastMentionBefore(ls + i)
	}
	if opensBack(text[m.Sentence.Start:m.Span.Start]) {
		return d.lastMentionBefore(m.Sentence.Start)
	}
	return Mention{}, false
}

// lastMentionBefore returns the last figure that ends at or before byte
// at, outside an aside in parentheses closed before at ("22.4 million
// people … (of the 17 benefits included). Of these:" points back to 22.4
// million).
func (d *docDraft) lastMentionBefore(at int) (Mention, bool) {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.End > at })
	for ; i > 0; i-- {
		o := d.mentions[i-1]
		if gap := d.src.Text[o.Span.End:at]; strings.Count(gap, ")") <= strings.Count(gap, "(") {
			return o, true
		}
	}
	return Mention{}, false
}

// withoutParens removes the asides in parentheses of s, closed in s:
// "companies on the register (at a rate of 52.4 per 10,000 companies)
// entered insolvency in" reads as the figure's own words without the
// aside's figure.
func withoutParens(s string) string {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return s
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			return s
		}
		s = s[:i] + s[i+j+1:]
	}
}

// prevYearRe names the time a year before the sentence's own: "compared
// with the same period of the previous year", "a year earlier".
var prevYearRe = lazyRegexp(`(?i)\b(?:the same (?:period|quarter|month) (?:of|in) (?:the )?(?:previous|preceding|prior|last) year|a year (?:earlier|before|ago))\b`)

// A timeAt is a time a sentence names, and whether it is what a figure
// is compared with ("since 2015", "from 2018").
type timeAt struct {
	period indicators.Period
	base   bool
}

// timesIn returns the times text[from:to] names outside [skipFrom,
// skipTo): its quarters, then its years outside them; a date or a name
// is none.
func timesIn(text string, from, to, skipFrom, skipTo int) []timeAt {
	var out []timeAt
	var spans [][2]int
	for _, q := range quartersIn(text, from, to) {
		if q.previous || q.start >= skipFrom && q.start < skipTo {
			continue
		}
		out = append(out, timeAt{period: q.period})
		spans = append(spans, [2]int{q.start, q.end})
	}
	for _, r := range yearsIn(text[from:to], from) {
		if r.start >= skipFrom && r.start < skipTo || r.role == yearDate || r.role == yearName {
			continue
		}
		if slices.ContainsFunc(spans, func(sp [2]int) bool { return r.start >= sp[0] && r.start < sp[1] }) {
			continue
		}
		if w := text[r.start:r.end]; r.period.IsSpan() && !r.period.Fiscal && (strings.Contains(w, " and ") || strings.Contains(w, " to ")) {
			// "between 2013 and 2014": the two times a change runs between
			out = append(out, timeAt{period: indicators.YearPeriod(r.period.From.Year)}, timeAt{period: indicators.YearPeriod(r.period.To.Year)})
			continue
		}
		out = append(out, timeAt{period: r.period, base: r.role != yearPeriod})
	}
	var uniq []timeAt // "between 2013 and 2014, … in 2013": two times
	for _, t := range out {
		if !slices.ContainsFunc(uniq, func(u timeAt) bool { return u.period == t.period }) {
			uniq = append(uniq, t)
		}
	}
	return uniq
}

// before reports whether period p starts before q.
func before(p, q indicators.Period) bool {
	return p.From.Year < q.From.Year || p.From.Year == q.From.Year && p.From.Month < q.From.Month
}

// twoTimesNote is the words fromToClaim's notes share: the time is of
// the figure's own sentence (ownClauseNotes).
const twoTimesNote = "of the sentence's two times"

// fromToClaim dates the two figures of "from X to Y" and the change of
// their sentence by the two times the sentence names, or the sentence
// before when its words point back to it ("Over this time", "over the
// period"). The genre's pattern: a figure after "from" is the comparand,
// at the earlier time; a figure after "to" is the level reached, at the
// later; a change between them is of the later time, on the earlier:
// "increased by 11.5% in Quarter 3 2015 compared with the same period of
// the previous year, up from 19.701 million to 21.968 million"
// (2014-Q3, 2015-Q3, the change 2015-Q3 on 2014-Q3), "increased by 17.5%
// between Quarter 3 2014 and Quarter 3 2015, increasing from €1,734
// million to €2,037 million", "water quality since 2015 … Over this time
// … increased from 17 to 38" (17 in 2015; 38 keeps its own time).
func (d *docDraft) fromToClaim(cl *claim, m Mention) {
	text := d.src.Text
	var ms []Mention
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence {
			ms = append(ms, o)
		}
	}
	var x, y Mention
	found := false
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		lead := strings.ToLower(strings.TrimRight(text[m.Sentence.Start:a.Span.Start], " "))
		if strings.TrimSpace(text[a.Span.End:b.Span.Start]) == "to" && (strings.HasSuffix(lead, " from") || lead == "from") {
			x, y, found = a, b, true
			break
		}
	}
	if !found {
		return
	}
	s := m.Sentence
	ts := timesIn(text, s.Start, s.End, x.Span.Start, y.Span.End)
	prev := prevYearRe.MatchString(text[s.Start:s.End])
	if sent := text[s.Start:s.End]; len(ts) == 0 && (backPeriodRe.MatchString(sent) || hasPhrase(strings.ToLower(sent), "over the period")) {
		head := text[:max(0, s.Start-2)]
		ps := max(strings.LastIndex(head, ". ")+2, strings.LastIndexByte(head, '\n')+1)
		ts = timesIn(text, ps, s.Start, 0, 0)
		prev = prev || prevYearRe.MatchString(text[ps:s.Start])
	}
	var t0, t1 indicators.Period
	switch {
	case len(ts) == 2 && ts[0].period != ts[1].period:
		t0, t1 = ts[0].period, ts[1].period
		if before(t1, t0) {
			t0, t1 = t1, t0
		}
	case len(ts) == 1 && prev && !ts[0].base:
		t0, t1 = shiftYears62(ts[0].period, 1), ts[0].period
	case len(ts) == 1 && ts[0].base:
		t0 = ts[0].period
	default:
		return
	}
	ind := &cl.ind
	pair := fmt.Sprintf("from %s to %s", strings.Join(strings.Fields(x.Text), " "), strings.Join(strings.Fields(y.Text), " "))
	switch {
	case m.Span == x.Span:
		ind.Period, cl.fieldNotes["period"] = t0, fmt.Sprintf("%q: the figure after \"from\" is at the earlier %s, %s", pair, twoTimesNote, t0)
	case m.Span == y.Span && t1.IsStated():
		ind.Period, cl.fieldNotes["period"] = t1, fmt.Sprintf("%q: the figure after \"to\" is at the later %s, %s", pair, twoTimesNote, t1)
	case ind.Measure == indicators.Change && t1.IsStated() && !d.ownOtherTime(m, t1):
		ind.Period, cl.fieldNotes["period"] = t1, fmt.Sprintf("a change %s: of the later %s, %s", pair, twoTimesNote, t1)
		ind.Base, cl.fieldNotes["base"] = t0, fmt.Sprintf("a change %s: on the earlier time, %s", pair, t0)
	}
}

// ownTimeRe is a time a figure's own phrase opens with: "in 2013", "in
// Quarter 3 2015", "during the first quarter of 2009"; "between …" and
// "from …" name two.
var ownTimeRe = lazyRegexp(`^\s*(?:in|during|for) (?:the )?(?:(?:first|second|third|fourth) quarter of |Quarter \d |Q\d )?(?:19|20)\d\d\b`)

// ownOtherTime reports whether the words right after a figure name a time
// of its own other than t: "compared with the decrease of 5.9% in 2013" is
// of 2013, whatever the sentence's pair of figures runs between.
func (d *docDraft) ownOtherTime(m Mention, t indicators.Period) bool {
	text := d.src.Text
	g := ownTimeRe.FindStringIndex(text[m.Span.End:min(m.Sentence.End, m.Span.End+48)])
	if g == nil {
		return false
	}
	ts := timesIn(text, m.Span.End, m.Span.End+g[1], 0, 0)
	return len(ts) > 0 && ts[0].period != t
}
