package indicators

import (
	"fmt"
	"strings"
)

// listPartsNotices gives a notice, of kind ErrValue, at a figure whose
// quote ends a line that leads in a list ("1,160 recommendations made
// for redress and improvement:") where the figures the catalog quotes
// from its items, of its unit and period, cannot sum to it within their
// rounding: more than it, or less where every item of the list is
// quoted. A list under its total names the total's parts, so one of them
// is misread, or the whole; or the items overlap (a case counted under
// two of them), which the document may well say: a note then says so. A
// list that names only some parts ("including:") falls short, and takes
// none while an item is left unquoted.
func (c *Catalog) listPartsNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		w := &c.Indicators[i]
		if len(w.Provenance) == 0 || w.Measure == Change || w.Measure == Share || w.Measure == RankKind || w.Unit.IsZero() || w.Unit.Per != "" {
			continue
		}
		p := w.Provenance[0]
		src, ok := c.Source(p.Source)
		if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start >= p.Span.End {
			continue
		}
		text := src.Text
		lineEnd := strings.IndexByte(text[p.Span.End:], '\n')
		if lineEnd < 0 {
			lineEnd = len(text) - p.Span.End
		}
		lineStart := strings.LastIndexByte(text[:p.Span.Start], '\n') + 1
		lead := strings.TrimSpace(text[lineStart : p.Span.End+lineEnd])
		if !strings.HasSuffix(lead, ":") {
			continue
		}
		// The list's items: the lines after the lead-in with a list
		// mark, blank lines between them. Only those at the first
		// item's indent are parts of the total: an item indented under
		// another is a part of that item (round AH, s37h-disasteraid:
		// housing and other needs under "$954 million in FEMA grants"
		// were summed beside it).
		items, top := 0, -1
		rest := text[p.Span.End+lineEnd:]
		for _, line := range strings.Split(rest, "\n") {
			t := strings.TrimSpace(line)
			if t == "" {
				continue
			}
			if skipLead(t, 0, len(t)) == 0 {
				break
			}
			if top < 0 {
				top = lineIndent(line)
			}
			if lineIndent(line) <= top {
				items++
			}
		}
		var parts []string
		quoted := map[int]bool{} // the items a part quotes, by their start
		lo, hi := 0.0, 0.0
		for j := range c.Indicators {
			q := &c.Indicators[j]
			if j == i || len(q.Provenance) == 0 || q.Unit != w.Unit || !q.Period.Same(w.Period) || q.Measure != w.Measure {
				continue
			}
			qp := q.Provenance[0]
			if qp.Source != p.Source || qp.Span.Start <= p.Span.End || qp.Span.Start > len(text) || leadInAbove(text, qp.Span.Start) != lead {
				continue
			}
			if ls := strings.LastIndexByte(text[:qp.Span.Start], '\n') + 1; top >= 0 && lineIndent(text[ls:qp.Span.Start]) > top {
				continue // a sub-item, a part of the item above it
			}
			iv := q.Quantity.IntervalFor(q.Unit)
			lo += max(iv.Lo, 0)
			hi += iv.Hi
			parts = append(parts, q.ID)
			quoted[strings.LastIndexByte(text[:qp.Span.Start], '\n')] = true
		}
		if len(parts) < 2 {
			continue
		}
		whole := w.Quantity.IntervalFor(w.Unit)
		var msg string
		switch {
		case lo > whole.Hi:
			msg = fmt.Sprintf("the %d figures quoted from the list %q leads in (%s) sum to at least %s, more than its %q", len(parts), w.ID, quotedList(parts, len(parts)), w.sumText(lo), w.Stated)
		case hi < whole.Lo && len(quoted) >= items:
			msg = fmt.Sprintf("the %d figures quoted from every item of the list %q leads in (%s) sum to at most %s, less than its %q", len(parts), w.ID, quotedList(parts, len(parts)), w.sumText(hi), w.Stated)
		default:
			continue
		}
		c.addField(&l, w.ID, "stated", ErrValue, msg+": a list under its total names the total's parts, so one of them, or the total, is misread; where the document's items overlap (one thing counted under two), say so in a note")
	}
	return l
}

// lineIndent returns how many bytes of white space open line.
func lineIndent(line string) int {
	return len(line) - len(strings.TrimLeft(line, " \t\u00a0"))
}

// sumText writes x, a sum of figures in ind's unit, as ind's figure is
// written, in its scale: "$4.029 billion", never "4029000000".
func (ind *Indicator) sumText(x float64) string {
	return Format(Quantity{Value: decimal15(x), Scale: ind.Quantity.Scale}, ind.Unit, Style{})
}
