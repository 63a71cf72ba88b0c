package indicators

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// One shape for a move. A change's direction is one field of the model
// whichever way the catalog writer put it: "stated: +49.4%" and "stated:
// 49.4%" with "direction: up" load as the same Quantity (Value 49.4,
// Direction Up), and "stated: -6.5%" as "stated: 6.5%" with "direction:
// down" (Value 6.5, Direction Down). So every output and export reads a
// change as its size and its Direction; Stated keeps the document's
// characters, sign and all.

// signOf returns the direction the sign of a change's stated figure
// says, or NoDirection: Up for a figure written with a plus sign
// ("+49.4%"), Down for one whose every end is below zero ("-6.5%",
// "-3 to -1 percent"). A figure whose ends straddle zero, or a bound
// below zero ("more than -5 percent", which holds 0 and every rise), has
// no single way; the sign of those is kept in the value.
func signOf(q Quantity, m MeasureKind, stated string) Direction {
	if m != Change || q.Direction != NoDirection {
		return NoDirection
	}
	lo, hi := q.Ends()
	switch {
	case lo >= 0 && plusSigned(stated):
		return Up
	case hi < 0 || hi == 0 && lo < 0 && q.IsRange():
		switch q.Qualifier {
		case MoreThan, AtLeast, UpTo, LessThan:
			return NoDirection
		}
		return Down
	}
	return NoDirection
}

// settleMove returns q, the figure of a change of measure m read from
// stated, in the model's one shape: where the stated figure's sign says
// the way (signOf), the sign becomes the Direction and the value its
// size. Any other quantity is returned as it is.
func settleMove(q Quantity, m MeasureKind, stated string) Quantity {
	switch signOf(q, m, stated) {
	case Up:
		q.Direction = Up
	case Down:
		q = q.negated()
		q.Direction = Down
	}
	return q
}

// signAndDirection returns q, a change read from stated whose Direction
// is the one the catalog gives, settled (settleMove) where that direction
// is the way stated's sign says ("-3,786" with direction: down, as the
// JSON export writes a fall beside its value -3786), else as it is. Load
// takes the two as one fall only where the catalog gives the numbers too:
// stated and direction alone may be a writer's fall of a fall.
func signAndDirection(q Quantity, m MeasureKind, stated string) Quantity {
	d := q.Direction
	q.Direction = NoDirection
	if d != NoDirection && signOf(q, m, stated) == d {
		return settleMove(q, m, stated)
	}
	q.Direction = d
	return q
}

// negated returns q with its figure below zero turned to its size, or its
// size to the figure below zero: the value negated, a range's ends
// negated and swapped ("-3 to -1" is "1 to 3"). It is the one negation of
// a fall: settleMove, unsettle and SignedEnds use it. Direction is kept.
func (q Quantity) negated() Quantity {
	if q.IsRange() {
		q.Low, q.High = q.High.neg(), q.Low.neg()
	} else {
		q.Value = q.Value.neg()
	}
	return q
}

// neg returns -d, with d's digits.
func (d Decimal) neg() Decimal { return Decimal{Coef: -d.Coef, Exp: d.Exp} }

// statedSign returns the direction the sign of ind's stated figure says
// (signOf), or NoDirection where stated has no sign or does not read.
func statedSign(ind *Indicator) Direction {
	if ind.Measure != Change || ind.Stated == "" {
		return NoDirection
	}
	q, _, err := ParseStatedAs(ind.Stated, ind.Measure)
	if err != nil {
		return NoDirection
	}
	return signOf(q, ind.Measure, ind.Stated)
}

// signInQuote reports whether the folded quote fq writes the folded
// figure f with the sign of d just before its digits: "(+13.1%)" for Up,
// "(-6.5%)" for Down. The quote's own sign says the way as a word would.
func signInQuote(fq, f string, d Direction) bool {
	sign := byte('+')
	switch d {
	case Up:
	case Down:
		sign = '-'
	default:
		return false
	}
	core := strings.TrimLeft(f, "+-")
	if core == "" {
		return false
	}
	return indexWhere(fq, core, func(i, j int) bool {
		return i >= 1 && fq[i-1] == sign && (i == 1 || !isAlnum(fq[i-2])) && (j == len(fq) || !isAlnum(fq[j]))
	}) >= 0
}

// settled reports whether ind's quantity is the one shape of the move its
// stated figure's sign says: the sign's Direction, and a size not below
// zero.
func settled(ind *Indicator) bool {
	d := statedSign(ind)
	lo, _ := ind.Quantity.Ends()
	return d != NoDirection && ind.Quantity.Direction == d && lo >= 0
}

// unsettle is the inverse of settleMove for a move its stated figure's
// sign says: the value signed and no Direction, as the catalog writes it.
func unsettle(q Quantity) Quantity {
	if q.Direction == Down {
		q = q.negated()
	}
	q.Direction = NoDirection
	return q
}

// unsignedStated returns stated, the words of a change whose sign is its
// Direction (settled), without that sign: "+1.2%" is "1.2%", "-$11.0
// billion" "$11.0 billion", so that a label says the way as its
// unsigned twin's does, by the Direction ("up 1.2%"). A range keeps the
// document's form, signs and all ("-5 to -3%"), which says its fall
// itself: unsigned, its ends would read reversed ("5 to 3%").
func unsignedStated(ind *Indicator) string {
	if ind.Quantity.IsRange() {
		return ind.Stated
	}
	return withoutSigns(ind.Stated)
}

