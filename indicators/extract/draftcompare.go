package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a figure measures and how sure it is, in the genres of the eighth
// session's documents (drafts31): a labour bulletin's comparison tails, a
// lender's outputs and loan terms, an appeal's targets, an IMF
// programme's benchmarks.
//
//	The employment rate was estimated at 76.3%, 0.6 percentage points
//	higher than a year earlier and 0.5 percentage points up on the
//	previous quarter → 0.6 and 0.5 are changes, up, estimates like 76.3%
//	There were an estimated 805,000 vacancies; this is 11,000 fewer than
//	the previous quarter → a change in vacancies, down, an estimate
//	It will finance the equipment of 47 clinics → a target; the operation
//	will benefit 170,000 homes → a projection; a grace period of 5.5
//	years → a level
//	plans aiming to help over 101 million of the most vulnerable → a
//	target, counting the people of its sentence; Requirements have climbed
//	to $23.5 billion, adding $1.3 billion to the requirements and 8
//	million to the number of people to receive aid → targets; the last two
//	changes, up, of money and of people
//	11 of 17 structural benchmarks → 11 counts benchmarks
//	growth is projected to slow to 3.3 percent → growth still, up

// compareTailRe reads the words after a comparison tail: "higher than a
// year earlier", "up on the previous quarter", "fewer than the previous
// quarter and the same quarter a year ago". Group 1 is the comparison
// word, 2 the first base, 3 a second base joined by "and", if any.
var compareTailRe = lazyRegexp(`^\s*(higher|lower|more|fewer|less|up|down|above|below)\s+(?:than|on|from|compared\s+with)\s+` +
	`((?:(?:the|a|an)\s+)?(?:(?:previous|preceding|same|last|prior|earlier)\s+)?(?:year|quarter|month|week|period)(?:\s+(?:earlier|ago|before))?)` +
	`(?:\s+and\s+((?:the|a|an)\s+(?:(?:previous|preceding|same|last|prior|earlier)\s+)?(?:year|quarter|month|week|period)(?:\s+(?:earlier|ago|before))?))?\b`)

// upComparisons are the comparison words of a rise.
var upComparisons = map[string]bool{"higher": true, "more": true, "up": true, "above": true}

// A compareTail is a figure that compares the figure before it in its
// sentence with an earlier time: "76.3%, 0.6 percentage points higher
// than a year earlier".
type compareTail struct {
	head        Mention              // the figure compared
	dir         indicators.Direction // up or down
	word        string               // the comparison word, as written lower case
	base, base2 string               // the earlier time, and a second one joined by "and" ("")
}

// compareTailOf returns the comparison tail m is, if it is one: the words
// after it compare with an earlier time, and a figure that is no tail
// stands before it in its sentence.
func (d *docDraft) compareTailOf(m Mention) (compareTail, bool) {
	text := d.src.Text
	g := compareTailRe.FindStringSubmatch(strings.ToLower(text[m.Span.End:m.Sentence.End]))
	if g == nil {
		return compareTail{}, false
	}
	t := compareTail{word: g[1], base: g[2], base2: g[3], dir: indicators.Down}
	if upComparisons[g[1]] {
		t.dir = indicators.Up
	}
	found := false
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start {
			continue
		}
		if compareTailRe.MatchString(strings.ToLower(text[o.Span.End:o.Sentence.End])) {
			continue
		}
		t.head, found = o, true
	}
	return t, found
}

