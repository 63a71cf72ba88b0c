package indicators

import (
	"fmt"
	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"slices"
	"strconv"
	"strings"
)

// One rule reads a measure against what its quote plainly says (the kinds
// as MeasureKind defines them): a figure the text holds "at" the very day
// of its period (a strength "at 1 October 2024", children looked after
// "At 31 March 2015", a length of road "at 1 April 2010", a debt) is a
// stock, whatever else it was called; events
// counted "during the year" over a period longer than a day are a flow,
// not a stock; and an amount of money in millions or more over a quarter
// or a year, with no price or rate word, is a flow, not a level (a level
// is a price, rate, reading or multiple). Only where the text is plain:
// the notice names the words and the measure to write.

// heldAtWords are the words that hold a figure at a date ("at 1 October
// 2024", "as at 31 March 2015"), before the date, lower case.
var heldAtWords = []string{"as at ", "as of ", "at "}

// eventsOverWords are the words that count events over the period a
// figure covers ("1,847 de- registrations during the year"), lower case;
// not "over the year", which times a change of a stock ("Over the year to
// 2019 teacher numbers increased by 288 to 52,247", testdata/kinds/schools).
var eventsOverWords = []string{"during the year", "during the period", "during the quarter", "in the past 12 months", "in the last 12 months"}

// measureNotice says what measure to write for ind where its quote, in
// the text, plainly says another (see above), or "".
func (c *Catalog) measureNotice(ind *Indicator) string {
	p, text, ok := c.firstQuoteIn(ind)
	if !ok {
		return ""
	}
	if msg := rateAsCount(ind); msg != "" {
		return msg
	}
	day := ind.Period.IsStated() && !ind.Period.IsSpan() && ind.Period.From.Day != 0
	if msg := countOverSpan(ind, p.Quote); msg != "" {
		return msg
	}
	if msg := averageOrPeople(ind, sentenceAround(text, p.Span), p.Quote); msg != "" {
		return msg
	}
	switch ind.Measure {
	case Share:
		// A counted noun, or a bare number no percentage can be ("43,175"
		// appeals written as the share beside it, s31b-parking; a table's
		// bare "17.3" is a percent).
		if ind.Unit.Per == "" && (ind.Unit.Kind == Count || ind.Unit.Kind == NoUnit && !ind.Quantity.IsRange() && ind.Quantity.Value.Float64() > 100) {
			return fmt.Sprintf("measure share is a part of a whole in percent, but %q is a number of things: write measure: flow (events over a period) or stock (held at a date), with what it is a part of in the title, or the percent the text gives in stated", figureText(ind))
		}
	case Flow, CountKind:
		if !day || !slices.Contains([]UnitKind{NoUnit, Count, Measure, Money}, ind.Unit.Kind) || ind.Unit.Per != "" {
			return "" // a rate "per day" is no figure held at a date
		}
		if at := heldAt(quoteLine(text, p.Span), ind.Period); at != "" {
			return fmt.Sprintf("measure %s is %s, but the text holds the figure %q, on the day of its period: a figure held at a date is a stock: write measure: stock",
				ind.Measure, measureMeaning(ind.Measure), at)
		}
	case Stock:
		if day || !ind.Period.IsStated() {
			return ""
		}
		low := lowerASCII(foldString(p.Quote))
		for _, w := range eventsOverWords {
			if hasWord(low, w) {
				return fmt.Sprintf("measure stock is held at a date, but the quote counts %q over period %s: events over a period are a flow: write measure: flow", w, ind.Period)
			}
		}
	case Level:
		if msg := c.countAsLevel(ind, p, text); msg != "" {
			return msg
		}
		if day || !ind.Period.IsStated() || ind.Unit.Kind != Money || ind.Unit.Per != "" || ind.Quantity.Scale.Exp() < 6 {
			return ""
		}
		// A word that names a level (measureWords: a price, rate,
		// average, index …) anywhere in the sentence makes it no plain
		// case.
		low := lowerASCII(foldString(sentenceAround(text, p.Span)))
		for w, k := range measureWords {
			if k == Level && strings.Contains(low, strings.ReplaceAll(w, "_", " ")) {
				return ""
			}
		}
		if strings.Contains(low, "per ") {
			return ""
		}
		return fmt.Sprintf("measure level is a price, rate, reading or multiple, but %q over period %s is an amount of money over a period: write measure: flow (stock if the text holds it at a date)", ind.Stated, ind.Period)
	}
	return ""
}

