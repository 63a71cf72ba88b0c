package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

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
				declare(cl.fieldNotes, "period", "period/partPeriods")
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

// A fromToPair is a reading from one level to another in a sentence:
// "from X [in A] to Y [in B]", or a change's "to Y" alone (x zero), with
// the times its own words name right after each figure (zero when none).
type fromToPair struct {
	x, y   Mention
	tx, ty indicators.Period
}

// pairHedges may stand between "from" or "to" and its figure.
var pairHedges = map[string]bool{"about": true, "around": true, "nearly": true, "almost": true, "roughly": true, "approximately": true, "over": true, "under": true, "just": true}

// endsWithWord reports whether s, lower-cased, ends with the word w
// (after a space, "(", or at the start), hedges (pairHedges) after it
// aside: "… up from about" ends with "from". It reads s from its end,
// word by word, as far as the hedges go: a sentence's lead before each of
// its figures is read in time of its last words, not of its length.
func endsWithWord(s, w string) bool {
	for {
		s = strings.TrimRightFunc(s, unicode.IsSpace) // strings.Fields's spaces
		if s == "" {
			return false
		}
		i := 0 // the last word's start
		if k := strings.LastIndexFunc(s, unicode.IsSpace); k >= 0 {
			_, n := utf8.DecodeRuneInString(s[k:])
			i = k + n
		}
		f := strings.ToLower(s[i:])
		if !pairHedges[f] {
			return strings.TrimLeft(f, "(") == w
		}
		s = s[:i]
	}
}

// ownTimeAfter returns the first time text[from:to] names within its
// first few words when they open with a word of timeLeads, "as" or "on"
// and a day (a figure's own phrase: "in Q3 2022", "at 31 March 2011", "on
// 30 June 2023") and name one time, outside parentheses; zero otherwise.
func ownTimeAfter(text string, from, to int) indicators.Period {
	if i := strings.IndexAny(text[from:to], ",;()"); i >= 0 {
		to = from + i
	}
	if k := fieldStart(text[from:to], 7); k >= 0 {
		to = from + k // the first seven words ("in the tax year 2005 to 2006")
	}
	w := strings.Fields(strings.ToLower(text[from:to]))
	if len(w) > 2 && w[0] == "on" && w[1] == "average" {
		w = w[2:] // "1.2 percent per year on average during the 2005-2020 period"
	}
	if len(w) < 2 || !slices.Contains(timeLeads, w[0]) && w[0] != "as" && (w[0] != "on" || !isDigit(w[1][0])) {
		return indicators.Period{} // "between 2013 and 2014" names two
	}
	if ts := timesIn(text, from, to, 0, 0); len(ts) == 1 && !ts[0].base {
		return ts[0].period
	}
	return indicators.Period{}
}

// fromToPairs returns the readings from one level to another in sentence
// s (its mentions ms, in order): a figure after "from", the next after
// "to" with at most its own time between (fromToPair); and a figure after
// "to" that follows a change in its clause, a level reached, with no
// "from" figure.
func (d *docDraft) fromToPairs(ms []Mention) []fromToPair {
	text := d.src.Text
	var out []fromToPair
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		lead := text[ms[0].Sentence.Start:a.Span.Start]
		if i+1 < len(ms) && endsWithWord(lead, "from") {
			b := ms[i+1]
			gap := text[a.Span.End:b.Span.Start]
			if endsWithWord(gap, "to") && !strings.ContainsAny(gap, ";()") && len(strings.Fields(gap)) <= 8 {
				out = append(out, fromToPair{x: a, y: b, tx: ownTimeAfter(text, a.Span.End, b.Span.Start), ty: ownTimeAfter(text, b.Span.End, d.nextFigureAt(b))})
				i++
				continue
			}
		}
		if i > 0 && endsWithWord(lead, "to") && d.changeLeadsTo(ms[:i], a) {
			out = append(out, fromToPair{y: a, ty: ownTimeAfter(text, a.Span.End, d.nextFigureAt(a))})
		}
	}
	return out
}

