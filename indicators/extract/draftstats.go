package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a figure of a statistical release is and how sure, as a national
// inventory's quarterly update and a statistics bureau's population
// release write them (drafts35):
//
//	The Quarterly Update … reports on the latest estimates → every figure
//	of the release's period is an estimate, as a flash estimate's are
//	… 532.0 Mt CO2-e, down 0.1 per cent or 0.4 Mt CO2-e → 0.4 Mt is the
//	same change in tonnes: a change, down, with the status of 0.1 per cent
//	the population increased by 238,800 people; the largest increase
//	(75,100 people) and X the smallest (1,700 people) → changes, up
//	Natural increase … was 129,100 people; net overseas migration (109,800
//	people); migration added a further 350 people; a net interstate
//	migration gain of 210 people → flows over the period, no direction
//	an annual growth rate of 1.2% → a change, up
//	the population reached 20.4 million → 20.4 million persons
//	(cat. no. 3101.0) → an identifier; "lowest levels in 29 years" → a
//	record; "the June quarter" → a period, never a fraction

// The status of a statistics release's figures, from the release's own
// words of how it measures them (when88): a release whose opening calls
// its figures estimates, or names the survey, sample or model that makes
// them, makes its figures estimates unless a figure's own words say
// otherwise, while counts of registered events stay facts; a release of
// provisional estimates makes only its own period's figures estimates.
//
//	The Quarterly Update … reports on the latest estimates → estimates
//	Long-Term International Migration estimates in the year ending (YE)
//	March 2016 were: → estimates of the year it reports
//	… growth of 1.1 per cent in seasonally adjusted chain volume terms in
//	the December quarter 2016, a rebound from the previous quarter's
//	decline of 0.5 per cent → both estimates: a modelled measure
//	… 14.1% of people aged 18 years and above smoked cigarettes, … based
//	on our estimate from the Annual Population Survey (APS) → every
//	figure of the survey, 2018's too, is an estimate
//	During 1993, the youngest age group surveyed … from 1 in 8 → a fact:
//	who was surveyed is not how a figure is measured

// maxOpening bounds, in bytes, the opening a release's estimates cue is
// looked for in.
const maxOpening = 3000

// registeredCountRe matches the words of a figure's clause that make it a
// count of registered events, which a register counts whole: "deaths
// registered", "registrations".
var registeredCountRe = lazyRegexp(`\bregist(?:ered|rations?)\b`)

// scaledReadBack reports whether the stated reading q of a measure differs
// from the extractor's only by the power of ten of a scaled unit ("532.0
// Mt CO2-e" is 532.0 million tCO2e; the extractor reads 532 tCO2e): the
// stated reading is the one the catalog keeps.
func scaledReadBack(m Mention, q indicators.Quantity) bool {
	a := m.Quantity
	return m.Kind == Measure && a.Scale == 0 && q.Scale != 0 && !q.IsRange() && !a.IsRange() && a.Qualifier == q.Qualifier &&
		a.Value.Shift(q.Scale.Exp()).Equal(q.Value)
}

// countChangeBefore matches the end of the words before a counted figure
// that is a change: "increased by", "grew by", "fell by".
var countChangeBefore = lazyRegexp(`\b(increased|grew|rose|climbed|fell|decreased|declined|dropped)\s+by\s*$`)

// bracketChangeBefore matches the end of the words before a counted figure
// in brackets that names a change: "the largest increase (", "growth (",
// "the smallest (".
var bracketChangeBefore = lazyRegexp(`\b(increase|increases|growth|rise|gain|decline|decrease|fall|drop|smallest|largest|biggest)\s*\(\s*$`)

// downChanges are the change words of a fall.
var downChanges = map[string]bool{"fell": true, "decreased": true, "declined": true, "dropped": true, "decline": true, "decrease": true, "fall": true, "drop": true}

// populationFlows name the parts of a population's change over a period, whose
// counts are flows: "Natural increase … was 129,100 people".
var populationFlows = []string{"natural increase", "net overseas migration", "net interstate migration",
	"net internal migration", "net international migration", "net migration", "overseas migration", "interstate migration"}

// populationFlow returns why a counted figure is a part of a population's
// change over a period, or "".
func (d *docDraft) populationFlow(own string, person bool) string {
	const why = "a part of a population's change over a period (births, deaths, migration): a flow"
	if c := firstPhrase(own, populationFlows); c != "" {
		return fmt.Sprintf("%q: %s", c, why)
	}
	if person && flowVerbBefore.MatchString(own) {
		return fmt.Sprintf("%q: people added or lost over a period, a flow", strings.TrimSpace(flowVerbBefore.FindString(own)))
	}
	return ""
}

