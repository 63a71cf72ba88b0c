package chart

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// words is what a slide says of its figures in English, as describe
// writes it.
type words struct {
	// subtitle is "<unit>; <what and when>": "US$ billion; values as of
	// the dates on the bars", "Millions of beneficiaries; 2014".
	subtitle string
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

// withParts returns title with parts in parentheses after it, inside the
// title's own closing parenthesis if it ends with one: "Low end (95%
// confidence; projection)", never "(95% confidence) (projection)".
func withParts(title string, parts []string) string {
	if len(parts) == 0 {
		return title
	}
	if strings.HasSuffix(title, ")") && strings.Contains(title, " (") {
		return strings.TrimSuffix(title, ")") + "; " + strings.Join(parts, ", ") + ")"
	}
	return title + " (" + strings.Join(parts, ", ") + ")"
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
func describe(items []item) words {
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
		var parts []string
		switch {
		case w.labelled && !strings.Contains(it.title, it.period.Label()):
			parts = append(parts, when(it, true))
		case it.status.IsCommitment() && !oneStatus && !strings.Contains(strings.ToLower(it.title), it.status.String()):
			parts = append(parts, it.status.String())
		}
		if len(sources) > 1 && len(it.sources) > 0 {
			parts = append(parts, strings.Join(it.sources, " and "))
		}
		partsOf = append(partsOf, parts)
		w.labels = append(w.labels, withParts(it.title, parts))
	}
	w.quiet = oneStatus && !w.labelled
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
				w.labels[i] = withParts(items[i].title, partsOf[i])
			}
		}
	}
	relabel(func(i, _ int) string { return w.values[i] })
	relabel(func(_, nth int) string { return ordinal(nth) })

	var units []string
	for _, it := range items {
		units = appendOnce(units, unitPhrase(it, sc))
	}
	// What the figures are and when: "value as of 2013", "pledge and
	// intention, year not stated in the source", "values as of the dates
	// on the bars and target for 2025".
	var kinds []string
	timesOf := map[string][]string{}
	for _, it := range items {
		k := what(it, false)
		if timesOf[k] == nil {
			kinds = append(kinds, k)
		}
		timesOf[k] = appendOnce(timesOf[k], when(it, false))
	}
	var times []string
	whatsAt := map[string][]string{}
	groupsAt := map[string][][]item{}
	for _, k := range kinds {
		var group []item
		for _, it := range items {
			if what(it, false) == k {
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
		said = append(said, joinWhen(joinAnd(ks), t))
	}
	// One sentence: a phrase after the first starts in lower case unless
	// its first word is a symbol or all capitals ("US$", "MW").
	for i := 1; i < len(units); i++ {
		units[i] = lowerFirstWord(units[i])
	}
	w.subtitle = strings.Join(units, " and ") + "; " + joinAnd(said)
	return w
}

// valueLabel returns the figure of it as a slide writes it: as the
// document does, with a measure unit spelled one way (respell), the
// currency named where a bare "$" is no U.S. dollar (indicators.CurrencyLabel), and
// the fall said of a decrease drawn below zero (indicators.FallLabel).
func valueLabel(it item) string {
	v := indicators.CurrencyLabel(respell(it.label, it.u), it.u)
	if it.signed && it.q.Direction == indicators.Down {
		v = indicators.FallLabel(v, it.quote)
	}
	return v
}

// joinWhen puts a time after what a figure is: "value" and "as of 2013"
// give "value as of 2013", "share" and ", 2014" give "share, 2014", ""
// and ", 2014" give "2014".
func joinWhen(what, when string) string {
	switch {
	case what == "":
		return strings.TrimPrefix(when, ", ")
	case strings.HasPrefix(when, ","):
		return what + when
	}
	return what + " " + when
}

// what names the sort of figure it is, for a subtitle, in the plural if
// many: "value", "annual total", "target", "ratio computed from stated
// figures"; "" for a count or a share, whose unit says it.
func what(it item, many bool) string {
	s := ""
	switch {
	case it.status.IsCommitment() && it.measure == indicators.Level && it.op == "":
		// "projected price", "target rate": what is committed to, and
		// that it is.
		s = statusAdjectives[it.status] + " " + levelNoun(it)
	case it.status.IsCommitment():
		s = it.status.String()
	case it.op != "":
		s = it.op + " computed from stated figures"
		if many {
			s = it.op + "s computed from stated figures"
		}
		return s
	case it.measure == indicators.Stock:
		s = "value"
	case it.measure == indicators.Flow && it.u.Per != "":
		s = "rate" // "barrels per day": per its base, not a total of the year
	case it.measure == indicators.Flow && isYear(it.period):
		s = "annual total"
	case it.measure == indicators.Flow:
		s = "total"
	case it.measure == indicators.Change:
		s = "change"
	case it.measure == indicators.Threshold:
		s = "threshold"
	case it.measure == indicators.Level:
		s = levelNoun(it)
	default:
		return ""
	}
	if many {
		s += "s"
	}
	return s
}

// statusAdjectives qualify the level a commitment is about: "projected
// price", "pledged rate".
var statusAdjectives = map[indicators.Status]string{
	indicators.Projection: "projected",
	indicators.Target:     "target",
	indicators.Pledge:     "pledged",
	indicators.Intention:  "intended",
}

// levelNoun names a level as readers do: money per a base is a "price"
// ($47 per barrel), a percentage a "rate" (a tariff of 75%), anything
// else a "level".
func levelNoun(it item) string {
	switch {
	case it.u.Kind == indicators.Money && it.u.Per != "":
		return "price"
	case it.u.Kind == indicators.Percent:
		return "rate"
	}
	return "level"
}

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

// when writes the time of a figure, short for a bar label: a stock's
// date as "as of 2013" (a value at a point in time), a commitment's year
// as "target for 2025", any other fact's period as it is; a period not
// stated as such ("date not stated in the source" for a stock).
func when(it item, short bool) string {
	p := it.period.Label()
	notStated := " not stated"
	if !short {
		notStated += " in the source"
	}
	switch {
	case it.status.IsCommitment() && it.period.IsStated():
		if short {
			return it.status.String() + " for " + p
		}
		return "for " + p
	case it.status.IsCommitment():
		if short {
			return it.status.String() + ", year" + notStated
		}
		return ", year" + notStated
	case it.measure == indicators.Stock && it.op == "" && it.period.IsStated():
		return "as of " + p
	case it.measure == indicators.Stock && it.op == "":
		if short {
			return "date" + notStated
		}
		return "at a point in time, date" + notStated
	case it.measure == indicators.Flow && it.op == "" && !it.period.IsStated():
		if short {
			return "period" + notStated
		}
		return "over a period" + notStated
	case !it.period.IsStated():
		if short {
			return "year" + notStated
		}
		return ", year" + notStated
	case it.measure == indicators.Flow && it.op == "" && !isYear(it.period):
		if short {
			return p
		}
		return "for " + p
	}
	if short {
		return p
	}
	return ", " + p
}

// manyTimes writes the times of several figures of one sort, which their
// bars say each.
func manyTimes(group []item) string {
	it := group[0]
	switch {
	case it.status.IsCommitment():
		return "for the years on the bars"
	case it.measure == indicators.Stock && it.op == "":
		return "as of the dates on the bars"
	}
	for _, it := range group {
		if !isYear(it.period) {
			return "for the periods on the bars"
		}
	}
	return "for the years on the bars"
}

// isYear reports whether p is one calendar year.
func isYear(p indicators.Period) bool {
	return p.IsStated() && !p.IsSpan() && p.From.Month == 0
}

// unitPhrase names what the numbers count, for the subtitle: "US$
// billion", "Percent of world GDP", "Number of countries", "Millions of
// beneficiaries", "MW".
func unitPhrase(it item, sc indicators.Scale) string {
	if per := it.u.Per; per != "" {
		// A rate: "US$ per month", "Thousands of barrels per day".
		base := it
		base.u.Per = ""
		return unitPhrase(base, sc) + " per " + per
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
		if it.denom != "" {
			s += " of " + it.denom
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
