package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// How sure the money and outcomes of a government's announcement and a
// programme's page are (drafts38):
//
//	our Rail Renewal program is $9.1 billion over five years → the
//	government's own programme money for years to come: a pledge
//	Half of this money is earmarked for country lines → set aside: a pledge
//	Without this work, delays will cost $3 billion a year → "will" with
//	an outside quantity as its subject: a projection, not a promise
//	$2.4 billion to rebuild the coast line → money for a purpose in a
//	government's release: a pledge
//	Total project cost is $800 million (a project scheduled to start) → the
//	cost of what is not yet built: an estimate
//	a State contribution of $200 million → a government's share: a pledge
//	which translates to 40,000 infections averted → modelled: an estimate

// programmeMoney matches the government's own programme or investment
// before an amount: "our Rail Renewal program is", "our record
// investment".
var programmeMoney = lazyRegexp(`\bour\b[^.;]{0,50}?\b(?:investment|investments|program|programme|programs|programmes|funding|package|plan|fund)\b`)

// forwardSpan matches the words of a sentence that give an amount a
// period running on: "over six years", "over the next four years",
// "to 2013-14", "through 2027".
var forwardSpan = lazyRegexp(`\bover\s+(?:the\s+(?:next|coming)\s+)?(?:[a-z]+|\d+)\s+years\b|\b(?:to|through|until)\s+((?:19|20)\d\d)\b`)

// setAsideCues say that money, or a share of it, is committed to what is
// to come: "earmarked for projects", "set aside for".
var setAsideCues = []string{"earmarked", "set aside", "allocated for", "allocated to", "reserved for", "ring-fenced", "ringfenced"}

// purposeAfter matches a purpose infinitive right after an amount: "$11.8
// billion to upgrade", "$40 million to build".
var purposeAfter = lazyRegexp(`^\s*(?:\([^)]*\)\s*)?(?:in\s+[a-z]+\s+)?to\s+(upgrade|build|construct|rebuild|fund|deliver|improve|expand|repair|maintain|complete|extend|widen|duplicate|seal|modernise|modernize|renew|replace|restore|support|develop|strengthen|establish|create|install|deploy)\b`)

// spentBefore are the verbs of money already spent or received: "spent
// $5 billion to upgrade" is a fact.
var spentBefore = []string{"spent", "invested", "paid", "provided", "gave", "raised", "received", "used", "disbursed", "delivered", "cost", "costs", "saved", "lost", "earned"}

// projectCost matches the cost of a project: "Total project cost is",
// "the estimated cost of the project".
var projectCost = lazyRegexp(`\b(?:project|construction|capital)\s+cost\b|\btotal\s+cost\b|\bcost\s+of\s+the\s+(?:project|works|line|road|bridge|upgrade)\b`)

// notBuiltCues say that a project is still to be built.
var notBuiltCues = []string{"scheduled", "to start", "will start", "to begin", "will begin", "to be completed", "be completed", "due to", "planned",
	"proposed", "under construction", "will be built", "to be built", "expected to open", "due for completion"}

// contributionBefore matches a government's share of an amount before it:
// "a Federal contribution of", "the states contributing".
var contributionBefore = lazyRegexp(`\b(?:federal|government|government's|government’s|commonwealth|state|states|territory|national|our|australian)\s+contribution\s+of\s*$|\bcontributing(?:\s+a\s+further|\s+an\s+additional|\s+another)?\s*$|\bwill\s+contribute(?:\s+a\s+further|\s+an\s+additional|\s+another)?\s*$`)

// modelledAfter matches the outcome nouns after a figure that say it is
// modelled: "deaths averted", "lives saved".
var modelledAfter = lazyRegexp(`^\s*(?:[a-z-]+\s+){0,4}?(?:averted|saved|prevented|avoided)\b`)

// modelledBefore matches the words before a figure that derive it from
// another: "which translates to". ("saving 44 million lives" is what a
// fund reports of itself: a fact.)
var modelledBefore = lazyRegexp(`\b(?:translates?|translating|translated)\s+(?:in)?to\s*$`)

// outsideSubjects are nouns whose "will" is what someone foresees, not a
// promise: "the cost of congestion will double".
var outsideSubjects = map[string]bool{"cost": true, "costs": true, "congestion": true, "traffic": true, "demand": true, "prices": true, "price": true,
	"emissions": true, "temperatures": true, "temperature": true, "population": true, "deaths": true, "losses": true, "damage": true,
	"bill": true, "bills": true, "value": true, "number": true, "numbers": true, "share": true, "level": true, "levels": true, "delays": true,
	"growth": true, "inflation": true, "unemployment": true, "burden": true, "risk": true, "risks": true, "impact": true, "impacts": true}

// willSubject matches the subject of "will" at the end of a lower-case
// text: "the cost of congestion will", "delays will".
var willSubject = lazyRegexp(`(?:\b(?:the|a|an|this|that|its|their)\s+([a-z]+)\s+of\s+(?:[a-z-]+\s+){0,3}?|\b([a-z]+)\s+)will(?:\s+[a-z]+)?(?:\s+to)?\s*$`)

