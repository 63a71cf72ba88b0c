package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// HedgeWord returns the hedge of a figure of qualifier q as label, the
// figure as the document writes it, words it, in lower case: "almost" of
// "almost 11 million", "over" of "Over a third", "more than" of "more
// than twice"; else q's own word ("nearly" of a figure labelled "11
// million"), and "" for an exact figure or a range, whose ends say it.
// The hedge as written is indicators.LeadingHedge's.
func HedgeWord(label string, q indicators.Qualifier) string {
	if q == indicators.Exact || q == indicators.Range {
		return ""
	}
	if h := indicators.LeadingHedge(label); h != "" {
		return strings.ToLower(h)
	}
	return q.Word()
}
