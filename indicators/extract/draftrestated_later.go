package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// restatedLater folds a figure restated under a later heading of
// the release (a summary the body repeats) into the claim drafted first:
// a count of 1,000 or more with the same value, unit, measure, period and
// place, whatever title each copy has; and then the other figures of the
// restating sentence that are the same claim as one drafted before. The
// later copy becomes a second quote and a comment, where its quote states
// the figure as the first copy is drafted (verify asks it of every quote).
func (d *docDraft) restatedLater(out []claim) []claim {
	var restating []indicators.Span
	big := func(cl *claim) bool {
		return cl.skip == "" && len(cl.ind.Provenance) > 0 && cl.ind.Unit.Kind == indicators.Count && cl.ind.Quantity.Value.Float64() >= 1000
	}
	fold := func(i int, earlier []int) bool {
		cl := &out[i]
		for _, j := range earlier {
			e := &out[j]
			if j >= i || e.skip != "" || len(e.ind.Provenance) == 0 || slices.Equal(e.ind.Provenance[0].Section, cl.ind.Provenance[0].Section) ||
				!sameClaimOf(&e.ind, &cl.ind) || !strings.Contains(cl.ind.Provenance[0].Quote, e.ind.Stated) {
				continue // a quote that does not state the claim as drafted ("170,000" for "170,000 claimants") is none of its
			}
			e.ind.Provenance = append(e.ind.Provenance, cl.ind.Provenance[0])
			cl.skip = fmt.Sprintf("not drafted: %s in %s (restates %s under a later heading, %q: the same value, unit, period and place, a second quote of it, not a new indicator)",
				flatText(cl.ind.Stated), d.source.ID, e.ind.ID, strings.Join(cl.ind.Provenance[0].Section, " / "))
			return true
		}
		return false
	}
	// Counts of 1,000 or more, by value: few share one.
	byValue := map[float64][]int{}
	for i := range out {
		if !big(&out[i]) {
			continue
		}
		v := out[i].ind.Quantity.Value.Float64()
		if fold(i, byValue[v]) {
			restating = append(restating, out[i].ind.Provenance[0].Span)
			continue
		}
		byValue[v] = append(byValue[v], i)
	}
	if len(restating) == 0 {
		return out
	}
	all := make([]int, len(out))
	for i := range all {
		all[i] = i
	}
	for i := range out {
		if out[i].skip == "" && len(out[i].ind.Provenance) > 0 && slices.Contains(restating, out[i].ind.Provenance[0].Span) {
			fold(i, all[:i])
		}
	}
	return out
}
