package extract

import "fmt"

// comparedLeadRe opens a sentence with the year its figures are compared
// with: "Compared to 2009-10, there were …", "Compared with 2015, …".
var comparedLeadRe = lazyRegexp(`^\s*(?i:compared (?:to|with)) ((?:19|20)\d\d(?:[-–/]\d\d)?),`)

// comparedLeadClaim gives a figure whose sentence opens "Compared to
// <year>," that year as its base (drafts46): the year is the point of
// comparison, never the figure's period, which stays the paragraph's or
// the release's.
func (d *docDraft) comparedLeadClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Base.IsStated() {
		return
	}
	sent := d.src.Text[m.Sentence.Start:m.Span.Start]
	g := comparedLeadRe.FindStringSubmatchIndex(sent)
	if g == nil {
		return
	}
	rs := yearsIn(sent[g[2]:g[3]], 0)
	if len(rs) != 1 || rs[0].end != g[3]-g[2] {
		return
	}
	b := rs[0].period
	if b == ind.Period || (ind.Period.IsStated() && !ind.Period.IsSpan() && !b.IsSpan() && b.From.Year >= ind.Period.From.Year) {
		return
	}
	ind.Base = b
	cl.fieldNotes["base"] = fmt.Sprintf("%q opens the sentence: the point of comparison", sent[g[0]:g[1]-1])
}
