package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// comparedLeadRe opens a sentence with the year its figures are compared
// with: "Compared to 2009-10, there were …", "Compared with 2015, …"
// (drafts46): the point of comparison, a change's base (comparandAfter),
// never the figure's period.
var comparedLeadRe = lazyRegexp(`^\s*(?i:compared (?:to|with)) ((?:19|20)\d\d(?:[-–/]\d\d)?),`)

// betweenAcrossRe compares two years written across two, in a
// paragraph's lead: "Between 2018-19 and 2019-20, …".
var betweenAcrossRe = lazyRegexp(`(?i)\bbetween ((?:19|20)\d\d)[-–/](\d\d) and ((?:19|20)\d\d)[-–/](\d\d)\b`)

// betweenLeadClaim gives a change dated by the later of two years across
// two that its paragraph's lead compares ("Between 2018-19 and 2019-20,
// the proportion … fell. … this was a decrease of one percentage point")
// the earlier as its base (drafts46).
func (d *docDraft) betweenLeadClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() || ind.Period.IsSpan() {
		return
	}
	text := d.src.Text
	ps := paragraphStart(text, m.Sentence.Start)
	lead := text[ps:m.Span.Start]
	if !strings.Contains(lead, "etween") { // spare the regexp
		return
	}
	g := betweenAcrossRe.FindStringSubmatch(lead)
	if g == nil {
		return
	}
	y1, _ := strconv.Atoi(g[1])
	y2, _ := strconv.Atoi(g[3])
	e1, _ := strconv.Atoi(g[2])
	e2, _ := strconv.Atoi(g[4])
	if e1 != (y1+1)%100 || e2 != (y2+1)%100 || y2 <= y1 {
		return
	}
	if p := ind.Period; p != indicators.YearPeriod(y2+1) && p != indicators.FiscalYearAcross(y2) {
		return
	}
	ind.Base = indicators.YearPeriod(y1 + 1)
	if ind.Period.Fiscal {
		ind.Base = indicators.FiscalYearAcross(y1)
	}
	cl.fieldNotes["base"] = fmt.Sprintf("%q: the paragraph's lead compares the later with the earlier", g[0])
}
