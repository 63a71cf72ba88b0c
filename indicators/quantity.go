package indicators

import (
	"fmt"
	"math"
)

// A Quantity is a figure as a document states it: a point Value, or for a
// Range the two ends Low and High, with the document's hedge, the direction
// of a change, and the scale word it was written with. Values are at full
// magnitude: "$279 billion" is Value 279e9 (written (279, 9), so its three
// significant figures are kept) with Scale Billion.
//
// The zero value is the exact number 0.
type Quantity struct {
	Value     Decimal   // the figure; unused for a Range
	Low, High Decimal   // the ends of a Range; unused otherwise
	Qualifier Qualifier // the document's hedge
	Direction Direction // for a change: up, down or either
	Scale     Scale     // the scale word as written
	// Hedge is the hedge of a range as the document writes it ("an
	// estimated" in "an estimated $55 billion to $93 billion"), which the
	// qualifier Range cannot say; "" otherwise. It is kept as words: the
	// range's interval is still [Low, High].
	Hedge string
	// Noun is the counted noun phrase as written when it says more than
	// the unit: "U.S. jobs" in "1,500 U.S. jobs", whose unit is job;
	// "" when the phrase is the unit's own singular or plural. An age has
	// the phrase "years old" (or "months old" …) however it is written
	// ("a 45-year-old", "aged 67"), which tells it from a span of years.
	Noun string
	// Margin is the margin the document states beside the figure ("41.2
	// ± 0.8 [SE] million birds"), in the figure's unit at full magnitude;
	// the zero Margin is none. It is not the figure's precision, which
	// Interval reads from the written digits and hedge: see Margin.
	Margin Margin
}

// Point returns the quantity of value v with qualifier q.
func Point(v Decimal, q Qualifier) Quantity { return Quantity{Value: v, Qualifier: q} }

// Between returns the Range quantity [low, high].
func Between(low, high Decimal) Quantity { return Quantity{Low: low, High: high, Qualifier: Range} }

// IsRange reports whether q is a range.
func (q Quantity) IsRange() bool { return q.Qualifier == Range }

// Validate reports whether q is well formed: a known qualifier and direction,
// and for a range, low not above high.
func (q Quantity) Validate() error {
	if q.Qualifier >= numQualifiers {
		return fmt.Errorf("indicators: unknown qualifier %d", q.Qualifier)
	}
	if q.Direction > Either {
		return fmt.Errorf("indicators: unknown direction %d", q.Direction)
	}
	if q.Scale >= numScales {
		return fmt.Errorf("indicators: unknown scale %d", q.Scale)
	}
	if q.Margin.Kind >= numMarginKinds {
		return fmt.Errorf("indicators: unknown margin kind %d", q.Margin.Kind)
	}
	if !q.Margin.IsZero() && (q.IsRange() || q.Margin.HalfWidth.Sign() <= 0) {
		return fmt.Errorf("indicators: margin %s of %s: a margin is above zero, of a figure that is no range", q.Margin.HalfWidth, q.Value)
	}
	if q.IsRange() && q.Low.Cmp(q.High) > 0 {
		return fmt.Errorf("indicators: range low %s is above high %s", q.Low, q.High)
	}
	return nil
}

// SigFigs returns the significant figures the wording implies: those of the
// value, or the fewer of the two ends of a range.
func (q Quantity) SigFigs() int {
	if q.IsRange() {
		return min(q.Low.SigFigs(), q.High.SigFigs())
	}
	return q.Value.SigFigs()
}

// An Interval is a set of real numbers between Lo and Hi, each end open or
// closed; Lo may be -Inf and Hi +Inf. It is what a hedged figure allows.
type Interval struct {
	Lo, Hi         float64
	LoOpen, HiOpen bool
}

// Contains reports whether x is in iv.
func (iv Interval) Contains(x float64) bool {
	lo := x > iv.Lo || (!iv.LoOpen && x == iv.Lo)
	hi := x < iv.Hi || (!iv.HiOpen && x == iv.Hi)
	return lo && hi
}

// IsPoint reports whether iv is a single number.
func (iv Interval) IsPoint() bool { return iv.Lo == iv.Hi && !iv.LoOpen && !iv.HiOpen }

// String writes iv in interval notation: "[26, 28]", "(340, 350]",
// "(30, +Inf)".
func (iv Interval) String() string {
	l, r := "[", "]"
	if iv.LoOpen {
		l = "("
	}
	if iv.HiOpen {
		r = ")"
	}
	return fmt.Sprintf("%s%g, %g%s", l, iv.Lo, iv.Hi, r)
}

