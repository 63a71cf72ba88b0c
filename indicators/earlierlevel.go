package indicators

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A level the quote dates before the release's time ("53% of all
// decisions, down from 57% a year earlier", "from 7.1% in 2019") is of
// that earlier time; written at the release's period it passed in
// silence (s24t-planning), and the outputs then draw both figures at
// one date. earlierLevel reads the words right after the figure.

// earlierLevel says what period to write for ind, a figure that is no
// change, whose quote dates it at an earlier time than the period
// written, or "": the words after its figure (up to five, before any
// punctuation, none of a comparison: "higher than a year earlier" dates
// the other figure) name a year back of the figure's time
// (lexicon.YearBackPoints: "a year earlier", "the previous year", "in
// the same quarter last year"; not "last year" or "a year ago" alone,
// which count back from when the document was written) or
// "in YEAR" (whose period is that year; not "in 2013 prices"). A year named is checked against the period itself; a year
// counted back only where the period written ends as late as every other
// figure of its source (the release's time), since a year back of that
// is what the words mean.
func (c *Catalog) earlierLevel(ind *Indicator) string {
	if ind.Measure == Change || !ind.Period.IsStated() || ind.Period.UpTo {
		return ""
	}
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start > p.Span.End {
			continue
		}
		words, back, named := earlierWords(src.Text, p.Span, ind.Stated)
		var want Period
		switch {
		case named.Split && !named.Same(ind.Period) && !FiscalYearAcross(named.From.Year).Same(ind.Period):
			// "4.9% in 2022 to 2023": GOV.UK's words for a financial or
			// tax year, whatever period was written (s26w-taxgap).
			return fmt.Sprintf("the quote dates %s %q, a year across two (a financial or tax year in words): write period: %s", ind.Stated, words, named)
		case named.IsStated() && named.From.Year < ind.Period.From.Year:
			want = named
		case back && c.latestOfSource(ind, p.Source):
			want = shiftYears(ind.Period, -1)
		}
		if want.IsStated() && !want.Same(ind.Period) {
			return fmt.Sprintf("the quote dates %s %q, before period %s: write period: %s, the time it names (a figure compared with it keeps its own period)", ind.Stated, words, ind.Period, want)
		}
	}
	return ""
}

// earlierWords returns the words right after the figure of stated in the
// quote at sp that date it: a year-back phrase (back true), or "in YEAR"
// or "in YEAR to YEAR+1" (named: the year, or the year across two), with
// the words as written; "" where there are none. The words run to the
// clause's end, past an age band ("aged 15 and over in 2011 had"), and
// the year ends the clause or comes before a conjunction or a verb.
func earlierWords(text string, sp Span, stated string) (words string, back bool, named Period) {
	at := figureIn(text, sp, stated)
	end := at
	for end < len(text) && (text[end] >= '0' && text[end] <= '9' || (text[end] == ',' || text[end] == '.') && end+1 < len(text) && text[end+1] >= '0' && text[end+1] <= '9') {
		end++
	}
	if end == at {
		return "", false, NotStated
	}
	_, se := sentenceBounds(text, sp)
	rest := text[end:max(end, se)]
	if k := strings.IndexAny(rest, lexicon.PhraseEnds); k >= 0 {
		rest = rest[:k]
	}
	low := lowerASCII(foldString(rest))
	if len(low) != len(rest) {
		return "", false, NotStated
	}
	fields := strings.Fields(low)
	from := func(n int) int { // where fields[n] starts in low
		i := 0
		for k := 0; k <= n; k++ {
			i += strings.Index(low[i:], fields[k])
			if k < n {
				i += len(fields[k])
			}
		}
		return i
	}
	for n, w := range fields {
		if n > 8 {
			break
		}
		band := n > 0 && slices.ContainsFunc(lexicon.TrailingHedges, func(h lexicon.Hedge) bool { return h.Phrase == fields[n-1]+" "+w })
		if _, dir := lexicon.LookupDirection(w); !band && (dir || slices.Contains(lexicon.SinceWords, w+" ") || w == "compared" || w == "on" || w == "over") {
			return "", false, NotStated // a comparison: the words date what it is compared with
		}
		tail := strings.Join(fields[n:], " ")
		if slices.ContainsFunc(lexicon.LikeWords, func(lw string) bool { return strings.HasPrefix(tail+" ", lw) }) {
			return "", false, NotStated // "the same as the previous year": the figure is its own period's
		}
		for _, ph := range lexicon.YearBackPoints {
			if strings.HasPrefix(tail, ph) || strings.HasPrefix(tail, "the "+ph) || strings.HasPrefix(tail, "in the "+ph) {
				i := from(n)
				return strings.TrimSpace(rest[i : strings.Index(low[i:], ph)+i+len(ph)]), true, NotStated
			}
		}
		y, err := strconv.Atoi(fields[min(n+1, len(fields)-1)])
		if w != "in" || n+1 == len(fields) || len(fields[n+1]) != 4 || err != nil || y < 1800 || y >= 2100 {
			continue
		}
		if p, k, ok := YearToNext("in", low[from(n+1):]); ok {
			return strings.TrimSpace(rest[from(n) : from(n+1)+k]), false, p // "in 2022 to 2023"
		}
		next := ""
		if n+2 < len(fields) {
			next = fields[n+2]
		}
		if next == "" || slices.Contains(lexicon.Conjunctions, next) || slices.Contains(lexicon.Copulas, next) || slices.Contains(lexicon.HaveForms, next) {
			return strings.TrimSpace(rest[from(n) : from(n+1)+4]), false, Period{From: Date{Year: y}}
		}
	}
	return "", false, NotStated
}

