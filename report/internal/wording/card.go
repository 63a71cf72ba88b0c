package wording

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A Shown is a figure as a card, a cover line or a cell shows it alone:
// the document's label and what the words around it need.
type Shown struct {
	// Label is the figure as the document writes it ("an estimated
	// 805,000 vacancies", "187", "about US$242 million").
	Label string
	// Quote is the sentence the figure is quoted from. A change is worded
	// by its direction ("down 0.4%"), never by the quote's verb ("fell"),
	// so that a figure reads alike everywhere.
	Quote   string
	Unit    indicators.Unit
	Q       indicators.Quantity
	Measure indicators.MeasureKind
	// Period is what the figure covers: a level over weeks (a 4-week
	// moving average) is an average a week, never a total of them.
	Period indicators.Period
	// Base is what a change is from, as BasePhrase says it after the
	// figure ("down 5% on FY 2013–14", "up 23% since 2001"); "" where
	// the words around the figure say it.
	Base string
	// Against is what a change is set against when that is no earlier
	// period (indicators.Indicator.AgainstWhat: "the forecast", "employed
	// women"), "" for a period: "£2.7 billion below the forecast"
	// (Turned).
	Against string
	// Title is the title the figure is shown under (its indicator's). A
	// card drops the words between a count's figure and its counted noun
	// only where the title says each of them (cardNoun).
	Title string
}

// Alone returns the figure as it is shown with nothing beside it to say
// what it counts or which way it went, in the words of every card, cover
// and slide alike: the currency named (indicators.CurrencyLabel); a
// count with its counted noun after the figure ("187 centers", "an
// estimated 805,000 vacancies"), a phrase of the document's kept as it
// is ("31,800 estimated new HIV infections"); a decrease as a fall (FallLabel: "down 0.2
// percentage points") and an increase as a rise (RiseLabel: "up 0.7%"), so
// that rises and falls listed together read alike; a change followed by
// its base ("down 5% on FY 2013–14"); a rate with its whole unit
// (Counted: "13.6 pupils per teacher", never "13.6 pupils").
func Alone(s Shown) string {
	v := Counted(indicators.CurrencyLabel(s.Label, s.Unit), s.Unit, s.Q)
	if s.Measure == indicators.Change && s.Unit.Kind != indicators.Times {
		// A multiple says which way itself: "over 40 times", never "up
		// over 40 times", which read as a rise of 40-fold on top
		// (s33d-airports), as the book's Value cell writes it (turnWord).
		v = Turned(v, s.Q, s.Against)
	}
	if s.Measure == indicators.Change && s.Base != "" {
		v += " " + s.Base
	}
	if weeklyAverage(s) {
		// "5,033,250 claims, 4-week average", never read as a total of
		// the four weeks; "a week" would misread a level of people.
		v += ", " + AverageNoun(s.Period)
	}
	return v
}

// weeklyAverage reports whether s is a level of a count, money or a
// measure over two weeks or more, an average over them.
func weeklyAverage(s Shown) bool {
	if s.Measure != indicators.Level || weeks(s.Period) < 2 || s.Unit.Per != "" {
		return false
	}
	switch s.Unit.Kind {
	case indicators.Count, indicators.Money, indicators.Measure:
		low := strings.ToLower(s.Label)
		return !strings.Contains(low, "average")
	}
	return false
}

// Card returns the figure as a headline card writes it, a sentence's
// start: Alone with its first letter in upper case ("An estimated 805,000
// vacancies", "About US$242 million").
//
// A card says the figure and its unit, the title carrying the rest: the
// document's words between a count's figure and its counted noun go
// (cardNoun: "2.4 million courses of treatment", never "2.4 million
// individual NHS dental courses of treatment", s22p-dental).
func Card(s Shown) string {
	s.Label = cardNoun(s.Label, s.Unit, s.Q, s.Title)
	return upperFirst(Alone(s))
}

