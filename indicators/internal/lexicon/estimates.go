package lexicon

// EstimateCues are the words of a clause that say its figure was worked
// out rather than counted, lower case: "an estimated 650,000 workers",
// "we estimate that 89.7% of unoccupied dwellings", "it was estimated
// that", and a valuation ("with a street value of around £3 billion").
// The drafter's status cues read them, and so does verify's status notice
// (a figure its quote calls estimated, written status: fact).
var EstimateCues = []string{"estimated", "estimate", "estimates", "an estimated", "street value"}

// EstimateDataNotes are the notes on the data a figure comes from that make
// it an estimate, lower case, anywhere in its clause and often in a closing
// parenthesis: "totaled $25 billion in 2011 (preliminary data)", "$2,240bn
// … in 2022, as estimated by SIPRI", and statistics still being developed
// ("designated as experimental statistics"). A cue that starts with "("
// matches as written; the others as words.
var EstimateDataNotes = []string{"preliminary data", "preliminary figures", "preliminary estimate", "preliminary estimates", "(preliminary)",
	"as estimated by", "according to estimates", "according to its estimates", "according to their estimates",
	"provisional data", "provisional figures", "(provisional)", "(estimated)", "(estimate)", "(est.)", "estimated data",
	"experimental statistics", "official statistics in development"}

// SampleWords say that a text's figures come from a sample, whose figures
// are estimates however they are written: a draft's figure with no cue
// word of its own is a fact only by default in such a text (calib45's
// marks, indicators/extract/draftevidence.go).
var SampleWords = []string{"survey", "surveys", "surveyed", "sample", "sampled", "respondents"}
