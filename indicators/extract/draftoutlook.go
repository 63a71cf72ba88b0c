package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Statistical outlooks of prices and production (drafts18, the kinds of
// EIA's Short-Term Energy Outlook): a price averaged or forecast is a
// level; "a $10/b decrease from July", "85 cents/gal lower than in August
// 2014", "declined by 140,000 barrels per day" and "daily changes of more
// than 5%" are changes, dated by the figure's month, not the comparison's
// base; "$5/b lower than the Brent price" is a spread, a level; quarters,
// halves, "in December 2015" and "from August 27 to September 1" date
// figures; titles name the subject ("Brent crude oil price forecast"),
// past the forecaster's reporting clause.

// changeNounDirs after a figure make it a change, with their direction: "a
// $10/b decrease from July".
var changeNounDirs = map[string]indicators.Direction{"decrease": indicators.Down, "decline": indicators.Down, "drop": indicators.Down,
	"fall": indicators.Down, "cut": indicators.Down, "reduction": indicators.Down, "increase": indicators.Up, "rise": indicators.Up,
	"gain": indicators.Up, "jump": indicators.Up}

// comparatives after a figure compare it with something: "lower than",
// "higher than", with the direction of the difference.
var comparatives = map[string]indicators.Direction{"lower": indicators.Down, "less": indicators.Down, "fewer": indicators.Down, "below": indicators.Down,
	"higher": indicators.Up, "more": indicators.Up, "above": indicators.Up}

// afterFigure returns the words after a figure in its sentence, past a
// unit the figure parser left ("/b", "/gal") and a gloss in parentheses.
func afterFigure(text string, m Mention) []string {
	f := strings.Fields(joinBroken(text[m.Span.End:m.Sentence.End]))
	if len(f) > 0 && strings.HasPrefix(f[0], "/") {
		f = f[1:]
	}
	if len(f) > 0 && strings.HasPrefix(f[0], "(") && strings.HasSuffix(strings.TrimRight(f[0], ",.;:"), ")") {
		f = f[1:]
	}
	return f
}

// bareWord returns w lower case without punctuation.
func bareWord(w string) string { return strings.ToLower(strings.Trim(w, ",.;:()“”\"")) }

// An outlookFigure is what the words around a figure of an outlook say of
// it.
type outlookFigure struct {
	measure indicators.MeasureKind
	dir     indicators.Direction
	why     string
	spread  string // "the Brent price" of "lower than the Brent price"
	base    string // "July", "a year earlier": what a change is from
}

// comparandTimedRe matches a time in the words of a comparand after
// "than the": "the previous year", "the same quarter of 2015-16", "the
// level achieved in 2015/16", "the 31% recorded in".
var comparandTimedRe = lazyRegexp(`\b(?:previous|preceding|prior|last|same|earlier|(?:19|20)\d\d)\b`)

// comparandTimed reports whether the comparand whose words open rest
// (those after "than"), up to the first mark that closes its phrase,
// names a time: "higher than the level achieved in 2015/16", "lower than
// the 31% recorded in the same quarter of 2015-16", "more than the
// previous year" set a figure against an earlier one of its own, a
// change, no spread to another price.
func comparandTimed(rest []string) bool {
	var np []string
	for _, x := range rest {
		np = append(np, strings.ToLower(x))
		if strings.ContainsAny(x, ",;:()") || len(np) == 8 {
			break
		}
	}
	return comparandTimedRe.MatchString(strings.Join(np, " "))
}

// outlookOf reads a price level, a change or a spread from the words
// around m; ok is false when they say none of these.
func (d *docDraft) outlookOf(m Mention) (outlookFigure, bool) {
	text := d.src.Text
	after := afterFigure(text, m)
	before := strings.Fields(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])))
	var o outlookFigure
	monthBase := func(ws []string) string {
		// "from July", "than in August 2014", "compared with July".
		for k, w := range ws {
			switch bareWord(w) {
			case "from", "than", "with":
				rest := ws[k+1:]
				if len(rest) > 0 && bareWord(rest[0]) == "in" {
					rest = rest[1:]
				}
				if len(rest) > 0 && isMonth(bareWord(rest[0])) {
					if len(rest) > 1 && len(bareWord(rest[1])) == 4 && isDigit4(bareWord(rest[1])) {
						if y, _ := strconv.Atoi(bareWord(rest[1])); y > 0 && d.dateline.Year == y+1 {
							return "a year earlier"
						}
						return ""
					}
					return strings.Trim(rest[0], ",.;:")
				}
				return ""
			}
		}
		return ""
	}
	if len(after) > 0 {
		w := bareWord(after[0])
		if dir, ok := changeNounDirs[w]; ok {
			o.measure, o.dir, o.why = indicators.Change, dir, fmt.Sprintf("%q after the figure", w)
			o.base = monthBase(after[1:])
			return o, true
		}
		if dir, ok := comparatives[w]; ok && len(after) > 1 && bareWord(after[1]) == "than" {
			rest := after[2:]
			if len(rest) > 0 && (bareWord(rest[0]) == "the" || bareWord(rest[0]) == "a") && !(len(rest) > 1 && durationMonths[bareWord(rest[1])] > 0) && !comparandTimed(rest) {
				// "$5/b lower than the Brent price": the gap to another
				// price, a level ("than a year" or "a decade earlier" is
				// an earlier time).
				var np []string
				for _, x := range rest {
					np = append(np, strings.Trim(x, ",.;:"))
					if strings.ContainsAny(x, ",.;:") || len(np) == 4 {
						break
					}
				}
				o.measure, o.dir, o.why, o.spread = indicators.Level, dir, fmt.Sprintf("%q: a spread to another price", w+" than "+strings.Join(np, " ")), strings.Join(np, " ")
				return o, true
			}
			if groupComparand(text, m) != "" {
				return outlookFigure{}, false // "five times higher than that of private-sector workers": a level (comparisonClaim)
			}
			if m.Kind == Ratio {
				// "almost four times more than in the quarter ending June
				// 2024": a multiple is a ratio of two figures, a level,
				// with no direction or base, whatever time it is set
				// against ("A multiple is a level").
				o.measure, o.why = indicators.Level, fmt.Sprintf("%q after a multiple: a ratio of two figures, a level", w+" than")
				return o, true
			}
			o.measure, o.dir, o.why = indicators.Change, dir, fmt.Sprintf("%q: against an earlier time", w+" than")
			o.base = monthBase(after[1:])
			return o, true
		}
	}
	if n := len(before); n >= 2 && (before[n-1] == "of" || before[n-1] == "by") && (strings.HasPrefix(before[n-2], "change") || changeNounDirs[before[n-2]] != indicators.NoDirection) {
		// "daily changes of more than 5%", "a decrease of 16 cents".
		o.measure, o.dir, o.why = indicators.Change, changeNounDirs[before[n-2]], fmt.Sprintf("%q before the figure", before[n-2]+" "+before[n-1])
		o.base = monthBase(after)
		return o, true
	}
	if m.Quantity.Direction != indicators.NoDirection && (m.Kind == Measure && m.Unit.Per != "" || m.Unit.String() == "cent") {
		// "declined by 140,000 barrels per day".
		o.measure, o.dir, o.why = indicators.Change, m.Quantity.Direction, "a direction"
		o.base = monthBase(after)
		return o, true
	}
	if (m.Unit.Kind == indicators.Money || m.Unit.String() == "cent") && m.Quantity.Direction == indicators.NoDirection {
		if priceCue(text[m.Sentence.Start:m.Span.Start]) {
			o.measure, o.why = indicators.Level, "a price, the level averaged or forecast"
			return o, true
		}
	}
	return outlookFigure{}, false
}

