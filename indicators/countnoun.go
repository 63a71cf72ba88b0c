package indicators

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// maxNounGap is how many words may stand between a figure and the noun it
// counts in a quote: "880 female drug poisoning deaths".
const maxNounGap = 4

// countedNoun returns the plural noun a quote counts with the figure sub:
// the first plural word within maxNounGap words after it, before any
// punctuation ("deaths" in "880 female drug poisoning deaths"), or the one
// after "number of" before it ("items" in "the number of CPIH items
// identified as unavailable was 69"); "" if there is none.
func countedNoun(quote, sub string) string {
	s := foldString(quote)
	i := indexWord(s, foldString(sub))
	if i < 0 {
		return ""
	}
	plural := func(w string) bool {
		_, scale := lexicon.LookupScale(w)
		return w != "" && asciiLetters(w) && lowerASCII(w) == w && lexicon.IsPlural(w) && !scale
	}
	after := strings.Fields(s[i+len(foldString(sub)):])
	for k, w := range after {
		if k >= maxNounGap {
			break
		}
		bw := bareWord(w)
		if plural(bw) {
			return bw
		}
		if bw != w || !asciiLetters(bw) {
			break // punctuation or a number ends the phrase
		}
	}
	low := lowerASCII(s[:i])
	if j := strings.LastIndex(low, "number of "); j >= 0 {
		for k, w := range strings.Fields(low[j+len("number of "):]) {
			if k >= maxNounGap {
				break
			}
			if bw := bareWord(w); plural(bw) {
				return bw
			}
		}
	}
	return ""
}

// countWithoutUnit says what to write for an indicator that counts
// something its quote names but has no unit ("880" of "880 female drug
// poisoning deaths"), or "": a pure number would be added to deaths only
// to be refused far away, at a derived figure.
func countWithoutUnit(ind *Indicator, quote string) string {
	if !ind.Unit.IsZero() || ind.Stated == "" {
		return ""
	}
	switch ind.Measure {
	case CountKind, Flow, Stock, Change:
	default:
		return ""
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); err != nil || !u.IsZero() || ProportionInWords(ind.Stated) {
		return ""
	}
	w := countedNoun(quote, ind.Stated)
	if w == "" {
		return ""
	}
	return fmt.Sprintf("%q has no unit, but its quote counts %q: write unit: %s", ind.Stated, w, Singular(w))
}

// moreDigitsInQuote returns the figure as the quote writes it where the
// quote writes more decimal places than stated at the same place ("110.0"
// for stated "110"), or "": the document's characters are what a catalog
// quotes, and its digits say the figure's precision.
func moreDigitsInQuote(fq string, at int, stated string) string {
	end := at + len(stated)
	if end+1 >= len(fq) || fq[end] != '.' || fq[end+1] < '0' || fq[end+1] > '9' {
		return ""
	}
	j := end + 1
	for j < len(fq) && fq[j] >= '0' && fq[j] <= '9' {
		j++
	}
	return fq[at:j]
}
