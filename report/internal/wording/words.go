// Package wording holds what the report packages say alike of a figure:
// how a bar's label adds its time, status, source and value to its title,
// in one order (Label, Parts, Time); when a title already states a period,
// so that no label repeats it (SaysPeriod); and the colour of each status
// (StatusColor). The slide charts (report/chart), the book's native charts
// (report/xlsx) and the deck (report/pptx) read them from here, so that a
// view says one thing in every rendering.
package wording

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A Figure is what a label says the time of.
type Figure struct {
	Status  indicators.Status
	Measure indicators.MeasureKind
	Period  indicators.Period
	Unit    indicators.Unit
	// Denom is what a percentage is a percentage of ("GDP"), if known.
	Denom string
	// Op is the formula of a derived figure ("ratio"), whose time is no
	// stock's date nor a flow's period; empty for an indicator.
	Op string
	// Issued is the date the source the figure is quoted from was
	// issued, if it says one: a card says it of a figure of no stated
	// period ("reported 26 August 2025"). Never the date a page was
	// updated, which reports nothing of the figure: a source whose issue
	// date is not stated had its page's "Updated" date said as the day
	// its figures were reported (s34e-charities); its footer says
	// "updated".
	Issued indicators.Date
	// Card is the figure as a headline card writes it, if known: an
	// estimate the figure says ("An estimated 805,000 vacancies") is not
	// said again under it (CardLine).
	Card string
	// Base is the base period of a reported change, if stated: a bar's
	// label then says the span the change is over ("2001–2012"), never
	// its end alone, which reads as a change within that year.
	Base indicators.Period
	// Cadence is the adjective of the time the figure's title or quote
	// says it is per ("weekly" for "£539 a week", "weekly earnings"),
	// from Cadence; "" if none. A flow said per week is no annual total.
	Cadence string
	// Index is the reference of an index level ("2015=100",
	// IndexReference), "" for any other figure: its unit is the index,
	// read against 100.
	Index string
	// Entities are the places the figure is of (codes), if known: a
	// chart of bars all of one place says it in its subtitle where its
	// title does not (PlaceSaid).
	Entities []string
}

// IndexReference returns the reference an index level is read against,
// "2015=100", or "" where f is no index level or its reference is not
// stated. The unit is read first: a level of unit index is read against
// its base (indicators.IndexReference), whatever its title says. Only a
// level with no unit, a base that is a year and a title that says
// "index" or "indices" is still guessed one, a fallback for a catalog
// written before unit: index ("Manufacturing production index
// (seasonally adjusted, 2015=100)", base 2015: s19m-industry drew it as
// a "Number" on an axis from 0, where 103.9 and 109.2 looked alike).
func IndexReference(title string, f Figure) string {
	if f.Unit.Kind == indicators.Index {
		if f.Measure != indicators.Level || f.Op != "" {
			return ""
		}
		return indicators.IndexReference(f.Base)
	}
	low := strings.ToLower(title)
	if f.Measure != indicators.Level || f.Unit != (indicators.Unit{}) || !f.Base.IsYear() || f.Op != "" ||
		!(hasWords(low, "index") || hasWords(low, "indices") || hasWords(low, "indexes")) {
		return ""
	}
	return indicators.IndexReference(f.Base)
}

// cadences are the ways a title or quote says a figure is per a time
// shorter than a year, and the adjective of each.
var cadences = []struct{ says, adj string }{
	{"weekly", "weekly"}, {"a week", "weekly"}, {"per week", "weekly"}, {"each week", "weekly"}, {"every week", "weekly"},
	{"daily", "daily"}, {"a day", "daily"}, {"per day", "daily"}, {"each day", "daily"},
	{"hourly", "hourly"}, {"an hour", "hourly"}, {"per hour", "hourly"},
	{"monthly", "monthly"}, {"a month", "monthly"}, {"per month", "monthly"}, {"each month", "monthly"},
}

// Cadence returns the adjective of the time shorter than a year that the
// first of texts (a title, a quote) to say one says a figure is per:
// "weekly" for "median gross weekly earnings" or "£539 a week"; "" if
// none does.
func Cadence(texts ...string) string {
	for _, t := range texts {
		low := strings.ToLower(t)
		for _, c := range cadences {
			if WordIndex(low, c.says) >= 0 {
				return c.adj
			}
		}
	}
	return ""
}

// perTime reports whether a unit's base is a time ("£ per week",
// "$ per hour"): money per a time is a rate of pay or spending, not a
// price.
func perTime(u indicators.Unit) bool {
	switch strings.TrimSuffix(strings.ToLower(u.Per), "s") {
	case "second", "minute", "hour", "day", "week", "month", "quarter", "year", "annum":
		return true
	}
	return false
}