// changeLeadsTo reports whether a figure of ms (those before a in its
// sentence) is a change whose clause a's "to" goes on: "decreased by 8,000
// tonnes (0.8%) to 1.00 million tonnes".
func (d *docDraft) changeLeadsTo(ms []Mention, a Mention) bool {
	text := d.src.Text
	for _, o := range slices.Backward(ms) {
		if strings.ContainsAny(text[o.Span.End:a.Span.Start], ";") {
			return false
		}
		if o.Quantity.Direction != indicators.NoDirection {
			return true
		}
	}
	return false
}

// changeTimeOf returns the own time (ownTimeAfter) of the change that a
// pair of ms follows in parentheses or after a comma, "the decrease of
// 5.9% in 2013 (from 252,000 to 238,000)"; zero when none.
func (d *docDraft) changeTimeOf(ms []Mention, pr fromToPair) indicators.Period {
	text := d.src.Text
	if pr.x.Span == (indicators.Span{}) {
		return indicators.Period{}
	}
	for i, o := range ms {
		if o.Span != pr.x.Span || i == 0 {
			continue
		}
		c := ms[i-1]
		if c.Quantity.Direction == indicators.NoDirection {
			return indicators.Period{}
		}
		gap := text[c.Span.End:o.Span.Start]
		if strings.Count(gap, "(")+strings.Count(gap, ",") != 1 {
			return indicators.Period{}
		}
		return ownTimeAfter(text, c.Span.End, c.Span.End+strings.IndexAny(gap, "(,"))
	}
	return indicators.Period{}
}

