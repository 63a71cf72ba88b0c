package lexicon

// PartRates are the names of rates that are parts of a whole, lower case:
// the people or things of one state among all of a population, said in
// percent ("the unemployment rate was 5.2%": the unemployed among the
// labour force; "a vacancy rate of 7.0%": vacant dwellings among all; "a
// fill rate of 90 percent": appointments filled among those offered). Such
// a rate is a share (measure share), not a level, which is a price, an
// average, an index or a rate per some base ("per 100,000 people").
// Verify advises share for a level so titled; the drafter should read the
// same list. A rate of growth or inflation is no part of a whole
// (InflationMeasures).
var PartRates = []string{
	"unemployment rate", "jobless rate", "employment rate", "inactivity rate", "participation rate",
	"vacancy rate", "fill rate", "occupancy rate", "recycling rate", "landfill rate",
	"response rate", "take-up rate", "uptake rate",
}
