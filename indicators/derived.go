package indicators

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// An Op is the formula of a derived indicator.
type Op uint8

// The formulas. Inputs are indicator or derived IDs.
const (
	Ratio      Op = iota + 1 // inputs[0] / inputs[1], in times
	Difference               // inputs[0] − inputs[1], in their unit
	Sum                      // inputs[0] + inputs[1] + ..., in their unit
	ShareOf                  // 100 × inputs[0] / inputs[1], in percent
)

var opNames = [...]string{"", "ratio", "difference", "sum", "share"}

// String returns the formula's catalog word: "ratio", "difference", "sum"
// or "share".
func (o Op) String() string {
	if int(o) < len(opNames) && o > 0 {
		return opNames[o]
	}
	return fmt.Sprintf("Op(%d)", uint8(o))
}

// ParseOp returns the formula named s.
func ParseOp(s string) (Op, error) {
	for i, n := range opNames {
		if i > 0 && n == s {
			return Op(i), nil
		}
	}
	return 0, fmt.Errorf("indicators: unknown formula %q (write ratio, difference, sum or share)", s)
}

// A Derived indicator is computed from others; its Inputs are its lineage.
type Derived struct {
	ID          string
	Title       string
	Description string
	Op          Op
	Inputs      []string
}

// A Result is the value of a derived indicator with its lineage's
// uncertainty carried through.
//
// What may be said follows from Interval, the numbers the inputs allow:
// each input's wording (Quantity.Interval) and, for a figure stated
// without a hedge, its own rounding (half a unit of its last written
// digit: "31%" is 30.5 to 31.5; a count written to the unit is exact),
// propagated by interval arithmetic. The one rule, in precision.said and
// said, is:
//
//   - the digits: a sum or difference to the coarsest last digit of its
//     inputs, a ratio or share to no more significant figures than its
//     inputs, a share to one decimal of a percent at most (the parts of
//     one whole at one place) and a ratio in times to two figures; a
//     point figure shows the place it is said to ("0.20 times", "1.0
//     times");
//   - a point figure lies inside its own ends (Bounds), said at their
//     place where its own would lie outside them (sayAtEnds: "59.72
//     percent" of exact counts beside 59.71 and 59.72, never "59.7");
//   - the words: none where everything allowed is within one unit of the
//     last digit said and no input is hedged ("76.8 percent"), as a
//     reader takes any rounded figure; "about" (or "nearly", where every
//     hedge is) where it is within two; a share that rounds to zero there
//     "less than" one unit ("less than 0.1 percent"), one that rounds to
//     the whole while below it "more than" the whole less one unit ("more
//     than 99.9 percent" for 9,999 of 10,000); else, for unhedged
//     inputs, one digit coarser with no word, or the range allowed, its
//     ends rounded outwards;
//   - a figure that may be of either sign and does not round to zero is
//     the range allowed, its ends rounded outwards ("-1 to 2 percentage
//     points" for "12%" − "11.5%"), whether or not an input is hedged;
//   - open on one side, it is the bound that exists, rounded outwards:
//     "more than 3 times", "less than 27 percent" for [0, 26.17) (a bound
//     at zero, as a share of a magnitude has, is no bound to state);
//   - open on both sides, or for a ratio or share open on one side with
//     only zero on the other, or spanning more than MaxSpread (its high
//     end over its low end), it is no figure at all: Bounded is false and
//     Reason says which inputs' hedges opened it.
//
// The words claim no less than Interval (the tests check it by reads).
// Every export (the book, the deck, the charts, derived.csv and
// indicators.json) writes Quantity through Text, and Bounds for low and
// high, so that they all say the figure one way. Lo and Hi are not the
// figure said: a spreadsheet formula computes them ("12,345 / 30" is
// 411.5), so a cell that shows the figure holds Quantity.Value, or a
// formula rounded at the place Quantity is said (410, not 412 at the
// figure's decimals).
type Result struct {
	// Quantity is the value for display, said by the rule above: nothing
	// derived looks more precise than its inputs. It is the zero Quantity
	// when Bounded is false.
	Quantity Quantity
	Unit     Unit
	// Lo and Hi are the unrounded result from the inputs' figures as stated
	// (ends of ranges, hedged values at their figure); equal unless an
	// input is a range. These are what a spreadsheet formula computes; they
	// are not a figure to show unless Bounded.
	Lo, Hi float64
	// Interval is what the inputs' wording allows (Quantity.Interval of each,
	// propagated by interval arithmetic).
	Interval Interval
	// Bounded reports whether the inputs bound the result closely enough
	// to state a figure; when false, Reason says why not.
	Bounded bool
	Reason  string
	// Period is the inputs' period: the one they share; for a sum of
	// different periods, the span from the earliest to the latest (a
	// total over them); for a difference or ratio of a later input over
	// an earlier one (the second input earlier), the later one, with the
	// earlier in Base; for the earlier over the later, a running total up
	// to a date, or a share of two periods, their span; where one input's period contains the other's (June 2015 and
	// 30 June 2015), the one that contains it; NotStated if any input's
	// period is not stated.
	Period Period
	// Base is the earlier of two periods a difference or ratio
	// compares, the second input's ("2022-Q3" for Q4 2022 − Q3 2022,
	// never for Q3 2022 − Q4 2022), as Indicator.Base is
	// the period a change is from; NotStated otherwise. PeriodLabel says
	// the two.
	Base Period
	// Status is the least certain of the inputs' statuses, in the order
	// fact, estimate, projection, target, pledge, intention (see Status):
	// a share of two facts is a fact, of a fact and an estimate an
	// estimate, of a fact and a target a target.
	Status Status

	prec precision // how finely the figure is written
	sign string    // the currency sign its inputs' labels write (SignWritten)
}

// Bounds returns the ends of what the inputs' wording allows (Interval),
// as the exports, the book and its note (Allowed) give them: a range's
// ends as Quantity has them; otherwise the interval's ends rounded
// outwards at the place the figure is said to ("less than 27 percent" of
// a share is 0 and 27; 327,000 for 617,000 − 290,000 is 327,000 twice),
// or one place finer where the interval lies within the figure's
// rounding ("76.8 percent" for 76.84 to 76.86 is 76.84 and 76.86; "24.7
// percent" for 5,939 of 24,056 is 24.68 and 24.69, never 24.6), so that
// they hold every value the inputs allow as closely as the figure's
// digits can say. They are not widened to hold the point said: a
// rounded point is said Approx (SaidQualifier), and a Low of 16.90
// beside a note "from 16.94 percent" claimed a doubt the inputs do not
// leave (s30a-ombudsman, 670 of 3,955). An end the inputs leave open
// (infinite) is not ok.
func (r Result) Bounds() (low, high Decimal, lowOK, highOK bool) {
	if r.Bounded && r.Quantity.IsRange() {
		return r.Quantity.Low, r.Quantity.High, true, true
	}
	fine := r.endsPrec()
	if !math.IsInf(r.Interval.Lo, 0) {
		low, lowOK = fine.round(r.Interval.Lo, -1), true
	}
	if !math.IsInf(r.Interval.Hi, 0) {
		high, highOK = fine.round(r.Interval.Hi, 1), true
	}
	return low, high, lowOK, highOK
}

