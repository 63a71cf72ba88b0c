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

// WordsKept reports whether the figure of bars[i], a share the document
// writes as a proportion in words ("about a quarter", "over half", "one
// in ten", indicators.ProportionInWords), keeps those words on a chart,
// in its value label and a waffle's figure, and so in the book's native
// chart beside it: always, beside figures in digits too. "One in ten"
// written "10%" looked precise where the words are not (s26w-language),
// and the deck quoted "about a quarter" while the chart and the book said
// "about 25%" (s20n-gambling). So does a figure with a fraction written
// as one character ("around 2¾%", indicators.VulgarIn), which the book
// wrote "around 2.75%" beside the slide's "around 2¾%" (s35f-monetary).
func WordsKept(bars []Bar, i int) bool {
	if i >= len(bars) {
		return false
	}
	l := bars[i].Label
	return indicators.ProportionInWords(l) && !strings.ContainsAny(l, "0123456789") || indicators.VulgarIn(l)
}
