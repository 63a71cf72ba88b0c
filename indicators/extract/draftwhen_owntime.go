package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A figure's own time beats a time borrowed from elsewhere (when45). The
// readers of draft.go and draftwhen_*.go carry a date from a heading, an
// earlier sentence or a lead-in to figures that name none; where the
// figure's own words name a time they did not read, that time is the
// figure's:
//
//	Twelve-month CPI inflation was at 2% in both May and June → May (the
//	figure holds for each month named; the first dates it)
//	CPI inflation is expected to increase to around 2¾% in the second
//	half of this year → H2 of the release's year
//	earnings growth has fallen to 5.6% in the three months to May → the
//	three months to May, of the release's year or the year before
//	The volunteer rate declined by 1.1 percentage points to 25.4 percent
//	for the year ending in September 2013 → twelve months, 2012-10/2013-09
//	(the change and the level it reaches share the time after the level)
//	… at least once between September 2012 and September 2013 → the same
//	twelve months: a month to the same month a year on is a year ending in
//	it, not one month
//	lower than rates in 2021, with 9.5 for men → 2021, the year of the
//	rates the figure after ", with" gives
//
// And a year a history names ("since the supplement was first
// administered in 2002", "the lowest since 2002") dates no figure of
// another sentence: a figure that borrowed it is not stated.

var (
	// ownMonthsToRe is a span of months named by its last month with no
	// year: "in the three months to May", "over the 12 months ending
	// June". Group 1 the count, group 2 the month.
	ownMonthsToRe = lazyRegexp(`(?i)^\W*(?:(?:in|over|during|for)\s+)?the\s+(three|six|nine|twelve|3|6|9|12)\s+months\s+(?:to|ending|ended)\s+(?:in\s+)?` + monthNameRe + `\b(?:,?\s+((?:19|20)\d\d)\b)?`)
	// ownHalfRe is a half-year: "in the second half of this year", "in
	// the first half of 2024". Group 1 the half, group 2 the year or
	// "this year".
	ownHalfRe = lazyRegexp(`(?i)^\W*(?:(?:in|over|during|for)\s+)?the\s+(first|second)\s+half\s+of\s+((?:19|20)\d\d|this\s+year)\b`)
	// ownBothMonthsRe is one figure of two months: "in both May and June".
	ownBothMonthsRe = lazyRegexp(`(?i)^\W*(?:\w+\s+){0,3}?in\s+both\s+` + monthNameRe + `\s+and\s+` + monthNameRe + `\b(?:,?\s+((?:19|20)\d\d)\b)?`)
	// ownBetweenMonthsRe is a span between two months with their years:
	// "between September 2012 and September 2013".
	ownBetweenMonthsRe = lazyRegexp(`\b[Bb]etween\s+` + monthNameRe + `\s+((?:19|20)\d\d)\s+and\s+` + monthNameRe + `\s+((?:19|20)\d\d)\b`)
	// withYearBeforeRe closes the words before a figure that gives the
	// figures of a time just named: "lower than rates in 2021, with ".
	withYearBeforeRe = lazyRegexp(`\bin ((?:19|20)\d\d), with (?:about |around |nearly )?(?:[^;()]{0,60}?\band (?:about |around |nearly )?)?$`)
	// historyYearRe closes the words before a year that a history names:
	// "since the supplement was first administered in ", "the lowest …
	// since ", "first published in "; a bare "since 2015" may start the
	// figures a later sentence gives, and is no history here.
	historyYearRe = lazyRegexp(`(?i)(?:\b(?:lowest|highest|largest|smallest|fewest|most)\b[^.;]{0,40}?\bsince\s+|\bfirst\s+(?:[a-z]+\s+){0,3}?in\s+)$`)
)

