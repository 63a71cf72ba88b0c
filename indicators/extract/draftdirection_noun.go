package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// changeNounBefore matches a noun of change before a change's
// figure, as its size: "a reduction of ", "the largest reduction in
// smoking prevalence (", "a fall of ".
var changeNounBefore = lazyRegexp(`\b(reduction|fall|decrease|drop|decline|cut|increase|rise)(?:\s+of|\s+in\s+[a-z][a-z -]{0,60}?\s*\()\s*$`)

// changeNounDirection gives a change with no direction the direction of
// the noun of change its figure measures: "a reduction of 2.1
// percentage points" is a fall.
func (d *docDraft) changeNounDirection(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Quantity.Direction != indicators.NoDirection {
		return
	}
	text := d.src.Text
	lo := max(m.Sentence.Start, m.Span.Start-120)
	before := strings.ToLower(text[lo:m.Span.Start])
	g := changeNounBefore.FindStringSubmatch(before)
	if g == nil {
		return
	}
	dir := indicators.Up
	if changeWordDirection(g[1]) == "down" {
		dir = indicators.Down
	}
	d.setDirection(cl, dir, text[m.Sentence.Start:m.Sentence.End])
	if ind.Quantity.Direction == dir {
		cl.fieldNotes["direction"] = fmt.Sprintf("%q before the figure: the change's direction", g[1])
	}
}