// endsPrec returns the precision of r's ends (Bounds): the figure's, or
// one place finer where the interval lies within the figure's rounding:
// at the figure's own place the ends of 5,939 over 24,056 (24.688…
// percent, exact) were 24.6 and 24.7, a low a reader takes for a doubt
// the inputs do not leave (s23q-wildfires). A figure said at its ends'
// place (sayAtEnds) keeps its place.
func (r Result) endsPrec() precision {
	fine := r.prec
	if lo, hi := r.Interval.Lo, r.Interval.Hi; !fine.atEnds && !math.IsInf(lo, 0) && !math.IsInf(hi, 0) && r.prec.round(lo, 0).Equal(r.prec.round(hi, 0)) {
		if fine.byPlace {
			fine.place--
		} else {
			fine.sig++
		}
		fine.atEnds = true
	}
	return fine
}

// sayAtEnds writes a point figure that lies outside its own ends
// (Bounds, one place finer than the figure where the interval lies
// within its rounding) at their place, the coarsest rounding that lies
// inside them: 464 of 777 (59.717 percent, ends 59.71 and 59.72) is
// "59.72 percent", never a 59.7 below its low (s31b-beds); 37,909 of
// 4,664,281 is "0.81 percent", not a "0.8" that seems to agree with a
// document's "0.80 per cent" (s31b-parking). A figure inside its ends
// keeps its place: "7.8" over "1.6" allows 4.70 to 5.07, "5 times"
// beside 4.6 and 5.1. It has no word where everything allowed is within
// one unit of it and no input is hedged, else "about", which then
// claims its ends as well (reads). stated is the stated figures' result.
func (r *Result) sayAtEnds(stated float64, hedged bool) {
	q := r.Quantity
	if q.IsRange() || isBound(q) || q.Qualifier == Nearly {
		return
	}
	p := r.endsPrec()
	lo, hi, lok, hok := r.Bounds()
	if !p.atEnds || !p.byPlace || !lok || !hok || q.Value.Cmp(lo) >= 0 && q.Value.Cmp(hi) <= 0 {
		return // within its ends: "5 times" beside 4.6 and 5.1
	}
	x := p.round(stated, 0)
	unit, xf := math.Pow10(p.place), x.Float64()
	q.Value, q.Qualifier = atPlace(x, p.place), Approx
	if !hedged && holds(iv{Lo: xf - unit, Hi: xf + unit}, r.Interval) {
		q.Qualifier = Exact
	}
	r.Quantity, r.prec = q, p
}

// reads returns what the words of a bounded derived figure claim, by the
// rule of said: a figure with no word is within one unit of its last
// digit ("76.8 percent", 76.7 to 76.9), "about" it within two, and a
// hedge or range what the table of words allows (Quantity.Interval); for
// a magnitude (an Interval from zero up) no end below zero, so that
// "about 1 million people" + 3 claims 0 to 3,000,003, not a negative
// count. It always holds Interval; it is the zero Interval when the
// figure is not Bounded.
//
// It is the tests' check of said, not an interval to export: a figure's
// ends for readers are Bounds (Interval rounded outwards at the place
// said), and a stated figure's words are Quantity.Interval. One phrase
// thus has one interval in the API: the words of a derived "about 90"
// are said only where the inputs allow no more than two units either
// side, and it is reported with the Bounds the inputs allow.
func (r Result) reads() Interval {
	if !r.Bounded {
		return Interval{}
	}
	q := r.Quantity
	x, unit := q.Value.Float64(), math.Pow10(r.prec.place)
	var iv Interval
	switch q.Qualifier {
	case Exact:
		iv = Interval{Lo: x - unit, Hi: x + unit}
	case Approx:
		iv = Interval{Lo: x - 2*unit, Hi: x + 2*unit}
		if r.prec.atEnds {
			// "about 4.9 times" beside its ends 4.6 and 5.1 claims them.
			lo, hi, _, _ := r.Bounds()
			iv.Lo, iv.Hi = min(iv.Lo, lo.Float64()), max(iv.Hi, hi.Float64())
		}
	default:
		iv = q.Interval()
	}
	if r.Interval.Lo >= 0 && iv.Lo < 0 {
		iv.Lo, iv.LoOpen = 0, false // "less than 0.1 percent" of a share; "about 1 million people" + 3
	}
	return iv
}

// MaxSpread is how far apart, as a factor, the ends of a derived interval
// may be for it to be stated as a figure. A result known only to within
// more than a factor of ten ("between 0.5 and 20 times") does not give
// even its order of magnitude, so nothing useful can be said of it.
const MaxSpread = 10

// UnboundedText is how reports write a derived figure that is not Bounded.
const UnboundedText = "cannot be bounded from these claims"

// Text returns the figure in words with Format, or UnboundedText when the
// inputs do not bound it.
func (r Result) Text(st Style) string {
	if !r.Bounded {
		return UnboundedText
	}
	return Format(r.Quantity, r.Unit, r.style(st))
}

// style returns st with the currency sign r's inputs write, where st
// names none: a derived amount reads as its inputs' labels do.
func (r Result) style(st Style) Style {
	if st.Sign == "" {
		st.Sign = r.sign
	}
	return st
}

// Allowed returns in words what the inputs allow, its ends the Low and
// High every export writes (SaidBounds): "from 2.76 times (exclusive) to
// 2.85 times", "from 0 percent to 27 percent (exclusive)", "from 6 times
// up, with no upper bound"; an end is marked exclusive only where the
// inputs' interval is open there. It read Bounds, the ends at the
// figure's place, so that the deck's note and the book's said "from
// 40,000 households to 60,000 households" beside the Low and High 46,000
// and 57,000 of the same figure (out45).
func (r Result) Allowed() string {
	lo, hi, lok, hok := r.SaidBounds()
	end := func(d Decimal, open bool) string {
		s := Format(Quantity{Value: d, Scale: r.Quantity.Scale}, r.Unit, r.style(Style{}))
		if open {
			s += " (exclusive)"
		}
		return s
	}
	switch {
	case lok && hok:
		return "from " + end(lo, r.Interval.LoOpen) + " to " + end(hi, r.Interval.HiOpen)
	case lok:
		return "from " + end(lo, r.Interval.LoOpen) + " up, with no upper bound"
	case hok:
		return "up to " + end(hi, r.Interval.HiOpen) + ", with no lower bound"
	}
	return "any number"
}

// Formula returns a readable formula: "japan-fdi-stock-us / us-fdi-stock-japan".
func (d *Derived) Formula() string {
	sep := map[Op]string{Ratio: " / ", Difference: " − ", Sum: " + ", ShareOf: " / "}[d.Op]
	s := ""
	for i, in := range d.Inputs {
		if i > 0 {
			s += sep
		}
		s += in
	}
	if d.Op == ShareOf {
		s = "100 × " + s
	}
	return s
}

// iv is an interval with open ends, for propagation.
type iv = Interval

// ivMul returns the smallest interval holding every product of a number
// of a and a number of b: the least and the greatest of the four corner
// products, whatever the signs. An infinite end times zero counts as zero
// (the zero is reached, the infinity never is), and a product that is zero
// because a closed end is zero is closed.
func ivMul(a, b iv) iv {
	type end struct {
		v    float64
		open bool
	}
	corner := func(x float64, xOpen bool, y float64, yOpen bool) end {
		switch {
		case x == 0 && !xOpen, y == 0 && !yOpen:
			return end{0, false}
		case x == 0 || y == 0:
			return end{0, true}
		}
		return end{x * y, xOpen || yOpen}
	}
	cands := [...]end{
		corner(a.Lo, a.LoOpen, b.Lo, b.LoOpen), corner(a.Lo, a.LoOpen, b.Hi, b.HiOpen),
		corner(a.Hi, a.HiOpen, b.Lo, b.LoOpen), corner(a.Hi, a.HiOpen, b.Hi, b.HiOpen),
	}
	r := iv{Lo: math.Inf(1), Hi: math.Inf(-1)}
	for _, c := range cands {
		if c.v < r.Lo || c.v == r.Lo && !c.open {
			r.Lo, r.LoOpen = c.v, c.open
		}
		if c.v > r.Hi || c.v == r.Hi && !c.open {
			r.Hi, r.HiOpen = c.v, c.open
		}
	}
	return r
}