// ownTimePeriods dates each figure of out by a time its own words name
// that the readers did not read (the patterns above), and leaves a year
// borrowed from another sentence's history not stated.
func (d *docDraft) ownTimePeriods(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		m, ok := d.mentionOfClaim(cl)
		if !ok {
			m, ok = d.mentionOfWords(cl)
		}
		if !ok {
			continue
		}
		if p, why, ok := d.ownTime(cl, m); ok {
			if p != cl.ind.Period && ownBeats(cl.ind.Period, cl.fieldNotes["period"], p) {
				cl.ind.Period, cl.fieldNotes["period"] = p, why
				declare(cl.fieldNotes, "period", "period/ownTimePeriods#1")
			}
			continue
		}
		if p, ok := runOfMonths(text, m, cl.ind.Period); ok {
			cl.ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q in a row: the months of the run, ending in %s, the month it is dated by", strings.Join(strings.Fields(m.Text), " "), cl.ind.Period)
			declare(cl.fieldNotes, "period", "period/ownTimePeriods#2")
			continue
		}
		if g := withYearBeforeRe.FindStringSubmatch(text[m.Sentence.Start:m.Span.Start]); g != nil {
			y, _ := strconv.Atoi(g[1])
			if p := indicators.YearPeriod(y); p != cl.ind.Period {
				cl.ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q: the figure after \", with\" gives the figures of the time just named", strings.TrimSpace(g[0]))
				declare(cl.fieldNotes, "period", "period/ownTimePeriods#3")
			}
			continue
		}
		if w, ok := d.historyYear(cl, m); ok {
			cl.ind.Period, cl.fieldNotes["period"] = indicators.NotStated, fmt.Sprintf("%q names a history, not the time of a figure of another sentence", w)
			declare(cl.fieldNotes, "period", "period/ownTimePeriods#4")
		}
	}
	leadSpanPeriods(out)
}

// leadSpanPeriods gives the span of months a release's lead dates its
// first figure by ("The volunteer rate declined … to 25.4 percent for the
// year ending in September 2013") to each later figure that names no time
// of its own and borrowed only the span's last month or year from
// elsewhere ("2013" earlier in the paragraph): the release's period, of
// which the borrowed date is the end. A level, a stock, a price's rate
// stays at the month (periodOf).
func leadSpanPeriods(out []claim) {
	lead := -1
	for i := range out {
		if out[i].skip == "" && len(out[i].ind.Provenance) > 0 {
			lead = i
			break
		}
	}
	if lead < 0 {
		return
	}
	span := out[lead].ind.Period
	if !span.IsSpan() || span.From.Month == 0 || span.To.Month == 0 || span.Split || span.Fiscal {
		return
	}
	end := indicators.Period{From: indicators.Date{Year: span.To.Year, Month: span.To.Month}}
	for i := lead + 1; i < len(out); i++ {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || !fromOutside(cl.fieldNotes["period"]) {
			continue
		}
		if p := cl.ind.Period; (p == end || p == indicators.YearPeriod(span.To.Year)) && (endingAt{period: span, month: end}).periodOf(&cl.ind, cl.ind.Provenance[0].Quote, false) == span {
			cl.ind.Period, cl.fieldNotes["period"] = span, fmt.Sprintf("no time of its own: %s, the span the release's lead dates its first figure by (%s), of which the date it borrowed, %s, is the end", span, out[lead].ind.Stated, p)
			declare(cl.fieldNotes, "period", "period/leadSpans")
		}
	}
}

// ownBeats reports whether a time p a figure's own words name replaces
// the period cur the readers gave it (note, their evidence): one they
// borrowed from outside its sentence (fromOutside, "no date of its own:
// …"), from a meeting or none; or one that only reads part of p's words, its last year or its
// last month ("September 2013" of "the year ending in September 2013").
// A time of the figure's own clause the readers read stays.
func ownBeats(cur indicators.Period, note string, p indicators.Period) bool {
	last := p.To
	if !p.IsSpan() {
		last = p.From
	}
	switch {
	case !cur.IsStated(), fromOutside(note), strings.Contains(note, "meeting"), strings.HasPrefix(note, "no ") && strings.Contains(note, "of its own"):
		return true
	case cur.IsYear() && cur.From.Year == lastYear(p):
		return true
	case p.IsSpan() && !cur.IsSpan() && cur.From.Day == 0 && cur.From.Year == last.Year && cur.From.Month == last.Month:
		return true
	}
	return false
}

// ownTimeWords returns where the words that are a figure's own, after it,
// start and end: from the figure (or the parenthesis its figures stand
// in, "(22.2 percent and 28.4 percent, respectively) declined the year
// ending …") to the next figure of its sentence, past the level a change
// reaches ("declined by 1.1 percentage points to 25.4 percent for the
// year ending …").
func (d *docDraft) ownTimeWords(m Mention) (int, int) {
	text := d.src.Text
	from := m.Span.End
	if rest := text[from:m.Sentence.End]; strings.Count(text[m.Sentence.Start:m.Span.Start], "(") > strings.Count(text[m.Sentence.Start:m.Span.Start], ")") {
		if j := strings.IndexByte(rest, ')'); j >= 0 && !strings.Contains(rest[:j], "(") && hasPhrase(strings.ToLower(rest[:j]), "respectively") {
			from += j + 1 // the figures of the subject before them: "(22.2 percent and 28.4 percent, respectively) declined …"
		}
	}
	end := m.Sentence.End
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.Start < from || o.Span.Start >= end || timeLengthFigure(text, o) {
			continue
		}
		if m.Quantity.Direction != indicators.NoDirection && o.Span.Start < end && endsWithWord(text[from:o.Span.Start], "to") && !strings.ContainsAny(text[from:o.Span.Start], ",;()") {
			from = o.Span.End // the level the change reaches: their time is one
			continue
		}
		end = o.Span.Start
	}
	return from, end
}

