package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// What a figure is and how sure, as the genres of the seventh session
// write it (drafts25): money a government or donor announces is pledged
// whatever its tense ("is providing", "newly allocated", "An additional
// $300 million", the items of a list of policies); an outlook's figures
// for its own year and later are projections even in the present tense,
// its history facts; an emissions cut below a base year's levels by a
// year is a target whatever noun introduces it; a minority's preferred
// move is an intention, not the decision. A percentage tied to a rate
// noun (inflation, Bank Rate, a yield) is a level, "X percent of GDP" a
// share, a warming figure in degrees a threshold.

// whatClaim sets the measure and status of a figure by the rules of this
// file, and then its title (see drafttitlewhat.go).
func (d *docDraft) whatClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	if ms, why, ok := d.whatMeasure(m, cs, ce, ind.Measure); ok {
		ind.Measure, cl.fieldNotes["measure"] = ms, why
		declare(cl.fieldNotes, "measure", "measure/whatClaim")
		if ms == indicators.Threshold && why == spendThresholdWhy {
			// "the guideline to spend 2% of GDP": a guideline is a
			// target set for others to meet; it marks only its figure.
			ind.Status, cl.fieldNotes["status"] = indicators.Target, `"guideline", "target" or "benchmark" to spend: what it sets`
			declare(cl.fieldNotes, "status", "status/whatClaim#1")
		}
	}
	if st, why, ok := d.whatStatus(m, cs, ce, ind); ok {
		ind.Status, cl.fieldNotes["status"] = st, why
		declare(cl.fieldNotes, "status", "status/whatClaim#2")
	}
	d.whatTitle(cl, m, cs, ce)
	d.sureClaim(cl, m, cs, ce)
	d.flowsClaim(cl, m, cs, ce)
	d.compareClaim(cl, m, cs, ce)
	d.statsClaim(cl, m, cs)
	d.countedClaim(cl, m, cs, ce)
	d.pledgedClaim(cl, m, cs, ce)
	d.perApart(cl, m)
	d.kindsClaim(cl, m, cs, ce)
	d.rateUnit(cl, m)
	d.timeRateUnit(cl, m)
	d.bulletinMeasure(cl, m)
	d.readingsClaim(cl, m, cs, ce)
	d.bulletinComparand(cl, m)
	d.bulletinShareTitle(cl, m)
	d.bulletinTradeTitle(cl, m)
	d.bulletinThanChange(cl, m)
	d.bulletinComparedStatus(cl, m)
	d.bulletinTimeLeadTitle(cl, m)
	d.changedClaim(cl, m)
	d.sharedChangeClaim(cl, m)
	d.changeOfClaim(cl, m, cs)
	d.benchmarkClaim(cl, m, cs, ce)
	d.monthlyWhatClaim(cl, m, cs)
	d.payClaim(cl, m, cs, ce)
	d.averageLevel(cl, m, cs)
	d.releaseClaim(cl, m)  // counts and their changes (draftrelease_counts.go)
	d.quarterChange(cl, m) // a quarter's bracketed change
	d.lifeClaim(cl, m)     // life tables (draftlife.go)
	d.releaseFigureClaim(cl, m)
	d.releaseWhatClaim(cl, m)
	d.measureCounted(cl, m, cs, ce) // once every pass has set its unit and period
	d.stockMomentClaim(cl, m)       // a stock's moment, once its measure is known
	d.measurePercent(cl, m)
	if st, note, ok := d.subLineStatus(m); ok && ind.Status == indicators.Fact {
		ind.Status, cl.fieldNotes["status"] = st, strconv.Quote(note)+" on the key figure's line above: a share of an estimated total is an estimate"
		declare(cl.fieldNotes, "status", "status/whatClaim#3")
	}
}

// levelRateNouns name a rate read at a time, whose percentage is a level
// ("maintain Bank Rate at 5.25%", "CPI inflation fell to 2.0%", "the 2%
// inflation target"), or a share where the rate is of a part of a
// population (partRate: "the unemployment rate was 5.2%"); either is
// titled by its rate. Growth is no rate noun: "growth of 3%" is a change.
var levelRateNouns = []string{"inflation", "bank rate", "policy rate", "cash rate", "base rate", "discount rate", "repo rate",
	"federal funds rate", "interest rate", "interest rates", "yield", "yields", "mortgage rate", "mortgage rates",
	"unemployment rate", "jobless rate", "inactivity rate", "activity rate", "vacancy rate", "participation rate", "employment rate", "savings rate", "exchange rate"}

