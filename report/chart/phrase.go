package chart

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

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
	sc := scaleOf(items)

	periods, sources := map[indicators.Period]bool{}, map[string]bool{}
	for _, it := range items {
		periods[it.period] = true
		sources[strings.Join(it.sources, " and ")] = true
	}
	w.labelled = len(periods) > 1
	statuses := map[indicators.Status]bool{}
	for _, it := range items {
		statuses[it.status] = true
	}
	// One status and one period for every bar: the subtitle says them
	// once ("projected prices for December 2015"), the bars need not.
	oneStatus := len(statuses) == 1
	var partsOf [][]string
	for _, it := range items {
		w.values = append(w.values, valueLabel(it))
		w.when = append(w.when, when(it, false))
		src := ""
		if len(sources) > 1 && len(it.sources) > 0 {
			src = strings.Join(it.sources, " and ")
		}
		parts := wording.Parts(it.title, figureOf(it), w.labelled, !oneStatus, src)
		partsOf = append(partsOf, parts)
		w.labels = append(w.labels, wording.Label(it.title, parts...))
	}
	w.quiet = oneStatus && !w.labelled
	oneWay(w.values, items)
	// Labels that still read alike stand for different figures: say which
	// by the figure as the source writes it, and, if even that is the
	// same, by their order.
	relabel := func(extra func(i, nth int) string) {
		count, seen := map[string]int{}, map[string]int{}
		for _, l := range w.labels {
			count[l]++
		}
		for i, l := range w.labels {
			if count[l] > 1 {
				seen[l]++
				partsOf[i] = append(partsOf[i], extra(i, seen[l]))
				w.labels[i] = wording.Label(items[i].title, partsOf[i]...)
			}
		}
	}
	relabel(func(i, _ int) string { return w.values[i] })
	relabel(func(_, nth int) string { return ordinal(nth) })
	// Bars of one title, which the slide's title says, are told apart by
	// what differs alone: "2011", "2012".
	titles := make([]string, len(items))
	for i, it := range items {
		titles[i] = it.title
	}
	if wording.Untitled(title, titles, partsOf) {
		for i := range w.labels {
			w.labels[i] = wording.Bare(partsOf[i]...)
		}
	}

	var units []string
	for _, it := range items {
		units = appendOnce(units, unitPhrase(it, sc))
	}
	if sub := subunit(items); sub != "" && sc == indicators.NoScale {
		units = []string{subunitPhrase(items[0].u, sub)} // as the axis speaks
	}
	// What the figures are and when: "value as of 2013", "pledge and
	// intention, year not stated in the source", "values as of the dates
	// on the bars and target for 2025".
	var kinds []string
	timesOf := map[string][]string{}
	titled := len(periods) == 1 && wording.SaysPeriod(title, items[0].period)
	for _, it := range items {
		k := what(it, false)
		if k == "change" && changeSaid(units) {
			k = "" // "Percent increase", never "Percent increase; change"
		}
		if timesOf[k] == nil {
			kinds = append(kinds, k)
		}
		t := when(it, false)
		if titled {
			t = ""
		}
		timesOf[k] = appendOnce(timesOf[k], t)
	}
	var times []string
	whatsAt := map[string][]string{}
	groupsAt := map[string][][]item{}
	for _, k := range kinds {
		var group []item
		for _, it := range items {
			if wk := what(it, false); wk == k || k == "" && wk == "change" && changeSaid(units) {
				group = append(group, it)
			}
		}
		t := timesOf[k][0]
		if len(timesOf[k]) > 1 {
			k, t = what(group[0], true), manyTimes(group)
		}
		if whatsAt[t] == nil {
			times = append(times, t)
		}
		whatsAt[t] = append(whatsAt[t], k)
		groupsAt[t] = append(groupsAt[t], group)
	}
	var said []string
	for _, t := range times {
		ks := whatsAt[t]
		if len(ks) > 1 || !oneStatus && ks[0] == "" {
			// Several sorts at one time: each says what it is, in the
			// plural for several bars, so that no sort's word reads as
			// every bar's ("facts and pledges", never "pledge" over a
			// fact). A share or a count says it by its status, as it does
			// beside other statuses at other times.
			var named []string
			for j, k := range ks {
				g := groupsAt[t][j]
				if k == "" {
					for _, st := range statusesOf(g) {
						named = appendOnce(named, plural(st, len(g) > 1))
					}
					continue
				}
				if len(g) > 1 && !strings.HasSuffix(k, "s") {
					k = what(g[0], true)
				}
				named = appendOnce(named, k)
			}
			ks = named
		} else if len(ks) == 1 && ks[0] == "" {
			ks = nil
		}
		if s := strings.TrimSpace(wording.JoinWhen(joinAnd(ks), t)); s != "" {
			said = append(said, s)
		}
	}
	if len(units) > 1 && oneKind(items) {
		// "Percent of new HIV infections among men … and percent of new
		// HIV infections among people …" over five lines: the whole they
		// share, once, or the unit alone.
		if c := commonUnit(units); c != "" {
			units = []string{c}
		}
	}
	// One sentence: a phrase after the first starts in lower case unless
	// its first word is a symbol or all capitals ("US$", "MW").
	for i := 1; i < len(units); i++ {
		units[i] = lowerFirstWord(units[i])
	}
	w.unit = strings.Join(units, " and ")
	w.subtitle = w.unit
	if len(said) > 0 {
		w.subtitle += "; " + joinAnd(said)
	}
	return w
}

