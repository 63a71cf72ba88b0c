package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// What a figure is, as a statistics office's price bulletin, a migration
// office's quarterly release and a relief agency's release write it
// (drafts44):
//
//	the CPI rose by 7.0% in the 12 months to March → an inflation rate
//	read at a month: a level, no direction
//	…, up from 6.2% in February → the same quantity read earlier: its
//	pair's measure and unit
//	contributions … came from housing (1.49 percentage points, …) → that
//	item's contribution: a change, up for "upward contributions"
//	Afghans (12 500 first time applicants), Nigerians (11 500) → the bare
//	figures of the list count what its first item counts
//	7,027 households participated …, and 5,048 have found … → households
//	165 000 asylum seekers applied … during the first quarter → people
//	applying over a period: a flow

// A figureReading is what the drafter made of a figure: its measure, unit and
// direction, kept by where the figure starts so that a later figure of
// the same quantity ("up from 5.5%") can take them.
type figureReading struct {
	measure indicators.MeasureKind
	unit    indicators.Unit
	dir     indicators.Direction
}

// readingsClaim sets the unit, measure and direction of m by the rules of
// this file and keeps what the figure was drafted as.
func (d *docDraft) readingsClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if c, ok := d.priceIndexRate(m); ok {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a price index's 12-month rise, an inflation rate read at a month, a level", c)
		declare(cl.fieldNotes, "measure", "measure/readingsClaim#1")
		ind.Quantity.Direction = indicators.NoDirection
	} else if dir, c, ok := d.contributionOf(m); ok {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q: an item's contribution to a change, a change", c)
		declare(cl.fieldNotes, "measure", "measure/readingsClaim#2")
		if dir != indicators.NoDirection {
			d.setDirection(cl, dir, sent)
		}
	} else if r, c, ok := d.pairReading(m); ok {
		ind.Measure, cl.fieldNotes["measure"] = r.measure, fmt.Sprintf("%q: an earlier reading of the figure before it, whose measure it takes", c)
		declare(cl.fieldNotes, "measure", "measure/readingsClaim#3")
		if ind.Unit.IsZero() && r.unit.Kind == indicators.Count {
			ind.Unit, cl.fieldNotes["unit"] = r.unit, r.unit.String()+", the unit of the figure it is compared with; stated keeps the figure as written"
			declare(cl.fieldNotes, "unit", "unit/readingsClaim#1")
		}
		switch {
		case r.measure != indicators.Change:
			ind.Quantity.Direction = indicators.NoDirection
		case ind.Quantity.Direction == indicators.NoDirection && r.dir != indicators.NoDirection && indicators.DirectionWord(sent, r.dir) != "":
			ind.Quantity.Direction = r.dir
		}
	}
	if m.Unit.IsZero() && ind.Unit.Kind == indicators.Count {
		if u, ok := compoundCounted(text, m, ind.Unit); ok {
			ind.Unit, cl.fieldNotes["unit"] = u, u.Name+", a compound counted noun kept whole; stated keeps the figure as written"
			declare(cl.fieldNotes, "unit", "unit/readingsClaim#2")
		}
	}
	if c, ok := d.peopleFlow(m, ind.Unit, cs, ce); ok && (ind.Measure == indicators.CountKind || ind.Measure == indicators.Stock) {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Flow, c
		declare(cl.fieldNotes, "measure", "measure/readingsClaim#4")
	}
	if d.what.readAt == nil {
		d.what.readAt = map[int]figureReading{}
	}
	d.what.readAt[m.Span.Start] = figureReading{measure: ind.Measure, unit: ind.Unit, dir: ind.Quantity.Direction}
}

// priceIndexNames name a consumer price index or its rate, lower case
// (lexicon.InflationMeasures).
var priceIndexNames = lazyRegexp(vocab.InflationPattern())

// twelveMonthSpan matches the words that make a rise a 12-month rate:
// "in the 12 months to March 2022", "over the twelve months ending".
var twelveMonthSpan = lazyRegexp(`\b(?:in|over|during|for)\s+the\s+(?:12|twelve)\s+months\s+(?:to|ending|ended|through|until)\b`)

// twelveMonthRate matches a 12-month rate named before a figure: "The
// 12-month rate of the CPI was", "the twelve-month inflation rate".
var twelveMonthRate = lazyRegexp(`\b(?:12|twelve)-month\s+(?:[a-z]+\s+){0,2}rate\b`)