// ofGDP matches the whole a ratio to the economy is of, at the start of
// the words after a figure: "of gross domestic product", "of GDP", "of
// gross state product (GSP)", "of national income".
var ofGDP = lazyRegexp(`^[\s)]*of\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:gdp|gnp|gni|gsp|product|income)\b`)

// whatMeasure returns the measure the rules of this file give m, why,
// and whether they give one.
func (d *docDraft) whatMeasure(m Mention, cs, ce int, cur indicators.MeasureKind) (indicators.MeasureKind, string, bool) {
	text := d.src.Text
	u := m.Unit.String()
	switch {
	case u == "percent":
		after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
		if c := gdpWhole(after); c != "" && spendThresholdRE.MatchString(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-60):m.Span.Start])) {
			// "the guideline to spend 2% of GDP on defence": the line
			// spending is measured against.
			return indicators.Threshold, spendThresholdWhy, cur != indicators.Threshold
		}
		if c := gdpWhole(after); c != "" {
			return indicators.Share, fmt.Sprintf("%q: a ratio to the economy, a share", strings.TrimSpace(c)), cur != indicators.Share
		}
		bw := strings.Fields(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
		lastW := ""
		if len(bw) > 0 {
			lastW = strings.Trim(bw[len(bw)-1], ",;:(")
		}
		if lastW == "by" {
			return 0, "", false // "reduce Bank Rate by 0.25 percentage points": a change
		}
		if (lastW == "to" || lastW == "from") && d.gdpShareBefore(m) {
			// "It amounts to 6.2 percent of GDP … and drops to 5.2
			// percent by 2027": the same ratio, reached.
			return indicators.Share, "a ratio to the economy named earlier in the sentence, reached", cur != indicators.Share
		}
		if n := d.rateNounOf(m); n != "" && partRate(n) != "" {
			return indicators.Share, fmt.Sprintf("a percentage of %q, a part of a population in one state, a share", n), cur != indicators.Share
		} else if n != "" {
			return indicators.Level, fmt.Sprintf("a percentage of %q, a rate read at a time", n), cur != indicators.Level
		}
	}
	return 0, "", false
}

// spendThresholdWhy says why a share of the economy is a threshold.
const spendThresholdWhy = "a share of the economy a guideline or target sets to spend: a threshold"

// spendThresholdRE matches a guideline or target to spend, right before
// its figure: "the guideline to spend", "a target to invest at least".
var spendThresholdRE = lazyRegexp(`\b(?:guideline|target|benchmark|commitment|pledge|goal)s?\s+to\s+(?:spend|devote|allocate|invest)(?:\s+at\s+least)?\s*$`)

// gdpWhole returns the "of GDP" that opens s (lower case), past a
// closing parenthesis or a space, or "".
func gdpWhole(s string) string {
	return ofGDP.FindString(s)
}

// gdpShareBefore reports whether a percentage of GDP stands before m in
// its sentence.
func (d *docDraft) gdpShareBefore(m Mention) bool {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Unit.String() == "percent" && gdpWhole(strings.ToLower(joinBroken(text[o.Span.End:m.Span.Start]))) != "" {
			return true
		}
	}
	return false
}

// rateNounOf returns the rate noun a percentage is the level of: one
// right after it ("the 2% inflation target"), or one its clause names
// before it with no other figure between and no "of" after it ("Bank
// Rate at 5.25%", "CPI inflation fell to 2.0% in May from 3.2%",
// "Services consumer price inflation was 5.7%"), or "".
func (d *docDraft) rateNounOf(m Mention) string {
	text := d.src.Text
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if f := strings.Fields(after); len(f) > 0 && f[0] == "of" {
		return "" // "90% of tariff lines": a share
	}
	for _, n := range levelRateNouns {
		if strings.HasPrefix(strings.TrimLeft(after, " "), n) {
			return n
		}
	}
	from := m.Sentence.Start
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Span.End > from && !d.sameReading(o, m) {
			from = o.Span.End
		}
	}
	before := strings.ToLower(joinBroken(text[from:m.Span.Start]))
	best, at := "", -1
	for _, n := range levelRateNouns {
		if i := lastPhrase(before, n); i > at {
			best, at = n, i
		}
	}
	if best == "" || hasPhrase(before[at:], "growth") {
		return ""
	}
	return best
}