// priceSubject returns the noun phrase naming the price a figure is of:
// the last phrase before it that ends on "price" or "prices", back to a
// verb or clause word, an acronym in parentheses standing for the words
// it follows ("West Texas Intermediate (WTI) crude oil prices" → "WTI
// crude oil prices").
func priceSubject(text string, m Mention) string {
	s := joinBroken(text[m.Sentence.Start:m.Span.Start])
	f := strings.Fields(s)
	end := -1
	for k := len(f) - 1; k >= 0; k-- {
		if w := bareWord(f[k]); w == "price" || w == "prices" {
			end = k
			break
		}
	}
	if end < 0 {
		return ""
	}
	k := end
	for k > 0 {
		w := f[k-1]
		lw := bareWord(w)
		if strings.ContainsAny(w, ",;:.•") && !strings.HasPrefix(w, "(") && lw != "u.s" || w == "•" || rateSubjectStops[lw] || subjectEnds[lw] ||
			priceSubjectStops[lw] {
			break
		}
		k--
	}
	np := f[k : end+1]
	for i, w := range np {
		if strings.HasPrefix(w, "(") && strings.HasSuffix(w, ")") && i > 0 {
			// "West Texas Intermediate (WTI)": the acronym for the
			// capitalized words before it.
			j := i
			for j > 0 && isUpperWord(np[j-1]) {
				j--
			}
			np = append(append(append([]string{}, np[:j]...), strings.Trim(w, "()")), np[i+1:]...)
			break
		}
	}
	// "North Sea Brent": a benchmark's place of origin is no part of its name.
	out := strings.Join(np, " ")
	out = strings.TrimPrefix(out, "North Sea ")
	return title(out)
}