// cardNoun returns label, a count's figure in the document's words,
// without the words between its figure and the first word that is its
// counted noun (the unit's name or its plural), which stays with what
// follows it — where title, the title the card stands under, says each of
// those words or a word says nothing of what is counted ("individual"):
// "2.4 million individual NHS dental courses of treatment" in courses,
// under "NHS dental courses of treatment", is "2.4 million courses of
// treatment". A word the title does not say stays, and the label with it:
// "20,000 additional police officers" under "Police officers" keeps
// "additional"; so does one word alone before the noun, the noun's kind,
// not a run of them that crowds the figure ("70,475 FOI requests", never
// "70,475 requests" beside the Cover's "FOI requests", s29z-foi). A label with no such noun after its figure, or with
// nothing between, is returned as it is.
func cardNoun(label string, u indicators.Unit, q indicators.Quantity, title string) string {
	if u.Kind != indicators.Count || u.Name == "" || u.Per != "" {
		return label
	}
	f := strings.Fields(label)
	end := FigureEnd(label, q)
	if end < 0 {
		return label
	}
	said := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(title)) {
		said[strings.Trim(w, ",;:.()'’\"")] = true
	}
	noun, one := strings.Fields(Plural(u.Name)), strings.Fields(u.Name)
	for i := end + 2; i < len(f); i++ {
		if strings.EqualFold(f[i], noun[0]) || strings.EqualFold(f[i], one[0]) {
			if w := strings.ToLower(strings.Trim(f[end+1], ",;:.()'’\"")); i == end+2 && !cardFillers[w] {
				return label // one word names the noun's kind: "70,475 FOI requests", as the Cover says (s29z-foi)
			}
			for _, w := range f[end+1 : i] {
				if w = strings.ToLower(strings.Trim(w, ",;:.()'’\"")); !said[w] && !cardFillers[w] || cardDoubts[w] {
					return label
				}
			}
			return strings.Join(append(slices.Clone(f[:end+1]), f[i:]...), " ")
		}
	}
	return label
}

// cardFillers are words between a figure and its counted noun that say
// nothing of what is counted, which a card may drop though its title does
// not say them ("2.4 million individual … courses of treatment").
var cardFillers = map[string]bool{"individual": true, "separate": true}

// cardDoubts are words before a counted noun that say it may not be one,
// which a card never drops though its title says them: "17,004 potential
// victims" was "17,004 victims" under "Potential victims of modern
// slavery referred", where the Cover kept "potential" (s26w-slavery).
var cardDoubts = map[string]bool{"potential": true, "possible": true, "suspected": true, "alleged": true, "presumed": true, "probable": true, "attempted": true}

// Counted returns label of a count with its whole unit after it, the
// counted noun (CountLabel) and the base of a rate (WithPer): "13.6" in
// pupils per teacher is "13.6 pupils per teacher", "1,364,000" in units
// per year "1,364,000 units per year". It is the one wording of a count's
// figure with its unit: a card, the Cover, a slide's list and a bar all
// read it, so that none drops the base a rate is read against.
func Counted(label string, u indicators.Unit, q indicators.Quantity) string {
	return WithPer(CountLabel(label, u, q), u)
}

// CountLabel returns label of a count with its counted noun after it
// when the label ends on its figure ("187" is "187 centers"), as a card,
// the Cover and a bar write it alike; other labels as they are.
//
// A measure stated bare ("20" in micrograms per cubic metre) takes its
// name in words (indicators.MeasureWords), as the Indicators sheet's
// format writes it: "20 micrograms per cubic metre", never "20 per cubic
// metre", which drops what is measured (s22p-air).
func CountLabel(label string, u indicators.Unit, q indicators.Quantity) string {
	if u.Kind == indicators.Measure {
		return measureWithName(label, u, q)
	}
	if u.Kind != indicators.Count || u.Name == "" || indicators.IsOrderOfMagnitude(label) {
		return label
	}
	return countWithNoun(label, u, q)
}

