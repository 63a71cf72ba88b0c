package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// An annual release's reference year (drafts66, the kind of a
// government's annual summary statistics for schools):
//
//	Over the year to 2019 teacher numbers increased by 288 to 52,247.
//	This coupled with a rise in pupils of 4,738 has meant that the pupil
//	teacher ratio has remained at 13.6. → the lead names the year the
//	release is of; its figures that name no year of their own are of it
//	… a reduction in PTR to 15.9 (from 16.1 in 2018) → 15.9 is of 2019:
//	"in 2018" dates only the figure it follows
//	An estimated 11% of two year olds were registered for funded ELC, an
//	increase from 10% in 2018. → 11% is of 2019: a year after "from <figure>
//	in" closes the sentence for that figure only
//	The average class size … was 23.5, unchanged since 2016. → 2019:
//	"unchanged since" describes a level that persisted, never a total
//
// The same lead opens other annual releases: "Over the year to 2022,
// the number of … rose", "In the year to March 2020, …" (a year ending
// in a month is read by yearEndingRe, not here), and a press release's
// lead after its headline and dateline (drafts76, a crime survey's):
//
//	YOUTH AT RISK WASHINGTON, D.C. During 1993, the youngest … → every
//	figure of the release that names no year of its own is of 1993

// refYearLeadRe is the year a release's lead gives its figures, before
// its first figure: "Over the year to 2019", "In the year to 2019", or a
// clause of a whole year that opens a sentence, "During 1993," (a press
// release's lead after its headline and dateline, drafts76); "In 2021,"
// dates its own paragraph only (drafts60).
var refYearLeadRe = lazyRegexp(`(?:^|[.:] |\s)(?:(?:Over|In|During) the (?:year|twelve months|12 months) to ((?:19|20)\d\d)\b|During ((?:19|20)\d\d),)`)

// fromFigureClosingRe is a year (or a year across two, "from £9.28
// billion in 2019/20") that closes a sentence after "from
// <figure> in", the figure perhaps softened ("from just 300,000 in
// 2008", "a decrease from 24% in 2016"): the year of that figure only
// (group 1).
var fromFigureClosingRe = lazyRegexp(fromFigureAlt + `[\d,.]*(?:%| per ?cent| percent| million| billion)? in ((?:19|20)\d\d(?:[/–-]\d\d)?)\)?\.?\s*$`)

// fromFigureAlt is "from" and a figure's start, perhaps softened ("from
// just 14"): what a change is from, whose year is that figure's.
const fromFigureAlt = `\bfrom (?:[a-z]+ ){0,2}?[£$€]?\d`

// fromFigureRe finds fromFigureAlt.
var fromFigureRe = lazyRegexp(fromFigureAlt)

// refYear returns the year an annual release's lead names, and the
// words; 0 when its first figure sentence names none.
func (d *docDraft) refYear() (int, string) {
	if len(d.mentions) == 0 {
		return 0, ""
	}
	m := d.mentions[0]
	s := strings.TrimSpace(d.src.Text[m.Sentence.Start:m.Span.Start])
	g := refYearLeadRe.FindStringSubmatch(s)
	if g == nil {
		return 0, ""
	}
	y, _ := strconv.Atoi(g[1] + g[2])
	return y, strings.TrimRight(strings.TrimLeft(g[0], ".: \t\n"), ",")
}

// openingClause returns the period a time clause opening one of the
// release's first sentences of figures names, and its words: "In the year
// ending March 2024, over 119 tonnes …", "Between January and March
// 2025, …", "In 2023/24, …" (leadInPeriod's spans; a bare calendar year,
// "In 2021,", dates its own paragraph only, drafts60, and a day or a
// month an event), before any sentence of figures that names a time. The genre's
// pattern: a lead opens by saying what period the release reports, and a
// standfirst or headline before it reports the same period.
func (d *docDraft) openingClause() (indicators.Period, string, bool) {
	text := d.src.Text
	seen := 0 // the sentences of figures read
	for i, m := range d.mentions {
		if i > 0 && m.Sentence == d.mentions[i-1].Sentence {
			continue
		}
		if seen++; seen > leadFigures {
			break
		}
		lead := text[m.Sentence.Start:m.Span.Start]
		c := strings.Index(lead, ", ")
		if c < 0 || c > maxProseLeadIn {
			continue
		}
		if g := timeLeadRe.FindStringIndex(lead[:c]); g == nil || g[0] != 0 {
			continue
		}
		if p, _, words, ok := leadInPeriod(lead[:c]); ok && p.IsSpan() && !p.IsYear() {
			return p, words, true
		}
		if len(timeRefsIn(text[m.Sentence.Start:m.Sentence.End], 0)) > 0 {
			break // a lead that dates its figures otherwise: no opening clause
		}
	}
	return indicators.Period{}, "", false
}

// maxTitleLine bounds, in bytes, a title line: a longer first line is a
// sentence, not a title.
const maxTitleLine = 120

// leadFigures is how many of a release's first figures its lead is read
// from: a dateline's or a headline's figure may come first.
const leadFigures = 3

