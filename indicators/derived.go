package indicators

import (
	"fmt"
	"math"
	"strconv"
	"strings"
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
type Result struct {
	// Quantity is the value for display, rounded to the fewest significant
	// figures of the inputs, with a qualifier the propagated interval
	// justifies: exact inputs give an exact result, ranges a range, hedges a
	// hedge. Nothing derived looks more precise than its inputs.
	Quantity Quantity
	Unit     Unit
	// Lo and Hi are the unrounded result from the inputs' figures as stated
	// (ends of ranges, hedged values at their figure); equal unless an
	// input is a range. These are what a spreadsheet formula computes.
	Lo, Hi float64
	// Interval is what the inputs' wording allows (Quantity.Interval of each,
	// propagated by interval arithmetic).
	Interval Interval
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
	q      Quantity
	u      Unit
	sig    int
	honest iv
}

// Compute evaluates the derived indicator with the given ID.
func (c *Catalog) Compute(id string) (Result, error) {
	return c.compute(id, 0)
}

func (c *Catalog) operand(id string, depth int) (operand, error) {
	if ind, ok := c.Indicator(id); ok {
		return operand{q: ind.Quantity, u: ind.Unit, sig: ind.Quantity.SigFigs(), honest: ind.Quantity.IntervalFor(ind.Unit)}, nil
	}
	if _, ok := c.DerivedIndicator(id); ok {
		r, err := c.compute(id, depth+1)
		if err != nil {
			return operand{}, err
		}
		return operand{q: r.Quantity, u: r.Unit, sig: r.Quantity.SigFigs(), honest: r.Interval}, nil
	}
	return operand{}, fmt.Errorf("indicators: %q is not an indicator or derived indicator", id)
}

func (c *Catalog) compute(id string, depth int) (Result, error) {
	if depth > 32 {
		return Result{}, fmt.Errorf("indicators: derived %q: formulas refer to each other in a cycle", id)
	}
	d, ok := c.DerivedIndicator(id)
	if !ok {
		return Result{}, fmt.Errorf("indicators: no derived indicator %q", id)
	}
	ops := make([]operand, len(d.Inputs))
	for i, in := range d.Inputs {
		o, err := c.operand(in, depth)
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
	core := func(o operand) iv { lo, hi := o.q.Ends(); return iv{Lo: lo, Hi: hi} }
	var stated, honest iv
	switch d.Op {
	case Ratio, ShareOf:
		a, b := ops[0], ops[1]
		if a.u != b.u && !(a.u.Kind == Count && b.u.Kind == Count) {
			return Result{}, fmt.Errorf("indicators: derived %q: %s of %q and %q, which are in different units", id, d.Op, a.u, b.u)
		}
		if cb := core(b); cb.Lo <= 0 && cb.Hi >= 0 {
			// The figure itself would be unbounded: nothing to show.
			return Result{}, fmt.Errorf("indicators: derived %q: the divisor %q is %s, which is or includes zero, so the %s has no value", id, d.Inputs[1], Format(b.q, b.u, Style{}), d.Op)
		}
		stated, _ = ivDiv(core(a), core(b))
		honest, _ = ivDiv(a.honest, b.honest) // unbounded where the divisor's hedge allows zero
		r.Unit = TimesUnit
		if d.Op == ShareOf {
			h := iv{Lo: 100, Hi: 100}
			stated, honest = ivMul(stated, h), ivMul(honest, h)
			r.Unit = PercentUnit
		}
	case Difference, Sum:
		for _, o := range ops[1:] {
			if o.u != ops[0].u {
				return Result{}, fmt.Errorf("indicators: derived %q: %s of figures in different units (%q and %q)", id, d.Op, ops[0].u, o.u)
			}
		}
		stated, honest = core(ops[0]), ops[0].honest
		for _, o := range ops[1:] {
			if d.Op == Difference {
				stated, honest = ivAdd(stated, ivNeg(core(o))), ivAdd(honest, ivNeg(o.honest))
			} else {
				stated, honest = ivAdd(stated, core(o)), ivAdd(honest, o.honest)
			}
		}
		r.Unit = ops[0].u
	default:
		return Result{}, fmt.Errorf("indicators: derived %q: unknown formula %v", id, d.Op)
	}
	sig := ops[0].sig
	anyRange, anyHedge := false, false
	for _, o := range ops {
		sig = min(sig, o.sig)
		anyRange = anyRange || o.q.IsRange()
		anyHedge = anyHedge || (o.q.Qualifier != Exact && !o.q.IsRange())
	}
	if math.IsInf(honest.Lo, -1) && math.IsInf(honest.Hi, 1) && (anyHedge || anyRange) {
		// No hedge word is true of an unbounded result: "about" would be
		// a lie. Happens when hedges point opposite ways ("more than 100"
		// minus "more than 50") or a divisor's hedge allows zero from both
		// sides ("up to 5 percent").
		return Result{}, fmt.Errorf("indicators: derived %q: the hedges of %s leave the %s unbounded: any value is possible, so none can be shown", id, strings.Join(d.Inputs, " and "), d.Op)
	}
	r.Lo, r.Hi, r.Interval = stated.Lo, stated.Hi, honest
	var q Quantity
	switch {
	case anyRange:
		q = Quantity{Low: roundSig(stated.Lo, sig), High: roundSig(stated.Hi, sig), Qualifier: Range}
	default:
		q = Quantity{Value: roundSig(stated.Lo, sig)}
	}
	if anyHedge && !anyRange {
		x := stated.Lo
		switch {
		case near(x, honest.Hi) && near(x, honest.Lo):
			q.Qualifier = Approx
		case near(x, honest.Hi) && honest.HiOpen:
			q.Qualifier = LessThan
		case near(x, honest.Hi) && (honest.Lo <= 0 || math.IsInf(honest.Lo, -1)):
			q.Qualifier = UpTo
		case near(x, honest.Hi):
			q.Qualifier = Nearly
		case near(x, honest.Lo) && !honest.LoOpen && honest.HiOpen && honest.Hi <= 0:
			// The mirror of the case above for a negative figure: "nearly
			// −340" is [−340, −330), short of 340 in size.
			q.Qualifier = Nearly
		case near(x, honest.Lo) && honest.LoOpen:
			q.Qualifier = MoreThan
		case near(x, honest.Lo):
			q.Qualifier = AtLeast
		default:
			q.Qualifier = Approx
		}
	}
	if anyHedge && anyRange {
		// A range of hedged figures: the honest interval is wider than the
		// stated ends; keep the range and say so in the interval.
		q.Qualifier = Range
	}
	if r.Unit.Kind == Money || r.Unit.Kind == Count {
		q.Scale = ops[0].q.Scale
	}
	r.Quantity = q
	return r, nil
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

// roundSig returns x rounded to n significant figures as a Decimal; zeros
// after the decimal point that rounding leaves at the end are dropped
// ("3.0" is "3"), which never makes a figure look more precise.
func roundSig(x float64, n int) Decimal {
	if n < 1 {
		n = 1
	}
	d, err := parseDecimal(strconv.FormatFloat(x, 'e', n-1, 64))
	if err != nil {
		return Decimal{}
	}
	for d.Exp < 0 && d.Coef%10 == 0 {
		d.Coef /= 10
		d.Exp++
	}
	return d
}
