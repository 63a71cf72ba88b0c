package extract

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// What a figure is, as a statistics office's bulletin of births, deaths
// or crime writes it (drafts53):
//
//	the stillbirth rate fell to 4.7 per thousand total births → a rate
//	read in the year: a level, titled "Stillbirth rate"
//	the average age of mothers increased to 30.0 years → a level
//	… decreased to 1.85 children per woman, from 1.94 in 2012 → 1.94 is
//	the earlier reading of 1.85: its measure, unit and title
//	698,512 live births, a decrease of 4.3% from 729,674 in 2012 →
//	729,674 is the earlier reading of 698,512

// bulletinRateSubject matches a subject that names a rate or an average
// right before the verb that brings it to the figure: "the total
// fertility rate (TFR) decreased to", "the average age of mothers in
// 2013 increased to", "the median age at death was".
var bulletinRateSubject = lazyRegexp(`(?:^[^a-z0-9]*|[,;:]\s*|\bin\s+(?:\d{4}|the\s+year)\s*,?\s*)((?:the\s+)?[a-z][a-z\- ]*?\b(?:rate|ratio|average|mean|median)\b[a-z\-,' ]*?)(?:\s*\([a-z]{2,6}\))?(?:\s+(?:in|for|during)\s+\d{4})?\s+(?:decreased|increased|fell|rose|dropped|declined|climbed|went\s+up|went\s+down|was|stood\s+at|reached)(?:\s+(?:to|at))?\s*$`)

// bulletinRateHeads are the nouns that make a subject a rate or an
// average: its last word ("stillbirth rate") or its first ("average age").
var bulletinRateHeads = []string{"rate", "ratio", "average", "mean", "median"}

