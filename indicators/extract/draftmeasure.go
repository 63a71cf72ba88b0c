package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// What a number of things measures (measure20). The genre's rule: things
// that exist at a moment are a stock, things that happen over a span a
// flow, and a number that is neither (30 countries, 168 of the 650
// constituencies) a count; the figure's own clause says which, read in
// this order:
//
//   - its time: a moment ("as at 31 March", "At the end of 2018, there
//     were", "at December 2022") or a state its things are held in ("2,890
//     active and 1,461 on hold", "outstanding") makes a stock;
//   - its verb: things made, done or come over the span are a flow —
//     "new" things ("15,000 hectares of new woodland", "1,646,609 new
//     motor vehicles"), the object of a verb of doing ("England planted
//     4,550 ha", "admitted 469,200 persons"), the subject of one or of its
//     participle ("223 people died that year", "7,700 hectares being
//     created", "2,782 procedures performed", "38,418 children were
//     referred") — and things in a state a participle names ("69,565
//     students were enrolled", "persons sentenced to a year") a stock;
//     The doers of a deed with an object ("285 firms registered and
//     reported data") are counted, no flow by the verb, unless they are
//     people the deed befalls or things moved in or out of a group
//     ("joined the register", "the number of people leaving"), a flow;
//   - its list's lead-in: an item with no verb of its own is the object
//     of a verb of doing that ends the lead-in ("In 2018-19 we
//     received:"), a flow;
//   - its counted noun: a noun of events (births, referrals, journeys) is
//     a flow; a noun of people or things held (officers, claimants,
//     registrations on a register, enrolments, a caseload), stated as held
//     ("there were", "was", "from 17,890 to 20,085"), a stock.
//
// Before all of these, the figure's own words of a whole or a change
// ("% of", "rose by", "rising by", "per") decide (measureOf,
// countedClaim, kindsClaim); after them, the document's other readings
// of the same noun (countsLikeTheirWhole). countedMeasure is the one
// decider of a number of counted things (measure39): it reads, first,
// what its unit and clause head say (a rate per a base, a span of time —
// time used, "days spent", a flow —, an average), then its time, its
// verb, its list's lead-in, and last the events or noun it counts; only
// a count at a day the text dates later (countsAtADay) and the
// document's other readings wait for the passes over the whole text.
//
// An area is land held, a stock (17 million hectares of farmland), unless
// its verb makes it land planted or created over the span. A figure that
// gives neither stays a count.

// A countedClause is what countedMeasure reads of a figure of counted
// things: all in lower case.
type countedClause struct {
	noun     string // the counted noun, singular ("" when none is read)
	figure   string // the figure as written, with its own noun ("4,351 people")
	nouned   bool   // the figure as written ends on its counted noun: an -ed word after it is a participle, no adjective
	before   string // the figure's own words before it: from the figure before, or the sentence start
	after    string // the sentence's words after the figure
	area     bool   // the figure is an area (hectares, acres)
	span     bool   // the figure's period is stated, or its sentence names a span ("during the year")
	lead     string // the clause a bracketed bare number restates: "the most new motor vehicles were registered in the second quarter"
	clause   string // the words of the figure's sentence before it, from its last semicolon: "the outstanding caseload fell by 1%, from"
	leadVerb string // the verb of doing (doneVerbs) that ends the lead-in line of the figure's list: "received" of "In 2018-19 we received:"

	// What the figure's unit and its clause's head say of it, read
	// first; only a figure drafted a bare count takes them (byUnit).
	per      string // the base of a rate ("100,000 residents"): a level
	perSpan  string // a span of time shorter than the figure's period ("day" in January): an average, a level
	timeSpan string // the span of time the figure counts with nothing between ("8.1 days"), singular
	averaged string // the average, mean or median its clause heads ("the average duration of trips")
	events   string // the words of events its phrase or clause names ("net migration", "housing starts"), and where
	nounOnly bool   // its clause's verb is no reading of its things: a count with a direction ("fell to 1,200 cases"), a count per a span
	perTime  bool   // a count per a span of time ("visitors each year"): events, never things held
}

// A measureBy says which evidence a measure was read from: the figure's
// unit or its clause's head (byUnit, taken by a bare count alone), its
// own time or verb (byClause, taken over a reading of its noun), or its
// counted noun (byNoun, the weakest).
type measureBy int

const (
	byClause measureBy = iota
	byNoun
	byUnit
)

// memberNouns are counted nouns, in the singular, of kinds, places or
// members: a number of them is a count whatever is done to them or when
// ("12 countries joined the program", "40 rural districts served", "168
// of the 650 constituencies").
var memberNouns = map[string]bool{"country": true, "nation": true, "state": true, "district": true, "island": true, "region": true,
	"market": true, "sector": true, "industry": true, "authority": true, "constituency": true, "council": true, "municipality": true,
	"county": true, "province": true, "territory": true, "city": true, "town": true, "village": true, "member": true, "partner": true,
	"kind": true, "type": true, "category": true, "species": true, "economy": true}

// doneVerbs are the verbs, in the past tense, whose object is a number of
// things done, made or come over a period: "admitted 469,200 persons",
// "than they released that year (448,400)", "England planted 4,550 ha",
// "has created 73% (15,040 ha)"; land burned, cleared or felled over the
// span ("5,939 fires burned 1,035,963 acres") is an area done, a flow.
var doneVerbs = []string{"admitted", "released", "discharged", "received", "sold", "started", "completed", "approved", "issued",
	"granted", "registered", "recorded", "reported", "arrived", "visited", "treated", "hired", "recruited", "removed", "deported",
	"returned", "created", "planted", "built", "opened", "performed", "transported", "carried", "delivered", "donated", "launched",
	"burned", "burnt", "cleared", "felled", "harvested", "determined", "processed", "resolved", "investigated", "handled", "awarded",
	"inspected", "answered"}

// doneGap are the words of a time that may stand between a verb of
// doneVerbs and the count it counts, with a year (doneBefore): "released
// that year (", "designs were registered in 2023 with 77,254".
var doneGap = map[string]bool{"that": true, "this": true, "the": true, "last": true, "same": true, "year": true, "month": true,
	"quarter": true, "week": true, "day": true, "period": true, "in": true, "during": true, "a": true, "total": true, "of": true, "with": true}

// irregularDone are past participles of doing that do not end in -ed:
// "journeys were made", "homes sold", "people died" is read by its -ed.
var irregularDone = map[string]bool{"made": true, "taken": true, "done": true, "given": true, "sold": true, "sent": true, "paid": true,
	"built": true, "seen": true, "born": true, "driven": true, "flown": true, "ridden": true, "grown": true, "won": true, "lost": true, "brought": true, "caught": true, "undertaken": true,
	"lent": true, "spent": true, "bought": true, "written": true, "withheld": true, "stolen": true, "heard": true, "dealt": true, "sought": true,
	// and "saw", the simple past of seeing, by which people are counted
	// as served over a window ("half of all adults (21.96m) saw an NHS
	// dentist in the 24 months to June"); other simple pasts ("went",
	// "came") count attendance a hand catalog may write a count.
	"saw": true}

// stateParticiples are the words after a counted noun that end in -ed
// but name no doing of the span: a state ("persons aged 65", "people
// affected"), a change or a level of the figure ("increased",
// "totalled"), or the report's own looking ("the sectors reviewed in this
// report", "the 10 years studied"). heldParticiples name a state held,
// a stock.
var stateParticiples = map[string]bool{"aged": true, "based": true, "related": true, "married": true, "disabled": true, "retired": true,
	"unemployed": true, "needed": true, "required": true, "expected": true, "estimated": true, "projected": true, "forecast": true,
	"planned": true, "involved": true, "affected": true, "concerned": true, "listed": true, "known": true, "classed": true,
	"classified": true, "defined": true, "considered": true, "described": true, "identified": true, "included": true,
	"recorded": true, "reported": true, "compared": true, "increased": true, "decreased": true, "rose": true, "fell": true,
	"declined": true, "dropped": true, "remained": true, "stood": true, "totalled": true, "totaled": true, "numbered": true,
	"reached": true, "exceeded": true, "looked": true, "recovered": true, "rated": true, "assessed": true, "surveyed": true,
	"reviewed": true, "studied": true, "analysed": true, "analyzed": true, "mentioned": true, "named": true, "educated": true,
	"counted": true, "found": true, "threatened": true, "averaged": true, "served": true, "supported": true,
	"accounted": true, "amounted": true, "comprised": true, "consisted": true, "contained": true}