// compareClaim sets the measure, direction, status and unit of a figure
// by the rules of this file, after every other rule.
func (d *docDraft) compareClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	noCue := strings.HasPrefix(cl.fieldNotes["status"], "no cue word")
	if t, ok := d.compareTailOf(m); ok {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: a change of %s on an earlier time", t.word+" than "+t.base, flatText(t.head.Text))
		declare(cl.fieldNotes, "measure", "measure/compareClaim#1")
		if t.word == "up" || t.word == "down" {
			cl.fieldNotes["measure"] = fmt.Sprintf("%q: a change of %s on an earlier time", t.word+" on "+t.base, flatText(t.head.Text))
			declare(cl.fieldNotes, "measure", "measure/compareClaim#2")
		}
		d.setDirection(cl, t.dir, sent)
		if ind.Status == indicators.Fact && noCue {
			if st := d.parentStatus(t.head); st != indicators.Fact {
				ind.Status, cl.fieldNotes["status"] = st, fmt.Sprintf("the status of %s, the figure it compares", flatText(t.head.Text))
				declare(cl.fieldNotes, "status", "status/compareClaim#1")
			}
		}
		if ind.Unit.IsZero() && m.Kind == Number && t.head.Unit.Kind == indicators.Count && t.head.Unit.Name != "" {
			ind.Unit, cl.fieldNotes["unit"] = t.head.Unit, fmt.Sprintf("%s, the noun of %s, the figure it compares; stated keeps the figure as written", t.head.Unit.Name, flatText(t.head.Text))
			declare(cl.fieldNotes, "unit", "unit/compareClaim")
		}
		noCue = false
	}
	if ind.Status == indicators.Fact && noCue {
		if c, ok := d.estimatesBulletin(); ok && hasPhrase(strings.ToLower(joinBroken(sent)), "estimated") {
			ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q: the bulletin says its figures are estimates, and this sentence estimates", c)
			declare(cl.fieldNotes, "status", "status/compareClaim#2")
		}
	}
	if ind.Measure == indicators.Share && cl.fieldNotes["measure"] == "a percentage" {
		// "The claimant rate was estimated at a record low of 2.1%": a
		// rate the clause names before it, read at a time.
		lb := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
		if g := recordRate.FindStringSubmatch(lb); g != nil && g[1] != "growth" && partRate(g[1]+" rate") == "" {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a rate read at a time, a level", strings.TrimSpace(g[0]))
			declare(cl.fieldNotes, "measure", "measure/compareClaim#3")
		} else if n := namedRateBefore(lb); n != "" && levelSeriesBefore.MatchString(lb) {
			// "the recycling rate dropped from 30.1 percent to 28.4
			// percent": both ends are readings of the rate.
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("a level of %q the sentence's change goes from or to, not the change", n)
			declare(cl.fieldNotes, "measure", "measure/compareClaim#4")
		}
	}
	d.lenderOutput(cl, m, cs)
	d.appealTarget(cl, m, cs, ce)
	if ms, why, ok := d.loanTerm(m, ind.Unit); ok {
		ind.Measure, cl.fieldNotes["measure"] = ms, why
		declare(cl.fieldNotes, "measure", "measure/compareClaim#5")
	}
	if ind.Measure == indicators.Change && ind.Quantity.Direction == indicators.NoDirection && ind.Unit.Kind == indicators.Percent {
		// "growth is projected to slow to 3.3 percent": the pace of a
		// rise changes, the growth is still one.
		before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
		if hasPhrase(strings.ToLower(sent), "growth") && slowedTo.MatchString(before) {
			d.setDirection(cl, indicators.Up, sent)
		}
	}
	for i, n := range cl.notes {
		if strings.HasSuffix(n, restatedCurrency) {
			cl.notes[i] = strings.TrimSuffix(n, restatedCurrency) + whichCurrency(ind.Unit)
		}
	}
}

// restatedCurrency ends the note draft.go writes on an amount that
// restates another in a second currency.
const restatedCurrency = "restated in another currency: keep one of the two"

// whichCurrency says which of two amounts in two currencies to keep: an
// amount in SDR is the IMF's of record, the dollars beside it a
// conversion; else the amount the document states first, which the one
// in parentheses converts.
func whichCurrency(u indicators.Unit) string {
	if u.Kind == indicators.Money && u.Currency.String() == "XDR" {
		return "restated in SDR: keep this one, the amount of record (the IMF lends in SDR; the dollars convert it), and make the other a comment"
	}
	return "restated in another currency: keep the first, the amount as the document states it; this one converts it"
}

// recordRate matches the words before a rate's percentage: "<noun> rate
// was estimated at a record low of", "rate stood at", "rate was", and
// the same rate linked by a preposition alone (drafts68): "a birth rate
// of", "the highest death rate at", "compared with a rate of". One
// statistic takes one measure whatever links it to its figure. Group 1
// is the word before "rate".
var recordRate = lazyRegexp(`\b([a-z-]+)\s+rate\s+(?:(?:was|is|stood|remained|fell|rose|dropped|climbed|reached|hit)(?:\s+estimated)?(?:\s+(?:at|to))?(?:\s+(?:a|an|the)\s+(?:new\s+|joint\s+)?(?:record|all-time|historic)\s+(?:high|low))?(?:\s+of)?|of|at)\s*$`)

// slowedTo matches the end of the words before a growth rate that slows
// or quickens: "is projected to slow to", "eased to", "moderated to".
var slowedTo = lazyRegexp(`\b(?:slow|slows|slowed|slowing|ease|eases|eased|easing|moderate|moderates|moderated|moderating|decelerate|decelerated|accelerate|accelerated|pick up|picked up|quicken|quickened)\s+to\s*$`)

