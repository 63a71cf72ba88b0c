package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// viewKind returns what more than unit, measure and basis a bar must share
// with the bars beside it (drafts41, drafts44): a seasonally adjusted
// annual rate is never drawn beside actual counts; a running total of
// people, things or money never beside a count of those still housed; a
// part ("Included in those figures are …") never beside the totals; a
// share never beside a share of another whole.
func viewKind(ind *indicators.Indicator) string {
	if len(ind.Provenance) == 0 {
		return ""
	}
	quote := ind.Provenance[0].Quote
	q := strings.ToLower(quote)
	k := ""
	if hasPhrase(q, "saar") || hasPhrase(q, "annual rate") || hasPhrase(q, "annualized rate") || hasPhrase(q, "annualised rate") {
		k = "annual rate"
	}
	at := strings.Index(quote, ind.Stated)
	if at < 0 {
		return k
	}
	before := q[:at]
	switch u := ind.Unit.Kind; {
	case u != indicators.Count && u != indicators.Money && u != indicators.NoUnit:
		// a running total or a part is of people, things or money
	case partLead.MatchString(strings.TrimLeft(before, " •*-–")):
		k += "/part"
	case ind.Period.UpTo || !ind.Period.IsStated() && runningCue.MatchString(strings.TrimLeft(before, " •*-–")) && !stillCue.MatchString(q):
		// "Overall, there were 30 markets … in 2022" counts one year
		k += "/running total"
	case u == indicators.Count && stillCue.MatchString(q):
		k += "/current"
	}
	if ind.Measure == indicators.Share {
		k += "/of " + shareWhole(q, at+len(ind.Stated))
	}
	return k
}

// partLead matches the words that open a sentence of parts of the figures
// before it: "Included in those figures are", "Of those,", "Of all calls,", "Among them".
var partLead = lazyRegexp(`^(?:included\s+in\s+(?:those|these|the|this|that)\s+(?:figures?|totals?|numbers?|counts?)|of\s+(?:those|these|them|whom|all)\b|among\s+(?:them|those|these)\b)`)

// stillCue matches the words that make a count one of those still
// housed, served or open at the document's date: "continue to be housed",
// "still".
var stillCue = lazyRegexp(`\b(?:continues?\s+to|continuing\s+to|still)\b`)

// runningCue matches the opening words of a sentence that make its
// figures running totals: "Since the program became available,",
// "Overall,", "So far,". ("Cumulative Indian investment … supporting
// 100,000 jobs" makes no running total of the jobs.)
var runningCue = lazyRegexp(`^(?:since\s+(?:the|its|their)\s[^,.;]{1,60},|overall,|so\s+far,|to\s+date,|cumulatively,|in\s+total,|all\s+told,)`)

// shareWholeOf matches "of <whole>" after a share.
var shareWholeOf = lazyRegexp(`^[\s)]*of\s+((?:[a-z.'’-]+\s*){1,8})`)

// wholeStops end a share's whole: "first time applicants in the EU" is of
// "first time applicants".
var wholeStops = stopSet(classPrepositions|classConjunctions|classCopulas, "among", "across")

// percentWords end a percentage in a quote.
var percentWords = []string{"%", " percent", " per cent"}

// shareWhole returns the whole a share at q[:end] is of, lower case and
// without "the", "all", "total": the words after it ("30% of total first
// time applicants in the EU" → "first time applicants"), else those of the
// share before it in its quote ("…, or 30% of total first time
// applicants) and Italy (36 900, or 22%)"), else "".
func shareWhole(q string, end int) string {
	for {
		if gdpWhole(q[end:]) != "" {
			return "gdp" // "of gross domestic product (GDP)", "of GDP"
		}
		if g := shareWholeOf.FindStringSubmatch(q[end:]); g != nil {
			var ws []string
			for _, w := range strings.Fields(g[1]) {
				last := strings.HasSuffix(w, ".") && strings.Count(w, ".") == 1 // a sentence's end, not "u.s."
				w = strings.TrimSuffix(w, ".")
				if w == "" || wholeStops[w] {
					break
				}
				switch w {
				case "the", "all", "total", "a", "an":
				default:
					ws = append(ws, w)
				}
				if last {
					break
				}
			}
			return strings.Join(ws, " ")
		}
		i, n := -1, 0
		for _, p := range percentWords {
			if j := strings.LastIndex(q[:max(0, end-1)], p); j > i {
				i, n = j, len(p)
			}
		}
		if i < 0 || end-i > 200 {
			return ""
		}
		end = i + n
	}
}

// spanOfTime reports whether a figure counts weeks, months or years: a
// span of time, never a document's headline card.
func spanOfTime(ind *indicators.Indicator) bool {
	return ind.Unit.Kind == indicators.Count && durationMonths[ind.Unit.Name] > 0 || ind.Unit.Kind == indicators.Measure && durationMonths[strings.TrimSuffix(ind.Unit.String(), "s")] > 0
}

// draftedFigureKey returns what one figure drafted twice has the same
// twice: its stated figure, period and places, and the sentence it is
// quoted from with quotes and spaces folded; "" when it has no quote.
func draftedFigureKey(ind *indicators.Indicator) string {
	if len(ind.Provenance) == 0 || ind.Provenance[0].Quote == "" {
		return "" // no quote to tell
	}
	q := foldSentence(ind.Provenance[0].Quote)
	return strings.Join([]string{"figure", ind.Stated, ind.Period.String(), ind.Counterpart, strings.Join(ind.Entities, ","), q}, "\x00")
}

// otherPeriodWholes returns the figures of a group of bars whose period is
// not the one most of the group share and whose places are none of theirs:
// the European Union's total of the quarter before beside this quarter's
// figures by country. A series of one place over periods keeps its bars;
// a figure of no period stays.
func otherPeriodWholes(ids []string, byID map[string]*indicators.Indicator) []string {
	if len(ids) < 3 {
		return nil
	}
	count := map[indicators.Period]int{}
	for _, id := range ids {
		if p := byID[id].Period; p.IsStated() {
			count[p]++
		}
	}
	var major indicators.Period
	for _, id := range ids { // the first of the most common, in order
		if p := byID[id].Period; count[p] > count[major] {
			major = p
		}
	}
	if !major.IsStated() || 2*count[major] <= len(ids) {
		return nil
	}
	places := map[string]bool{}
	for _, id := range ids {
		if ind := byID[id]; ind.Period == major {
			for _, e := range ind.Entities {
				places[e] = true
			}
		}
	}
	var out []string
	for _, id := range ids {
		ind := byID[id]
		if ind.Period == major || !ind.Period.IsStated() || len(ind.Entities) == 0 || slices.ContainsFunc(ind.Entities, func(e string) bool { return places[e] }) {
			continue
		}
		out = append(out, id)
	}
	return out
}