// flowVerbBefore matches the end of the words before a counted flow:
// "added a further", "a gain of", "a net loss of".
var flowVerbBefore = lazyRegexp(`\b(?:added|adding|adds)(?:\s+(?:a\s+further|an\s+additional|another))?\s*$|\b(?:gain|loss)\s+of\s*$`)

// growthRateBefore matches the end of the words before a percentage that
// is a rate of growth: "an annual growth rate of", "a growth rate of".
var growthRateBefore = lazyRegexp(`\b(growth|decline)\s+rate\s+of\s*$`)

// ownPart returns the lower-case words of m's own part of its sentence:
// from the sentence start or the figure before m in it, whichever is
// later, to m (a clause may start inside the brackets m stands in).
func (d *docDraft) ownPart(m Mention) string {
	from := m.Sentence.Start
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && o.Span.End > from {
			from = o.Span.End
		}
	}
	return strings.ToLower(joinBroken(d.src.Text[from:m.Span.Start]))
}

// statsClaim sets the status, measure, direction and unit of a figure by
// the rules of this file, after every other rule of what it is.
func (d *docDraft) statsClaim(cl *claim, m Mention, cs int) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	noCue := strings.HasPrefix(cl.fieldNotes["status"], "no cue word")
	if ind.Status == indicators.Fact && noCue {
		if o, ok := d.glossedChange(m); ok {
			if st, ok := d.what.statusAt[o.Span.Start]; ok && st != indicators.Fact {
				ind.Status, cl.fieldNotes["status"] = st, fmt.Sprintf("the status of %s, which this figure restates", flatText(o.Text))
				declare(cl.fieldNotes, "status", "status/statsClaim")
				noCue = false
			}
		}
	}
	own := d.ownPart(m)
	counted := ind.Unit.Kind == indicators.Count && ind.Unit.Name != ""
	switch {
	case counted && d.populationFlow(own, ind.Unit.Name == "person") != "":
		ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, d.populationFlow(own, ind.Unit.Name == "person")
		declare(cl.fieldNotes, "measure", "measure/statsClaim#1")
		ind.Quantity.Direction = indicators.NoDirection
	case counted && countChangeBefore.MatchString(own):
		g := countChangeBefore.FindStringSubmatch(own)
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: a counted change", g[1]+" by")
		declare(cl.fieldNotes, "measure", "measure/statsClaim#2")
		dir := indicators.Up
		if downChanges[g[1]] {
			dir = indicators.Down
		}
		d.setDirection(cl, dir, sent)
	case counted && bracketChangeBefore.MatchString(own):
		g := bracketChangeBefore.FindStringSubmatch(own)
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("in brackets after %q: a counted change", g[1])
		declare(cl.fieldNotes, "measure", "measure/statsClaim#3")
		dir := indicators.Up
		switch {
		case downChanges[g[1]]:
			dir = indicators.Down
		case g[1] == "smallest" || g[1] == "largest" || g[1] == "biggest":
			// "the largest increase (…) and B the smallest (…)": the change
			// the sentence names before.
			if pd := paceDirection(words(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))); pd != indicators.NoDirection {
				dir = pd
			}
		}
		d.setDirection(cl, dir, sent)
	case ind.Unit.Kind == indicators.Percent && growthRateBefore.MatchString(own):
		g := growthRateBefore.FindStringSubmatch(own)
		dir := indicators.Up
		if g[1] == "decline" {
			dir = indicators.Down
		}
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: a rate of change", g[1]+" rate")
		declare(cl.fieldNotes, "measure", "measure/statsClaim#4")
		if ind.Quantity.Direction == indicators.NoDirection {
			d.setDirection(cl, dir, sent)
		}
	}
	if ind.Measure == indicators.CountKind && ind.Quantity.Direction != indicators.NoDirection {
		// A count has no direction: a change has.
		ind.Quantity.Direction = indicators.NoDirection
	}
	if d.what.statusAt == nil {
		d.what.statusAt = map[int]indicators.Status{}
	}
	d.what.statusAt[m.Span.Start] = ind.Status
}

// monthQuarter matches a month name right before a figure "quarter": "the
// June quarter", "September quarter 2005".
var monthQuarter = lazyRegexp(`(?i)\b(?:` + monthAlt + `)\s*$`)