// ownClauseNotes are the words of a period note (draft.go's period) that
// say the figure's own clause or sentence (or its list's lead-in line)
// names its time.
var ownClauseNotes = []string{"after the figure", "closes the figure's phrase", "later in the clause", "in the sentence", "closes the sentence", "in the lead-in line", twoTimesNote}

// releaseRef returns a release's reference period, the time its figures
// are of when their own clause names none, and why; false when it names
// none. The genre's pattern (a statistics release, a bulletin, an annual
// summary): the lead says once what the release is of — an opening year
// clause ("Over the year to 2019", "During 1993,"), else the time its
// first dated figure's own clause names ("… on a single night in autumn
// 2024 is 4,667", "7,594 road casualties reported in 2019"), unless the
// title line names another year ("Business demography, UK: 2014"), when
// the title's wins.
func (d *docDraft) releaseRef(out []claim) (indicators.Period, string, bool) {
	if y, words := d.refYear(); y != 0 {
		return indicators.YearPeriod(y), fmt.Sprintf("%d, the year the release's lead names (%q)", y, words), true
	}
	if d.hasAsOf { // "based on data as at 30 June 2015": the release's own statement
		return d.asOf, fmt.Sprintf("%s, the time the release states for its figures (%q)", d.asOf, d.asOfWords()), true
	}
	if p, words, ok := d.fieldwork(); ok { // "the survey was carried out in winter 2023/24"
		return p, fmt.Sprintf("%s, when the release's survey was carried out (%q)", p, words), true
	}
	if p, words, ok := d.frameStatement(); ok && p.IsSpan() && p.From.Month != 0 {
		// "This publication summarises the data … for the half year from
		// 5 October 2015 to 6 April 2016": the release's own words for
		// the span it covers, finer than the year its title names.
		return p, fmt.Sprintf("%s, the span the release's opening says it covers (%q)", p, words), true
	}
	var title []yearRef
	var titled indicators.Period // a day or an edition's span of years closing the title
	var titledWords string
	var across indicators.Period // a survey's year across two on the title line, fixL_when.go
	var acrossWords string
	titleEnd := 0
	titleLine := ""
	t, end, ok := releaseTitleLine(d.src.Text)
	caps := false // the title is a run of capitals heading a text run together
	if ok && len(t) > maxTitleLine {
		// A text run together on one line: its title is the run of
		// capitals heading it, if any ("AMERICAN TIME USE SURVEY -- 2012
		// RESULTS"), past its release header and contacts.
		t, end, ok = capsTitleAt(d.src.Text)
		caps = ok
	}
	if ok && len(t) <= maxTitleLine && !strings.HasSuffix(t, ".") && (caps || len(d.mentions) == 0 || d.mentions[0].Span.Start > end) {
		titleEnd, titleLine = end, t
		across, acrossWords, _ = d.titleYearAcrossOf(t)
		for _, r := range yearsIn(t, 0) {
			if (r.role == yearPeriod || caps && r.role == yearName && resultsAfter(t[r.end:])) && !r.period.IsSpan() {
				title = append(title, r) // "… -- 2012 RESULTS": the year of the results the release gives
			}
		}
		if p, words, ok := titlePeriodOf(t); ok && (p.From.Day != 0 || p.IsSpan() || p.From.Month != 0 && titleNamesSurvey(t)) {
			// A month closing a survey's own title is the month it asks in
			// ("Economic Tendency Survey September 2022"); one closing any
			// other title, its issue ("Monetary Policy Summary, August 2024").
			titled, titledWords = d.splitYearOf(p), words
		}
	}
	seen := 0     // the figures of the lead read so far
	compared := 0 // the latest year of a lead figure another figure before it is compared with
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		if seen++; seen > leadFigures {
			break // the lead's figures name no time: the release names it elsewhere, if at all
		}
		note := cl.fieldNotes["period"]
		if !cl.ind.Period.IsStated() || (cl.ind.Period.From.Month != 0 || cl.ind.Period.IsSpan()) && !yearEnding(cl.ind.Period) || firstPhrase(note, ownClauseNotes) == "" || strings.Contains(note, "compared with") {
			continue
		}
		if m, ok := d.mentionOfClaim(cl); ok && comparandFigure(d.src.Text[m.Sentence.Start:m.Span.Start]) {
			if seen > 1 && slices.ContainsFunc(d.mentionsOf(m.Sentence), func(o Mention) bool { return o.Sentence == m.Sentence && o.Span.End <= m.Span.Start }) {
				compared = max(compared, lastYear(cl.ind.Period)) // what a figure before it is compared with, not the start of a span ("from $19 billion in 2000 to $95 billion")
			}
			continue // "a decrease from 24% in 2016": the compared-with figure's year is no reference period
		}
		p := cl.ind.Period
		if cl.ind.Status != indicators.Fact && cl.ind.Status != indicators.Estimate && !d.levelSet(cl) || !d.recentPeriod(p) || !d.mostDatedOf(out, p) {
			break // a target's year, a year ahead or long past, is no reference period
		}
		if t := title[0:min(len(title), 1)]; len(title) == 1 && (t[0].period.Split && t[0].period != p || t[0].period.From.Year != p.From.Year && t[0].period.From.Year != p.To.Year) {
			// A year across two on the title ("2031-32") and a calendar
			// year in the lead ("In 2031") disagree as much as two years.
			return indicators.Period{}, "", false // the title and the lead disagree: neither is the release's
		}
		return p, fmt.Sprintf("%s, the time the release's lead gives its first figure, %s", p, cl.ind.Stated), true
	}
	if p, words, ok := d.collectionPeriod(); ok {
		return p, collectionNote(p, words), true
	}
	if titled.IsStated() {
		return titled, fmt.Sprintf("%s, the period the release's title closes on (%q)", titled, titledWords), true
	}
	if across.IsStated() {
		return across, titleYearAcrossNote(across, acrossWords), true
	}
	if len(title) == 1 {
		p := title[0].period
		if q, words, ok := d.openingWithin(titleEnd, p); ok {
			return q, fmt.Sprintf("%s, the period the release's opening states (%q), of the year its title names", q, words), true
		}
		return p, fmt.Sprintf("%s, the year the release's title names", p), true
	}
	if p, words, ok := titlePeriodOf(titleLine); ok && p.From.Month != 0 && p.From.Day == 0 && !p.IsSpan() && titleNamesSurvey(titleLine) {
		// "Economic Tendency Survey September 2022": a survey's title
		// names the month its figures are of (when45)
		return p, fmt.Sprintf("%s, the month the survey's title names (%q)", p, words), true
	}
	if p, words, ok := d.openingClause(); ok {
		return p, fmt.Sprintf("%s, the period the clause opening the release's lead names (%q)", p, words), true
	}
	if p, words, ok := d.frameStatement(); ok && !p.IsSpan() {
		return p, fmt.Sprintf("%s, the period the release's opening says it covers (%q)", p, words), true
	}
	if y := d.latestOwnYear(out); compared != 0 && y > compared {
		// "21 per cent had walking as the main mode, a decrease from 24%
		// in 2016" … "290 million vehicle kilometres in 2017": a lead
		// that compares its figures with a year reports a later one, the
		// latest its own figures are dated by.
		p := indicators.YearPeriod(y)
		return p, fmt.Sprintf("%s, the latest year the release dates a figure of its own by; its lead compares with %d", p, compared), true
	}
	return indicators.Period{}, "", false
}