// spanDoneParticiples are the words of stateParticiples that name a
// doing, not a state, where a span of time follows them (spanFirstRe):
// "notices served this year", "crimes recorded in 2022", "cases reported
// during the year", "people supported in 2023-24".
var spanDoneParticiples = map[string]bool{"served": true, "recorded": true, "reported": true, "identified": true, "found": true,
	"assessed": true, "reviewed": true, "counted": true, "supported": true, "surveyed": true}

// spanFirstRe matches a span of time that opens the words after a
// participle: "this year", "in 2020/21", "during the year", "in the
// quarter to June", "last month".
var spanFirstRe = lazyRegexp(`^(?:(?:this|that|last|the same|each|every) (?:year|quarter|month|week|period)|(?:in|during|over|throughout) (?:the )?(?:(?:financial|calendar|academic|school|same|last|previous) )?(?:year|quarter|month|week|period|(?:19|20)\d\d)\b)`)

// pairedBracketRe matches the opening of a bracket that gives a figure
// and then the count after it: "(25%; ", "(6%, ".
var pairedBracketRe = lazyRegexp(`^\(\s*[-+]?[\d.,]+\s*(?:%|per cent|percent)?\s*[;,]\s*$`)

// spanDoneIn returns the participle of a doing set in a span in s, the
// clause a bracket restates ("the most common nationality referred this
// year was uk"), with the span's words after it: "referred this year";
// or "". A state (stateParticiples, heldParticiples) is none, but for
// the doings spanDoneParticiples names.
func spanDoneIn(s string) string {
	f := strings.Fields(s)
	for i, w := range f {
		if !(irregularDone[w] || len(w) > 3 && strings.HasSuffix(w, "ed")) || heldParticiples[w] || stateParticiples[w] && !spanDoneParticiples[w] {
			continue
		}
		if spanFirstRe.MatchString(strings.Join(f[i+1:], " ")) {
			return w + " " + strings.Join(f[i+1:min(len(f), i+3)], " ")
		}
	}
	return ""
}

// heldStateRe matches the words right after a count that name a state
// its things are held in at a moment: "2,890 active", "1,461 on hold",
// "4,351 people on wait lists", "cases outstanding".
var heldStateRe = lazyRegexp(`^[)\s]*(?:[a-z-]+\s+){0,2}?(active|inactive|outstanding|on hold|on (?:the |a )?(?:wait(?:ing)? lists?|register|roll|books)|in (?:post|custody|prison|care|force)|looked after|under (?:consideration|investigation|review|construction|offer)|(?:still )?available)(?:\d\b|\b)`)

// surveyMomentRe matches the moment a survey or census reads what it
// counts, after the count: "were uninsured at the time of interview", "at
// the time of the survey".
var surveyMomentRe = lazyRegexp(`^[^.;|]{0,60}?\b(at the time of (?:the |their )?(?:interview|survey|census|count|snapshot))\b`)

// censusMomentRe matches the moment of a count taken on one day, in the
// figure's own words before it: "At the October 2020 census point, there
// were", "compared to the September 2020 census point when", "on census
// day": what it counts is held then, a stock, whatever its verb ("994
// people delayed").
var censusMomentRe = lazyRegexp(`\b((?:census|snapshot|count) (?:point|date|day|night))\b`)

// totalTimeRe matches a total of time in the clause before a span of
// time: "the total duration (hours) of", "total hours", "the total time
// lost".
var totalTimeRe = lazyRegexp(`\btotal (?:duration|time|hours|days|weeks)\b`)

// pastAside returns after, the words after a count, past a bracketed
// figure that opens them and restates the count ("(61.2%) were
// completed" → " were completed"), or after as it is: an aside of words
// ("(aged three years and over) stated") is the noun's.
func pastAside(after string) string {
	if g := leadingAsideRe.FindStringIndex(after); g != nil {
		return " " + after[g[1]:]
	}
	return after
}

// leadingAsideRe matches a bracketed figure, with no bracket inside,
// that opens the words after a count: " (61.2%)", " (8.8%)".
var leadingAsideRe = lazyRegexp(`^\s*\(\s*[-+−]?[\d.,]+[^()a-z]*\)`)

// stockMomentBefore matches a moment in the figure's own words before it
// that dates a stock: "At 31 March 2015,", "at the end of 2018, there
// were", "at December 2022", "as at 30 June"; a day after "on" ("On 31
// March 2023 2,480 people were waiting") when no verb of doing follows
// the count ("On 12 May 300 people were evacuated" counts a day's events).
var stockMomentBefore = lazyRegexp(`(?i)\b((?:` + stockAtWords + `|at|at yearend|at year-end) (?:\d{1,2} )?(?:` + monthAlt + `|(?:19|20)\d\d)|on \d{1,2} (?:` + monthAlt + `)|at (?:yearend|year-end))\b`)

// heldSubjectRe matches the words of a clause's subject that name
// things held in a state at a moment, for a bare number the clause moves
// or gives: "the outstanding caseload fell by 1%, from 62,994", "the
// backlog stood at 3,100", "the waiting list grew to".
var heldSubjectRe = lazyRegexp(`\b(outstanding|backlog|caseload|waiting lists?|wait lists?|on hold|in custody|in post)\b`)

// newAfterRe matches "new" or "newly" in the noun phrase of a figure:
// "15,000 hectares (ha) of new woodland", "1,646,609 new motor vehicles",
// "300 newly registered".
var newAfterRe = lazyRegexp(`^[\d,.\s]*(?:[a-z]+\s+){0,2}?(?:\([^)]*\)\s*)?(?:of\s+)?(?:the\s+)?(?:[a-z-]+\s+){0,1}?(new|newly)\b`)

// pointedSpanRe matches a span a figure's sentence points to, beside
// ownSpanRe's: with no date, "223 people died that year", "last year";
// or a year, "were used in 2010", "in financial year 2018-19".
var pointedSpanRe = lazyRegexp(`(?i)\b(?:(?:that|last|this|the same) (?:year|quarter|month)|(?:in|during|over) (?:the )?(?:(?:financial|calendar|academic|school) year )?(?:19|20)\d\d)\b`)

// passiveDoneRe matches a passive verb of doing in the clause a bracketed
// number restates: "the most new motor vehicles were registered in the
// second quarter (486,592)". Group 1 is the participle.
var passiveDoneRe = lazyRegexp(`\b(?:were|was|been)\s+(?:[a-z]+ly\s+)?([a-z]{2,}ed|made|sold|built|taken)\b`)