// setDirection gives the claim's quantity the direction dir when a word of
// its sentence says it, as verify asks; else it notes it.
func (d *docDraft) setDirection(cl *claim, dir indicators.Direction, sent string) {
	if indicators.DirectionWord(sent, dir) != "" {
		cl.ind.Quantity.Direction = dir
		return
	}
	cl.notes = append(cl.notes, fmt.Sprintf("direction: %s (the catalog knows no word for it in the quote)", dir))
}

// estimatesPhrases say that a bulletin's figures are estimates.
var estimatesPhrases = []string{"these statistics are estimates", "these figures are estimates", "the figures are estimates",
	"all figures are estimates", "these data are estimates", "statistics are estimates based on", "figures are estimates based on"}

// estimatesBulletin returns the words that say the document's figures are
// estimates, and whether it has them; read once.
func (d *docDraft) estimatesBulletin() (string, bool) {
	if !d.what.estRead {
		d.what.estRead = true
		d.what.estWord = firstPhrase(strings.ToLower(d.src.Text), estimatesPhrases)
	}
	return d.what.estWord, d.what.estWord != ""
}

// outputVerbs, after "will" in a lender's release, make the count they
// govern an output the financing is to deliver: a target.
var outputVerbs = []string{"finance", "fund", "equip", "train", "build", "construct", "rehabilitate", "create", "install", "provide", "support", "establish", "deliver"}

// reachVerbs, after "will", say whom an operation will reach: a
// projection.
var reachVerbs = []string{"benefit", "reach", "serve"}

// lenderOutput makes a count a lender's release says the operation "will
// finance" a target, and one it "will benefit" a projection; the approved
// money stays a fact.
func (d *docDraft) lenderOutput(cl *claim, m Mention, cs int) {
	ind := &cl.ind
	if !d.lenderApproved() || ind.Measure != indicators.CountKind || ind.Unit.Kind == indicators.Money {
		return
	}
	if ind.Status != indicators.Pledge && ind.Status != indicators.Fact {
		return
	}
	before := strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
	i := strings.LastIndex(before, "will ")
	if i < 0 {
		return
	}
	f := strings.Fields(before[i+len("will "):])
	if len(f) > 0 && f[0] == "also" {
		f = f[1:]
	}
	if len(f) == 0 {
		return
	}
	switch v := strings.Trim(f[0], ",;:"); {
	case slices.Contains(reachVerbs, v):
		ind.Status, cl.fieldNotes["status"] = indicators.Projection, fmt.Sprintf("%q: whom the lender's operation is expected to reach, a projection", "will "+v)
		declare(cl.fieldNotes, "status", "status/lenderOutput#1")
	case slices.Contains(outputVerbs, v):
		ind.Status, cl.fieldNotes["status"] = indicators.Target, fmt.Sprintf("%q: an output the lender's financing is to deliver, a target", "will "+v)
		declare(cl.fieldNotes, "status", "status/lenderOutput#2")
	}
}

// lenderApproved reports whether the document is a lender's release: the
// sentence of its first figure names a lender and says it "approved";
// read once.
func (d *docDraft) lenderApproved() bool {
	if d.lenderOK {
		return true
	}
	if !d.what.lenderRead {
		d.what.lenderRead = true
		if len(d.mentions) > 0 {
			s := d.mentions[0].Sentence
			lead := d.src.Text[s.Start:s.End]
			for _, l := range lenderNames {
				if strings.Contains(lead, l.form+" ") || strings.Contains(lead, "("+l.form+")") {
					d.what.lender = hasPhrase(strings.ToLower(lead), "approved")
					break
				}
			}
		}
	}
	return d.what.lender
}

// aimPhrases before a figure make it what a plan aims at: a target.
var aimPhrases = []string{"aiming to help", "aim to help", "aims to help", "aiming to reach", "aim to reach", "aims to reach",
	"aiming to assist", "aim to assist", "aims to assist", "targeting", "plan to reach", "plans to reach"}

// appealNeeds are the appeal's words for what it asks: money of its
// requirements, people "to receive aid".
var appealNeeds = []string{"requirements", "requirement", "required", "to receive aid", "to receive assistance", "targeted for assistance"}