// notStated is what every label says of a time the document leaves out.
const notStated = " not stated"

// Time returns the time of f as a bar's label writes it: "pledge for
// 2025" for a commitment, "as of 2013" for a stock, "2014" for a flow, and
// for a time the document leaves out "pledge, year not stated", "date not
// stated" (a stock), "period not stated" (a flow), "year not stated".
func Time(f Figure) string { return When(f, true) }

// When writes the time of f, short for a bar label (Time), else as a
// subtitle or a card says it after what f is: "for 2025" (a commitment),
// "as of 2013" (a stock), ", 2014", "for 2006–2021" (a flow over a span),
// "cumulative to 31 May 2018" (a running total up to a date), "over a
// period not stated in the source".
func When(f Figure, short bool) string {
	p := f.Period.Label()
	if f.Op != "" && f.Base.IsStated() {
		// A figure computed between two periods, as Result.PeriodLabel
		// says it: "Q3 2022 to Q4 2022", never one span.
		p = indicators.RangeLabel(f.Base, f.Period)
	}
	if short && f.Measure == indicators.Change && f.Op == "" && !f.Status.IsCommitment() {
		if span := ChangeSpan(f.Base, f.Period); span != "" {
			return span
		}
	}
	ns := notStated
	computed := f.Op != ""
	switch {
	case !f.Period.IsStated() && !f.Period.UpTo && !f.Issued.IsZero() && !f.Status.IsCommitment() && !computed:
		// A figure of no stated time says when it was reported, as its
		// card does: "Period not stated (reported 8 September 2011)",
		// never a total "over a period not stated in the source", which
		// a slide's reader asks the period of (s24s-flooding).
		if short {
			// On a bar, inside the label's brackets: "OECD average
			// (period not stated, reported 14 October 2015)".
			ns += ", reported " + f.Issued.Long()
		} else {
			ns += " (reported " + f.Issued.Long() + ")"
		}
		if !short {
			if f.Measure == indicators.Stock {
				return ", date" + ns
			}
			return ", period" + ns
		}
	case !short:
		ns += " in the source"
	}
	if f.Period.UpTo {
		// A running total to a date: "to 31 May 2018" on a bar,
		// "cumulative to 31 May 2018" in a subtitle or on a card; a stock
		// is as of the date.
		switch {
		case f.Measure == indicators.Stock && !computed:
			return "as of " + f.Period.From.Long()
		case f.Status.IsCommitment() && short:
			return f.Status.String() + " " + p
		case short:
			return p
		case f.Status.IsCommitment():
			return ", cumulative " + p
		}
		return "cumulative " + p
	}
	switch {
	case f.Status.IsCommitment() && f.Period.IsStated():
		if short {
			return f.Status.String() + " for " + p
		}
		return "for " + p
	case f.Status.IsCommitment():
		if short {
			return f.Status.String() + ", year" + ns
		}
		return ", year" + ns
	case f.Measure == indicators.Stock && !computed && f.Period.IsSpan():
		// A stock over a span (a week's average, "12–18 April 2020")
		// is of that span, not "as of" it.
		if short {
			return p
		}
		return ", " + p
	case f.Measure == indicators.Stock && !computed && f.Period.IsStated() && !AsOf(f.Period):
		// A stock of a whole year is of that year, not at a date in it:
		// "in 2021/22" (s19m-students), "in 2016" of an annual average
		// of a monthly survey (s23q-unions), never "as of".
		if short {
			return p
		}
		return "in " + p
	case f.Measure == indicators.Stock && !computed && f.Period.IsStated(),
		f.Measure == indicators.Level && !computed && AsOf(f.Period) && !f.Period.UpTo && f.Period.From.Day != 0:
		// A level at a day is as of it, as a stock of that day is: one
		// date, one label in a deck ("31 March 2022" on the salary bars
		// beside "As of 31 March 2022" on the headcount's, s29z-civilservice).
		return "as of " + p
	case f.Measure == indicators.Stock && !computed:
		if short {
			return "date" + ns
		}
		return "at a point in time, date" + ns
	case f.Measure == indicators.Flow && !computed && !f.Period.IsStated():
		if short {
			return "period" + ns
		}
		return "over a period" + ns
	case !f.Period.IsStated():
		// The catalog's "period: not stated": a document that gives a
		// span of months and no year still states a period, and this
		// says no more than the catalog does.
		if short {
			return "period" + ns
		}
		return ", period" + ns
	case f.Measure == indicators.Flow && !computed && !annual(f.Period):
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

// AsOf reports whether a stock of period p is said "as of" it: a point
// in time, a day or a month ("as of 31 March 2024", "as of June 2020"),
// not a span or a whole year (calendar, fiscal or academic), which a
// stock is "in": a release's yearly figure of a stock is most often an
// average over the year ("14.6 million union members in 2016"), and a
// document that counts one at the year's end gives that day
// ("2023-12-31"). It is the one rule of "as of": labels, cards and
// subtitles read it.
func AsOf(p indicators.Period) bool {
	return p.IsStated() && !p.IsSpan() && !p.Split && !p.Fiscal && (p.UpTo || p.From.Month != 0)
}

// ComparedWith is how every output says a change's base that is not the
// period just before its own (which is "on" it): "compared with year
// ending September 2019", as statistics releases write a comparison with
// five years earlier, never "since", which reads as a running total.
const ComparedWith = "compared with "

// ChangeSpan returns the span a reported change from base to p is over,
// as a bar's label writes it: "2001–2012" between calendar years, else
// the period first and then what it is compared with, "on" the period
// just before and ComparedWith an earlier one, as BasePhrase says it:
// "Q1 2015, on Q4 2014", "February 2024, compared with February 2020",
// "year ending September 2024, on year ending September 2023": a rolling
// year in words, as the subtitle and the book say it, never "YE Sep
// 2024", an abbreviation a reader of a pasted chart may not know
// (s33d-bluebadge: "YE Mar" appeared nowhere else). It returns "" when
// either is not stated or is open ("to 2018").
func ChangeSpan(base, p indicators.Period) string {
	if !base.IsStated() || !p.IsStated() || base.UpTo || p.UpTo || base == p {
		return ""
	}
	if base.IsYear() && p.IsYear() {
		return strconv.Itoa(base.From.Year) + "–" + strconv.Itoa(p.From.Year)
	}
	if previousWord(base, p) != "" {
		return p.Label() + ", on " + base.Label()
	}
	return p.Label() + ", " + ComparedWith + base.Label()
}

// PeriodAndBase returns what follows a change's figure, where nothing
// beside it says its period, to say both its period and its base, one way
// for every base, "from FY 2013–14 to FY 2014–15", "from 2001 to 2012",
// and said reports that it
// says the period. Where base is not stated, the title says it or p,
// or f is a commitment, it returns BasePhrase and false.
//
// A title that names the base as "from <base>" is read through
// ChangeTitle: it says the period too, and the phrase is "".
func PeriodAndBase(title string, base, p indicators.Period, commitment bool) (phrase string, said bool) {
	if ChangeTitle(title, base, p, commitment) != title {
		return "", true
	}
	b := BasePhrase(title, base, p, commitment)
	if b == "" || commitment || !p.IsStated() || p.UpTo || SaysPeriod(title, p) {
		return b, false
	}
	if strings.HasPrefix(b, ComparedWith) || strings.HasPrefix(b, "on ") || strings.HasPrefix(b, yearTo) {
		// Every change one way, whatever its base: "up 23% from 2001 to
		// 2012" (never "in 2012 compared with 2001") beside "up 1.0% from year
		// ending September 2023 to year ending September 2024".
		return "from " + base.Label() + " to " + p.Label(), true
	}
	return "in " + p.Label() + " " + b, true
}

// ChangeTitle returns the title of a change as every output writes it
// beside the figure: where title names the base as "from <base>" and not
// the period p, the period follows it, "Change in admissions to prison
// from 2021 to 2022", as PeriodAndBase writes any other change ("from 31
// December 2021 to 31 December 2022"); never "… from 2021: up 48,200
// people, 2022" (s13b-prisons). Otherwise title unchanged.
func ChangeTitle(title string, base, p indicators.Period, commitment bool) string {
	if commitment || !base.IsStated() || !p.IsStated() || base.UpTo || p.UpTo || base == p || SaysPeriod(title, p) {
		return title
	}
	for _, b := range baseNames(base) {
		w := "from " + b
		// Compared in place, a window of w's length at each byte, so that
		// an offset is title's own whatever the case of a letter before it
		// does to its length in lower case.
		for j := 0; j+len(w) <= len(title); j++ {
			end := j + len(w)
			if !strings.EqualFold(title[j:end], w) {
				continue
			}
			before, _ := utf8.DecodeLastRuneInString(title[:j])
			after, _ := utf8.DecodeRuneInString(title[end:])
			if !isWordRune(before) && !isWordRune(after) {
				return title[:end] + " to " + p.Label() + title[end:]
			}
		}
	}
	return title
}

// TitleWithoutBase returns title without the phrase that ends it naming
// base as a change's ("on 2012", "since 2012", "compared with 2012"), for
// a line that says the change "from 2012 to 2013" after it: "Change in
// worldwide parcel traffic on 2012: up 3.7 per cent from 2012 to 2013"
// said the base twice (s32c-postal); a base named by where it lies ("on
// the previous year") goes too. Otherwise title unchanged.
func TitleWithoutBase(title string, base indicators.Period) string {
	if !base.IsStated() {
		return title
	}
	t := strings.TrimRight(title, " .")
	for _, lead := range []string{" on ", " since ", " from ", " compared with ", " compared to "} {
		for _, b := range baseNames(base) {
			if n := len(t) - len(lead+b); n > 0 && strings.EqualFold(t[n:], lead+b) {
				return strings.TrimRight(t[:n], " ,")
			}
		}
		// A base named by its place before the period: "on the previous
		// year", "compared with the same quarter last year".
		if i := strings.LastIndex(strings.ToLower(t), lead); i > 0 {
			rest := strings.ToLower(t[i+len(lead):])
			if n := indicators.RelativeBaseAt(rest); n > 0 && n == len(rest) {
				return strings.TrimRight(t[:i], " ,")
			}
		}
	}
	return title
}

// baseNames returns the ways a title may name base after "from": its
// label and short label, and a calendar year as the twelve months it is,
// "the year ending December 2015", "year ending December 2015", "YE Dec
// 2015", as releases of rolling years name it (s14-tourism: "Change in UK
// net long-term migration from the year ending December 2015").
func baseNames(base indicators.Period) []string {
	names := []string{base.Label(), base.ShortLabel()}
	if base.IsYear() {
		y := strconv.Itoa(base.From.Year)
		names = append(names, "the year ending December "+y, "year ending December "+y, "YE Dec "+y, "YE December "+y)
	}
	return names
}

// BasePhrase returns what follows a change's figure to say what it is
// from, where no subtitle or column says it: "on FY 2013–14" when base
// is the period just before p, "in the year to 30 June 2023" from the
// same day a year before, "compared with 2001" otherwise (ComparedWith), "from 2005
// levels" for a commitment; "" when base is not stated or title already
// says it ("Fall in recorded crime since 2005-06").
func BasePhrase(title string, base, p indicators.Period, commitment bool) string {
	if !base.IsStated() || base.UpTo || SaysPeriod(title, base) {
		return ""
	}
	switch {
	case commitment:
		return "from " + base.Label() + " levels"
	case p.IsStated() && previousWord(base, p) != "":
		return "on " + base.Label()
	case p.IsStated() && dayYearBefore(base, p) && !SaysPeriod(title, p):
		// A stock's change between two days a year apart is the
		// year's change, as releases say it: "up 624,000 people in the
		// year to 30 June 2023", never "compared with 30 June 2022"
		// (s20n-population: "grew by 624,000 people over the year to
		// June 2023").
		return yearTo + p.Label()
	}
	return ComparedWith + base.Label()
}

// yearTo opens BasePhrase's phrase of a change over the year to a day.
const yearTo = "in the year to "

// dayYearBefore reports whether base and p are days, base the same day
// of the year before p's.
func dayYearBefore(base, p indicators.Period) bool {
	return !base.IsSpan() && !p.IsSpan() && !base.UpTo && !p.UpTo && base.From.Day != 0 && p.From.Day != 0 &&
		base.From.Month == p.From.Month && base.From.Day == p.From.Day && base.From.Year+1 == p.From.Year
}

// annual reports whether p is one year, calendar or fiscal: a flow over
// it is an annual total.
func annual(p indicators.Period) bool { return p.IsYear() || p.Fiscal && !p.IsSpan() }

// computedFrom ends the noun of a figure computed from the catalog's
// ("share computed from stated figures").
const computedFrom = " computed from stated figures"

// What names the sort of figure f is, in the plural if many: "value",
// "annual total", "projection", "projected price", "ratio computed from
// stated figures"; "" for a count or a share, whose unit says it.
func What(f Figure, many bool) string {
	s := ""
	switch {
	case f.Status.IsCommitment() && f.Measure == indicators.Level && f.Op == "":
		// "projected price", "target rate": what is committed to, and
		// that it is.
		s = statusAdjectives[f.Status] + " " + levelNoun(f)
	case f.Status.IsCommitment():
		s = f.Status.String()
	case f.Op != "":
		if many {
			return f.Op + "s" + computedFrom
		}
		return f.Op + computedFrom
	case f.Measure == indicators.Stock:
		s = "value"
	case f.Measure == indicators.Flow && f.Unit.Per != "":
		s = "rate" // "barrels per day": per its base, not a total of the year
	case f.Measure == indicators.Flow && f.Cadence != "":
		// "£539 a week" over 2016 is no total of the year.
		s = f.Cadence + " amount"
	case f.Measure == indicators.Flow && annual(f.Period):
		s = "annual total"
	case f.Measure == indicators.Flow:
		s = "total"
	case f.Measure == indicators.Change:
		s = "change"
	case f.Measure == indicators.Threshold:
		s = "threshold"
	case f.Measure == indicators.Level && weeks(f.Period) >= 2:
		// A level over weeks is their average: "4-week average".
		s = AverageNoun(f.Period)
	case f.Measure == indicators.Level:
		// A level of no price nor rate is what the unit says ("Number of
		// years"): "level" is the catalog's word, not a reader's.
		if s = levelNoun(f); s == "level" {
			return ""
		}
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

// levelNoun names a level as readers do: money per a base that is no
// time is a "price" ($47 per barrel; "£539 per week" is earnings, a
// "level"), anything else a "level". A bare percentage is no "rate" of
// itself: a pay gap of 9.6% is a level in percent, and "Percent, rate"
// named a kind the catalog never said (s25u-paygap).
func levelNoun(f Figure) string {
	if f.Unit.Kind == indicators.Money && f.Unit.Per != "" && !perTime(f.Unit) {
		return "price"
	}
	return "level"
}

// JoinWhen puts a time after what a figure is: "value" and "as of 2013"
// give "value as of 2013", "share" and ", 2014" give "share, 2014", ""
// and ", 2014" give "2014".
func JoinWhen(what, when string) string {
	switch {
	case what == "":
		return strings.TrimPrefix(when, ", ")
	case strings.HasPrefix(when, ","):
		return what + when
	}
	return what + " " + when
}

// CardLine returns the line a headline card writes under the figure's
// title: what it is and when, "Projection for 2025", "Price, August 2015"
// for a commitment or a level (no total over its period), "Estimate, Q4
// 2023" for an estimate (the bars' key says so too), "2014", "As of
// 2013" for others. A figure of no stated period says so, with when its
// source reported it, never that date as its own: a stock "Date not
// stated (reported 25 November 2022)", a share, level, total or change
// "Period not stated (reported 22 September 2023)". When a title the card
// is read with (the figure's, the view's above the card), or the card's
// figure (f.Card), already states the period (SaysPeriod), only what a commitment or a level is
// ("Projection"), or nothing: "2023" under "Household waste generated in
// Scotland, 2023" said the year twice (s13b-air).
func CardLine(f Figure, titles ...string) string {
	kind := ""
	if f.Status.IsCommitment() || f.Measure == indicators.Level {
		kind = What(f, false)
	}
	if f.Status == indicators.Estimate && f.Op == "" && !strings.Contains(strings.ToLower(f.Card), "estimat") {
		// As the bars' key says "Estimate": a card's big figure is
		// no reported fact either.
		if kind == "" {
			kind = "estimate"
		} else {
			kind = "estimated " + kind // "Estimated rate, May 2022"
		}
	}
	// The big figure itself may say it: "Up 624,000 people in the year
	// to 30 June 2023" over "Estimate, 30 June 2023" said the day twice
	// (s20n-population).
	if slices.ContainsFunc(append(slices.Clone(titles), f.Card), func(t string) bool { return SaysPeriod(t, f.Period) }) {
		return upperFirst(kind)
	}
	if !f.Period.IsStated() && !f.Issued.IsZero() && !f.Status.IsCommitment() && f.Op == "" {
		if f.Measure == indicators.Flow || f.Measure == indicators.Change {
			// A total or a change over a period the document leaves
			// out: "as of" its date would read as a stock's; the
			// source's date says when it was reported, not what it
			// covers.
			return upperFirst(JoinWhen(kind, ", period not stated (reported "+f.Issued.Long()+")"))
		}
		// A stock, share or level of no date: the source's date is
		// when it was reported, never "as of" it (a poll run weeks
		// before its release). A stock is at a date, the rest over a
		// period (a survey's weeks).
		what := ", period not stated"
		if f.Measure == indicators.Stock {
			what = ", date not stated"
		}
		return upperFirst(JoinWhen(kind, what+" (reported "+f.Issued.Long()+")"))
	}
	when := When(f, false)
	if !f.Status.IsCommitment() {
		// "For 2021/22" is a target's year; a reported total's card says
		// its period alone: "2021/22" (s14d-energy).
		if rest, ok := strings.CutPrefix(when, "for "); ok {
			when = ", " + rest
		}
	}
	return upperFirst(strings.TrimPrefix(JoinWhen(kind, when), ", "))
}

// UpperFirst returns s with its first letter in upper case, after any
// opening quotes: "an estimated 228 million cases" starts a card as "An
// estimated …", a bar "‘Tipper lorry load’ or larger fly-tipping
// incidents" (s24s-flytipping's began in lower case). A first letter of
// several bytes ("é") is kept whole; s not starting with a letter so is
// returned as it is ("$5").
func UpperFirst(s string) string {
	at := 0
	for at < len(s) {
		r, n := utf8.DecodeRuneInString(s[at:])
		if r != '"' && r != '\'' && !unicode.Is(unicode.Pi, r) {
			break
		}
		at += n
	}
	r, n := utf8.DecodeRuneInString(s[at:])
	if n == 0 || r == utf8.RuneError {
		return s
	}
	return s[:at] + string(unicode.ToUpper(r)) + s[at+n:]
}

// upperFirst is UpperFirst, as this package calls it.
func upperFirst(s string) string { return UpperFirst(s) }

// SaysPeriod reports whether title already states period p, so that a
// label under it or beside it need not: it holds p's label as words
// ("announced in January 2024" for 2024-01, "FY 2020" for 2020), or for a
// span both its ends ("2006 to 2021") or its start after "since" or "from"
// ("since 2006" for 2006–2021). A period not stated is never said.
func SaysPeriod(title string, p indicators.Period) bool {
	if !p.IsStated() {
		return false
	}
	if hasWords(title, p.Label()) {
		return true
	}
	for _, w := range append(append(quarterWords(p), yearEndingWords(p)...), acrossWords(p)...) {
		if hasWords(strings.ToLower(title), w) {
			return true
		}
	}
	if !p.IsSpan() {
		return false
	}
	from, to := p.From.Long(), p.To.Long()
	if hasWords(title, from) && hasWords(title, to) {
		return true
	}
	if p.From.Year == p.To.Year && p.From.Month != 0 && p.From.Day == 0 && hasWords(title, p.From.Month.String()) && hasWords(title, to) {
		// Months of one year, the year said once: "October to December
		// 2019" says Q4 2019.
		return true
	}
	low := strings.ToLower(title)
	return hasWords(low, "since "+from) || hasWords(low, "from "+from)
}

// quarterWords returns how documents write the quarter p, in lower case:
// "quarter 4 2023", "fourth quarter of 2023", "fourth quarter 2023",
// "4th quarter of 2023"; none if p is no quarter.
func quarterWords(p indicators.Period) []string {
	s := p.String()
	if len(s) != 7 || s[4] != '-' || s[5] != 'Q' || s[6] < '1' || s[6] > '4' {
		return nil
	}
	n, y := int(s[6]-'0'), s[:4]
	ord := [...]string{"first", "second", "third", "fourth"}[n-1]
	num := [...]string{"1st", "2nd", "3rd", "4th"}[n-1]
	return []string{"quarter " + s[6:] + " " + y, "q" + s[6:] + " " + y, ord + " quarter of " + y, ord + " quarter " + y, num + " quarter of " + y, num + " quarter " + y}
}

// yearEndingWords returns how documents write a span of twelve months,
// in lower case: "year ending june 2014", "year to june 2014", "12
// months to june 2014", "12 months ending june 2014"; none for another
// period.
func yearEndingWords(p indicators.Period) []string {
	if !p.IsSpan() || !p.IsTwelveMonths() {
		return nil
	}
	end := strings.ToLower(p.To.Long())
	return []string{"year ending " + end, "year to " + end, "12 months to " + end, "12 months ending " + end, "year ended " + end}
}

// acrossWords returns how documents write a year across two calendar
// years p, fiscal or not (a financial, school or crop year), in lower
// case: "2005-06", "2005–06", "2005/06"; none for another period. A
// title of "2021-22" says the 2021/22 of its card (s14d-energy).
//
// A span of calendar years is said as documents write it too: "2008-09",
// "2010–12", "2008/09", "2008-2009" (s16g-insolvency's "2008-09
// recession peak (2008–2009)" said its years twice; s16g-lifeexp's
// "2010-12").
func acrossWords(p indicators.Period) []string {
	if p.IsSpan() && !p.Fiscal && !p.UpTo && p.From.Month == 0 && p.To.Month == 0 && p.To.Year > p.From.Year {
		y, to := strconv.Itoa(p.From.Year), strconv.Itoa(p.To.Year)
		yy := to[len(to)-2:]
		var out []string
		for _, sep := range []string{"-", "–", "/"} {
			out = append(out, y+sep+yy, y+sep+to)
		}
		return out
	}
	if !p.Across && !p.Split || p.IsSpan() {
		return nil
	}
	y, next := strconv.Itoa(p.From.Year), strconv.Itoa((p.From.Year+1)%100)
	if len(next) == 1 {
		next = "0" + next
	}
	// "2022 to 2023", as gov.uk writes a year across two.
	return []string{y + "-" + next, y + "–" + next, y + "/" + next, y + " to " + strconv.Itoa(p.From.Year+1)}
}

// hasWords reports whether s holds w, not inside a longer word or number:
// "2014" is in "in 2014," but not in "20145".
func hasWords(s, w string) bool {
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		before, _ := utf8.DecodeLastRuneInString(s[:j])
		after, _ := utf8.DecodeRuneInString(s[j+len(w):])
		if !isWordRune(before) && !isWordRune(after) {
			return true
		}
		i = j + 1
	}
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r))
}

// Parts returns what a bar's label adds to the title of f, in order: its
// time when the bars' periods differ (and the title does not say it),
// else its status when the bars' statuses differ and f is a commitment
// (and the title does not say it); then source, if not empty.
func Parts(title string, f Figure, periodsDiffer, statusesDiffer bool, source string) []string {
	var parts []string
	switch {
	case periodsDiffer && !SaysPeriod(title, f.Period):
		parts = append(parts, Time(f))
	case f.Status.IsCommitment() && statusesDiffer && !strings.Contains(strings.ToLower(title), f.Status.String()):
		parts = append(parts, f.Status.String())
	}
	if source != "" {
		parts = append(parts, source)
	}
	return parts
}

// Label returns title with parts in parentheses after it, or, where the
// title ends with a parenthesis of its own, after it and a comma: "Low
// end (95% confidence), projection", never "(95% confidence)
// (projection)" nor "(95% confidence; projection)". Empty parts are left
// out.
func Label(title string, parts ...string) string {
	var ps []string
	for _, p := range parts {
		if p != "" {
			ps = append(ps, p)
		}
	}
	if len(ps) == 0 {
		return title
	}
	if strings.HasSuffix(title, ")") && strings.Contains(title, " (") {
		// A title whose parenthesis names the base a part says ("…
		// level (February 2020)" beside "February 2024, on February
		// 2020") leaves it to the part, which says which is which.
		i := strings.LastIndex(title, " (")
		own := title[i+2 : len(title)-1]
		for _, p := range ps {
			if strings.HasSuffix(p, " on "+own) || strings.HasSuffix(p, " "+ComparedWith+own) {
				return title[:i] + " (" + strings.Join(ps, ", ") + ")"
			}
		}
		// The title's parenthesis keeps its own words; the parts go
		// after it: "Manufacturing production index (seasonally
		// adjusted, 2015=100), October 2017", never "(…, 2015=100;
		// October 2017)", which read as the index's own qualifier
		// (s19m-industry).
		return title + ", " + strings.Join(ps, ", ")
	}
	return title + " (" + strings.Join(ps, ", ") + ")"
}

// Labels returns Label of each of titles with its parts, in one form
// for the bars of one chart: where a title ends with a parenthesis of its
// own, and so takes its parts after a comma, every title takes its own
// so, never a period in brackets on one bar and after a comma on the next
// ("…, lowest month (November 2016)" beside "…, lowest month (with
// November), July 2016", s31b-leakage).
func Labels(titles []string, parts [][]string) []string {
	out := make([]string, len(titles))
	bracketed := make([]string, len(titles))
	comma := false
	for i, t := range titles {
		out[i] = Label(t, parts[i]...)
		if rest, ok := strings.CutPrefix(out[i], t+" ("); ok && strings.HasSuffix(rest, ")") {
			bracketed[i] = strings.TrimSuffix(rest, ")")
		}
		comma = comma || strings.HasPrefix(out[i], t+", ") && strings.HasSuffix(t, ")")
	}
	if comma {
		for i, b := range bracketed {
			if b != "" {
				out[i] = titles[i] + ", " + b
			}
		}
	}
	return out
}

// Untitled reports whether bars of titles, each adding parts to its title
// (Parts), are labelled by their parts alone (Bare): there are two or
// more, of one title, and each bar adds something. Bars of one indicator
// over several years then read "2011", "2012", rather than repeat the
// title on every bar. It returns too the title the subtitle says once
// (SubtitleWith), with its first word lowered: none where the chart's
// title says it ("Students attending school in Australia" over bars of
// "Students attending school"), is its head ("CPIH items unavailable to
// price" over "… during lockdown restrictions", s15-prices) or says it
// without the "Share of" its unit says ("Journeys with walking as the
// main mode" over "Share of journeys …", s24s-cycling) or a leading
// "average" or "total"; else the title
// ("Homes and businesses signed up to the free flood warning service"
// under "Properties signed up to flood warnings" was said on both of its
// bars, s24s-flooding).
func Untitled(chartTitle string, titles []string, parts [][]string) (bool, string) {
	if len(titles) < 2 || len(parts) != len(titles) {
		return false, ""
	}
	for i, t := range titles {
		if t != titles[0] || len(parts[i]) == 0 {
			return false, ""
		}
	}
	low, t := strings.ToLower(chartTitle), strings.ToLower(titles[0])
	// Or says it but for a leading "average" or "total" ("Weekly
	// household spending on housing, fuel and power, UK" over bars of
	// "Average weekly household spending on …", s24s-spending): the
	// figures' unit and labels say what kind of amount they are.
	for _, lead := range append(slices.Clip(shareLeads), "average ", "total ") {
		if rest, ok := strings.CutPrefix(t, lead); ok && hasWords(low, rest) {
			return true, ""
		}
	}
	// Or every word of it, in any order: "Change in Christchurch gaming
	// machine expenditure" says "Change in gaming machine expenditure in
	// Christchurch".
	if !slices.ContainsFunc(strings.Fields(t), func(w string) bool {
		w = strings.Trim(w, wordPunct)
		return w != "" && !leading[w] && !articles[w] && !hasWords(low, w)
	}) {
		return true, ""
	}
	head := strings.TrimRight(low, " ,;:")
	if strings.Contains(low, t) || len(head) > 0 && strings.HasPrefix(t, head+" ") || paraphrased(low, t) {
		return true, ""
	}
	return true, lowerFirstWord(titles[0])
}

// paraphrased reports whether the chart's title low says more than two
// thirds of the words of t, a bar's title, each whole or by its stem
// (sameStem): "First-time joiners from outside the EEA" says "People from
// outside the EEA joining the register for the first time", which the
// subtitle said again after it, over two lines (s30a-nursing), as
// "Hours of monitored storm overflow spills in England" says "Total
// duration of monitored storm overflow spills" (s29z-overflows). A title
// of other words ("Properties signed up to flood warnings" over "Homes
// and businesses signed up to the free flood warning service"), or
// without a word that says what kind of figure it is ("Household
// spending" over "Median household spending"), leaves the subtitle to
// say it.
func paraphrased(low, t string) bool {
	title := strings.FieldsFunc(low, func(r rune) bool { return !isWordRune(r) })
	said, words := 0, 0
	for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !isWordRune(r) }) {
		if leading[w] || articles[w] || wholeWords[w] {
			continue
		}
		words++
		if slices.ContainsFunc(title, func(tw string) bool { return sameStem(w, tw) }) {
			said++
		}
	}
	return words > 0 && 3*said > 2*words
}