// countedMeasure returns what a number of counted things measures, by the
// rules of this file, with why; false when its clause says nothing, so
// that the figure stays a count. byNoun reports that only the counted
// noun said it (a weaker reading than a time or a verb).
func countedMeasure(c countedClause) (k indicators.MeasureKind, why string, by measureBy, ok bool) {
	// Its unit: a rate per a base, a span of time, an average.
	switch {
	case c.per != "":
		return indicators.Level, fmt.Sprintf("a count per %s: a rate, a level", c.per), byUnit, true
	case c.perSpan != "":
		return indicators.Level, c.perSpan, byUnit, true
	case c.averaged != "":
		return indicators.Level, fmt.Sprintf("%q before the count in its clause: an average, a level", c.averaged), byUnit, true
	case c.timeSpan != "":
		// Time used over the span is a flow, the days spent or lost
		// ("33,256 days spent in hospital", "the number of days spent …
		// (46,240)", "4,000 hours worked"); any other span of time is how
		// long something lasts, a level ("took 8.9 days", "nine hours
		// each", "delayed more than three days").
		v, held := verbAfter(pastNoun(c.after, c.timeSpan), true, false)
		if v == "" && c.lead != "" {
			v, held = doneSubject(c.clause)
		}
		if v != "" && !held {
			return indicators.Flow, fmt.Sprintf("%s, %q: time used over a span, a flow", indicators.Plural(c.timeSpan), v), byUnit, true
		}
		if g := totalTimeRe.FindString(c.clause); g != "" {
			// "The total duration (hours) of monitored spills in 2023 was
			// 3,606,170": durations summed over the span add up like
			// events, a flow.
			return indicators.Flow, fmt.Sprintf("%s, %q before it: durations summed over a span, a flow", indicators.Plural(c.timeSpan), g), byUnit, true
		}
		return indicators.Level, fmt.Sprintf("%s: a span of time, a duration, a level", indicators.Plural(c.timeSpan)), byUnit, true
	}
	if memberNouns[c.noun] {
		return indicators.CountKind, fmt.Sprintf("%s: kinds, places or members, a count", indicators.Plural(c.noun)), byClause, true
	}
	if c.nounOnly {
		return nounReading(c)
	}
	// Its time: a moment or a state held. A bracketed aside right after
	// the count ("28.2 million (8.8%) persons … were uninsured",
	// "197,277 (61.2%) were completed") restates it, and the words past
	// it are the count's own.
	after := pastAside(c.after)
	if g := stockAtAfter.FindStringSubmatch(after); g != nil {
		return indicators.Stock, fmt.Sprintf("%q after the count: things at a moment, a stock", g[1]), byClause, true
	}
	if g := surveyMomentRe.FindStringSubmatch(after); g != nil {
		return indicators.Stock, fmt.Sprintf("%q after the count: things at the moment a survey or census reads them, a stock", g[1]), byClause, true
	}
	if g := stockMomentBefore.FindStringSubmatch(c.before); g != nil && (!strings.HasPrefix(strings.ToLower(g[1]), "on ") || !doneAfter(after)) {
		return indicators.Stock, fmt.Sprintf("%q before the count: things at a moment, a stock", g[1]), byClause, true
	}
	if g := censusMomentRe.FindStringSubmatch(c.before); g != nil {
		return indicators.Stock, fmt.Sprintf("%q before the count: things at the moment a census reads them, a stock", g[1]), byClause, true
	}
	if g := heldStateRe.FindStringSubmatch(after); g != nil {
		return indicators.Stock, fmt.Sprintf("%q: things held in a state at a moment, a stock", g[1]), byClause, true
	}
	// Its verb: things done by a verb of a release's counting ("builders
	// completed 1,294,000 homes"), or new, done or come over a stated span;
	// with no span ("four new clinics", "nurses have been hired") a count.
	if v := doneBefore(c.before); v != "" {
		return indicators.Flow, fmt.Sprintf("%q before the count: things done over a span, a flow", v), byClause, true
	}
	if v := objectOf(c.before, holdingVerbs); v != "" && !(strings.HasPrefix(v, "ha") && nounFlow(c.noun)) {
		return indicators.Stock, fmt.Sprintf("%q before the count: things held, a stock", v), byClause, true
	}
	v, held := verbAfter(pastNoun(after, c.noun), c.nouned, slices.Contains(vocab.PeopleNouns, lastWord(c.noun)))
	switch {
	case held:
		return indicators.Stock, fmt.Sprintf("%q after the count: things held in a state, a stock", v), byClause, true
	case v != "" && (c.span || !perfectRe.MatchString(pastNoun(after, c.noun))):
		// The things are the subject of a verb of doing, or of its
		// participle after their noun: "requests received", "samples were
		// collected", "223 people died"; done in the past, so over the
		// release's span even where the sentence names none. Done by now
		// ("nurses have been hired") with no span is a count to date.
		return indicators.Flow, fmt.Sprintf("%q after the count: things done over a span, a flow", v), byClause, true
	case c.leadVerb != "" && v == "":
		// An item of a list whose lead-in ends on a verb of doing ("In
		// 2018-19 we received:", "Inspectors approved:") is its object,
		// with no verb of its own.
		return indicators.Flow, fmt.Sprintf("%q ends the lead-in of its list: things done over a span, a flow", c.leadVerb), byClause, true
	}
	if g := movedNumberRe.FindStringSubmatch(c.clause); g != nil && moveVerbs[g[1]] {
		// "the number of people leaving the register … fell to 21,306":
		// things moved into or out of a group over the span.
		return indicators.Flow, fmt.Sprintf("%q before the figure: things moved in or out over a span, a flow", g[0]), byClause, true
	}
	if c.span {
		if g := newAfterRe.FindStringSubmatch(c.figure + c.after); g != nil {
			return indicators.Flow, fmt.Sprintf("%q: things new over a span, a flow", g[1]), byClause, true
		}
		if g := passiveDoneRe.FindStringSubmatch(c.lead); g != nil && !stateParticiples[g[1]] && !heldParticiples[g[1]] {
			return indicators.Flow, fmt.Sprintf("%q before the bracket: things done over a span, a flow", g[0]), byClause, true
		}
		if w := spanDoneIn(c.lead); w != "" {
			return indicators.Flow, fmt.Sprintf("%q before the bracket: things done over a span, a flow", w), byClause, true
		}
		if n := doneNounBefore(c.before); n != "" {
			return indicators.Flow, fmt.Sprintf("%q before the figure: things done over a span, a flow", n), byClause, true
		}
		if g, held := doneSubject(c.clause); g != "" && held {
			return indicators.Stock, fmt.Sprintf("%q before the figure: things held in a state, a stock", g), byClause, true
		} else if g != "" {
			return indicators.Flow, fmt.Sprintf("%q before the figure: things done over a span, a flow", g), byClause, true
		}
	}
	if c.area {
		return indicators.Stock, "an area, no verb of planting or creating: land held, a stock", byClause, true
	}
	// Its clause's subject held in a state, with no verb of the figure's
	// own: "the outstanding caseload fell by 1%, from 62,994".
	if g := heldSubjectRe.FindStringSubmatch(c.clause); g != nil && c.noun == "" {
		return indicators.Stock, fmt.Sprintf("%q in the clause: things held in a state at a moment, a stock", g[1]), byClause, true
	}
	// The events its phrase or clause names, for a bare number or a
	// generic unit ("net migration = +327,000", "housing starts increased
	// … (253,081 units)"); then its counted noun.
	return nounReading(c)
}

// besideBeforeRe matches the own words before a bare number that set
// it beside a figure before it, as the same thing of another time or
// place: "This is compared to 37.43m in 2008-09", "the equivalent number
// was 21,343"; and so does a bracket after a share a change goes from or
// to (shareEndBracketRe: "from 58.6% (6.90m)").
var besideBeforeRe = lazyRegexp(`(?:\bcompared (?:to|with)|\bagainst|\bequivalent (?:number|figure|total) (?:was|is|of))\s*$`)

// shareEndBracketRe matches a clause that ends on a bracket opened after
// the share a change goes from or to: "a slight increase from 58.6% (".
var shareEndBracketRe = lazyRegexp(`\b(?:from|to)\s+[-+]?[\d.,]+\s*(?:%|per cent|percent)\s*\(\s*$`)

// comparandMeasure returns the measure of a bare number of no counted
// noun whose own words set it beside a figure before it (besideBeforeRe,
// shareEndBracketRe):
// that of the latest flow or stock drafted before it in its paragraph,
// which it restates for another time or place — never a count, which is
// of kinds, places or members.
func (d *docDraft) comparandMeasure(m Mention, c countedClause) (indicators.MeasureKind, string, bool) {
	if c.noun != "" || m.Kind != Number || !besideBeforeRe.MatchString(strings.TrimRight(c.before, " ")) && !shareEndBracketRe.MatchString(c.clause) {
		return 0, "", false
	}
	text := d.src.Text
	para := strings.LastIndex(text[:m.Span.Start], "\n\n") + 1
	at := -1
	for start, r := range d.what.readAt {
		if start >= para && start < m.Span.Start && start > at && (r.measure == indicators.Flow || r.measure == indicators.Stock) {
			at = start
		}
	}
	if at < 0 {
		return 0, "", false
	}
	r := d.what.readAt[at]
	return r.measure, fmt.Sprintf("set beside %s before it (%q): the same %s of another time or place", strings.TrimRight(strings.Fields(text[at:])[0], ").,;:"), strings.TrimSpace(c.before), r.measure), true
}

