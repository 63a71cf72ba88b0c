package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The cue words of drafts: what a sentence says about the kind of figure
// (measure) and how sure it is (status). Each table is the one place its
// words are listed; a cue matches as a word or phrase in the lower-cased
// clause of the figure. Adding a cue is one row here and one test row.

// statusCues are tried in order; the first status with a cue in the clause
// wins, so "is to positively consider" is an intention although "is to"
// alone is a pledge, and "could support … jobs" a projection although
// "support … jobs" alone is an estimate.
var statusCues = []struct {
	status indicators.Status
	cues   []string
}{
	{indicators.Intention, []string{"intends to", "intend to", "consider", "considering", "seeks to", "seek to", "hopes to", "hope to", "plans to", "plan to", "endeavor to", "explore",
		"a request for", "requests for", "budget request", "proposes", "proposed to",
		// "The President has proposed a 50 percent increase": a proposal.
		"has proposed", "have proposed", "had proposed",
		// "we are in the process of recruiting a further 700", "are
		// recruiting": an action under way, not yet done.
		"in the process of", "are recruiting", "is recruiting"}},
	// What funding "will be used" to reach is a target (see
	// targetNotMoney): "The funding will be used in the 2023-2025 grant
	// cycle to reach over 120 … countries".
	// A public service's "national standard" is the target it is held to
	// ("New outpatient national standard - 95% of new outpatients wait
	// no longer than 12 weeks").
	{indicators.Target, []string{"target", "targets", "goal", "goals", "aims to", "aim to", "objective", "will be used", "national standard", "national standards"}},
	// A need someone foresees is a projection, though "will" is a pledge:
	// "sub-Saharan Africa will require more than $300 billion". So is an
	// outcome averted: "will prevent nearly 200,000 infections that might
	// otherwise have occurred".
	{indicators.Projection, []string{"will require", "will need", "would require", "would need", "will cost", "is needed", "are needed", "needed to", "required to",
		"will prevent", "will avert", "would prevent", "would avert", "otherwise have"}},
	// What a forecaster expects is a projection, though "will" is a
	// pledge: "We forecast Brent will average $85/b", "EIA expects U.S.
	// crude oil production will rise".
	{indicators.Projection, []string{"forecast", "forecasts", "forecasted", "we expect", "expects", "projects that", "we project", "will average",
		"set to become", "projected to", "the market expects"}},
	// Money a replenishment or pledging conference raises is pledged.
	{indicators.Pledge, []string{"commits", "committing", "commit to", "commitment to", "commitments to", "committed to", "pledge", "pledges", "pledged", "promise", "promises", "will", "shall", "is to", "are to",
		"replenishment conference", "pledging conference"}},
	{indicators.Projection, []string{"could", "would", "might", "may", "projected", "projection", "expected to", "is set to", "are set to", "likely to"}},
	// A value set on goods by what they would fetch is a valuation, an
	// estimate by how it is made (vocab.EstimateCues).
	{indicators.Estimate, append(slices.Clone(vocab.EstimateCues), "supported", "supports", "support", "supporting")},
}

// statusNouns give the status of an amount that modifies them: "a total
// U.S. $6 billion three-year Seventh Replenishment pledge". They beat the
// clause's cue words.
var statusNouns = map[string]indicators.Status{"pledge": indicators.Pledge, "pledges": indicators.Pledge, "commitment": indicators.Pledge,
	"commitments": indicators.Pledge, "target": indicators.Target, "goal": indicators.Target, "request": indicators.Intention,
	"proposal": indicators.Intention, "estimate": indicators.Estimate, "projection": indicators.Projection, "forecast": indicators.Projection}

// dataNoteCues qualify the data a figure comes from rather than the
// figure's verb, and may stand anywhere in its clause, often in a closing
// parenthesis: "totaled $25 billion in 2011 (preliminary data)". They
// override a plain fact and the "will" of a pledge, not a target or an
// intention.
var dataNoteCues = []struct {
	status indicators.Status
	cues   []string
}{
	{indicators.Estimate, vocab.EstimateDataNotes}, // whose estimate the figure is, and notes on its data
	{indicators.Projection, []string{"(projected)", "(projection)", "(forecast)", "projected data", "projected figures"}},
}