// withoutSigns returns s with the sign of each of its figures left out:
// a plus or minus sign right before the digits, or before the currency
// sign before them ("-$11.0 billion", "$-11.0 billion"), and after no
// letter or digit, or a word for the minus sign (lexicon.MinusWords):
// "-3 to -1 percent" is "3 to 1 percent", "+2.3%" "2.3%", "minus 0.3
// percent" "0.3 percent"; "1,000+" and "COVID-19" keep theirs.
func withoutSigns(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); {
		if i == 0 || s[i-1] == ' ' {
			if w, rest := signWordAt(s[i:]); w != "" {
				i = len(s) - len(rest) // "minus 0.3 percent" is "0.3 percent"
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if (r == '+' || r == '-' || r == '−') && (i == 0 || !isAlnum(s[i-1])) {
			rest := strings.TrimLeftFunc(s[i+n:], func(c rune) bool { return unicode.Is(unicode.Sc, c) })
			if rest != "" && rest[0] >= '0' && rest[0] <= '9' {
				i += n
				continue
			}
		}
		b.WriteString(s[i : i+n])
		i += n
	}
	return b.String()
}

// baseOfNoChange says what is wrong with a base given to a figure that is
// no change, or "": a base is the period a change is measured from ("up
// 6.5% from 2020" has base: 2020). A share may have one (a share of an
// increase since 2023), and a level (an index, 2015 = 100); a flow, stock,
// count, rank or threshold has none (s17i-vehicles: base: 2021-Q2 on the
// registrations of a quarter).
func baseOfNoChange(ind *Indicator) string {
	switch {
	case !ind.Base.IsStated() || ind.Measure == Change || ind.Measure == Share || ind.Measure == Level:
		return ""
	}
	return fmt.Sprintf("base %s given to a %s, which is no change: a base is the period a change is measured from; leave base out (say the comparison in a note), or, if the figure is a rise or fall, write measure: change with its direction", ind.Base, ind.Measure)
}

// fewerNoChange says what to write for a figure its quote counts as
// "fewer" or "less" than another, right after the number ("There were
// 188 fewer racist incidents", s27x-hatecrime), held as a flow, stock or
// count with no base: a fall from a comparand is a change, whatever the
// base (a "more" may count additions, "3,000 more inspectors", and a base
// given is told by baseOfNoChange). It is "" for any other figure.
func fewerNoChange(ind *Indicator) string {
	if ind.Measure != Flow && ind.Measure != Stock && ind.Measure != CountKind || ind.Base.IsStated() || ind.Stated == "" || len(ind.Provenance) == 0 {
		return ""
	}
	next := FallAfter(ind.Provenance[0].Quote, ind.Stated)
	if next == "" {
		return ""
	}
	return fmt.Sprintf("the quote writes %q right after %q, a fall from what it is compared with, which is a change: write measure: change, direction: down and base: the period it is compared with (or against: group, target or forecast)", next, ind.Stated)
}

// FallAfter returns the comparative of a fall that quote writes right
// after the figure stated, setting it below what it is compared with
// ("5,266 fewer", "188 fewer racist incidents", "300 less", "2°C
// cooler"), or "": the one reading of it that verify (fewerNoChange) and
// the drafter share. A noun of loss ("1,200 losses") counts the things
// lost, no fall of the figure, and a verb of change after a figure
// ("20,000 fell ill") is none.
func FallAfter(quote, stated string) string {
	q, st := lowerASCII(foldString(quote)), lowerASCII(foldString(stated))
	i := indexWord(q, st)
	if i < 0 {
		return ""
	}
	next, _, _ := strings.Cut(strings.TrimSpace(q[i+len(st):]), " ")
	next = strings.TrimRight(next, ",;:.)")
	if dw, ok := lexicon.LookupDirection(next); !ok || dw.Up || dw.Either || dw.Change || next != "less" && next != "below" && !strings.HasSuffix(next, "er") {
		return ""
	}
	return next
}

// baseNotices gives a notice, of kind ErrValue, for each indicator with a
// base that is no change (baseOfNoChange), and for each change with no
// base whose sentence names one (missingBase). A notice, not an error: a
// draft may give a flow the period it is compared with.
func (c *Catalog) baseNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if msg := c.missingBase(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
		if msg := baseOfNoChange(ind); msg != "" {
			c.addField(&l, ind.ID, "base", ErrValue, msg)
		} else if msg := fewerNoChange(ind); msg != "" {
			c.addField(&l, ind.ID, "measure", ErrValue, msg)
		}
		if msg := c.earlierLevel(ind); msg != "" {
			c.addField(&l, ind.ID, "period", ErrValue, msg)
		} else if msg := yearEndStock(ind); msg != "" {
			c.addField(&l, ind.ID, "period", ErrValue, msg)
		}
	}
	return l
}

// signedMove returns ind, or for a change whose Direction is Down a copy
// whose value is signed and whose Direction is NoDirection: where derived
// arithmetic counts a fall below zero (signedInputs), whether the catalog
// wrote it "-6.5%" or "6.5%" with direction: down (one shape for a move),
// the difference of pickup trucks' -6.5% and cars' +1.2% is -7.7 points.
func signedMove(ind *Indicator) *Indicator {
	if ind.Measure != Change || ind.Quantity.Direction != Down {
		return ind
	}
	cp := *ind
	cp.Quantity = unsettle(ind.Quantity)
	return &cp
}