// sameReading reports whether o is the other figure of a "to A from B"
// or "from A to B" pair with m, or a change m is reached by, which share
// m's rate noun: "fell to 2.0% in May from 3.2% in March", "reduce Bank
// Rate by 0.25 percentage points, to 5%".
func (d *docDraft) sameReading(o, m Mention) bool {
	gap := d.src.Text[o.Span.End:m.Span.Start]
	if !fieldsAtMost(gap, 4) {
		return false
	}
	between := strings.Fields(strings.ToLower(gap))
	return len(between) > 0 && (between[len(between)-1] == "from" || between[len(between)-1] == "to")
}

// fieldsAtMost reports whether s holds at most n words (strings.Fields),
// reading no further than the word after the n-th: the rules that ask it
// of the gap between two figures read a few words of a long sentence, not
// all of it for each pair.
func fieldsAtMost(s string, n int) bool {
	for range strings.FieldsSeq(s) {
		if n--; n < 0 {
			return false
		}
	}
	return true
}

// lastPhrase returns where phrase last occurs in s as whole words, or -1.
func lastPhrase(s, phrase string) int {
	at := -1
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return at
		}
		i += from
		j := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			at = i
		}
		from = i + 1
	}
}

// notBefore reports whether the last day of the year, month or day e
// is on or after the day r: a year 2025 is not before January 6, 2025;
// "August 27 to September 1" is before September 9.
func notBefore(e, r indicators.Date) bool {
	em, ed := int(e.Month), e.Day
	if em == 0 {
		em = 12
	}
	if ed == 0 {
		ed = 31
	}
	rm, rdy := int(r.Month), r.Day
	return e.Year > r.Year || e.Year == r.Year && (em > rm || em == rm && ed >= rdy)
}

// whatStatus returns the status the rules of this file give a figure,
// why, and whether they give one.
func (d *docDraft) whatStatus(m Mention, cs, ce int, ind *indicators.Indicator) (indicators.Status, string, bool) {
	text := d.src.Text
	cur := ind.Status
	if st, why, ok := d.preferredMove(m); ok {
		return st, why, st != cur
	}
	if ind.Measure == indicators.Change && ind.Quantity.Direction == indicators.Down && cur != indicators.Target {
		// "reduce greenhouse gas emissions by 43 per cent below 2005
		// levels by 2030": a cut below a base year's levels by a year is
		// a target, whatever noun ("pledge", "commitment") introduces it.
		after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
		if belowLevelsBy.MatchString(after) && hasPhrase(strings.ToLower(text[m.Sentence.Start:m.Span.Start]), "emissions") {
			return indicators.Target, `"below … levels by …": an emissions cut by a year, a target`, true
		}
	}
	if st, why, ok := d.outlookStatus(m, cs, ce, ind); ok {
		return st, why, st != cur
	}
	if m.Kind == Currency && cur == indicators.Fact && m.Quantity.Direction == indicators.NoDirection && ind.Measure != indicators.Change {
		if why, ok := d.announcedMoney(m, cs); ok {
			return indicators.Pledge, why, true
		}
	}
	if ind.Measure == indicators.CountKind && cur == indicators.Fact {
		// "A further $100 million to train 10,000 New Energy
		// Apprentices": what an announced amount is to do is a target.
		if o, ok := d.amountBefore(m); ok && purposeTo(words(joinBroken(text[o.Span.End:m.Span.Start]))) {
			if _, ok := d.announcedMoney(o, o.Sentence.Start); ok {
				return indicators.Target, "what " + strings.Join(strings.Fields(o.Text), " ") + ", announced, is to do", true
			}
		}
	}
	return 0, "", false
}

// belowLevelsBy matches "below 2005 levels by 2030" at the start of the
// words after a figure.
var belowLevelsBy = lazyRegexp(`^\s*(?:from|below|under|on)\s+(?:the\s+)?(?:\d{4}|[a-z]+)(?:['’]s)?\s+(?:levels?|baseline)\b[^.;]*?\bby\s+(?:the\s+end\s+of\s+)?\d{4}\b`)