// nounReading is the last reading of countedMeasure: the events a bare
// number's phrase or clause names, then its counted noun — events a flow,
// a holding its clause states as held (heldCount) a stock.
func nounReading(c countedClause) (indicators.MeasureKind, string, measureBy, bool) {
	if c.events != "" {
		return indicators.Flow, c.events, byNoun, true
	}
	if k, why, ok := nounMeasure(c.noun); ok && (k == indicators.Flow || !c.perTime && heldCount(c.before, c.after)) {
		return k, why, byNoun, true
	}
	if w := eventPeople(c.after); w != "" {
		return indicators.Flow, fmt.Sprintf("%q after the count: people taken up in events over a span, a flow", w), byClause, true
	}
	return 0, "", byClause, false
}

// eventPeopleRe matches the words after a count of people that tie them
// to events over a span: "workers involved in major work stoppages that
// began in 2023", "367,800 workers were idled beginning in the year".
var eventPeopleRe = lazyRegexp(`^\W*(?:(?:were|was|had been|have been)\s+)?(?:idled|laid off|involved in (?:[a-z-]+\s+){0,3}?([a-z-]+s))\b`)

// eventPeople returns the words of after (a count's words after it, lower
// case) that make the people it counts a number taken up in events
// over a span ("involved in major work stoppages", "were idled"), or
// "": people involved in events (a noun of events, lexicon.EventNoun's
// or reportedEvents') come and go with them, a flow.
func eventPeople(after string) string {
	g := eventPeopleRe.FindStringSubmatch(strings.ToLower(after))
	if g == nil {
		return ""
	}
	if g[1] != "" {
		head := strings.TrimSuffix(g[1], "s")
		if !vocab.EventNoun(head) && !reportedEvents[head] {
			return ""
		}
	}
	return strings.TrimSpace(strings.TrimLeft(g[0], " \t,;:"))
}

// perfectRe matches a verb in the present perfect after a count's noun:
// "have been hired", "has opened".
var perfectRe = lazyRegexp(`^\W*(?:[a-z-]+\s+){0,2}?(?:have|has)\b`)

// pastNoun returns after, the words after a figure, past the words of
// its counted noun that the figure as written left to them ("385
// firearms" + " certificates that were revoked").
func pastNoun(after, noun string) string {
	nw := strings.Fields(noun)
	f := strings.Fields(after)
	i := 0
	for i < len(f) && i < 3 && (slices.Contains(nw, f[i]) || slices.Contains(nw, indicators.Singular(f[i]))) {
		i++
	}
	// The rest of the noun's of-phrase, up to its verb: "39.72m courses"
	// + " of treatment were completed" (the phrase ends at its verb).
	if i < len(f) && f[i] == "of" && len(nw) > 0 {
		j := i + 1
		for j < len(f) && j < i+3 && !strings.ContainsAny(f[j], ",;:.()") && !ofPhraseEnd[f[j]] && !strings.HasSuffix(f[j], "ed") {
			j++
		}
		if j > i+1 && j < len(f) && ofPhraseEnd[f[j]] {
			i = j
		}
	}
	if i == 0 {
		return after
	}
	return " " + strings.Join(f[i:], " ")
}

// ofPhraseEnd are the auxiliaries that end a counted noun's of-phrase:
// "courses of treatment were completed".
var ofPhraseEnd = stopSet(classCopulas | classHaveForms)

// doneSubjectRe matches a noun and the participle of a doing after it,
// with the preposition that opens the participle's phrase, in the words
// of a clause before its figure: "the number of animals used in 2010
// was", "the amount lent to borrowers rose to", "net repayments posted
// to accounts reached". Group 1 is the noun, group 2 the participle.
var doneSubjectRe = lazyRegexp(`\b([a-z]{3,}s|amount|number|total|value|volume|sum)\s+([a-z]+)\s+(?:to|in|by|during|from|for|within|on|at|over|under|across|between|through|since)\b`)

// notSubjectNouns are the words doneSubjectRe's noun may match that
// name no things: "was", "has", "this", "as".
var notSubjectNouns = stopSet(classCopulas|classHaveForms|classDemonstratives|classPossessives|classDoForms, "as", "thus", "always", "perhaps", "whereas", "besides")

// doneSubject returns the noun and participle of a doing (doneSubjectRe)
// in the clause's words before its figure — a state (stateParticiples)
// is none — where the noun is a number or amount of what the figure
// counts ("the amount lent to", "the number of organs used for"); and
// whether the participle names a state held (heldParticiples). "" when
// there is none. Things a participle follows with no number or amount
// before them ("homes connected to") may be others than the figure's.
func doneSubject(clause string) (string, bool) {
	all := doneSubjectRe.FindAllStringSubmatchIndex(clause, -1)
	for i := len(all) - 1; i >= 0; i-- {
		ix := all[i]
		n, p := clause[ix[2]:ix[3]], clause[ix[4]:ix[5]]
		if notSubjectNouns[n] || stateParticiples[p] || !irregularDone[p] && !heldParticiples[p] && !strings.HasSuffix(p, "ed") {
			continue
		}
		if !sizeNouns[n] && !amountOfRe.MatchString(clause[:ix[2]]) {
			continue
		}
		return n + " " + p, heldParticiples[p]
	}
	return "", false
}

// sizeNouns name a number or amount of the things a phrase counts:
// "the amount lent", "the total", "the number of".
var sizeNouns = map[string]bool{"amount": true, "number": true, "total": true, "value": true, "volume": true, "sum": true}

// amountOfRe matches "number of" or "amount of" and up to two words of
// the counted noun's phrase at the end of the words before that noun:
// "the number of DCD", "the total amount of".
var amountOfRe = lazyRegexp(`\b(?:number|amount|total|volume|value)s?\s+of\s+(?:[a-z-]+\s+){0,2}$`)

// doneAfter reports whether a verb of doing follows a count (verbAfter).
func doneAfter(after string) bool {
	v, held := verbAfter(after, false, false)
	return v != "" && !held
}

// holdingVerbs are the verbs, and nouns of having, whose object is a
// number of things held at a moment, a stock: "the libraries held 11.3
// million items", "had total holdings of 41.5 million books"; "had",
// "has" and "have" only of things no event noun names ("had 4,000
// deaths" counts events). People a firm employs stay a count ("Japanese
// firms employed 600,000 U.S. workers").
var holdingVerbs = []string{"held", "holds", "hold", "housed", "owned", "owns", "holdings", "had", "has", "have"}

// doneBefore returns the verb of doneVerbs whose object the figure is:
// the last word of its own words before it, or with only words of its
// time between ("than they released that year (448,400)"), or "".
func doneBefore(before string) string { return objectOf(before, doneVerbs) }

// nounFlow reports whether nounMeasure reads a counted noun a flow.
func nounFlow(noun string) bool {
	k, _, ok := nounMeasure(noun)
	return ok && k == indicators.Flow
}

// objectOf returns the word of verbs whose object the figure is: the
// last word of its own words before it, or with only words of its time
// or a hedge between, or "".
func objectOf(before string, verbs []string) string {
	own := strings.Fields(before)
	for i := len(own) - 1; i >= max(0, len(own)-4); i-- {
		w := strings.Trim(own[i], ",;:()")
		if slices.Contains(verbs, w) {
			return w
		}
		if w != "" && !doneGap[w] && !hedgeWords[w] && !yearWord(w) {
			break
		}
	}
	return ""
}

// countedNounBefore returns the last plural noun of words before a bare number
// that nounMeasure knows, in the singular: "postgraduate enrolments at NI
// HEIs increased by 12% (from 17,890" counts enrolments; or "".
func countedNounBefore(before string) string {
	f := strings.Fields(before)
	for i := len(f) - 1; i >= 0; i-- {
		w := strings.Trim(f[i], ",;:()‘’'\"")
		one := indicators.Singular(w)
		if one == w {
			continue
		}
		if _, _, ok := nounMeasure(one); ok {
			return one
		}
	}
	return ""
}