// changeSaid reports whether the unit phrases of a subtitle say already
// that its figures are changes ("Percent increase", "Percent change over
// 2005 levels"), so that the subtitle need not say "change" again.
func changeSaid(units []string) bool {
	for _, u := range units {
		for _, w := range []string{"change", "increase", "reduction"} {
			if wordIndex(u, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// valueLabel returns the figure of it as a slide writes it: as the
// document does, with a measure unit spelled one way (respell), the
// currency named where a bare "$" is no U.S. dollar (indicators.CurrencyLabel), and
// the fall said of a decrease drawn below zero (indicators.FallLabel) and
// the rise of an increase beside it (wording.RiseLabel: "up 0.7%").
func valueLabel(it item) string {
	v := indicators.CurrencyLabel(respell(it.label, it.u), it.u)
	if it.signed {
		v = wording.Turned(v, it.quote, it.q)
	}
	return v
}

// figureOf returns what package words needs of it to say its time and
// sort.
func figureOf(it item) wording.Figure {
	return wording.Figure{Status: it.status, Measure: it.measure, Period: it.period, Unit: it.u, Op: it.op, Denom: denomOf(it), Issued: it.issued}
}

// what names the sort of figure it is, for a subtitle, in the plural if
// many (wording.What).
func what(it item, many bool) string { return wording.What(figureOf(it), many) }

// statusesOf returns the statuses of items, each once, in order.
func statusesOf(items []item) []string {
	var out []string
	for _, it := range items {
		out = appendOnce(out, it.status.String())
	}
	return out
}

// plural returns word, with an "s" if many.
func plural(word string, many bool) string {
	if many {
		return word + "s"
	}
	return word
}

// when writes the time of a figure, short for a bar label (wording.When).
func when(it item, short bool) string { return wording.When(figureOf(it), short) }

// manyTimes writes the times of several figures of one sort, which their
// bars say each.
func manyTimes(group []item) string {
	it := group[0]
	// Times the document leaves out are said as such: "pledges for 2025
	// and years not stated in the source", never "for the years on the
	// bars" over bars that have none.
	var stated []string
	missing := false
	for _, g := range group {
		if g.period.IsStated() {
			stated = appendOnce(stated, g.period.Label())
		} else {
			missing = true
		}
	}
	if missing {
		none := "periods"
		switch {
		case it.status.IsCommitment():
			none = "years"
		case it.measure == indicators.Stock && it.op == "":
			none = "dates"
		}
		none += " not stated in the source"
		at := "for "
		if it.measure == indicators.Stock && it.op == "" && !it.status.IsCommitment() {
			at = "as of "
		}
		if len(stated) <= 2 {
			return at + joinAnd(stated) + " and " + none
		}
		return at + "the times on the bars, some " + none
	}
	switch {
	case it.status.IsCommitment():
		return "for the years on the bars"
	case it.measure == indicators.Stock && it.op == "":
		return "as of the dates on the bars"
	}
	for _, it := range group {
		if !it.period.IsYear() {
			return "for the periods on the bars"
		}
	}
	return "for the years on the bars"
}

// unitPhrase names what the numbers count, for the subtitle: "US$
// billion", "Percent of world GDP", "Number of countries", "Millions of
// beneficiaries", "MW".
func unitPhrase(it item, sc indicators.Scale) string {
	if per := it.u.Per; per != "" {
		// A rate: "US$ per month", "Thousands of barrels per day".
		base := it
		base.u.Per = ""
		if b := unitPhrase(base, sc); b != "Number" {
			return b + " per " + per
		}
		// A figure of no stated unit ("2,300 per quintal", its currency
		// not written): "Per quintal", not "Number per quintal".
		return "Per " + per
	}
	scale := sc.String()
	u := it.u
	switch u.Kind {
	case indicators.Money:
		return strings.TrimSpace(currencyPrefix(u) + " " + scale)
	case indicators.Percent:
		s := "Percent"
		switch {
		case it.signed:
			s += " change"
		case it.q.Direction == indicators.Down:
			s += " reduction"
		case it.q.Direction == indicators.Up:
			s += " increase"
		}
		if it.base.IsStated() {
			// A change is meaningless without what it is from: "Percent
			// reduction from 2005 levels".
			prep := " from "
			if it.q.Direction == indicators.Up && !it.signed {
				prep = " over "
			}
			s += prep + it.base.Label() + " levels"
		}
		if d := denomOf(it); d != "" {
			s += " of " + d
		}
		return s
	case indicators.PercentagePoint:
		return "Percentage points"
	case indicators.Count:
		if scale != "" {
			return upperFirst(scale) + "s of " + indicators.Plural(u.Name)
		}
		return "Number of " + indicators.Plural(u.Name)
	case indicators.Rank:
		return "Rank"
	case indicators.Times:
		return "Times"
	case indicators.Measure:
		if scale != "" {
			return upperFirst(scale) + " " + spelling(u)
		}
		return spelling(u)
	}
	if scale != "" {
		return upperFirst(scale) + "s"
	}
	return "Number"
}

// spelling returns how a slide spells a measure unit, in the plural: as
// indicators.Format writes it ("MW", "tCO₂e", "metres" where the symbol
// would read as a scale word); for other units, "".
func spelling(u indicators.Unit) string {
	if u.Kind != indicators.Measure {
		return ""
	}
	two := indicators.Format(indicators.Point(indicators.Decimal{Coef: 2}, indicators.Exact), u, indicators.Style{})
	return strings.TrimPrefix(two, "2 ")
}

// respell returns the label of a figure in measure unit u with every
// other spelling of u (its name, plural, symbol and aliases, as
// indicators.LookupMeasure gives them) written as spelling(u): "more
// than 10,700 megawatts" is "more than 10,700 MW". Other labels are
// returned as they are.
func respell(label string, u indicators.Unit) string {
	u.Per = "" // the base is written after the unit, as it is
	m, ok := indicators.LookupMeasure(u.Name)
	if u.Kind != indicators.Measure || !ok {
		return label
	}
	sp := spelling(u)
	forms := append([]string{m.Plural, m.Singular, m.Symbol, m.Display}, m.Aliases...)
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	for _, f := range forms {
		if f == "" || f == sp {
			continue
		}
		if i := wordIndex(label, f); i >= 0 {
			return label[:i] + sp + label[i+len(f):]
		}
	}
	return label
}

// wordIndex returns the index of the last occurrence of w in s as a
// whole word, case-insensitive for words longer than 3 bytes, or -1.
func wordIndex(s, w string) int {
	hay := s
	if len(w) > 3 {
		hay, w = strings.ToLower(s), strings.ToLower(w)
	}
	for end := len(hay); end > 0; {
		i := strings.LastIndex(hay[:end], w)
		if i < 0 {
			return -1
		}
		before := i == 0 || hay[i-1] == ' ' || hay[i-1] >= '0' && hay[i-1] <= '9'
		j := i + len(w)
		after := j == len(hay) || strings.IndexByte(" .,;)", hay[j]) >= 0
		if before && after {
			return i
		}
		end = i
	}
	return -1
}

// lowerFirstWord lowers the first letter of s when its first word is a
// capitalised word ("Percent", "Number"), not a symbol or an acronym.
func lowerFirstWord(s string) string {
	word, _, _ := strings.Cut(s, " ")
	r, n := utf8.DecodeRuneInString(word)
	if n == 0 || !unicode.IsUpper(r) || strings.ToLower(word[n:]) != word[n:] {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// denomOf returns what the percentage of it is a percentage of: its
// denominator, or what its title says it is a percent of ("Federal debt as
// a percent of GDP" is a percent of "GDP"); "" if neither says.
func denomOf(it item) string {
	if it.denom != "" {
		return it.denom
	}
	if it.u.Kind != indicators.Percent {
		return ""
	}
	low := strings.ToLower(it.title)
	for _, lead := range []string{"percent of ", "per cent of ", "percentage of ", "% of ", "share of "} {
		i := strings.LastIndex(low, lead)
		if i < 0 || i > 0 && lead[0] != '%' && low[i-1] != ' ' {
			continue
		}
		return wholeAlone(it.title[i+len(lead):])
	}
	return ""
}

// wholeAlone returns the words that name a whole at the start of s, the
// rest of a title after "percent of": up to a punctuation mark, a
// preposition or a time phrase ("GDP over the past 50 years" is "GDP",
// "world GDP in 2014" is "world GDP").
func wholeAlone(s string) string {
	if j := strings.IndexAny(s, ",;:()–—"); j >= 0 {
		s = s[:j]
	}
	words := strings.Fields(s)
	for i, w := range words {
		low := strings.ToLower(w)
		if i > 0 && (wholeStops[low] || startsWithDigit(low)) {
			words = words[:i]
			break
		}
	}
	return strings.Join(words, " ")
}

// wholeStops are the words that end the name of a whole in a title: the
// prepositions and time words that start what follows it.
var wholeStops = map[string]bool{
	"over": true, "in": true, "for": true, "from": true, "since": true, "during": true,
	"by": true, "at": true, "on": true, "between": true, "to": true, "through": true,
	"until": true, "till": true, "as": true, "after": true, "before": true, "per": true,
	"across": true, "under": true, "within": true, "versus": true, "vs": true, "vs.": true,
	"compared": true, "last": true, "this": true, "next": true, "past": true,
	"averaged": true, "average": true, "projected": true, "estimated": true, "with": true,
}

// startsWithDigit reports whether w starts with a digit: a year or a
// figure ("2014", "1975–2024").
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// shortFigure returns the figure of a count without its counted noun,
// as the document writes the figure, its hedge before it kept ("An
// estimated 23,900", "31,800", "3-5", "more than 1,000", "1.5 million"),
// for a card or a bar whose title and subtitle say what is counted; other
// figures, figures in words ("half a million jobs") and an order of
// magnitude ("tens of thousands of jobs"), as valueLabel writes them.
func shortFigure(it item) string {
	if it.u.Kind != indicators.Count || it.computed != "" || it.unbounded || it.signed || indicators.IsOrderOfMagnitude(it.label) {
		return valueLabel(it)
	}
	f := strings.Fields(it.label)
	end := -1
	for i, w := range f {
		switch {
		case startsWithDigit(w):
			end = i
		case end >= 0 && i == end+1 && it.q.Scale != indicators.NoScale && strings.EqualFold(w, it.q.Scale.String()):
			end = i
		}
	}
	if end < 0 {
		return valueLabel(it)
	}
	return strings.Join(f[:end+1], " ")
}

// countForm says how a count's label is written: bare ("21,400"), the
// figure and its counted noun ("30 countries", "3-5 countries"), or a
// phrase with other words ("31,800 estimated new HIV infections").
func countForm(it item) string {
	l := strings.TrimSpace(it.label)
	last := l[strings.LastIndexByte(l, ' ')+1:]
	switch {
	case l == "" || startsWithDigit(last) || indicators.IsUnitWord(last) && !strings.EqualFold(last, indicators.Plural(it.u.Name)):
		return "bare"
	}
	// The words before the noun must be the figure: digits, a hedge
	// word of the quantity's, a scale or a range's "to".
	head := strings.TrimSpace(strings.TrimSuffix(l, last))
	if !strings.EqualFold(last, indicators.Plural(it.u.Name)) && !strings.EqualFold(last, it.u.Name) {
		return "phrase"
	}
	head = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(head), strings.ToLower(it.q.Qualifier.Word())))
	for _, f := range strings.Fields(head) {
		if !startsWithDigit(f) && f != "to" && f != it.q.Scale.String() {
			return "phrase"
		}
	}
	return "noun"
}

// oneWay writes the value labels of the counts among items one way: when
// one holds words besides its figure and noun ("31,800 estimated new HIV
// infections"), or some carry the noun and others not ("21,400"), every
// count is written short (shortFigure), as the subtitle names what is
// counted.
func oneWay(values []string, items []item) {
	forms := map[string]bool{}
	for _, it := range items {
		if it.u.Kind == indicators.Count && it.computed == "" && !indicators.IsOrderOfMagnitude(it.label) {
			forms[countForm(it)] = true
		}
	}
	if !forms["phrase"] && len(forms) < 2 {
		return
	}
	for i, it := range items {
		values[i] = shortFigure(it)
	}
}

// oneKind reports whether items are all of one kind of unit and one
// currency, where their unit phrases differ only in what they are of.
func oneKind(items []item) bool {
	for _, it := range items[1:] {
		if it.u.Kind != items[0].u.Kind || it.u.Kind == indicators.Money && it.u.Name != items[0].u.Name {
			return false
		}
	}
	return true
}

// commonUnit returns the words units all start with, less the words that
// lead to what differs ("of", "among", "from"): "Percent of new HIV
// infections" of "Percent of new HIV infections among men …" and
// "Percent of new HIV infections among women …"; "" if they share no
// word.
func commonUnit(units []string) string {
	common := strings.Fields(units[0])
	for _, u := range units[1:] {
		f := strings.Fields(u)
		n := 0
		for n < len(common) && n < len(f) && strings.EqualFold(common[n], f[n]) {
			n++
		}
		common = common[:n]
	}
	for len(common) > 0 {
		switch strings.ToLower(common[len(common)-1]) {
		case "of", "among", "in", "from", "over", "for", "to", "by", "and", "the", "a", "an", "per", "with", "who", "that":
			common = common[:len(common)-1]
			continue
		}
		break
	}
	return strings.Join(common, " ")
}