// measureWithName returns label, a measure's figure, with the measure's
// name in words after the figure where the label ends on it (or on the
// words before a rate's base): "20" is "20 micrograms", "1" is "1
// tonne"; a label with words after its figure is the document's, kept.
func measureWithName(label string, u indicators.Unit, q indicators.Quantity) string {
	f := strings.Fields(label)
	end := FigureEnd(label, q)
	if end < 0 {
		return label
	}
	p := perAt(f)
	if p < 0 {
		p = len(f)
	}
	if end != p-1 {
		return label
	}
	name, ok := indicators.MeasureWords(u, f[end] != "1" || q.Scale != indicators.NoScale)
	if !ok {
		return label
	}
	return strings.Join(append(append(slices.Clone(f[:p]), name), f[p:]...), " ")
}

// countWithNoun returns label with the counted noun of u after it when
// the label ends on its figure (or the scale word after it), as a count
// stated bare is written ("187", "1.5 million"); a label with words after
// its figure is the document's phrase, kept as it is.
func countWithNoun(label string, u indicators.Unit, q indicators.Quantity) string {
	f := strings.Fields(label)
	if len(f) == 0 {
		return label
	}
	// The figure ends the label, or the words before a rate's base do
	// ("10.3 per 100,000" is "10.3 deaths per 100,000").
	end := FigureEnd(label, q)
	if p := perAt(f); p > 0 && end == p-1 {
		noun := Plural(u.Name)
		if f[end] == "1" {
			noun = u.Name
		}
		return strings.Join(f[:p], " ") + " " + noun + " " + strings.Join(f[p:], " ")
	}
	if end != len(f)-1 && !numberInWords(label) {
		return label
	}
	last := f[len(f)-1]
	noun := Plural(u.Name)
	if last == "1" || strings.EqualFold(label, "one") {
		noun = u.Name
	}
	return label + " " + noun
}

// numberInWords reports whether label is a figure in words and nothing
// else ("three", "twenty-one"), which says no more what it counts than
// "3" does: "Receivership appointments: three" (s16g-insolvency) is
// "three insolvencies". A fraction in words ("half", "a third") is a
// whole number of nothing: it gets no noun.
func numberInWords(label string) bool {
	q, u, err := indicators.ParseStated(label)
	return err == nil && u == (indicators.Unit{}) && q.Qualifier == indicators.Exact && !strings.ContainsAny(label, "0123456789") &&
		q.Value.Float64() == math.Trunc(q.Value.Float64())
}

// WithPer returns label with the base of unit u after it, " per year",
// when u has one the label's words leave out ("9.0 million units" in
// units per year is "9.0 million units per year"), as the book's number
// formats write it: one wording of a figure on the PNG, the slide, the
// Cover and the native chart.
func WithPer(label string, u indicators.Unit) string {
	per := u.Per
	low := strings.ToLower(label)
	if per == "" || strings.Contains(low, " per ") || strings.Contains(label, "/") ||
		strings.Contains(low, " a "+per) || strings.Contains(low, " an "+per) {
		return label
	}
	return label + " per " + per
}

// CardCaption returns the caption under a headline card's figure: the
// figure's title, or, where it would repeat the view's title word for
// word, what the title does not say, the place (entities, as EntityNames
// writes them), or "". A view's title that opens with the figure's and
// goes on to its place or time repeats it too, where the figure names
// what it counts: "Children looked after" under "Children looked after
// in Northern Ireland, 31 March 2015" beside "2,875 children" said the
// title twice (s18k-children), and the caption is the place; a bare
// "698,512" keeps "Live births", which says what it is.
//
// A card is pasted alone, without the view's title: where the figure's
// title does not name the place, the caption adds it ("People sleeping
// rough on a single night, autumn snapshot, England" under "Rough
// sleeping in England, autumn 2024", s14d-homeless), whether the view's
// title names it or not (s29z-foi's card alone said no "United Kingdom",
// every other chart's subtitle did); the world only where the view's
// title names it ("Brent crude oil price forecast, World" said nothing).
//
// A caption the figure already says ("1,385 million passenger rail
// journeys" over "Passenger rail journeys", DfT rail factsheet) says only
// the place, or nothing.
func CardCaption(viewTitle, title, value string, entities []string) string {
	if t := strings.ToLower(strings.TrimSpace(title)); t != "" && hasWords(strings.ToLower(value), t) {
		return EntityNames(entities)
	}
	if strings.EqualFold(strings.TrimSpace(title), strings.TrimSpace(viewTitle)) || opensWith(viewTitle, title) && namesTitle(value, title) {
		return EntityNames(entities)
	}
	if place := EntityNames(entities); place != "" && (hasWords(viewTitle, place) || !slices.Contains(entities, indicators.World)) && !hasWords(title, place) &&
		!slices.ContainsFunc(entities, func(e string) bool { return NamesPlace(title, e) }) {
		return title + ", " + place
	}
	return title
}