// gappedItem reports whether between, the words between a figure and the
// figure before it in its sentence, as written, hold nothing but the
// names, brackets and joining words of an item of a list (", Wales ",
// " and Northern Ireland ", " (", " and "): its verb is the first
// item's.
func gappedItem(between string) bool {
	f := strings.Fields(between)
	if len(f) > 4 {
		return false
	}
	for _, w := range f {
		w = strings.Trim(w, ",;:()–—")
		if w == "" || w == "and" || w == "or" || w[0] >= 'A' && w[0] <= 'Z' {
			continue
		}
		return false
	}
	return true
}

// doneNounBefore returns the noun of an event the figure is "of", with
// a word or two between ("a woodland creation target of 16,500 ha", "the
// creation of 10,000 jobs"), or "".
func doneNounBefore(before string) string {
	f := strings.Fields(before)
	if len(f) < 2 || f[len(f)-1] != "of" {
		return ""
	}
	for i := len(f) - 2; i >= max(0, len(f)-4); i-- {
		w := strings.Trim(f[i], ",;:()")
		if k, _, ok := nounMeasure(w); ok && k == indicators.Flow && !strings.HasSuffix(w, "s") {
			return w
		}
	}
	return ""
}

// verbAfter returns the verb of the figure's things after it — past its
// noun's last words and a verb of being ("were", "being") — and whether
// it names a state held (heldParticiples) rather than a doing; "" when
// the next verb is none of doing or of a state: "223 people died that
// year", "(4.5 million) arrived by ambulance", "trees – were created",
// "procedures performed", "students were enrolled".
func verbAfter(after string, nouned, people bool) (string, bool) {
	if ix := nounListAfter.FindStringSubmatchIndex(after); ix != nil {
		after = after[ix[2]:] // "36 rats, mice, and voles were used": the list's verb
	}
	f := strings.Fields(strings.NewReplacer("–", " ", "—", " ", ")", " ").Replace(after))
	aux, present := false, false
	for i := 0; i < len(f) && i < 4; i++ {
		w := f[i]
		if strings.ContainsAny(w, ",;:(.") {
			w = strings.TrimRight(w, ",;:.")
			if strings.ContainsAny(w, ",;:(.0123456789") {
				return "", false
			}
		}
		switch {
		case i == 0 && (w == "that" || w == "which" || w == "who"):
			continue // "385 certificates that were revoked": a relative clause's verb is the things'
		case w == "are" || w == "is":
			present = true // "land is protected", "are classified": a state now, no doing
			aux = true
			continue
		case w == "were" || w == "was" || w == "been" || w == "being" || w == "have" || w == "has" || w == "had":
			present, aux = false, true
			continue
		case aux && strings.HasSuffix(w, "ly"):
			continue
		case heldParticiples[w]:
			return w, true
		case spanDoneParticiples[w] && spanFirstRe.MatchString(strings.Join(f[i+1:], " ")):
			// "(344 served this year and 210 served in 2020/21)", "cases
			// recorded in 2022": a participle of doing set in a span is
			// things done over it, where alone it may be a state
			// ("households served").
			return w, false
		case stateParticiples[w]:
			return "", false
		case irregularDone[w] || len(w) > 3 && strings.HasSuffix(w, "ed") || moveVerbs[w]:
			if present || undergoesChange(w, f[i+1:]) {
				return "", false
			}
			if !aux && !nouned && i+1 < len(f) && !strings.ContainsAny(f[i], ",;:.") && !afterDoneWords[strings.Trim(f[i+1], ",;:.")] {
				return "", false // "five designated bathing waters": an adjective of the noun
			}
			if !aux && !moveVerbs[w] && !people && !strings.ContainsAny(f[i], ",;:.") && doneObjectAfter(f[i+1:]) {
				return "", false // "285 firms registered and reported data": the doers of a deed, counted once
			}
			return w, false
		}
		return "", false
	}
	return "", false
}

// The things a figure counts may be the subject of an active verb of
// doing that has an object ("285 firms registered and reported data",
// "7 retailers showed a fall"): they are the doers, counted once, and the
// verb says what they did; a count, or what their noun makes them, never
// a flow by the verb. People (lexicon.PeopleNouns) are counted as the
// deed befalls them, a flow ("1,072 couples converted their partnership
// into a marriage"). Things
// done, made or come over a span are the verb's object ("sold 5 million
// bags"), its passive subject ("bags were sold") or the subject of a verb
// with no object ("223 people died that year", "arrived by ambulance").
// A verb of moving into or out of a group (moveVerbs) counts the things
// moved, a flow, whatever its object ("12,000 people joined the
// register").

// movedNumberRe matches the number of things a verb of moving
// (moveVerbs) governs, in the clause before a figure: "the number of
// people leaving the register", "the total of staff who joined". Group 1
// is the verb.
var movedNumberRe = lazyRegexp(`\b(?:number|total|count)s? of (?:[a-z-]+ ){1,3}?(?:(?:who|that) )?([a-z]+(?:ed|ing)|left|quit)\b`)

// moveVerbs are the verbs, past and present participle, of things moving
// into or out of a group or place: their subjects counted are a flow.
var moveVerbs = map[string]bool{"joined": true, "joining": true, "left": true, "leaving": true, "entered": true, "entering": true,
	"exited": true, "exiting": true, "quit": true, "quitting": true, "moved": true, "moving": true, "migrated": true, "migrating": true,
	"emigrated": true, "emigrating": true, "immigrated": true, "immigrating": true, "resigned": true, "resigning": true}

// notObjectWords open the words after a verb that are no object of it: a
// preposition, a conjunction, a relative pronoun, or an adverb of time,
// place or degree ("died yesterday", "arrived overseas").
var notObjectWords = stopSet(classPrepositions|classConjunctions|classRelativePronouns|classCopulas, "yesterday", "today", "annually",
	"again", "overall", "altogether", "there", "here", "then", "too", "also", "as", "so", "far", "abroad", "overseas", "home",
	"together", "alone", "each", "every", "per", "last", "earlier", "later", "since", "ago", "across", "among", "between", "under",
	"over", "during", "within", "throughout", "through", "around", "into", "onto", "toward", "towards", "via", "against", "until",
	"after", "before", "outside", "inside", "without", "including", "than")

// doneObjectAfter reports whether the words f after an active verb open its
// object: past other verbs the subject shares ("and reported"), an
// article, a possessive or a demonstrative before a noun of no time ("a
// grant", not "that year"), a number, or a noun.
func doneObjectAfter(f []string) bool {
	i := 0
	for i+1 < len(f) && (f[i] == "and" || f[i] == "or") && (irregularDone[f[i+1]] || strings.HasSuffix(strings.TrimRight(f[i+1], ",;:."), "ed")) {
		if strings.ContainsAny(f[i+1], ",;:.") {
			return false
		}
		i += 2 // "registered and reported data": the verbs its subject shares
	}
	for i < len(f) && len(f[i]) > 3 && strings.HasSuffix(f[i], "ly") {
		i++ // "voluntarily"
	}
	if i >= len(f) {
		return false
	}
	w := strings.Trim(f[i], ",;:.()")
	if determinerWords[w] || w == "that" {
		// "a grant", "that data show", "showed that, during": an object
		// ("died that year" is a time).
		if i+1 >= len(f) {
			return false
		}
		n := strings.Trim(f[i+1], ",;:.()")
		return durationMonths[indicators.Singular(n)] == 0 && n != "same" && n != "period" && !yearWord(n)
	}
	return w != "" && !notObjectWords[w]
}

// determinerWords open a noun phrase: an article, a possessive or a
// demonstrative.
var determinerWords = stopSet(classArticles | classPossessives | classDemonstratives)

// undergoesChange reports whether participle w and the words after it say
// that the things counted underwent a change, not that they were done:
// "16 services have seen a decrease", "300 firms experienced falls in
// sales" count the things that changed, whose number is no flow.
func undergoesChange(w string, next []string) bool {
	if w != "seen" && w != "experienced" || len(next) == 0 {
		return false
	}
	if (next[0] == "a" || next[0] == "an") && len(next) > 1 {
		next = next[1:]
	}
	n := strings.Trim(next[0], ",;:.")
	return isChangeNoun(n) || isChangeNoun(indicators.Singular(n))
}