// ivDiv returns the smallest interval holding every quotient a/b. When b
// holds zero the quotient is unbounded: on one side when zero is an end of
// b ("up to 20 countries" as a divisor, [0, 20]), on both when b straddles
// zero. It reports false only when b is zero and nothing else.
func ivDiv(a, b iv) (iv, bool) {
	inf := math.Inf(1)
	var r iv // 1/b
	switch {
	case b.Lo == 0 && b.Hi == 0:
		return iv{}, false
	case b.Lo < 0 && b.Hi > 0:
		return iv{Lo: -inf, Hi: inf, LoOpen: true, HiOpen: true}, true
	case b.Lo == 0:
		r = iv{Lo: 1 / b.Hi, Hi: inf, LoOpen: b.HiOpen, HiOpen: true}
	case b.Hi == 0:
		r = iv{Lo: -inf, Hi: 1 / b.Lo, LoOpen: true, HiOpen: b.LoOpen}
	default:
		r = iv{Lo: 1 / b.Hi, Hi: 1 / b.Lo, LoOpen: b.HiOpen, HiOpen: b.LoOpen}
	}
	return ivMul(a, r), true
}

func ivAdd(a, b iv) iv {
	return iv{Lo: a.Lo + b.Lo, Hi: a.Hi + b.Hi, LoOpen: a.LoOpen || b.LoOpen, HiOpen: a.HiOpen || b.HiOpen}
}

func ivNeg(a iv) iv { return iv{Lo: -a.Hi, Hi: -a.Lo, LoOpen: a.HiOpen, HiOpen: a.LoOpen} }

// operand is an input to a derived formula.
type operand struct {
	ind    *Indicator // the indicator, if the operand is one (not a derived figure)
	id     string
	label  string // the figure in words: "more than $54 billion"
	q      Quantity
	u      Unit
	sig    int // significant figures, for a ratio or share
	place  int // the power of ten of the last digit, for a sum or difference
	honest iv
	// lo and hi are the figure's ends in arithmetic: a stated figure's
	// (Quantity.Ends), a derived one's unrounded (Result.Lo, Hi), so that
	// 1/3 + 1/3 + 1/3 is 1, not the 0.99 of "about 0.33" three times.
	lo, hi float64
	// rounded is set for a derived input whose figure rounding changed
	// ("about 0.33 times" for 1/3): its words are a hedge.
	rounded bool
	// free is set for a proportion in words ("one in five", 20 percent;
	// ProportionInWords), whose digits say nothing of its precision: it
	// does not coarsen a result (precisionOf).
	free   bool
	period Period
	status Status
	// open is set for a derived input that is not Bounded, with its reason.
	open string
	// half is how far the figure may be from its true value by its own
	// rounding alone (writtenHalfWidth): 0.5 for "31%".
	half float64
}

// span is the interval the operand allows in arithmetic: its wording's
// (honest), widened by its own rounding; a magnitude's lower end no
// lower than zero.
func (o operand) span() iv {
	if o.half == 0 {
		return o.honest
	}
	s := o.honest
	s.Lo, s.Hi = s.Lo-o.half, s.Hi+o.half
	if o.honest.Lo >= 0 && s.Lo < 0 {
		s.Lo, s.LoOpen = 0, false
	}
	return s
}

// roundedCount returns the quantity of a count written to the unit
// without a hedge as a release rounds it: one of five digits or more with
// two or more trailing zeros is rounded to its last non-zero digit, at
// most to the thousand, and its value is written so (Decimal{856, 2} for
// "85,600 applications", 85,550 to 85,650; Decimal{617, 3} for "617,000
// people", 616,500 to 617,500; Decimal{2500, 3} for "2,500,000"), so that
// its digits (sigFigs, placeOf) and its rounding (writtenHalfWidth) say
// one thing. A count hedged "about" with two zeros or more is rounded at
// its last non-zero digit whatever its length, with no cap, its hedge
// saying it is rounded (the one rule of HedgeEnds, hedgePlace): "about 3,100 samples" is 3,050 to 3,150
// (Decimal{31, 2}), never 3,099.5 to 3,100.5, which made "about 3,100" of
// "about 19,300" 16.05 to 16.07 percent (s29z-foodhygiene); "about 60,000
// households" is 55,000 to 65,000 (Decimal{6, 4}; it was capped at the
// thousand, 59,500 to 60,500, until 2026-12-02, s35f-volunteering);
// "about 300 people" 250 to 350. A rate of a count is rounded alike:
// "75,000 appointments per working day" less "70,000" is about 5,000,
// never 5,000 within one (s28y-gpappts). Any other figure is as stated:
// "6,932 marriages" and "300 people" exact (read as rounded to its one
// figure, 300 − 50 would be said "300 people"), a ranged count by its
// wording.
func roundedCount(ind *Indicator) Quantity {
	q := ind.Quantity
	if ind.Unit.Kind != Count || q.Qualifier != Exact && q.Qualifier != Approx || q.IsRange() || q.Value.Exp != 0 {
		return q
	}
	n := q.Value.normalize()
	if q.Qualifier == Approx && n.Coef != 0 {
		// "about 60,000": 55,000 to 65,000; "some 6,830" as written
		// (HedgeEnds, hedgePlace).
		q.Value = Decimal{q.Value.Coef / int64(math.Pow10(int(hedgePlace(q.Value, q.Scale)-q.Value.Exp))), hedgePlace(q.Value, q.Scale)}
		return q
	}
	if digits := q.Value.SigFigs(); n.Exp < 2 || digits < 5 {
		return q
	}
	for n.Exp > 3 {
		n.Coef, n.Exp = n.Coef*10, n.Exp-1
	}
	q.Value = n
	return q
}

// writtenHalfWidth returns how far a figure stated without a hedge may be
// from its true value by its rounding alone: half a unit of its last
// written digit ("31%" is 30.5 to 31.5 percent, "741.6 million" within
// 0.05 million, "79.3 years" within 0.05; a count as roundedCount reads
// it, "617,000 people" within 500). A count written to the unit with
// fewer than two trailing zeros ("6,932 marriages", "three") is exact, a
// count of whole things having no fraction to round; so is a proportion
// in words ("one in five"). A hedged figure's interval holds its
// rounding already, and a range is taken at its ends.
func writtenHalfWidth(ind *Indicator, free bool) float64 {
	q := ind.Quantity
	switch {
	case free, q.Qualifier != Exact, q.IsRange():
		return 0
	case ind.Unit.Kind == Count && ind.Unit.Per == "" && q.Value.Exp == 0 && !slices.Contains(lexicon.ClockDurations, ind.Unit.Name):
		return 0 // a count to the unit; minutes and hours are measured
	}
	return q.Value.roundingHalfWidth()
}

// hedged reports whether the operand's wording allows more than its
// figure: a hedge, or a derived interval wider than its figure.
func (o operand) hedged() bool {
	if o.rounded {
		return true
	}
	if o.q.IsRange() {
		lo, hi := o.q.Ends()
		return !near(o.honest.Lo, lo) || !near(o.honest.Hi, hi)
	}
	return !o.honest.IsPoint()
}

