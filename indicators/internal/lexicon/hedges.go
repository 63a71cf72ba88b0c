package lexicon

import (
	"slices"
	"strings"
	"unicode"
)

// A Hedge is a phrase written right before a figure that bounds or softens
// it, with the qualifier it means. A limiting verb ("topped", "fell short
// of") is a hedge too: it belongs to the figure as written ("stated:
// topped $442 billion").
type Hedge struct {
	// Phrase is the hedge in lower case, words apart by one space;
	// punctuation is written as the document does ("approx.", "~", "<=").
	Phrase string
	// Qualifier is the JSON contract's word: approx, nearly, more_than,
	// at_least, up_to or less_than.
	Qualifier string
	// Verb marks a limiting verb: the sentence's verb is the hedge.
	Verb bool
	// Written marks the one phrase per qualifier that Format writes.
	Written bool
}

// ComparandHedges are the hedges that compare two figures: after a
// sentence that has stated a figure or dated its subject ("was 13.5
// percent, higher than 12.8 percent in 2022", "The 2023 prevalence was
// higher than 7.7 percent in 2022"), the figure after one is the
// compared-with value, exact, as "higher than the 12.8 percent" is.
var ComparandHedges = []string{"higher than", "lower than", "greater than", "larger than", "smaller than", "bigger than"}

// GoalAfterVerb reports whether the hedge phrase h, after the lower-case
// word before, is no bound but the particle and goal of a verb of
// movement: "went up to 67 million items", "rose up to 5 percent",
// "climbed up to" say where the figure went, not that it is at most that.
// The verbs are MoveVerbs and the words of a rise, but for those that take
// an object ("raise up to £5m", "add up to": UpParticle), where "up to" is
// the bound. Verify's HedgeBefore and the drafter's scanner read it.
func GoalAfterVerb(h, before string) bool {
	if h != "up to" || slices.Contains(UpParticle, before) || strings.HasPrefix(before, "rais") {
		return false
	}
	d, ok := LookupDirection(before)
	return ok && d.Change && d.Up || slices.Contains(MoveVerbs, before)
}