// bulletinRate returns the subject of the rate or average m is a reading
// of ("the total fertility rate"), as its sentence writes it in lower
// case, and whether m is one: a figure with a rate's unit ("children per
// woman", "per thousand births") or a count of years, after a subject
// whose words name a rate or an average.
func (d *docDraft) bulletinRate(m Mention) (string, bool) {
	if m.Quantity.Direction != indicators.NoDirection || m.Unit.Kind == indicators.Percent || m.Unit.Kind == indicators.Money {
		return "", false
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	g := bulletinRateSubject.FindStringSubmatch(before)
	if g == nil {
		return "", false
	}
	subj := strings.TrimSpace(g[1])
	if i := strings.LastIndex(subj, ", "); i >= 0 {
		subj = strings.TrimSpace(subj[i+2:])
	}
	subj = strings.TrimPrefix(subj, "the ")
	if subj == "" || len(strings.Fields(subj)) > 8 {
		return "", false
	}
	if m.Unit.Per == "" && !isRateHeadPhrase(subj) {
		return "", false
	}
	return subj, true
}

// isRateHeadPhrase reports whether the subject s names a rate or an
// average: its last word is a rate noun ("stillbirth rate") or its first
// is an average's ("average age of mothers").
func isRateHeadPhrase(s string) bool {
	f := strings.Fields(s)
	if len(f) == 0 {
		return false
	}
	for _, h := range bulletinRateHeads {
		if f[len(f)-1] == h || f[0] == h {
			return true
		}
	}
	return false
}

// bulletinTitleCase returns a rate's subject as a title: its first letter
// upper case and the rest as the sentence writes it, save that a subject
// written in title case ("Total Fertility Rate") is put in sentence case.
func bulletinTitleCase(orig string) string {
	f := strings.Fields(orig)
	title := true
	for _, w := range f {
		r := []rune(w)
		if !unicode.IsUpper(r[0]) || strings.ToUpper(w) == w {
			title = false
		}
	}
	if title && len(f) > 1 {
		for i := 1; i < len(f); i++ {
			f[i] = strings.ToLower(f[i])
		}
	}
	return upperFirst(strings.Join(f, " "))
}

// bulletinMeasure makes a reading of a rate or an average a level, titled
// by its subject.
func (d *docDraft) bulletinMeasure(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.CountKind && ind.Measure != indicators.Stock && ind.Measure != indicators.Level {
		return // a count per a base is a level already (countMeasure): it is titled here too
	}
	subj, ok := d.bulletinRate(m)
	if !ok {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a rate or an average read at a time, a level", subj)
	declare(cl.fieldNotes, "measure", "measure/bulletinMeasure")
	if f := strings.Fields(subj); ind.Unit.Per != "" && ind.Unit.Name == "" && len(f) >= 2 && f[len(f)-1] == "rate" {
		// "the stillbirth rate fell to 4.7 per thousand total births",
		// "The offence rate was 4.5 per 1,000 population": a rate per a
		// base that names nothing counted counts what its rate's noun
		// names, when that noun is one counted (a stillbirth, an offence;
		// not "fertility")
		if noun := f[len(f)-2]; countedRateNoun(noun) {
			ind.Unit.Kind, ind.Unit.Name = indicators.Count, noun
			cl.fieldNotes["unit"] = fmt.Sprintf("%s per %s: what the %q counts", noun, ind.Unit.Per, subj)
			declare(cl.fieldNotes, "unit", "unit/bulletinMeasure")
		}
	}
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	if i := strings.LastIndex(strings.ToLower(before), subj); i >= 0 {
		ind.Title, cl.fieldNotes["title"] = bulletinTitleCase(before[i:i+len(subj)]), "the subject the verb brings to the figure, without the verb or the unit"
		declare(cl.fieldNotes, "title", "title/bulletinMeasure")
	}
}

// countedRateNoun reports whether noun, the word before "rate", names
// something counted (nounMeasure knows it as an event or a holding): a
// stillbirth rate counts stillbirths, an offence rate offences.
func countedRateNoun(noun string) bool {
	_, _, ok := nounMeasure(noun)
	return ok && isLowerWord(noun) && indicators.Singular(noun) == noun
}

// bulletinFromLead matches the words right before a bare figure that is
// the earlier reading of a figure before it: ", from" after "to A unit",
// "a decrease of 4.3% from".
var bulletinFromLead = lazyRegexp(`(?:,\s*from|\b(?:decrease|increase|fall|rise|drop|decline|reduction|growth)\s+of\s+\S+\s+(?:from|on))\s*$`)

// bulletinComparand gives a bare number after "…, from" or "a decrease of
// X% from" the measure, counted noun and title of the figure it is the
// earlier reading of: the last figure before it in its sentence that is
// no change.
func (d *docDraft) bulletinComparand(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number || !m.Unit.IsZero() {
		return
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	c := bulletinFromLead.FindString(before)
	if c == "" {
		return
	}
	o, ok := d.lastBeforeIn(m, func(o Mention) bool {
		return o.Quantity.Direction == indicators.NoDirection && o.Unit.Kind != indicators.Percent
	})
	if !ok {
		return
	}
	r, ok := d.what.readAt[o.Span.Start]
	if !ok || r.measure == indicators.Change {
		return
	}
	c = strings.Join(strings.Fields(c), " ")
	ind.Measure, cl.fieldNotes["measure"] = r.measure, fmt.Sprintf("%q: an earlier reading of %s, whose measure it takes", c, flatText(o.Text))
	declare(cl.fieldNotes, "measure", "measure/bulletinComparand")
	ind.Quantity.Direction = indicators.NoDirection
	if ind.Unit.IsZero() && r.unit.Kind == indicators.Count && r.unit.Name != "" {
		ind.Unit, cl.fieldNotes["unit"] = r.unit, r.unit.String()+", the unit of the figure it is compared with; stated keeps the figure as written"
		declare(cl.fieldNotes, "unit", "unit/bulletinComparand")
	}
	if t := d.titleOf(o); t != "" {
		ind.Title, cl.fieldNotes["title"] = t, "the earlier reading of the figure before it: the same thing"
		declare(cl.fieldNotes, "title", "title/bulletinComparand")
	}
}

// bulletinShareOf matches a part's share of a whole as a bulletin words
// it, in lower case: "account for almost half of all recorded crime in
// 2014-15", "made up 12% of total offences."; the group is the whole.
var bulletinShareOf = lazyRegexp(`\b(?:accounts?|accounted|accounting)\s+for\s+[^.;]*?\bof\s+((?:all|total)\s+[a-z][a-z\- ]*?|the\s+total(?:\s+[a-z][a-z\- ]*?)?)\s*(?:\b(?:in|during|for|over|at)\b|[.,;(]|$)`)

// bulletinAtShare matches a share set at the head of its sentence: "At
// 49%, Crimes of dishonesty account for"; the group is the part.
var bulletinAtShare = lazyRegexp(`^at\s+[^,]+,\s+(.+?)\s+(?:accounts?|accounted)\s+for\b`)

// bulletinItemLead matches the words a list of parts in parentheses
// starts after: "This was followed by", "They include".
var bulletinItemLead = lazyRegexp(`(?:\bfollowed\s+by|\bincluding|\binclude|\bincluded|\bnamely|:)\s+`)

// bulletinShareTitle titles a share in a bulletin's words: "At 49%,
// Crimes of dishonesty account for almost half of all recorded crime"
// → "Crimes of dishonesty as a share of all recorded crime"; and a
// percentage in parentheses after a list item's name, in a paragraph
// whose earlier share named the whole, that name's share: "followed by
// Other crimes (24%)" → "Other crimes as a share of all recorded crime".
func (d *docDraft) bulletinShareTitle(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Share || m.Unit.Kind != indicators.Percent {
		return
	}
	text := d.src.Text
	sent := joinBroken(text[m.Sentence.Start:m.Sentence.End])
	low := strings.ToLower(sent)
	if g := bulletinAtShare.FindStringSubmatchIndex(low); g != nil && m.Span.Start-m.Sentence.Start < g[3] {
		w := bulletinShareOf.FindStringSubmatch(low[g[2]:])
		if w == nil {
			return
		}
		ind.Title, cl.fieldNotes["title"] = upperFirst(sent[g[2]:g[3]])+" as a share of "+strings.TrimSpace(w[1]), "the part the sentence's share is of its whole"
		declare(cl.fieldNotes, "title", "title/bulletinShareTitle#1")
		return
	}
	ps := paragraphStart(text, m.Sentence.Start)
	before := joinBroken(text[ps:m.Span.Start])
	after := strings.TrimLeft(joinBroken(text[m.Span.End:m.Sentence.End]), " ")
	if !strings.HasSuffix(before, "(") || !strings.HasPrefix(after, ")") {
		return
	}
	// The name runs from the item before's closing parenthesis, or from
	// the words the list starts after, whichever is later: "followed by
	// Other crimes (24%), Fire-raising, vandalism etc. (20%)".
	name := strings.TrimSuffix(before, "(")
	from := -1
	if i := strings.LastIndex(name, ")"); i >= 0 {
		from = i + 1
	}
	if g := bulletinItemLead.FindAllStringIndex(name, -1); g != nil && g[len(g)-1][1] > from {
		from = g[len(g)-1][1]
	}
	if from < 0 {
		return
	}
	name = strings.TrimSpace(strings.TrimLeft(name[from:], ",; "))
	name = strings.TrimPrefix(name, "and ")
	if name == "" || len(strings.Fields(name)) > 8 || strings.Contains(strings.TrimSuffix(name, "."), ". ") {
		return
	}
	w := bulletinShareOf.FindAllStringSubmatch(strings.ToLower(joinBroken(text[ps:m.Span.Start])), -1)
	if w == nil {
		return
	}
	ind.Title, cl.fieldNotes["title"] = upperFirst(name)+" as a share of "+strings.TrimSpace(w[len(w)-1][1]), "a list item's percentage in parentheses: its share of the whole the paragraph's share named"
	declare(cl.fieldNotes, "title", "title/bulletinShareTitle#2")
}

// bulletinBalanceBefore matches the words before a trade balance's amount
// as a trade bulletin writes it, in lower case: "a deficit of", "an
// estimated surplus of".
var bulletinBalanceBefore = lazyRegexp(`\b(?:a|an)\s+(?:[a-z]+\s+){0,2}?(deficit|surplus)\s+of\s*$`)

// bulletinBalanceAfter matches what the balance is on, right after the
// amount: "on goods", "on trade in services".
var bulletinBalanceAfter = lazyRegexp(`^\s*on\s+(?:trade\s+in\s+)?(goods\s+and\s+services|goods|services)\b`)

// bulletinBalanceOwner matches the owner of a trade balance named earlier
// in the paragraph: "the UK’s deficit on trade".
var bulletinBalanceOwner = lazyRegexp(`\b([A-Z][A-Za-z]{1,20})['’]s\s+(?:deficit|surplus|trade)\b`)

// bulletinWidening matches a change of a balance set after it, in lower
// case: "widening by", "narrowed by".
var bulletinWidening = lazyRegexp(`\b(widen|narrow)(?:ing|ed|s)?\s+by\s*$`)

// bulletinPrevious matches the base of a change named right after it:
// "from the previous quarter".
var bulletinPrevious = lazyRegexp(`^\s*(?:from|on)\s+the\s+previous\s+(?:quarter|month|year)\b`)

// bulletinPossessive matches an owner's possessive at the head of a
// title, which a title after "of the" drops: "UK’s deficit" → "the UK
// deficit".
var bulletinPossessive = lazyRegexp(`^([A-Z][A-Za-z]{1,20})['’]s\s+`)

// bulletinChangeIn matches a change named right after its amount, in
// lower case: "decrease in exports of fuels;" → "decrease", "exports of
// fuels".
var bulletinChangeIn = lazyRegexp(`^\s*(decrease|increase|fall|rise|drop|decline|reduction)\s+in\s+([a-z][a-z ]*?)\s*(?:[;,]|\.(?:\s|$)|\b(?:in|during|from|over|since|on)\b|$)`)

// bulletinTradeTitle titles a trade bulletin's balances: "a deficit of
// £10.1 billion on goods" → "UK deficit on trade in goods", the owner the
// paragraph named ("the UK’s deficit on trade in goods and services"); and
// "…; widening by £1.5 billion from the previous quarter" → "Widening of
// the UK deficit on trade in goods and services from the previous
// quarter", the figure before it.
func (d *docDraft) bulletinTradeTitle(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.Kind != indicators.Money {
		return
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if g := bulletinBalanceBefore.FindStringSubmatch(before); g != nil {
		a := bulletinBalanceAfter.FindStringSubmatch(after)
		if a == nil {
			return
		}
		t := g[1] + " on trade in " + strings.Join(strings.Fields(a[1]), " ")
		ps := paragraphStart(text, m.Sentence.Start)
		if o := bulletinBalanceOwner.FindAllStringSubmatch(joinBroken(text[ps:m.Span.Start]), -1); o != nil {
			t = o[len(o)-1][1] + " " + t
		}
		ind.Title, cl.fieldNotes["title"] = upperFirst(t), "a balance on goods or services: what it is on, and whose"
		declare(cl.fieldNotes, "title", "title/bulletinTradeTitle#1")
		return
	}
	if c := bulletinChangeIn.FindStringSubmatch(after); c != nil && ind.Measure == indicators.Change {
		// "a £2.2 billion decrease in exports of fuels": the figure's
		// own noun phrase names it.
		ind.Title, cl.fieldNotes["title"] = upperFirst(c[1])+" in "+strings.TrimSpace(c[2]), "the change the figure's own noun phrase names"
		declare(cl.fieldNotes, "title", "title/bulletinTradeTitle#2")
		return
	}
	g := bulletinWidening.FindStringSubmatch(before)
	if g == nil {
		return
	}
	base := bulletinPrevious.FindString(after)
	if base == "" {
		return
	}
	p, ok := d.lastBeforeIn(m, func(o Mention) bool { return o.Unit.Kind == indicators.Money })
	if !ok {
		return
	}
	pt := d.titleOf(p)
	if pt == "" || weakTitle(pt) {
		return
	}
	if bulletinPossessive.MatchString(pt) {
		pt = bulletinPossessive.ReplaceAllString(pt, "$1 ") // a name: kept as written
	} else {
		pt = lowerFirst(pt)
	}
	ind.Title, cl.fieldNotes["title"] = upperFirst(g[1])+"ing of the "+pt+" "+strings.Join(strings.Fields(base), " "), "a balance's change set after it: of that balance, on the base it names"
	declare(cl.fieldNotes, "title", "title/bulletinTradeTitle#3")
}

// bulletinThanEarlier matches the words after a percentage that make it a
// change on an earlier period, in lower case: "lower than the level
// recorded in 2013-14", "higher than in 2019", "less than the previous
// year's total".
var bulletinThanEarlier = lazyRegexp(`^\s*(lower|higher|less|more|smaller|greater)\s+than\s+(?:(?:the|its)\s+)?(?:(?:level|figure|total|number|count)\s+)?(?:(?:recorded|reported|registered|seen)\s+)?(?:in\s+(?:19|20)\d\d|in\s+the\s+(?:previous|preceding)|(?:the\s+)?(?:previous|preceding|last)\s+(?:year|quarter|month))`)

// bulletinThisStarts matches a sentence that points back to the figure
// before it: "This is", "That was".
var bulletinThisStarts = lazyRegexp(`^[^a-z]*(?:this|that|it)\s+(?:is|was|represents|represented)\s*$`)

// bulletinThanChange makes "This is 5% lower than the level recorded in
// 2013-14" a change, down for "lower", of the figure the sentence before
// gave ("Change in crimes recorded by the police"): the level is the
// quantity's own, not a price the figure is spread from.
func (d *docDraft) bulletinThanChange(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.Kind != indicators.Percent || m.Quantity.Direction != indicators.NoDirection {
		return
	}
	text := d.src.Text
	g := bulletinThanEarlier.FindStringSubmatch(strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End])))
	if g == nil {
		return
	}
	dir := indicators.Up
	if g[1] == "lower" || g[1] == "less" || g[1] == "smaller" {
		dir = indicators.Down
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q an earlier period's: a change on it", strings.Join(strings.Fields(g[0]), " "))
	declare(cl.fieldNotes, "measure", "measure/bulletinThanChange")
	d.setDirection(cl, dir, text[m.Sentence.Start:m.Sentence.End])
	if !bulletinThisStarts.MatchString(strings.ToLower(text[m.Sentence.Start:m.Span.Start])) {
		return
	}
	var prev Mention
	found := false
	for _, o := range d.mentionsWithin(paragraphStart(text, m.Sentence.Start), m.Sentence.Start) {
		if !isReportingYear(strings.TrimSpace(o.Text)) && o.Span.End <= m.Sentence.Start {
			prev, found = o, true
		}
	}
	if !found {
		return
	}
	if t := d.titleOf(prev); t != "" && !weakTitle(t) {
		ind.Title, cl.fieldNotes["title"] = "Change in "+lowerFirst(t), "\"this\": the figure of the sentence before"
		declare(cl.fieldNotes, "title", "title/bulletinThanChange")
	}
}

// bulletinComparedWith matches the words right before an earlier reading
// compared with the figure before it, in lower case.
var bulletinComparedWith = lazyRegexp(`\bcompared\s+(?:with|to)\s*$`)

// bulletinComparedStatus gives the earlier reading after "compared with"
// the status of the figure it is compared with when that one is an
// estimate: "was estimated to have been £2.8 billion in March, compared
// with £3.3 billion in February" (an estimated series stays estimated).
func (d *docDraft) bulletinComparedStatus(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Status != indicators.Fact || !strings.HasPrefix(cl.fieldNotes["status"], "no cue word") {
		return
	}
	text := d.src.Text
	if !bulletinComparedWith.MatchString(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))) {
		return
	}
	o, ok := d.lastBeforeIn(m, func(o Mention) bool { return o.Unit.Kind == m.Unit.Kind })
	if !ok {
		return
	}
	q, u, err := indicators.ParseStated(o.Text)
	if err != nil {
		return
	}
	if oc := d.claim(o, q, u); oc.ind.Status == indicators.Estimate {
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("compared with %s, an estimate: the same series", flatText(o.Text))
		declare(cl.fieldNotes, "status", "status/bulletinComparedStatus")
	}
}

