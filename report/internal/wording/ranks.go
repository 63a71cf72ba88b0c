package wording

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
)

// RankLabel writes place n, of the rank word name ("largest", or ""), in
// digits: "2nd largest", "4th"; the first of a word is the word alone
// ("largest"), as a document says it.
func RankLabel(n int, name string) string {
	if n == 1 && name != "" {
		return name
	}
	s := strconv.Itoa(n)
	suf := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suf = "st"
		case 2:
			suf = "nd"
		case 3:
			suf = "rd"
		}
	}
	if name != "" {
		return s + suf + " " + name
	}
	return s + suf
}

// RanksAlike returns the labels of ranks, the document's words, said
// alike: where some write their place in digits ("4th") and others in
// words ("second largest"), every one is written in digits (RankLabel:
// "2nd largest"); else labels as they are. places and names are each
// rank's place and rank word.
func RanksAlike(labels []string, places []int, names []string) []string {
	digits, words := false, false
	for _, l := range labels {
		if strings.IndexFunc(l, unicode.IsDigit) >= 0 {
			digits = true
		} else {
			words = true
		}
	}
	if !digits || !words {
		return labels
	}
	out := make([]string, len(labels))
	for i := range labels {
		out[i] = RankLabel(places[i], names[i])
	}
	return out
}

// rankNote returns what place 1 of ranks bars is, by their own rank word:
// "1 = largest"; "" where none says, or where two bars say different
// words (a record high beside a record low: place 1 is neither for all).
func rankNote(bars []Bar) string {
	for _, b := range bars {
		if b.Unit.Kind != indicators.Rank {
			return ""
		}
	}
	word := ""
	for _, b := range bars {
		switch n := b.Unit.Name; {
		case n == "":
		case word == "":
			word = n
		case !strings.EqualFold(n, word):
			return ""
		}
	}
	if word == "" {
		return ""
	}
	return "1 = " + word
}
