package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A release's list of main points reports one period, which its first
// point names and the points after it take as read:
//
//	• There were 209,000 jobs with pay less than the NMW … in April 2015
//	• There were 115,000 jobs held by full-time employees … → April 2015
//	• For part-time employees, there were 94,000 jobs … → April 2015
//
// A point that names no time of its own takes the time of its list's
// first point's first figure, when that figure's own clause or sentence
// dates it; a time named later in the first point (the comparison "down
// from 222,000 in April 2014") is that figure's, not the list's.

// firstBulletPeriods dates each figure of out that every other rule
// left with no time, in a bullet below the first of its list and whose
// sentence names no time, by its list's first figure, when that figure's
// own clause or sentence dates it. A change is over a span of its own,
// never the first point's time, and is left as it is.
func (d *docDraft) firstBulletPeriods(out []claim) []claim {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || ind.Period.IsStated() || len(ind.Provenance) == 0 || ind.Measure == indicators.Change || ind.Quantity.Direction != indicators.NoDirection {
			continue
		}
		sp := ind.Provenance[0].Span
		if len(timeRefsIn(text[sp.Start:sp.End], sp.Start)) > 0 {
			continue
		}
		ls := strings.LastIndexByte(text[:sp.Start], '\n') + 1
		first, ok := firstBulletOf(text, ls)
		if !ok || first == ls {
			continue
		}
		fe := lineEnd(text, first)
		for j := range out {
			h := &out[j]
			if h.skip != "" || len(h.ind.Provenance) == 0 {
				continue
			}
			if at := h.ind.Provenance[0].Span.Start; at < first || at >= fe {
				continue
			}
			p, why := h.ind.Period, h.fieldNotes["period"]
			if p.IsStated() && !(p.IsSpan() && p.From.Month == 0) && firstPhrase(why, ownClauseNotes) != "" {
				ind.Period = p
				cl.fieldNotes["period"] = fmt.Sprintf("no time of its own: %s, the time of the first point of its list, %s (%s)", p, strings.Join(strings.Fields(h.ind.Stated), " "), why)
				declare(cl.fieldNotes, "period", "period/firstBulletPeriods")
			}
			break // the list's first figure alone
		}
	}
	return out
}

// firstBulletOf returns the start of the first bullet line of the list
// holding the bullet line that starts at ls, blank lines between its
// items allowed, at the same indent; ok is false when ls starts no
// bullet line.
func firstBulletOf(text string, ls int) (int, bool) {
	line := text[ls:lineEnd(text, ls)]
	if !isBulletLine(line) {
		return 0, false
	}
	ind := indentOf(line)
	first := ls
	for i := ls; i > 0; {
		ps := strings.LastIndexByte(text[:i-1], '\n') + 1
		pl := text[ps : i-1]
		i = ps
		switch {
		case strings.TrimSpace(pl) == "":
			continue
		case isBulletLine(pl) && indentOf(pl) == ind:
			first = ps
		case isBulletLine(pl) && indentOf(pl) > ind:
			continue // a sub-point of an item above
		default:
			return first, true
		}
	}
	return first, true
}