// countAsLevel says what measure to write for a number of things written
// measure: level ("4,028,717" registrations on a register in December
// 2021, s19m-elections), or "": a level is a price, rate, reading or
// multiple, and a count of things is a stock at a date or a flow of
// events over a period. Only where plain: a counted noun with no base
// ("per"), no length of time ("82.9 years" of life expectancy is a
// reading) nor score ("points"), in a sentence with no word of a level
// (an average, rate, index …). The measure named is stock where the
// period is a day or a month, or the text holds the figure at its date;
// flow where the quote counts it over a period; else both, each with
// what it counts.
func (c *Catalog) countAsLevel(ind *Indicator, p Provenance, text string) string {
	u := ind.Unit
	if u.Kind != Count || u.Per != "" || !ind.Period.IsStated() {
		return ""
	}
	switch lastWord(u.Name) {
	case "year", "month", "week", "day", "hour", "minute", "second", "point", "time":
		return ""
	}
	low := lowerASCII(foldString(sentenceAround(text, p.Span)))
	for w, k := range measureWords {
		if k == Level && hasWord(low, strings.ReplaceAll(w, "_", " ")) {
			return ""
		}
	}
	if strings.Contains(low, "per ") || strings.Contains(low, "=100") || strings.Contains(low, "= 100") {
		return ""
	}
	what := fmt.Sprintf("measure level is a price, rate, reading or multiple, but %q counts %s", figureText(ind), Plural(u.Name))
	pq := lowerASCII(foldString(p.Quote))
	for _, w := range eventsOverWords {
		if hasWord(pq, w) {
			return fmt.Sprintf("%s %q: events over a period are a flow: write measure: flow", what, w)
		}
	}
	if at := heldAt(quoteLine(text, p.Span), ind.Period); at != "" {
		return fmt.Sprintf("%s, and the text holds it %q: a count of things at a date is a stock: write measure: stock", what, at)
	}
	if !ind.Period.IsSpan() && !ind.Period.Split && !ind.Period.Fiscal && !ind.Period.UpTo && ind.Period.From.Month != 0 {
		return fmt.Sprintf("%s in %s: a count of things at a date is a stock: write measure: stock (or flow, if it counts events over the month)", what, ind.Period.Label())
	}
	return fmt.Sprintf("%s: a count of things present at a date is a stock (write measure: stock), one of events over a period a flow (write measure: flow)", what)
}

// countOverSpan says what measure to write for a count (a number of
// kinds, places or members) whose quote counts events over its period
// ("34 290 commencements in the September 2018 quarter", s21o-apprentice;
// "529,475 searches carried out … in 2022-23", s24s-stopsearch), or "":
// the counted noun names events (lexicon.EventNoun: not "12 countries
// reported new cases") and the quote names the quarter (quarterWords),
// counts "during the year" (eventsOverWords), or sets the period's year
// after "in", "during" or "over". A period's flow is the twin of a stock
// held at a date (the Flow and CountKind case above), so a day's count
// takes none.
func countOverSpan(ind *Indicator, quote string) string {
	if ind.Measure != CountKind || !ind.Period.IsStated() || ind.Period.From.Day != 0 && !ind.Period.IsSpan() || ind.Unit.Kind != Count ||
		!lexicon.EventNoun(lastWord(ind.Unit.Name)) {
		return "" // "12 countries" in a quarter count places, no events
	}
	low := lowerASCII(foldString(quote))
	words := append(slices.Clone(eventsOverWords), quarterWords...)
	for _, lead := range []string{"in ", "during ", "over "} {
		words = append(words, lead+strconv.Itoa(ind.Period.From.Year))
	}
	for _, w := range words {
		if i := indexWord(low, w); i >= 0 {
			// "in 2022-23", the whole of the period's words
			end, _, _ := strings.Cut(low[i+len(w):], " ")
			w += strings.TrimRight(end, ".,;:)")
			return fmt.Sprintf("measure count is %s, but %q counts events over period %s (the quote's %q): events over a period are a flow: write measure: flow", measureMeaning(CountKind), figureText(ind), ind.Period, w)
		}
	}
	return ""
}

// quarterWords name a span of months a figure's events fall in, lower case.
var quarterWords = []string{"quarter", "half-year", "half year"}

// measureMeaning says what a measure kind counts, for a notice.
func measureMeaning(k MeasureKind) string {
	if k == CountKind {
		return "a number of kinds, places or members"
	}
	return "events counted over a period"
}

// quoteLine returns the quote's sentence, and where the quote ends a line
// the next line's first clause ("…Service Personnel\nat 1 October 2024,"):
// gov.uk's headline blocks give the date on the line below the figure.
func quoteLine(text string, sp Span) string {
	s := sentenceAround(text, sp)
	if sp.End < len(text) && text[sp.End] == '\n' {
		next := text[sp.End+1:]
		if i := strings.IndexAny(next, ",.\n"); i >= 0 {
			next = next[:i]
		}
		s += "\n" + next
	}
	return s
}

