package xlsx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The rule of a figure's cell: the Indicators sheet's value cells, and a
// derived figure's on the Derived sheet, hold the number a formula should
// use, and their number format shows what the book says. A percent is
// held as the fraction it is (75% as 0.75, shown by a "%" format, so that
// =SHARE*TOTAL is the part); a fall as a negative number (down 11% as
// -0.11, shown "down 11.0%" by the format's negative section); a change
// in percentage points is no fraction (2.5 pp is 2.5). The defined names
// read these cells; formulas of the book's own (the Chart data and
// Derived sheets) turn a name back into the model's figure with
// modelExpr.

// storedPercent reports whether a figure in unit u and scale sc is held as
// a fraction: a percent, not of a rate ("5% a year" is left as stated) and
// without a scale word.
func storedPercent(u indicators.Unit, sc indicators.Scale) bool {
	return u.Kind == indicators.Percent && u.Per == "" && sc == indicators.NoScale
}

// isFall reports whether ind is a fall held below zero, by the model's
// one rule (indicators.Quantity.HeldBelowZero): said to go down, not
// stated as a multiple (turnWord writes "down" before it).
func isFall(ind *indicators.Indicator) bool {
	return ind.Quantity.HeldBelowZero(ind.Unit)
}

// storedDecimal returns d, a figure of ind as stated, as its cell holds it:
// signed as the model stores it (indicators.Quantity.Stored), a percent
// as a fraction.
func storedDecimal(d indicators.Decimal, ind *indicators.Indicator) indicators.Decimal {
	if storedPercent(ind.Unit, ind.Quantity.Scale) {
		d = d.Shift(-2)
	}
	return ind.Quantity.Stored(d, ind.Unit)
}

// storedCells returns the figures of ind's Value, Low and High cells, as
// stated (storedDecimal makes each the number its cell holds): a point in
// Value; a range's ends in Low and High, a fall's swapped, since below
// zero the larger drop is the lower number (down 26 to 28% is -0.28 to
// -0.26, as Quantity.negated swaps a range), so that NAME_LOW ≤
// NAME_HIGH for every range and MIN, MAX and NAME_HIGH-NAME_LOW read
// them as they read any other.
func storedCells(ind *indicators.Indicator) [3]*indicators.Decimal {
	q := &ind.Quantity
	switch {
	case !q.IsRange():
		return [3]*indicators.Decimal{&q.Value, nil, nil}
	case isFall(ind):
		return [3]*indicators.Decimal{nil, &q.High, &q.Low}
	}
	return [3]*indicators.Decimal{nil, &q.Low, &q.High}
}

// modelExpr returns the formula of the figure the model holds (as stated:
// a percent in percent, a fall's magnitude) from the defined name of a
// cell holding it as the rule above says: "(100*SHARE)", "(-FALL)".
func modelExpr(name string, percent, fall bool) string {
	switch {
	case percent && fall:
		return "(-100*" + name + ")"
	case percent:
		return "(100*" + name + ")"
	case fall:
		return "(-" + name + ")"
	}
	return name
}

// negate returns the formula of minus x, a formula of modelExpr: the name
// itself for a fall's "(-FALL)", so that a fall reads its name as it is.
func negate(x string) string {
	if inner, ok := strings.CutPrefix(x, "(-"); ok && strings.HasSuffix(inner, ")") {
		return inner[:len(inner)-1]
	}
	return "-" + x
}

// storedFormula returns formula f of a figure in model units as the cell
// of a figure in unit u and scale sc holds it: over 100 for a percent
// ("A/B" for "100*A/B", a share), else f.
func storedFormula(f string, u indicators.Unit, sc indicators.Scale) string {
	if f == "" || !storedPercent(u, sc) {
		return f
	}
	if rest, ok := strings.CutPrefix(f, "100*"); ok && !topLevel(rest, "+-,") {
		return rest
	}
	return "(" + f + ")/100"
}

// topLevel reports whether formula f has any of chars outside its
// parentheses.
func topLevel(f, chars string) bool {
	depth := 0
	for _, c := range f {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case depth == 0 && strings.ContainsRune(chars, c):
			return true
		}
	}
	return false
}

// fractionFormat returns number format f of a percent figure with its
// literal "%" made Excel's percent, which shows the fraction 100 times:
// `#,##0.0"%"` becomes `#,##0.0%`.
func fractionFormat(f string) string {
	return strings.ReplaceAll(f, quote("%"), "%")
}

// fractionAxisFormat returns f, a value axis format of percents
// (axisNumFmt) with decimals digits, made one of the fractions the cells
// hold: Excel's percent for the literal "%", and a ticks' "General" (which
// a percent cannot follow) the decimals it needs, "#,##0.0%".
func fractionAxisFormat(f string, decimals int) string {
	if rest, ok := strings.CutPrefix(f, "General"); ok {
		num := "#,##0"
		if decimals = min(decimals, 10); decimals > 0 {
			num += "." + strings.Repeat("0", decimals)
		}
		f = num + rest
	}
	return fractionFormat(f)
}

// fallFormat returns the number format of a fall held below zero, from
// f, the format of its magnitude, and turn, what is said before it
// ("down ", "down almost "): the section of f that shows the magnitude
// (one's, of "1 arrival", where one), after "up " in the positive section
// and after turn in the negative and zero ones, whose number Excel and
// LibreOffice show without its sign: `"up "0.0%;"down "0.0%;"down "0.0%`.
func fallFormat(f, turn string, one bool) string {
	sec := magnitudeSection(f, one)
	up := "up " + strings.TrimPrefix(turn, "down ")
	// A fall of 0 is held as 0, which a format of two sections shows by
	// its first: the third, zero's section, says the fall's turn too
	// ("down 0%", as the Cover says it).
	down := leadSections(sec, quote(turn))
	return leadSections(sec, quote(up)) + ";" + down + ";" + down
}

// magnitudeSection returns the section of f, a format of a magnitude,
// that shows it: one's ("1 arrival") where one, else the many's, with no
// condition.
func magnitudeSection(f string, one bool) string {
	secs := splitSections(f)
	sec := secs[0]
	if strings.HasPrefix(sec, "[=1]") {
		if !one {
			sec = secs[len(secs)-1]
		}
		sec = strings.TrimPrefix(sec, "[=1]")
	}
	return sec
}

// againstFormat returns the number format of a change set against a
// forecast, target or group (versus: indicators.Indicator.AgainstWhat),
// held with its sign (below the forecast below zero, as the charts draw
// it): the section of f that shows its magnitude, after lead (a hedge:
// "almost "), and then what it is set against by the cell's sign
// (indicators.AgainstWords): `0.0
// "billion above the forecast";0.0 "billion below the forecast";0.0
// "billion below the forecast"` for a figure of direction d = Down, whose
// zero says d's phrase. Never "down", which reads as a fall from the
// period before (fixN).
func againstFormat(f, lead string, versus string, d indicators.Direction, one bool) string {
	sec := magnitudeSection(f, one)
	with := func(p string) string { return leadSections(sec, quote(lead)) + quote(" "+p) }
	return with(indicators.AgainstWords(versus, indicators.Up)) + ";" + with(indicators.AgainstWords(versus, indicators.Down)) + ";" + with(indicators.AgainstWords(versus, d))
}
