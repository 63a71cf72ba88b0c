package indicators

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"github.com/claimbook/claimbook/indicators/internal/tablerow"
)

// partRateNotices gives a notice, of kind ErrValue, at the measure of a
// level in percent whose title names a rate that is a part of a whole
// (lexicon.PartRates: "Unemployment rate", "UK employment rate", "Vacancy
// rate"): such a rate is the people or things of one state among all of
// a population, a share, while a level is a price, an average, an index
// or a rate per some base. Hand catalogs wrote both; one vocabulary lets
// a view draw the rate beside the other shares of its whole.
func (c *Catalog) partRateNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Measure != Level || ind.Unit.Kind != Percent || ind.Unit.Per != "" {
			continue
		}
		if r := partRateIn(ind.Title); r != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, fmt.Sprintf("title %q names the %s, the part of a population in one state, a part of a whole in percent: write measure: share (a level is a price, an average, an index or a rate per some base, such as per 100,000 people)", ind.Title, r))
		}
	}
	return l
}

// partRateIn returns the rate of lexicon.PartRates title names as words,
// or "": "employment rate" of "UK employment rate", not of "Change in
// the unemployment rate" (a change, told apart by its measure) nor of a
// rate per base.
func partRateIn(title string) string {
	low := lowerASCII(foldString(title))
	if strings.Contains(low, " per ") {
		return ""
	}
	for _, r := range lexicon.PartRates {
		if at := indexWord(low, r); at >= 0 {
			return r
		}
	}
	return ""
}

// columnPeriodNotices gives a notice, of kind ErrMismatch, at the period
// of a figure quoted from a row of a table ("Registration applications |
// 2,366 | 2,434 | 2,587 | 2,811 |") whose column's header names a period
// ("July to Sept 2024") the figure's is not (period: 2025-Q2,
// s34e-charities): the header dates each cell of its column, and a
// period copied from the next row or the section is a slip no other
// check sees. The table is read as tablerow reads it (pipe, aligned or
// glued cells, each with its column's header). A period within the
// column's (a stock at the end of its quarter, 2024-09 under "July to
// Sept 2024") is its column's. A header that names no period ("Year to
// date", "Category") dates nothing; a cell written twice in the row is
// not told.
func (c *Catalog) columnPeriodNotices() ErrorList {
	var l ErrorList
	rows := map[string][]tablerow.Row{} // by source id
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if !ind.Period.IsStated() || ind.Stated == "" || len(ind.Provenance) == 0 {
			continue
		}
		pv := ind.Provenance[0]
		src, ok := c.Source(pv.Source)
		if !ok || src.Text == "" {
			continue
		}
		rs, read := rows[pv.Source]
		if !read {
			rs = tablerow.Rows(src.Text)
			rows[pv.Source] = rs
		}
		if len(rs) == 0 {
			continue
		}
		header, p, others := columnPeriod(src.Text, rs, pv, ind.Stated)
		if header == "" || covers(p, ind.Period) {
			continue
		}
		msg := fmt.Sprintf("period %s is not that of the column %q stands in, headed %q (%s): write period: %s, or, where the figure is another column's, write that column's cell as stated", ind.Period, ind.Stated, header, p, p)
		if cell := others[ind.Period.String()]; cell != "" {
			msg += fmt.Sprintf(" (the column of %s holds %q)", ind.Period, cell)
		}
		c.addField(&l, ind.ID, "period", ErrMismatch, msg)
	}
	return l
}

// columnPeriod finds the row of rs, the tables of text, that holds the
// quote of pv, the one cell of it that is stated, and that cell's column
// header where it names a period (columnHeaderPeriod): the header's
// words and period, and the row's cell under each other header naming a
// period, by period. header is "" where any of these is missing.
func columnPeriod(text string, rs []tablerow.Row, pv Provenance, stated string) (header string, p Period, others map[string]string) {
	sp := pv.Span
	if sp.Start < 0 || sp.End > len(text) || sp.End <= sp.Start {
		var n int
		if sp, n = findQuote(text, pv.Quote); n != 1 {
			return "", Period{}, nil
		}
	}
	stated = strings.TrimSpace(stated)
	for _, r := range rs {
		if r.Start > sp.Start || sp.Start > r.End || !r.Determined() {
			continue
		}
		col := -1
		for k, cell := range r.Cells {
			if cell.Text == stated {
				if col >= 0 {
					return "", Period{}, nil // the cell twice: which column is not known
				}
				col = k
			}
		}
		if col < 0 {
			return "", Period{}, nil
		}
		h := strings.TrimSpace(r.Cells[col].Head)
		p, ok := columnHeaderPeriod(h)
		if !ok {
			return "", Period{}, nil
		}
		others = map[string]string{}
		for k, cell := range r.Cells {
			if q, ok := columnHeaderPeriod(strings.TrimSpace(cell.Head)); ok && k != col {
				others[q.String()] = cell.Text
			}
		}
		return h, p, others
	}
	return "", Period{}, nil
}

