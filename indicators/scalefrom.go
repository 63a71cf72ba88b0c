package indicators

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file holds the rule for a figure written without the scale word of
// the figure it is compared with: "290 million vehicle kilometres in 2017,
// similar to the 288 vehicle kilometres in 2016" (s24s-cycling) means 288
// million, but stated "288 vehicle kilometres" reads as 288. Verify cannot
// know that the document slipped, so it gives a notice; a catalog that
// reads the scale from the compared figure keeps stated as the document
// writes it, gives scale: million, and says so in a note, which verify
// requires (a scale of its own making must be told to every reader).

// minScaleGap is how many times larger (or smaller) the compared figure
// must be for the notice: a scale word's factor, a thousand.
const minScaleGap = 1000

// comparedLeads are the words that lead from a figure to one it is
// compared with.
var comparedLeads = slices.Concat(lexicon.ComparedWithPhrases, lexicon.SinceWords, lexicon.LikeWords)

// comparedScale returns the figure of the sentence around sp in text
// that ind's figure is compared with ("similar to", "compared with",
// "from", "than": lexicon.ComparedWithPhrases, lexicon.SinceWords,
// lexicon.LikeWords) where that figure writes a scale word ind's stated
// lacks, is in ind's unit, and is minScaleGap times ind's value or more:
// its words ("290 million vehicle kilometres") and scale; "" otherwise.
func comparedScale(text string, sp Span, ind *Indicator) (string, Scale) {
	sq, su, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil || sq.Scale != NoScale || sq.Value.Coef == 0 || sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
		return "", NoScale
	}
	if su.IsZero() {
		su = ind.Unit
	}
	start, end := sentenceBounds(text, sp)
	s := text[start:end]
	own := indexWord(foldString(s), foldString(ind.Stated))
	if own < 0 || su.IsZero() {
		return "", NoScale
	}
	f := strings.Fields(s)
	at := 0
	for k := 0; k+1 < len(f); k++ {
		at += strings.Index(s[at:], f[k])
		sc, ok := lexicon.LookupScale(strings.ToLower(bareWord(f[k+1])))
		if !ok || strings.Trim(f[k], "0123456789,.") != "" {
			continue
		}
		for j := k + 2; j < min(len(f), k+6); j++ {
			words := strings.TrimRight(strings.Join(f[k:j+1], " "), ".,;:")
			q, u, err := ParseStated(words)
			if err != nil || u != su || q.Scale != Scale(sc.Exp/3) {
				continue
			}
			gap := q.Value.Float64() / sq.Value.Float64()
			if gap < minScaleGap && gap > 1.0/minScaleGap || math.IsInf(gap, 0) {
				break
			}
			between := lowerASCII(s[min(at, own):max(at, own)])
			if slices.ContainsFunc(comparedLeads, func(lead string) bool { return strings.Contains(between, lead) }) {
				return words, q.Scale
			}
			break
		}
	}
	return "", NoScale
}

// scaleFromCompared says what is wrong with a scale ind gives, which no
// table header states, where the quote's sentence compares the figure
// with one written with that scale (comparedScale), or "": verify accepts
// it with a note, and tells one without a note to add it.
func scaleFromCompared(text string, sp Span, ind *Indicator) (msg string, ok bool) {
	words, sc := comparedScale(text, sp, ind)
	if sc != ind.Quantity.Scale {
		return "", false
	}
	if len(ind.Notes) == 0 {
		return fmt.Sprintf("scale %s reads %q in %ss, as %q beside it, which the document writes without the scale: keep stated as written and add a note that says so (notes: [\"The release writes %s; the scale is that of the %s it is compared with.\"])",
			sc, ind.Stated, sc, words, ind.Stated, words), true
	}
	return "", true
}

// scaleNotices gives a notice for each figure that comparedScale finds
// compared with one of its unit written with a scale word it lacks, a
// thousand times or more its size, and that gives no scale: the document
// may mean "288 million", and every output would say 288.
func (c *Catalog) scaleNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if len(ind.Provenance) == 0 || ind.Quantity.Scale != NoScale {
			continue
		}
		p := ind.Provenance[0]
		src, ok := c.Source(p.Source)
		if !ok {
			continue
		}
		if words, sc := comparedScale(src.Text, p.Span, ind); words != "" {
			c.addField(&l, ind.ID, "stated", ErrMismatch, fmt.Sprintf("stated %q is compared with %q, in one unit and a thousand times or more apart: if the document left out the scale word, write scale: %s and a note that says so (stated stays as written)",
				ind.Stated, words, sc))
		}
	}
	return l
}
