package wording

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// StatusHedge returns the hedge before the stated figure of ind where it
// is a word of ind's own status, "estimated" or "an estimated" of an
// estimate: the figure's status, which its Status column, a chart's
// subtitle ("(estimates)") or its status key says, never a hedge of its
// digits. "" otherwise. Transport Scotland's "the estimated 9.7 billion
// vehicle kms" beside "7.1 billion", all estimates, drew two of five bars
// hedged and a sum of them "about 43.6 billion" (s21o-traffic).
func StatusHedge(ind *indicators.Indicator) string {
	h := indicators.LeadingHedge(ind.Stated)
	if h == "" || ind.Quantity.IsRange() {
		return ""
	}
	w := strings.ToLower(h)
	w = strings.TrimPrefix(strings.TrimPrefix(w, "an "), "a ")
	if s, ok := indicators.StatusOfWord(w); ok && s == ind.Status {
		return h
	}
	return ""
}

// StatusOnce returns c, or where some indicator's hedge is a word of its
// status (StatusHedge) a copy of c in which those figures are exact: each
// output says their status once, by status, and their digits as they are
// ("9.7 billion", never "estimated 9.7 billion" on one bar of five
// estimates), and a figure derived from them is as precise as their
// digits ("43.6 billion", never an invented "about"). Their stated
// words and quotes are as the document writes them; c is not changed.
func StatusOnce(c *indicators.Catalog) *indicators.Catalog {
	if c == nil {
		return c
	}
	var out *indicators.Catalog
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Quantity.Qualifier != indicators.Approx || StatusHedge(ind) == "" {
			continue
		}
		if out == nil {
			cp := *c
			cp.Indicators = slices.Clone(c.Indicators)
			out = &cp
		}
		out.Indicators[i].Quantity.Qualifier = indicators.Exact
	}
	if out == nil {
		return c
	}
	return out
}