// priceSubjectStops end a price's subject going back: the verbs and
// nouns of a forecaster's reporting clause.
var priceSubjectStops = map[string]bool{"forecast": true, "forecasts": true, "expects": true, "expect": true, "estimates": true,
	"suggest": true, "suggests": true, "projects": true, "showing": true, "eia": true}

// singularPrice turns a subject's closing "prices" into "price".
func singularPrice(s string) string {
	if strings.HasSuffix(s, " prices") {
		return strings.TrimSuffix(s, "s")
	}
	return s
}

// outlookClaim sets the measure, direction, entities, period and title of
// a figure of an outlook's prices and production.
func (d *docDraft) outlookClaim(cl *claim, m Mention, cs, ce int) {
	text := d.src.Text
	ind := &cl.ind
	sent := text[m.Sentence.Start:m.Sentence.End]
	o, ok := d.outlookOf(m)
	ok = ok && m.Kind != Rank // "the largest fall in sailings": the place of a change, no change
	if !ok && ind.Measure == indicators.CountKind {
		if t := d.countOfChanges(m); t != "" {
			ind.Title, cl.fieldNotes["title"] = t, "a count titled by the changes it counts"
			declare(cl.fieldNotes, "title", "title/outlookClaim#1")
		}
	}
	if b, code, ok := benchmarkIn(text[m.Sentence.Start:m.Span.Start]); ok {
		ind.Entities, ind.Counterpart = []string{code}, ""
		delete(cl.fieldNotes, "counterpart")
		cl.fieldNotes["entities"] = fmt.Sprintf("%q, a benchmark priced in %s", b, code)
		declare(cl.fieldNotes, "entities", "entities/outlookClaim")
	}
	d.outlookPeriod(cl, m, o, ok)
	if !ok {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = o.measure, o.why
	declare(cl.fieldNotes, "measure", "measure/outlookClaim")
	if o.measure == indicators.Change && ind.Quantity.Direction == indicators.NoDirection && o.dir != indicators.NoDirection && indicators.DirectionWord(sent, o.dir) != "" {
		ind.Quantity.Direction = o.dir
	}
	subj := priceSubject(text, m)
	if subj == "" {
		if o.measure == indicators.Change && m.Kind == Measure {
			// "EIA estimates total U.S. crude oil production declined by":
			// the subject of the verb before the figure.
			subj = d.reportedSubject(m, cs)
		}
		if subj == "" {
			return
		}
	}
	var t string
	switch {
	case o.spread != "":
		word := " discount to "
		if o.dir == indicators.Up {
			word = " premium over "
		}
		t = singularPrice(subj) + word + strings.TrimSuffix(strings.TrimSuffix(strings.TrimPrefix(o.spread, "the "), " price"), " prices")
	case o.measure == indicators.Change && strings.HasPrefix(cl.fieldNotes["measure"], "\"change"):
		t = changesOfTitle(text, m, subj)
	case o.measure == indicators.Change:
		t = changeTitle(o.dir, singularPrice(subj))
		if o.base != "" {
			t += " from " + o.base
		}
	case ind.Status == indicators.Projection:
		t = singularPrice(subj) + " forecast"
	default:
		t = singularPrice(subj)
	}
	if hi, ok := rangeEnd(text, m); ok {
		end := "Low"
		if hi {
			end = "High"
		}
		t = end + " end of the expected range of " + keepName(subj)
	} else if rangedFrom(text, m) {
		t = "Expected range of " + keepName(subj) // "to range from $32/b to $73/b"
	}
	ind.Title, cl.fieldNotes["title"] = shorten(t, 60), "the subject of the figure, past the reporting clause"
	declare(cl.fieldNotes, "title", "title/outlookClaim#2")
}

// rangedFrom reports whether m is the whole range of "range from A to
// B", read as one figure.
func rangedFrom(text string, m Mention) bool {
	b := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	return m.Quantity.IsRange() && len(b) > 0 && strings.HasPrefix(b[len(b)-1], "range")
}

// rangeEnd reports whether m is an end of "range from A to B", and
// whether the high one (B).
func rangeEnd(text string, m Mention) (hi, ok bool) {
	b := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	n := len(b)
	if n >= 2 && b[n-1] == "from" && strings.HasPrefix(b[n-2], "range") {
		return false, true
	}
	if n >= 4 && b[n-1] == "to" && b[n-3] == "from" && strings.HasPrefix(b[n-4], "range") {
		return true, true
	}
	return false, false
}

// reportedSubject returns the subject of the verb a reporting clause
// governs: "EIA estimates total U.S. crude oil production declined by" →
// "U.S. crude oil production", or "".
func (d *docDraft) reportedSubject(m Mention, cs int) string {
	f := strings.Fields(joinBroken(d.src.Text[cs:m.Span.Start]))
	end := -1
	for k := len(f) - 1; k >= 0; k-- {
		if subjectEnds[bareWord(f[k])] || changeNounDirs[bareWord(f[k])] != indicators.NoDirection || strings.HasSuffix(bareWord(f[k]), "ed") && k > 0 {
			end = k
		}
		if end >= 0 && k < end {
			break
		}
	}
	if end <= 0 {
		return ""
	}
	k := end
	for k > 0 && !priceSubjectStops[bareWord(f[k-1])] && !strings.ContainsAny(f[k-1], ",;:•") {
		k--
	}
	np := f[k:end]
	if len(np) > 0 && (bareWord(np[0]) == "total" || bareWord(np[0]) == "the") {
		np = np[1:]
	}
	if len(np) == 0 || len(np) > 6 {
		return ""
	}
	return strings.Join(np, " ")
}

// quarterRe finds a quarter or half of a year: "the fourth quarter of
// 2015", "3Q24", "Q3 2024", "2H24", "the second half of 2024"; and of a
// financial year across two, as UK and Australian releases write them:
// "2016-17 Q2", "2016-17 (Q2)", "Q2 2016/17", "the second quarter of
// 2016-17".
var quarterRe = lazyRegexp(`(?i)\b(?:(first|second|third|fourth|1st|2nd|3rd|4th) (quarter|half),?(?: of)? ((?:19|20)\d\d)(?:[-/–](\d\d))?|([1-4])([QH])((?:19|20)?\d\d)|([QH])([1-4]),?(?: of)? ((?:19|20)\d\d)(?:[-/–](\d\d))?|((?:19|20)\d\d)[-/–](\d\d),? \(?Q([1-4])\)?)\b`)

// quarterOf returns the quarter or half a clause names, and its words. A
// quarter or half of a year across two ("2016-17 Q2") is its months,
// counted from the month financial years start (financialQuarter).
func quarterOf(s string) (indicators.Period, string, bool) {
	if !strings.ContainsAny(s, "QHqh") {
		return indicators.Period{}, "", false // no quarter, half, Q or H: spare the regexp
	}
	g := quarterRe.FindStringSubmatch(s)
	if g == nil {
		return indicators.Period{}, "", false
	}
	ord := map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
	year := func(y string) int {
		n, _ := strconv.Atoi(y)
		if n < 100 {
			n += 2000
		}
		return n
	}
	var n, y int
	var half bool
	next := "" // the second year's two digits of a year across two
	switch {
	case g[1] != "":
		n, y, half, next = ord[strings.ToLower(g[1])], year(g[3]), strings.EqualFold(g[2], "half"), g[4]
	case g[5] != "":
		n, _ = strconv.Atoi(g[5])
		y, half = year(g[7]), strings.EqualFold(g[6], "h")
	case g[8] != "":
		n, _ = strconv.Atoi(g[9])
		y, half, next = year(g[10]), strings.EqualFold(g[8], "h"), g[11]
	default:
		n, _ = strconv.Atoi(g[14])
		y, next = year(g[12]), g[13]
	}
	if half && n > 2 {
		return indicators.Period{}, "", false
	}
	if next != "" {
		if k, _ := strconv.Atoi(next); k != (y+1)%100 {
			return indicators.Period{}, "", false // "Q2 2016-18": no year across two
		}
		if half {
			a, b := financialQuarter(y, 2*n-1), financialQuarter(y, 2*n)
			return indicators.Period{From: a.From, To: b.To}, g[0], true
		}
		return financialQuarter(y, n), g[0], true
	}
	if half {
		return indicators.HalfPeriod(y, n), g[0], true
	}
	return indicators.QuarterPeriod(y, n), g[0], true
}

// financialQuarter is quarter q of the financial year across two that
// starts in year y, counted from the month a financial year starts where
// the words carry no place (indicators.FinancialYearStart: April, as UK
// releases count).
func financialQuarter(y, q int) indicators.Period {
	return indicators.FinancialQuarter(y, q, indicators.FinancialYearStart(nil))
}

// comparedQuarter reports whether the quarter words w, the first of
// text[from:to], is one a figure is compared with (comparedTimeAt):
// "between Q3 2021 and Q3 2022" is of Q3 2022.
func comparedQuarter(text string, from, to int, w string) bool {
	i := strings.Index(text[from:to], w)
	return i >= 0 && comparedTimeAt(text, from+i, from+i+len(w))
}

// monthSpanRe is a span of days across months: "from August 27 to
// September 1".
var monthSpanRe = lazyRegexp(`\bfrom ([A-Z][a-z]+) \d{1,2} (?:to|through|until) ([A-Z][a-z]+) \d{1,2}\b`)

// monthEndRe is a month with its year that dates the clause it closes:
// "in December 2015", "for December 2015 delivery".
var monthEndRe = lazyRegexp(`\b(?:in|for|during) ([A-Z][a-z]+) ((?:19|20)\d\d)\b`)

// outlookPeriod dates an outlook's figure by a quarter or half, a span of
// days across months, or a month closing its clause, and keeps a change's
// comparison base out of its period.
func (d *docDraft) outlookPeriod(cl *claim, m Mention, o outlookFigure, isOutlook bool) {
	text := d.src.Text
	ind := &cl.ind
	_, ce := clauseOf(text, m)
	own := joinBroken(text[m.Span.End:ce])
	if p, w, ok := quarterOf(own); ok && !comparedQuarter(text, m.Span.End, ce, w) {
		ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%q after the figure", w)
		declare(cl.fieldNotes, "period", "period/outlookPeriod#1")
		return
	}
	rest := joinBroken(text[m.Span.End:m.Sentence.End])
	if i := strings.IndexByte(rest, ';'); i >= 0 {
		rest = rest[:i] // a date after a semicolon dates its own clause (drafts33)
	}
	if strings.HasPrefix(m.Text, "(") || strings.HasSuffix(strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " "), "(") {
		// "lower than for doctors (9%) in February, and rose to 12% in
		// March 2023": a figure in brackets is of its own clause's time,
		// never the next clause's.
		rest = own
	}
	if g := monthSpanRe.FindStringSubmatch(rest); g != nil && !d.dateline.IsZero() {
		a, b := monthNumber(g[1]), monthNumber(g[2])
		// The span's first month alone, read as the figure's month, is
		// the span's start.
		if a > 0 && b > 0 && (!ind.Period.IsStated() || int(ind.Period.From.Month) == a && !ind.Period.IsSpan()) {
			y := d.dateline.Year
			if a > int(d.dateline.Month) {
				y--
			}
			yb := y
			if b < a {
				yb++
			}
			ind.Period = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(a)}, To: indicators.Date{Year: yb, Month: time.Month(b)}}
			cl.fieldNotes["period"] = fmt.Sprintf("%q, of %d by the dateline", g[0], y)
			declare(cl.fieldNotes, "period", "period/outlookPeriod#2")
			return
		}
	}
	if a, b, ok := yearsAndBefore(text, m, m.Sentence.Start); ok && isOutlook {
		// "in 2015 and 2016 average $5/b lower": one figure for each
		// year; the draft takes the first.
		ind.Period = indicators.YearPeriod(a)
		cl.fieldNotes["period"] = fmt.Sprintf("\"in %d and %d\": the figure holds for each year; this is %d, copy it for %d", a, b, a, b)
		declare(cl.fieldNotes, "period", "period/outlookPeriod#3")
		return
	}
	if !ind.Period.IsStated() || isOutlook && ind.Period.From.Month == 0 {
		if g := monthEndRe.FindStringSubmatch(rest); g != nil && monthNumber(g[1]) > 0 && !strings.Contains(strings.ToLower(rest[:strings.Index(rest, g[0])]), "than") && !priceBaseWord(firstField(rest[strings.Index(rest, g[0])+len(g[0]):])) && !bracketFigureBefore(rest[:strings.Index(rest, g[0])]) {
			y, _ := strconv.Atoi(g[2])
			if !ind.Period.IsStated() || ind.Period == indicators.YearPeriod(y) {
				ind.Period = indicators.Period{From: indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}}
				cl.fieldNotes["period"] = fmt.Sprintf("%q closes the figure's clause", g[0])
				declare(cl.fieldNotes, "period", "period/outlookPeriod#4")
				return
			}
		}
	}
	if isOutlook && o.measure == indicators.Change && ind.Period.From.Month != 0 {
		// "85 cents/gal lower than in August 2014": the base is no period
		// of the figure; the month of the sentence's first figure is.
		ms := d.sentenceMentions(m)
		if len(ms) > 0 && ms[0].Span != m.Span {
			if p, why, ok := d.monthPeriod(ms[0]); ok && p != ind.Period && p.From.Year > 0 {
				ind.Period, cl.fieldNotes["period"] = p, why+", the month of the sentence's first figure; what it is compared with is its base"
				declare(cl.fieldNotes, "period", "period/outlookPeriod#5")
			}
		}
	}
}

