package lexicon

// ContributionWords are the words that say a figure in percentage points
// is a component's contribution to a rate of growth or inflation ("Net
// exports contributed 0.2 percentage points", "the largest upward
// contribution … came from transport (0.30 percentage points)",
// "detracted 0.3 percentage points"): a part of the rate, not a change of
// the component over time.
var ContributionWords = []string{"contributed", "contributes", "contributing", "contribution", "contributions",
	"detracted", "detracts", "detracting", "subtracted"}