// appealTarget makes a target of a figure a plan aims at ("aiming to help
// over 101 million") and, in an appeal's text, of its requirements and the
// people it is to reach, and of the changes to them. An "adding X to …"
// clause, in any text, is a change, up.
func (d *docDraft) appealTarget(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[cs:m.Span.Start]))
	clause := strings.ToLower(joinBroken(text[cs:ce]))
	if c := lastPhraseOf(before, aimPhrases); c != "" && ind.Status != indicators.Target {
		ind.Status, cl.fieldNotes["status"] = indicators.Target, fmt.Sprintf("%q: what the plan aims at, a target", c)
		declare(cl.fieldNotes, "status", "status/appealTarget#1")
	}
	if f := strings.Fields(before); (len(f) > 0 && (f[0] == "adding" || f[0] == "added") || len(f) > 0 && f[0] == "and" && d.addingClause(m, cs)) &&
		strings.HasPrefix(strings.TrimLeft(strings.ToLower(text[m.Span.End:ce]), " "), "to ") {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "\"adding … to\": an increase"
		declare(cl.fieldNotes, "measure", "measure/appealTarget")
		d.setDirection(cl, indicators.Up, text[m.Sentence.Start:m.Sentence.End])
	}
	if d.appealYear == 0 {
		return
	}
	sentBefore := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if c := firstPhrase(clause, appealNeeds); c != "" || hasPhrase(sentBefore, "requirements") && onlySubjectVerb(before) {
		if c == "" {
			c = "requirements"
		}
		if ind.Status != indicators.Target {
			ind.Status, cl.fieldNotes["status"] = indicators.Target, fmt.Sprintf("%q: what the %d appeal seeks, a target", c, d.appealYear)
			declare(cl.fieldNotes, "status", "status/appealTarget#2")
		}
	}
}

// addingClause reports whether the clause at cs goes on an "adding X to
// …" clause before it in its sentence: "adding $1.3 billion to the
// requirements and 8 million to the number of people".
func (d *docDraft) addingClause(m Mention, cs int) bool {
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.End > m.Span.Start {
			continue
		}
		ocs, _ := clauseOf(d.src.Text, o)
		f := strings.Fields(strings.ToLower(d.src.Text[ocs:o.Span.Start]))
		if ocs == cs && len(f) > 0 && (f[0] == "adding" || f[0] == "added") {
			return true
		}
	}
	return false
}

// onlySubjectVerb reports whether the words before a figure in its clause
// are a subject and a verb of reaching ("Requirements have since climbed
// to"), not another noun the figure is of.
func onlySubjectVerb(before string) bool {
	f := strings.Fields(before)
	return len(f) > 0 && len(f) <= 6 && (f[len(f)-1] == "to" || f[len(f)-1] == "at") && f[0] == "requirements"
}

// lastPhraseOf returns the cue of cues that occurs last in s, or "".
func lastPhraseOf(s string, cues []string) string {
	best, at := "", -1
	for _, c := range cues {
		if i := lastPhrase(s, c); i > at {
			best, at = c, i
		}
	}
	return best
}

// loanTermRe matches the words before a loan's term: "a disbursement
// period of", "a grace period of", "a maturity of", "repayable over".
var loanTermRe = lazyRegexp(`\b(?:disbursement|grace|repayment|amortization|amortisation|execution|implementation)\s+period\s+of\s*$|\b(?:maturity|tenor|term)\s+of\s*$|\brepayable\s+(?:over|in)\s*$`)

