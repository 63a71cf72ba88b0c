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

// keepAbbreviation returns u, the unit parseStated read from stated in
// lower case, with the counted noun's own letters and case where that noun
// is an abbreviation in mixed case (lexicon.MixedCaseSingular): "1.5 million CoTs"
// counts "CoT", not "cot". Only the counted noun is looked at: "1,400
// McDonald's restaurants" counts restaurants.
func keepAbbreviation(stated string, u Unit) Unit {
	if u.Kind != Count || u.Name == "" {
		return u
	}
	head := ""
	for _, w := range strings.Fields(stated) {
		w = bareWord(w)
		if low := lowerASCII(w); low == u.Name || lexicon.Singular(low) == u.Name {
			head = w // the last word that reads as the unit: the counted noun
		}
	}
	if sg, ok := lexicon.MixedCaseSingular(head); ok && lowerASCII(sg) == u.Name {
		u.Name = sg
	}
	return u
}

// statedAbbreviation returns the word of stated that u, the unit stated
// reads, counts when that is an abbreviation in mixed case
// (keepAbbreviation): "CoTs" for "1.5 million CoTs", or "".
func statedAbbreviation(stated string, u Unit) string {
	if u.Kind != Count {
		return ""
	}
	if _, ok := lexicon.MixedCaseSingular(u.Name); !ok {
		return ""
	}
	for _, w := range strings.Fields(stated) {
		if sg, ok := lexicon.MixedCaseSingular(bareWord(w)); ok && sg == u.Name {
			return bareWord(w)
		}
	}
	return ""
}

// abbreviationAdvice says what to write for a stated figure that counts
// an abbreviation in mixed case (statedAbbreviation) with a unit: field
// given that is not the abbreviation's own (the unit stated reads, read).
func abbreviationAdvice(stated, ab string, read Unit, given string) string {
	fig := figureAlone(stated)
	if given == lowerASCII(read.Name) || given == lexicon.Singular(lowerASCII(ab)) {
		return fmt.Sprintf("unit %q reads the abbreviation %q as the word %q: an abbreviation keeps its own letters and case (stated %q counts %q): leave unit out, or write stated: %q, the figure alone, and unit: the words %q stands for, spelled out in lower case and the singular (\"courses of treatment\" is unit: course of treatment)", given, ab, given, stated, read.Name, fig, ab)
	}
	return fmt.Sprintf("stated %q counts %q, an abbreviation (unit %s), not %q: write stated: %q, the figure alone, to keep unit: %s", stated, ab, read.Name, given, fig, given)
}

// abbreviationNotice says, for ind whose stated figure counts an
// abbreviation in mixed case ("1.5 million CoTs"), that the text spells
// it out ("Courses of Treatment (CoTs)") and a unit is better written in
// those words; or "".
func abbreviationNotice(ind *Indicator, text string) string {
	ab := statedAbbreviation(ind.Stated, ind.Unit)
	if ab == "" {
		return ""
	}
	words := abbreviationDefined(text, ab, ind.Unit.Name)
	if words == "" {
		return ""
	}
	unit := lexicon.Singular(lowerASCII(words))
	if pu, err := ParseUnit(unit); err != nil || pu.Kind != Count {
		return ""
	}
	return fmt.Sprintf("stated %q counts %q, which the text spells out as %q: a unit is the words an abbreviation stands for: write stated: %q, the figure alone, and unit: %s", ind.Stated, ab, words, figureAlone(ind.Stated), unit)
}

// abbreviationDefined returns the words text gives an abbreviation in
// before it in parentheses, "Courses of Treatment (CoTs)": the words just
// before "(ab)" or "(sg)" whose first letters spell the abbreviation's
// capitals and small letters alike (C, o, T), or "".
func abbreviationDefined(text, ab, sg string) string {
	for _, form := range []string{ab, sg} {
		at := strings.Index(text, "("+form+")")
		if at < 0 {
			continue
		}
		before := strings.Fields(text[:at])
		n := len(sg)
		if len(before) < n {
			continue
		}
		words := before[len(before)-n:]
		ok := true
		for i, w := range words {
			if !asciiLetters(w) || lowerASCII(w[:1]) != lowerASCII(sg[i:i+1]) {
				ok = false
				break
			}
		}
		if ok {
			return strings.Join(words, " ")
		}
	}
	return ""
}

// abbreviationNotices returns a notice for each indicator whose stated
// figure counts an abbreviation the text spells out (abbreviationNotice).
func (c *Catalog) abbreviationNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Count || len(ind.Provenance) == 0 {
			continue
		}
		src, ok := c.Source(ind.Provenance[0].Source)
		if !ok {
			continue
		}
		if msg := abbreviationNotice(ind, src.Text); msg != "" {
			c.addField(&l, ind.ID, "stated", ErrMismatch, msg)
		}
	}
	return l
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