// Hedges lists every hedge phrase. The extractor tries them in this order
// and takes the first that ends right before a figure, so a phrase comes
// before any shorter one it ends with ("slightly more than" before "more
// than"); ParseStated takes the longest that starts a figure.
var Hedges = []Hedge{
	{Phrase: "slightly more than", Qualifier: "more_than"}, {Phrase: "a little more than", Qualifier: "more_than"},
	{Phrase: "slightly over", Qualifier: "more_than"}, {Phrase: "a little over", Qualifier: "more_than"},
	{Phrase: "slightly above", Qualifier: "more_than"}, {Phrase: "just above", Qualifier: "more_than"},
	{Phrase: "just more than", Qualifier: "more_than"}, {Phrase: "north of", Qualifier: "more_than"},
	{Phrase: "slightly less than", Qualifier: "nearly"}, {Phrase: "a little less than", Qualifier: "nearly"},
	{Phrase: "slightly fewer than", Qualifier: "nearly"}, {Phrase: "just less than", Qualifier: "nearly"},
	{Phrase: "slightly under", Qualifier: "nearly"}, {Phrase: "a little under", Qualifier: "nearly"},
	{Phrase: "slightly below", Qualifier: "nearly"}, {Phrase: "south of", Qualifier: "less_than"},
	{Phrase: "as high as", Qualifier: "up_to"}, {Phrase: "as low as", Qualifier: "at_least"},
	{Phrase: "in the order of", Qualifier: "approx"}, {Phrase: "of the order of", Qualifier: "approx"},
	{Phrase: "sub-", Qualifier: "less_than"}, // "sub-300 sq m offices", "sub-7 nanometre chips"
	{Phrase: "~", Qualifier: "approx"}, {Phrase: "≈", Qualifier: "approx"}, {Phrase: "near", Qualifier: "approx"},
	{Phrase: "an estimated", Qualifier: "approx"}, {Phrase: "approximately", Qualifier: "approx"},
	{Phrase: "about", Qualifier: "approx", Written: true}, {Phrase: "around", Qualifier: "approx"},
	{Phrase: "roughly", Qualifier: "approx"}, {Phrase: "some", Qualifier: "approx"}, {Phrase: "circa", Qualifier: "approx"},
	{Phrase: "approx", Qualifier: "approx"}, {Phrase: "an approximate", Qualifier: "approx"},
	{Phrase: "estimated", Qualifier: "approx"},
	{Phrase: "just under", Qualifier: "nearly"}, {Phrase: "just below", Qualifier: "nearly"},
	{Phrase: "getting close to", Qualifier: "nearly"}, {Phrase: "close to", Qualifier: "nearly"}, {Phrase: "almost", Qualifier: "nearly"},
	{Phrase: "nearly", Qualifier: "nearly", Written: true}, {Phrase: "just shy of", Qualifier: "nearly"},
	{Phrase: "shy of", Qualifier: "nearly"}, {Phrase: "approaching", Qualifier: "nearly"}, {Phrase: "getting on for", Qualifier: "nearly"},
	{Phrase: "no more than", Qualifier: "up_to"}, {Phrase: "not more than", Qualifier: "up_to"},
	{Phrase: "no less than", Qualifier: "at_least"}, {Phrase: "no fewer than", Qualifier: "at_least"},
	{Phrase: "not less than", Qualifier: "at_least"},
	{Phrase: "equal to or more than", Qualifier: "at_least"}, {Phrase: "equal to or greater than", Qualifier: "at_least"},
	{Phrase: "well in excess of", Qualifier: "more_than"},
	{Phrase: "more than", Qualifier: "more_than", Written: true}, {Phrase: "greater than", Qualifier: "more_than"},
	{Phrase: "upwards of", Qualifier: "more_than"}, {Phrase: "in excess of", Qualifier: "more_than"},
	{Phrase: "well over", Qualifier: "more_than"}, {Phrase: "well above", Qualifier: "more_than"},
	{Phrase: "upward of", Qualifier: "more_than"},
	{Phrase: "approx.", Qualifier: "approx"}, {Phrase: "app.", Qualifier: "approx"},
	{Phrase: "in the region of", Qualifier: "approx"},
	{Phrase: "on the order of", Qualifier: "approx"}, {Phrase: "as few as", Qualifier: "at_least"},
	{Phrase: "as little as", Qualifier: "at_least"},
	{Phrase: "just over", Qualifier: "more_than"}, {Phrase: "over", Qualifier: "more_than"}, {Phrase: "above", Qualifier: "more_than"},
	{Phrase: "exceeding", Qualifier: "more_than", Verb: true}, {Phrase: "exceeds", Qualifier: "more_than", Verb: true},
	{Phrase: "exceeded", Qualifier: "more_than", Verb: true}, {Phrase: "exceed", Qualifier: "more_than", Verb: true},
	{Phrase: "topped", Qualifier: "more_than", Verb: true}, {Phrase: "topping", Qualifier: "more_than", Verb: true},
	{Phrase: "at least", Qualifier: "at_least", Written: true}, {Phrase: "a minimum of", Qualifier: "at_least"},
	{Phrase: "up to", Qualifier: "up_to", Written: true}, {Phrase: "at most", Qualifier: "up_to"},
	{Phrase: "as many as", Qualifier: "up_to"}, {Phrase: "as much as", Qualifier: "up_to"},
	{Phrase: "a maximum of", Qualifier: "up_to"},
	{Phrase: "less than or equal to", Qualifier: "up_to"}, {Phrase: "fewer than or equal to", Qualifier: "up_to"},
	{Phrase: "smaller than or equal to", Qualifier: "up_to"}, {Phrase: "equal to or less than", Qualifier: "up_to"},
	{Phrase: "less or equal than", Qualifier: "up_to"}, {Phrase: "smaller or equal than", Qualifier: "up_to"},
	{Phrase: "lower or equal than", Qualifier: "up_to"}, {Phrase: "less or equal to", Qualifier: "up_to"},
	{Phrase: "greater than or equal to", Qualifier: "at_least"}, {Phrase: "more than or equal to", Qualifier: "at_least"},
	{Phrase: "at least or equal to", Qualifier: "at_least"}, {Phrase: "higher or equal than", Qualifier: "at_least"},
	{Phrase: "bigger or equal than", Qualifier: "at_least"}, {Phrase: "larger or equal than", Qualifier: "at_least"},
	{Phrase: "greater or equal than", Qualifier: "at_least"},
	{Phrase: "<=", Qualifier: "up_to"}, {Phrase: ">=", Qualifier: "at_least"}, {Phrase: "≤", Qualifier: "up_to"}, {Phrase: "≥", Qualifier: "at_least"},
	{Phrase: "<", Qualifier: "less_than"}, {Phrase: ">", Qualifier: "more_than"},
	{Phrase: "larger than", Qualifier: "more_than"}, {Phrase: "bigger than", Qualifier: "more_than"},
	{Phrase: "higher than", Qualifier: "more_than"}, {Phrase: "smaller than", Qualifier: "less_than"},
	{Phrase: "lower than", Qualifier: "less_than"},
	{Phrase: "surpass", Qualifier: "more_than", Verb: true}, {Phrase: "surpassing", Qualifier: "more_than", Verb: true},
	{Phrase: "surpassed", Qualifier: "more_than", Verb: true}, {Phrase: "surpasses", Qualifier: "more_than", Verb: true},
	{Phrase: "fell short of", Qualifier: "less_than", Verb: true}, {Phrase: "falls short of", Qualifier: "less_than", Verb: true},
	{Phrase: "falling short of", Qualifier: "less_than", Verb: true},
	{Phrase: "less than", Qualifier: "less_than", Written: true}, {Phrase: "fewer than", Qualifier: "less_than"},
	{Phrase: "well below", Qualifier: "less_than"}, {Phrase: "well under", Qualifier: "less_than"},
	{Phrase: "under", Qualifier: "less_than"}, {Phrase: "below", Qualifier: "less_than"},
}