// loanTerm returns the measure of a loan's term, a level ("a grace period
// of 5.5 years"), why, and whether m is one. ("a 25-year loan" would be
// one too, but the extractor does not read "25-year" as a figure.)
func (d *docDraft) loanTerm(m Mention, u indicators.Unit) (indicators.MeasureKind, string, bool) {
	us := u.String()
	if us != "year" && us != "month" && us != "years" && us != "months" {
		return 0, "", false
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if g := loanTermRe.FindString(before); g != "" {
		return indicators.Level, fmt.Sprintf("%q: a term of the loan, a level", strings.TrimSpace(g)), true
	}
	return 0, "", false
}

// peoplePartitives, after "of the" and a bare figure, name people by an
// adjective alone: "over 101 million of the most vulnerable".
var peoplePartitives = lazyRegexp(`^\s+of\s+(?:the|those)\s+(?:most\s+|very\s+)?(?:vulnerable|poorest|poor|needy|affected|displaced|hungry|food insecure|food-insecure)\b`)

// numberOfRe reads "to the number of people", after a bare figure: group
// 1 is the noun.
var numberOfRe = lazyRegexp(`^\s+to\s+the\s+(?:total\s+)?number\s+of\s+([a-z]+)`)

// wholeOfRe matches the words between a part's bare figure and the figure
// of the whole it is counted out of: " of ", " of the ", " out of all ".
var wholeOfRe = lazyRegexp(`^\s+(?:out\s+)?of\s+(?:(?:all\s+)?the\s+|all\s+)?`)

// wholeNumberRe matches a whole number written in digits.
var wholeNumberRe = lazyRegexp(`^\d{1,3}(?:,\d{3})*\b`)

// countedNounAround returns the noun a bare figure counts when its words
// are around it, and why: "11 of 17 structural benchmarks" (benchmark, the
// noun of the figure after "of"), "over 101 million of the most
// vulnerable" (the people noun of its sentence), "8 million to the number
// of people" (person).
func (d *docDraft) countedNounAround(m Mention) (indicators.Unit, string, bool) {
	text := d.src.Text
	rest := strings.ToLower(text[m.Span.End:m.Sentence.End])
	if g := numberOfRe.FindStringSubmatch(rest); g != nil {
		if one := indicators.Singular(g[1]); one != g[1] {
			return indicators.CountOf(one), fmt.Sprintf("%s, the noun of %q", one, "the number of "+g[1]), true
		}
	}
	if peoplePartitives.MatchString(rest) {
		for _, o := range d.mentionsOf(m.Sentence) {
			if o.Sentence == m.Sentence && o.Unit.Kind == indicators.Count && peopleUnits[o.Unit.String()] {
				return o.Unit, fmt.Sprintf("%s, the people %s of its sentence counts", o.Unit.Name, flatText(o.Text)), true
			}
		}
	}
	if ofWhole := wholeOfRe.FindString(rest); ofWhole != "" {
		// "168 of the 650 constituencies", "122 out of 374 local
		// authorities": the noun of the whole it is counted out of.
		for _, o := range d.mentionsOf(m.Sentence) {
			if o.Sentence == m.Sentence && o.Span.Start == m.Span.End+len(ofWhole) && o.Unit.Kind == indicators.Count && o.Unit.Name != "" {
				return o.Unit, fmt.Sprintf("%s, the noun of %s, the whole it is counted out of", o.Unit.Name, flatText(o.Text)), true
			}
		}
		at := m.Span.End + len(ofWhole)
		if n := wholeNumberRe.FindString(text[at:m.Sentence.End]); n != "" {
			// The whole's figure left unread ("of the 650 UK Parliamentary
			// constituencies"): the head noun of its phrase.
			if noun, end, ok := headNounPhrase(text, at+len(n), m.Sentence.End); ok {
				return indicators.CountOf(noun), fmt.Sprintf("%s, the head noun of %q, the whole it is counted out of", noun, flatText(text[at:end])), true
			}
		}
	}
	return indicators.Unit{}, "", false
}

// splitBases returns the claims of a comparison tail with two bases
// ("0.4 percentage points lower than the previous year and the previous
// quarter"): one per base, the second titled with its own base; any
// other drafted figure's claims as they are.
func (d *docDraft) splitBases(m Mention, cls []claim) []claim {
	if len(cls) != 1 || cls[0].skip != "" {
		return cls
	}
	t, ok := d.compareTailOf(m)
	if !ok || t.base2 == "" {
		return cls
	}
	first := cls[0]
	second := first
	second.fieldNotes = maps.Clone(first.fieldNotes)
	second.notes = slices.Clone(first.notes)
	second.ind.Provenance = slices.Clone(first.ind.Provenance)
	title := first.ind.Title
	if i := strings.Index(strings.ToLower(title), t.base); i >= 0 {
		title = title[:i] + t.base2 + title[i+len(t.base):]
	} else {
		title += " on " + t.base2
	}
	second.ind.Title = title
	second.ind.Base = indicators.Period{}
	why := fmt.Sprintf("one claim for each base: %q and %q", t.base, t.base2)
	first.fieldNotes["measure"] += "; " + why
	declare(first.fieldNotes, "measure", "measure/splitBases#1")
	second.fieldNotes["measure"] = fmt.Sprintf("%q: a change of %s on an earlier time; %s", t.word+" than "+t.base2, flatText(t.head.Text), why)
	declare(second.fieldNotes, "measure", "measure/splitBases#2")
	second.fieldNotes["title"] = "the second base of the comparison"
	declare(second.fieldNotes, "title", "title/splitBases")
	second.ind.ID = d.unique(idOf(second.ind))
	return []claim{first, second}
}
