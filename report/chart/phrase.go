package chart

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// words is what a slide says of its figures in English, as describe
// writes it.
type words struct {
	// subtitle is "<unit>; <what and when>": "US$ billion; values as of
	// the dates on the bars", "Millions of beneficiaries; 2014".
	subtitle string
	// unit is the subtitle's unit alone: "US$ billion", a headline's
	// subtitle, whose card says what and when.
	unit string
	// labels are the items' bar labels: the title, and in brackets the
	// status of a commitment, the period when the view's periods differ
	// and the source's short name when the view quotes several sources;
	// no two labels of different figures are the same.
	labels []string
	// values are the items' figures as the document writes them, with a
	// measure unit spelled one way on the slide: "more than 10,700
	// megawatts" is "more than 10,700 MW" beside "less than 2,800 MW".
	values []string
	// when is each item's time as a card or a bar note says it: "as of
	// 2013" for a stock, "target for 2025", "2014" for a flow.
	when []string
	// labelled says whether labels carry the periods.
	labelled bool
	// phrase is what every item's title ends with, which the subtitle
	// says and the labels do not (wording.BarTitles).
	phrase string
	// quiet says whether every item has one status and one period, which
	// the subtitle says once for all: no bar repeats them in a note.
	quiet bool
}

// ordinal returns "first", "second", … for n from 1, and "no. n" after
// ten.
func ordinal(n int) string {
	words := []string{"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
	if n >= 1 && n <= len(words) {
		return words[n-1]
	}
	return "no. " + strconv.Itoa(n)
}

// describe writes the English of a slide of items: every word the chart
// says of units, measures, statuses, periods and sources comes from
// here, built on what package indicators exports (unit and measure
// names, plurals, scale words, the Format spelling of a measure, the
// statuses' words, sources' short names).
//
// A period that title states, the one period of every item, is not said
// again in the subtitle ("Percent; rate" under "…, September to November
// 2019").
func describe(items []item, title string) words {
	var w words
	// A change is over its base and period: two changes to one year from
	// different bases are told apart by their spans (wording.ChangeSpan).
	// Bars that share a period and base leave it to the subtitle; a bar
	// of another says its own (wording.OwnTimes).
	sources := map[string]bool{}
	var times []wording.BarTime
	for _, it := range items {
		times = append(times, wording.BarTime{Period: it.period, Base: changeBase(it)})
		sources[strings.Join(it.sources, " and ")] = true
	}
	own := wording.OwnTimes(times)
	w.labelled = wording.AnyOwn(own)
	// Changes to one period from bases of their own, which the subtitle
	// says once: each bar says its base alone.
	alone := wording.BaseAlone(title, barsOf(items))
	statuses := map[indicators.Status]bool{}
	for _, it := range items {
		statuses[it.status] = true
	}
	// One status and one period for every bar: the subtitle says them
	// once ("projected prices for December 2015"), the bars need not.
	oneStatus := len(statuses) == 1
	var partsOf [][]string
	var named []wording.Named
	for i, it := range items {
		w.values = append(w.values, valueLabel(it))
		w.when = append(w.when, when(it, false))
		src := ""
		if len(sources) > 1 && len(it.sources) > 0 {
			src = strings.Join(it.sources, " and ")
		}
		parts := wording.Parts(it.title, figureOf(it), own[i] && !alone, !oneStatus, src)
		if alone {
			parts = append([]string{wording.BaseLabel(it.base, it.period)}, parts...)
		}
		partsOf = append(partsOf, parts)
		named = append(named, wording.Named{Title: it.title, Parts: strings.Join(parts, "\x00"), Quote: it.quote, Stated: it.label, ID: it.id,
			Period: periodName(it.period), Entity: wording.EntityNames(it.entities)})
	}
	// Bars of one title that would read alike are named by their
	// quotes' words or their ids (wording.TellApart), never by their
	// own values, which their value labels say.
	// Named as every chart of the view names them (wording.BarTitles):
	// the phrase all their titles end with is the subtitle's.
	raw, places := make([]string, len(items)), make([][]string, len(items))
	for i, it := range items {
		raw[i], places[i] = it.title, it.entities
	}
	titles, phrase := wording.BarTitles(title, wording.TellApart(named), raw, places)
	w.phrase = phrase
	w.labels = wording.Labels(titles, partsOf)
	w.quiet = oneStatus && !w.labelled
	oneWay(w.values, items)
	scalesInWords(w.values, items)
	ranksAlike(w.values, items)
	percentsInDigits(w.values, items)
	// Labels that still read alike stand for different figures: say which
	// by their order.
	relabel := func(extra func(i, nth int) string) {
		count, seen := map[string]int{}, map[string]int{}
		for _, l := range w.labels {
			count[l]++
		}
		for i, l := range w.labels {
			if count[l] > 1 {
				seen[l]++
				partsOf[i] = append(partsOf[i], extra(i, seen[l]))
			}
		}
		w.labels = wording.Labels(titles, partsOf)
	}
	relabel(func(_, nth int) string { return ordinal(nth) })
	// Bars of one title are told apart by what differs alone: "2011",
	// "2012"; the title is said once, by the slide's title or the
	// subtitle.
	// A target or threshold drawn as a line across the bars
	// (referenceOf) is no bar: the bars of one title are labelled by what
	// differs alone beside it too, as the book's native chart labels them
	// (s25v-waiting: "Share of … in 12 weeks or less (Q4 2024)" beside the
	// national standard's line, "Q4 2024" in the book).
	ts, ps := titles, partsOf
	ref, _ := referenceOf(items)
	if ref >= 0 {
		ts, ps = slices.Delete(slices.Clone(titles), ref, ref+1), slices.Delete(slices.Clone(partsOf), ref, ref+1)
	}
	untitled, said := wording.Untitled(title, ts, ps)
	for i := range w.labels {
		if untitled && i != ref {
			w.labels[i] = wording.Bare(partsOf[i]...)
		}
	}

	w.unit, w.subtitle = wording.SharedSubtitle(title, barsOf(items), own)
	if keyedPeriods(items) {
		w.subtitle = wording.TimesInLegend(w.subtitle)
	}
	w.subtitle = wording.SubtitleWith(wording.SubtitleWith(w.subtitle, phrase), said)
	var quotes []string
	for _, it := range items {
		quotes = append(quotes, it.quote)
	}
	w.subtitle = wording.ProperCase(w.subtitle, quotes)
	unitOnce(w.values, items, w.unit)
	return w
}

// keyedPeriods reports whether items are drawn as grouped bars whose
// groups, each a colour and an entry of the key, are their periods
// (gridOf): the key, not the bars, says when each figure is.
func keyedPeriods(items []item) bool {
	if r, _ := referenceOf(items); r >= 0 {
		return false
	}
	g, ok := gridOf(items)
	if !ok {
		return false
	}
	for _, row := range g.Cells {
		for j, i := range row {
			if items[i].period.Label() != g.Groups[j] {
				return false
			}
		}
	}
	return true
}

// unitOnce writes the value labels of counts of one noun as their
// figures alone where the subtitle's unit names that noun ("Number of
// registrations"): a bar is labelled with its number, the unit said once
// above the chart, as Our World in Data labels bars (s19m-elections:
// "38,889,429 registrations" eight times under "Number of
// registrations"). A hedge stays ("nearly 30"), and so does a fall's or a
// rise's word ("down 345,818"); a label with words of its own (a phrase
// of the document's), a rate, or counts of several nouns keep theirs. It
// is the PNG's and the deck's rule; a headline card, which has no
// subtitle, writes the noun.
//
// Measures and rates of one unit written whole after every figure are
// their figures alone where the subtitle's unit says that unit: "342"
// under "Litres per meter per day", never "342 litres per meter per day"
// on each of five bars (s31b-leakage). A scale word stays with its
// figure.
func unitOnce(values []string, items []item, unit string) {
	if len(items) == 0 || unit == "" {
		return
	}
	if u := items[0].u; u.Kind == indicators.Measure || u.Kind == indicators.Count && u.Per != "" {
		suffix := ""
		for i, it := range items {
			j := strings.LastIndexFunc(values[i], unicode.IsDigit)
			if it.u != u || it.q.Scale != indicators.NoScale || it.computed != "" || it.unbounded || j < 0 ||
				i > 0 && strings.TrimSpace(values[i][j+1:]) != suffix {
				return
			}
			suffix = strings.TrimSpace(values[i][j+1:])
		}
		if suffix == "" || wording.WordIndex(unit, suffix) < 0 {
			return
		}
		for i := range values {
			values[i] = strings.TrimSpace(strings.TrimSuffix(values[i], suffix))
		}
		return
	}
	noun := items[0].u.Name
	for _, it := range items {
		if it.u.Kind != indicators.Count || it.u.Name != noun || noun == "" || it.u.Per != "" || it.computed != "" ||
			it.unbounded || indicators.IsOrderOfMagnitude(it.label) || countForm(it) == "phrase" {
			return
		}
	}
	if wording.WordIndex(unit, wording.Plural(noun)) < 0 {
		return
	}
	for i, it := range items {
		plain := it
		plain.signed, plain.rise = false, false
		v := shortFigure(plain)
		if turned(it) {
			v = wording.Turned(v, it.q, it.against)
		}
		values[i] = v
	}
}

// valueLabel returns the figure of it as a slide writes it: as the
// document does, with a measure unit spelled one way (respell), the
// currency named where a bare "$" is no U.S. dollar (indicators.CurrencyLabel), and
// the fall said of a decrease drawn below zero (wording.FallLabel) and
// the rise of an increase beside it (wording.RiseLabel: "up 0.7%").
func valueLabel(it item) string {
	v := indicators.CurrencyLabel(respell(it.label, it.u), it.u)
	if it.u.Kind == indicators.Count {
		// "187 centers", "9.0 million units per year", as the card,
		// the Cover and the book's chart say it.
		v = wording.Counted(v, it.u, it.q)
	}
	if turned(it) {
		v = wording.Turned(v, it.q, it.against)
	}
	return v
}

// turned reports whether it's label says which way it went: a change of
// a chart of rises and falls (signed), and a reported rise among rises,
// as the book, the headline and the deck say it ("up 5,100 new
// applications", never a bare "5,100" under a subtitle of "change",
// s32c-childmaint). A commitment to raise keeps its size; its subtitle
// says "increase". A series' points are labelled as stated unless
// signed.
//
// A multiple ("over 40 times") says which way itself and takes no word
// (wording.Alone).
func turned(it item) bool { return (it.signed || it.rise) && it.u.Kind != indicators.Times }

// figureOf returns what package words needs of it to say its time and
// sort.
func figureOf(it item) wording.Figure {
	f := wording.Figure{Status: it.status, Measure: it.measure, Period: it.period, Unit: it.u, Op: it.op, Denom: denomOf(it), Issued: it.issued, Base: it.base, Cadence: wording.Cadence(it.title, it.quote),
		Entities: it.entities}
	f.Index = wording.IndexReference(it.title, f)
	return f
}

// indexOf returns the reference every one of items is an index level
// against ("2015=100", wording.IndexReference), or "" where any is not,
// or two have different references.
func indexOf(items []item) string {
	ref := ""
	for i, it := range items {
		r := figureOf(it).Index
		if r == "" || i > 0 && r != ref {
			return ""
		}
		ref = r
	}
	return ref
}

// changeBase returns the base of it if it is a reported change, whose
// bar label then says its span; else the zero Period.
func changeBase(it item) indicators.Period {
	if it.measure != indicators.Change || it.op != "" || it.status.IsCommitment() {
		return indicators.Period{}
	}
	return it.base
}

// periodName returns p as a bar names it, "" when not stated.
func periodName(p indicators.Period) string {
	if !p.IsStated() {
		return ""
	}
	return p.Label()
}

// when writes the time of a figure, short for a bar label (wording.When).
func when(it item, short bool) string { return wording.When(figureOf(it), short) }

// respell returns the label of a figure in measure unit u with its unit
// in words, as every output writes it (wording.Respell).
func respell(label string, u indicators.Unit) string { return wording.Respell(label, u) }

// denomOf returns what the percentage of it is a percentage of
// (wording.Denominator).
func denomOf(it item) string { return wording.Denominator(it.title, it.denom, it.u) }

// barOf returns what a subtitle reads of it (wording.Bar).
func barOf(it item) wording.Bar {
	return wording.Bar{Figure: figureOf(it), Label: it.label, Q: it.q, Base: it.base, Signed: it.signed}
}

// barsOf returns barOf of each of items.
func barsOf(items []item) []wording.Bar {
	bars := make([]wording.Bar, len(items))
	for i, it := range items {
		bars[i] = barOf(it)
	}
	return bars
}

// shortFigure returns the figure of a count without its counted noun,
// as the document writes the figure, its hedge before it kept ("An
// estimated 23,900", "31,800", "3-5", "more than 1,000", "1.5 million"),
// for a card or a bar whose title and subtitle say what is counted; other
// figures, figures in words ("half a million jobs") and an order of
// magnitude ("tens of thousands of jobs"), as valueLabel writes them.
//
// A rate keeps its base: "21.2 marriages per 1,000 unmarried men" cut
// after its last digits read "21.2 marriages per 1,000", per 1,000 people
// (s16g-marriages).
//
// A change among rises and falls (signed) is written with its direction
// and the noun of its unit as the catalog names it, as the book's native
// chart writes it: "15 FTE officers" is "down 15 full-time equivalent
// officers", never a third wording of the unit (s16h-police).
func shortFigure(it item) string {
	if it.u.Kind != indicators.Count || it.u.Per != "" || it.computed != "" || it.unbounded || indicators.IsOrderOfMagnitude(it.label) {
		return valueLabel(it)
	}
	if turned(it) {
		plain := it
		plain.signed, plain.rise = false, false
		return wording.Turned(wording.CountLabel(shortFigure(plain), it.u, it.q), it.q, it.against)
	}
	f := strings.Fields(it.label)
	end := wording.FigureEnd(it.label, it.q)
	if end < 0 {
		// A figure in words ("three receivership appointments") among
		// figures in digits: written in digits as they are ("3").
		return inDigits(it)
	}
	return strings.Join(f[:end+1], " ")
}

// inDigits returns a count stated in words in digits, with its hedge
// ("about 12"), and its scale ("5 million" of "five million visits",
// beside "105 million": libraries), as shortFigure writes counts short;
// a range is its value label.
func inDigits(it item) string {
	if it.q.IsRange() {
		return valueLabel(it)
	}
	return indicators.Format(it.q, indicators.Unit{}, indicators.Style{Compact: true})
}

// countForm says how a count's label is written: bare ("21,400"), the
// figure and its counted noun ("30 countries", "3-5 countries"), or a
// phrase with other words ("31,800 estimated new HIV infections").
func countForm(it item) string { return wording.CountForm(it.label, it.u, it.q) }

// ranksAlike writes the value labels of ranks one way
// (wording.RanksAlike): "2nd largest", "4th", "6th", never "second
// largest" beside "4th".
func ranksAlike(values []string, items []item) {
	places, names := make([]int, len(items)), make([]string, len(items))
	for i, it := range items {
		if it.u.Kind != indicators.Rank || it.q.IsRange() {
			return
		}
		places[i], names[i] = int(math.Round(it.hi)), it.u.Name
	}
	copy(values, wording.RanksAlike(values, places, names))
}

// percentsInDigits writes a percentage stated in words of a whole number
// of percent in digits ("a quarter" is "25%") beside figures in digits,
// as the book's native chart beside the slide writes it from its number
// format: one wording of a figure (s16g-lifeexp: "a quarter" on the
// slide, "25%" in the book, beside "72%" and "15%"). Alone, or among
// figures in words, it keeps the document's words (wording.WordsKept). A fraction of no whole percent ("about a
// third") keeps its words, which no digits would say without a decimal
// the document never gave.
func percentsInDigits(values []string, items []item) {
	bars := barsOf(items)
	for i, it := range items {
		if it.u.Kind != indicators.Percent || it.computed != "" || it.unbounded || it.signed ||
			strings.ContainsAny(values[i], "0123456789") || it.q.IsRange() || wording.WordsKept(bars, i) {
			continue
		}
		if v := it.q.Value.Float64(); v == math.Trunc(v) {
			// The document's hedge kept: "over a quarter" is "over 25%".
			exact := it.q
			exact.Qualifier = indicators.Exact
			values[i] = strings.TrimSpace(wording.HedgeWord(it.label, it.q.Qualifier) + " " + indicators.Format(exact, it.u, indicators.Style{Compact: true, Words: true}))
		}
	}
	// One style of percent in one chart, the sign's where any label
	// writes it, at the document's precision ("2.6 per cent" beside
	// "12%" and "3.0%" is "2.6%", as the book's native chart writes it,
	// s24s-cycling); the labels all in words keep them.
	if !slices.ContainsFunc(items, func(it item) bool { return it.u.Kind == indicators.Percent && it.u.Per == "" }) ||
		!slices.ContainsFunc(values, func(v string) bool { return strings.Contains(v, "%") }) {
		return
	}
	for i, it := range items {
		if it.u.Kind == indicators.Percent && it.u.Per == "" {
			values[i] = percentSign.ReplaceAllString(values[i], "$1%")
		}
	}
}

// scalesInWords writes a scale abbreviated after its figure ("209.5m",
// "£3bn") in words, "209.5 million", on every label of a chart: the axis
// under the bars spells its scale ("£2,000 million"), as the book's
// native chart of the same view writes every label ("£1,536 million"), so
// a chart of labels all abbreviated read two styles in one view
// (s36g-aid: "£1,536m" over an axis of "£2,000 million", beside the
// book's "£1,536 million"), as "209.5m" beside "16.2 billion" did
// (s25v-loans). The Indicators sheet's Stated column and the quotes keep
// the document's characters.
func scalesInWords(values []string, items []item) {
	for i, it := range items {
		if it.q.Scale != indicators.NoScale {
			values[i] = scaleAbbrev.ReplaceAllString(values[i], "$1 "+it.q.Scale.String())
		}
	}
}

// scaleAbbrev finds a scale abbreviated after a figure: "209.5m",
// "3bn", "40k", "1.2tn".
var scaleAbbrev = regexp.MustCompile(`([0-9])(?:k|m|bn|tn)\b`)

// percentSign finds a percent written in words after its figure ("2.6
// per cent", "40 percent").
var percentSign = regexp.MustCompile(`([0-9]) (?:per cent|percent)\b`)

// oneWay writes the value labels of the counts among items one way: when
// wording.CountsShort says so (one holds words besides its figure and
// noun, "31,800 estimated new HIV infections", or some carry the noun and
// others not, "21,400", all of one noun), every count is written short
// (shortFigure), as the subtitle names what is counted; the book's native
// chart reads the same rule.
//
// Counts of more than one noun (wording.CountsMixed) are each written
// short with their own noun after the figure ("257 fatalities", "3
// appointments"), as the native chart's number formats write them; rates
// of one unit (wording.RatesShort) as their figures alone.
func oneWay(values []string, items []item) {
	bars := barsOf(items)
	switch {
	case wording.CountsMixed(bars):
		for i, it := range items {
			if it.u.Kind == indicators.Count && it.computed == "" && !indicators.IsOrderOfMagnitude(it.label) {
				values[i] = wording.CountLabel(shortFigure(it), it.u, it.q)
			}
		}
	case wording.RatesShort(bars):
		// "653" under "Cases per 100,000 people", the subtitle's unit.
		for i, it := range items {
			values[i] = rateFigure(it)
		}
	case wording.CountsShort(bars):
		for i, it := range items {
			values[i] = shortFigure(it)
		}
	}
}

// rateFigure returns the figure of a rate alone, "653", as every value
// label of rates of one unit writes it (wording.RatesShort) under the
// subtitle or axis that says the unit once: a bar's and a series point's
// alike (s21o-suicide: "17.8 deaths per 100,000 population" on each of
// four points under "Deaths per 100,000 population").
func rateFigure(it item) string {
	return indicators.Format(indicators.Quantity{Value: it.q.Value, Scale: it.q.Scale}, indicators.Unit{}, indicators.Style{Compact: true, Words: true})
}
