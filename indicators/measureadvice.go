package indicators

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// concentrationAdvice says what to write for a stated figure whose unit
// ends as a concentration does ("22 pg m-3": lexicon.PerCubicMetre) but
// names a mass claimbook does not know: the figure alone and the unit of
// a mass per cubic metre. It is "" for any other figure.
func concentrationAdvice(stated string) string {
	fig := figureAlone(stated)
	if fig == stated {
		return ""
	}
	rest := strings.TrimSpace(strings.TrimPrefix(stated, fig))
	if !concentrationShaped(rest) {
		return ""
	}
	return fmt.Sprintf("%q is a concentration, a mass per cubic metre: write stated: %q and unit: ug per cubic metre (micrograms; mg or ng per cubic metre for milli- or nanograms, whichever the document gives)", rest, fig)
}

// unitGoesOn returns the stated figure with the unit its quote writes
// after it when that unit goes on past stated's measure into a
// measure per a measure: stated "22 µg" against the quote's "22 µg m-3"
// is 22 micrograms, not 22 micrograms per cubic metre; or "". fq is the
// folded quote.
func unitGoesOn(fq string, ind *Indicator) string {
	if ind.Unit.Kind != Measure || ind.Unit.Per != "" || ind.Stated == "" {
		return ""
	}
	f := foldString(ind.Stated)
	at := indexWord(fq, f)
	if at < 0 {
		return ""
	}
	rest := fq[at+len(f):]
	best := ""
	for end, n := 0, 0; n < 4 && end < len(rest); n++ {
		k := strings.IndexByte(rest[end+1:], ' ')
		if k < 0 {
			end = len(rest)
		} else {
			end += 1 + k
		}
		ext := strings.TrimRight(f+rest[:end], ".,;:)")
		_, u, err := ParseStated(ext)
		if err != nil || u.Kind != Measure || u.Name != ind.Unit.Name || u.Per == "" {
			continue
		}
		if _, ok := LookupMeasure(u.Per); ok {
			best = ext
		}
	}
	return best
}

// mixedCaseAbbreviation returns the first word after the figure of
// stated that is an abbreviation in mixed case, a capital after a small
// letter ("CoTs", "CoT", "PhDs"), or "": such a word is no English noun to
// singularise ("CoTs" is courses of treatment, not cots), and a unit is
// the words it stands for.
func mixedCaseAbbreviation(stated string) string {
	fig := figureAlone(stated)
	if fig == stated {
		return ""
	}
	for _, w := range strings.Fields(strings.TrimPrefix(stated, fig)) {
		w = bareWord(w)
		for i := 1; i < len(w); i++ {
			if w[i] >= 'A' && w[i] <= 'Z' && w[i-1] >= 'a' && w[i-1] <= 'z' && asciiLetters(w) {
				return w
			}
		}
	}
	return ""
}

// abbreviationAdvice says what to write for a stated figure that counts
// an abbreviation in mixed case (mixedCaseAbbreviation): the figure
// alone, with the unit given if it spells the abbreviation out, else the
// words it stands for. given is the catalog's unit: field, or "".
func abbreviationAdvice(stated, ab, given string) string {
	fig := figureAlone(stated)
	read := lexicon.Singular(lowerASCII(ab))
	if given != "" && given != read && given != ab && given != lowerASCII(ab) {
		return fmt.Sprintf("stated %q counts %q, an abbreviation, which would read as the word %q: write stated: %q, the figure alone, to keep unit: %s", stated, ab, read, fig, given)
	}
	return fmt.Sprintf("stated %q counts %q, an abbreviation, which would read as the word %q: write stated: %q, the figure alone, and unit: the words %q stands for, spelled out in lower case and the singular (\"courses of treatment\" is unit: course of treatment)", stated, ab, read, fig, ab)
}

// ofKindInQuote returns the unit a quote names when stated reads only
// the head of an of-kind unit (lexicon.OfKindHeads) and every quote goes
// on after stated with its of-complement: stated "180,000 uninfected
// units" against the quote's "180,000 uninfected units of blood" counts
// units of blood (unit of blood), as stated "… units of blood" does; or
// false. A drafter that cut the figure's noun at "of" writes this unit
// (CoordinatedUnit), and Load accepts it with that stated.
func ofKindInQuote(stated string, read Unit, quotes []string) (Unit, bool) {
	if read.Kind != Count || read.Per != "" || !lexicon.IsOfKindHead(read.Name) || len(quotes) == 0 {
		return Unit{}, false
	}
	var got Unit
	for _, q := range quotes {
		fq, fs := foldString(q), foldString(stated)
		at := indexWord(fq, fs)
		if at < 0 {
			return Unit{}, false
		}
		_, u, err := ParseStated(fs + fq[at+len(fs):])
		if err != nil {
			// The quote's words after the figure may not all be the
			// figure's ("($7 million), and"): read up to the first mark.
			rest := fq[at+len(fs):]
			if k := strings.IndexAny(rest, "(,;:."); k > 0 {
				_, u, err = ParseStated(fs + strings.TrimRight(rest[:k], " "))
			}
		}
		if err != nil || u.Kind != Count || !strings.HasPrefix(u.Name, read.Name+" of ") || got.Name != "" && u != got {
			return Unit{}, false
		}
		got = u
	}
	return got, true
}

// ofKindQuoted reports whether ind's unit is the of-kind unit its quotes
// name after stated, which reads only its head (ofKindInQuote).
func ofKindQuoted(ind *Indicator, read Unit) bool {
	quotes := make([]string, len(ind.Provenance))
	for i, p := range ind.Provenance {
		quotes[i] = p.Quote
	}
	k, ok := ofKindInQuote(ind.Stated, read, quotes)
	return ok && k == ind.Unit
}
