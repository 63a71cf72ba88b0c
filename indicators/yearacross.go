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
	return ""
}