// nounListAfter matches the rest of a list of counted nouns right after
// a count, up to the verb of being they share: ", guinea pigs, and
// rabbits were". Group 1 is the verb.
var nounListAfter = lazyRegexp(`^(?:\s*,\s*(?:(?:and|or)\s+)?[a-z-]+(?:\s+[a-z-]+){0,2}?)+\s+((?:were|was|are|is|had been|have been)\b)`)

// afterDoneWords are the words that may follow a verb of doing right
// after a count, where a word of a noun phrase would follow an adjective
// ("223 people died that year", "arrived by ambulance", "performed in
// Canada", not "five designated bathing waters").
var afterDoneWords = stopSet(classPrepositions|classArticles|classDemonstratives|classRelativePronouns|classConjunctions|classPossessives, "last", "over", "during", "so", "far", "each", "every", "per")

// countedClauseOf returns what countedMeasure reads of figure m of cl. A
// figure whose own words before it name no verb — an item of a list or a
// bracket after the figure before ("England planted 4,550 ha, Wales 640
// ha", "has created 73% (15,040 ha)", "there were 46,560,452 … and
// 48,844,292 …") — reads the words of the figure it goes on from.
func (d *docDraft) countedClauseOf(cl *claim, m Mention, cs, ce int) countedClause {
	text := d.src.Text
	c := countedClause{
		figure: strings.ToLower(joinBroken(m.Text)),
		before: strings.ReplaceAll(d.ownPart(m), "(", "( "),
		after:  strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End])),
		area:   m.Kind == Measure && areaUnits[cl.ind.Unit.String()],
		span:   cl.ind.Period.IsStated() || ownSpanRe.MatchString(text[m.Sentence.Start:m.Sentence.End]) || pointedSpanRe.MatchString(text[m.Sentence.Start:m.Sentence.End]),
	}
	c.nouned = m.Kind == Count && !m.Unit.IsZero()
	c.clause = strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if i := strings.LastIndexByte(c.clause, ';'); i >= 0 {
		c.clause = c.clause[i+1:]
	}
	if line, _, ok := leadInOf(text, m.Span.Start); ok {
		if f := strings.Fields(strings.ToLower(strings.TrimSuffix(strings.TrimSpace(line), ":"))); len(f) > 0 && slices.Contains(doneVerbs, f[len(f)-1]) {
			c.leadVerb = f[len(f)-1]
		}
	}
	if b := strings.TrimRight(c.before, " "); m.Kind == Number && strings.HasSuffix(b, "(") {
		c.lead = strings.TrimSpace(strings.TrimSuffix(b, "("))
	} else if s := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])); m.Kind == Number {
		// "the most common nationality referred this year was UK (25%;
		// 4,299)": a count after its percent in one bracket restates the
		// clause before the bracket too.
		if i := strings.LastIndexByte(s, '('); i >= 0 && pairedBracketRe.MatchString(s[i:]) {
			c.lead = strings.TrimSpace(s[:i])
		}
	}
	for o := m; ; {
		p, ok := d.lastBeforeIn(o, nil)
		if !ok || p.Kind != o.Kind || p.Unit.Kind != o.Unit.Kind || !gappedItem(text[p.Span.End:o.Span.Start]) {
			break
		}
		c.before, o = strings.ReplaceAll(d.ownPart(p), "(", "( "), p
	}
	c.readUnit(d, cl, m, cs, ce, c.after)
	switch {
	case cl.ind.Unit.Kind == indicators.Count:
		c.noun = cl.ind.Unit.Name
	case m.Kind == Count && cl.ind.Unit.IsZero():
		c.noun = m.Unit.Name // "1.2 million heritage items" drafted with no unit of its own
	case m.Kind == Number && cl.ind.Unit.IsZero():
		if u, _, _, ok := d.countedNoun(m, cs); ok && u.Kind == indicators.Count {
			c.noun = u.Name
		} else {
			c.noun = countedNounBefore(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
		}
	}
	return c
}

// measureCounted sets the measure of a figure of counted things — a
// count, a rate of counted things per a base, or an area — by the one
// reading of countedMeasure: a figure drafted a bare count takes any
// reading; one drafted a flow or a stock takes none of its unit (a bare
// count's alone), nor of its counted noun alone, but one of its time or
// verb where a counted noun or a time gave it (an area too).
func (d *docDraft) measureCounted(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	u := ind.Unit
	area := m.Kind == Measure && areaUnits[u.String()]
	cur := ind.Measure
	if !area && m.Kind != Number && u.Kind != indicators.Count || cur != indicators.CountKind && cur != indicators.Flow && cur != indicators.Stock {
		return
	}
	if indicators.ProportionInWords(ind.Stated) {
		// "around half were taken forward by farmers", "one in five": a
		// proportion in words is a share of what it is said of, never a
		// count of half a thing (the model refuses one).
		if cur == indicators.CountKind {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Share, fmt.Sprintf("%q is a proportion in words: a share", ind.Stated)
			declare(cl.fieldNotes, "measure", "measure/measureCounted#1")
		}
		return
	}
	c := d.countedClauseOf(cl, m, cs, ce)
	if cur != indicators.CountKind {
		c.per, c.perSpan, c.timeSpan, c.averaged = "", "", "", ""
	}
	counted := u.Per == "" && (u.Kind == indicators.Count && durationMonths[u.Name] == 0 || u.IsZero() && (m.Kind == Number || m.Kind == Count))
	c.nounOnly = !area && !counted || ind.Quantity.Direction != indicators.NoDirection
	k, why, by, ok := countedMeasure(c)
	if !ok && cur == indicators.CountKind {
		k, why, ok = d.comparandMeasure(m, c)
	}
	switch {
	case !ok || k == cur:
		return
	case cur != indicators.CountKind && by == byNoun:
		return
	case cur != indicators.CountKind && !area && !strings.Contains(cl.fieldNotes["measure"], "a flow") && !strings.Contains(cl.fieldNotes["measure"], "a stock"):
		return // a flow or stock read by a cue of its own ("capacity added in a year")
	}
	ind.Measure, cl.fieldNotes["measure"] = k, why
	declare(cl.fieldNotes, "measure", "measure/measureCounted#2")
	if r, ok := d.what.readAt[m.Span.Start]; ok {
		r.measure = k // a later reading of the same quantity ("up from 8.1 days") takes the decided one
		d.what.readAt[m.Span.Start] = r
	}
}

// readUnit reads what the unit of figure m of cl, and the head of its
// clause, say of what it measures (countedClause's per, perSpan,
// timeSpan, averaged and events); after is its sentence's lower-case
// words after it; cs and ce bound its clause.
func (c *countedClause) readUnit(d *docDraft, cl *claim, m Mention, cs, ce int, after string) {
	ind := &cl.ind
	u := ind.Unit
	text := d.src.Text
	c.perTime = u.Per != ""
	switch {
	case u.Per != "" && !durations[u.Per]:
		c.per = u.Per
		return
	case u.Kind == indicators.Count && durationMonths[u.Name] > 0 && bareSpan(m):
		c.timeSpan = u.Name
	case averageOver(u.Per, ind.Period):
		// "48,800 attendances recorded per day" in January, "per month" in
		// 2021-Q1: an average over a longer period; "an annual rate of
		// 1,419,000" in August stays a flow, a month's at a year's pace.
		c.perSpan = fmt.Sprintf("a count per %s over %s: an average, a level", u.Per, ind.Period)
		return
	}
	if cs <= m.Span.Start && !averageOfCount(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])), after) {
		// "The average duration of overseas trips … fell from 8.1 nights":
		// a count per one of what the clause averages (bulletinRateHeads
		// past "rate" and "ratio": an annual rate of sales is a flow at a
		// year's pace).
		c.averaged = firstPhrase(strings.ToLower(joinBroken(text[cs:m.Span.Start])), bulletinRateHeads[2:])
	}
	// "net migration = +327,000", "Immigration of EU citizens (268,000)":
	// a number whose counted words (countedNoun) name events; "housing
	// starts increased … (253,081 units)": a bare number or a generic
	// unit counts the events its clause, or its sentence before it,
	// names ("sales in seven of the 10 markets" counts markets).
	fromClause := false
	if m.Kind == Number && m.Unit.IsZero() {
		if _, np, _, ok := d.countedNoun(m, cs); ok && np != "" {
			if firstPhrase(strings.ToLower(np), eventNouns) != "" {
				c.events = fmt.Sprintf("%q, what the number counts: events counted over a period, a flow", np)
				return
			}
			_, _, own := headNounPhrase(text, m.Span.End, m.Sentence.End)
			fromClause = !own
		}
	}
	if genericCountNouns[u.Name] || u.IsZero() || fromClause {
		if e := firstPhrase(strings.ToLower(joinBroken(text[cs:ce])), eventNouns); e != "" {
			c.events = fmt.Sprintf("%q: events counted over a period, a flow", e)
		} else if e := firstPhrase(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])), eventNouns); e != "" {
			c.events = fmt.Sprintf("%q before the figure: events counted over a period, a flow", e)
		}
	}
}