// pledgedClaim sets the status of a figure by the rules of this file,
// after every other rule of how sure a figure is.
func (d *docDraft) pledgedClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	money := ind.Unit.Kind == indicators.Money
	fact := ind.Status == indicators.Fact
	will := ind.Status == indicators.Pledge && strings.HasPrefix(cl.fieldNotes["status"], `"will"`)
	if !fact && !will {
		return
	}
	own := d.ownPart(m)
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:min(m.Sentence.End, m.Span.End+160)]))
	set := func(st indicators.Status, why string) {
		ind.Status, cl.fieldNotes["status"] = st, why
		declare(cl.fieldNotes, "status", "status/pledgedClaim")
		fact = false
	}
	if will {
		if strings.HasPrefix(strings.TrimSpace(before), "without ") {
			set(indicators.Projection, `"will" after "Without …": what would happen otherwise, a projection`)
		} else if g := willSubject.FindStringSubmatch(before); g != nil && outsideSubjects[g[1]+g[2]] {
			set(indicators.Projection, fmt.Sprintf(`"will" with %q as its subject, which cannot promise: a projection`, g[1]+g[2]))
		}
	}
	if fact && money && d.governmentVoice() {
		if c := programmeMoney.FindString(before); c != "" && d.runsOn(text[m.Sentence.Start:m.Sentence.End]) {
			set(indicators.Pledge, fmt.Sprintf("%q for years to come: the government's own programme money, a pledge", c))
		}
	}
	if fact && (money || ind.Measure == indicators.Share && d.moneyIn(cs, ce)) {
		if c := firstPhrase(strings.ToLower(joinBroken(text[cs:ce])), setAsideCues); c != "" {
			set(indicators.Pledge, fmt.Sprintf("%q: money committed to what is to come, a pledge", c))
		}
	}
	if fact && money && d.governmentVoice() && firstPhrase(own, spentBefore) == "" {
		if g := purposeAfter.FindStringSubmatch(after); g != nil {
			set(indicators.Pledge, fmt.Sprintf("%q after the amount in a government's release: money for a purpose, a pledge", "to "+g[1]))
		}
	}
	if fact && money {
		if g := contributionBefore.FindString(own); g != "" {
			set(indicators.Pledge, fmt.Sprintf("%q: a government's share of the money, a pledge", strings.TrimSpace(g)))
		}
	}
	if fact && money {
		if c := projectCost.FindString(own); c != "" {
			para := strings.ToLower(joinBroken(text[paragraphStart(text, m.Sentence.Start):m.Sentence.End]))
			if nb := firstPhrase(para, notBuiltCues); nb != "" {
				set(indicators.Estimate, fmt.Sprintf("%q of a project %q: the cost of what is not yet built, an estimate", c, nb))
			}
		}
	}
	if fact && !money {
		switch {
		case modelledAfter.MatchString(after):
			set(indicators.Estimate, fmt.Sprintf("%q: a modelled outcome, an estimate", strings.TrimSpace(modelledAfter.FindString(after))))
		case modelledBefore.MatchString(own):
			set(indicators.Estimate, fmt.Sprintf("%q: derived from another figure by a model, an estimate", strings.TrimSpace(modelledBefore.FindString(own))))
		}
	}
}

// runsOn reports whether a sentence gives its amount a period that runs
// on past the document's year: "over six years", "to 2013-14" with the
// document of 2010. A year is compared only when the document's year is
// known.
func (d *docDraft) runsOn(sent string) bool {
	for _, g := range forwardSpan.FindAllStringSubmatch(strings.ToLower(sent), -1) {
		if g[1] == "" {
			return true
		}
		y, _ := strconv.Atoi(g[1])
		if dy := d.documentYear(); dy != 0 && y > dy {
			return true
		}
	}
	return false
}

// documentYear returns the year of the document's dateline, or 0.
func (d *docDraft) documentYear() int {
	if !d.what.govRead {
		d.readVoice()
	}
	return d.what.docYear
}

// governmentVoice reports whether the document speaks for a government:
// it names a government or a minister, or says "our" of its money; read
// once.
func (d *docDraft) governmentVoice() bool {
	if !d.what.govRead {
		d.readVoice()
	}
	return d.what.gov
}

// readVoice reads the document's voice and year once.
func (d *docDraft) readVoice() {
	d.what.govRead = true
	low := strings.ToLower(d.src.Text)
	d.what.gov = hasPhrase(low, "government") || hasPhrase(low, "minister") || hasPhrase(low, "our")
	if dt := datelineOf(d.src.Text); dt.Year != 0 {
		d.what.docYear = dt.Year
	}
}

// moneyIn reports whether text[cs:ce] holds an amount of money or a word
// of it: a share "allocated to" is a pledge of a budget's part ("40% of
// the fund is allocated to schools"), no pledge of cases or people ("69%
// were allocated for further action").
func (d *docDraft) moneyIn(cs, ce int) bool {
	for _, o := range d.mentionsFrom(cs, ce) {
		if o.Span.Start >= cs && o.Span.End <= ce && o.Unit.Kind == indicators.Money {
			return true
		}
	}
	return firstPhrase(strings.ToLower(d.src.Text[cs:ce]), moneyNouns) != ""
}

// moneyNouns name money a share of which may be set aside.
var moneyNouns = []string{"fund", "funds", "funding", "budget", "money", "spending", "grant", "grants", "expenditure", "investment"}