// resultsAfter reports whether the words after a year in a title say the
// release gives that year's results: "2012 Results", "2012 Estimates".
func resultsAfter(after string) bool {
	f := strings.Fields(strings.ToLower(after))
	return len(f) > 0 && (f[0] == "results" || f[0] == "estimates" || f[0] == "statistics")
}

// latestOwnYear returns the latest calendar year by which the clause of a
// figure of out, fact or estimate, dates it, leaving out figures another
// is compared with (comparandFigure); 0 when none is.
func (d *docDraft) latestOwnYear(out []claim) int {
	y := 0
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || !cl.ind.Period.IsYear() || cl.ind.Status != indicators.Fact && cl.ind.Status != indicators.Estimate || firstPhrase(cl.fieldNotes["period"], ownClauseNotes) == "" {
			continue
		}
		if m, ok := d.mentionOfClaim(cl); !ok || comparandFigure(d.src.Text[m.Sentence.Start:m.Span.Start]) {
			continue
		}
		y = max(y, cl.ind.Period.From.Year)
	}
	return y
}

// comparandFigure reports whether the words before a figure in its
// sentence make it what another figure is compared with: "from" (perhaps
// softened, "from just") or vocab.AgainstLeads ("compared to") right
// before it.
func comparandFigure(before string) bool {
	l := strings.ToLower(before)
	f := strings.Fields(l)
	for k := 1; k <= min(3, len(f)); k++ {
		if f[len(f)-k] == "from" {
			return true
		}
	}
	return slices.ContainsFunc(vocab.AgainstLeads, func(a string) bool { return strings.HasSuffix(l, a) || strings.HasSuffix(l, a+"the ") })
}

// splitYearOf returns the year across two that the document writes for
// p, two calendar years in a row ("Fly-tipping statistics for England,
// 2020 to 2021" in a notice that writes "2020/21"): a title spells out
// the financial or academic year its text names, never the two calendar
// years. Any other p is returned as it is.
//
// Twelve months that do not start in January ("the 12 months from 1 April
// 2019 to 31 March 2020") are likewise written as a year across two where
// the document counts its years so ("the third lowest of any financial
// year since 2005/06" → 2019/20), and as their months where it writes
// none; splitYears writes so only a financial year, April to March.
func (d *docDraft) splitYearOf(p indicators.Period) indicators.Period {
	if yearEnding(p) {
		for _, r := range d.docYears() {
			if r.period.Split && r.role != yearName {
				return indicators.SplitYear(p.From.Year)
			}
		}
		return p
	}
	if !p.IsSpan() || p.From.Month != 0 || p.To.Year != p.From.Year+1 || p.Fiscal {
		return p
	}
	for _, r := range d.docYears() {
		if r.period.Split && r.period.From.Year == p.From.Year {
			return r.period
		}
	}
	return p
}