// priceIndexRate returns the name of the price index whose 12-month rise
// m is, and whether it is one: a percentage in a sentence that says "in
// the 12 months to" (or after "the 12-month rate"), after the index's name with no other index figure
// between ("The Consumer Prices Index (CPI) rose by 7.0% in the 12 months
// to March 2022, up from 6.2% in February"). A monthly rise is no such
// rate.
func (d *docDraft) priceIndexRate(m Mention) (string, bool) {
	if m.Unit.Kind != indicators.Percent || m.Unit.Per != "" {
		return "", false
	}
	text := d.src.Text
	sent := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End]))
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if !twelveMonthSpan.MatchString(sent) && !twelveMonthRate.MatchString(before) {
		return "", false
	}
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if f := strings.Fields(after); len(f) > 0 && f[0] == "of" {
		return "", false // "6% of all items": a share
	}
	names := priceIndexNames.FindAllString(before, -1)
	if len(names) == 0 {
		return "", false
	}
	return names[len(names)-1], true
}

// contributionLead matches the words that make the figures in parentheses
// after a sentence's items each item's contribution: "The largest upward
// contributions to the annual rate came from".
var contributionLead = lazyRegexp(`\b(?:(upward|downward|positive|negative)\s+)?contributions?\b`)

// contributionOf reports whether m is a list item's contribution to a
// change: a percentage or percentage points right after the parenthesis
// that follows an item, in a sentence that names contributions before it.
// The direction is the one "upward" or "downward" gives, if any.
func (d *docDraft) contributionOf(m Mention) (indicators.Direction, string, bool) {
	if m.Unit.Kind != indicators.PercentagePoint && m.Unit.Kind != indicators.Percent {
		return 0, "", false
	}
	text := d.src.Text
	if !strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " "), "(") {
		return 0, "", false
	}
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	g := contributionLead.FindAllStringSubmatch(before, -1)
	if g == nil {
		return 0, "", false
	}
	last := g[len(g)-1]
	switch last[1] {
	case "upward", "positive":
		return indicators.Up, last[0], true
	case "downward", "negative":
		return indicators.Down, last[0], true
	}
	return indicators.NoDirection, last[0], true
}

// pairLead matches the words right before a figure that is an earlier
// reading of the quantity before it: "up from", "down from", "compared
// with", "compared with a rise of", "an increase from", "higher than the"
// (comparedLeadAlt) (drafts67T: "11%
// of two year olds …, an increase from 10% in 2018"; "30 markets … in
// 2022 – an increase from 27 markets in 2021").
var pairLead = lazyRegexp(`\b(up from|down from|compared (?:with|to)(?: (?:a|an) (?:rise|increase|fall|decrease|decline|drop|gain) of)?|(?:a|an) (?:small |slight )?(?:rise|increase|fall|decrease|decline|drop) from|` + comparedLeadAlt + `)\s*$`)

// pairReading returns the reading of the figure m is an earlier reading
// of, the words that say so, and whether there is one: "rose by 6.2% …,
// up from 5.5% in February" (a level, if 6.2% is), "1,200 people, up from
// 900" (people).
func (d *docDraft) pairReading(m Mention) (figureReading, string, bool) {
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	g := pairLead.FindStringSubmatchIndex(before)
	if g == nil {
		return figureReading{}, "", false
	}
	lead := before[g[2]:g[3]]
	// "4% higher than the 185,738": the figure right before a comparative
	// is the gap, not the earlier reading.
	o, ok := d.lastBeforeIn(m, func(o Mention) bool {
		return !strings.Contains(lead, " than") || !strings.HasPrefix(strings.TrimSpace(strings.ToLower(joinBroken(text[o.Span.End:m.Span.Start]))), lead)
	})
	if !ok || o.Unit.Kind != m.Unit.Kind && !m.Unit.IsZero() {
		return figureReading{}, "", false
	}
	r, ok := d.what.readAt[o.Span.Start]
	if !ok {
		return figureReading{}, "", false
	}
	return r, lead, true
}

