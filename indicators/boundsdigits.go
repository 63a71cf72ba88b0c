package indicators

import "math"

// AsPreciseAs returns d written to at least as many decimals as said,
// its value unchanged: a bound of a derived figure is written as
// precisely as the figure, "4.9" to "5.0" beside 5.0, never "5"
// (s19m-elections: Wales's share "5.0 percent" had the bounds 4.9 and 5
// in derived.csv).
func (d Decimal) AsPreciseAs(said Decimal) Decimal {
	const most = 1e17 // MaxDecimalDigits digits
	for d.Exp > said.Exp && d.Coef < most && d.Coef > -most {
		d.Coef *= 10
		d.Exp--
	}
	return d
}

// SaidBounds returns the ends of the allowed interval (Bounds) as the
// exports and the book write them: each as precisely as a point figure
// and as the other end, so that they read alike, "48.80" to "48.82"
// beside 48.8 (s25v-animals: "48.8 to 48.82"), "4.95" to "5.00" beside
// 5.0.
//
// Where rounding outward at the figure's place would move an end by more
// than a quarter of the interval's width, the ends are written one place
// finer, as often as that takes: 241.7 less 298 (each as precise as its
// digits) allows −56.85 to −55.75 billion, whose ends at the figure's
// place (−56 billion) were −57 and −55, an interval near twice as wide
// as the inputs allow (s34e-trade); they are −56.9 and −55.7.
func (r Result) SaidBounds() (lo, hi Decimal, lok, hok bool) {
	lo, hi, lok, hok = r.Bounds()
	if r.Bounded && !r.Quantity.IsRange() && lok && hok {
		lo, hi = r.tightEnds(lo, hi)
	}
	if r.Bounded && !r.Quantity.IsRange() {
		lo, hi = lo.AsPreciseAs(r.Quantity.Value), hi.AsPreciseAs(r.Quantity.Value)
	}
	if lok && hok {
		lo, hi = lo.AsPreciseAs(hi), hi.AsPreciseAs(lo)
	}
	return lo, hi, lok, hok
}

// SaidQualifier returns the qualifier the exports write beside the figure
// (the JSON's and derived.csv's qualifier, the Derived sheet's column):
// Quantity's, except that a figure said with no word whose ends (Bounds)
// are not one point is Approx. By the table of words Exact allows the
// figure alone, so "18.7 percent" for 18.672… with the ends 18.67 and
// 18.70 (s28y-drugseizures), or "5,000" for 4,960 (s29z-civilservice)
// would claim a precision the inputs do not give; Approx claims no more
// than its ends, and its figure stays as said, with no word, as a reader
// takes any rounded figure. ok is false when r is not Bounded.
func (r Result) SaidQualifier() (q Qualifier, ok bool) {
	if !r.Bounded {
		return 0, false
	}
	q = r.Quantity.Qualifier
	if lo, hi, lok, hok := r.Bounds(); q == Exact && (!lok || !hok || !lo.Equal(hi)) {
		q = Approx
	}
	return q, true
}

// tightEnds returns the ends lo and hi (Bounds) of r's interval written
// at the coarsest place, no coarser than theirs, at which rounding each
// outward moves it by at most a quarter of the interval's width
// (SaidBounds). Two places finer is the most it goes:
// 20 percent allows 20.1 to 20.8, not 20 to 21.
func (r Result) tightEnds(lo, hi Decimal) (Decimal, Decimal) {
	iv := r.Interval
	w := iv.Hi - iv.Lo
	if !(w > 0) || math.IsInf(w, 0) {
		return lo, hi
	}
	place, ok := 0, false
	for _, d := range []Decimal{lo, hi} {
		if d.Coef != 0 && (!ok || int(d.Exp) < place) {
			place, ok = int(d.Exp), true
		}
	}
	if !ok {
		return lo, hi
	}
	tight := func(l, h Decimal) bool {
		return iv.Lo-l.Float64() <= w/4*(1+1e-9) && h.Float64()-iv.Hi <= w/4*(1+1e-9)
	}
	if tight(lo, hi) {
		return lo, hi
	}
	for p := place - 1; p >= place-2; p-- {
		l, h := roundPlace(iv.Lo, p, -1), roundPlace(iv.Hi, p, 1)
		if tight(l, h) || p == place-2 {
			return l, h
		}
	}
	return lo, hi
}