// Compute evaluates the derived indicator with the given ID. It returns
// an error only for a formula that has no value at all: an unknown input,
// inputs in different units, a divisor whose figure is or includes zero,
// or formulas that refer to each other in a cycle. A result the inputs'
// hedges leave too open is a Result with Bounded false.
func (c *Catalog) Compute(id string) (Result, error) {
	return c.compute(id, 0)
}

// pointEnds returns the interval of an input ind in derived arithmetic
// and the half-width its rounding adds to it (operand.span): for a point
// hedged "about" or "nearly", the ends its words allow
// (Indicator.HedgeEnds, the one rule every export writes), with nothing
// added; for one said plainly, its figure, widened by half the width of
// those ends (none for a figure exact by its words); for a bound or a range, magnitudeInterval widened by its
// written digits' rounding (writtenHalfWidth).
func pointEnds(ind *Indicator, free bool) (iv, float64) {
	h := magnitudeInterval(ind)
	switch q := ind.Quantity; {
	case q.IsRange(), q.Qualifier != Exact && q.Qualifier != Approx && q.Qualifier != Nearly:
		return h, writtenHalfWidth(ind, free)
	}
	lo, hi := ind.HedgeEnds()
	if ind.Quantity.Qualifier == Exact {
		// Said plainly: the figure itself, widened by its rounding alone,
		// none where its words make it exact (a value set, a count to
		// the unit, a proportion in words).
		if lo == nil || hi == nil {
			return h, 0
		}
		return h, (hi.Float64() - lo.Float64()) / 2
	}
	if lo != nil {
		h.Lo = lo.Float64()
	}
	if hi != nil {
		h.Hi = hi.Float64()
	}
	return h, 0
}

// magnitudeInterval is the interval of an indicator in derived arithmetic.
// A figure that is not negative, of anything but a change, is a magnitude:
// "less than 2,800 MW" of a capacity is between none and 2,800, not any
// negative number, so a lower end the hedge leaves open is zero. A net
// figure (MeasureKind.Nets, with no direction to say which way) is no
// magnitude: net migration of "less than 500 people" may be below zero.
func magnitudeInterval(ind *Indicator) iv {
	if ind.Measure.Nets() && ind.Quantity.Direction == NoDirection {
		return ind.Quantity.Interval()
	}
	h := ind.Quantity.IntervalFor(ind.Unit)
	if lo, _ := ind.Quantity.Ends(); math.IsInf(h.Lo, -1) && lo >= 0 && ind.Measure != Change {
		h.Lo, h.LoOpen = 0, false
	}
	return h
}

// sigFigs returns the significant figures of an input: those written, but
// for a bound ("less than 2,800 MW", "more than $54 billion") only up to
// its last non-zero digit and at least two, a bound being a round
// threshold whose zeros say nothing of precision.
func sigFigs(q Quantity) int {
	if isBound(q) {
		return max(2, q.Value.normalize().SigFigs())
	}
	return q.SigFigs()
}

// placeOf returns the power of ten of an input's last written digit, by
// the same reading as sigFigs: 0 for "617,000", 5 for "4.0 million"
// written (40, 5), −1 for "12.5"; the coarser end's of a range; for a
// bound its last non-zero digit, but no coarser than its second figure.
func placeOf(q Quantity) int {
	switch {
	case isBound(q):
		n := q.Value.normalize()
		return min(int(n.Exp), int(n.Exp)+n.SigFigs()-2)
	case q.IsRange():
		return int(max(q.Low.Exp, q.High.Exp))
	}
	return int(q.Value.Exp)
}

// isBound reports whether q states one end only: "more than", "up to".
func isBound(q Quantity) bool {
	switch q.Qualifier {
	case MoreThan, AtLeast, UpTo, LessThan:
		return true
	}
	return false
}

// A precision is how finely a derived figure is written, by the rule for
// computing with written figures: a ratio or share to the fewest
// significant figures of its inputs, a sum or difference to the coarsest
// last written digit of its inputs ("12.5" + "0.04" to tenths, "617,000"
// − "290,000" to units).
type precision struct {
	sig     int // significant figures, unless byPlace
	place   int // the power of ten of the last digit, when byPlace
	byPlace bool
	// most is the most significant figures of any input (precisionOf);
	// finer is how many places finer than place a rate may be said
	// where the inputs' interval allows it (precision.said, said).
	most, finer int
	// atEnds is set where the figure's ends are written at place
	// (endsPrec, sayAtEnds): no finer.
	atEnds bool
}

// round returns x written at p, rounded down (dir < 0), up (dir > 0) or to
// the nearest (dir 0).
func (p precision) round(x float64, dir int) Decimal {
	if !p.byPlace {
		return roundSigDir(x, p.sig, dir)
	}
	return roundPlace(x, p.place, dir)
}

// roundPlace returns x rounded to a multiple of 10^place, down (dir < 0),
// up (dir > 0) or to the nearest (dir 0); zeros after the decimal point
// that rounding leaves at the end are dropped, as roundSigDir does.
func roundPlace(x float64, place, dir int) Decimal {
	unit := math.Pow10(place)
	c := x / unit
	r := math.Round(c)
	if t := math.Trunc(c); math.Abs(math.Abs(c-t)-0.5) < 1e-9 {
		r = t + math.Copysign(1, c) // a half, but for float64 (1.15 / 0.1 is 11.4999…): away from zero
	}
	if !near(r*unit, x) {
		switch {
		case dir < 0:
			r = math.Floor(c)
		case dir > 0:
			r = math.Ceil(c)
		}
	}
	if math.Abs(r) > 1e17 { // beyond int64's exact digits: as many as it holds
		return roundSigDir(x, maxDecimalDigits-1, dir)
	}
	d := Decimal{Coef: int64(r), Exp: int32(place)}
	for d.Exp < 0 && d.Coef%10 == 0 && d.Coef != 0 {
		d.Coef /= 10
		d.Exp++
	}
	if d.Coef == 0 {
		return Decimal{}
	}
	return d
}

// signedInputs reports whether the falls among the indicators ids count
// below zero in arithmetic: where a chart of them would draw them so
// (SignedMoves), whether the catalog wrote a fall "-6.5%" or "6.5%" with
// direction: down (one shape for a move). Commitments to cut alone
// ("cut 5 Mt", "cut 3 Mt") add and subtract as their sizes, as they are
// drawn: "Total fossil cuts" of 8 Mt, not -8 Mt.
func (c *Catalog) signedInputs(ids []string) bool {
	var qs []Quantity
	var st []Status
	for _, id := range ids {
		if ind, ok := c.Indicator(id); ok && ind.Measure == Change {
			qs, st = append(qs, ind.Quantity), append(st, ind.Status)
		}
	}
	return SignedMoves(qs, st)
}