// timeLengthFigure reports whether a figure is the length of a time phrase,
// "the three months" of "in the three months to May": no figure of its
// own, a part of the time of the figure before it.
func timeLengthFigure(text string, o Mention) bool {
	switch indicators.Singular(strings.ToLower(o.Unit.Name)) {
	case "month", "week", "year", "day":
	default:
		return false
	}
	return endsWithWord(text[max(0, o.Span.Start-12):o.Span.Start], "the")
}

// ownTime returns the time a figure's own words name right after it, of
// the patterns this file reads.
func (d *docDraft) ownTime(cl *claim, m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	from, to := d.ownTimeWords(m)
	if from >= to {
		return indicators.Period{}, "", false
	}
	own := text[from:to]
	if i := strings.IndexAny(own, ";"); i >= 0 {
		own = own[:i]
	}
	ref, refWhy := d.releaseMonthRef()
	yearOf := func(mo time.Month, written string) (int, string) {
		if written != "" {
			y, _ := strconv.Atoi(written)
			return y, ""
		}
		if ref.IsZero() {
			return 0, ""
		}
		y := ref.Year
		if mo > ref.Month {
			y-- // the latest such month at or before the release's
		}
		return y, fmt.Sprintf(", of %d by %s", y, refWhy)
	}
	words := func(g []string) string { return strings.Join(strings.Fields(g[0]), " ") }
	// A year ending in a month, in the figure's own words.
	for _, e := range d.endingsOf() {
		if e.start >= from && e.end <= from+len(own) && !e.compared && e.period.IsSpan() && len(strings.Fields(text[from:e.start])) <= 4 && cl.ind.Measure != indicators.Change {
			// a level, a stock, a price's rate is read at the month
			// (periodOf); a change over the twelve months is endingClaim's
			// and endingMonths', with its base
			p := e.periodOf(&cl.ind, text[m.Sentence.Start:m.Sentence.End], false)
			return p, fmt.Sprintf("%q in the figure's own words", strings.Join(strings.Fields(e.words), " ")), true
		}
	}
	if g := ownMonthsToRe.FindStringSubmatch(own); g != nil && g[3] == "" { // with its year, the endings' (endingsOf)
		n, ok := numberWord(g[1], 12)
		if !ok {
			n, _ = strconv.Atoi(g[1])
		}
		mo := time.Month(monthNumber(g[2]))
		if y, how := yearOf(mo, g[3]); y != 0 {
			p := indicators.MonthsTo(indicators.Date{Year: y, Month: mo}, n)
			if n == 12 {
				// a level, a stock, a price's rate of the twelve months is
				// read at the month, as the endings' are (periodOf)
				e := endingAt{period: twelveMonthsTo(y, mo), month: indicators.Period{From: indicators.Date{Year: y, Month: mo}}}
				p = e.periodOf(&cl.ind, text[m.Sentence.Start:m.Sentence.End], false)
			}
			return p, fmt.Sprintf("%q in the figure's own words: %d months ending in that month%s", words(g), n, how), true
		}
	}
	if g := ownHalfRe.FindStringSubmatch(own); g != nil {
		h := 1
		if strings.EqualFold(g[1], "second") {
			h = 2
		}
		y, how := 0, ""
		if n, err := strconv.Atoi(g[2]); err == nil {
			y = n
		} else if !ref.IsZero() {
			y, how = ref.Year, fmt.Sprintf(", of %d by %s", ref.Year, refWhy)
		}
		if y != 0 {
			return indicators.HalfPeriod(y, h), fmt.Sprintf("%q in the figure's own words%s", words(g), how), true
		}
	}
	if g := ownBothMonthsRe.FindStringSubmatch(own); g != nil {
		mo := time.Month(monthNumber(g[1]))
		if y, how := yearOf(mo, g[3]); y != 0 {
			return indicators.Period{From: indicators.Date{Year: y, Month: mo}}, fmt.Sprintf("%q in the figure's own words: the figure holds for each month named, dated by the first%s", words(g), how), true
		}
	}
	// A change between two readings a year apart is dated by the later
	// month, on the earlier (the readers'): only a figure counted over
	// the months between is of the span.
	if g := ownBetweenMonthsRe.FindStringSubmatch(own); g != nil && len(strings.Fields(own[:strings.Index(own, g[0])])) <= 12 && cl.ind.Measure != indicators.Change && m.Quantity.Direction == indicators.NoDirection {
		m1, m2 := time.Month(monthNumber(g[1])), time.Month(monthNumber(g[3]))
		y1, _ := strconv.Atoi(g[2])
		y2, _ := strconv.Atoi(g[4])
		if m1 == m2 && y2 == y1+1 {
			return twelveMonthsTo(y2, m2), fmt.Sprintf("%q in the figure's own words: a month to the same month a year on, the year ending in it", words(g)), true
		}
	}
	return indicators.Period{}, "", false
}

