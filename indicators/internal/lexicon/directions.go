package lexicon

// A DirectionWord is a word that says a change goes up or down.
type DirectionWord struct {
	Word string // lower case
	Up   bool   // up ("rose"); down otherwise ("reduce")
	// Change marks a verb or noun of change, which makes a figure next to
	// it a change ("reduce … by 26 percent", "rose 5 percent"); the others
	// only say a direction in a quote ("less", "below", "higher").
	Change bool
	// After marks a noun that gives the direction after the figure: "a 5
	// percent cut".
	After bool
	// Either marks a word that says a change was for the better or the
	// worse, not which way its figure went ("an 11 percentage point
	// improvement" in a share met, "a deterioration" in a waiting time):
	// a quote with one carries either direction. Up is false and says
	// nothing.
	Either bool
}

// down and up are the words of change, in every form documents write,
// but for the verbs of multiplying ("doubled", "quadrupled", "halved"):
// Multipliers lists those once, and Directions reads them from it, up
// for a factor above one and down below.
var down = []string{"reduce", "reduces", "reduced", "reducing", "reduction", "reductions", "cut", "cuts", "cutting",
	"lower", "lowered", "lowering", "lowers", "decrease", "decreased", "decreasing", "decreases", "decline", "declined", "declining", "declines",
	"fall", "falls", "fell", "fallen", "falling", "drop", "dropped", "dropping", "drops", "shrink", "shrank", "shrunk", "shrinking", "shrinks",
	"slash", "slashed", "slashing", "slashes", "trim", "trimmed", "curb", "curbed", "contract", "contracted", "contraction", "slump", "slumped",
	"plunge", "plunged", "tumble", "tumbled", "slide", "slid", "down", "lose", "lost", "shed", "eliminate", "eliminated",
	"ease", "eased", "easing", "dip", "dipped", "sank", "sink", "retreat", "retreated", "narrow", "narrowed", "narrowing",
	"plummet", "plummets", "plummeted", "plummeting", "losing", "loses",
	"slip", "slips", "slipped", "sagged", "dived", "skidded"}

var up = []string{"increase", "increased", "increasing", "increases", "raise", "raises", "raised", "raising",
	"rise", "rises", "rose", "risen", "rising", "grow", "grows", "grew", "grown", "growing", "growth", "expand", "expanded", "expands",
	"expansion", "boost", "boosted", "boosts", "climb", "climbed", "climbs", "jump", "jumped", "jumps", "surge", "surged", "surges",
	"gain", "gained", "gains", "up", "soar", "soared", "higher", "increment", "add", "added", "adds",
	"recover", "recovered", "rebound", "rebounded", "widen", "widened", "widening", "hike", "hiked", "hikes",
	"accelerate", "accelerated",
	"advance", "advanced", "advances", "advancing", "rally", "rallied", "rallies", "rocketed", "skyrocketed", "leapt", "leaped"}

// UpParticle are the verbs before which "up" is a particle, not a rise:
// "gave up 517 yards", "racked up 40 points", "made up 5 percent", "raised
// $5 billion" aside.
var UpParticle = []string{"make", "makes", "made", "making", "take", "takes", "took", "taking", "set", "sets",
	"sum", "sums", "summed", "add", "adds", "added", "adding", "give", "gives", "gave", "given", "giving",
	"rack", "racks", "racked", "racking", "ring", "rang", "rung", "rings", "tot", "totted", "tots"}

// quoteOnly are words a quote may give its direction with that do not make
// a figure a change.
var quoteOnly = []DirectionWord{
	{Word: "below"}, {Word: "less"}, {Word: "fewer"}, {Word: "loss"}, {Word: "losses"}, {Word: "sunk"}, {Word: "plunging"},
	{Word: "plunges"}, {Word: "tumbling"}, {Word: "tumbles"}, {Word: "slumps"}, {Word: "contracting"}, {Word: "contracts"},
	{Word: "downward"}, {Word: "downwards"}, {Word: "above", Up: true},
	{Word: "more", Up: true}, {Word: "expanding", Up: true}, {Word: "expansions", Up: true}, {Word: "boosting", Up: true},
	{Word: "jumping", Up: true}, {Word: "climbing", Up: true}, {Word: "surging", Up: true}, {Word: "soaring", Up: true},
	{Word: "soars", Up: true}, {Word: "gaining", Up: true}, {Word: "spike", Up: true}, {Word: "spiked", Up: true},
	{Word: "spiking", Up: true}, {Word: "accelerating", Up: true}, {Word: "accelerates", Up: true}, {Word: "acceleration", Up: true},
	{Word: "upward", Up: true},
	{Word: "upwards", Up: true}, {Word: "risen", Up: true}, {Word: "adding", Up: true},
	// Comparatives beside "higher" and "lower": "14% greater than last
	// year's estimate" (s18k-birds).
	{Word: "greater", Up: true}, {Word: "smaller"},
	// Comparatives a climate or weather report says a figure above or
	// below a base with ("1.0°F warmer than 1998", "the 15th driest"
	// aside): warmer, hotter and wetter are up, cooler, colder and drier
	// down, as "higher" and "lower" are.
	{Word: "warmer", Up: true}, {Word: "hotter", Up: true}, {Word: "wetter", Up: true},
	{Word: "cooler"}, {Word: "colder"}, {Word: "drier"}, {Word: "dryer"},
	// A saving is a fall in what is spent ("a saving of 4,000 hours").
	{Word: "saving"}, {Word: "savings"}, {Word: "saved"},
	// Words of better and worse (DirectionWord.Either): "an 11 percentage
	// point improvement on the previous year" (s26w-driving).
	{Word: "improvement", Either: true}, {Word: "improvements", Either: true}, {Word: "improved", Either: true},
	{Word: "improve", Either: true}, {Word: "improves", Either: true}, {Word: "improving", Either: true},
	{Word: "deterioration", Either: true}, {Word: "deteriorated", Either: true}, {Word: "deteriorate", Either: true},
	{Word: "deteriorates", Either: true}, {Word: "deteriorating", Either: true},
	{Word: "worsening", Either: true}, {Word: "worsened", Either: true},
}

