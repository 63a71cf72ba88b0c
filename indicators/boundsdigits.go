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