// bulletinTimeLead matches a sentence that opens on a time clause and
// goes on to its subject and a change verb right before the figure, in
// lower case: "between 2001 and 2012 live births rose by".
var bulletinTimeLead = lazyRegexp(`^[^a-z0-9]*(?:between\s+\d{4}\s+and\s+\d{4}|from\s+\d{4}\s+to\s+\d{4}|since\s+\d{4}|in\s+\d{4}),?\s+((?:[a-z][a-z\-]*\s+){0,4}[a-z][a-z\-]*)\s+(rose|fell|increased|decreased|grew|declined|dropped)\s+by\s*$`)

// bulletinChangeNouns name the change a verb makes.
var bulletinChangeNouns = map[string]string{"rose": "Rise", "fell": "Fall", "increased": "Increase", "decreased": "Decrease",
	"grew": "Growth", "declined": "Decline", "dropped": "Fall"}

// bulletinTimeLeadTitle titles a change whose sentence opens on a time
// clause by the subject after it: "Between 2001 and 2012 live births rose
// by 23%" → "Rise in live births since 2001"; the time clause dates the
// change and names none of it.
func (d *docDraft) bulletinTimeLeadTitle(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change {
		return
	}
	text := d.src.Text
	g := bulletinTimeLead.FindStringSubmatch(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	if g == nil {
		return
	}
	t := bulletinChangeNouns[g[2]] + " in " + g[1]
	if ind.Base.IsStated() {
		t = d.sinceBase(t, ind.Period, ind.Base)
	}
	ind.Title, cl.fieldNotes["title"] = t, "the subject after the sentence's opening time clause, and the change its verb makes"
	declare(cl.fieldNotes, "title", "title/bulletinTimeLeadTitle")
}