// opensWith reports whether view, a view's title, is title or opens with
// it, whole words, followed by a comma or a preposition of where or
// when ("in", "at", "on", "for", "during"); "by councils" goes on to say
// more of what the figure is.
func opensWith(view, title string) bool {
	v, t := strings.TrimSpace(view), strings.TrimSpace(title)
	if t == "" || len(v) < len(t) || !strings.EqualFold(v[:len(t)], t) {
		return false
	}
	rest := v[len(t):]
	if rest == "" || strings.HasPrefix(rest, ",") {
		return true
	}
	f := strings.Fields(rest)
	if !strings.HasPrefix(rest, " ") || len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "in", "at", "on", "for", "during":
		return true
	}
	return false
}

// namesTitle reports whether value, a figure as a card writes it, says a
// word of title, the noun it counts ("2,875 children" of "Children looked
// after"); words of three letters or fewer ("of", "the") do not count.
func namesTitle(value, title string) bool {
	low := strings.ToLower(value)
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if w = strings.Trim(w, ",;:()"); len(w) > 3 && hasWords(low, w) {
			return true
		}
	}
	return false
}

// UnitWritten returns the figure of ind as the document states it
// (ind.Label), with its unit written as every output writes it, the one
// rule of the book, the slide images and the deck: a measure in words
// (Respell: "15,040 hectares" of "15,040 ha"), and a count's noun in the
// case of the catalog's unit where its capital is only the sentence's or
// the headline's (countNounCase: "12,440 People joined …" is "12,440
// people", s18k-defence).
//
// A place is the document's word in every output, the book's Value
// included (its number format writes the word): "highest", "second
// highest", "10th"; never "1st" on one slide beside "highest" on another
// (s22p-alcohol; s20n-cancer's deck and book now say "most" alike).
func UnitWritten(ind *indicators.Indicator) string {
	label := Respell(ind.Label(), ind.Unit)
	if !figureOpens(ind, label) {
		return label // "supports 7,000 Kenyans": the capital is the noun's own
	}
	return countNounCase(label, ind.Unit)
}

// figureOpens reports whether the figure label writes opens a sentence,
// a line or a heading in every quote of ind: the quote starts with it or
// a stop, a colon, a bullet or a line break stands right before it. Only
// then may a capital on its noun be the sentence's rather than the
// noun's.
func figureOpens(ind *indicators.Indicator, label string) bool {
	first, _, _ := strings.Cut(label, " ")
	if first == "" || len(ind.Provenance) == 0 {
		return false
	}
	first = strings.ToLower(first) // "about" of a label is "About" opening a sentence
	for _, p := range ind.Provenance {
		q := strings.ToLower(p.Quote)
		i := strings.Index(q, first)
		if i < 0 {
			return false
		}
		before := strings.TrimRight(q[:i], " \t")
		if before != "" && !strings.HasSuffix(before, "\n") && !strings.ContainsAny(before[len(before)-1:], ".:;•–-") {
			return false
		}
	}
	return true
}

