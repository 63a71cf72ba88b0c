package indicators

import (
	"fmt"
	"strings"
)

// yearAcrossNotices gives a notice, of kind ErrMismatch, for each period
// or base written as a year and a month that is the next year's last two
// digits ("2009-10", October 2009), where no quote writes it but a text
// the figure quotes does (a title line's "Participation in Sport …,
// 2009-10") and names no month of that year in words: the document
// writes a year across two, which ParsePeriod reads with a hyphen only
// from "2012-13" on, so the catalog's "2009-10" is October 2009 unless it
// writes the year across two with a slash ("2009/10"). A notice, not an
// error: the figure may be of that month. Where a quote writes it,
// monthOrSplit refuses it.
func (c *Catalog) yearAcrossNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		for _, f := range []struct {
			name string
			p    Period
		}{{"period", ind.Period}, {"base", ind.Base}} {
			if msg := c.yearAcrossMsg(ind, f.name, f.p); msg != "" {
				c.addField(&l, ind.ID, f.name, ErrMismatch, msg)
			}
			if msg := c.financialYearMsg(ind, f.name, f.p); msg != "" {
				c.addField(&l, ind.ID, f.name, ErrMismatch, msg)
			}
		}
	}
	return l
}

// yearAcrossMsg says what yearAcrossNotices reports of field name, p, of
// ind, or "".
func (c *Catalog) yearAcrossMsg(ind *Indicator, name string, p Period) string {
	d := p.From
	if !p.IsStated() || p.IsSpan() || p.Fiscal || p.UpTo || p.Split || d.Day != 0 || d.Month == 0 || int(d.Month) != (d.Year+1)%100 {
		return ""
	}
	written := d.String()
	for _, pv := range ind.Provenance {
		if indexWord(foldString(pv.Quote), written) >= 0 {
			return "" // the quote writes it: monthOrSplit's
		}
	}
	month := strings.ToLower(fmt.Sprintf("%s %d", d.Month, d.Year))
	for _, pv := range ind.Provenance {
		src, ok := c.Source(pv.Source)
		if !ok || src.Text == "" {
			continue
		}
		text := foldString(src.Text)
		if indexWord(text, written) < 0 || strings.Contains(lowerASCII(text), month) {
			continue
		}
		return fmt.Sprintf("%s %q reads as %s, but source %q writes %q, a year across two: write %s: %s (%s where the document calls it a fiscal year), or keep %s if the figure is of that month",
			name, written, p.Label(), src.ID, written, name, SplitYear(d.Year), FiscalYearAcross(d.Year), written)
	}
	// No text writes it: the catalog's own "2005-06" for a financial
	// year (Australia's, the UK's) where no quote names the month
	// (s22p-volunteer: a 2006 survey's figure passed as June 2005).
	for _, pv := range ind.Provenance {
		if monthNamedIn(pv.Quote, d) {
			return ""
		}
		if src, ok := c.Source(pv.Source); ok && indexWord(foldString(src.Text), written) >= 0 {
			return "" // the document writes it, and names the month: its own
		}
	}
	return fmt.Sprintf("%s %q reads as %s, but no quote names %s: a year across two is written %s (%s where the document calls it a fiscal year) and a calendar year alone (%d): write the figure's period as the document gives it, or keep %s if the figure is of that month",
		name, written, p.Label(), p.Label(), SplitYear(d.Year), FiscalYearAcross(d.Year), d.Year+1, written)
}

// financialYearMsg says what yearAcrossNotices reports of a fiscal year
// across two, p ("FY2018-19"), in field name of ind, whose sources write
// that pair of years but call no year fiscal ("financial year 2018-19",
// s25v-loans), or "": a financial year as UK releases name it is a year
// across two, written as the document writes it ("2018-19", "2018/19");
// FY is for a year its document calls fiscal ("fiscal year", "FY", a
// budget's year) or a Government of India release's (README, Financial
// years). Both name the same twelve months; only the outputs' label
// differs ("FY 2018–19" against the document's "2018-19").
func (c *Catalog) financialYearMsg(ind *Indicator, name string, p Period) string {
	if !p.Fiscal || !p.Across || p.IsSpan() || len(ind.Provenance) == 0 || name == "period" && yearEndStock(ind) != "" {
		return "" // a stock at the year's end is told its day
	}
	y := p.From.Year
	want := SplitYear(y)
	var id string
	for _, pv := range ind.Provenance {
		src, ok := c.Source(pv.Source)
		if !ok || src.Text == "" || SourceHome(src.URL) == "IN" {
			return ""
		}
		text := foldString(src.Text)
		if namesFiscalYear(lowerASCII(text)) {
			return "" // the document names a fiscal year
		}
		dash, slash := indexWord(text, fmt.Sprintf("%d-%02d", y, (y+1)%100)), indexWord(text, fmt.Sprintf("%d/%02d", y, (y+1)%100))
		if dash < 0 && slash < 0 {
			return ""
		}
		want.Dash = want.Dash || slash < 0 && ((y+1)%100 == 0 || (y+1)%100 > 12)
		id = src.ID
	}
	return fmt.Sprintf("%s %s is a fiscal year as a document that calls it fiscal names it (\"fiscal year\", \"FY\"), and source %q calls no year fiscal: a financial year as UK releases write it (\"financial year %s\") is a year across two, labelled as the document writes it: write %s: %s",
		name, p, id, want, name, want)
}