// splitYears writes each period and base of out that runs from April to
// March as the document writes its years (splitYearOf), once every figure
// is dated.
func (d *docDraft) splitYears(out []claim) {
	for i := range out {
		ind := &out[i].ind
		if out[i].skip != "" {
			continue
		}
		if yearEnding(ind.Period) && ind.Period.From.Month == time.April {
			ind.Period = d.splitYearOf(ind.Period)
		}
		if yearEnding(ind.Base) && ind.Base.From.Month == time.April {
			ind.Base = d.splitYearOf(ind.Base)
		}
	}
}

// asOfNoteBytes bounds, in bytes, the words of a release's as-at
// statement a period note quotes.
const asOfNoteBytes = 30

// asOfWords returns the words of the release's as-at statement a note
// quotes (asOfDate's), up to asOfNoteBytes and whole words only.
func (d *docDraft) asOfWords() string {
	return wordsFrom(d.src.Text, d.asOfAt, asOfNoteBytes)
}

// wordsFrom returns the words of text from byte at on, spaces folded, up
// to n bytes of text: cut after the last whole word ("as at 30 June
// 2015. There", never "There wer"), so never inside a character; a first
// word longer than n is kept whole.
func wordsFrom(text string, at, n int) string {
	end := min(len(text), at+n)
	if end < len(text) && end > at && isWordByte(text[end-1]) && isWordByte(text[end]) { // inside a word or a character (bytes ≥ 0x80 are word bytes)
		if k := strings.LastIndexFunc(text[at:end], unicode.IsSpace); k > 0 {
			end = at + k
		} else {
			end = at + len(firstField(text[at:]))
		}
	}
	return strings.Join(strings.Fields(text[at:end]), " ")
}

// vagueTimes in a figure's sentence name a time of its own that no date
// gives: "historically", "the beginning of the century", "across the
// time" ("at the time of referral" is when within the period, no time of
// its own). Such a figure is not of the release's reference period.
var vagueTimes = []string{"historically", "historical", "century", "decades", "across the time", "over time", "at the time", "previously", "formerly"}

// refDayNote opens the note of a figure refYearPeriods dates by the
// release's reference period: countsByWhatTheyCount reads it.
const refDayNote = "no year of its own: "

// ownSpanRe matches words by which a figure's sentence names a span of
// time of its own: "recruited 300 officers during the year". Such a
// figure is never of a release's day ("… statistics: 30 June 2031"), a
// point in time (fix17b).
var ownSpanRe = lazyRegexp(`(?i)\b(?:during|throughout) (?:the|this|that) (?:year|quarter|month|week|period)\b`)

// relativeTimeRe matches words by which a figure's clause names its time
// relative to another, with no date: "up from 33,791 a year earlier",
// "compared with 5 years ago", "Over the last ten years … rose 40%",
// "in the previous year". Such a figure is not of a release's as-at day
// (asOfDate), which dates only figures whose clause names no time at all.
var relativeTimeRe = lazyRegexp(`(?i)\b(?:` + earlierPhrase +
	`|(?:over|in|during|across|for) (?:the )?(?:last|past|previous|preceding) (?:(?:\d{1,2}|` + smallNumberAlt() + `) )?(?:years?|months?|quarters?|weeks?|decades?)` +
	`|(?:last|next) (?:year|month|quarter)|(?:year|twelve months|12 months) (?:to|ending|ended))\b`)

// asOfPeriod returns the release's as-at day (asOfDate) for a figure whose
// clause (cs to ce) names no time of its own, and the note; a figure whose
// clause names a time relative to another ("a year earlier", "over the
// last ten years") is of no stated period here. It reports false when the
// release states no as-at day.
func (d *docDraft) asOfPeriod(cs, ce int) (indicators.Period, string, bool) {
	if !d.hasAsOf {
		return indicators.NotStated, "", false
	}
	if w := relativeTimeRe.FindString(d.src.Text[cs:ce]); w != "" {
		return indicators.NotStated, fmt.Sprintf("%q: a time of its own, which no date names; not the release's %s", w, d.asOf), true
	}
	return d.asOf, fmt.Sprintf("%q, for the whole document", d.asOfWords()), true
}

// levelSet reports whether cl is a level set for the release's own
// period that "will be" made a pledge ("The average Band D council tax
// … for 2018-19 will be £1,671"): a fact the status rules make of it
// (setLevel) after the release's period is read, as a lead's figure.
func (d *docDraft) levelSet(cl *claim) bool {
	m, ok := d.mentionStated(cl)
	return ok && d.setLevel(cl, m)
}

// borrowedNotes are the words of a period note (draft.go's period and the
// rules after it) that say the figure took its time from another figure
// of another sentence or bullet: the release's frame, where it states
// one, comes before any such borrowing (a bullet among bullets is a
// finding of the release's period, no breakdown of its neighbour).
var borrowedNotes = []string{listLeadNote, "a figure of the same subject before it", "the last period stated before it", "the last figure dated before it", priorSentenceNote}