// amountBefore returns the last amount before m in its sentence.
func (d *docDraft) amountBefore(m Mention) (Mention, bool) {
	var out Mention
	ok := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Kind == Currency {
			out, ok = o, true
		}
	}
	return out, ok
}

// preferenceVerbs say that the figures after them are what some wanted
// and did not get: "Two members preferred to reduce Bank Rate by 0.25
// percentage points, to 5%".
// "Favored" alone is no preference ("the most favored nation tariff").
var preferenceVerbs = []string{"preferred to", "prefer to", "preferring to", "would have preferred", "voted instead to",
	"dissented in favour of", "dissented in favor of"}

// preferredMove returns intention for a figure after a preference verb
// whose subject opens its sentence in a few words ("Two members preferred
// to …"); the count of those who preferred stays a fact.
func (d *docDraft) preferredMove(m Mention) (indicators.Status, string, bool) {
	v, _, ok := d.preferenceOf(m)
	if !ok || !strings.Contains(strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start])), v) {
		return 0, "", false
	}
	return indicators.Intention, fmt.Sprintf("%q: what some preferred, not the decision", v), true
}

// pledgeVerbs in the present progressive announce money given now or
// soon: "The European Union is providing €201 million".
var pledgeVerbs = []string{"is providing", "are providing", "is allocating", "are allocating", "is contributing", "are contributing",
	"is giving", "are giving", "is investing", "are investing", "is making available", "are making available", "is committing",
	"are committing", "is announcing", "are announcing", "is pledging", "are pledging", "is mobilising", "is mobilizing"}

// pledgeLeads stand right before an amount a government or donor adds:
// "An additional $300 million", "A further $100 million", "the newly
// allocated €8.7 million", "another €3.1 million".
var pledgeLeads = []string{"additional", "further", "newly allocated", "newly announced", "newly committed", "new funding of", "another"}

// policyLeads name, in the line that introduces a list, a government's
// plans: "The Government's comprehensive set of policies include:".
var policyLeads = []string{"policies", "policy", "measures", "commitments", "initiatives", "package", "programs", "programmes", "plan", "plans"}

// pastAllocation matches money already given at a date: "allocated in
// January 2024", "disbursed in 2023".
var pastAllocation = lazyRegexp(`^\s*(?:was\s+|were\s+)?(?:allocated|disbursed|provided|spent|paid)\s+(?:in|on|during)\s+(?:[A-Z][a-z]+\s+)?\d{4}\b`)

// announcedMoney reports why an amount is pledged money a government or
// donor announces, and whether it is.
func (d *docDraft) announcedMoney(m Mention, cs int) (string, bool) {
	text := d.src.Text
	sentBefore := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	rawAfter := joinBroken(text[m.Span.End:m.Sentence.End])
	after := strings.ToLower(rawAfter)
	if pastAllocation.MatchString(rawAfter) {
		return "", false
	}
	if c := firstPhrase(strings.ToLower(joinBroken(text[cs:m.Span.Start])), pledgeVerbs); c != "" {
		return fmt.Sprintf("%q: money given by the document's announcement, a pledge", c), true
	}
	bw := strings.Fields(sentBefore)
	for _, l := range pledgeLeads {
		lw := strings.Fields(l)
		if len(bw) >= len(lw) && strings.Join(bw[len(bw)-len(lw):], " ") == l {
			return fmt.Sprintf("%q before the amount: money added by the announcement, a pledge", l), true
		}
	}
	if af := strings.Fields(after); len(af) > 0 && af[0] == "announced" {
		return `"announced" after the amount: money announced, a pledge`, true
	}
	if lead, ok := d.listLead(m); ok {
		if c := firstPhrase(lead, policyLeads); c != "" {
			return fmt.Sprintf("an item of a list of %q: what the government will fund, a pledge", c), true
		}
	}
	if st, c, ok := d.itemsVerb(m); ok && st == indicators.Pledge {
		return fmt.Sprintf("%q, the verb of the list this amount's place is an item of", c), true
	}
	return "", false
}

