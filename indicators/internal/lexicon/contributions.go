package lexicon

// ContributionWords are the words that say a figure in percentage points
// is a component's contribution to a rate of growth or inflation ("Net
// exports contributed 0.2 percentage points", "the largest upward
// contribution … came from transport (0.30 percentage points)",
// "detracted 0.3 percentage points"): a part of the rate, not a change of
// the component over time.
var ContributionWords = []string{"contributed", "contributes", "contributing", "contribution", "contributions",
	"detracted", "detracts", "detracting", "subtracted"}

// InflationMeasures are the names of a measure of inflation a quote gives
// its rate under ("The Consumer Prices Index (CPI) rose by 0.4% in the 12
// months to February 2021"): a figure in percent of one is the rate of
// inflation for its period, a level, whatever verb says how prices got
// there. "Adjusted for inflation" names none.
var InflationMeasures = []string{"cpi", "cpih", "rpi", "rpij", "hicp", "consumer prices index", "consumer price index",
	"retail prices index", "retail price index", "inflation rate", "rate of inflation", "rate of consumer price inflation"}
