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
// The hedges are the lexicon's (indicators.HedgeBefore).
func HedgeWord(label string, q indicators.Qualifier) string {
	if q == indicators.Exact || q == indicators.Range {
		return ""
	}
	words := strings.Fields(label)
	for k := min(4, len(words)); k >= 1; k-- {
		p := strings.ToLower(strings.Join(words[:k], " "))
		if h := indicators.HedgeBefore(p); h != "" && h == p {
			return p
		}
	}
	return q.Word()
}