// genericCountNouns are counted nouns that name no kind of thing by
// themselves: "253,081 units", "6.7 billion items" count what their
// clause names ("housing starts", "parcel traffic").
var genericCountNouns = map[string]bool{"unit": true, "item": true}

// What a percentage measures (measure20). The genre's rule: a percent of
// a whole is a share, a percent difference between times a change, and
// a percentage-point difference a change in a share; a change word makes
// a percentage a change only where it governs the figure, in the
// figure's own words. So a percentage is a share where its own words
// name its whole ("About 19% of Australia's electricity", "In 46% of
// local authorities the number decreased"), or make it a level a change
// goes from or to ("has now declined to under 40%", "from a series peak
// of 57%", "the SILC 2021 estimate of 11.8%"), or call it a rate ("the
// 43.3% (Table S1) rate achieved"), whatever change word its clause
// holds; and a change where it is written with a minus sign ("pickup
// trucks (-6.5%)"), or restates in brackets a change to a level
// ("increased … to £140,000 (2.5%)").

// ofWholeAfter matches the words right after a percentage that name its
// whole: " of Australia's electricity", " of the fuel mix", " of all new
// woodland".
var ofWholeAfter = lazyRegexp(`^\s*\)?\s*of\s+(?:the\s+|all\s+|its\s+|their\s+|our\s+)?[a-z]`)

// levelBeforeRe matches the words right before a percentage that make it
// a level, not the size of a change: "declined to", "from a series peak
// of", "the SILC 2021 estimate of" — "to", "from" or a noun's "of" that is
// no noun of change ("an increase of 33%" is a change).
var levelBeforeRe = lazyRegexp(`(?:\b(?:to|from)|\b([a-z]+) of)\s+(?:(?:about|around|nearly|almost|over|under|just|some|approximately|more|less|than)\s+)*$`)

// rateAfterRe matches a percentage called a rate right after it, past a
// bracket: "43.3% (Table S1) rate achieved".
var rateAfterRe = lazyRegexp(`^\s*(?:\([^)]*\)\s*)?rate\b`)

// percentMeasure returns what a percentage measures by its own words
// (ownBefore, the lower-case words before it back to the figure before or
// its clause start; after, those after it), and why; false leaves the
// measure the clause's cues gave.
func percentMeasure(ownBefore, after string, negative bool) (indicators.MeasureKind, string, bool) {
	if negative {
		return indicators.Change, "written with a minus sign: a difference, a change", true
	}
	if ofWholeAfter.MatchString(after) {
		return indicators.Share, "a percent \"of\" a whole named after it: a share", true
	}
	if g := levelBeforeRe.FindStringSubmatch(ownBefore); g != nil && !ofChange(g[1]) {
		return indicators.Share, fmt.Sprintf("%q before it: a level a change goes from or to, a share", strings.TrimSpace(g[0])), true
	}
	if rateAfterRe.MatchString(after) {
		return indicators.Share, "a percentage called a rate: a share", true
	}
	return 0, "", false
}

// ofChange reports whether w, the noun a percentage is "of", names a
// change: "an increase of 33%", "a jump of 80%", "growth of 3%".
func ofChange(w string) bool {
	return upChangeWords[w] || downChangeWords[w] || slices.Contains(changeCues, w) || w == "jump" || w == "change" || w == "loss"
}

// measurePercent sets the measure of a percentage drafted a change by a
// change word of its clause, or a share, by its own words (percentMeasure).
func (d *docDraft) measurePercent(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit != indicators.PercentUnit || ind.Quantity.Direction != indicators.NoDirection || ind.Quantity.IsRange() {
		return
	}
	note := cl.fieldNotes["measure"]
	byCue := slices.Contains(changeCues, note)
	if hasPhrase(note, "growth") || note == "grew" || note == "grow" {
		return // "annual growth … slowed to 3.4% from 3.5%": the levels of a growth rate are changes
	}
	if !(ind.Measure == indicators.Change && byCue) && !(ind.Measure == indicators.Share && note == "a percentage") {
		return
	}
	text := d.src.Text
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	k, why, ok := percentMeasure(d.ownPart(m), after, strings.HasPrefix(strings.TrimSpace(m.Text), "-") || strings.HasPrefix(strings.TrimSpace(m.Text), "−"))
	if !ok && !byCue {
		k, why, ok = bracketedPercent(text[m.Sentence.Start:m.Span.Start], after)
	}
	if ok && k != ind.Measure && (k == indicators.Share) == byCue {
		ind.Measure, cl.fieldNotes["measure"] = k, why
		declare(cl.fieldNotes, "measure", "measure/measurePercent")
	}
}

// A percentage in brackets, or written after the thing it qualifies with
// no word of its own, restates the figure or noun phrase before the
// bracket as a percent (measure22). The genre's pattern: its measure is
// what that phrase is — after a change or in a sentence of growth ("an
// increase in deaths (3.6 per cent)", "fell by 345,818 (0.7%) and 219,415
// (0.4%)", "The lowest annual growth rate was in the South East of
// England (1.2%)", "increased over the year in … Northern Ireland to
// £140,000 (2.5%)", "7 (or 4%) more than 2018") the size of the change in
// percent, a change; a percent written with its direction after it ("the
// take 5 per cent down") is a change too. After a time it is the level
// at that time ("between 2019 (19.0%) and 2031 (12.9%)"), and elsewhere
// it stays a share.

// growthWords are the words of a sentence of growth beside changeCues: a
// percentage its sentence ranks by growth ("the fastest growing
// population … at 3.1 per cent", "the slowest growing jurisdictions")
// is a rate of change.
var growthWords = []string{"growing", "growth rate", "growth rates"}

// comparingCues are the words of changeCues that may compare two groups
// or name an agent rather than a change over time ("significantly higher
// numbers of males (86%)", "reported by people aged 15-17 years (79%)"):
// no cue of a change a bracket restates.
var comparingCues = map[string]bool{"by": true, "higher": true, "lower": true, "cut": true, "cuts": true}

// directionAfterRe matches the direction written right after a
// percentage: "5 per cent down", "3% up on last year".
var directionAfterRe = lazyRegexp(`^\s*(down|up)\b`)

// partLeadRe matches a sentence, up to a bracket, that opens on the
// whole a figure is part of and gives the figure alone after it: "of
// these waits, 197,277 (", "of all calls, 6.98 million (".
var partLeadRe = lazyRegexp(`^\s*of (?:these|those|them|all|the)\b[^,;:()]*,\s*[\d.,]+(?:\s+(?:million|billion|thousand))?\s*\($`)

