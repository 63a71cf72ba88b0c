package indicators

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Notices for what a hand catalog got wrong silently (s35f, five users
// who wrote a catalog from the README alone): a period of another length
// than the span its quote names, a figure the document expects held as a
// fact, a change of one month or quarter with no base, an index level
// with no unit beside its change in points, and a month named without its
// year dated a year too early.

// silentPassNotices gives the notices of this file, in catalog order: what
// a hand catalog got wrong that verify passed silently before (verify39).
func (c *Catalog) silentPassNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		for _, p := range ind.Provenance {
			src, ok := c.Source(p.Source)
			if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start > p.Span.End {
				continue
			}
			clause := ownClause(src.Text, p.Span, ind.Stated)
			if msg := spanPhrasePeriod(clause, ind.Period); msg != "" && c.missingBase(ind) == "" {
				// A change told its base first: the base's length then
				// tells the period (baseGrainNotices).
				c.addField(&l, ind.ID, "period", ErrMismatch, msg)
				break
			}
			if msg := expectedAsFact(clause, ind); msg != "" {
				c.addField(&l, ind.ID, "status", ErrValue, msg)
				break
			}
			if msg := monthYearEarlier(src.Text, p.Quote, ind.Period, src.Issued); msg != "" && len(ind.Notes) == 0 {
				c.addField(&l, ind.ID, "period", ErrValue, msg)
				break
			}
		}
		if msg := numberedRank(ind); msg != "" {
			c.addField(&l, ind.ID, "stated", ErrMismatch, msg)
		}
		if msg := c.definitionAsMeasured(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
		if msg := c.releaseBase(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
		if msg := c.levelBesidePoints(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
	}
	return append(l, c.viewWholeNotices()...)
}

// ownClause returns the clause of the quote at sp that holds the figure
// stated (figureClause), or the whole quote where stated is "".
func ownClause(text string, sp Span, stated string) string {
	quote := text[sp.Start:sp.End]
	if stated == "" {
		return quote
	}
	return figureClause(quote, figureIn(text, sp, stated)-sp.Start)
}

// spanPhrase matches a span of months that ends in a named month, as
// releases write a rolling window: "the three months to May", "the 12
// months ending June 2024", "the year ending in September 2013", "the
// quarter to March".
var spanPhrase = regexp.MustCompile(`(?i)\b(?:(\w+)[ -]months?|(year|quarter))\s+(?:to|ending(?:\s+in)?|ended)\s+(?:the\s+end\s+of\s+)?(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?\b`)

// spanPhrasePeriod says what to write where the figure's clause names a
// span of months ending in a month (spanPhrase) and the period ends in
// that month but spans another length: "in the three months to May"
// written 2024-05, one month; "the year ending in September 2013" written
// 2012-09/2013-09, 13 months (s35f-monetary, s35f-volunteering). It is ""
// where the period ends in another month (the span is another figure's)
// or has no days to count (a fiscal year).
func spanPhrasePeriod(clause string, period Period) string {
	if !period.IsStated() || period.Fiscal || period.Split || period.UpTo || period.From.Month == 0 || period.From.Day != 0 {
		return ""
	}
	end := lastMonth(period)
	for _, m := range spanPhrase.FindAllStringSubmatch(clause, -1) {
		n := 0
		switch strings.ToLower(m[2]) {
		case "year":
			n = 12
		case "quarter":
			n = 3
		default:
			w := strings.ToLower(m[1])
			if v, err := strconv.Atoi(w); err == nil {
				n = v
			} else if num, ok := lexicon.LookupNumber(w); ok && !num.Plural {
				n = int(num.Value)
			}
		}
		month := monthWord(strings.ToLower(m[3]))
		if n < 2 || n > 120 || month == 0 || month != end.Month {
			continue
		}
		year := end.Year
		if m[4] != "" {
			year, _ = strconv.Atoi(m[4])
		}
		want := MonthsTo(Date{Year: year, Month: month}, n)
		if m[4] != "" && year != end.Year {
			continue // "the quarter to September 2023" beside a figure of 2024: another figure's span
		}
		// Told: a span given one month ("in the three months to May"
		// written 2024-05) or one month too many (both ends of "the year
		// ending September 2013" counted, 2012-09/2013-09). A rate over
		// the year to a month is dated by the month (a 12-month rate of
		// inflation, "in the year to March" written 2012-03); a longer
		// span (three years to March) is another figure's.
		got := monthsIn(period)
		if got == 1 && n >= 12 || got != 1 && got != n+1 {
			continue
		}
		span := period.String()
		return fmt.Sprintf("the quote says %q, %s ending in %s, but period %s spans %s: write period: %s (a span's first and last months, both counted)",
			strings.Join(strings.Fields(m[0]), " "), months(n), Period{From: Date{Year: year, Month: month}}.Label(), span, months(got), want)
	}
	return ""
}

// monthsIn counts the months of a period written in months.
func monthsIn(p Period) int {
	if !p.IsSpan() {
		return 1
	}
	return p.MonthsSpanned()
}

// expectedAsFact says what to write for a figure held as counted (status
// fact or estimate) whose clause says the document expects it: "CPI
// inflation is expected to increase to around 2¾%" (s35f-monetary). A
// period after the issue date is told by afterIssued; this reads the
// words, for a period that has begun ("the second half of this year").
// "than expected" compares an outturn with a forecast, and is not told.
func expectedAsFact(clause string, ind *Indicator) string {
	if ind.Status > Estimate {
		return ""
	}
	low := lowerASCII(foldString(clause))
	if at := figureIn(clause, Span{0, len(clause)}, ind.Stated); ind.Stated != "" && at > 0 && at <= len(low) {
		low = low[:at] // the words before the figure govern it
	}
	for _, be := range []string{"is", "are", "was", "were", "be", "been"} {
		for _, f := range lexicon.ForecastWords {
			w := be + " " + f + " to "
			if i := strings.Index(low, w); i >= 0 && (i == 0 || !isAlnum(low[i-1])) {
				return fmt.Sprintf("the quote says %q before the figure: a figure the document expects is a projection, not a %s: write status: projection (the outputs then say so)", strings.TrimSpace(w), ind.Status)
			}
		}
	}
	return ""
}

// monthYearEarlier says what to write for a figure of one month that its
// quote names by the month alone ("in both May and June", no year) dated
// a year or more before the source was issued: a month named without its
// year is the latest one before the release (2024-05 in a release of
// August 2024, not 2023-05). It is "" where the quote writes a year or
// counts back ("a year earlier", "last year").
func monthYearEarlier(text, quote string, period Period, issued Date) string {
	y := period.From.Year
	if hasWord(text, strconv.Itoa(y)) || slices.ContainsFunc([]string{"%d-%02d", "%d/%02d"}, func(f string) bool {
		return strings.Contains(text, fmt.Sprintf(f, y-1, y%100)) || strings.Contains(text, fmt.Sprintf(f, y, (y+1)%100))
	}) {
		return "" // the document names the year (an annual report's months)
	}
	if issued.IsZero() || period.IsSpan() || period.From.Month == 0 || period.Fiscal || period.Split || period.UpTo {
		return ""
	}
	low := lowerASCII(foldString(quote))
	if anyYear.MatchString(low) || slices.ContainsFunc([]string{"year", "ago", "earlier", "previous", "prior", "before", "since"}, func(w string) bool { return hasWord(low, w) }) {
		return ""
	}
	name := strings.ToLower(period.From.Month.String())
	if !hasWord(low, name) {
		return ""
	}
	latest := Date{Year: issued.Year, Month: period.From.Month}
	if issued.Month < period.From.Month {
		latest.Year--
	}
	if period.From.Year >= latest.Year {
		return ""
	}
	want := Period{From: Date{Year: latest.Year, Month: latest.Month, Day: period.From.Day}}
	return fmt.Sprintf("period %s is more than a year before the source was issued (%s), and the quote names %s with no year: a month named alone is the latest one before the release: write period: %s (or quote the words that name its year)",
		period, issued, period.From.Month, want)
}

// anyYear matches a year written in digits.
var anyYear = regexp.MustCompile(`\b(?:1[89]|20)\d\d\b`)

// releaseBase says what to write for a change of one month or one
// quarter, in percent or points, with no base whose quote names no comparand at all (missingBase
// tells one it names): a monthly or quarterly release's change that names
// none is, by the genre's convention, on the period before ("fell by 0.3%
// in Q1", "fell 6.4 points in September"). The outputs print the base;
// without one they print the change with no "from … to …".
func (c *Catalog) releaseBase(ind *Indicator) string {
	if ind.Measure != Change || ind.Against != AgainstPeriod || ind.Base.IsStated() || !ind.Period.IsStated() || len(ind.Notes) > 0 ||
		ind.Unit != PercentUnit && ind.Unit != PercentagePointUnit && ind.Unit.Name != "point" {
		// A rate of change ("fell by 0.3% in Q1", "fell 6.4 points in
		// September") only: a change of a count or of money is told by
		// missingBase where its words name a comparand.
		return ""
	}
	grain, prev := "month", shiftBack(ind.Period, 0, 1)
	if ind.Period.IsSpan() {
		grain, prev = "quarter", shiftBack(ind.Period, 0, 3)
		if monthsIn(ind.Period) != 3 || ind.Period.From.Month%3 != 1 {
			return ""
		}
	}
	if !prev.IsStated() || c.missingBase(ind) != "" {
		return ""
	}
	for _, p := range ind.Provenance {
		// The figure's own clause: "fell by 0.4% in Q1 and was 0.5% lower
		// than a year earlier" names no comparand of the 0.4%.
		clause := p.Quote
		if src, ok := c.Source(p.Source); ok && p.Span.Start >= 0 && p.Span.End <= len(src.Text) && p.Span.Start <= p.Span.End {
			clause = ownClause(src.Text, p.Span, ind.Stated)
		}
		low := " " + lowerASCII(foldString(clause)) + " "
		for _, w := range []string{"year", "annual", "annually", "12-month", "twelve-month", "12 months", "twelve months", "than", "compared", "since", "from", "record", "average", "between", "over", "cumulative", "so far", "to date", "previous", "prior", "last", "ago", "earlier", "before"} {
			if hasWord(low, w) {
				return ""
			}
		}
	}
	return fmt.Sprintf("a change of one %s with no base, and its quote names no comparand: a monthly or quarterly release's change that names none is on the %s before, by the release's convention: where it is, write base: %s (the outputs then print \"from %s to %s\"); else say in notes what it is compared with",
		grain, grain, prev, prev.Label(), ind.Period.Label())
}

// levelBesidePoints says what to write for a level with no unit whose
// quote is also the quote of a change in points ("fell 6.4 points in
// September to 90.8", s35f-confidence): the points are the level's own,
// so the level is an index or a score, not a pure number, and the
// outputs would print "number" beside "number of points".
func (c *Catalog) levelBesidePoints(ind *Indicator) string {
	if ind.Measure != Level || !ind.Unit.IsZero() || len(ind.Provenance) == 0 {
		return ""
	}
	for i := range c.Indicators {
		o := &c.Indicators[i]
		if o.Measure != Change || o.Unit.Name != "point" || o.Unit.Per != "" {
			continue
		}
		for _, p := range o.Provenance {
			if slices.ContainsFunc(ind.Provenance, func(q Provenance) bool { return q.Source == p.Source && q.Quote == p.Quote }) {
				return fmt.Sprintf("a level with no unit, and its quote's change %q (indicator %q) is in points of it: write unit: index for a level of an index (and base: its reference period, where the text names one), or unit: point for a score, so the level and its change read in one unit",
					o.Stated, o.ID)
			}
		}
	}
	return ""
}
