package extract

import "strings"

// A four-digit number between 1800 and 2150 is read as a calendar year
// (yearAt), but right before a plural counted noun it may count it:
// "integrated 1410 mandis with e-NAM", "trained 2000 farmers", "more than
// 1,500 jobs" written "more than 1500 jobs". countBeforeNoun tells the two
// apart by the words on both sides: the noun is a plural the grammar counts
// and no noun a year qualifies ("2005 levels", "2015 prices"), and the word
// before is one that leads a count, a verb or a hedge, rather than one that
// leads a year ("in", "since", "the", "by", or nothing: "2019 elections
// were held"). "In 2014 300 people" has a number after the year and
// "1990s" letters glued to it: both stay years.

// yearNouns are the plural nouns a year qualifies rather than counts.
var yearNouns = []string{
	"levels", "prices", "dollars", "terms", "figures", "values", "rates", "estimates", "numbers", "data",
	"results", "targets", "elections", "accounts", "budgets", "standards", "emissions", "goals", "forecasts",
	"projections", "baselines", "averages", "totals", "games", "polls", "floods", "accords", "guidelines",
}

// countLeads are the words before a four-digit number that make it a count
// of the plural noun after it: the hedges that end right before a figure
// and verbs of having and counting that take no "-ed".
var countLeads = []string{
	"than", "about", "around", "nearly", "some", "almost", "approximately", "roughly", "over", "least",
	"only", "just", "another", "additional", "has", "have", "had", "with", "employs", "employ", "hires",
	"trains", "adds", "built", "sold", "won", "lost", "paid", "made", "cut", "set", "hold", "holds", "held",
	"includes", "including", "covers", "covering", "across", "reached", "reaches", "total", "totalling", "totaling",
}

// countBeforeNoun reports whether the four-digit number at token i counts
// the plural noun right after it (see above).
func (s *scanner) countBeforeNoun(i int) bool {
	toks := s.toks
	k := i + 1
	if i == 0 || !s.pluralNounAt(k) || s.isAny(k, yearNouns...) {
		return false
	}
	p := i - 1
	if toks[p].kind != tWord || !toks[i].space {
		return false
	}
	if s.isAny(p, countLeads...) {
		return true // "Around 2000 farmers" too
	}
	// A verb in -ed: "integrated", "trained", "recruited"; no word the
	// lexicon knows ("fiscal" is a date word, "estimated" a hedge read
	// above the year).
	w := s.tt(p)
	return len(w) > 4 && strings.HasSuffix(w, "ed") && asciiLower(w) && toks[p].lex() == nil
}