// refYearPeriods dates the figures of out that name no time of their own,
// or only the time they are compared with ("increasing 20% since 2023",
// "remains 2% below the peak in 2017"), by the release's reference period
// (releaseRef): a comparand's time is a base, never a figure's period.
func (d *docDraft) refYearPeriods(out []claim) {
	d.comparandBases(out)
	d.endingMonths(out) // "increased by 2.2% over the year to December 2019"
	d.partPeriods(out)  // "… in August 2022. Of these: • 12.7 million …"
	ref, why, ok := d.releaseRef(out)
	colls := d.collections()
	if !ok && len(colls) == 0 {
		return
	}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		note := cl.fieldNotes["period"]
		undated := !cl.ind.Period.IsStated() && (note == "no year for this figure" || strings.HasSuffix(note, "is a date or a name, not the figure's year") || strings.HasPrefix(note, `"since `) || strings.Contains(note, "is what the figure is compared with") || strings.Contains(note, "dates the figure it is compared with, not this one") || strings.Contains(note, "a point of comparison") || strings.HasSuffix(note, editionNote)) || slices.ContainsFunc(borrowedNotes, func(b string) bool { return strings.Contains(note, b) })
		if w, _, ok := strings.Cut(strings.TrimPrefix(note, `"`), `"`); ok && note[0] == '"' && backPeriodRe.MatchString(w) {
			undated = false // "over the same 12-month period": its own words point back to a time, not to the release's
		}
		compared := false
		if strings.Contains(note, "closes the sentence") {
			if g := fromFigureClosingRe.FindStringSubmatch(cl.ind.Provenance[0].Quote); g != nil && !strings.HasPrefix(cl.ind.Stated, strings.TrimSpace(g[0][5:])) {
				y, _ := d.yearOfWords(g[1])
				compared = y.Same(cl.ind.Period)
			}
		}
		if !undated && !compared {
			continue
		}
		ref, why := ref, why
		if c, ok := d.paragraphCollection(colls, cl); ok {
			ref, why = c.period, fmt.Sprintf("%s, the period of the collection its paragraph names (%q)", c.period, c.words)
		} else if !ref.IsStated() {
			continue // no reference period: only a collection dates it
		}
		if c := firstPhrase(strings.ReplaceAll(strings.ToLower(cl.ind.Provenance[0].Quote), "at the time of ", ""), vagueTimes); c != "" {
			cl.fieldNotes["period"] = fmt.Sprintf("%q: a time of its own, which no date names; not the release's %s", c, ref)
			declare(cl.fieldNotes, "period", "period/refYearPeriods#1")
			continue
		}
		if ref.From.Day != 0 && !ref.IsSpan() {
			if w := ownSpanRe.FindString(cl.ind.Provenance[0].Quote); w != "" {
				cl.fieldNotes["period"] = fmt.Sprintf("%q: a span of its own, which no date names; not the release's day %s", w, ref)
				declare(cl.fieldNotes, "period", "period/refYearPeriods#2")
				continue
			}
		}
		cl.ind.Period = ref
		cl.fieldNotes["period"] = refDayNote + why
		declare(cl.fieldNotes, "period", "period/refYearPeriods#3")
		if back, w, ok := d.comparedBack(cl, ref); ok {
			cl.ind.Period = back
			cl.fieldNotes["period"] = fmt.Sprintf("%q: what the figure before it is compared with, the release's %s a step back", w, ref)
			declare(cl.fieldNotes, "period", "period/refYearPeriods#4")
		}
	}
	if !ok {
		return
	}
	if yearEnding(ref) {
		d.refYearShape(out, ref)
	}
	d.refMonths(out, ref)
}

// backFigureLeadRe closes the words that introduce what a change is
// compared with, right before that figure: "over last year when there
// were", "than the previous quarter's", "on a year earlier of".
var backFigureLeadRe = lazyRegexp(`(?i)(?:\bwhen (?:there (?:was|were)|it (?:was|stood at)|they (?:were|stood at))|'s|\bof|\bat)\s*$`)

// comparedBack returns the period a level is at when the words between
// the figure before it in its sentence and it compare with a step back
// from ref and introduce it as that step's figure ("a 6.9% increase over
// last year when there were 8.49 million"): in a release of any kind the
// figure a change is compared with is of the change's base, never its
// period. A change is never such a figure.
func (d *docDraft) comparedBack(cl *claim, ref indicators.Period) (indicators.Period, string, bool) {
	m, ok := d.mentionOfClaim(cl)
	if !ok || d.isChange(cl, m) {
		return indicators.Period{}, "", false
	}
	if lead := d.src.Text[m.Sentence.Start:m.Span.Start]; comparandFigure(lead) {
		// "Both increased on the previous year from 4.3 and 3.6": the
		// figures a change is from, at the step back its sentence names.
		if p, w, ok := baseOfWords(lead, ref); ok {
			return p, w, true
		}
	}
	prev, ok := d.figureBeforeIn(m)
	if !ok {
		return indicators.Period{}, "", false
	}
	between := d.src.Text[prev.Span.End:m.Span.Start]
	if !backFigureLeadRe.MatchString(between) {
		return indicators.Period{}, "", false
	}
	return baseOfWords(strings.Join(strings.Fields(strings.TrimLeft(between, ") ")), " "), ref)
}

