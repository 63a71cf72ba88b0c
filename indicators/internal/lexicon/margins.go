package lexicon

import "strings"

// MarginSigns open a figure's margin, as written before the margin's
// number: "41.2 ± 0.8 million", "2.3 percent (plus or minus 0.5
// percent)", "1.1 percent (+/- 0.2)". The extractor and ParseStated both
// read them.
var MarginSigns = []string{"±", "+/-", "+/−", "+-", "plus or minus", "plus/minus"}

// A MarginLabel is a name of what a margin measures, as a release writes
// it beside the margin ("[SE]", "(SE 0.02 million)", "(MOE)").
type MarginLabel struct {
	Word string // in lower case: "se"
	// Kind is the model's word for what the margin is: "standard_error"
	// or "margin_of_error".
	Kind string
}

// MarginLabels lists the names of a margin's measure.
var MarginLabels = []MarginLabel{
	{"se", "standard_error"}, {"s.e.", "standard_error"}, {"standard error", "standard_error"},
	{"moe", "margin_of_error"}, {"margin of error", "margin_of_error"}, {"ci", "margin_of_error"},
}

// LookupMarginLabel returns the label w names (any case, spaces folded).
func LookupMarginLabel(w string) (MarginLabel, bool) {
	w = strings.ToLower(strings.Join(strings.Fields(w), " "))
	for _, l := range MarginLabels {
		if l.Word == w {
			return l, true
		}
	}
	return MarginLabel{}, false
}
