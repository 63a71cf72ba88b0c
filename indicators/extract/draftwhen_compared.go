package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// comparedLeadRe opens a sentence with the year its figures are compared
// with: "Compared to 2009-10, there were …", "Compared with 2015, …"
// (drafts46): the point of comparison, a change's base (comparandAfter),
// never the figure's period.
var comparedLeadRe = lazyRegexp(`^\s*(?i:compared (?:to|with)) ((?:19|20)\d\d(?:[-–/]\d\d)?),`)

// betweenLeadClaim gives a change its paragraph's lead dates ("Between
// 2018-19 and 2019-20, the proportion … fell. … this was a decrease of
// one percentage point", drafts46) the earlier of the two times the lead
// compares as its base: the pair "between … and …" joins (betweenTimes),
// whatever form the times take, when the later is the change's time.
func (d *docDraft) betweenLeadClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() || ind.Period.IsSpan() && !isQuarter(ind.Period) {
		return
	}
	text := d.src.Text
	ps := paragraphStart(text, m.Sentence.Start)
	lead := text[ps:m.Span.Start]
	if !strings.Contains(lead, "etween") { // spare the reading
		return
	}
	refs := timeRefsIn(lead, ps)
	for i := len(refs) - 2; i >= 0; i-- {
		a, b := refs[i], refs[i+1]
		if a.role != yearBase || b.period != ind.Period || !betweenGapRe.MatchString(text[a.end:b.phraseStart]) {
			continue
		}
		ind.Base = a.period
		cl.fieldNotes["base"] = fmt.Sprintf("%q: the paragraph's lead compares the later with the earlier", text[a.phraseStart:b.end])
		return
	}
}