// sameStem reports whether the words a and b, in lower case, are one
// word, or share a stem of four letters or more that leaves each at most
// three letters of its own ("joining", "joiners"; "spill", "spills").
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a == b || n >= 4 && len(a)-n <= 3 && len(b)-n <= 3
}

// Bare returns a bar's label of its parts alone, where its title is the
// chart's (Untitled): "2011", "Target for 2025, second". Empty parts are
// left out.
func Bare(parts ...string) string {
	var ps []string
	for _, p := range parts {
		if p != "" {
			ps = append(ps, p)
		}
	}
	return upperFirst(strings.Join(ps, ", "))
}

// AtSomeTime reports whether a figure over a span of time, by its title
// or quote, is its value at some time within the span, an extreme, not an
// average nor a total over it: "the peak of 113.1 per 10,000 companies
// seen during the 2008-09 recession" (s16g-insolvency), "the lowest level
// since 2010-12".
func AtSomeTime(texts ...string) bool {
	for _, t := range texts {
		low := strings.ToLower(t)
		for _, w := range extremeWords {
			if hasWords(low, w) {
				return true
			}
		}
	}
	return false
}

// extremeWords name the highest or lowest value a figure reached
// (indicators.ExtremeWords): never bare "high", "low" or "record", which
// start compounds and names ("low-carbon generation", "high street
// sales").
var extremeWords = indicators.ExtremeWords()