// fromToClaim dates the figures of a reading from one level to another
// and the change of it. The genre's pattern: each figure of "from X in A
// to Y in B" takes its own time; a figure after "from" is otherwise the
// comparand, at the earlier of the two times its sentence names ("between
// A and B", "A … compared with the same period of the previous year"), or
// the sentence before names when its words point back to it ("Over this
// time", "over the same period"); a figure after "to" is the level
// reached, at the later; a change whose reading it is is of the later
// time, on the earlier: "fell by 1%, from 62,994 in Q3 2022 to 62,440 in
// Q4 2022" (the change 2022-Q4 on 2022-Q3), "increased by 17.5% between
// Quarter 3 2014 and Quarter 3 2015, increasing from €1,734 million to
// €2,037 million", "decreased significantly between 2010 and 2011 (from
// 50.8 to 43.4 deaths per million)", "recycled between 2022 and 2023
// decreased by 8,000 tonnes (0.8%) to 1.00 million tonnes" (1.00 million
// tonnes in 2023), "since 2015 … Over this time … increased from 17 to 38"
// (17 in 2015; 38 keeps its own time).
func (d *docDraft) fromToClaim(cl *claim, m Mention) {
	text := d.src.Text
	var ms []Mention
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence {
			ms = append(ms, o)
		}
	}
	pairs := d.fromToPairs(ms)
	if len(pairs) == 0 {
		return
	}
	// The pair of m: the one it is in, else the one its change reads
	// (the nearest after it, else the last before it).
	k := -1
	for i, p := range pairs {
		if m.Span == p.x.Span || m.Span == p.y.Span {
			k = i
			break
		}
	}
	if k < 0 {
		if cl.ind.Measure != indicators.Change {
			return
		}
		for i, p := range pairs {
			if start := cmp.Or(p.x.Span.Start, p.y.Span.Start); start >= m.Span.End {
				k = i
				break
			}
			k = i
		}
	}
	pr := pairs[k]
	if pr.x.Span == (indicators.Span{}) && m.Span != pr.y.Span {
		return // a change and the level it reaches: the change's own rules date it
	}
	s := m.Sentence
	lo := cmp.Or(pr.x.Span.Start, pr.y.Span.Start)
	ts := timesIn(text, s.Start, s.End, lo, pr.y.Span.End)
	prev := prevYearRe.MatchString(text[s.Start:s.End])
	if sent := text[s.Start:s.End]; len(ts) == 0 && (backPeriodRe.MatchString(sent) || hasPhrase(strings.ToLower(sent), "over the period")) {
		// The nearest sentence before in the paragraph that names a time.
		ps := paragraphStart(text, s.Start)
		for end := s.Start; end > ps && len(ts) == 0; {
			head := text[ps:max(ps, end-2)]
			st := ps + max(strings.LastIndex(head, ". ")+2, strings.LastIndexByte(head, '\n')+1, 0)
			if st >= end {
				break
			}
			ts = timesIn(text, st, end, 0, 0)
			prev = prev || prevYearRe.MatchString(text[st:end])
			end = st
		}
	}
	var t0, t1 indicators.Period
	switch {
	case pr.tx.IsStated() || pr.ty.IsStated():
	case d.changeTimeOf(ms, pr).IsStated():
		// "the decrease of 5.9% in 2013 (from 252,000 to 238,000)": the
		// change's own year is the later, the year before it the earlier.
		t1 = d.changeTimeOf(ms, pr)
		if t1.From.Month == 0 && !t1.IsSpan() {
			t0 = shiftYears(t1, 1)
		}
		// A figure's own time dates it alone: "from 100 percent of GDP this
		// year to 118 percent in 2035" leaves 100 percent to its own words.
	case len(ts) >= 2 && ts[0].period != ts[1].period:
		t0, t1 = ts[0].period, ts[1].period
		if before(t1, t0) {
			t0, t1 = t1, t0
		}
	case len(ts) == 1 && prev && !ts[0].base:
		t0, t1 = shiftYears(ts[0].period, 1), ts[0].period
	case len(ts) == 1 && ts[0].base:
		t0 = ts[0].period
	}
	t0, t1 = cmp.Or(pr.tx, t0), cmp.Or(pr.ty, t1)
	if pr.x.Span == (indicators.Span{}) && (len(ts) < 2 || cl.ind.Period.IsStated() && (!cl.ind.Period.IsSpan() || cl.ind.Period.To != t1.To && cl.ind.Period.To != t1.From)) {
		// A level reached is dated by the later of the two times its
		// change runs between, where its sentence read them as one span:
		// "between 2022 and 2023 decreased by 8,000 tonnes (0.8%) to 1.00
		// million tonnes".
		return
	}
	ind := &cl.ind
	pair := fmt.Sprintf("from %s to %s", strings.Join(strings.Fields(pr.x.Text), " "), strings.Join(strings.Fields(pr.y.Text), " "))
	if pr.x.Span == (indicators.Span{}) {
		pair = "to " + strings.Join(strings.Fields(pr.y.Text), " ") // a level reached
	}
	switch {
	case m.Span == pr.x.Span && t0.IsStated():
		ind.Period, cl.fieldNotes["period"] = t0, fmt.Sprintf("%q: the figure after \"from\" is at the earlier %s, %s", pair, twoTimesNote, t0)
		declare(cl.fieldNotes, "period", "period/fromToClaim#1")
	case m.Span == pr.y.Span && t1.IsStated():
		ind.Period, cl.fieldNotes["period"] = t1, fmt.Sprintf("%q: the figure after \"to\" is at the later %s, %s", pair, twoTimesNote, t1)
		declare(cl.fieldNotes, "period", "period/fromToClaim#2")
	case m.Span != pr.x.Span && m.Span != pr.y.Span && ind.Measure == indicators.Change && t1.IsStated() && !d.ownOtherTime(m, t1):
		ind.Period, cl.fieldNotes["period"] = t1, fmt.Sprintf("a change %s: of the later %s, %s", pair, twoTimesNote, t1)
		declare(cl.fieldNotes, "period", "period/fromToClaim#3")
		if t0.IsStated() {
			ind.Base, cl.fieldNotes["base"] = t0, fmt.Sprintf("a change %s: on the earlier time, %s", pair, t0)
			declare(cl.fieldNotes, "base", "base/fromToClaim")
		}
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

// fieldStart returns where the word of s after its first n words starts,
// or -1 when s has no more than n words.
func fieldStart(s string, n int) int {
	in := false
	for i := 0; i < len(s); i++ {
		space := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !space && !in {
			if n == 0 {
				return i
			}
			n--
		}
		in = !space
	}
	return -1
}
