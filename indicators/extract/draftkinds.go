package extract

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// What kind of figure a statistics office's monthly or quarterly release
// gives, as its sentences write it (drafts41):
//
//	starts increased (3.6%) in June → the size of the change, up; "was
//	flat (0.4%)" a change with no direction
//	an 8% year-over-year decrease → a change, down
//	15,354 first receptions between January and March → events counted
//	over a period: a flow
//	80,659 prisoners as at 30 June → a count at a date: a stock
//	down from a peak of 11 percent, in a sentence about annual growth →
//	a growth rate: a change

// parenChangeBefore matches a verb of change right before the parenthesis
// that opens a percentage: "increased (", "was flat (".
var parenChangeBefore = lazyRegexp(`\b(increased|rose|grew|climbed|edged up|fell|decreased|declined|dropped|edged down|(?:was|were|remained|stayed|held) (?:flat|unchanged|steady|stable))\s*\(\s*$`)

// changeNounAfter matches a noun of change right after a percentage, past
// words of its span: "8% year-over-year decrease", "a 74% increase".
var changeNounAfter = lazyRegexp(`^\s*(?:(?:year-over-year|year-on-year|month-over-month|month-on-month|annual|monthly|quarterly|yearly|overall)\s+)*(decrease|decline|fall|drop|reduction|increase|rise|gain)\b`)

// eventNouns are the words a clause names counted events by, in the
// plural (lexicon.EventUnits', "starts", "victimizations") and the phrases of a
// country's migration, a release's annual rate and the traffic or
// volumes a network carries ("parcel traffic", "letter-post volumes in
// 2013"): a number of them happens over a period and is a flow (drafts76).
var eventNouns = append([]string{"annual rate", "saar", "net migration", "immigration", "emigration", "traffic", "volumes"}, eventPlurals()...)

// eventPlurals returns the plurals of lexicon.EventUnits' nouns (not its
// adjectives of people, "injured"), in order.
func eventPlurals() []string {
	var out []string
	for u := range vocab.EventUnits {
		if !peopleAdjectives[u] {
			out = append(out, indicators.Plural(u))
		}
	}
	slices.Sort(out)
	return out
}

// What a count is follows from what it counts and when (session 17):
// a number of events over a period is a flow, and sums over time
// (births, deaths, fires, insolvencies, passengers carried, nights
// stayed); a number of people or things present at a date is a stock,
// and does not (police officers on 30 June, prisoners at yearend,
// teachers, cattle, homes); a number of kinds, places or members that is
// neither stays a count (30 countries, 8 years running, 5 industries).
// nounMeasure reads the counted noun; countsByWhatTheyCount applies it
// to every figure still drafted a bare count, once every pass has set
// its unit and period.

// holdingUnits are counted nouns, in the singular, of people or things
// present at a date: a number of them is a stock. The people are
// lexicon.HoldingPeople, of the one list of people nouns
// (lexicon.PeopleNouns); the rest are things held and
// the states of people a document counts as nouns ("1.3 million
// unemployed").
var holdingUnits = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range vocab.HoldingPeople {
		m[w] = true
	}
	for _, w := range []string{"job", "dwelling", "home", "house",
		"cattle", "animal", "sheep", "pig", "poultry", "bird", "cow", "calf", "head",
		"vehicle", "bed", "holding", "vacancy", "homeless", "unemployed", "displaced", "missing",
		"connection", "subscription", "business", "enterprise", "company", "registration", "enrolment", "enrollment",
		"caseload", "backlog", "population", "herd", "flock", "fleet", "workforce"} {
		m[w] = true
	}
	return m
}()

// nounMeasure returns what kind of count a number of the counted noun
// is: a flow for an event, a stock for a holding, with the reason, or
// false for a noun of neither (a count). A noun of several words is
// read by its last, its head ("full-time equivalent officer"). A
// holding is a stock only where its clause states it (heldBefore): "will
// create 10,000 jobs", "trained 5,000 teachers" count no holding at a
// date.
func nounMeasure(noun string) (indicators.MeasureKind, string, bool) {
	f := strings.Fields(strings.ToLower(noun))
	if len(f) == 0 {
		return 0, "", false
	}
	head := f[len(f)-1]
	switch {
	case vocab.EventNoun(head) || reportedEvents[head]:
		return indicators.Flow, fmt.Sprintf("%s: events counted over a period, a flow", indicators.Plural(head)), true
	case activityUnit(noun):
		return indicators.Flow, fmt.Sprintf("%s: an amount of activity over a period, a flow", indicators.Plural(noun)), true
	case holdingUnits[head]:
		return indicators.Stock, fmt.Sprintf("%s: people or things present at a date, a stock", indicators.Plural(head)), true
	}
	return 0, "", false
}

