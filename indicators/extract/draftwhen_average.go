package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// An average set against a figure (when27), in releases of every kind
// that report a year beside its history:
//
//	Total use, 2002 to 2010. … 503,934 mice used in 2010, compared to
//	the long-term average of 346,289 → 2002/2010: the average runs over
//	the years its paragraph names, never the year of the figure it is
//	set against
//	30,694 rats (average of 37,326) → the same, for an average in
//	brackets after the figure it is set against
//
// An average of its own time ("spent an average of £474 per week in
// 2010") keeps it.

// comparedAverageRe closes the words before an average set against
// another figure: "compared to the long-term average of ", "(average of
// ", "the long-run average was ".
var comparedAverageRe = lazyRegexp(`(?i)(?:\blong[- ](?:term|run)\b|\bhistor(?:ic|ical)\b|\b(?:compared (?:to|with)|against|than) (?:the|an?|its|their)\b|\(\s*(?:an? |the )?)[^.;()]{0,40}\baverages?\b[^.;()0-9]{0,24}$`)

// averageSpans dates each average of out that is set against another
// figure (comparedAverageRe) and names no time in its own clause by the
// span of years its paragraph names before it: the last span ending in
// the year it was dated by, or any last span when it had none.
func (d *docDraft) averageSpans(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		p := cl.ind.Period
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || p.IsStated() && (!p.IsYear() || p.Fiscal || p.Split) || cl.ind.Measure == indicators.Change {
			continue
		}
		m, ok := d.mentionOfClaim(cl)
		if !ok {
			continue
		}
		cs, ce := clauseOf(text, m)
		cs = max(m.Sentence.Start, cs-2) // the bracket that opens its clause
		g := comparedAverageRe.FindStringIndex(text[cs:m.Span.Start])
		if g == nil || slices.ContainsFunc(timeRefsIn(text[cs+g[0]:ce], cs+g[0]), func(r yearRef) bool { return r.role == yearPeriod || r.role == yearBase }) {
			continue
		}
		ps := paragraphStart(text, m.Sentence.Start)
		var span yearRef
		for _, r := range timeRefsIn(text[ps:m.Span.Start], ps) {
			if r.role == yearPeriod && r.period.IsSpan() && r.period.From.Month == 0 && r.period.To.Month == 0 && !r.period.Fiscal && (!p.IsStated() || r.period.To.Year == p.From.Year) {
				span = r
			}
		}
		if !span.period.IsStated() {
			continue
		}
		cl.ind.Period = span.period
		cl.fieldNotes["period"] = fmt.Sprintf("%q: an average set against a figure runs over the years its paragraph names (%q)", strings.TrimSpace(text[cs+g[0]:m.Span.Start]), text[span.start:span.end])
		declare(cl.fieldNotes, "period", "period/averageSpans")
	}
}