// paragraphCollection returns the last of colls (collectionsIn) that
// cl's paragraph names before the end of its sentence, unless a change
// is set against it ("compared with the 2011 Census"): "The 2019 Annual
// Population Survey found that 1.2 million … Around 74% …" are of 2019,
// whatever the release's reference period, since a survey or a census
// named with its year frames the figures that follow it.
func (d *docDraft) paragraphCollection(colls []collectionName, cl *claim) (collectionName, bool) {
	text := d.src.Text
	sp := cl.ind.Provenance[0].Span
	ps := paragraphStart(text, sp.Start)
	var got collectionName
	ok := false
	for _, c := range colls {
		if c.start >= sp.End {
			break
		}
		if c.start < ps {
			continue
		}
		before := strings.TrimSuffix(strings.ToLower(text[max(ps, c.start-24):c.start]), "the ")
		if strings.HasSuffix(before, "since ") || slices.ContainsFunc(vocab.AgainstLeads, func(l string) bool { return strings.HasSuffix(before, l) }) {
			continue // what a change is set against, not what frames it
		}
		got, ok = c, true
	}
	return got, ok
}

// yearEnding reports whether p is a year ending in a month other than
// December: "the year ending April 1999", 1998-05/1999-04.
func yearEnding(p indicators.Period) bool {
	f, t := p.From, p.To
	return f.Day == 0 && t.Day == 0 && f.Month != 0 && f.Month != 1 && t.Year == f.Year+1 && t.Month == f.Month-1
}

// refYearShape dates by the release's reference year ending in a month
// the figures of out dated only by the calendar year it ends in: a release of "the year ending April 1999" calls that year
// "1999" ("falling from 3.9 million in 1995 to 3.0 million in 1999" →
// 3.0 million is of 1998-05/1999-04); an earlier year named alone stays a
// year, as the release gives no month for it.
func (d *docDraft) refYearShape(out []claim, ref indicators.Period) {
	for i := range out {
		cl := &out[i]
		p := cl.ind.Period
		if cl.skip != "" || p != indicators.YearPeriod(ref.To.Year) {
			continue
		}
		cl.ind.Period = ref
		cl.fieldNotes["period"] += fmt.Sprintf("; %s, the release's year ending in %s that it calls %d", ref, time.Month(ref.To.Month), ref.To.Year)
		declare(cl.fieldNotes, "period", "period/refYearShape")
	}
}

// mostDatedOf reports whether p is the period more of the figures of out
// that are facts or estimates dated by their own clause are of than any
// other: a release's reference period is the time most of its figures
// report.
func (d *docDraft) mostDatedOf(out []claim, p indicators.Period) bool {
	n := map[indicators.Period]int{}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || !cl.ind.Period.IsStated() || cl.ind.Status != indicators.Fact && cl.ind.Status != indicators.Estimate {
			continue
		}
		if firstPhrase(cl.fieldNotes["period"], ownClauseNotes) != "" {
			n[cl.ind.Period]++
		}
	}
	for q, k := range n {
		if q != p && k >= n[p] {
			return false
		}
	}
	return n[p] >= minReferenceFigures
}

// minReferenceFigures is how many figures a release's own clauses must
// date by its reference period: a release reports its period again and
// again; a fact sheet's one dated figure dates no other.
const minReferenceFigures = 3

// recentPeriod reports whether p could be what a release dated by its
// dateline reports: a period that ends in the dateline's year or the year
// before (a release reports its latest period); any period when the
// release has no dateline.
func (d *docDraft) recentPeriod(p indicators.Period) bool {
	if d.dateline.IsZero() {
		return true
	}
	end := lastYear(p)
	return end <= d.dateline.Year && end >= d.dateline.Year-1
}

// refMonths dates by a month the figures of out that took the release's
// reference year but whose own sentence names a month of no year: "June
// and July were the busiest months for attendances with 57,100 and 56,400
// per day … respectively" in a release of 2014/15 → 2014-06 and 2014-07;
// "January was the least busy month with 48,800 attendances" → 2015-01.
// The genre's pattern: a narrower time in the figure's own clause wins
// over the release's; the month is the one within the release's year (a
// year across two runs from April, as a financial year does). Several
// months take the figures after them in order only when the sentence says
// "respectively"; else a figure takes the one month its sentence names.
func (d *docDraft) refMonths(out []claim, ref indicators.Period) {
	if ref.From.Month != 0 || ref.IsSpan() {
		return
	}
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Period.From.Year == 0 || cl.ind.Period.From.Month != 0 || lastYear(cl.ind.Period) != lastYear(ref) {
			continue
		}
		m, ok := d.mentionOfClaim(cl)
		if !ok {
			continue
		}
		var months []wordAt
		ws := wordsOf(text, m.Sentence.Start, m.Sentence.End)
		for k, w := range ws {
			if mo := monthAt(text, w.at, w.w); mo != 0 && yearAfter(ws, k) == 0 {
				months = append(months, w)
			}
		}
		if len(months) == 0 || months[0].at > m.Span.Start {
			continue
		}
		pick := -1
		switch {
		case len(months) == 1:
			pick = 0
		case strings.Contains(text[m.Sentence.Start:m.Sentence.End], "respectively"):
			var figs []Mention
			for _, o := range d.mentionsOf(m.Sentence) {
				if o.Sentence == m.Sentence && o.Span.Start > months[len(months)-1].at && o.Kind != Rank { // "were the busiest months": a rank is no item of the list
					figs = append(figs, o)
				}
			}
			if len(figs) == len(months) {
				for k, o := range figs {
					if o.Span == m.Span {
						pick = k
					}
				}
			}
		}
		if pick < 0 {
			continue
		}
		w := months[pick]
		mo := monthAt(text, w.at, w.w)
		y := ref.From.Year
		if (ref.Split || ref.Fiscal && ref.Across) && mo < indicators.FinancialYearStart(nil) {
			y++
		}
		cl.ind.Period = indicators.Period{From: indicators.Date{Year: y, Month: mo}}
		cl.fieldNotes["period"] = fmt.Sprintf("%q in its sentence: the month of the release's %s", strings.TrimRight(w.w, ",.;:"), ref)
		declare(cl.fieldNotes, "period", "period/refMonths")
	}
}