// dataNoteOf returns the status a note on the data in clause gives, and
// the note, or false.
func dataNoteOf(clause string) (indicators.Status, string, bool) {
	for _, row := range dataNoteCues {
		for _, c := range row.cues {
			if strings.Contains(clause, c) && (strings.HasPrefix(c, "(") || hasPhrase(clause, c)) {
				return row.status, c, true
			}
		}
	}
	return indicators.Fact, "", false
}

// estimateNeedsPeople lists the estimate cues that mark an estimate only
// when the figure counts people or jobs: "supported 444,000 jobs" is a
// modelled figure, "supported $5 billion in exports" is not.
var estimateNeedsPeople = map[string]bool{"supported": true, "supports": true, "support": true, "supporting": true}

// targetNotMoney lists the target cues that mark a target only when the
// figure is no amount of money: what funding will be used to reach.
var targetNotMoney = map[string]bool{"will be used": true}

// requestOfMoney lists the intention cues that mark an intention only
// when the figure is an amount of money, the sum asked for ("a request
// for $5 billion"): a count beside them counts the requests made ("5,100
// new requests for adult social care a day"), a fact.
var requestOfMoney = map[string]bool{"a request for": true, "requests for": true}

// peopleUnits are the counted nouns that the estimate cues above need.
var peopleUnits = map[string]bool{"job": true, "worker": true, "person": true, "people": true, "employee": true, "student": true, "death": true, "life": true}

// statusOf returns the status the cue words of a clause give a figure, and
// the cue.
func statusOf(clause string, u indicators.Unit) (indicators.Status, string) {
	if strings.Contains(clause, "within ") {
		// "performed within target 88% of the time": a benchmark met,
		// no target set.
		clause = withinTarget.Replace(clause)
	}
	if strings.Contains(clause, "target") {
		// "exceeding the three year government set target by 37,000
		// homes": a figure set against a target (vocab.AgainstLeads)
		// is measured by it, no target set.
		clause = againstTargetRe.ReplaceAllString(clause, "${1}benchmark")
	}
	clause = pastModals(clause)
	for _, row := range statusCues {
		for _, c := range row.cues {
			if !hasPhrase(clause, c) || c == "may" && !modalMay(clause) {
				continue
			}
			if row.status == indicators.Estimate && estimateNeedsPeople[c] && !peopleUnits[u.String()] {
				continue
			}
			if targetNotMoney[c] && u.Kind == indicators.Money {
				continue // "$5 million will be used for …" is an allocation
			}
			if requestOfMoney[c] && u.Kind != indicators.Money {
				continue // "receive 5,100 new requests for assistance a day" counts requests
			}
			return row.status, c
		}
	}
	return indicators.Fact, ""
}

// Modal verbs by grammar (cue28): "could", "would", "might" and "likely
// to" foresee only where they speak of what is to come. They do not in a
// report of what people said they could or would do ("stated they could
// speak Irish", "said they would recommend it": a survey's answer), in a
// past ability denied ("could not afford a holiday", "could not speak it
// well"), in a comparison of how likely groups are ("the most likely to
// have a degree", "twice as likely to": rates compared), nor in a clause
// a contrast sets against the figure's ("… could speak it very well while
// a further 32% spoke it well").

// reportedModalRe is a modal of what a counted group reported of itself:
// a reporting verb, "they", the modal (group 1).
var reportedModalRe = lazyRegexp(`\b(?:said|stated|reported|indicated|answered|responded|felt|agreed|claimed)(?: that)? they (could|would|might)\b`)

// comparedLikely rewrites "likely" after a word of degree, which compares
// how likely groups are: no forecast.
var comparedLikely = strings.NewReplacer("more likely", "more apt", "most likely", "most apt", "less likely", "less apt", "least likely", "least apt",
	"as likely", "as apt", "equally likely", "equally apt")