// heldAt returns the words of s that hold a figure at the day of period
// ("at 1 October 2024"), or "".
func heldAt(s string, period Period) string {
	low, offs := foldedLower(s)
	for _, w := range heldAtWords {
		for i := 0; ; {
			k := strings.Index(low[i:], w)
			if k < 0 {
				break
			}
			i += k
			if i == 0 || !isAlnum(low[i-1]) {
				if d, n := dateAt(low[i+len(w):]); n > 0 && d == period {
					return s[offs[i]:offs[i+len(w)+n]]
				}
			}
			i += len(w)
		}
	}
	return ""
}

// rateAsCount says what to write for a rate per a number of people or
// things ("653 cases per 100,000 people", unit: case per 100,000 people)
// written as a count, flow or stock, or "": a rate per a population is a
// level, which no output adds up or draws as a number of things
// (s20n-cancer). A rate per a span of time ("878 cancers per day") is a
// flow and stays.
func rateAsCount(ind *Indicator) string {
	switch ind.Measure {
	case CountKind, Flow, Stock:
	default:
		return ""
	}
	per := ind.Unit.Per
	if per == "" || per[0] < '0' || per[0] > '9' {
		return ""
	}
	return fmt.Sprintf("measure %s is %s, but unit %q is a rate per %s, a level of it, not a number of things: write measure: level", ind.Measure, measureMeaning(ind.Measure), ind.Unit, per)
}

// measureNotices returns a notice, at its measure, for each indicator
// whose quote plainly says another measure (measureNotice).
func (c *Catalog) measureNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if msg := c.measureNotice(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
	}
	return l
}

// averageOrPeople says what measure to write for ind where the unit and
// its clause decide it, or "": a number of days (or another span of
// time) that its sentence gives as an average per site ("27 days on
// average per site", s22p-air, accepted under every measure) is a level;
// a number of people (lexicon.PeopleNouns) under measure: count
// ("There were 1,438 dentists", s22p-dental) is a stock where its quote
// says they are ("there were"), or a flow where it counts them over a
// period ("seen in the last 24 months", a head count over a rolling
// window), and a stock where its period is a month or a day, the date it
// is held at ("340,000 households" as at October 2024; a day is told
// by its own rule); where neither
// says, nothing.
func averageOrPeople(ind *Indicator, sentence, quote string) string {
	u := ind.Unit
	if u.Kind != Count || u.Per != "" {
		return ""
	}
	low := lowerASCII(foldString(sentence))
	if ind.Measure != Level && slices.Contains(lexicon.Durations, u.Name) {
		for _, w := range lexicon.AverageWords {
			if hasWord(low, w) {
				return fmt.Sprintf("measure %s is %s, but its sentence gives %q %q, an average per site or per thing: an average is a level: write measure: level", ind.Measure, measureMeaning(ind.Measure), figureText(ind), w)
			}
		}
	}
	if ind.Measure != CountKind || !slices.Contains(lexicon.PeopleNouns, lastWord(u.Name)) {
		return ""
	}
	what := fmt.Sprintf("measure count is a number of kinds, places or members, but %q counts people", figureText(ind))
	if Plural(u.Name) != "people" {
		what += " (" + Plural(u.Name) + ")"
	}
	q := lowerASCII(foldString(quote))
	for _, w := range append(slices.Clone(eventsOverWords), "in the last", "in the past", "months before", "during") {
		if hasWord(q, w) {
			return fmt.Sprintf("%s counted %q: people counted over a period as they are served are a flow (a head count over its window; README: \"patients seen in the last 24 months\"): write measure: flow", what, w)
		}
	}
	for _, w := range []string{"there were", "there are", "there was", "there is"} {
		if hasWord(q, w) {
			return fmt.Sprintf("%s, and the quote says %q of them: people present at a date, or through a period, are a stock: write measure: stock", what, w)
		}
	}
	if p := ind.Period; p.IsStated() && !p.IsSpan() && !p.UpTo && p.From.Month != 0 && p.From.Day == 0 {
		// "Around 340,000 households (25%) in Wales were in fuel
		// poverty" as at October 2024 (s27x-fuelpov): held at a date.
		return fmt.Sprintf("%s at %s: people held at a date are a stock: write measure: stock (measure: flow where they are counted as they come over that month)", what, p.Label())
	}
	return "" // the clause does not decide it
}