// mentionOfClaim returns the mention a claim states: mentionStated's, or
// the first of its quote's sentence whose words start with the stated
// figure ("56,400" of "56,400 per day").
func (d *docDraft) mentionOfClaim(cl *claim) (Mention, bool) {
	if m, ok := d.mentionStated(cl); ok {
		return m, true
	}
	sp := cl.ind.Provenance[0].Span
	for _, m := range d.mentionsFrom(sp.Start, sp.End) {
		if m.Span.Start >= sp.Start && m.Span.End <= sp.End && strings.HasPrefix(strings.Join(strings.Fields(m.Text), " "), cl.ind.Stated) {
			return m, true
		}
	}
	return Mention{}, false
}

// fieldworkRe is a sentence saying when a survey was carried out, up to
// its verb: "the quantitative survey was carried out", "Fieldwork took
// place", "interviews were conducted"; a survey first or last carried out
// is another edition's.
var fieldworkRe = lazyRegexp(`(?i)\b(?:survey|fieldwork|interviews)\b[^.;\n]{0,40}?\b(?:was|were|took place|carried out|conducted|undertaken)(?: (?:carried out|conducted|undertaken))?\b`)

// fieldwork returns the time a survey release says its survey was
// carried out, a time of its own right after the verb ("carried out in
// winter 2023/24", "between September and December 2023"), and the
// words. The genre's pattern: a survey's figures ("in the last 12
// months", "report having …") are of its fieldwork, whatever year its
// title names (README: a survey's "in the last 12 months" is the
// fieldwork's time).
func (d *docDraft) fieldwork() (indicators.Period, string, bool) {
	text := d.src.Text
	for _, g := range fieldworkRe.FindAllStringIndex(text, -1) {
		if w := strings.ToLower(text[g[0]:g[1]]); strings.Contains(w, "first") || strings.Contains(w, "last") || strings.Contains(w, "previous") {
			continue
		}
		rest := text[g[1]:min(len(text), g[1]+48)]
		for _, r := range timeRefsIn(rest, g[1]) {
			if r.role != yearPeriod || len(strings.Fields(text[g[1]:r.phraseStart])) > 3 {
				break
			}
			if p := r.phrase; p.IsStated() && d.recentPeriod(p) {
				return p, strings.Join(strings.Fields(text[g[0]:r.end]), " "), true
			}
			break
		}
	}
	return indicators.Period{}, "", false
}

// openingWithin returns the first year ending in a month (endingsOf) that
// the release's opening (from byte from to the end of its first figure's
// sentence) states, ending in the calendar year y, and its words:
// a bare year in a title ("Civil Service sickness absence, 2023") gives
// way to "for the year ending 31 March 2023" in the opening, as "2023"
// is only the edition's name for it. A time compared with is none.
func (d *docDraft) openingWithin(from int, y indicators.Period) (indicators.Period, string, bool) {
	end := min(len(d.src.Text), from+maxOpening)
	if len(d.mentions) > 0 {
		end = min(end, d.mentions[0].Sentence.End)
	}
	for _, e := range d.endingsOf() {
		if e.start >= from && e.end <= end && !e.compared && e.period != y && lastYear(e.period) == y.From.Year {
			return e.period, e.words, true
		}
	}
	return indicators.Period{}, "", false
}

// frameStatementRe is a release's own words, in its opening, for the
// period it reports, up to the time: "containing statistics for the
// 2016/17 financial year", "This release covers the year ending March
// 2024", "The figures relate to 2023".
var frameStatementRe = lazyRegexp(`(?i)\b(?:(?:statistics|data|figures|estimates|results) (?:for|covering|relating to|relate to|refer to|cover)|(?:release|bulletin|publication|report|edition) (?:covers|covering|reports on|relates to))\s+(?:the )?`)

// frameStatement returns the period the release's opening (up to the
// end of its first figure's sentence, at most maxOpening bytes) says it
// covers, and the words; false when it says none. A time more than four
// words after the statement is no part of it.
func (d *docDraft) frameStatement() (indicators.Period, string, bool) {
	text := d.src.Text
	if p, words, ok := d.selfSpan(); ok {
		return p, words, true
	}
	end := min(len(text), maxOpening)
	if len(d.mentions) > 0 {
		end = min(end, d.mentions[0].Sentence.End)
	}
	for _, g := range frameStatementRe.FindAllStringIndex(text[:end], -1) {
		rest := text[g[1]:min(len(text), g[1]+48)]
		for _, r := range timeRefsIn(rest, g[1]) {
			if r.role != yearPeriod || len(strings.Fields(text[g[1]:r.phraseStart])) > 4 {
				break
			}
			p := r.phrase
			if !p.IsStated() {
				p = r.period
			}
			return p, strings.Join(strings.Fields(text[g[0]:r.end]), " "), true
		}
	}
	return indicators.Period{}, "", false
}