// operand returns the input id of a formula; signed says whether a fall
// among the inputs counts below zero (signedInputs).
func (c *Catalog) operand(id string, depth int, signed bool) (operand, error) {
	if ind, ok := c.Indicator(id); ok {
		if signed {
			ind = signedMove(ind)
		}
		if q := StatusExact(ind); q != ind.Quantity {
			cp := *ind // "an estimated 9.7 billion" of an estimate: its digits as they are
			cp.Quantity = q
			ind = &cp
		}
		if q := roundedCount(ind); q != ind.Quantity {
			cp := *ind // "617,000 people": rounded to the thousand
			cp.Quantity = q
			ind = &cp
		}
		lo, hi := ind.Quantity.Ends()
		free := ProportionInWords(ind.Stated)
		honest, half := pointEnds(ind, free)
		return operand{id: id, label: ind.Label(), q: ind.Quantity, u: ind.Unit, sig: sigFigs(ind.Quantity), place: placeOf(ind.Quantity),
			honest: honest, lo: lo, hi: hi, free: free, half: half,
			period: ind.Period, status: ind.Status, ind: ind}, nil
	}
	if _, ok := c.DerivedIndicator(id); ok {
		r, err := c.compute(id, depth+1)
		if err != nil {
			return operand{}, err
		}
		o := operand{id: id, label: r.Text(Style{}), q: r.Quantity, u: r.Unit, sig: sigFigs(r.Quantity), place: placeOf(r.Quantity),
			honest: r.Interval, lo: r.Lo, hi: r.Hi, rounded: r.Bounded && r.Quantity.Qualifier == Approx,
			period: r.Period, status: r.Status}
		if !r.Bounded {
			o.open = r.Reason
		}
		return o, nil
	}
	return operand{}, fmt.Errorf("indicators: %q is not an indicator or derived indicator", id)
}

// periodOf returns the period and base of a result of op from its
// inputs' periods, by the rule Result.Period states: a difference or
// ratio of a later point over an earlier one (the subtrahend or divisor
// earlier) is a change from one to the other, each said in its own
// granularity (Q3 2022 to Q4 2022, 2019 to Q4 2022), never merged into a
// span, which reads as a total over it ("July–December 2022"); the earlier less the
// later, a running total up to a date, and a sum span their inputs.
func periodOf(op Op, ops []operand) (period, base Period) {
	for _, o := range ops {
		if !o.period.IsStated() {
			return NotStated, NotStated
		}
	}
	if len(ops) == 2 && op == Difference && levelLessItsChange(ops[0], ops[1]) {
		// A level less its change from a base is the level at that
		// base: 70,475 requests in 2023 less the rise of 17,735 on 2022
		// is 2022's 52,740, never a figure of 2023 (s29z-foi).
		return ops[1].ind.Base, NotStated
	}
	if len(ops) == 2 && op != Sum {
		a, b := ops[0].period, ops[1].period
		switch {
		case a.Contains(b):
			return a, NotStated
		case b.Contains(a):
			return b, NotStated
		case op == ShareOf:
			// A part of one time in a whole of another is no change
			// between them; PartsOfWhole refuses parts of two periods.
		case a.UpTo || b.UpTo:
			// A running total up to a date is no point to measure
			// from or to ("Q1 2018 to to 2 June 2018").
		case b.Middle() < a.Middle():
			// The later less (or over) the earlier: a change from b
			// to a. The earlier less the later (November's items
			// less February's) is no change from the first to the
			// second, which "November 2020 to February 2021" would
			// read as: its span.
			return a, b
		}
	}
	return spanOf(ops), NotStated
}

// levelLessItsChange reports whether a is a stated level and b a change
// to a's period from a stated base, so that a − b is the level at b's
// base.
func levelLessItsChange(a, b operand) bool {
	return a.ind != nil && b.ind != nil && a.ind.Measure != Change && b.ind.Measure == Change &&
		b.ind.Base.IsStated() && a.period == b.period && b.u == a.u
}

// spanOf returns the one period ops share, or the span from the
// earliest start to the latest end where they differ.
func spanOf(ops []operand) Period {
	p := ops[0].period
	for _, o := range ops[1:] {
		if o.period == p {
			continue
		}
		from, to := p.From, p.To
		if to.IsZero() {
			to = from
		}
		oto := o.period.To
		if oto.IsZero() {
			oto = o.period.From
		}
		if o.period.From.before(from) {
			from = o.period.From
		}
		if to.before(oto) {
			to = oto
		}
		p = Period{From: from, To: to}
		if p.To == p.From {
			p.To = Date{}
		}
	}
	for _, o := range ops {
		if o.period.UpTo && !o.period.Contains(p) {
			// A running total up to a date runs up to the latest end.
			end := p.To
			if end.IsZero() {
				end = p.From
			}
			return Period{From: end, UpTo: true}
		}
	}
	return p
}

// PeriodLabel returns the time of r for a caption, as every output
// (derived.csv's readers, the book's Derived sheet, the deck) says it:
// a change between two periods from the earlier to the later, each in
// its own granularity, "Q3 2022 to Q4 2022", "2019 to Q4 2022" (as
// RangeLabel writes two periods, a running total's end included); one
// period as Label writes it.
func (r Result) PeriodLabel() string {
	if r.Base.IsStated() {
		return RangeLabel(r.Base, r.Period)
	}
	return r.Period.Label()
}

// qualified returns name told apart by quals: in brackets after it,
// "Crown Court outstanding caseload (Q4 2022)", or after a comma where
// the name ends in a bracket of its own, so that no two brackets stand in
// a row ("New malignant cancer diagnoses (excluding NMSC), 2018", never
// "… (excluding NMSC) (2018)", s20n-cancer).
func qualified(name string, quals []string) string {
	if strings.HasSuffix(name, ")") {
		return name + ", " + strings.Join(quals, ", ")
	}
	return name + " (" + strings.Join(quals, ", ") + ")"
}

// InputNames returns the names of d's inputs as its formula says them:
// each input's title (its ID where it has none) and, where two inputs
// share a name, each of those qualified in brackets by what tells them
// apart: its period, as two points of one series, "Crown Court
// outstanding caseload (Q4 2022)"; then its places, "(Q4 2022, Ireland)";
// then its ID; so that a formula never reads "X − X". A name that ends in
// a bracket takes its qualifiers after a comma (qualified).
func (c *Catalog) InputNames(d *Derived) []string {
	names := make([]string, len(d.Inputs))
	periods := make([]string, len(d.Inputs))
	places := make([]string, len(d.Inputs))
	for i, id := range d.Inputs {
		names[i] = id
		if ind, ok := c.Indicator(id); ok {
			if ind.Title != "" {
				names[i] = ind.Title
			}
			periods[i] = ind.Period.Label()
			var ps []string
			for _, e := range ind.Entities {
				ps = append(ps, EntityName(e))
			}
			places[i] = strings.Join(ps, " and ")
		} else if in, ok := c.DerivedIndicator(id); ok {
			if in.Title != "" {
				names[i] = in.Title
			}
			if r, err := c.Compute(id); err == nil {
				periods[i] = r.PeriodLabel()
			}
		}
	}
	out := slices.Clone(names)
	quals := make([][]string, len(names))
	for _, by := range [][]string{periods, places, d.Inputs} {
		next := slices.Clone(out)
		for i := range out {
			for j := range out {
				if i != j && out[i] == out[j] && by[i] != "" && by[i] != by[j] {
					quals[i] = append(quals[i], by[i])
					next[i] = qualified(names[i], quals[i])
					break
				}
			}
		}
		out = next
	}
	return out
}

// inputsPhrase names the inputs whose wording leaves room, with their
// words: "more than $54 billion (exports) and over $500 million (aid)".
func inputsPhrase(ops []operand) string {
	var parts []string
	for _, o := range ops {
		if o.hedged() || o.open != "" {
			parts = append(parts, fmt.Sprintf("%q (%s)", o.label, o.id))
		}
	}
	if len(parts) == 0 {
		for _, o := range ops {
			parts = append(parts, fmt.Sprintf("%q (%s)", o.label, o.id))
		}
	}
	if len(parts) == 1 {
		return "the wording of " + parts[0]
	}
	return "the wording of " + strings.Join(parts[:len(parts)-1], ", ") + " and " + parts[len(parts)-1]
}

