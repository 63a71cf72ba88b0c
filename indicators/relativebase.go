package indicators

import (
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// RelativeBaseAt returns the length in bytes of the words that start s, a
// lower-case text, when they name a change's base by where it lies before
// the change's period, as lexicon.YearBackPhrases and
// lexicon.PeriodBackPhrases (the words verify and the drafter read)
// write it, with "the" before them where written: "the previous year",
// "the same quarter last year", "a year earlier", "the month before",
// "the preceding 12 months". It returns 0 where they name none: "the
// quarter" (no earlier time), "the year to June 2023" (a span: a phrase
// that runs on into a date, one ending in a space, names no base alone),
// "the previous financial year" (not one of the phrases).
func RelativeBaseAt(s string) int {
	rest, n := s, 0
	if strings.HasPrefix(rest, "the ") {
		rest, n = rest[len("the "):], len("the ")
	}
	if k := backPhraseAt(rest); k > 0 {
		return n + k
	}
	return 0
}

// backPhraseAt returns the length of the phrase of
// lexicon.YearBackPhrases or lexicon.PeriodBackPhrases that starts s,
// through the end of its last word ("previous 12 month" reads "previous
// 12 months"), the longest where several do; 0 for none.
func backPhraseAt(s string) int {
	best := 0
	try := func(p string) {
		if strings.HasSuffix(p, " ") || !strings.HasPrefix(s, p) {
			return
		}
		end := len(p)
		for end < len(s) && isAlnum(s[end]) {
			end++
		}
		if end > len(p) && !strings.HasSuffix(p, "month") {
			return // "last years'", "the previous yearly": another word
		}
		best = max(best, end)
	}
	for _, p := range lexicon.YearBackPhrases {
		try(p)
	}
	for _, p := range lexicon.PeriodBackPhrases {
		try(p.Phrase)
	}
	return best
}