// listLead returns the lower-case line, ending in a colon, that
// introduces the bulleted list the line of m is an item of.
func (d *docDraft) listLead(m Mention) (string, bool) {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
	if !isBulletLine(text[ls:lineEnd(text, ls)]) {
		return "", false
	}
	// The lead is the last line before the run of bullets that is no
	// bullet; blank lines may stand between.
	for i := ls; i > 0; {
		ps := strings.LastIndexByte(text[:i-1], '\n') + 1
		pl := strings.TrimSpace(text[ps : i-1])
		i = ps
		switch {
		case pl == "" || isBulletLine(text[ps:lineEnd(text, ps)]):
			if ps == 0 {
				return "", false
			}
			continue
		case strings.HasSuffix(pl, ":"):
			return strings.ToLower(pl), true
		}
		return "", false
	}
	return "", false
}

// itemsVerb returns the status of the verb of a sentence that lists
// places, each with its amount in parentheses ("The overall funding will
// support humanitarian projects in Burkina Faso (€26.9 million); Cameroon
// (€21 million); …"), for an amount in such a parenthesis or inside it;
// a sentence that goes on the list ("Others are Mali (€24 million); …")
// takes the verb of the sentence before.
func (d *docDraft) itemsVerb(m Mention) (indicators.Status, string, bool) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	open := strings.IndexByte(sent, '(')
	if open < 0 || m.Sentence.Start+open >= m.Span.Start {
		return 0, "", false
	}
	raw := joinBroken(sent[:open])
	if f := strings.Fields(strings.ToLower(raw)); len(f) > 0 && (f[0] == "others" || f[0] == "other" || len(f) > 1 && f[0] == "the" && f[1] == "others") {
		o, ok := d.mentionBeforeSentenceAt(m.Sentence.Start)
		if !ok {
			return 0, "", false
		}
		ps := text[o.Sentence.Start:o.Sentence.End]
		po := strings.IndexByte(ps, '(')
		if po < 0 {
			return 0, "", false
		}
		raw = joinBroken(ps[:po])
	}
	if len(placesIn(raw, 0)) == 0 {
		return 0, "", false
	}
	st, c := statusOf(strings.ToLower(raw), m.Unit)
	return st, c, st != indicators.Fact
}

// outlookWords in a document's title or first paragraph make it an
// outlook: its figures for its own year and later are projections.
var outlookWords = []string{"outlook", "projections", "baseline projections", "forecasts"}

// pastMarks in a figure's clause say it is history: "its previous high of
// 106 percent of GDP in 1946", "the 3.8 percent that deficits have
// averaged over the past 50 years".
var pastMarks = []string{"previous high", "previous low", "previous record", "over the past", "in the past", "historical", "historically",
	"have averaged", "has averaged", "averaged over", "last year", "a year ago", "was", "were"}

// futureMarks in a figure's clause date it at the report's year or after.
var futureMarks = []string{"this year", "next year", "the current year", "in coming years", "by the end of the decade"}

// longDate matches a date written "December 4, 2024".
var longDate = lazyRegexp(`\b` + monthNameRe + ` (\d{1,2}), (\d{4})\b`)

// A whatCache keeps what the rules of draftwhat.go read of the whole
// document, read on first use: many figures ask.
type whatCache struct {
	read        bool
	outlookWord string // the word that makes the document an outlook, or ""
	date        indicators.Date
	// cropRead says whether cropWord, the words that make the document a
	// crop or supply outlook (draftsure.go), has been read.
	cropRead bool
	cropWord string
	// estRead says whether estWord, the words that say the bulletin's
	// figures are estimates (draftcompare.go), has been read.
	estRead bool
	estWord string
	// lenderRead says whether lender, whether the document is a lender's
	// release (draftcompare.go), has been read.
	lenderRead, lender bool
	// leadRead says whether leadEnd, where the bullets that lead the
	// release end (draftnotclaim.go), has been read.
	leadRead bool
	leadEnd  int
	// percentsRead says whether percents, the text's percentages, have
	// been read.
	percentsRead bool
	percents     []Mention
	// statusAt holds the status drafted for each figure so far, by where
	// it starts: a figure that restates another takes its status.
	statusAt map[int]indicators.Status
	// catRead says whether cats, the document's catalogue numbers, have
	// been read.
	catRead bool
	cats    map[string]bool
	// unitAt holds the counted noun drafted for each figure so far, by
	// where it starts (draftcounted.go): the other end of a pair and a
	// change of the count count it too.
	unitAt map[int]indicators.Unit
	// govRead says whether gov, whether the document speaks for a
	// government, and docYear, its dateline's year, have been read
	// (draftpledged.go).
	govRead, gov bool
	docYear      int
	// readAt holds the reading drafted for each figure so far, by where
	// it starts (draftreadings.go): "up from 5.5%" takes its pair's.
	readAt map[int]figureReading
}