// countNounCase returns label with the noun after its figure in lower
// case where it is the count's unit, a common noun (the catalog's unit
// name is lower case: person, citizen, officer), written with a capital
// only because the document's sentence or headline started with the
// figure ("12,440 People joined …"): "12,440 People" is "12,440 people",
// as verify advises the catalog. A noun that is not the unit's alone,
// an acronym or a word with a capital past its first letter keeps its
// capitals: "180,000 EU citizens" (unit citizen), "15 FTE officers"
// (unit full-time equivalent officer), "NHS beds" (unit NHS bed), "12
// MPs" (unit mp).
func countNounCase(label string, u indicators.Unit) string {
	if u.Kind != indicators.Count || u.Name == "" || u.Name != strings.ToLower(u.Name) {
		return label
	}
	end := strings.LastIndexFunc(label, func(r rune) bool { return r >= '0' && r <= '9' })
	if end < 0 {
		return label
	}
	sp := strings.IndexByte(label[end:], ' ')
	if sp < 0 {
		return label
	}
	at := end + sp + 1
	noun := label[at:]
	low := strings.ToLower(noun)
	if noun == "" || noun == low || noun[0] < 'A' || noun[0] > 'Z' || strings.ToLower(noun[1:]) != noun[1:] {
		return label
	}
	if low != u.Name && indicators.Singular(low) != u.Name {
		return label
	}
	return label[:at] + low
}

// LabelOf returns the figure of ind as a label writes it: as the document
// states it (ind.Label), less the capital its first word has only for
// starting the document's sentence ("An estimated 11%" is "an estimated
// 11%", "About 5 million" "about 5 million"), so that a hedge reads in lower
// case on a bar, in a category ("2019, an estimated 11%") and on the
// Cover; only a leading hedge (indicators.LeadingHedge) or number word
// ("Seventeen states") is lowered, so a name ("Japan's"), a symbol or an
// acronym ("US$5", "EU") keeps its capitals. A card,
// which starts with the figure, writes it with a capital again (Card).
// Its unit is written as every output writes it (UnitWritten).
//
// A count that is a point of a series is written in the series' one unit
// (pointCut): "320,395 cases" beside "309,453 cases in 2017", never
// "320,395 new cases" on the card, the series chart and the claims above
// "cases" on the point before (s20n-cancer).
func LabelOf(ind *indicators.Indicator) string {
	return pointCut(ind, statedLabel(ind))
}

// statedLabel returns the figure of ind as the document writes it, its
// unit as every output writes it (UnitWritten), its thousands grouped by
// commas (CommaGroups; the digits of a count or an amount of money
// written without a separator too, Grouped), lower case unless a name.
//
// A hedge that is the figure's status (StatusHedge: "estimated" of an
// estimate) is left to its status: "9.7 billion".
func statedLabel(ind *indicators.Indicator) string {
	l := UnitWritten(ind)
	if h := indicators.StatusHedge(ind); h != "" && ind.Quantity.Qualifier == indicators.Exact {
		if rest, ok := cutPrefixFold(l, h+" "); ok {
			l = rest
		}
	}
	l = CommaGroups(l) // "34 290" is "34,290", as the book's cells show it
	if k := ind.Unit.Kind; k == indicators.Count || k == indicators.Money {
		l = Grouped(l, ind.Quantity) // never a year written as a figure ("2030")
	}
	first, _, _ := strings.Cut(l, " ")
	if indicators.LeadingHedge(l) == "" {
		if _, _, err := indicators.ParseStated(strings.ToLower(first)); err != nil {
			return l // a name ("Japan's", "January") keeps its capital
		}
	}
	return lowerFirstWord(l)
}

// Previous returns the indicator of c that states ind's figure for the
// period just before ind's (Consecutive), of the same kind and length (a
// year for a year, a quarter for a quarter): the same title, places,
// unit, measure and status, one period earlier; nil if the catalog holds none,
// or ind is a change (whose base says what it is measured from). A
// headline card pasted alone gives the document's own comparison: "269
// fire-related fatalities, 2023" beside "257 in 2022" (s16g-fire).
func Previous(c *indicators.Catalog, ind *indicators.Indicator) *indicators.Indicator {
	if ind.Measure == indicators.Change || !ind.Period.IsStated() {
		return nil
	}
	var out *indicators.Indicator
	for i := range c.Indicators {
		p := &c.Indicators[i]
		if p.ID == ind.ID || !strings.EqualFold(p.Title, ind.Title) || p.Unit != ind.Unit || p.Measure != ind.Measure ||
			p.Status != ind.Status || !slices.Equal(p.Entities, ind.Entities) || !Consecutive(p.Period, ind.Period) || !sameLength(p.Period, ind.Period) ||
			p.Period.From.Years() >= ind.Period.From.Years() {
			continue
		}
		if out == nil || p.Period.From.Years() > out.Period.From.Years() {
			out = p
		}
	}
	return out
}