// reportedEvents are counted nouns, in the singular, that name events
// lexicon.EventUnits lacks: a report made to a network or a body ("2.7
// million reports" to a data book of complaints) and a work stoppage
// ("33 major work stoppages beginning in the year") happen over a
// period, as complaints and strikes do.
var reportedEvents = map[string]bool{"report": true, "stoppage": true}

// activityUnit reports whether a counted noun is a unit of measurement
// joined to what it counts, as the unit grammar reads one (ParseUnit
// gives a counted noun whose head is a measure): "vehicle km", "net
// tonne kilometre", "passenger mile". The genre's pattern: such a unit
// counts activity — distance travelled times what travelled — so a
// number of it is an amount over a period, a flow ("43.5 billion vehicle
// kms were driven in 2012", "7.1 billion vehicle kms" on motorways).
func activityUnit(noun string) bool {
	f := strings.Fields(noun)
	if len(f) < 2 {
		return false
	}
	u, err := indicators.ParseUnit(noun)
	if err != nil || u.Kind != indicators.Count || u.Name != noun {
		return false
	}
	_, ok := indicators.LookupMeasure(f[len(f)-1])
	return ok
}

// stockAtWords are the words that date a stock: "as at 30 June", "as of
// March 2024", "at the end of 2023". stockAtAfter and stockDateRe
// (draftwhen_stock.go) read them.
const stockAtWords = `as at|as of|at the end of`

// stockAtAfter matches "as at" or "at the end of" after a count or an
// amount, or "at" a day or a month of a year ("at 1 April 2010", "at
// March 2024"): things at a date are a stock.
var stockAtAfter = lazyRegexp(`^[^.;|0-9]{0,60}?\b(` + stockAtWords + `|(?i:at (?:\d{1,2} (?:` + monthAlt + `)|(?:` + monthAlt + `) (?:19|20)\d\d)))\b`)

// growthPeakBefore matches a growth rate's level before a percentage: "a
// peak of", "a low of", "a high of".
var growthPeakBefore = lazyRegexp(`\b(?:peak|high|low|record)\s+of\s*$`)

// kindsClaim sets the measure and direction of m by the rules of this
// file.
func (d *docDraft) kindsClaim(cl *claim, m Mention, cs, ce int) {
	d.kindUnit(cl, m)
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	switch u := ind.Unit; {
	case u.String() == "percent":
		if g := parenChangeBefore.FindStringSubmatch(before); g != nil {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q before the parenthesis: the size of the change", g[1])
			declare(cl.fieldNotes, "measure", "measure/kindsClaim#1")
			switch {
			case upChangeWords[g[1]]:
				d.setDirection(cl, indicators.Up, sent)
			case downChangeWords[g[1]]:
				d.setDirection(cl, indicators.Down, sent)
			default:
				ind.Quantity.Direction = indicators.NoDirection
			}
			return
		}
		if g := changeNounAfter.FindStringSubmatch(after); g != nil && ind.Quantity.Direction == indicators.NoDirection {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q after the figure: a change", g[1])
			declare(cl.fieldNotes, "measure", "measure/kindsClaim#2")
			dir := indicators.Up
			if downChangeWords[g[1]] {
				dir = indicators.Down
			}
			d.setDirection(cl, dir, sent)
			return
		}
		if ind.Measure == indicators.Share && growthPeakBefore.MatchString(before) && hasPhrase(before, "growth") && !strings.HasPrefix(strings.TrimSpace(after), "of ") {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "a peak or low of the growth the sentence names: a growth rate, a change"
			declare(cl.fieldNotes, "measure", "measure/kindsClaim#3")
		}
	case ind.Measure != indicators.Change && u.Per == "" && (m.Kind == Number || u.Kind == indicators.Count) && comparedAfter(after) != "":
		// "Net migration was 7,000 lower than the revised estimate":
		// a count's difference from another figure of what it counts is
		// a change (a spread is a price's, draftoutlook.go).
		c := comparedAfter(after)
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q after the count: its difference from another figure, a change", c)
		declare(cl.fieldNotes, "measure", "measure/kindsClaim#4")
		d.setDirection(cl, comparatives[strings.Fields(c)[0]], sent)
	case ind.Measure != indicators.Change && u.Per == "" && (m.Kind == Number || u.Kind == indicators.Count) && indicators.FallAfter(sent, m.Text) != "":
		// "– 5,266 fewer –", "300 fewer than planned": a count set below
		// what it is compared with is the size of a fall, read as verify
		// reads it (indicators.FallAfter).
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q right after the count: a fall from what it is compared with, a change", indicators.FallAfter(sent, m.Text))
		declare(cl.fieldNotes, "measure", "measure/kindsClaim#5")
		d.setDirection(cl, indicators.Down, sent)
	}

}

