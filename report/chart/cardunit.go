package chart

import (
	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// cardUnit returns the unit a headline card of it says under its figure,
// as wording.Subtitle gives it, but "Percent change" for a fact or an
// estimate that rose or fell, whose figure says which way ("Down 4.8%"):
// "Percent reduction" and "Percent increase" are the words of targets and
// pledges to cut or to raise, and the catalog's word for a fact is
// neither.
func cardUnit(it item, title string) string {
	b := barOf(it)
	if !b.Status.IsCommitment() && b.Q.Direction != indicators.NoDirection {
		b.Signed = true
	}
	unit, _ := wording.Subtitle(title, []wording.Bar{b})
	return unit
}