// PreviousLine returns how a card says the figure of prev, the period
// before its own (Previous), as the card says its own (Card: the figure
// and its counted noun): "257 fatalities in 2022" under "269
// fatalities".
func PreviousLine(prev *indicators.Indicator) string {
	return Alone(Shown{Label: cardNoun(LabelOf(prev), prev.Unit, prev.Quantity, prev.Title), Unit: prev.Unit, Q: prev.Quantity, Measure: prev.Measure, Period: prev.Period, Against: prev.AgainstWhat()}) + " in " + prev.Period.Label()
}

// ChangeOf returns the indicator of c that states the change of ind's
// figure to its period, which a headline card shows under it: a reported
// change of the same places and period, from a stated base, whose title
// says nothing ind's does not, bar its change words ("Change in
// enrolments at NI higher education institutions" of "Students enrolled
// at NI higher education institutions", words alike by their first five
// letters), the change on the period before first, then a percentage;
// nil where the catalog holds none, or ind is a change itself. The card
// had shown "66,245 students in 2020/21" and left out the catalogued "up
// 5%" (s19m-students).
func ChangeOf(c *indicators.Catalog, ind *indicators.Indicator) *indicators.Indicator {
	if ind.Measure == indicators.Change || !ind.Period.IsStated() {
		return nil
	}
	stems := map[string]bool{}
	for _, w := range titleStems(ind.Title) {
		stems[w] = true
	}
	var best *indicators.Indicator
	rank := func(p *indicators.Indicator) int {
		r := 0
		if Consecutive(p.Base, p.Period) {
			r += 2
		}
		if p.Unit.Kind == indicators.Percent {
			r++
		}
		return r
	}
	for i := range c.Indicators {
		p := &c.Indicators[i]
		if p.ID == ind.ID || p.Measure != indicators.Change || p.Period != ind.Period || !p.Base.IsStated() || p.Status.IsCommitment() ||
			p.Status != ind.Status || !slices.Equal(p.Entities, ind.Entities) || !changeUnitOf(p.Unit, ind.Unit) {
			continue
		}
		said := true
		// Words that name its base are change words too: "Change in
		// noise complaints received on the previous year" (s32c-noise's
		// card showed the year before but not its 26.4% rise).
		for _, w := range titleStems(TitleWithoutBase(p.Title, p.Base)) {
			said = said && (stems[w] || changeStems[w])
		}
		if said && (best == nil || rank(p) > rank(best)) {
			best = p
		}
	}
	if best != nil && closerFigure(c, ind, best) {
		return nil
	}
	return best
}

// closerFigure reports whether another figure of c than ind, of ch's
// period, places and status and in a unit ch can be the change of, is
// nearer ch by its title: a title ind's adds words to, of which fewer are
// not ch's, change words aside ("Union membership rate, men" is no nearer
// than the rate of all workers: ind's title does not hold it). A change
// is of that figure, and no card of ind shows it:
// "Change in new requests for adult social care support" is of the
// year's 1.8 million "New requests … received by local authorities", not
// of their "daily equivalent", 5,100 (s28y-socialcare).
func closerFigure(c *indicators.Catalog, ind, ch *indicators.Indicator) bool {
	said := map[string]bool{}
	for _, w := range titleStems(TitleWithoutBase(ch.Title, ch.Base)) {
		said[w] = true
	}
	// The words of p's title that ch's does not say, or -1 where ch's
	// says a word p's does not (bar its change words): no change of p.
	extra := func(p *indicators.Indicator) int {
		own := map[string]bool{}
		n := 0
		for _, w := range titleStems(p.Title) {
			own[w] = true
			if !said[w] {
				n++
			}
		}
		for w := range said {
			if !own[w] && !changeStems[w] {
				return -1
			}
		}
		return n
	}
	held := map[string]bool{}
	for _, w := range titleStems(ind.Title) {
		held[w] = true
	}
	within := func(p *indicators.Indicator) bool {
		for _, w := range titleStems(p.Title) {
			if !held[w] {
				return false
			}
		}
		return true
	}
	for i := range c.Indicators {
		p := &c.Indicators[i]
		if p.ID != ind.ID && p.ID != ch.ID && p.Measure != indicators.Change && p.Period == ch.Period && p.Status == ch.Status &&
			slices.Equal(p.Entities, ch.Entities) && changeUnitOf(ch.Unit, p.Unit) && within(p) && extra(p) >= 0 && extra(p) < extra(ind) {
			return true
		}
	}
	return false
}

