package indicators

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// One rule for a figure's sign (sign20). Where it is written: a change
// says its way by its Direction (up, down) or by its stated sign, which
// Load turns into the Direction (settleMove); any other figure — a flow,
// a level, a balance — has no direction and says a figure below zero by
// its sign, a minus sign or a word for it ("minus €167 million",
// lexicon.MinusWords), read alike in stated and in a quote
// (minusWordsAsSigns). How it is stored: in the model a change by its
// size and its Direction; in every export (JSON, YAML, CSV, the book's
// cells and names) signed (Stored: a fall below zero) beside its
// Direction; any other figure with its sign in every cell, name, CSV and
// derived figure. How it is written for a reader: a change as "up 4 percent" or
// "down €632 million"; any other figure below zero with the true minus
// sign, "−€632 million" (ReaderSigns), never "down", which says a move
// from the period before.

// MinusSign is the sign every output writes a figure below zero with for a
// reader, the true minus sign U+2212 ("−€632 million"), in labels
// (ReaderSigns) and in the book's number formats alike; exports for
// machines (CSV, JSON) keep the hyphen-minus Format writes.
const MinusSign = string(lexicon.Minus)

// HeldBelowZero reports whether q, a figure in unit u stated by its size,
// is stored below zero: said to go down (Direction Down), and not stated
// as a multiple ("halved", unit times, says its way itself). It is the
// one rule of a stored sign, whatever the measure: a change that Verify
// passes, and a flow given a direction in a catalog built in Go without
// Verify, which the book held at +632 while the charts drew it below
// zero (sign20). Stored applies it.
func (q Quantity) HeldBelowZero(u Unit) bool {
	return q.Direction == Down && u.Kind != Times
}

// Stored returns d, a figure of q in unit u as stated (its value or an
// end), with the sign it is stored with: negated where HeldBelowZero
// ("down €632 million" is -632 million), as it is otherwise. The book's
// cells and defined names hold it.
func (q Quantity) Stored(d Decimal, u Unit) Decimal {
	if q.HeldBelowZero(u) {
		d.Coef = -d.Coef
	}
	return d
}

// storedAs returns q, a figure in unit u, as it is stored (Stored): where
// HeldBelowZero negated, a range's ends swapped so that Low holds the
// larger drop. It is the one stored sign of a whole figure: the indicator
// table, series.csv, the JSON's series points and Catalog.Restating read
// it.
func (q Quantity) storedAs(u Unit) Quantity {
	if q.HeldBelowZero(u) {
		return q.negated()
	}
	return q
}

// minusBefore returns stated, a figure written unsigned, with a minus
// sign before its number (or before the currency sign before it):
// "€632 million" is "-€632 million", "about €632 million" "about -€632
// million", "CHF 12" "-CHF 12" (as Format writes it); a figure that has a
// sign already is returned as it is.
func minusBefore(stated string) string {
	for i := 0; i < len(stated); i++ {
		if i > 0 && stated[i-1] != ' ' && stated[i-1] != '(' {
			continue
		}
		if c := stated[i]; c == '-' || strings.HasPrefix(stated[i:], string(lexicon.Minus)) {
			return stated
		}
		if w, _ := signWordAt(stated[i:]); w != "" {
			return stated
		}
		if c := stated[i]; c >= '0' && c <= '9' || startsCurrency(stated[i:]) || startsCode(stated[i:]) {
			return stated[:i] + "-" + stated[i:]
		}
	}
	return stated
}