// namesFiscalYear reports whether lower (a text in lower case) calls a
// year fiscal: "fiscal", "budget", or "FY" alone or before its year
// ("FY 2018-19", "FY2018-19", "FY19").
func namesFiscalYear(lower string) bool {
	for _, w := range []string{"fiscal", "fy", "budget"} {
		if indexWord(lower, w) >= 0 {
			return true
		}
	}
	for i := strings.Index(lower, "fy"); i >= 0; {
		if (i == 0 || !isLetterByte(lower[i-1])) && i+2 < len(lower) && lower[i+2] >= '0' && lower[i+2] <= '9' {
			return true
		}
		j := strings.Index(lower[i+2:], "fy")
		if j < 0 {
			break
		}
		i += 2 + j
	}
	return false
}

// monthNamedIn reports whether quote names the month of d in words with
// its year ("June 2005", "Jun 2005", "June, 2005").
func monthNamedIn(quote string, d Date) bool {
	q := lowerASCII(foldString(quote))
	full := strings.ToLower(d.Month.String())
	for _, m := range []string{full, full[:3]} {
		for _, sep := range []string{" ", ", "} {
			if strings.Contains(q, fmt.Sprintf("%s%s%d", m, sep, d.Year)) {
				return true
			}
		}
	}
	return false
}

// yearFormNotices gives a notice, of kind ErrMismatch, at the period of
// each point of a series whose years across two are written one way
// while other points write them the other ("2012-13" beside "2020/21",
// s19m-students): the outputs label each as written, so one axis would
// read "2012–13" beside "2020/21". The form to write is the one most of
// the series' points write, the slash where as many write each.
func (c *Catalog) yearFormNotices() ErrorList {
	var l ErrorList
	bySeries := map[string][]*Indicator{}
	var order []string
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Series == "" || !ind.Period.Split {
			continue
		}
		if bySeries[ind.Series] == nil {
			order = append(order, ind.Series)
		}
		bySeries[ind.Series] = append(bySeries[ind.Series], ind)
	}
	for _, id := range order {
		points := bySeries[id]
		dashes := 0
		for _, ind := range points {
			if ind.Period.Dash {
				dashes++
			}
		}
		if dashes == 0 || dashes == len(points) {
			continue
		}
		most := 2*dashes > len(points) // a tie goes to the slash
		for _, ind := range points {
			want := ind.Period
			want.Dash = most
			if want == ind.Period {
				continue
			}
			var seen Period
			for _, o := range points {
				if o.Period.Dash != ind.Period.Dash {
					seen = o.Period
					break
				}
			}
			c.addField(&l, ind.ID, "period", ErrMismatch, fmt.Sprintf("series %q writes its years across two both ways, %s here and %s at another point, and the outputs label each as written: write one form for the series, period: %s",
				id, ind.Period, seen, want))
		}
	}
	return l
}

// YearToNext reads "YYYY to YYYY+1" at the start of s, two years in a row
// joined by "to": GOV.UK's words for one financial, tax or academic year
// ("in 2022 to 2023", "the 2022 to 2023 tax year", a title's "…, 2020 to
// 2021"), the year across two that "2022/23" writes. It returns that year
// and the bytes read; false when s does not open so, or when before (the
// words before s) ends in "from", "between" or "since": "from 2022 to
// 2023" is a span from one year to the next, as a change reads it.
func YearToNext(before, s string) (Period, int, bool) {
	y, ok := leadingYear(s)
	if !ok || !strings.HasPrefix(s[4:], " to ") {
		return NotStated, 0, false
	}
	y2, ok := leadingYear(s[4+len(" to "):])
	if !ok || y2 != y+1 {
		return NotStated, 0, false
	}
	if f := strings.Fields(lowerASCII(before)); len(f) > 0 {
		switch f[len(f)-1] {
		case "from", "between", "since":
			return NotStated, 0, false
		}
	}
	return SplitYear(y), 4 + len(" to ") + 4, true
}

// leadingYear reads the year of four digits (1800 to 2099) that opens s
// and ends a word.
func leadingYear(s string) (int, bool) {
	if len(s) < 4 || len(s) > 4 && (s[4] >= '0' && s[4] <= '9' || s[4]|0x20 >= 'a' && s[4]|0x20 <= 'z') {
		return 0, false
	}
	y := 0
	for _, c := range []byte(s[:4]) {
		if c < '0' || c > '9' {
			return 0, false
		}
		y = y*10 + int(c-'0')
	}
	return y, y >= 1800 && y < 2100
}