func (c *Catalog) compute(id string, depth int) (Result, error) {
	if depth > 32 {
		return Result{}, fmt.Errorf("indicators: derived %q: formulas refer to each other in a cycle", id)
	}
	d, ok := c.DerivedIndicator(id)
	if !ok {
		return Result{}, fmt.Errorf("indicators: no derived indicator %q", id)
	}
	signed := c.signedInputs(d.Inputs)
	ops := make([]operand, len(d.Inputs))
	for i, in := range d.Inputs {
		o, err := c.operand(in, depth, signed)
		if err != nil {
			return Result{}, fmt.Errorf("indicators: derived %q: %w", id, err)
		}
		ops[i] = o
	}
	want := 2
	if d.Op == Sum {
		want = max(2, len(ops))
	}
	if len(ops) != want {
		return Result{}, fmt.Errorf("indicators: derived %q: %s takes %d inputs, has %d", id, d.Op, want, len(ops))
	}
	var r Result
	core := func(o operand) iv { return iv{Lo: o.lo, Hi: o.hi} }
	var stated, honest iv
	switch d.Op {
	case Ratio, ShareOf:
		a, b := ops[0], ops[1]
		u, ok := derivedUnit(d.Op, a.u, b.u)
		if !ok {
			return Result{}, fmt.Errorf("indicators: derived %q: %s", id, unitMismatch(d.Op, a, b))
		}
		if cb := core(b); b.open == "" && cb.Lo <= 0 && cb.Hi >= 0 {
			// The figure itself would be unbounded: nothing to show.
			return Result{}, fmt.Errorf("indicators: derived %q: the divisor %q is %s, which is or includes zero, so the %s has no value", id, d.Inputs[1], messageFigure(b.q, b.u), d.Op)
		}
		stated, _ = ivDiv(core(a), core(b))
		honest, _ = ivDiv(a.span(), b.span()) // unbounded where the divisor's hedge allows zero
		r.Unit = u
		if d.Op == ShareOf {
			h := iv{Lo: 100, Hi: 100}
			stated, honest = ivMul(stated, h), ivMul(honest, h)
		}
	case Difference, Sum:
		for _, o := range ops[1:] {
			u, ok := derivedUnit(d.Op, ops[0].u, o.u)
			if !ok {
				return Result{}, fmt.Errorf("indicators: derived %q: %s", id, unitMismatch(d.Op, ops[0], o))
			}
			r.Unit = u
		}
		stated, honest = core(ops[0]), ops[0].span()
		for _, o := range ops[1:] {
			if d.Op == Difference {
				stated, honest = ivAdd(stated, ivNeg(core(o))), ivAdd(honest, ivNeg(o.span()))
			} else {
				stated, honest = ivAdd(stated, core(o)), ivAdd(honest, o.span())
			}
		}
	default:
		return Result{}, fmt.Errorf("indicators: derived %q: unknown formula %v", id, d.Op)
	}
	if d.Op == Difference || d.Op == Sum {
		stated, honest = snapZero(stated, ops), snapZero(honest, ops)
	}
	r.Lo, r.Hi, r.Interval = stated.Lo, stated.Hi, honest
	r.Period, r.Base = periodOf(d.Op, ops)
	for _, o := range ops {
		r.Status = max(r.Status, o.status)
	}
	r.prec = precisionOf(d.Op, ops).said(d.Op, r.Unit, stated)
	var labels []string
	for _, o := range ops {
		labels = append(labels, o.label)
	}
	r.sign = SignWritten(r.Unit, labels)
	anyRange, anyHedge := false, false
	for _, o := range ops {
		anyRange = anyRange || o.q.IsRange()
		anyHedge = anyHedge || o.hedged()
		if o.open != "" {
			r.Reason = fmt.Sprintf("its input %s cannot be bounded (%s)", o.id, o.open)
			return r, nil
		}
	}
	scale := NoScale
	if (r.Unit.Kind == Money || r.Unit.Kind == Count) && (d.Op == Sum || d.Op == Difference) {
		scale = ops[0].q.Scale
	}
	allNearly := true
	for _, o := range ops {
		allNearly = allNearly && (!o.hedged() || o.q.Qualifier == Nearly)
	}
	q, reason := figure(d.Op, stated, honest, &r.prec, anyRange, anyHedge, allNearly)
	if reason != "" {
		r.Reason = inputsPhrase(ops) + " " + reason
		return r, nil
	}
	q.Scale = scale
	r.Quantity, r.Bounded = q, true
	r.sayAtEnds(stated.Lo, anyHedge)
	return r, nil
}

// snapZero returns a with an end that is zero but for rounding in
// float64 set to zero: "79.4 years" − "79.3 years" allows 79.35 − 79.35,
// which float64 makes 1.4e-14 or −1.4e-14, so that the sign of float noise
// would decide whether the difference is of one sign (and its spread
// checked against MaxSpread) or crosses zero. An end is noise when it is
// within 1e-12 of the largest figure the inputs allow, as near has it: a
// written figure has far fewer than twelve significant digits.
func snapZero(a iv, ops []operand) iv {
	scale := 0.0
	for _, o := range ops {
		for _, x := range [...]float64{o.lo, o.hi, o.span().Lo, o.span().Hi} {
			if !math.IsInf(x, 0) {
				scale = max(scale, math.Abs(x))
			}
		}
	}
	tol := 1e-12 * scale
	if a.Lo != 0 && math.Abs(a.Lo) <= tol {
		a.Lo = 0
	}
	if a.Hi != 0 && math.Abs(a.Hi) <= tol {
		a.Hi = 0
	}
	return a
}

// precisionOf returns how finely the result of op over ops is written:
// by significant figures for a ratio or share (at least two), by the
// place of the last digit for a sum or difference.
//
// A proportion in words (operand.free) is written as finely as the
// others: "one in five" (20 percent) + "12 percent" is 32 percent, not
// "about 30 percent" for the one figure of "20"; where every input is
// one, by the same rule as figures ("1 in 8" over "1 in 179" is 22.4
// times to the three figures of 0.125, which said then caps at two).
func precisionOf(op Op, ops []operand) precision {
	p := precision{sig: math.MaxInt, place: math.MinInt, byPlace: op == Sum || op == Difference}
	fixed := false
	for _, o := range ops {
		if !o.free {
			fixed = true
			p.sig, p.place, p.most = min(p.sig, o.sig), max(p.place, o.place), max(p.most, o.sig)
		}
	}
	if !fixed {
		for _, o := range ops {
			sig, place := o.sig, o.place
			if v := o.q.Value; v.SigFigs() >= computedFigures && v.Exp < 0 {
				// "two-thirds", held as 66.6666666666667: a fraction
				// computed to the float's digits is said to
				// fractionFigures, as messageFigure says it.
				sig = fractionFigures
				place = int(math.Floor(math.Log10(math.Abs(v.Float64())))) - fractionFigures + 1
			}
			p.sig, p.place, p.most = min(p.sig, sig), max(p.place, place), max(p.most, sig)
		}
	}
	// A ratio or share is written to at least two figures: "$1.5 billion"
	// over "$6 billion" is 25 percent, not "about 20 percent" because
	// "6" was written with one figure.
	if !p.byPlace {
		p.sig = max(p.sig, 2)
	}
	return p
}