// selfSubjectRe opens a sentence whose subject is the release itself:
// "This publication", "These statistics", "Our latest data report", "The
// bulletin" (a few words may stand between the article and the noun).
var selfSubjectRe = lazyRegexp(`(?i)^(?:this|these|the|our)(?: [\w-]+){0,2}? (?:publication|release|report|bulletin|statistics|data|summary|analysis|edition|update|dataset)\b`)

// selfSpan returns the span of days or months a sentence of the release's
// opening (its first maxOpening bytes) whose subject is the release
// itself states, and the sentence's words from its subject to the span:
// "This publication summarises the data … for the first reporting period,
// the half year from 5 October 2015 to 6 April 2016", "Our latest data
// report … explores the numbers … between 1 April 2019 and 31 March 2020".
// The genre's pattern: a release says once, in a sentence of its own
// about itself, what span its figures cover; a span any other sentence
// names ("From 5 October 2015, shops were required …") is that
// sentence's.
func (d *docDraft) selfSpan() (indicators.Period, string, bool) {
	c := d.spans()
	if !c.selfRead {
		c.selfRead = true
		c.self, c.selfWords, c.selfAt, _ = d.selfSpanOf()
	}
	return c.self, c.selfWords, c.self.IsStated()
}

// selfSpanOf reads selfSpan, and where its sentence starts.
func (d *docDraft) selfSpanOf() (indicators.Period, string, int, bool) {
	text := d.src.Text[:min(len(d.src.Text), maxOpening)]
	for _, ss := range sentenceSpans(text) {
		sent := strings.TrimLeft(text[ss[0]:ss[1]], " \t\n")
		off := ss[1] - len(sent)
		if !selfSubjectRe.MatchString(sent) {
			continue
		}
		refs := timeRefsIn(sent, off)
		for i := len(refs) - 1; i >= 0; i-- {
			r := refs[i]
			p := r.period
			if i > 0 && r.phrase.From.Day != 0 && !r.phrase.IsSpan() {
				// "from 5 October 2015 to 6 April 2016": two days a span
				// joins that are no whole months (monthSpans), whatever
				// role "from" gives the first
				a := refs[i-1]
				gap := strings.TrimSpace(d.src.Text[a.end:r.phraseStart])
				open := lastWord(d.src.Text[max(off, a.phraseStart-12):a.phraseStart])
				if a.phrase.From.Day != 0 && !a.phrase.IsSpan() && (gap == "to" && open == "from" || gap == "and" && open == "between") {
					p, r.role = indicators.Period{From: a.phrase.From, To: r.phrase.From}, yearPeriod
				}
			}
			if r.role != yearPeriod {
				continue
			}
			if !p.IsSpan() || p.From.Month == 0 {
				break
			}
			return p, strings.Join(strings.Fields(d.src.Text[off:r.end]), " "), off, true
		}
	}
	return indicators.Period{}, "", 0, false
}

// selfSpanWithin returns selfSpan for a figure under heading h, above
// the release's sentence about itself, whose years hold the span ("Bottle
// deposits: data for 2031 to 2032" over "the half year from 3 November
// 2031 to 2 May 2032"), and why: the heading's years only name the
// edition.
func (d *docDraft) selfSpanWithin(h heading) (indicators.Period, string, bool) {
	s, words, ok := d.selfSpan()
	if !ok || h.at >= d.spans().selfAt {
		return indicators.Period{}, "", false
	}
	lo, hi := 0, 0
	for _, r := range timeRefsIn(h.text, 0) {
		if r.role == yearPeriod {
			lo, hi = r.period.From.Year, lastYear(r.period)
			break
		}
	}
	if lo == 0 || s.From.Year < lo || lastYear(s) > hi {
		return indicators.Period{}, "", false
	}
	return s, fmt.Sprintf("%s, the span the release's opening says it covers (%q), within the years of the heading %q", s, words, h.text), true
}

// releaseTitleLine returns a release's title line, as statTitleLine does,
// past a first line that is a date alone ("2022-09-28" above "Economic
// Tendency Survey September 2022"): a dateline, not the title (when45).
func releaseTitleLine(text string) (string, int, bool) {
	t, end, ok := statTitleLine(text)
	if !ok || !dateOnlyLine(t) || end >= len(text) {
		return t, end, ok
	}
	next, nend, ok := statTitleLine(text[end+1:])
	if !ok {
		return t, end, true
	}
	return next, end + 1 + nend, true
}

// dateOnlyLine reports whether a line writes a date and nothing else:
// digits, punctuation and month names ("2022-09-28", "28 September 2022",
// "September 28, 2022").
func dateOnlyLine(l string) bool {
	words := strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) })
	for _, w := range words {
		if !isMonth(w) {
			return false
		}
	}
	return strings.IndexFunc(l, unicode.IsDigit) >= 0
}