// comparedAfter returns the comparative that opens the lower-case words
// after a count ("lower than", "more than"), or "".
func comparedAfter(after string) string {
	f := strings.Fields(after)
	if len(f) < 2 || f[1] != "than" {
		return ""
	}
	if _, ok := comparatives[f[0]]; !ok {
		return ""
	}
	return f[0] + " than"
}

// durationMonths are the spans of time of lexicon.Durations that have a
// length, in months (a month an average one, a day 12/365.25 of one): the
// spans a count may be "per", and the units of a figure that counts a span
// of time ("12 months", "two weeks apart"); a span it does not hold
// ("session", "term") is 0. TestDurationMonths keeps its words the
// lexicon's.
var durationMonths = map[string]float64{"minute": 12.0 / 365.25 / 1440, "hour": 12.0 / 365.25 / 24, "day": 12.0 / 365.25,
	"week": 7 * 12.0 / 365.25, "month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}

// periodMonths returns the length of the span a period covers, in months
// as durationMonths counts them: a day, a span of days, a month, a
// quarter (3), a half-year (6), a span of months, a year (fiscal or
// not), a span of years; 0 if the period is not stated.
func periodMonths(p indicators.Period) float64 {
	months := func(d indicators.Date) int { return d.Year*12 + int(d.Month) }
	switch {
	case !p.IsStated():
		return 0
	case p.IsSpan() && p.From.Day != 0 && p.To.Day != 0:
		from := time.Date(p.From.Year, p.From.Month, p.From.Day, 0, 0, 0, 0, time.UTC)
		to := time.Date(p.To.Year, p.To.Month, p.To.Day, 0, 0, 0, 0, time.UTC)
		return (to.Sub(from).Hours()/24 + 1) * durationMonths["day"]
	case p.IsSpan() && p.From.Month != 0 && p.To.Month != 0:
		return float64(months(p.To) - months(p.From) + 1)
	case p.IsSpan():
		return float64(p.To.Year-p.From.Year+1) * 12
	case p.From.Day != 0:
		return durationMonths["day"]
	case p.From.Month != 0:
		return 1
	}
	return 12
}

// averageOver reports whether a count per the span of time per, over
// period p, is an average over a longer period: per is shorter than p by
// more than a tenth of p ("per month" in 2021-Q1, "per year" in
// 2010–2015), so that a month is no shorter than 1 to 31 January (31
// days, a little over an average month), nor a quarter than 1 January
// to 31 March. A span durationMonths does not hold is no average.
func averageOver(per string, p indicators.Period) bool {
	m := durationMonths[per]
	return m > 0 && m < 0.9*periodMonths(p)
}

// bareSpan reports whether m writes a span of time with nothing between
// its number and the unit ("8.1 days", "nine hours"): days of a kind
// ("four consecutive trading days") are counted, and an age ("a
// 45-year-old man") is no span measured.
func bareSpan(m Mention) bool {
	f := strings.Fields(m.Text)
	if len(f) < 2 || strings.HasSuffix(m.Quantity.Noun, " old") {
		return len(f) == 1 && !strings.HasSuffix(m.Quantity.Noun, " old") // "4.3", its unit read from the clause
	}
	w := f[len(f)-2]
	_, word := numberWord(w, 1000)
	return isDigit(w[len(w)-1]) || word
}

// heldWords are the last words before a count that state it as held
// rather than done: a verb of being ("there were 16,600 officers", "was
// 9.6 million animals", "is 4,667") or of standing, the start of a move
// between levels ("rising from 1,132"), a bracket that restates one
// ("yearend 2021 (83,700)").
var heldWords = stopSet(classCopulas, "totalled", "totaled", "numbered", "stood", "remained", "at", "from", "to", "reached", "(")

// heldParticiples are participles of a state held, right after a counted
// noun: "10,000 people employed", "pupils enrolled". Any other -ed word
// there is a doing ("jobs created"), no holding (fix17b). They are not
// holdingVerbs (draftmeasure.go), though "held" and "housed" are in both:
// here the counted things are the held ("people housed"), there they are
// the object of the one who holds them ("the prisons housed 10,000").
var heldParticiples = map[string]bool{"employed": true, "enrolled": true, "detained": true, "housed": true, "held": true,
	"imprisoned": true, "incarcerated": true, "insured": true, "uninsured": true, "claimed": true, "sentenced": true, "covered": true}

// everyPeriodRe matches words after a count that make it a number per
// period: "each year", "a year", "every month", "annually".
var everyPeriodRe = lazyRegexp(`\b(?:each|every|a|per)\s+(?:year|month|week|day|quarter)\b|\bannually\b`)

// heldCount reports whether the clause of a count, its words before
// and after the figure, states it as held: the words before it, past a
// hedge, article or list mark, end on a word of heldWords; or there are none, and a
// verb of being, not a passive, follows ("Nearly 8 million people are in
// need", not "have been trained"). A number "each year" is none, and so
// is one a participle follows ("There were 10,000 jobs created").
func heldCount(before, after string) bool {
	if everyPeriodRe.MatchString(strings.ToLower(after)) {
		return false
	}
	if a := strings.Fields(strings.ToLower(after)); len(a) > 0 && strings.HasSuffix(a[0], "ed") && !heldWords[a[0]] && !heldParticiples[a[0]] {
		return false // "There were 10,000 jobs created": a participle right after the noun is a doing
	}
	if i := strings.LastIndexAny(before, ",;:"); i >= 0 {
		before = before[i+1:] // the figure's own clause
	}
	f := strings.Fields(strings.ToLower(before))
	for len(f) > 0 {
		w := f[len(f)-1]
		if hedgeWords[w] || w == "an" || w == "a" || w == "estimated" || w == "the" || w == "total" || w == "of" || strings.Trim(w, "-–—•*·") == "" {
			f = f[:len(f)-1]
			continue
		}
		return heldWords[w] || strings.HasSuffix(w, "(")
	}
	a := strings.Fields(strings.ToLower(after))
	for i, w := range a[:min(len(a), 8)] {
		if heldWords[w] && w != "to" && w != "at" && w != "from" {
			return i+1 >= len(a) || !strings.HasSuffix(a[i+1], "ed")
		}
	}
	return false
}

// heldInQuote reports whether the quote of ind states its figure as held
// (heldCount), read around the first place the quote writes it.
func heldInQuote(ind *indicators.Indicator) bool {
	if len(ind.Provenance) == 0 || ind.Stated == "" {
		return false
	}
	q := joinBroken(ind.Provenance[0].Quote)
	i := strings.Index(q, ind.Stated)
	if i < 0 {
		return false
	}
	return heldCount(q[:i], q[i+len(ind.Stated):])
}

// countsAtADay makes each figure of out still drafted a bare count a
// stock where its period is one day ("At yearend 2022, … 1,230,100
// persons", "On 31 March 2024, 51,400 households"), a count at a date; a
// day the clause does not state, the release's (refDayNote), makes one
// only where the clause states it as held: "The service recruited 300
// officers" under "…: 30 June 2031" is no holding (fix17b). It is the
// one reading of measureCounted's order that waits for the passes over
// the whole text to date every figure. A count dated by the day of a
// meeting is of what was done at it ("voted by a majority of 5–4"), no
// holding (meetingDayNote).
func countsAtADay(out []claim) []claim {
	for i := range out {
		ind := &out[i].ind
		if out[i].skip != "" || ind.Measure != indicators.CountKind || ind.Unit.Per != "" {
			continue
		}
		if ind.Period.From.Day != 0 && !ind.Period.IsSpan() && (heldInQuote(ind) || !strings.HasPrefix(out[i].fieldNotes["period"], refDayNote)) && !strings.HasSuffix(out[i].fieldNotes["period"], meetingDayNote) {
			ind.Measure, out[i].fieldNotes["measure"] = indicators.Stock, fmt.Sprintf("read on %s: a count at a date, a stock", ind.Period)
			declare(out[i].fieldNotes, "measure", "measure/countsAtADay")
		}
	}
	return out
}

// upChangeWords and downChangeWords give the direction of a verb or noun
// of change.
var (
	upChangeWords   = map[string]bool{"increased": true, "rose": true, "grew": true, "climbed": true, "edged up": true, "increase": true, "rise": true, "gain": true}
	downChangeWords = map[string]bool{"fell": true, "decreased": true, "declined": true, "dropped": true, "edged down": true, "decrease": true,
		"decline": true, "fall": true, "drop": true, "reduction": true}
)

// rateUnitRE matches a rate's counted noun and base after its number, up
// to the base's plural noun, or its rate noun (vocab.RateNouns) after "in
// the", which the figure's words cannot carry: " sentenced prisoners per
// 100,000 U.S. residents", " deaths per 100,000 population" (a base's
// rate noun, no plural), " cases of exclusion per 1,000 pupils", "
// people per 100,000 in the population" (per 100,000 population), " per
// 100,000". Group 1 is what is counted (perhaps with modifiers and an
// "of" phrase), group 2 the base's number, group 3 or 4 its noun.
var rateUnitRE = lazyRegexp(`^\s*(?:([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3}?)\s+)?per\s+(\d{1,3}(?:,\d{3})*|\d+)\b(?:\s+(?:[A-Z][A-Za-z.]*\s+|[a-z-]+\s+){0,2}?([a-z]{3,}s|` + strings.Join(vocab.RateNouns, "|") + `)\b|\s+in\s+the\s+(` + strings.Join(vocab.RateNouns, "|") + `)\b)?`)

// A rateRead is a rate's counted noun and base as rateUnitRE reads them.
type rateRead struct{ counted, n, base string }

// readRate reads the rate whose number ends at byte at of the text, up
// to to.
func (d *docDraft) readRate(at, to int) (rateRead, bool) {
	g := rateUnitRE.FindStringSubmatch(joinBroken(d.src.Text[at:to]))
	if g == nil {
		return rateRead{}, false
	}
	r := rateRead{n: g[2], base: g[3] + g[4]}
	if c := g[1]; c != "" {
		c, _, _ = strings.Cut(c, " of ") // "cases of exclusion" counts cases
		f := strings.Fields(c)
		r.counted = indicators.Singular(f[len(f)-1])
	}
	return r, true
}

// rateUnit writes a rate per a number of something apart from its figure,
// as a catalog does: "355 sentenced prisoners per 100,000 U.S. residents"
// is 355 of unit "prisoner per 100,000 residents", and a bare "480 per
// 100,000" after it in the sentence counts the same (drafts75).
func (d *docDraft) rateUnit(cl *claim, m Mention) {
	ind := &cl.ind
	perBase := ind.Measure == indicators.CountKind && ind.Unit.Per != "" && !durations[ind.Unit.Per] // a level once measureCounted reads it
	if ind.Measure != indicators.Level && !perBase || ind.Unit.Kind != indicators.Count && ind.Unit.Kind != indicators.NoUnit {
		return
	}
	num := len(m.Text) - len(strings.TrimLeft(m.Text, "0123456789,."))
	if num == 0 {
		return
	}
	r, ok := d.readRate(m.Span.Start+num, m.Sentence.End)
	if !ok || r.counted != "" && r.base == "" {
		return
	}
	if r.counted == "" || r.base == "" {
		// The sentence's earlier rate on the same base names them.
		found := false
		for _, o := range d.sentenceMentions(m) {
			if o.Span.Start >= m.Span.Start {
				break
			}
			on := len(o.Text) - len(strings.TrimLeft(o.Text, "0123456789,."))
			if p, ok := d.readRate(o.Span.Start+on, m.Span.Start); ok && on > 0 && p.n == r.n && p.counted != "" && (p.base != "" || r.base == "") {
				r, found = p, true
			}
		}
		if !found && r.counted == "" && r.base != "" {
			r.counted, found = d.rateCounted(m)
		}
		if !found {
			return
		}
	}
	q, _, err := indicators.ParseStated(m.Text[:num])
	if err != nil || q.Value.String() != ind.Quantity.Value.String() {
		return
	}
	per := strings.TrimSpace(r.n + " " + r.base) // "8.1 people per 100,000 in the population": no plural base noun
	if slices.Contains(vocab.RateNouns, r.base) && m.Unit == (indicators.Unit{Kind: indicators.Count, Name: r.counted, Per: per}) {
		return // "9.4 deaths per 1,000 population": the figure's own words carry the rate
	}
	ind.Stated, ind.Quantity.Value = strings.TrimSpace(m.Text[:num]), q.Value
	ind.Unit = indicators.Unit{Kind: indicators.Count, Name: r.counted, Per: per}
	cl.fieldNotes["unit"] = fmt.Sprintf("%s per %s: a rate, written apart from its figure", r.counted, per)
	declare(cl.fieldNotes, "unit", "unit/rateUnit")
}

// rateOfCounted matches the counted noun a rate names before its figure,
// lower case: "the rate of searches for men was", "the highest rate of
// arrests, at".
var rateOfCounted = lazyRegexp(`\brates?\s+of\s+([a-z-]{3,}s)\b`)

// rateCounted returns what a bare rate m ("88.8 per 10,000 of the
// population") counts when its own words do not say: the noun of "rate
// of" before it in its sentence ("The rate of searches for men was
// 159.9 per 10,000"), or else the counted noun of the count before it in
// its sentence that the rate restates ("529,475 searches …, which equates
// to 88.8 per 10,000").
func (d *docDraft) rateCounted(m Mention) (string, bool) {
	before := strings.ToLower(joinBroken(d.src.Text[m.Sentence.Start:m.Span.Start]))
	if g := rateOfCounted.FindAllStringSubmatch(before, -1); g != nil {
		return indicators.Singular(g[len(g)-1][1]), true
	}
	o, ok := d.lastBeforeIn(m, nil)
	if !ok || o.Unit.Kind != indicators.Count || o.Unit.Name == "" || o.Unit.Per != "" {
		return "", false
	}
	return o.Unit.Name, true
}

// timeRateUnit drafts a figure "per" a span of time that names nothing
// counted ("57,100 and 56,400 per day", one "per day" for two figures),
// which verify refuses as written: the bare figure, with the unit of the
// nearest plural noun before it in its sentence that is no span of time
// ("busiest months for attendances with …": attendance per day); with no
// such noun, the bare figure and a note to name what it counts.
func (d *docDraft) timeRateUnit(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.Kind != indicators.NoUnit || ind.Unit.Name != "" || ind.Unit.Per == "" || !slices.Contains(vocab.Durations, ind.Unit.Per) {
		return
	}
	num := len(m.Text) - len(strings.TrimLeft(m.Text, "0123456789,."))
	if num == 0 || !strings.Contains(strings.ToLower(m.Text[num:]), " per "+ind.Unit.Per) {
		// "41 a week" of "opening hours" is drafted as written.
		return
	}
	q, _, err := indicators.ParseStated(m.Text[:num])
	if err != nil || q.Value.String() != ind.Quantity.Value.String() {
		return
	}
	per := ind.Unit.Per
	ind.Stated, ind.Quantity.Value = strings.TrimSpace(m.Text[:num]), q.Value
	d.nameTimeRate(cl, m, flatText(m.Text), per)
}

// nameTimeRate gives a figure "per" a span of time that names nothing
// counted the unit of the nearest plural noun before it in its sentence
// that is no span of time, or a note to name it; written is the figure
// as the text writes it.
func (d *docDraft) nameTimeRate(cl *claim, m Mention, written, per string) {
	ind := &cl.ind
	ind.Unit = indicators.Unit{}
	before := strings.Fields(strings.ToLower(d.src.Text[m.Sentence.Start:m.Span.Start]))
	for i := len(before) - 1; i >= 0; i-- {
		w := strings.Trim(before[i], ",;:()“”\"'")
		if len(w) < 4 || auxiliaries[w] || !vocab.IsPlural(w) {
			continue
		}
		one := indicators.Singular(w)
		if slices.Contains(vocab.Durations, one) || vocab.RatePhrases[one] != nil {
			continue // "the busiest months": a span, not what is counted
		}
		ind.Unit = indicators.Unit{Kind: indicators.Count, Name: one, Per: per}
		cl.fieldNotes["unit"] = fmt.Sprintf("%s per %s: %q names nothing counted; %q is the nearest noun before it", one, per, written, w)
		declare(cl.fieldNotes, "unit", "unit/nameTimeRate#1")
		return
	}
	cl.fieldNotes["unit"] = fmt.Sprintf("%q names nothing counted: write unit: <what it counts> per %s", written, per)
	declare(cl.fieldNotes, "unit", "unit/nameTimeRate#2")
}

// perApartRE matches a span of time a count is "per", written apart from
// its figure by a word or two: " recorded per day", " per day" after a
// figure joined to the next ("57,100 and 56,400 per day").
var perApartRE = lazyRegexp(`^\s+(?:[a-z]+\s+)?per\s+([a-z]+)\b`)

// perApart gives a count the span of time its clause says it is "per"
// when the figure parser left it apart (drafts77), as rateUnit does for a
// base: "48,800 attendances recorded per day" is 48,800 attendance per
// day; the first of "57,100 and 56,400 per day" is per day too, and names
// what it counts as timeRateUnit does.
func (d *docDraft) perApart(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	// The scanner reads a rate said after the count's participle or verb
	// (clauseRate: "75,000 appointments scheduled per working day"), and
	// leaves it out of the figure's words.
	apart := ind.Unit.Per != "" && m.Unit.Per == ind.Unit.Per && !strings.Contains(m.Text, " per ") &&
		strings.Contains(strings.ToLower(text[m.Span.End:m.Sentence.End]), " "+ind.Unit.Per)
	if ind.Unit.Per != "" && !apart || ind.Unit.Kind != indicators.Count && !ind.Unit.IsZero() {
		return
	}
	num := len(m.Text) - len(strings.TrimLeft(m.Text, "0123456789,."))
	if num == 0 {
		return
	}
	if apart {
		if q, _, err := indicators.ParseStated(m.Text[:num]); err == nil && q.Value.String() == ind.Quantity.Value.String() {
			ind.Stated = strings.TrimSpace(m.Text[:num])
			cl.fieldNotes["unit"] = fmt.Sprintf("%s per %s: the rate its clause says after the count's noun", ind.Unit.Name, ind.Unit.Per)
			declare(cl.fieldNotes, "unit", "unit/perApart#1")
		}
		return
	}
	if ind.Unit.Kind == indicators.Count && ind.Unit.Name != "" {
		g := perApartRE.FindStringSubmatch(joinBroken(text[m.Span.End:m.Sentence.End]))
		if g == nil || durationMonths[g[1]] == 0 {
			return
		}
		q, _, err := indicators.ParseStated(m.Text[:num])
		if err != nil || q.Value.String() != ind.Quantity.Value.String() {
			return
		}
		ind.Stated, ind.Quantity.Value = strings.TrimSpace(m.Text[:num]), q.Value
		ind.Unit.Per = g[1]
		cl.fieldNotes["unit"] = fmt.Sprintf("%s per %s: %q, the span written after the figure", ind.Unit.Name, g[1], "per "+g[1])
		declare(cl.fieldNotes, "unit", "unit/perApart#2")
		return
	}
	// The first of two figures joined by "and" or "or", the second per a
	// span of time with no noun.
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End {
			continue
		}
		between := strings.TrimSpace(text[m.Span.End:o.Span.Start])
		if (between == "and" || between == "or") && o.Unit.Name == "" && durationMonths[o.Unit.Per] > 0 && m.Unit.IsZero() {
			d.nameTimeRate(cl, m, flatText(text[m.Span.Start:o.Span.End]), o.Unit.Per)
		}
		return
	}
}
