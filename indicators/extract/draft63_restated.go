package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// drafts63RestatedLater folds a figure restated under a later heading of
// the release (a summary the body repeats) into the claim drafted first:
// a count of 1,000 or more with the same value, unit, measure, period and
// place, whatever title each copy has; and then the other figures of the
// restating sentence that are the same claim as one drafted before. The
// later copy becomes a second quote and a comment.
func (d *docDraft) drafts63RestatedLater(out []claim) []claim {
	var restating []indicators.Span
	fold := func(i int, big bool) {
		cl := &out[i]
		for j := 0; j < i; j++ {
			e := &out[j]
			if e.skip != "" || len(e.ind.Provenance) == 0 || slices.Equal(e.ind.Provenance[0].Section, cl.ind.Provenance[0].Section) ||
				!sameClaimOf(&e.ind, &cl.ind) {
				continue
			}
			if big && (cl.ind.Unit.Kind != indicators.Count || cl.ind.Quantity.Value.Float64() < 1000) {
				return
			}
			e.ind.Provenance = append(e.ind.Provenance, cl.ind.Provenance[0])
			cl.skip = fmt.Sprintf("not drafted: %s in %s (restates %s under a later heading, %q: the same value, unit, period and place, a second quote of it, not a new indicator)",
				flatText(cl.ind.Stated), d.source.ID, e.ind.ID, strings.Join(cl.ind.Provenance[0].Section, " / "))
			if big {
				restating = append(restating, cl.ind.Provenance[0].Span)
			}
			return
		}
	}
	for i := range out {
		if out[i].skip == "" && len(out[i].ind.Provenance) > 0 {
			fold(i, true)
		}
	}
	for i := range out {
		if out[i].skip == "" && len(out[i].ind.Provenance) > 0 && slices.Contains(restating, out[i].ind.Provenance[0].Span) {
			fold(i, false)
		}
	}
	return out
}