// outlook returns the word that makes the document an outlook ("" if
// none) and its report date, read once.
func (d *docDraft) outlook() (string, indicators.Date) {
	if !d.what.read {
		d.what.read = true
		d.what.outlookWord, _ = d.isOutlook()
		if d.what.outlookWord != "" {
			d.what.date = d.reportDate()
		}
	}
	return d.what.outlookWord, d.what.date
}

// reportDate returns the date of an outlook: its dateline, or else the
// latest long date its text writes ("legislation enacted through January
// 6, 2025").
func (d *docDraft) reportDate() indicators.Date {
	if !d.dateline.IsZero() {
		return d.dateline
	}
	var last indicators.Date
	for _, g := range longDate.FindAllStringSubmatch(d.src.Text, -1) {
		y, _ := strconv.Atoi(g[3])
		day, _ := strconv.Atoi(g[2])
		dt := indicators.Date{Year: y, Month: time.Month(monthNumber(g[1])), Day: day}
		if dt.Year > last.Year || dt.Year == last.Year && (dt.Month > last.Month || dt.Month == last.Month && dt.Day > last.Day) {
			last = dt
		}
	}
	return last
}

// isOutlook reports whether the document is an outlook, by its title or
// first paragraph, and the word that says so.
func (d *docDraft) isOutlook() (string, bool) {
	text := d.src.Text
	head := d.source.Title
	if i := strings.Index(text, "\n\n"); i >= 0 {
		rest := text[i+2:]
		if j := strings.Index(rest, "\n\n"); j >= 0 {
			rest = rest[:j]
		}
		head += " " + rest
	}
	c := firstPhrase(strings.ToLower(head), outlookWords)
	return c, c != ""
}

// outlookStatus returns projection for a figure of an outlook dated at or
// after the report's own year or month (a year at the report's year, a
// month at its month), or whose clause says "this year"; history stays a
// fact.
func (d *docDraft) outlookStatus(m Mention, cs, ce int, ind *indicators.Indicator) (indicators.Status, string, bool) {
	if ind.Status != indicators.Fact {
		return 0, "", false
	}
	word, rd := d.outlook()
	if word == "" {
		return 0, "", false
	}
	text := d.src.Text
	clause := strings.ToLower(joinBroken(text[cs:ce]))
	// The figure's own part of its sentence, between the figures
	// around it: "… equals 6.1 percent of GDP—significantly more than the
	// 3.8 percent that deficits have averaged over the past 50 years".
	lo, hi := m.Sentence.Start, m.Sentence.End
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start {
			lo = max(lo, o.Span.End)
		} else if o.Span.Start >= m.Span.End {
			hi = min(hi, o.Span.Start)
		}
	}
	if k := strings.IndexAny(text[m.Span.End:hi], ",;—"); k >= 0 {
		hi = m.Span.End + k // "… in 2035, surpassing its previous high of …"
	}
	own := joinBroken(text[lo:m.Span.Start]) + " " + joinBroken(text[m.Span.End:hi])
	if c := firstPhrase(strings.ToLower(own), pastMarks); c != "" {
		return 0, "", false
	}
	if rd.IsZero() {
		return 0, "", false
	}
	if c := firstPhrase(clause, futureMarks); c != "" {
		return indicators.Projection, fmt.Sprintf("%q in an outlook (%q): a projection", c, word), true
	}
	p := ind.Period
	if !p.IsStated() || p == d.asOf && d.hasAsOf {
		// The figure's own year, written in its sentence: "Revenues total
		// $5.2 trillion, or 17.1 percent of GDP, in 2025".
		y := 0
		for _, r := range yearsIn(joinBroken(text[m.Sentence.Start:m.Sentence.End]), 0) {
			y = max(y, r.period.From.Year)
		}
		if y == 0 {
			return 0, "", false
		}
		p = indicators.YearPeriod(y)
	}
	// A span that starts before the report's date is history: "from
	// August 27 to September 1" in a report of September 9.
	if !notBefore(p.From, rd) {
		return 0, "", false
	}
	return indicators.Projection, fmt.Sprintf("dated %s, at or after the outlook's own date %s (%q): a projection", p, rd, word), true
}