// Interval returns the numbers the document's wording allows (DESIGN.md §2):
//
//	exact      [x, x]
//	approx     [x − h, x + h], h half a unit in the last written digit
//	nearly     (x − u, x] for x ≥ 0, [x, x + u) for x < 0, u one unit in
//	           the last non-zero digit ("nearly 350" is (340, 350],
//	           "nearly −350" is [−350, −340))
//	more_than  (x, +Inf)
//	at_least   [x, +Inf)
//	up_to      (−Inf, x]
//	less_than  (−Inf, x)
//	range      [low, high]
//
// The hedges approx and nearly are about the magnitude as written: "nearly
// −350" is a figure whose size falls just short of 350, so it lies between
// −350 and −340. The bounds more_than, at_least, up_to and less_than are
// about the signed value: "more than −5 percent" is (−5, +Inf), which
// includes 0 and every positive figure.
//
// The ends are in full magnitude. For counts and ranks, which cannot be
// negative, use IntervalFor, which bounds the open lower ends at zero.
// Interval reads the quantity's digits alone; an indicator's ends, which
// its words, unit and status also decide (a round "about 60,000" within
// 5,000, "around 2¾%" in quarters, a value set exact), are
// Indicator.HedgeEnds, the rule every export and derived arithmetic read.
func (q Quantity) Interval() Interval {
	x := q.Value.Float64()
	inf := math.Inf(1)
	switch q.Qualifier {
	case Approx:
		h := q.Value.roundingHalfWidth()
		return Interval{Lo: x - h, Hi: x + h}
	case Nearly:
		u := q.Value.lastDigitUnit()
		if x < 0 {
			return Interval{Lo: x, Hi: x + u, HiOpen: true}
		}
		return Interval{Lo: x - u, Hi: x, LoOpen: true}
	case MoreThan:
		return Interval{Lo: x, Hi: inf, LoOpen: true, HiOpen: true}
	case AtLeast:
		return Interval{Lo: x, Hi: inf, HiOpen: true}
	case UpTo:
		return Interval{Lo: -inf, Hi: x, LoOpen: true}
	case LessThan:
		return Interval{Lo: -inf, Hi: x, LoOpen: true, HiOpen: true}
	case Range:
		return Interval{Lo: q.Low.Float64(), Hi: q.High.Float64()}
	}
	return Interval{Lo: x, Hi: x}
}

// IntervalFor is Interval with the knowledge of the unit: for units that
// cannot be negative (counts, ranks), a lower end below zero becomes a
// closed zero. A figure of them stated below zero is a net figure
// (MeasureKind.Nets: net migration of -43,000 people) and keeps its
// interval. It reads the digits alone, as verify's checks of one figure
// against another do; an output reads Indicator.Interval, the ends the
// figure's words allow.
func (q Quantity) IntervalFor(u Unit) Interval {
	iv := q.Interval()
	if lo, _ := q.Ends(); u.NonNegative() && iv.Lo < 0 && lo >= 0 {
		iv.Lo, iv.LoOpen = 0, false
	}
	return iv
}

// SignedChanges reports whether a chart of the quantities qs draws each
// change with its sign: when they go both ways (one Up, one Down at
// least), a decrease is drawn below zero beside the increases (see
// SignedEnds). Otherwise every figure is drawn as stated, and a chart says
// the direction in words ("Percent reduction").
func SignedChanges(qs ...Quantity) bool {
	up, down := false, false
	for _, q := range qs {
		up = up || q.Direction == Up
		down = down || q.Direction == Down
	}
	return up && down
}

// SignedMoves reports whether the figures qs, of the statuses st (one per
// figure), are drawn, and counted in a formula, each change with its
// sign, a fall below zero: when the changes go both ways
// (SignedChanges), and also when they are all falls and one at least is
// a reported figure (a fact or an estimate), since a reported fall drawn
// right of zero reads as a rise (GDP "fell by 0.3%" in a quarter is
// −0.3%). Commitments to cut alone ("reduce emissions by 26 to 28
// percent") are drawn and counted as stated, their sizes, and a chart
// says "reduction". It is the one rule of signs: the charts, tables and
// derived arithmetic read it.
func SignedMoves(qs []Quantity, st []Status) bool {
	if SignedChanges(qs...) {
		return true
	}
	for i, q := range qs {
		if q.Direction == Down && i < len(st) && !st[i].IsCommitment() {
			return true
		}
	}
	return false
}

// SignedEnds returns Ends with a decrease negated: "reduce by 26 to 28
// percent" spans -28 to -26.
func (q Quantity) SignedEnds() (lo, hi float64) {
	if q.Direction == Down {
		return q.negated().Ends()
	}
	return q.Ends()
}

// Ends returns the numbers a chart draws: low and high for a range, the value
// twice otherwise. A hedge never moves a bar's end: "nearly 350" ends at 350.
func (q Quantity) Ends() (lo, hi float64) {
	if q.IsRange() {
		return q.Low.Float64(), q.High.Float64()
	}
	x := q.Value.Float64()
	return x, x
}
