package xlsx

import (
	"github.com/claimbook/claimbook/indicators"
)

// latestFigures returns the Cover's entries of the indicators of the
// latest period the catalog states (the one that ends last; its
// changes, whose period it is, with it), in catalog order, each with
// its base and period after its title (coverRowAt), so that every row
// says its time in one column and one way ("New STI diagnoses, 2024",
// "Change in new STI diagnoses, from 2023 to 2024"); nil where that
// would be every indicator, or where some indicator states no period
// (a figure of no stated time is no older than the latest).
//
// The rule: without a headline view, the Cover's headline figures are
// the latest period's figures and their changes, the rest on the
// Indicators sheet (s19m-disease: twenty figures in catalog order, the
// 2023 comparators among them and the last-written one at the bottom,
// and ", 2024" after the levels' titles but not the changes').
func (b *book) latestFigures() []coverEntry {
	var latest indicators.Period
	end, stated := 0.0, 0
	for i := range b.c.Indicators {
		p := b.c.Indicators[i].Period
		_, to, ok := p.Extent()
		if !ok {
			continue
		}
		stated++
		if stated == 1 || to > end {
			latest, end = p, to
		}
	}
	if stated < len(b.c.Indicators) {
		return nil
	}
	var out []coverEntry
	for i := range b.c.Indicators {
		ind := &b.c.Indicators[i]
		if !ind.Period.Same(latest) {
			continue
		}
		e := b.indicatorEntry(ind)
		e.fig, e.title = coverRowAt(ind, true)
		out = append(out, e)
	}
	if len(out) == len(b.c.Indicators) {
		return nil
	}
	return out
}

// headlineKind is what the Cover's headline figures are (headlines).
type headlineKind int

const (
	everyFigure   headlineKind = iota // every indicator
	headlineViews                     // the catalog's headline views'
	latestPeriod                      // the latest period's (latestFigures)
)