// latestOfSource reports whether ind's period ends as late as every
// other indicator's that quotes source (false where none other does).
func (c *Catalog) latestOfSource(ind *Indicator, source string) bool {
	_, end, ok := ind.Period.Extent()
	if !ok {
		return false
	}
	others := false
	for i := range c.Indicators {
		o := &c.Indicators[i]
		if o.ID == ind.ID || !slices.ContainsFunc(o.Provenance, func(p Provenance) bool { return p.Source == source }) {
			continue
		}
		if _, e, ok := o.Period.Extent(); ok {
			if e > end+1e-9 {
				return false
			}
			others = true
		}
	}
	return others
}

// yearEndStock says what period to write for a stock whose quote counts
// it at the end of a financial year ("£121.8 billion at the end of the
// financial year 2018-19", s25v-loans) and whose period is that year:
// a stock at the end of a year is at its last day, as "at the end of
// 2023" is (periodAdvice), the day its country's financial year ends
// (lexicon.FiscalYearEnds: 31 March in the UK, 30 June in Australia),
// or, for a country the table lacks, each day the table knows. It is ""
// for any other figure.
func yearEndStock(ind *Indicator) string {
	p := ind.Period
	if ind.Measure != Stock || !p.IsStated() || p.IsSpan() || p.From.Month != 0 || p.UpTo {
		return ""
	}
	if !slices.ContainsFunc(ind.Provenance, func(pv Provenance) bool {
		low := lowerASCII(foldString(pv.Quote))
		return slices.ContainsFunc(lexicon.YearEndPhrases, func(ph string) bool { return strings.Contains(low, ph) })
	}) {
		return ""
	}
	const msg = "a stock at the end of a financial year is at its last day: write period: "
	if f, ok := fiscalYearEnd(ind.Entities); ok {
		if y, ok := fiscalEndYear(p, f); ok {
			return fmt.Sprintf(msg+"%d-%02d-%02d, the day financial year %s ends in %s", y, f.Month, f.Day, p, EntityName(f.Country))
		}
		return ""
	}
	if days := fiscalEndDays(p); days != "" {
		return fmt.Sprintf(msg+"the day financial year %s ends (%s)", p, days)
	}
	return ""
}

// fiscalYearEnd returns the row of lexicon.FiscalYearEnds for the one
// country of entities (a subdivision's: "GB" for "GB-SCT"), if any.
func fiscalYearEnd(entities []string) (lexicon.FiscalYearEnd, bool) {
	country := ""
	for _, e := range entities {
		c, _, _ := strings.Cut(e, "-")
		if country != "" && c != country {
			return lexicon.FiscalYearEnd{}, false
		}
		country = c
	}
	for _, f := range lexicon.FiscalYearEnds {
		if f.Country == country {
			return f, true
		}
	}
	return lexicon.FiscalYearEnd{}, false
}

// fiscalEndYear returns the calendar year in which financial year p ends
// where its financial years end as f says: a year across two ("2018/19",
// "FY2018-19") in its second, unless the year is the calendar year; one
// named by one year ("FY2020") as f names it; a calendar year where it is
// the financial year.
func fiscalEndYear(p Period, f lexicon.FiscalYearEnd) (int, bool) {
	switch {
	case p.Split || p.Fiscal && p.Across:
		return p.From.Year + 1, f.Month != 12
	case p.Fiscal && f.Month == 12:
		return p.From.Year, true
	case p.Fiscal && f.NamedBy < 0:
		return p.From.Year + 1, true
	case p.Fiscal:
		return p.From.Year, f.NamedBy > 0
	case p.IsYear():
		return p.From.Year, f.Month == 12
	}
	return 0, false
}

// fiscalEndDays lists the days financial year p ends in the countries of
// lexicon.FiscalYearEnds, each day once with its countries: "2019-03-31
// in United Kingdom, Canada; 2019-06-30 in Australia, New Zealand"; "" when
// p is no financial year.
func fiscalEndDays(p Period) string {
	var days []string
	for _, f := range lexicon.FiscalYearEnds {
		y, ok := fiscalEndYear(p, f)
		if !ok || p.IsYear() {
			continue
		}
		d := fmt.Sprintf("%d-%02d-%02d", y, f.Month, f.Day)
		if n := len(days); n > 0 && strings.HasPrefix(days[n-1], d) {
			days[n-1] += ", " + EntityName(f.Country)
			continue
		}
		days = append(days, d+" in "+EntityName(f.Country))
	}
	return strings.Join(days, "; ")
}