// periodWord returns why a figure the extractor reads is a word of a
// period, not a figure, or "": "quarter" after a month name is the
// quarter that ends in that month.
func (d *docDraft) periodWord(m Mention) string {
	text := d.src.Text
	if strings.EqualFold(flatText(m.Text), "quarter") && monthQuarter.MatchString(text[m.Sentence.Start:m.Span.Start]) {
		return "\"quarter\" after a month name is a period (the quarter that ends in that month), not a fraction: nothing to draft"
	}
	return ""
}

// catalogueNumberBefore matches the end of the words before an
// identifier: "cat. no.", "catalogue no.", "catalogue number", "no.".
var catalogueNumberBefore = lazyRegexp(`(?i)\b(?:(?:cat\.?|catalogue|catalog)\s*(?:no\.?|number)|no\.)\s*$`)

// catalogueNumbers returns the numbers the document writes after "cat.
// no." or "no.", read once.
func (d *docDraft) catalogueNumbers() map[string]bool {
	if d.what.catRead {
		return d.what.cats
	}
	d.what.catRead = true
	d.what.cats = map[string]bool{}
	text := d.src.Text
	for _, o := range d.mentions {
		if catalogueNumberBefore.MatchString(text[max(o.Sentence.Start, o.Span.Start-24):o.Span.Start]) {
			d.what.cats[flatText(o.Text)] = true
		}
	}
	return d.what.cats
}

// recordSpanBefore matches the end of the words before a number of years
// that describes a record: "their lowest levels in", "the highest in",
// "for the first time in".
var recordSpanBefore = lazyRegexp(`\b(?:lowest|highest|largest|smallest|biggest|strongest|weakest|fastest|slowest|first\s+time)\b[^.;,()]{0,30}\b(?:in|for)\s*$`)

// identifierOrRecord returns why a figure is an identifier or the span of
// a record, not a claim, or "".
func (d *docDraft) identifierOrRecord(m Mention) string {
	text := d.src.Text
	if d.catalogueNumbers()[flatText(m.Text)] && m.Unit.IsZero() {
		return "a catalogue number (\"cat. no.\"), an identifier, not a claim"
	}
	if productNumber(text, m) {
		return "a publication number opening the document's title line, an identifier, not a claim"
	}
	if u := m.Unit.String(); u == "year" || u == "month" || u == "week" || u == "day" || u == "decade" {
		before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
		if g := recordSpanBefore.FindString(before); g != "" {
			return fmt.Sprintf("describes a record (%q), not a count of %ss: a comment", strings.TrimSpace(g)+" "+flatText(m.Text), u)
		}
	}
	return ""
}

// exactInBrackets returns why a fraction in words is restated exactly by
// the percentage in brackets right after it ("over half (54%)"), or "":
// one claim, the exact figure.
func (d *docDraft) exactInBrackets(m Mention) string {
	if !spelledFraction(m) {
		return ""
	}
	text := d.src.Text
	rest := text[m.Span.End:m.Sentence.End]
	if !strings.HasPrefix(strings.TrimLeft(rest, " "), "(") {
		return ""
	}
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start < m.Span.End || o.Unit.Kind != indicators.Percent || strings.TrimSpace(text[m.Span.End:o.Span.Start]) != "(" {
			continue
		}
		f, p := m.Quantity.Value.Float64(), o.Quantity.Value.Float64()/100
		if p-f <= 0.1 && f-p <= 0.1 {
			return fmt.Sprintf("a fraction in words restated exactly by %q in brackets after it: one claim, the exact figure, is drafted", flatText(o.Text))
		}
	}
	return ""
}

// productLine matches a title line that opens with a publication number:
// "4221.0 - Schools, Australia, 2012", "6202.0 – Labour Force".
var productLine = lazyRegexp(`^\s*\d+(?:\.\d+)+\s+[-–—]\s+\S`)

// productNumber reports whether m is the publication number that opens
// the first line of the document (drafts38).
func productNumber(text string, m Mention) bool {
	if !m.Unit.IsZero() || strings.TrimSpace(text[:m.Span.Start]) != "" {
		return false
	}
	return productLine.MatchString(text[m.Span.Start:lineEnd(text, m.Span.Start)])
}

// projectionModal reports whether a status note names only a modal verb
// ("\"could\"", "\"would\""), the weakest cue of a projection.
func projectionModal(note string) bool {
	for _, w := range projectionModals {
		if note == strconv.Quote(w) {
			return true
		}
	}
	return false
}

// pastPeriod reports whether p ends in a year before the document's
// dateline: a period the document reports as past.
func (d *docDraft) pastPeriod(p indicators.Period) bool {
	return p.IsStated() && !d.dateline.IsZero() && lastYear(p) < d.dateline.Year
}