// joinedCountUnit returns the counted noun of the figure a bare number is
// joined to by "and", its sentence's figure before it ("7,027 households
// participated in the program, and 5,048 have found other housing"), why,
// and whether there is one: the bare number must be followed by a verb,
// not a noun of its own.
func (d *docDraft) joinedCountUnit(m Mention) (indicators.Unit, string, bool) {
	text := d.src.Text
	o, ok := d.lastBeforeIn(m, nil)
	if !ok || o.Unit.Kind != indicators.Count || o.Unit.Name == "" {
		return indicators.Unit{}, "", false
	}
	between := strings.ToLower(joinBroken(text[o.Span.End:m.Span.Start]))
	if !strings.HasSuffix(strings.TrimRight(between, " "), " and") && !strings.HasSuffix(strings.TrimRight(between, " "), ", while") {
		return indicators.Unit{}, "", false
	}
	if strings.ContainsAny(between, ";:()") || len(between) > 120 {
		return indicators.Unit{}, "", false
	}
	next := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
	if len(next) == 0 || !joinedVerbs[strings.Trim(next[0], ",.;:")] {
		return indicators.Unit{}, "", false
	}
	return o.Unit, fmt.Sprintf("%s, the counted noun of %s, the figure it is joined to", o.Unit.Name, flatText(o.Text)), true
}

// joinedVerbs stand right after a bare number that is the subject of its
// own clause ("and 5,048 have found …").
// Besides the auxiliaries of drafttitlerelations.go:
var joinedVerbs = withWords(map[string]bool{"will": true,
	"remain": true, "remained": true, "continue": true, "continued": true, "did": true, "received": true, "returned": true, "left": true,
	"found": true, "moved": true, "got": true}, auxiliaries)

// listItemUnit returns the counted noun of the first item of a list of
// places or groups with figures in parentheses, for a bare figure in the
// parentheses of a later item, why, and whether there is one: "Afghans
// (12 500 first time applicants), Nigerians (11 500)" (applicant);
// "registered in Germany (with almost 49 100 first time applicants, or
// 30% …) and Italy (36 900, or 22%)" (applicant).
func (d *docDraft) listItemUnit(m Mention) (indicators.Unit, string, bool) {
	text := d.src.Text
	if !itemParenBefore(text[m.Sentence.Start:m.Span.Start]) {
		return indicators.Unit{}, "", false
	}
	o, ok := d.lastBeforeIn(m, func(o Mention) bool {
		return o.Unit.Kind == indicators.Count && o.Unit.Name != "" && inItemParens(text[m.Sentence.Start:o.Span.Start])
	})
	if !ok {
		return indicators.Unit{}, "", false
	}
	return o.Unit, fmt.Sprintf("%s, the counted noun of %s, the list's first item", o.Unit.Name, flatText(o.Text)), true
}

// itemParenBefore reports whether before, the words of a sentence before
// a figure, ends with a capitalized item and an opening parenthesis:
// "…, Nigerians (", "and Italy (".
func itemParenBefore(before string) bool {
	b := strings.TrimRight(before, " ")
	if !strings.HasSuffix(b, "(") {
		return false
	}
	f := strings.Fields(strings.TrimSuffix(b, "("))
	return len(f) > 0 && isUpperWord(strings.Trim(f[len(f)-1], ",;:"))
}

// inItemParens reports whether before, the words of a sentence before a
// figure, leaves it inside the parentheses of a capitalized item: "Afghans
// (", "Germany (with almost ".
func inItemParens(before string) bool {
	i := strings.LastIndexByte(before, '(')
	if i < 0 || strings.ContainsRune(before[i:], ')') || len(before)-i > 24 {
		return false
	}
	f := strings.Fields(before[:i])
	return len(f) > 0 && isUpperWord(strings.Trim(f[len(f)-1], ",;:"))
}

// flowPeopleUnits are counted people whose number over a period is a flow
// when they apply, arrive, register or are granted or resettled.
var flowPeopleUnits = map[string]bool{"applicant": true, "seeker": true, "asylum seeker": true, "claimant": true, "registrant": true,
	"entrant": true, "applicant for asylum": true}

// applyingPeople are counted people who may be applying, arriving or
// registering, when a verb of it follows them.
var applyingPeople = map[string]bool{"person": true, "people": true, "individual": true, "migrant": true, "refugee": true}