// bracketedPercent returns what a percentage drafted a share by default
// measures when it stands in brackets (before, the words of its sentence
// before it, ends with "(" or "(or") or after a direction: a change where
// the words outside its bracket name a change or growth, else false.
func bracketedPercent(before, after string) (indicators.MeasureKind, string, bool) {
	if g := directionAfterRe.FindStringSubmatch(after); g != nil {
		return indicators.Change, fmt.Sprintf("%q after the percent: its direction, a change", g[1]), true
	}
	b := strings.ToLower(strings.TrimRight(joinBroken(before), " "))
	b = strings.TrimSuffix(strings.TrimSuffix(b, " or"), "(or")
	if !strings.HasSuffix(strings.TrimRight(b, " "), "(") {
		return 0, "", false
	}
	if f := strings.Fields(strings.TrimSuffix(strings.TrimRight(b, " "), "(")); len(f) > 0 && yearWord(strings.Trim(f[len(f)-1], ",;:")) {
		return 0, "", false // "between 2019 (19.0%) and 2031 (12.9%)": a level at that time
	}
	if g := gapAfter.FindStringSubmatch(after); g != nil {
		return indicators.Change, fmt.Sprintf("%q after the bracket: a gap from a reference, a change", g[1]), true
	}
	if partLeadRe.MatchString(b) {
		return 0, "", false // "Of these waits, 197,277 (61.2%) were": a part's share of the whole
	}
	// The words outside brackets: the sentence's own, not an aside's. A
	// change word before the bracket governs the phrase it restates ("an
	// increase in deaths (3.6 per cent)"), as does the noun right after
	// the bracket that the figures modify ("a 587,972 (6.9%) increase");
	// a later one is the predicate of the phrase ("referrals for males
	// (76%; 12,903) saw a fall"), whose count changed, not the share the
	// bracket restates it as.
	out := vocab.OutsideBrackets(b) + " " + vocab.OutsideBrackets(after)
	head := ""
	if k := strings.IndexByte(after, ')'); k >= 0 {
		head = wordsAfter(after[k+1:], 1)
	}
	if c := firstPhrase(vocab.OutsideBrackets(b)+" "+head, changeCues); c != "" && !comparingCues[c] {
		return indicators.Change, fmt.Sprintf("%q in the sentence the bracket restates: the size of the change, a change", c), true
	}
	if c := firstPhrase(out, growthWords); c != "" {
		return indicators.Change, fmt.Sprintf("%q in the sentence the bracket restates: a rate of growth, a change", c), true
	}
	return 0, "", false
}

// An average of a number of things over a span of periods ("the
// long-term average of 47,592", "an average of 3,100 a year", "30,694
// rats (average of 37,326)") counts the same things as the figures it
// is set beside, and is their measure: a flow averaged over years is a
// flow. An average of a size per one of something ("the average
// duration of trips", "an average of nine hours each") is a level
// (countMeasure).

// averageOfRe matches "average of" right before a count, with no noun
// of what is averaged between: "the long-term average of", "(average
// of".
var averageOfRe = lazyRegexp(`\baverage of\s+(?:(?:about|around|nearly|almost|over|some|approximately|just)\s+)?$`)

// perOneAfterRe matches words right after a count that make it an amount
// per one of something: "each", "apiece", "per person" (not "per year").
var perOneAfterRe = lazyRegexp(`^\s*(?:[a-z-]+\s+)?(?:each|apiece|per (?:head|person|capita|household|member|case))\b`)

// averageOfCount reports whether a count, by its lower-case words before
// and after it in its sentence, is an average of what the figures beside
// it count ("average of 37,326"), not a size per one.
func averageOfCount(before, after string) bool {
	return averageOfRe.MatchString(before) && !perOneAfterRe.MatchString(after)
}

// countsLikeTheirWhole gives a figure of counted things still drafted a
// bare count the flow or stock of the counted figure it is part of,
// compared with or averaged beside: the last one before it in its
// sentence, of its counted noun or with none on either ("36,157 rats
// were used in 2010, compared to the long-term average of 47,592";
// "30,694 rats (average of 37,326)"), or in the
// sentence before, where its own opens on that one ("These were
// composed of 30,694 rats", "Of these 2.95 million were category A").
// Kinds, places and members stay counts (memberNouns).
func (d *docDraft) countsLikeTheirWhole(out []claim) []claim {
	text := d.src.Text
	var last *claim             // the last counted figure drafted, in text order
	read := map[string]*claim{} // the first flow or stock of each counted noun's head, in text order
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || !countedThings(cl.ind.Unit) {
			continue
		}
		head := lastWord(cl.ind.Unit.Name)
		if o := read[head]; o != nil && cl.ind.Measure == indicators.CountKind && !memberNouns[head] && noVerbAfter(&cl.ind) {
			// "The samples comprised about 3,700 samples of …" after "19,300
			// food samples tested": the document's things of one noun are
			// what its first reading of them made them.
			cl.ind.Measure, cl.fieldNotes["measure"] = o.ind.Measure, fmt.Sprintf("counts the %s %s before it counts, with no word of its own: its %s", indicators.Plural(head), o.ind.Stated, o.ind.Measure)
			declare(cl.fieldNotes, "measure", "measure/countsLikeTheirWhole#1")
		}
		if head != "" && read[head] == nil && (cl.ind.Measure == indicators.Flow || cl.ind.Measure == indicators.Stock) {
			read[head] = cl
		}
		if cl.ind.Measure == indicators.CountKind && last != nil && (last.ind.Measure == indicators.Flow || last.ind.Measure == indicators.Stock) && !memberNouns[cl.ind.Unit.Name] {
			p, q := last.ind.Provenance[0].Span, cl.ind.Provenance[0].Span
			if p.Start <= q.Start && q.Start <= len(text) {
				// The quotes' starts: one sentence, or the one before it
				// in the paragraph where this one opens on it.
				between := text[p.Start:q.Start]
				ends := strings.Count(between, ". ") + strings.Count(between, "\n")
				same := cl.ind.Unit.IsZero() || last.ind.Unit.IsZero() || cl.ind.Unit.Name == last.ind.Unit.Name // "treat 2 million people" after "prevent 7 million infections" counts others
				if ends == 0 && same || ends == 1 && !strings.Contains(between, "\n") && wholeBackRe.MatchString(strings.ToLower(text[q.Start:min(q.End, len(text))])) {
					cl.ind.Measure, cl.fieldNotes["measure"] = last.ind.Measure, fmt.Sprintf("counts what %s before it counts, of which it is a part, average or comparison: its %s", last.ind.Stated, last.ind.Measure)
					declare(cl.fieldNotes, "measure", "measure/countsLikeTheirWhole#2")
				}
			}
		}
		last = cl
	}
	return out
}

// noVerbAfter reports whether the quote of ind writes no verb of its own
// right after its figure and counted noun: the words there open with a
// preposition or a conjunction, or a mark ends the phrase ("comprised
// about 3,700 samples of vegetables;"), so the figure is an object or an
// item, whose things are what the document said of them before ("1,150
// survivors continue to be housed" says its own).
func noVerbAfter(ind *indicators.Indicator) bool {
	if len(ind.Provenance) == 0 || ind.Stated == "" {
		return false
	}
	q := strings.ToLower(joinBroken(ind.Provenance[0].Quote))
	i := strings.Index(q, strings.ToLower(ind.Stated))
	if i < 0 {
		return false
	}
	rest := pastNoun(q[i+len(ind.Stated):], ind.Unit.Name)
	f := strings.Fields(rest)
	if len(f) == 0 || strings.ContainsAny(rest[:strings.Index(rest, f[0])+1], ",;:().") {
		return true
	}
	return afterNounWords[f[0]]
}

// afterNounWords are the words that open what follows a noun phrase with
// no verb: a preposition or a conjunction ("samples of", "and").
var afterNounWords = stopSet(classPrepositions|classConjunctions, "between", "across", "among", "under", "over", "during", "since", "within", "including", "per", "each", "than")

// countedThings reports whether a figure of unit u is a number of things:
// a counted noun or no unit, per nothing.
func countedThings(u indicators.Unit) bool {
	return u.Per == "" && (u.Kind == indicators.Count || u.IsZero())
}

// wholeBackRe matches the opening of a sentence that takes its things
// from the sentence before: "These were composed of", "Of these", "Of
// which", "Of them", "Of this total".
var wholeBackRe = lazyRegexp(`^\s*(?:these (?:were|are|comprised|included|consisted|made)|of (?:these|those|them|which|this total|the total))\b`)