// said returns p as the place of the last digit said of a result near
// the stated figures (stated), the one rule for how finely a derived
// figure is written:
//
//   - a sum or difference to the coarsest last written digit of its
//     inputs (precisionOf): "12.5" + "0.04" to tenths;
//   - a ratio or share to no more significant figures than its inputs
//     (precisionOf), and no finer than a reader compares such figures: a
//     share in percent to one decimal place at most, so that the parts
//     of one whole are said at one place ("78.9", "13.5", "6.7", "0.8"
//     percent, not 78.921, 13.53, 6.69, 0.846), and a ratio in times to
//     two significant figures ("0.46 times", "2.8 times"), or as many
//     as it takes to differ from 1, within the inputs' own ("1.04
//     times" for 320,395 over 309,453, never "1.0 times"); a ratio of
//     two counts ("completions per commencement") alike, but to one
//     decimal at least; any other rate ("hours per person") may be said
//     finer, down to the most significant figures of an input, where the
//     interval the inputs allow is that narrow (said): 713 million hours
//     over 5.2 million people allow 135.7 to 138.5, "about 137 hours per
//     person", not the "140" of 5.2's two figures (s22p-volunteer).
//
// Whether the figure is said exact, "about" it or as a range then
// follows from the interval the inputs allow (figure).
func (p precision) said(op Op, u Unit, stated iv) precision {
	x := max(math.Abs(stated.Lo), math.Abs(stated.Hi))
	switch {
	case p.byPlace:
		return p
	case x == 0 || math.IsInf(x, 0) || math.IsNaN(x):
		// Nothing to count figures from: the finest place said.
		return precision{place: min(shareFinestPlace, 0), byPlace: true}
	}
	mag := int(math.Floor(math.Log10(x)))
	place := mag - p.sig + 1
	switch {
	case op == ShareOf:
		place = max(place, shareFinestPlace)
	case op == Ratio && (u == TimesUnit || countPerCount(u)):
		finest := place
		coarsest := mag - (ratioMaxSigFigs - 1)
		if u != TimesUnit {
			// A ratio of two counts, "completions per commencement", is
			// said as a ratio in times is, to two figures ("0.61", never
			// "0.60557", s21o-apprentice), but to one decimal at least:
			// "13.6 pupils per teacher", never "14".
			coarsest = min(coarsest, -1)
		}
		place = max(place, coarsest)
		// A ratio of near-equal figures is said finely enough to
		// differ from 1, as far as the inputs' digits justify:
		// 320,395 over 309,453 is "1.04 times", never "1.0 times"
		// (s20n-cancer), which says the two are equal.
		for place > finest && x != 1 && math.Abs(x-1) < 0.5*math.Pow10(place) {
			place--
		}
		if u != TimesUnit {
			return precision{place: place, byPlace: true, finer: max(0, place-max(mag-p.most+1, coarsest))}
		}
	case op == Ratio:
		return precision{place: place, byPlace: true, finer: max(0, p.most-p.sig)}
	}
	return precision{place: place, byPlace: true}
}

// countPerCount reports whether u is a rate of one count per another,
// whose base is a noun ("completion per commencement"), not a size ("death
// per 100,000").
func countPerCount(u Unit) bool {
	return u.Kind == Count && u.Per != "" && perSize(u.Per) == "" && !strings.ContainsAny(u.Per, "0123456789")
}

// shareFinestPlace is the finest place a derived share is said to: one
// decimal of a percent, as statistical releases write shares.
const shareFinestPlace = -1

// ratioMaxSigFigs is the most significant figures a derived ratio in
// times is said to: "0.46 times", "2.8 times".
const ratioMaxSigFigs = 2

// holds reports whether the interval a holds b, but for rounding in
// float64: what q says (its Interval) may be said of a result that the
// inputs allow anywhere in b only when it holds b.
func holds(a, b iv) bool {
	return (a.Lo < b.Lo || near(a.Lo, b.Lo) && (!a.LoOpen || b.LoOpen)) &&
		(b.Hi < a.Hi || near(a.Hi, b.Hi) && (!a.HiOpen || b.HiOpen))
}

// figure returns what may be said of a result whose stated figures give
// stated and whose inputs allow honest, written at precision *pp (which
// said may coarsen); or, when nothing can be said, why not. anyHedge says
// an input's wording is hedged, allNearly that every hedge is "nearly".
// What it returns always holds honest by Result.reads: a bound or range
// by the table of what words allow, its ends rounded outwards; a point by
// the rule of said.
func figure(op Op, stated, honest iv, pp *precision, anyRange, anyHedge, allNearly bool) (q Quantity, reason string) {
	p := *pp
	loInf, hiInf := math.IsInf(honest.Lo, -1), math.IsInf(honest.Hi, 1)
	what := op.String()
	switch {
	case loInf && hiInf:
		return Quantity{}, "leaves the " + what + " open at both ends: any value is possible"
	case hiInf:
		if honest.Lo == 0 && (op == Ratio || op == ShareOf) {
			return Quantity{}, "leaves the " + what + " open above, with no bound but zero below: it could be any positive number"
		}
		q := Quantity{Value: p.round(honest.Lo, -1), Qualifier: AtLeast}
		if honest.LoOpen {
			q.Qualifier = MoreThan
		}
		return q, ""
	case loInf:
		if honest.Hi == 0 && (op == Ratio || op == ShareOf) {
			return Quantity{}, "leaves the " + what + " open below, with no bound but zero above: it could be any negative number"
		}
		q := Quantity{Value: p.round(honest.Hi, 1), Qualifier: UpTo}
		if honest.HiOpen {
			q.Qualifier = LessThan
		}
		return q, ""
	}
	// rangeOf is the range from lo to hi rounded outwards, so that it
	// holds them.
	rangeOf := func(lo, hi float64) Quantity {
		return Quantity{Low: p.round(lo, -1), High: p.round(hi, 1), Qualifier: Range}
	}
	if lo, hi := math.Abs(honest.Lo), math.Abs(honest.Hi); (honest.Lo > 0 || honest.Hi < 0) && max(lo, hi) > MaxSpread*min(lo, hi) {
		return Quantity{}, fmt.Sprintf("leaves the %s anywhere from %s to %s, more than %d times apart", what,
			p.round(honest.Lo, 0).Text(","), p.round(honest.Hi, 0).Text(","), MaxSpread)
	}
	if anyRange && !anyHedge && honest.Lo == stated.Lo && honest.Hi == stated.Hi {
		return rangeOf(stated.Lo, stated.Hi), ""
	}
	switch {
	case anyHedge && honest.Lo == 0 && honest.Hi > 0:
		// What a hedge leaves of a magnitude: up to its upper bound.
		q := Quantity{Value: p.round(honest.Hi, 1), Qualifier: UpTo}
		if honest.HiOpen {
			q.Qualifier = LessThan
		}
		return q, ""
	case anyHedge && honest.Hi == 0 && honest.Lo < 0:
		q := Quantity{Value: p.round(honest.Lo, -1), Qualifier: AtLeast}
		if honest.LoOpen {
			q.Qualifier = MoreThan
		}
		return q, ""
	case anyRange || honest.Lo < 0 && honest.Hi > 0 && (anyHedge || p.round(stated.Lo, 0).Coef != 0):
		// A range of hedged figures, or a figure that may be of either
		// sign: the ends the wording allows. A figure said with a sign
		// claims it ("about 1 percentage point" for "12%" − "11.5%",
		// which allow −0.05 to 1.05); of unhedged inputs only a zero,
		// which has none ("0 percentage points" for "5.0%" − "5.0%"), is
		// said as a figure.
		return rangeOf(honest.Lo, honest.Hi), ""
	}
	q, *pp = said(op, *pp, stated.Lo, honest, anyHedge, allNearly)
	return q, ""
}