// applyingVerbs say that people apply, arrive, register or are granted or
// resettled.
var applyingVerbs = lazyRegexp(`\b(?:applied|apply|applying|registered|arrived|arriving|granted|resettled|lodged|submitted|filed|crossed)\b`)

// periodSpanWords say that a sentence counts over a period: "during the
// first quarter of 2017", "between January and March 2017".
var periodSpanWords = lazyRegexp(`\b(?:during|between\s+[a-z]+\s+(?:\d{4}\s+)?and|in\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)|over\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half)|in\s+(?:q[1-4]|(?:19|20)\d\d))\b`)

// currentStockWords say that a count is of people at a date, not over a
// period: "continue to be housed", "still".
var currentStockWords = lazyRegexp(`\b(?:continue|continues|continuing|still|remain|remains|currently|as of|as at)\b`)

// peopleFlow returns why a count of people is a flow, and whether it is:
// people applying, arriving, registering, being granted or resettled
// during a stated period ("165 000 first time asylum seekers applied for
// international protection", "Afghans (12 500 first time applicants)" in a
// sentence "between January and March 2017"); people still housed are not.
func (d *docDraft) peopleFlow(m Mention, u indicators.Unit, cs, ce int) (string, bool) {
	if u.Kind != indicators.Count {
		return "", false
	}
	text := d.src.Text
	sent := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End]))
	if currentStockWords.MatchString(sent) {
		return "", false
	}
	name := u.Name
	clause := strings.ToLower(joinBroken(text[cs:ce]))
	switch {
	case flowPeopleUnits[name] || flowPeopleUnits[lastWord(name)]:
		if v := applyingVerb(clause, name); v != "" {
			return fmt.Sprintf("%s and %q: people applying or arriving over a period, a flow", indicators.Plural(name), v), true
		}
		if p := periodSpanWords.FindString(sent); p != "" {
			return fmt.Sprintf("%s counted %q: people applying over a period, a flow", indicators.Plural(name), p), true
		}
	case applyingPeople[name]:
		after := strings.ToLower(joinBroken(text[m.Span.End:ce]))
		if v := applyingVerbs.FindString(strings.Join(strings.Fields(after)[:min(4, len(strings.Fields(after)))], " ")); v != "" && periodSpanWords.MatchString(sent) {
			return fmt.Sprintf("%s who %s over a stated period: a flow", indicators.Plural(name), v), true
		}
	}
	return "", false
}

// applyingVerb returns the first verb of applyingVerbs in clause that is
// no adjective of the counted noun name ("registered asylum seekers"), or
// "".
func applyingVerb(clause, name string) string {
	head := lastWord(name)
	for _, loc := range applyingVerbs.FindAllStringIndex(clause, -1) {
		next := strings.Fields(clause[loc[1]:])
		adjective := false
		for k := 0; k < len(next) && k < 3; k++ {
			if w := strings.Trim(next[k], ",.;:()"); w == head || w == indicators.Plural(head) {
				adjective = true
			}
		}
		if !adjective {
			return clause[loc[0]:loc[1]]
		}
	}
	return ""
}

// compoundSeeker matches a compound counted noun whose head alone names
// nothing: "asylum seekers", "job-seekers", "work seeker".
var compoundSeeker = lazyRegexp(`\b(asylum|job|work|refuge)[- ](seekers?)\b`)

// compoundCounted returns the compound counted noun, kept whole, of a
// count whose unit the drafter chose as its head alone ("seeker" for "the
// number of job seekers"): the compound nearest the figure in its
// sentence, and whether there is one.
func compoundCounted(text string, m Mention, u indicators.Unit) (indicators.Unit, bool) {
	if u.Name != "seeker" {
		return indicators.Unit{}, false
	}
	sent := strings.ToLower(text[m.Sentence.Start:m.Sentence.End])
	at := m.Span.Start - m.Sentence.Start
	best, dist := "", -1
	for _, g := range compoundSeeker.FindAllStringSubmatchIndex(sent, -1) {
		dd := g[0] - at
		if dd < 0 {
			dd = -dd
		}
		if dist < 0 || dd < dist {
			best, dist = sent[g[2]:g[3]]+" seeker", dd
		}
	}
	if best == "" {
		return indicators.Unit{}, false
	}
	return indicators.Unit{Kind: indicators.Count, Name: best}, true
}