// bracketFigureBefore reports whether s, the words between a figure and a
// time after it, opens a bracket that holds a figure of its own before
// the time: "three workstations per location (up from 1.9 in June
// 2000)", "365 operators (374 at 31 March 2010)". The time is that
// figure's, a comparand's, never the figure's outside the bracket.
func bracketFigureBefore(s string) bool {
	i := strings.LastIndexByte(s, '(')
	return i >= 0 && !strings.Contains(s[i:], ")") && strings.ContainsAny(s[i:], "0123456789")
}

// yearsAndBefore returns the first year of "in 2015 and 2016" before a
// figure, when the clause names two years for one figure: the draft takes
// the first and says so.
func yearsAndBefore(text string, m Mention, cs int) (int, int, bool) {
	if !strings.Contains(text[cs:m.Span.Start], " and ") {
		return 0, 0, false
	}
	g := yearsAndRe.FindStringSubmatch(text[cs:m.Span.Start])
	if g == nil {
		return 0, 0, false
	}
	a, _ := strconv.Atoi(g[1])
	b, _ := strconv.Atoi(g[2])
	return a, b, true
}

var yearsAndRe = lazyRegexp(`\bin ((?:19|20)\d\d) and ((?:19|20)\d\d)\b`)

// changesOfTitle titles "daily changes of more than 5%" by the changes and
// what changes: "Daily changes in Brent prices".
func changesOfTitle(text string, m Mention, subj string) string {
	bw := strings.Fields(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	n := len(bw)
	if n < 2 {
		return ""
	}
	lead := []string{bw[n-2]}
	if n >= 3 && isLowerWord(bw[n-3]) && !titleStop[bw[n-3]] && !subjectEnds[bw[n-3]] && !strings.HasSuffix(bw[n-3], "ed") && !strings.HasSuffix(bw[n-3], "ing") {
		lead = []string{bw[n-3], bw[n-2]} // "daily changes"
	}
	return title(strings.Join(lead, " ")) + " in " + keepName(subj)
}

// keepName lower-cases a subject's first letter unless it starts with a
// name: "Brent prices" stays, "Retail prices" becomes "retail prices".
func keepName(s string) string {
	f := strings.Fields(s)
	if len(f) > 0 {
		if _, _, ok := benchmarkIn(f[0]); ok || isUpperWord(f[0]) && strings.ToUpper(f[0]) == f[0] {
			return s
		}
	}
	return lowerFirst(s)
}

// countOfChanges titles a count "for" which changes went on by the
// changes it counts: "daily changes of more than 5% for four
// consecutive trading days" → "Consecutive trading days of daily changes
// in Brent prices".
func (d *docDraft) countOfChanges(m Mention) string {
	text := d.src.Text
	bw := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	if len(bw) == 0 || bw[len(bw)-1] != "for" {
		return ""
	}
	prev, found := d.lastBeforeIn(m, nil)
	if !found {
		return ""
	}
	if o, ok := d.outlookOf(prev); !ok || o.measure != indicators.Change {
		return ""
	}
	subj := priceSubject(text, prev)
	if subj == "" {
		return ""
	}
	ct := changesOfTitle(text, prev, subj)
	f := strings.Fields(m.Text)
	if ct == "" || len(f) < 2 {
		return ""
	}
	return shorten(title(strings.Join(f[1:], " "))+" of "+lowerFirst(ct), 60)
}

// withoutUnitLeftover drops from the start of a title the rest of a unit
// the figure parser left after the figure ("/b decrease from July" →
// "Decrease from July"): a title never starts with one.
func withoutUnitLeftover(t string) string {
	f := strings.Fields(t)
	if len(f) < 2 || !strings.HasPrefix(f[0], "/") {
		return t
	}
	return title(strings.Join(f[1:], " "))
}
