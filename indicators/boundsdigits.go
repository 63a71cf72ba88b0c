package indicators

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
func (r Result) SaidBounds() (lo, hi Decimal, lok, hok bool) {
	lo, hi, lok, hok = r.Bounds()
	if r.Bounded && !r.Quantity.IsRange() {
		lo, hi = lo.AsPreciseAs(r.Quantity.Value), hi.AsPreciseAs(r.Quantity.Value)
	}
	if lok && hok {
		lo, hi = lo.AsPreciseAs(hi), hi.AsPreciseAs(lo)
	}
	return lo, hi, lok, hok
}