// pastModals returns the lower-case clause s with the modals that foresee
// nothing (see above) rewritten as plain past verbs, and only the words
// after the last contrast conjunction or condition opener
// (conditionOpeners) before them.
func pastModals(s string) string {
	if !strings.Contains(s, "could") && !strings.Contains(s, "would") && !strings.Contains(s, "might") && !strings.Contains(s, "likely") {
		return s
	}
	f := strings.Fields(s)
	for k := len(f) - 1; k > 0; k-- {
		if (slices.Contains(vocab.Contrasts, f[k]) || slices.Contains(conditionOpeners, f[k])) && slices.ContainsFunc(f[k+1:], func(w string) bool { return isDigit(w[0]) }) {
			f = f[k+1:] // the figure's own clause, after "while", "whereas", "but", "unless"
			break
		}
	}
	for k := 0; k+1 < len(f); k++ {
		if f[k] == "could" && f[k+1] == "not" && (k+2 == len(f) || f[k+2] != "be" && f[k+2] != "have") {
			f[k] = "did" // "could not speak it well"
		}
		if f[k] == "could" && f[k+1] != "have" && pastAbility(f[:k], f[k+1:]) {
			f[k] = "did" // "ensured applications could be processed", "the most that could be processed"
		}
	}
	s = comparedLikely.Replace(strings.Join(f, " "))
	for _, g := range reportedModalRe.FindAllStringSubmatchIndex(s, -1) {
		s = s[:g[2]] + strings.Repeat("x", g[3]-g[2]) + s[g[3]:] // the answer reported, same length
	}
	return s
}

// conditionOpeners open a clause of the condition a modal depends on:
// what it states holds now, and the modal of the main clause does not
// reach its figures ("blood stocks could decline once again unless donors
// fill the thousands of empty slots currently still available at the 25
// fixed donor centres").
var conditionOpeners = []string{"unless"}

// enablingPasts are verbs in the past tense of bringing about or letting
// happen: the "could" they govern is the past of "can", what was possible
// then ("These preparations ensured passport applications could be
// processed in record numbers"), no forecast.
var enablingPasts = []string{"ensured", "meant", "allowed", "enabled", "permitted", "helped"}

// capacityHeads are the superlatives that head a relative "that could":
// "the most applications that could be processed in a month" states a
// capacity reached or set, no forecast.
var capacityHeads = []string{"most", "highest", "largest", "greatest", "maximum", "fewest", "least"}

// aheadWords after a modal say that its clause looks ahead: the modal
// foresees even after a past verb ("meant that prices could rise next
// year").
var aheadWords = []string{"next", "future", "coming", "will", "by 20"}

