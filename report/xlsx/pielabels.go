package xlsx

import (
	"bytes"
	"fmt"
	"strings"
)

// minLabelShare is the least share of its doughnut a slice has for its
// figure to be printed on it: a smaller slice's label overprints its
// neighbours' (s19m-elections' 5.0% and 2.9% of UK registrations;
// s19m-students' "less than 1%" over the 3% and 4% beside it).
const minLabelShare = 0.05

// smallSlices returns the indices of the points of doughnut items that
// are less than minLabelShare of it (to the figures' last digit: 5.0% of
// shares summing to 100.1 is not small).
func smallSlices(items []chartItem) []int {
	var whole float64
	for _, it := range items {
		whole += max(it.spanV, 0)
	}
	if whole <= 0 {
		return nil
	}
	var out []int
	for i, it := range items {
		if max(it.spanV, 0)/whole < minLabelShare-0.001 {
			out = append(out, i)
		}
	}
	return out
}

// nameSmallSlices appends to the name of each small slice of doughnut
// items (smallSlices) its figure, as its cell shows it ("Wales (2.9%)"),
// unless the name ends with it already, as a hedged part's does ("…
// (less than 1%)"). The rule: every figure of a doughnut is printed
// once, where it can be read: on its slice where the slice has room, in
// its legend entry (the name on the Chart data sheet, which the legend
// reads) where it has none (pieLabels).
func nameSmallSlices(items []chartItem) {
	for _, i := range smallSlices(items) {
		it := &items[i]
		fig := displayText(it.spanV, it.fmt)
		if fig != "" && !strings.HasSuffix(it.label, "("+fig+")") {
			it.label += " (" + fig + ")"
		}
	}
}

// pieLabels returns the edit of doughnut cd's chart part that deletes
// the data labels of its small slices (smallSlices), whose legend entries
// name their figures (nameSmallSlices); nil where every slice is
// labelled.
func pieLabels(cd *chartData) func([]byte) []byte {
	small := smallSlices(cd.items)
	if len(small) == 0 {
		return nil
	}
	var lbls strings.Builder
	for _, i := range small {
		fmt.Fprintf(&lbls, `<dLbl><idx val="%d"></idx><delete val="1"></delete></dLbl>`, i)
	}
	return func(src []byte) []byte {
		return bytes.Replace(src, []byte(`<dLbls>`), []byte(`<dLbls>`+lbls.String()), 1)
	}
}