// said returns how a bounded result of one sign is said, its stated
// figures giving stated, so that its words hold honest, everything the
// inputs allow; hedged says an input's wording is hedged, allNearly that
// every hedge is "nearly". It is the one rule for the words of a derived
// figure, which is read as a reader reads any figure: rounded, its last
// digit uncertain by one (Result.reads gives the interval each word
// claims). At the place p says, in this order:
//
//   - x, the figure rounded there, with no word where everything allowed
//     is within one unit of its last digit and no input is hedged ("76.8
//     percent" for 741.6 million over 965.0 million, whose rounding
//     allows 76.84 to 76.86; "0.3 percentage points" for 0.7% − 0.4%):
//     "about" would claim a doubt the inputs do not leave;
//   - a share or ratio that rounds to zero there as "less than" one unit
//     of it ("less than 0.1 percent" for 3 of 23,872);
//   - a share that rounds to 100 there while everything allowed is below
//     100 as "more than" 100 less one unit ("more than 99.9 percent" for
//     9,999 of 10,000), or the range allowed where that is not said;
//   - "nearly x" where every hedge is "nearly" and its interval holds
//     honest ("nearly 350" − 123 is "nearly 227" only if no more than one
//     unit short of it were allowed);
//   - "about x" where everything allowed is within two units of it
//     ("about 69 percent" for 31% + 21% + 17%, each rounded to a whole
//     percent: 67.5 to 70.5; "about 90" for 50 + "about 40").
//
// Else, for unhedged inputs whose digits say more than their rounding
// leaves, x at a coarser place with no word, while x keeps a significant
// figure and is itself allowed ("€560 per trip" for €1,551 million over
// 2.771 million trips, not "€559.4 to €560.1"; never "30 percent" for
// $1.5 billion over $6 billion, 22 to 29); else the range honest allows, its ends rounded
// outwards at p.
func said(op Op, p precision, stated float64, honest iv, hedged, allNearly bool) (Quantity, precision) {
	mag := p.place // a zero has no significant figure to keep: no coarser place
	if stated != 0 {
		mag = int(math.Floor(math.Log10(math.Abs(stated))))
	}
	// A rate whose inputs allow a narrower interval than its fewest
	// figures say, so narrow that the figure at their place is not among
	// the values allowed, is said at the finest place whose words hold
	// it: "about 137 hours per person" for 135.7 to 138.5, never "140"
	// (s22p-volunteer); 3,210,000 visits over 1,070 doctors stays "3,000".
	coarse := p.round(stated, 0).Float64()
	for place := p.place - p.finer; place < p.place && stated != 0 && !honest.Contains(coarse); place++ {
		q := precision{place: place, byPlace: true}
		x := q.round(stated, 0)
		unit, xf := math.Pow10(place), x.Float64()
		within := func(k float64) bool { return holds(iv{Lo: xf - k*unit, Hi: xf + k*unit}, honest) }
		switch {
		case !hedged && within(1) && honest.Contains(xf):
			return Quantity{Value: atPlace(x, place)}, q
		case within(2):
			return Quantity{Value: atPlace(x, place), Qualifier: Approx}, q
		}
	}
	for q := p; q.place == p.place || !hedged && q.place <= mag; q.place++ {
		x := q.round(stated, 0)
		unit, xf := math.Pow10(q.place), x.Float64()
		within := func(k float64) bool { return holds(iv{Lo: xf - k*unit, Hi: xf + k*unit}, honest) }
		switch {
		case x.Coef == 0 && honest.Lo >= 0 && honest.Hi > 0 && honest.Hi < unit && (op == ShareOf || op == Ratio):
			return Quantity{Value: Decimal{Coef: 1, Exp: int32(q.place)}, Qualifier: LessThan}, q
		case op == ShareOf && near(xf, 100) && honest.Hi < 100 && !near(honest.Hi, 100):
			// A share just under the whole is not the whole: 9,999 of
			// 10,000 is "more than 99.9 percent", never "100 percent".
			if m := (Quantity{Value: atPlace(roundPlace(100-unit, q.place, 0), q.place), Qualifier: MoreThan}); holds(m.Interval(), honest) {
				return m, q
			}
			return Quantity{Low: p.round(honest.Lo, -1), High: p.round(honest.Hi, 1), Qualifier: Range}, p
		case !hedged && within(1) && (q.place == p.place || honest.Contains(xf)):
			return Quantity{Value: atPlace(x, q.place)}, q
		case q.place != p.place:
			continue // a coarser place only to say it with no word
		}
		if n := (Quantity{Value: atPlace(x, q.place), Qualifier: Nearly}); allNearly && hedged && holds(n.Interval(), honest) {
			return n, q
		}
		if within(2) {
			return Quantity{Value: atPlace(x, q.place), Qualifier: Approx}, q
		}
	}
	return Quantity{Low: p.round(honest.Lo, -1), High: p.round(honest.Hi, 1), Qualifier: Range}, p
}

// atPlace returns d written with its last digit at 10^place where d has
// dropped zeros after the decimal point ("0.2" at −2 is "0.20"), so that
// a point figure shows the place said chose: "0.20 times" for 4.0
// million over 19.6 million, "1.0 times" for 79.3 years over 79.3 years
// (a bound or range keeps round's "more than 6 times", "4 to 7.5 times",
// its ends being thresholds, not figures said to a place). A zero, a
// figure of no decimals said, or one already as fine is returned as is.
func atPlace(d Decimal, place int) Decimal {
	for d.Coef != 0 && place < 0 && int(d.Exp) > place && math.Abs(float64(d.Coef)) < 1e17 {
		d.Coef *= 10
		d.Exp--
	}
	return d
}

// near reports whether a and b are equal but for rounding in float64.
func near(a, b float64) bool {
	if a == b {
		return true
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false
	}
	return math.Abs(a-b) <= 1e-12*math.Max(math.Abs(a), math.Abs(b))
}

// roundSigDir returns x rounded to n significant figures as a Decimal,
// down (dir < 0), up (dir > 0) or to the nearest (dir 0); zeros after the
// decimal point that rounding leaves at the end are dropped ("3.0" is
// "3"), which never makes a figure look more precise. A bound is rounded
// outwards, so that "less than 26.2" becomes "less than 27", never the
// stronger "less than 26".
func roundSigDir(x float64, n int, dir int) Decimal {
	if n < 1 {
		n = 1
	}
	d, err := parseDecimal(strconv.FormatFloat(x, 'e', n-1, 64))
	if err != nil {
		return Decimal{}
	}
	if f := d.Float64(); !near(f, x) && (dir < 0 && f > x || dir > 0 && f < x) {
		d.Coef += int64(dir)
	}
	if dir == 0 && d.Coef != 0 {
		// A half is rounded away from zero, as Excel's ROUND and a
		// spreadsheet's number format do (2.25 is "2.3"), not to even.
		away := d
		if d.Coef > 0 {
			away.Coef++
		} else {
			away.Coef--
		}
		if f, g := d.Float64(), away.Float64(); near(math.Abs(f-x), math.Abs(g-x)) && math.Abs(g) > math.Abs(f) {
			d = away
		}
	}
	for d.Exp < 0 && d.Coef%10 == 0 {
		d.Coef /= 10
		d.Exp++
	}
	return d
}