// releaseMonthRef returns the month a release speaks from, and why: its
// dateline's, else the month its title names, else the date its address
// writes; zero when none says.
func (d *docDraft) releaseMonthRef() (indicators.Date, string) {
	if !d.dateline.IsZero() && d.dateline.Month != 0 {
		return indicators.Date{Year: d.dateline.Year, Month: d.dateline.Month}, "the dateline (" + d.dateline.Long() + ")"
	}
	if t, title := d.titledMonth(); !t.IsZero() && t.Month != 0 {
		return indicators.Date{Year: t.Year, Month: t.Month}, "the release's month " + strconv.Quote(title)
	}
	if d.addrDate.Year != 0 && d.addrDate.Month != 0 {
		return indicators.Date{Year: d.addrDate.Year, Month: d.addrDate.Month}, "the date its address writes"
	}
	return indicators.Date{}, ""
}

// historyYear reports whether a figure's period is a year it borrowed
// from another sentence where a history names it ("since the supplement
// was first administered in 2002"), and the history's words.
func (d *docDraft) historyYear(cl *claim, m Mention) (string, bool) {
	p := cl.ind.Period
	if !p.IsYear() {
		return "", false
	}
	text := d.src.Text
	y := strconv.Itoa(p.From.Year)
	if strings.Contains(text[m.Sentence.Start:m.Sentence.End], y) {
		return "", false // its own sentence names the year: the readers' to judge
	}
	at := strings.LastIndex(text[:m.Sentence.Start], y)
	if at < 0 || !historyYearRe.MatchString(text[max(0, at-80):at]) {
		return "", false
	}
	g := historyYearRe.FindStringIndex(text[max(0, at-80):at])
	return strings.Join(strings.Fields(text[max(0, at-80)+g[0]:at+len(y)]), " "), true
}

// mentionOfWords returns the mention of a claim whose stated words, line
// breaks of a hard-wrapped text read as spaces, are the mention's
// ("About 62.6 million\npeople").
func (d *docDraft) mentionOfWords(cl *claim) (Mention, bool) {
	sp := cl.ind.Provenance[0].Span
	want := strings.Join(strings.Fields(cl.ind.Stated), " ")
	for _, m := range d.mentionsFrom(sp.Start, sp.End) {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End && strings.HasPrefix(strings.Join(strings.Fields(m.Text), " "), want) {
			return m, true
		}
	}
	return Mention{}, false
}

// inARowRe opens the words after a run's length: "four months in a row",
// "three months running", "for five consecutive months".
var inARowRe = lazyRegexp(`(?i)^\s*(?:in a row|running|in succession)\b`)

// runOfMonths returns the months of a run a figure counts ("has now
// fallen for four months in a row"), ending in the month p the figure is
// dated by; false for any other figure.
func runOfMonths(text string, m Mention, p indicators.Period) (indicators.Period, bool) {
	if p.IsSpan() || p.From.Month == 0 || p.From.Day != 0 || indicators.Singular(strings.ToLower(m.Unit.Name)) != "month" || !inARowRe.MatchString(text[m.Span.End:m.Sentence.End]) {
		return indicators.Period{}, false
	}
	v := m.Quantity.Value.Float64()
	n := int(v)
	if float64(n) != v || n < 2 || n > 24 {
		return indicators.Period{}, false
	}
	return indicators.MonthsTo(p.From, n), true
}