// NetFallPhrases are the phrases a release of money and credit says a
// net flow below zero with, the figure after them unsigned: "UK
// businesses made net repayments of £0.9 billion" is a net flow of
// −£0.9 billion, as "lending declined by €632 million" is.
var NetFallPhrases = []string{"net repayment", "net repayments", "net outflow", "net outflows", "net redemption", "net redemptions"}

// NetFlowPhrases are the phrases by which a release of money and credit
// says its amounts are net flows ("following a net monthly flow of minus
// €167 million"): in such a release lending that "declined by €632
// million" is a net flow of −€632 million, the change of the stock less
// revaluations, not a change in the flow.
var NetFlowPhrases = []string{"net flow", "net monthly flow", "monthly net flow", "net quarterly flow", "net annual flow"}

// NotFlowWords are the words by which a clause of a release of net flows
// says its amount is no net flow but a change in a stock or its value
// ("the outstanding stock of deposits declined by €2 billion, reflecting
// revaluations", "the value of bonds fell by €1.5 billion").
var NotFlowWords = []string{"stock", "stocks", "outstanding", "value", "values", "valuation", "valuations", "revaluation", "revaluations"}

// after are the nouns that give the direction after the figure.
var after = map[string]bool{"cut": true, "cuts": true, "reduction": true, "reductions": true, "decline": true, "drop": true, "dip": true,
	"fall": true, "decrease": true, "lower": true, "less": true, "loss": true, "contraction": true, "slump": true,
	"increase": true, "increases": true, "rise": true, "gain": true, "jump": true, "growth": true,
	"higher": true, "more": true, "hike": true, "boost": true, "surge": true, "rebound": true}

// MoveVerbs are verbs of a change that name no direction. After one of
// them, or a word of change, "from 5 to 7 percent" is a figure and where
// it went, not a range: "went from 5 to 7 percent", "rose from $160 to
// $180"; elsewhere it is a range ("fines from $250,000 to $1 million").
var MoveVerbs = []string{"go", "goes", "going", "went", "gone", "move", "moves", "moving", "moved",
	"change", "changes", "changing", "changed", "shift", "shifts", "shifting", "shifted", "swing", "swings", "swung",
	"slow", "slows", "slowing", "slowed", "edge", "edges", "edging", "edged", "inch", "inched", "inching"}

// Directions lists the direction words: the words of change, down then
// up, then every form of the verbs of multiplying (Multipliers), then the
// words that only say a direction in a quote, BeatVerbs last.
var Directions = func() []DirectionWord {
	var out []DirectionWord
	seen := map[string]bool{}
	for _, ws := range []struct {
		words []string
		up    bool
	}{{down, false}, {up, true}} {
		for _, w := range ws.words {
			out = append(out, DirectionWord{Word: w, Up: ws.up, Change: true, After: after[w]})
			seen[w] = true
		}
	}
	for _, m := range Multipliers {
		for _, w := range m.Forms {
			if !seen[w] {
				out = append(out, DirectionWord{Word: w, Up: m.Factor > 1, Change: true, After: after[w]})
				seen[w] = true
			}
		}
	}
	for _, d := range quoteOnly {
		if !seen[d.Word] {
			d.After = after[d.Word]
			out = append(out, d)
			seen[d.Word] = true
		}
	}
	for _, w := range BeatVerbs {
		// A target beaten is a figure above it: "exceeding the
		// government target by 37,000 homes" (s24s-flooding).
		if !seen[w] {
			out = append(out, DirectionWord{Word: w, Up: true, After: after[w]})
			seen[w] = true
		}
	}
	return out
}()

// LookupDirection returns the direction word w (lower case).
func LookupDirection(w string) (DirectionWord, bool) {
	d, ok := directionIndex[w]
	return d, ok
}

var directionIndex = func() map[string]DirectionWord {
	m := make(map[string]DirectionWord, len(Directions))
	for _, d := range Directions {
		m[d.Word] = d
	}
	return m
}()

// DegreeWords are the adverbs and phrases that may stand between a word of
// change (and its "by") and the figure without changing what the figure
// is: "increased by just 1 percent", "rose only 3 percent", "fell by a mere
// 2 percent", "grew sharply by 5 percent". Each is one or two words, in
// lower case.
var DegreeWords = []string{"just", "only", "merely", "barely", "scarcely", "slightly", "marginally", "modestly",
	"sharply", "steeply", "significantly", "substantially", "dramatically", "further", "another",
	"a mere", "a further", "an additional", "a modest", "a whopping"}

// ClauseStops are the words that start another clause of a sentence,
// whose comparand is not a figure's before them: "… was as forecast in
// the 2023-24 MYEFO, and the population … was a modest 3,700 people lower
// than forecast".
var ClauseStops = []string{", and ", ", but ", "; ", ", while ", ", whereas ", ", although "}

// NoFigureAfter are the words after which a number is no figure of its
// own beside a change: an end of the change itself ("from 194,143 … to
// 168,889", "than 2019") or a quarter's or week's number ("quarter 3").
var NoFigureAfter = []string{"from", "to", "than", "quarter", "qtr", "week"}