// Words splits a phrase of the vocabulary into the tokens a scanner sees:
// runs of letters (with apostrophes inside), runs of digits, and every
// other rune but a space on its own ("approx." is "approx" and "."; "<="
// is "<" and "="; "tCO2e" is "tCO", "2" and "e").
func Words(phrase string) []string {
	var out []string
	start, kind := -1, 0
	for i, r := range phrase {
		k := 0
		switch {
		case unicode.IsLetter(r), r == '\'' && kind == 1:
			k = 1
		case r >= '0' && r <= '9':
			k = 2
		}
		if start >= 0 && k != kind {
			out = append(out, phrase[start:i])
			start = -1
		}
		switch {
		case k != 0 && start < 0:
			start, kind = i, k
		case k == 0 && r != ' ':
			out = append(out, string(r))
		}
		if k == 0 {
			kind = 0
		}
	}
	if start >= 0 {
		out = append(out, phrase[start:])
	}
	return out
}

// TrailingHedges lists the hedges written right after a figure, its unit
// included ("110 GW or more", "$5 million or less", "65 and over"), with
// the qualifier they mean: at_least or up_to. "or" and "and" come first,
// then one word. The extractor reads "and …" only where no figure follows
// ("5 and more than 7" is two figures); ParseStated reads both at the end
// of a figure.
var TrailingHedges = []Hedge{
	{Phrase: "or more", Qualifier: "at_least"}, {Phrase: "or greater", Qualifier: "at_least"},
	{Phrase: "or higher", Qualifier: "at_least"}, {Phrase: "or above", Qualifier: "at_least"},
	{Phrase: "or over", Qualifier: "at_least"}, {Phrase: "or older", Qualifier: "at_least"},
	{Phrase: "or less", Qualifier: "up_to"}, {Phrase: "or fewer", Qualifier: "up_to"},
	{Phrase: "or lower", Qualifier: "up_to"}, {Phrase: "or below", Qualifier: "up_to"},
	{Phrase: "or under", Qualifier: "up_to"}, {Phrase: "or younger", Qualifier: "up_to"},
	{Phrase: "and more", Qualifier: "at_least"}, {Phrase: "and above", Qualifier: "at_least"},
	{Phrase: "and over", Qualifier: "at_least"}, {Phrase: "and older", Qualifier: "at_least"},
	{Phrase: "and less", Qualifier: "up_to"}, {Phrase: "and below", Qualifier: "up_to"},
	{Phrase: "and under", Qualifier: "up_to"}, {Phrase: "and younger", Qualifier: "up_to"},
}