// ReaderSigns returns label, a figure as the document or Format writes
// it, with each minus sign before a number (or before the currency sign
// before it) written as the true minus sign, U+2212, as every output
// writes a figure below zero for a reader: "-€632 million" is "−€632
// million", "-5 to -3 percent" "−5 to −3 percent". A word for the sign
// ("minus €167 million"), the document's own, is kept; so are hyphens
// inside words and the dash of a range ("3-5").
func ReaderSigns(label string) string {
	if !strings.Contains(label, "-") {
		return label
	}
	var b strings.Builder
	for i := 0; i < len(label); i++ {
		c := label[i]
		if c == '-' && (i == 0 || !isAlnum(label[i-1]) && label[i-1] != '-') {
			if rest := label[i+1:]; rest != "" && (rest[0] >= '0' && rest[0] <= '9' || startsCurrency(rest) || startsCode(rest)) {
				b.WriteString(MinusSign)
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// startsCode reports whether s starts with a currency's code in capitals
// and a space before a number, as Format writes a currency with no sign:
// "CHF 1", "SDR 11.0".
func startsCode(s string) bool {
	k := 0
	for k < len(s) && k < 3 && s[k] >= 'A' && s[k] <= 'Z' {
		k++
	}
	return k == 3 && len(s) > 4 && s[3] == ' ' && s[4] >= '0' && s[4] <= '9'
}

// netFallBefore reports whether the folded quote fq writes the unsigned
// figure bare governed by a word of a fall (governingChange: "declined
// by €632 million", "a decrease in loans … of €394 million", "decreased
// by €188 million and €51 million") or with a phrase of a net flow below
// zero right before or after it ("net repayments of £0.9 billion", "£2.3
// billion of net repayments", lexicon.NetFallPhrases): the words are the
// sign of a net flow stated below zero. A fall said of something else
// ("exports fell in May, while imports were €51 million") is no sign of
// this figure.
func netFallBefore(fq, bare string) bool {
	at := indexWord(fq, bare)
	if at < 0 {
		return false
	}
	if dw, ok := governingChange(fq, at); ok && !dw.Up {
		return true
	}
	before := strings.TrimRight(lowerASCII(fq[:at]), " ")
	after := strings.TrimLeft(lowerASCII(fq[at+len(bare):]), " ")
	of := strings.TrimSuffix(before, " of")
	for _, p := range lexicon.NetFallPhrases {
		// "net repayments of £0.9 billion", "£2.3 billion of net
		// repayments in July"
		if strings.HasSuffix(of, p) || strings.HasPrefix(after, "of "+p) {
			return true
		}
	}
	return false
}

// maxNounPhrase is how many words a noun of change may stand before the
// "of" of its figure: "a decrease in loans for consumption purposes of
// €394 million" has five between.
const maxNounPhrase = 8

// governingChange returns the word of direction that governs the figure
// at byte at of fq, a folded quote, and true; or false where none does.
// A word governs a figure right before it (the verb, then "by" or not:
// "declined by €632 million", "fell €5 million", "down €3 million"); as
// a noun of change after an article (and up to two words: "an annual
// decline"), the figure after the "of" that ends its phrase ("a decrease
// in loans for consumption purposes of €394 million"), with no figure,
// mark or verb ("was") between; and the figures coordinated with one it
// governs ("decreased by €188 million and €51 million, respectively"). A
// word further off — in another clause, before another figure, after a
// level reached ("rose by €34 million, to €900 million") — governs
// nothing here.
func governingChange(fq string, at int) (lexicon.DirectionWord, bool) {
	before := strings.TrimRight(lowerASCII(fq[:at]), " ")
	if dw, ok := lexicon.LookupDirection(lastWord(strings.TrimSuffix(before, " by"))); ok && !dw.Either {
		return dw, true
	}
	if head, ok := strings.CutSuffix(before, " of"); ok {
		words := strings.Fields(head)
		for k := len(words) - 1; k >= 1 && k >= len(words)-maxNounPhrase; k-- {
			w := words[k]
			if figureOrMark(w) || slices.Contains(lexicon.Copulas, w) || slices.Contains(lexicon.HaveForms, w) {
				break // another figure, the phrase's end, or a verb: another clause
			}
			if dw, ok := lexicon.LookupDirection(w); ok {
				if dw.Change && articleBefore(words[:k]) {
					return dw, true
				}
				break
			}
		}
	}
	if prev := coordinatedFigure(fq, before); prev >= 0 {
		return governingChange(fq, prev)
	}
	return lexicon.DirectionWord{}, false
}

// articleBefore reports whether words, those before a noun, end in an
// article, or in one and up to two words of no figure or mark ("a
// decrease", "a further sharp decrease", "an annual decline"): the noun
// heads its own phrase.
func articleBefore(words []string) bool {
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		if slices.Contains(lexicon.Articles, words[k]) {
			return true
		}
		if figureOrMark(words[k]) {
			return false
		}
	}
	return false
}

// figureOrMark reports whether the word w holds a digit or a mark that
// ends a phrase (lexicon.PhraseEnds): no word of a noun phrase's middle.
func figureOrMark(w string) bool {
	return strings.ContainsFunc(w, func(r rune) bool { return r >= '0' && r <= '9' || strings.ContainsRune(lexicon.PhraseEnds, r) })
}

// coordinatedFigure returns where the figure that before (the quote's
// lower-case text up to a figure, trimmed) ends with, joined to that
// figure by a conjunction or a comma (lexicon.Conjunctions), starts in fq
// ("€188 million" of "decreased by €188 million and"), or -1. The figure
// may end in up to two words ("€188 million", "5 per cent"), and must read
// as one (ParseStated), not as a figure and words after it ("5% in April").
func coordinatedFigure(fq, before string) int {
	rest := strings.TrimSuffix(before, ",")
	for _, c := range lexicon.Conjunctions {
		if r, ok := strings.CutSuffix(rest, " "+c); ok {
			rest = strings.TrimSuffix(r, ",")
			break
		}
	}
	if len(rest) == len(before) {
		return -1
	}
	end := len(rest)
	start := end
	for range 3 {
		j := strings.LastIndexByte(rest[:start], ' ') + 1
		if strings.ContainsAny(rest[j:start], "0123456789") {
			if _, _, err := ParseStated(fq[j:end]); err == nil {
				return j
			}
			return -1
		}
		if j == 0 {
			return -1
		}
		start = j - 1
	}
	return -1
}

// A noChange is how a figure that is no change but was given a direction
// reads in its quote (noChangeReading): verify's advice and the drafter's
// SettleMeasure both follow it.
type noChange int

const (
	// itsFigure: a flow, level or stock is its figure; the direction goes.
	itsFigure noChange = iota
	// signedInQuote: the quote writes the figure below zero
	// ("-€385 million", "minus €167 million"): stated takes its sign.
	signedInQuote
	// changeBefore: a word of change governs the flow's figure ("rose by
	// €34 million", "declined by €632 million", "a decrease in loans … of
	// €394 million", governingChange).
	changeBefore
)

// noChangeReading reads ind, a figure that is no change given direction
// up or down, against its quote: signedInQuote where the quote signs the
// figure (direction down), changeBefore with the word where a word of
// change in that direction governs a flow's figure (governingChange), else
// itsFigure. A level reached ("to €900 million") is never a change, and a
// sign is never flipped.
func noChangeReading(ind *Indicator, quote string) (noChange, string) {
	d := ind.Quantity.Direction
	fq := minusWordsAsSigns(foldString(quote))
	bare := minusWordsAsSigns(foldString(ind.Stated))
	if d == Down && indexAfterMinus(fq, bare) >= 0 {
		return signedInQuote, ""
	}
	if ind.Measure != Flow {
		return itsFigure, ""
	}
	if at := indexWord(fq, bare); at >= 0 {
		if dw, ok := governingChange(fq, at); ok && dw.Change && dw.Up == (d == Up) {
			return changeBefore, dw.Word
		}
	}
	return itsFigure, ""
}

// directionOfNoChange says what to write for a figure that is no change
// (a flow, a level, a stock …) given direction: up or down, or "": only a
// change has a direction. Every output would show the figure with no sign
// ("€632 million", an inflow, for "lending declined by €632 million")
// while charts turned it: one figure, two signs. The advice follows
// noChangeReading: a figure the quote writes below zero takes its sign; a
// flow whose fall a word governs (governingChange) reads two honest ways,
// the change (measure: change, direction: down) or a net flow below zero
// (stated signed), and the advice offers both; a rise the word governs is
// the change; any other figure is its figure.
func directionOfNoChange(ind *Indicator, quote string) string {
	d := ind.Quantity.Direction
	if ind.Measure == Change || d != Up && d != Down {
		return ""
	}
	m := ind.Measure
	change := fmt.Sprintf("if the figure is a change from a period before (how much something %s), write measure: change and keep direction: %s", map[Direction]string{Up: "rose", Down: "fell"}[d], d)
	signed := minusBefore(ind.Stated)
	reading, w := noChangeReading(ind, quote)
	switch {
	case reading == signedInQuote:
		return fmt.Sprintf("direction down given to a %s, which has no direction (only a change has one), and the quote writes the figure below zero: write stated: %q and leave direction out (every output then shows %q)", m, signedAsQuoted(quote, ind.Stated), ReaderSigns(signed))
	case reading == changeBefore && d == Down:
		// "Lending to households declined by €632 million", "a decrease
		// in loans … of €394 million": what the flow fell by, or, as money
		// and credit releases write lending, a net flow below zero.
		return fmt.Sprintf("direction down given to a flow, which has no direction (only a change has one): every output would show %q, as if above zero. The quote says %q of the figure, which reads two ways: how much the flow fell (write measure: change and keep direction: down), or a net flow below zero, as a release of money and credit writes lending that fell or a net repayment (write stated: %q and leave direction out; every output then shows %q)", ind.Label(), w, signed, ReaderSigns(signed))
	case reading == changeBefore:
		return fmt.Sprintf("direction up given to a flow, which has no direction (only a change has one): the quote says %q of the figure, so it is how much the flow rose: write measure: change and keep direction: up", w)
	case d == Down && m == Flow && netFallBefore(minusWordsAsSigns(foldString(quote)), minusWordsAsSigns(foldString(ind.Stated))):
		return fmt.Sprintf("direction down given to a flow, which has no direction (only a change has one): every output would show %q, as if above zero. For a net flow below zero (a net repayment, a net outflow, a deficit) write stated: %q and leave direction out (every output then shows %q); %s", ind.Label(), signed, ReaderSigns(signed), change)
	}
	// A level, stock or share is its figure: "fell to 4.1%" says how it
	// moved to it, not a figure below zero; a word of change that governs
	// another figure ("exports fell in May, while imports were €51
	// million") says nothing of this one.
	moved := ""
	if m != Flow {
		moved = ", however it moved to it"
	}
	return fmt.Sprintf("direction %s given to a %s, which has no direction (only a change has one): leave direction out, since a %s is its figure (%q in every output%s); %s", d, m, m, ind.Label(), moved, change)
}

// SignNetFlow gives ind, a flow stated unsigned with no direction or
// the direction its quote's word of change governs, the sign its quote
// gives it, and says why, or "": the document's own sign where the quote
// writes the figure below zero ("a net monthly flow of minus €167
// million" is stated "minus €167 million"), a minus sign where a word of
// a fall governs it (netFallBefore: "a decrease in loans … of €394
// million" is "-€394 million"), and no sign where a word of a rise does
// ("an increase of €34 million"); the direction goes. It is the one
// reading verify accepts a net flow by; a drafter calls it so that a
// fall is never drafted as an inflow.
func SignNetFlow(ind *Indicator) string {
	d := ind.Quantity.Direction
	if ind.Measure != Flow || d == Either || ind.Quantity.IsRange() || ind.Stated == "" || len(ind.Provenance) == 0 {
		return ""
	}
	if lo, _ := ind.Quantity.Ends(); lo <= 0 {
		return ""
	}
	quote := ind.Provenance[0].Quote
	fq := minusWordsAsSigns(foldString(quote))
	bare := minusWordsAsSigns(foldString(ind.Stated))
	at := indexWord(fq, bare)
	signed, why := "", ""
	switch {
	case d != Up && indexAfterMinus(fq, bare) >= 0:
		signed, why = signedAsQuoted(quote, ind.Stated), "the quote's sign"
	case d != Up && at >= 0 && netFallBefore(fq, bare):
		signed, why = minusBefore(ind.Stated), "a net flow below zero: the quote's word of a fall governs it"
	case d == Up && at >= 0:
		if dw, ok := governingChange(fq, at); ok && dw.Change && dw.Up {
			ind.Quantity.Direction = NoDirection
			return fmt.Sprintf("a net flow above zero: the quote's %q governs it (a flow has no direction)", dw.Word)
		}
		return ""
	default:
		return ""
	}
	if _, _, err := ParseStated(signed); err != nil {
		return ""
	}
	ind.Stated = signed
	ind.Quantity.Value.Coef = -ind.Quantity.Value.Coef
	ind.Quantity.Direction = NoDirection
	return fmt.Sprintf("stated %q, %s", signed, why)
}

// signedAsQuoted returns stated, a figure written unsigned, with the sign
// the quote raw gives it: the document's word ("minus €167 million") or
// else "-" (minusBefore). Every piece of advice to sign a figure writes
// it so.
func signedAsQuoted(raw, stated string) string {
	bare := foldString(stated)
	low := lowerASCII(raw)
	for _, w := range lexicon.MinusWords {
		if i := indexWord(low, w+" "+lowerASCII(bare)); i >= 0 {
			return raw[i : i+len(w)+1+len(bare)]
		}
	}
	return minusBefore(stated)
}

// belowZeroInQuote says what to write for a figure stated unsigned, with no
// direction, whose quote writes it below zero ("minus €167 million",
// "-€385 million"), or "": stated keeps the document's sign, or, for a
// change, says it as its direction.
func belowZeroInQuote(raw, fq string, ind *Indicator) string {
	if ind.Quantity.Direction != NoDirection || ind.Stated == "" {
		return ""
	}
	bare := foldString(ind.Stated)
	if indexAfterMinus(fq, bare) < 0 {
		return ""
	}
	written := signedAsQuoted(raw, ind.Stated)
	if ind.Measure == Change {
		return fmt.Sprintf("the quote writes %q, below zero: write stated: %q (a fall), or stated: %q with direction: down", written, written, ind.Stated)
	}
	return fmt.Sprintf("the quote writes %q, below zero: write stated: %q, with the document's sign", written, written)
}