// columnHeaderPeriod reads the period a column's header names as all
// its words: a span by its two ends ("July to Sept 2024", "April to June
// 2025"), or a year, quarter or month ("2024", "June 2025"); false for
// any other header ("Year to date", "Change on year").
func columnHeaderPeriod(h string) (Period, bool) {
	if p, words := leadInPeriod("from " + h); words != "" && len(strings.Fields(words)) == len(strings.Fields(h))+1 {
		return p, true
	}
	if p, words := headingPeriod(h); words != "" && strings.EqualFold(strings.TrimSpace(words), strings.TrimRight(strings.TrimSpace(h), ":. ")) {
		return p, true
	}
	return Period{}, false
}

// titleDate matches a date in a title: a month and year ("April 2022",
// "1 April 2022"), or a year after a word that times a figure against it
// ("before 2022").
var titleDate = regexp.MustCompile(`(?i)\b(?:(before|after|until|till|to|by|since|from|in|at|of|on)\s+)?((?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+((?:19|20)\d\d))\b|\b(before|after|until|till)\s+((?:19|20)\d\d)\b`)

// titleDateNotices gives a notice, of kind ErrValue, at the title of an
// indicator that names a month and year, or a year after "before",
// "after" or "until", that is no day of its period nor of its base
// ("Consecutive months of employment growth before April 2022" with
// period: 2022-02/2022-03, s34e-jobs): a title carries no period, the
// outputs add the figure's own, and a reader would take the title's date
// for it. A date after "since" or "from" starts a ranking or a change
// and a price base ("2022 prices") is a figure's kind; neither is told.
func (c *Catalog) titleDateNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if !ind.Period.IsStated() {
			continue
		}
		for _, m := range titleDate.FindAllStringSubmatchIndex(ind.Title, -1) {
			word, date := "", ""
			if m[4] >= 0 {
				date = ind.Title[m[4]:m[5]]
				if m[2] >= 0 {
					word = strings.ToLower(ind.Title[m[2]:m[3]])
				}
			} else {
				word, date = strings.ToLower(ind.Title[m[8]:m[9]]), ind.Title[m[10]:m[11]]
			}
			if word == "since" || word == "from" || comparesBefore(ind.Title[:m[0]]) {
				continue
			}
			after := strings.ToLower(strings.TrimLeft(ind.Title[m[1]:], " ,"))
			if slices.ContainsFunc([]string{"prices", "price", "terms", "money", "values", "constant"}, func(w string) bool { return strings.HasPrefix(after, w) }) {
				continue
			}
			p, ok := titleDatePeriod(date)
			if !ok || covers(ind.Period, p) || ind.Base.IsStated() && covers(ind.Base, p) {
				continue
			}
			said := ind.Title[m[0]:m[1]]
			rest := strings.Join(strings.Fields(strings.Replace(ind.Title, said, "", 1)), " ")
			rest = strings.TrimRight(strings.ReplaceAll(rest, " ,", ","), ",;: ")
			c.addField(&l, ind.ID, "title", ErrValue, fmt.Sprintf("title %q names %q, a date the figure's period %s is not: a title carries no period, and the outputs add the figure's own: write title: %q, and say in notes how the figure is timed against that date", ind.Title, said, ind.Period, rest))
			break
		}
	}
	return l
}

// comparesBefore reports whether a title's words before a date compare the
// figure with another ("…, times the number in the quarter ending June
// 2024", "higher than in 2019"): the date is the comparand's, a base the
// figure's fields may not hold.
func comparesBefore(before string) bool {
	low := " " + lowerASCII(before) + " "
	return slices.ContainsFunc([]string{" times ", " than ", " compared ", " versus ", " vs ", " against ", " relative to "}, func(w string) bool { return strings.Contains(low, w) })
}

// titleDatePeriod reads a title's date ("April 2022", "1 April 2022",
// "2022") as a period.
func titleDatePeriod(date string) (Period, bool) {
	if p, err := ParsePeriod(date); err == nil && p.IsStated() {
		return p, true
	}
	if p, words := headingPeriod(date); words != "" {
		return p, true
	}
	return Period{}, false
}

// covers reports whether p and q share a day; a period with no days (a
// fiscal year, a running total) is taken to.
func covers(p, q Period) bool {
	pf, pl, ok1 := p.days()
	qf, ql, ok2 := q.days()
	if !ok1 || !ok2 {
		return true // no days to compare: not told
	}
	return !pl.before(qf) && !ql.before(pf)
}
