package indicators

import (
	"math"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// HedgeEnds returns the ends of the interval the words of ind, a point,
// allow, as stated (a fall's size, which Quantity.Stored signs), in its
// written digits. It is the one rule of a figure's ends: the JSON,
// indicators.csv, series.csv, the book's Indicators sheet and derived
// arithmetic (Catalog.Compute) read it, and the README's table in "What
// the numbers mean" says it row by row.
//
//   - A hedge ("about", "around", "some") says a round figure (two zeros
//     or more at the end of its whole number) is rounded at its last
//     non-zero digit, half a unit of it either way, and any other at its
//     last written digit (hedgePlace): "some 8,300 stray dogs" 8,250 to
//     8,350, "about 60,000 households" 55,000 to 65,000 (it was 59,500 to
//     60,500, narrower than its words, s35f), "about 300 people" 250 to
//     350, "some 6,830" 6,829.5 to 6,830.5, "about 10%" 9.5 to 10.5; "nearly 350" 340 to 350 (one unit
//     below), "over 90 percent" 90 and no high, "up to 30 people" 0 to
//     30. A word of status alone ("an estimated", StatusExact) is no
//     hedge: the figure reads as if said plainly.
//   - A figure said with no hedge is as precise as its written digits:
//     "2.45 million" 2,445,000 to 2,455,000, "31%" 30.5 to 31.5; a count
//     as a release rounds it (roundedCount: "617,000 people" 616,500 to
//     617,500), and exact when written to the unit ("6,932 marriages").
//   - A vulgar fraction's digits are its steps ("2¾%" is said in
//     quarters, "2½" in halves, "4⅜" in eighths): half a step either
//     way, 2.625 to 2.875, hedged or not ("around 2¾%" was 2.745 to
//     2.755, s35f-monetary); "nearly" one step below.
//   - A proportion in words ("two-thirds", "one in five", "half") gives
//     one figure of its percent at most: with "about" half a unit of it
//     either way ("around two-thirds" 61.7 to 71.7, "around half" 45 to
//     55), with "nearly" one unit below ("almost two thirds" 56.7 to
//     66.7); with no hedge "1 in M" is a ratio rounded to a whole "in M"
//     ("1 in 5" 18.1 to 22.3: oneInEnds), and any other names its
//     fraction exactly, and has no ends.
//   - A value set rather than measured, a policy rate, a tax rate or a
//     fee set by a decision (Indicator.Set) or a target, pledge or
//     intention's figure, is exact as said: no ends.
//
// Either end is nil where the interval is open; both for a range, whose
// figures say their own ends, and for a figure exact by its words (a
// count to the unit, a rank, a proportion in words, a value set).
func (ind *Indicator) HedgeEnds() (lo, hi *Decimal) {
	c := *ind
	c.Quantity = StatusExact(ind) // "an estimated 9.7 billion": a status, no hedge
	q := proportionShown(&c, c.Quantity)
	if q.IsRange() {
		return nil, nil
	}
	c.Quantity = q
	q = roundedCount(&c)
	c.Quantity = q
	v := q.Value
	if v.Coef > math.MaxInt64/100 || v.Coef < -math.MaxInt64/100 {
		return nil, nil
	}
	if q.Qualifier == Exact && (ind.Set || ind.Status >= Target || ind.Unit.Kind == Rank) {
		return nil, nil
	}
	if h, ok := turnedHedge(ind.Stated); ok {
		if lo, hi, ok := turnedEnds(h, v); ok {
			return lo, hi // "more than halved": under 0.5 times
		}
	}
	switch q.Qualifier {
	case MoreThan, AtLeast:
		return &v, nil
	case UpTo, LessThan:
		if ind.Unit.NonNegative() && v.Sign() >= 0 {
			z := Decimal{}
			return &z, &v
		}
		return nil, &v
	}
	// From here on, a point said plainly or hedged "about" or "nearly":
	// step is the unit its words give it, and the figure is within half
	// a step (plain, about) or one step below its size (nearly).
	var step Decimal
	switch den := fractionStep(ind.Stated); {
	case ProportionInWords(ind.Stated):
		if q.Qualifier == Exact {
			if lo, hi, ok := oneInEnds(ind.Stated, v); ok {
				return lo, hi // "1 in 5": a ratio rounded to a whole "in M"
			}
			return nil, nil // "two-thirds": the fraction it names
		}
		n := v.normalize()
		step = Decimal{1, n.Exp + int32(n.SigFigs()) - 1} // one figure
	case den > 0:
		// A step of 1/den at the figure's scale: quarters for "2¾%".
		return fractionEnds(v, q, den, ind)
	case q.Qualifier == Exact:
		if writtenHalfWidth(&c, false) == 0 {
			return nil, nil // a count to the unit, as roundedCount left it
		}
		step = Decimal{1, v.Exp}
	case q.Qualifier == Approx:
		step = Decimal{1, hedgePlace(v, q.Scale)}
	default:
		n := v.normalize()
		if n.Coef == 0 {
			n.Exp = v.Exp
		}
		step = Decimal{1, n.Exp} // its last non-zero digit
	}
	if q.Qualifier == Nearly {
		if v.Sign() < 0 {
			return &v, decimalSum(v, step)
		}
		return decimalSum(v, step.neg()), &v
	}
	half := Decimal{5, step.Exp - 1}
	lo, hi = decimalSum(v, half.neg()), decimalSum(v, half)
	if q.Qualifier == Approx && v.Sign() >= 0 && lo.Sign() < 0 && ind.Unit.NonNegative() {
		lo = &Decimal{}
	}
	return lo, hi
}

// hedgePlace returns the power of ten a figure hedged "about" is rounded
// at: a whole number written with two zeros or more at its end, a round
// hundred or thousand, at its last non-zero digit ("about 60,000" the ten
// thousand, "some 8,300" the hundred, "about 300" the hundred); any other
// at its last written digit ("some 6,830", "about 10%", "about £60
// billion", whose one zero may be a digit of the count, and a decimal's
// digits after its point, "around 2.50%", which it chose to write).
func hedgePlace(v Decimal, sc Scale) int32 {
	n := v
	for n.Coef != 0 && n.Coef%10 == 0 && int(n.Exp) >= sc.Exp() {
		n.Coef, n.Exp = n.Coef/10, n.Exp+1
	}
	if n.Exp-v.Exp < 2 {
		return v.Exp
	}
	return n.Exp
}

// fractionEnds returns the ends of a figure written with a vulgar
// fraction whose step is 1/den of a unit at its scale (HedgeEnds), at
// four decimal places of that unit, rounded outwards.
func fractionEnds(v Decimal, q Quantity, den int64, ind *Indicator) (lo, hi *Decimal) {
	unit := math.Pow10(q.Scale.Exp()) / float64(den)
	x := v.Float64()
	l, h := x-unit/2, x+unit/2
	if q.Qualifier == Nearly {
		l, h = x-unit, x
		if x < 0 {
			l, h = x, x+unit
		}
	}
	if q.Qualifier == Approx && x >= 0 && l < 0 && ind.Unit.NonNegative() {
		l = 0
	}
	place := q.Scale.Exp() - 4
	a, b := roundPlace(l, place, -1).normalize(), roundPlace(h, place, 1).normalize()
	return &a, &b
}

// fractionStep returns the denominator of the fraction a stated figure is
// written with, a vulgar fraction glued to or standing for its number
// ("2¾%", "½ percent") or one in digits after a whole number ("5-1/4",
// "5 1/4"), or 0 for none: its figure is said in steps of 1/den.
func fractionStep(stated string) int64 {
	for i, r := range stated {
		if r >= utf8.RuneSelf {
			if f, ok := lexicon.LookupVulgar(r); ok {
				return f.Denominator
			}
			continue
		}
		if r != '/' || i == 0 {
			continue
		}
		before := strings.LastIndexAny(stated[:i], " -")
		if before < 1 || !isDigits(stated[before+1:i]) || stated[before-1] < '0' || stated[before-1] > '9' {
			continue
		}
		j := i + 1
		for j < len(stated) && stated[j] >= '0' && stated[j] <= '9' {
			j++
		}
		if j > i+1 && j <= i+3 {
			den := int64(0)
			for _, d := range stated[i+1 : j] {
				den = den*10 + int64(d-'0')
			}
			if den >= 2 {
				return den
			}
		}
	}
	return 0
}

// decimalSum returns a + b, exact at the finer of their places; nil where
// that would overflow.
func decimalSum(a, b Decimal) *Decimal {
	for a.Exp > b.Exp {
		if a.Coef > math.MaxInt64/10 || a.Coef < -math.MaxInt64/10 {
			return nil
		}
		a.Coef, a.Exp = a.Coef*10, a.Exp-1
	}
	for b.Exp > a.Exp {
		if b.Coef > math.MaxInt64/10 || b.Coef < -math.MaxInt64/10 {
			return nil
		}
		b.Coef, b.Exp = b.Coef*10, b.Exp-1
	}
	s := Decimal{a.Coef + b.Coef, a.Exp}.normalize()
	return &s
}

// Interval returns the interval the words of ind allow, as every output
// draws and writes it: HedgeEnds's ends where it gives them (so a
// chart's fading end, a waffle's faded squares and the book's native
// chart start where the JSON's and the book's Low say: "about 60,000
// households" 55,000 to 65,000, "nearly 2¾%" from 2.5), each end
// HedgeEnds leaves open open as the qualifier says ("more than 90" has
// no high), and for a figure exact by its words (a count to the unit, a
// value set, a target, a proportion named in words) the figure itself.
// A range is its ends. Like Quantity.Interval it is in full magnitude, a
// fall's size; a chart that draws a fall below zero negates it. It
// replaces Quantity.IntervalFor, the digits alone, for every output;
// verify's checks of one figure against another still read the digits.
func (ind *Indicator) Interval() Interval {
	q := ind.Quantity
	if q.IsRange() {
		return q.Interval()
	}
	q.Qualifier = StatusExact(ind).Qualifier
	iv := q.Interval() // the open ends of a bound, and their sides
	if q.Qualifier == Approx {
		x := q.Value.Float64()
		iv = Interval{Lo: x, Hi: x} // its ends are HedgeEnds's, or it is exact
	}
	lo, hi := ind.HedgeEnds()
	if lo != nil {
		iv.Lo = lo.Float64()
		if q.Qualifier == UpTo || q.Qualifier == LessThan {
			iv.LoOpen = false // "up to 30 people": none at least
		}
	}
	if hi != nil {
		iv.Hi = hi.Float64()
		if q.Qualifier == MoreThan || q.Qualifier == AtLeast {
			iv.HiOpen = false // "nearly halved": a step above 0.5 at most
		}
	}
	return iv
}

// oneIn matches a proportion written "1 in M" or "one in M", "out of"
// and "every" as ratioOf reads them.
var oneIn = regexp.MustCompile(`(?i)^(?:1|one) (?:in|out of) (?:every )?\S+$`)

// oneInEnds returns the ends of a proportion stated "1 in M" (or "one in
// five"), v its figure as held (20 for "1 in 5" held in percent, 0.2 as
// a pure number): a release writes the ratio rounded to a whole "in M",
// so the figure lies between 1/(M+½) and 1/(M−½), "1 in 5" 18.2% to
// 22.3% (s36g-fraud: held exact at 20%, it drew no whisker). The ends are
// at three figures, rounded outwards. A fraction named in words ("a
// fifth", "two-thirds", "half") is the fraction it names, and "2 in 3"
// is read so too: its numerator says the document chose the fraction.
func oneInEnds(stated string, v Decimal) (lo, hi *Decimal, ok bool) {
	norm := normalizeStated(stated)
	if !oneIn.MatchString(strings.TrimSpace(norm)) {
		return nil, nil, false
	}
	q, _, err := parseStated(norm)
	if err != nil || q.Value.Sign() <= 0 {
		return nil, nil, false
	}
	m := math.Round(1 / q.Value.Float64())
	whole := 1.0
	if v.Float64() > 1.5*q.Value.Float64() {
		whole = 100 // held in percent (HeldAs)
	}
	if m < 2 {
		return nil, nil, false
	}
	l, h := whole/(m+0.5), whole/(m-0.5)
	place := int(math.Floor(math.Log10(l))) - 2
	a, b := roundPlace(l, place, -1).normalize(), roundPlace(h, place, 1).normalize()
	return &a, &b, true
}