// pastAbility reports whether the "could" between the lower-case words
// before and after it is the past of "can": governed by a past verb of
// enablingPasts, or the verb of a relative clause after one of
// capacityHeads ("the most … that could"), and with no word after it that
// looks ahead (aheadWords; "by 20…" rules the reading out whatever the
// year, which errs towards the forecast).
func pastAbility(before, after []string) bool {
	found := false
	for k := len(before) - 1; k >= 0 && k >= len(before)-8; k-- {
		w := strings.Trim(before[k], ",;:()")
		if slices.Contains(enablingPasts, w) {
			found = true
			break
		}
		if (w == "that" || w == "which") && k == len(before)-1 {
			for j := k - 1; j >= 0 && j >= k-5; j-- {
				if slices.Contains(capacityHeads, strings.Trim(before[j], ",;:()")) {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if strings.HasSuffix(before[k], ",") || strings.HasSuffix(before[k], ";") {
			break // the verb is of another clause
		}
	}
	if !found {
		return false
	}
	rest := " " + strings.Join(after, " ")
	for _, w := range aheadWords {
		if strings.Contains(rest, " "+w) {
			return false
		}
	}
	return true
}

// againstTargetRe is a target a figure is set against: one of
// vocab.AgainstLeads, then at most six words and "target" (group 1 is all
// but that word).
var againstTargetRe = lazyRegexp(`(\b(?:` + strings.TrimSuffix(strings.ReplaceAll(strings.Join(vocab.AgainstLeads, "|"), " |", "|"), " ") + `) (?:[a-z-]+ ){0,6}?)target\b`)

// withinTarget rewrites a benchmark a figure is measured against, which
// is no target of its own.
var withinTarget = strings.NewReplacer("within target", "within benchmark", "within the target", "within the benchmark",
	"within targets", "within benchmarks")

// measureCues: words that make a money figure a stock, and a percentage a
// change rather than a share.
var (
	stockCues  = []string{"stock", "stocks", "position", "positions", "accumulated", "holdings", "assets", "reserves", "debt", "cumulative", "capacity"}
	changeCues = []string{"grew", "grow", "growth", "increase", "increased", "increases", "rose", "rise", "rising", "fell", "fall", "decline", "declined", "decrease", "decreased", "reduce", "reduced", "reduction", "cut", "cuts", "by", "higher", "lower", "more than doubled", "annual growth"}
	// addCues make what is added a flow, though capacity is a stock:
	// "will add 10,000 megawatts of new generation capacity".
	addCues = []string{"add", "adds", "added", "adding", "new"}
	// limitCues make a measure a threshold: "below 2 ℃", "a cap of". A
	// goal is a status (target), not a limit.
	limitCues = []string{"limit", "below", "well below", "threshold", "ceiling", "cap"}
	// powerUnits measure capacity, a stock ("deploy 30 GW", "40 GW in
	// development", "add 10,000 MW"); energy in watt-hours is a flow.
	// tempGoalCues make a temperature a threshold: "the 2 ℃ goal", "keep
	// 1.5 degrees within reach"; any other temperature is a reading, a
	// level, or its gap from a reference, a change (measureOf).
	tempGoalCues = []string{"goal", "goals", "target", "within reach", "keep", "limit", "limiting", "hold", "holding"}
	powerUnits   = map[string]bool{"W": true, "kW": true, "MW": true, "GW": true, "TW": true}
)

// measureOf returns what a figure measures, from its unit and the cue
// words of its clause, and the cue.
func measureOf(m Mention, clause string) (indicators.MeasureKind, string, evidence) {
	u := m.Unit
	switch {
	case m.Kind == Rank || u.Kind == indicators.Rank:
		return indicators.RankKind, "a rank", evidence("measure/measureOf#1")
	case u.String() == "percentage_point":
		return indicators.Change, "percentage points", evidence("measure/measureOf#2")
	case m.Kind == Ratio:
		return indicators.Change, "a multiple", evidence("measure/measureOf#3")
	case u.String() == "percent":
		if m.Quantity.Direction != indicators.NoDirection {
			return indicators.Change, "a direction", evidence("measure/measureOf#4")
		}
		if shareTo(m, clause) {
			return indicators.Share, "a share of a whole, raised or brought to the figure", evidence("measure/measureOf#5")
		}
		if g := gapFromReference(m, clause); g != "" {
			// "830 or 10% fewer than 2018": a gap from a reference.
			return indicators.Change, fmt.Sprintf("%q after the figure: a gap from a reference, a change", g), evidence("measure/measureOf#6")
		}
		if c := firstPhrase(breakdownBy(agentBy.Replace(clause), m.Text), changeCues); c != "" {
			return indicators.Change, c, evidence("measure/measureOf#7")
		}
		return indicators.Share, "a percentage", evidence("measure/measureOf#8")
	case u.IsZero() && m.Kind == Number && isFraction(m):
		if m.Quantity.Direction != indicators.NoDirection {
			return indicators.Change, "a direction", evidence("measure/measureOf#9") // "reducing the death rate by more than half"
		}
		return indicators.Share, "a fraction", evidence("measure/measureOf#10")
	case u.Kind == indicators.Count && u.Per != "" && !durations[u.Per]:
		// "from 50.8 to 43.4 deaths per million population": a count per
		// a population is a rate, a level, its first end too.
		return indicators.Level, "a count per " + u.Per + ", a rate", evidence("measure/measureOf#11")
	case u.Kind == indicators.Money && u.Per != "" && !durations[u.Per]:
		// Money per barrel, per gallon or per person is a price or a
		// level, not an amount that flows: "$82 per barrel in May".
		return indicators.Level, "money per " + u.Per + ", a price", evidence("measure/measureOf#12")
	case u.Kind == indicators.Money:
		if c := firstPhrase(clause, addCues); c != "" {
			return indicators.Flow, c, evidence("measure/measureOf#13")
		}
		if c := firstPhrase(clause, stockCues); c != "" {
			return indicators.Stock, c, evidence("measure/measureOf#14")
		}
		if g := stockAtAfter.FindStringSubmatch(clauseAfter(m, clause)); g != nil {
			// "was £1,785.3 billion at the end of September 2017": an
			// amount held at a date, a stock.
			return indicators.Stock, fmt.Sprintf("%q after the amount: held at a date, a stock", g[1]), evidence("measure/measureOf#15")
		}
		return indicators.Flow, "money, no stock word", evidence("measure/measureOf#16")
	case u.Kind == indicators.Percent && u.Per != "" && m.Kind != Measure:
		// "from 1.2 percent per year … to 2.3-2.8 percent per year": the
		// pace of a change.
		if c := firstPhrase(clause, changeCues); c != "" {
			return indicators.Change, c + ", a percentage per unit of time", evidence("measure/measureOf#17")
		}
		return indicators.Share, "a percentage per unit of time", evidence("measure/measureOf#18")
	case m.Kind == Measure && powerUnits[u.String()]:
		return indicators.Stock, "capacity in " + u.String(), evidence("measure/measureOf#19")
	case m.Kind == Measure:
		if g := gapFromReference(m, clause); g != "" {
			// "3.2°F above the 20th century average", "1.0°F warmer than
			// the previous record": a gap from a reference, a change.
			return indicators.Change, fmt.Sprintf("%q after the figure: a gap from a reference, a change", g), evidence("measure/measureOf#20")
		}
		if c := firstPhrase(clause, limitCues); c != "" && (!referenceBelow(c) || limitBefore(m, clause, c)) {
			return indicators.Threshold, c, evidence("measure/measureOf#21")
		}
		if c := firstPhrase(clause, tempGoalCues); c != "" && (u.String() == "degC" || u.String() == "degF" || u.String() == "deg") {
			// "the 2 ℃ goal": a goal for a temperature is a limit.
			return indicators.Threshold, c, evidence("measure/measureOf#22")
		}
		if c := firstPhrase(clause, addCues); c != "" {
			return indicators.Flow, c, evidence("measure/measureOf#23")
		}
		if c := firstPhrase(clause, stockCues); c != "" {
			return indicators.Stock, c, evidence("measure/measureOf#24")
		}
		if u.String() == "degC" || u.String() == "degF" || u.String() == "deg" {
			// "an average annual temperature of 55.3°F": a reading, no
			// amount that flows.
			return indicators.Level, "a temperature, a reading at or over a time", evidence("measure/measureOf#25")
		}
		if u.Per == cubicMetre {
			// "40µg/m3": a concentration (lexicon.PerCubicMetre), a
			// reading like a temperature, no amount that flows.
			return indicators.Level, "a concentration, a reading at or over a time", evidence("measure/measureOf#26")
		}
		if u.Per != "" && !durations[u.Per] {
			// "274 litres per meter per day", "3.1 tonnes per hectare": a
			// measure per a base that is no span of time alone is a rate,
			// a level, as a count or money per a base is.
			return indicators.Level, "a measure per " + u.Per + ", a rate", evidence("measure/measureOf#27")
		}
		if g := stockAtAfter.FindStringSubmatch(clauseAfter(m, clause)); g != nil {
			// "55,515 kilometres of public road at 1 April 2010": a measure
			// held at a date, a stock.
			return indicators.Stock, fmt.Sprintf("%q after the measure: held at a date, a stock", g[1]), evidence("measure/measureOf#28")
		}
		return indicators.Flow, "a measure, no stock or limit word", evidence("measure/measureOf#29")
	}
	return indicators.CountKind, "a count", evidence("measure/measureOf#30")
}

// gapAfter matches the words right after a measure that make it a gap
// from a reference: "above the 20th century average", "below average",
// "warmer than the previous record". Group 1 is the comparing words.
var gapAfter = lazyRegexp(`^\s*\)?\s*((?:above|below|warmer than|cooler than|colder than|wetter than|drier than|higher than|lower than|more than|less than|fewer than)(?:\s+(?:the|its|their|a))?(?:\s+[a-z0-9-]+){0,3}?\s+(?:average|normal|mean|record|baseline|norm|year|years|\d{4}))\b`)

// gapFromReference returns the words after measure m in its lower-case
// clause that make it a gap from a reference (gapAfter), or "".
func gapFromReference(m Mention, clause string) string {
	if g := gapAfter.FindStringSubmatch(clauseAfter(m, clause)); g != nil {
		return g[1]
	}
	return ""
}

// clauseAfter returns the words of the lower-case clause after figure m,
// or "" when the clause does not hold its text.
func clauseAfter(m Mention, clause string) string {
	t := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	if i := strings.Index(clause, t); i >= 0 {
		return clause[i+len(t):]
	}
	return ""
}

// referenceBelow reports whether limit cue c may also say where a figure
// stands against a reference ("below", "well below"), so that it makes a
// limit only right before the figure (limitBefore).
func referenceBelow(c string) bool { return c == "below" || c == "well below" }

// limitBefore reports whether cue c stands right before measure m in its
// lower-case clause, or inside its text: "well below 2 ℃" is a limit; "26.57 inches, which is
// 2.57 inches below the average" is no limit.
func limitBefore(m Mention, clause, c string) bool {
	t := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	i := strings.Index(clause, t)
	return hasPhrase(t, c) || i >= 0 && strings.HasSuffix(strings.TrimSpace(clause[:i]), c)
}

// shareTo reports whether a percentage is a share a clause raises or
// brings to it: "to increase the non-fossil fuel share of all energy to
// around 20 percent". A share changed "by" a figure is a change.
func shareTo(m Mention, clause string) bool {
	i := strings.Index(clause, strings.ToLower(strings.Join(strings.Fields(m.Text), " ")))
	if i < 0 {
		return false
	}
	ws := strings.Fields(clause[:i])
	return len(ws) > 0 && ws[len(ws)-1] == "to" && hasPhrase(clause[:i], "share of")
}

// bothCues say that a figure is about the document's two subjects
// together; so does a "together" of parties (bothCue).
var bothCues = []string{"two-way", "bilateral", "our two countries", "both countries", "our countries", "our two nations", "both nations", "between our"}

// bothCue returns the cue of clause (lower case) that makes its figure
// the document's two subjects' together, or "". "Together" makes it one
// only when parties act together: at the head of the clause ("Together,
// the U.S. and China account for …") or after a verb of working ("work
// together", "we do together"); "two students walking together", "brought
// together" are no two parties.
func bothCue(clause string) string {
	if c := firstPhrase(clause, bothCues); c != "" {
		return c
	}
	for from := 0; ; {
		i := strings.Index(clause[from:], "together")
		if i < 0 {
			return ""
		}
		i += from
		from = i + 1
		if j := i + len("together"); i > 0 && isWordByte(clause[i-1]) || j < len(clause) && isWordByte(clause[j]) {
			continue // "togetherness"
		}
		ws := strings.Fields(clause[:i])
		if len(ws) == 0 || strings.HasSuffix(ws[len(ws)-1], ",") || togetherVerbs[ws[len(ws)-1]] {
			return "together"
		}
	}
}

// togetherVerbs before "together" say that parties act together.
var togetherVerbs = map[string]bool{"work": true, "works": true, "working": true, "worked": true, "do": true, "did": true, "act": true,
	"acting": true, "partner": true, "partnering": true, "cooperate": true, "cooperating": true, "collaborate": true, "collaborating": true,
	"stand": true, "standing": true, "invest": true, "investing": true}

// counterpartCues precede the other side of a directed flow or stock:
// "exports to Japan", "investment in the United States".
var counterpartCues = []string{"to", "in", "into", "from"}

// firstPhrase returns the first cue of cues that occurs in s as a phrase.
func firstPhrase(s string, cues []string) string {
	for _, c := range cues {
		if hasPhrase(s, c) {
			return c
		}
	}
	return ""
}

// agentBy drops the "by" of an agent from a clause: "70% of malaria
// funding was provided by international sources" names who provided
// the part, no change by a figure.
var agentBy = strings.NewReplacer("provided by ", "provided ", "contributed by ", "contributed ", "funded by ", "funded ",
	"financed by ", "financed ", "paid by ", "paid ", "given by ", "given ", "held by ", "held ", "owned by ", "owned ")

// breakdownBy returns the lower-case clause with every "by" left out
// that does not govern the figure: a change's "by" stands at most three
// words before it ("fell by 5%", "rose by more than 5% and 7%"), or
// before the figure the figure's bracket restates ("down by 5,432 civil
// cases (12%)"); any other names a breakdown ("by tax type", "by age"),
// a deadline or an agent.
func breakdownBy(clause, figure string) string {
	at := indexPhrase(clause, strings.ToLower(strings.Join(strings.Fields(figure), " ")))
	if at < 0 || !hasPhrase(clause, "by") {
		return clause
	}
	var b strings.Builder
	for from := 0; ; {
		i := indexPhrase(clause[from:], "by")
		if i < 0 {
			b.WriteString(clause[from:])
			return b.String()
		}
		i += from
		b.WriteString(clause[from:i])
		if between := strings.Fields(clause[min(i+2, at):at]); i < at && (len(between) <= 3 || strings.ContainsAny(between[0][:1], "0123456789$£€")) {
			b.WriteString("by")
		}
		from = i + 2
	}
}

// hasPhrase reports whether phrase occurs in s (lower case) as whole words.
// modalMay reports whether "may" stands in the lower-cased clause s as a
// modal ("exports may reach"), not as the month ("$2.1 billion in May",
// "May 2019", "on 5 May").
func modalMay(s string) bool {
	f := strings.Fields(s)
	for k, w := range f {
		if strings.Trim(w, ",.;:()") != "may" || strings.ContainsAny(w, ",.;:") {
			continue // "in May," ends a phrase: the month
		}
		if k > 0 {
			switch strings.Trim(f[k-1], ",.;:()") {
			case "in", "of", "since", "until", "from", "by", "on", "last", "next", "early", "late", "mid", "this", "through", "to", "during", "between", "and":
				continue
			}
			if isDigit(f[k-1][0]) {
				continue // "5 May"
			}
		}
		if k+1 < len(f) && isDigit(f[k+1][0]) {
			continue // "May 2019", "May 5"
		}
		return true
	}
	return false
}

// hasPhrase reports whether phrase stands whole in s (indexPhrase).
func hasPhrase(s, phrase string) bool { return indexPhrase(s, phrase) >= 0 }

// indexPhrase returns where phrase first stands whole in s, with no word
// byte (isWordByte) right before or after it, or -1: the one whole-word
// search of the package.
func indexPhrase(s, phrase string) int {
	for from := 0; ; {
		i := strings.Index(s[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		j := i + len(phrase)
		if (i == 0 || !isWordByte(s[i-1])) && (j == len(s) || !isWordByte(s[j])) {
			return i
		}
		from = i + 1
	}
}

// fractionWords name parts of a whole.
var fractionWords = []string{"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"}

// ratioText matches a figure that is a proportion written as a ratio:
// "about 8 out of 10", "one in five", "3 in 4".
var ratioText = lazyRegexp(`\s(?:in|out\s+of)\s+(?:every\s+)?[0-9a-z]+$`)

// isFraction reports whether a bare number is a part of a whole: "two-
// thirds", "over half", "2/3".
func isFraction(m Mention) bool {
	l := strings.ToLower(m.Text)
	if strings.Contains(l, "/") || ratioText.MatchString(l) {
		return true
	}
	for _, w := range fractionWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// housingSubjects name the subject of a housing construction figure,
// whose counted noun is the dwelling unit (dwellingNoun): "housing units
// authorized", "housing starts", "dwellings commenced".
var housingSubjects = []string{"housing units", "housing starts", "housing completions", "housing authorizations", "dwellings", "dwelling units", "new homes", "housing unit"}

// ratioOfNouns name a ratio of one counted noun to another, whose figure is
// a level in "<first> per <second>" (ratioUnit): "pupil teacher ratio",
// "average class size".
var ratioOfNouns = []struct{ Name, Unit string }{
	{"pupil teacher ratio", "pupil per teacher"}, {"pupil-teacher ratio", "pupil per teacher"}, {"pupil/teacher ratio", "pupil per teacher"},
	{"pupil to teacher ratio", "pupil per teacher"}, {"pupil-to-teacher ratio", "pupil per teacher"},
	{"student teacher ratio", "student per teacher"}, {"student-teacher ratio", "student per teacher"}, {"student-to-teacher ratio", "student per teacher"},
	{"student-faculty ratio", "student per faculty"}, {"patient-to-nurse ratio", "patient per nurse"}, {"nurse-to-patient ratio", "nurse per patient"},
	{"pupils per teacher", "pupil per teacher"}, {"average class size", "pupil per class"}, {"pupils per class", "pupil per class"},
	{"persons per household", "person per household"}, {"average household size", "person per household"},
}

// populationRateNouns name a rate of a population read at an age
// (measuredAtAge): "coverage … at 12 months".
var populationRateNouns = []string{"coverage", "uptake", "vaccinated", "immunised", "immunized", "vaccination rate", "immunisation rate", "immunization rate"}