// changeUnitOf reports whether a change in unit ch can be the change of a
// figure in unit u: a relative change (percent, or a multiple: "more
// than doubled", s17i-broadband) of any figure, points of a percentage,
// and of any other figure its own unit. "Down 0.4 million people" is no
// change of an 8.8% uninsured rate, though their titles match: it is of
// the count of them (s27x-insurance).
func changeUnitOf(ch, u indicators.Unit) bool {
	switch {
	case ch.Kind == indicators.Percent || ch.Kind == indicators.Times:
		return true
	case u.Kind == indicators.Percent:
		return ch.Kind == indicators.PercentagePoint
	}
	return ch == u
}

// changeStems are the stems of the words a change's title may add to
// its figure's: "Change in", "Percentage change in", "Growth in".
var changeStems = map[string]bool{"chang": true, "perce": true, "growt": true, "in": true, "of": true, "the": true, "rise": true, "fall": true, "incre": true, "decre": true}

// titleStems returns the words of title, in lower case, each cut to its
// first five letters.
func titleStems(title string) []string {
	var out []string
	for _, w := range strings.Fields(strings.ToLower(title)) {
		w = strings.Trim(w, wordPunct)
		if r := []rune(w); len(r) > 5 {
			w = string(r[:5])
		}
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}

// ChangeLine returns how a card says the change ch of its figure (ChangeOf),
// its base after it, the card's period being its own: "up 5% on
// 2020/21".
func ChangeLine(ch *indicators.Indicator) string {
	base := BasePhrase("", ch.Base, ch.Period, false) // the card says the period
	return Alone(Shown{Label: LabelOf(ch), Unit: ch.Unit, Q: ch.Quantity, Measure: indicators.Change, Period: ch.Period, Base: base, Against: ch.AgainstWhat()})
}

// CardComparison returns the comparison a headline card shows under the
// figure of ind, one the document states for it, or none: never two that
// disagree, nor one chosen from another pair of figures. In this order:
//
//   - an earlier figure of the same thing the document states in the
//     figure's own sentence ("the first quarter spend ($205.1 million)
//     has been up on the previous year's first quarter ($199.9
//     million)"), with the change the catalog states from that period,
//     if any;
//   - the change the catalog states of the figure (ChangeOf), with the
//     figure of its base, if the catalog holds it;
//   - the figure of the period before (Previous).
//
// The card had shown "Down 5 per cent on Q4 2010" and "NZ$215.8 million
// in Q4 2010" under a release headed "Gaming machine spend lifts", whose
// own sentence compares the quarter with a year earlier (s20n-gambling).
func CardComparison(c *indicators.Catalog, ind *indicators.Indicator) (prev, change *indicators.Indicator) {
	if ind.Measure == indicators.Change || !ind.Period.IsStated() {
		return nil, nil
	}
	ch := ChangeOf(c, ind)
	if said := SaidWith(c, ind); said != nil {
		if ch != nil && ch.Base != said.Period {
			ch = nil
		}
		return said, ch
	}
	if ch != nil {
		var base *indicators.Indicator
		if p := earlier(c, ind, ch.Base); p != nil {
			base = p
		}
		return base, ch
	}
	return Previous(c, ind), nil
}

// SaidWith returns the earlier figure of the same thing as ind (its
// title, unit, measure, status and places) that the document states in
// the sentence of ind's first quote, the latest if several; nil if none.
func SaidWith(c *indicators.Catalog, ind *indicators.Indicator) *indicators.Indicator {
	if len(ind.Provenance) == 0 {
		return nil
	}
	at := ind.Provenance[0]
	src, ok := c.Source(at.Source)
	if !ok || src.Text == "" {
		return nil
	}
	var out *indicators.Indicator
	for i := range c.Indicators {
		p := &c.Indicators[i]
		if !sameThing(p, ind) || !p.Period.IsStated() || p.Period.From.Years() >= ind.Period.From.Years() {
			continue
		}
		for _, q := range p.Provenance {
			if q.Source == at.Source && q.Span != at.Span && indicators.SameSentence(src.Text, at.Span, q.Span) &&
				(out == nil || p.Period.From.Years() > out.Period.From.Years()) {
				out = p
			}
		}
	}
	return out
}

// earlier returns the figure of the same thing as ind for period p, nil
// if the catalog holds none.
func earlier(c *indicators.Catalog, ind *indicators.Indicator, p indicators.Period) *indicators.Indicator {
	for i := range c.Indicators {
		if q := &c.Indicators[i]; sameThing(q, ind) && q.Period == p {
			return q
		}
	}
	return nil
}

// sameThing reports whether p is a figure of what ind is, another than
// ind: the same title, unit, measure, status and places.
func sameThing(p, ind *indicators.Indicator) bool {
	return p.ID != ind.ID && strings.EqualFold(p.Title, ind.Title) && p.Unit == ind.Unit && p.Measure == ind.Measure &&
		p.Status == ind.Status && slices.Equal(p.Entities, ind.Entities)
}

// ChangeCard returns ChangeLine as a card's line starts it: "Up 5% on
// 2020/21".
func ChangeCard(ch *indicators.Indicator) string { return upperFirst(ChangeLine(ch)) }

// Grouped returns label with the figure q it writes in four digits or
// more without a separator ("1400 venues", "$12500") grouped by commas
// (Thousands), as the book's number formats show it ("1,400 venues"): the
// deck wrote "1400 venues" beside the book's "1,400 venues"
// (s20n-gambling). Only a number that is q's figure (its value, or a
// range's end) is grouped, never a year or a code beside it; a label that
// groups its digits already is left as it is.
func Grouped(label string, q indicators.Quantity) string {
	if groupedRe.MatchString(label) {
		return label
	}
	var values []float64
	for _, d := range []indicators.Decimal{q.Value, q.Low, q.High} {
		values = append(values, d.Float64(), d.Shift(-q.Scale.Exp()).Float64())
	}
	return ungroupedRe.ReplaceAllStringFunc(label, func(m string) string {
		v, err := strconv.ParseFloat(m, 64)
		if err != nil || !slices.Contains(values, v) {
			return m
		}
		return Thousands(v)
	})
}

// ungroupedRe matches a number of four digits or more written without a
// separator, as a whole word: "1400", "12500.5".
var ungroupedRe = regexp.MustCompile(`\b[0-9]{4,}(?:\.[0-9]+)?\b`)

// groupedRe matches digits grouped by a comma: "1,400".
var groupedRe = regexp.MustCompile(`[0-9],[0-9]{3}\b`)

// KeepWhole returns s with the words of each period of ps it names (its
// label or short label: "30 June 2023", "Q1 2010") joined by no-break
// spaces, so that a wrapped cell never breaks a date across lines ("…
// in the year to 30 June / 2023" on the book's card, s20n-population).
func KeepWhole(s string, ps ...indicators.Period) string {
	for _, p := range ps {
		if !p.IsStated() {
			continue
		}
		for _, l := range []string{p.Label(), p.ShortLabel()} {
			if strings.Contains(l, " ") {
				s = strings.ReplaceAll(s, l, strings.ReplaceAll(l, " ", "\u00a0"))
			}
		}
	}
	return s
}

// cutPrefixFold returns s without prefix, case aside, and whether s
// started with it.
func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) < len(prefix) || !strings.EqualFold(s[:len(prefix)], prefix) {
		return s, false
	}
	return s[len(prefix):], true
}
