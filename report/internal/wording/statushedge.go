package wording

import (
	"iter"
	"slices"

	"github.com/claimbook/claimbook/indicators"
)

// StatusOnce returns c, or where some indicator's hedge is a word of its
// status a copy of c in which those figures are as indicators.StatusExact
// reads them (the decision Compute takes too): each output says their
// status once, by status, and their digits as they are ("9.7 billion",
// never "estimated 9.7 billion" on one bar of five estimates). Their
// stated words and quotes are as the document writes them; c is not
// changed.
func StatusOnce(c *indicators.Catalog) *indicators.Catalog {
	if c == nil {
		return c
	}
	var out *indicators.Catalog
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		q := indicators.StatusExact(ind)
		if q == ind.Quantity {
			continue
		}
		if out == nil {
			cp := *c
			cp.Indicators = slices.Clone(c.Indicators)
			out = &cp
		}
		out.Indicators[i].Quantity = q
	}
	if out == nil {
		return c
	}
	return out
}

// Input returns c as every writer of a report reads it, c itself or a
// copy, c unchanged: each rate base worded one way
// (indicators.Catalog.OneRateWorded: "per 100,000 people" and "per
// 100,000 population" on one chart, s22p-alcohol) and each status said
// once (StatusOnce). The book, the deck and the charts read their catalog
// through it, so that a Go caller of any of them gets what claimbook
// build writes.
func Input(c *indicators.Catalog) *indicators.Catalog {
	return StatusOnce(c.OneRateWorded())
}

// InputSeq is Input for a catalog whose indicators go on in more
// (xlsx.WriteSeq): each rate base is worded one way over c's indicators
// and more's (indicators.Catalog.OneRateWordedSeq), and the sequence it
// returns yields more's indicators so worded, each status said once.
func InputSeq(c *indicators.Catalog, more iter.Seq[*indicators.Indicator]) (*indicators.Catalog, iter.Seq[*indicators.Indicator]) {
	c, more = c.OneRateWordedSeq(more)
	if more == nil {
		return StatusOnce(c), nil
	}
	return StatusOnce(c), func(yield func(*indicators.Indicator) bool) {
		for ind := range more {
			if q := indicators.StatusExact(ind); q != ind.Quantity {
				w := *ind
				w.Quantity = q
				ind = &w
			}
			if !yield(ind) {
				return
			}
		}
	}
}
