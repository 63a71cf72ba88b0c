package indicators

import (
	"fmt"
	"math"
	"slices"
	"strings"
)

// This file holds the one table of what unit a derived formula gives for
// the units of its inputs.
//
//	formula     inputs                          result
//	sum         u + u                           u (percent + percent is percent: shares of one whole add)
//	difference  u − u                           u, but percent − percent is percentage_point
//	                                            (7.0% − 4.0% is 3 percentage points, not 3%)
//	ratio       u / u                           times
//	            percent / percentage_point      times (both are points of a percentage)
//	            money, count or measure / count a rate: "EUR per trip" (€1,551 million / 2.771 million trips),
//	                                            "pupil per teacher" (8,000 pupils / 500 teachers)
//	share       u / u, count / count            percent
//	            percentage_point / percent      percent ("0.5 percentage points of 1.1% growth"; not
//	                                            percent of points: 1.1% of 0.5 points is no 220%)
//
// Anything else has no unit, and Compute refuses it saying what to write.

// derivedUnit returns the unit of op over inputs in units a and b (for a
// sum or difference, the first input and another), by the table above;
// ok is false where the table gives none.
func derivedUnit(op Op, a, b Unit) (Unit, bool) {
	points := func(u Unit) bool { return u.Per == "" && (u.Kind == Percent || u.Kind == PercentagePoint) }
	switch op {
	case Sum, Difference:
		if !sameRate(a, b) {
			return Unit{}, false
		}
		if op == Difference && a == PercentUnit {
			return PercentagePointUnit, true // the gap between two percentages is in points
		}
		return a, true
	case Ratio, ShareOf:
		result := TimesUnit
		if op == ShareOf {
			result = PercentUnit
		}
		counts := a.Kind == Count && b.Kind == Count && a.Per == "" && b.Per == ""
		// A share in points is of a percentage ("0.5 percentage points of
		// 1.1% growth"); a percentage of points is none (1.1% of 0.5
		// points would read as 220 percent).
		pointsOfPercent := a.Per == "" && b.Per == "" && a.Kind == PercentagePoint && b.Kind == Percent
		if sameRate(a, b) || op == ShareOf && (counts || pointsOfPercent) || op == Ratio && points(a) && points(b) {
			return result, true
		}
		if op == Ratio && a.Per == "" && b.Kind == Count && b.Per == "" && (a.Kind == Money || a.Kind == Count || a.Kind == Measure) {
			r := a
			r.Per = b.Name // "EUR per trip"
			if checkPer(r.Per) == nil {
				return r, true
			}
		}
	}
	return Unit{}, false
}

// unitMismatch says why op has no unit for inputs a and b, naming them,
// and what to write.
func unitMismatch(op Op, a, b operand) string {
	for _, o := range []operand{b, a} {
		other := a
		if o.id == a.id {
			other = b
		}
		if o.u.IsZero() && !other.u.IsZero() && op == Ratio && (other.u.Kind == Money || other.u.Kind == Measure) {
			// "$5 million" and "2 thousand": the count is of its own
			// thing, not of dollars.
			own := "the thing it counts, such as trip"
			if head, _, _, ok := nounPhrase(o.q.Noun); o.q.Noun != "" && ok {
				own = CountOf(head).String()
			}
			return fmt.Sprintf("ratio of %q (%s) and %q, which has no unit: give %q the unit of what it counts at its own entry (unit: %s); an amount per count is a rate, such as %s per trip",
				other.id, unitWord(other.u), o.id, o.id, own, other.u)
		}
		if o.u.IsZero() && !other.u.IsZero() {
			if own := quotedNoun(o); own != "" {
				// "713 million" of "713 million hours" beside 5.2 million
				// people: hours per person, not persons (s22p-volunteer).
				return fmt.Sprintf("%s of %q (%s) and %q, which has no unit: give %q the unit of what it counts at its own entry (unit: %s, as its quote counts)",
					op, other.id, unitWord(other.u), o.id, o.id, own)
			}
			if op == Ratio {
				return fmt.Sprintf("%s of %q (%s) and %q, which has no unit: give %q the unit of what it counts at its own entry (the noun its quote counts; the two figures of a ratio may count different things)",
					op, other.id, unitWord(other.u), o.id, o.id)
			}
			return fmt.Sprintf("%s of %q (%s) and %q, which has no unit: give %q the unit of what it counts at its own entry (unit: %s, if it counts the same thing)",
				op, other.id, unitWord(other.u), o.id, o.id, other.u)
		}
	}
	switch op {
	case Sum, Difference:
		if a.u.Kind == Count && b.u.Kind == Count && a.u.Per == "" && b.u.Per == "" {
			for _, o := range [][2]operand{{a, b}, {b, a}} {
				short, long := o[0], o[1]
				if strings.HasSuffix(long.u.Name, " "+short.u.Name) && Singular(lowerASCII(short.q.Noun)) == long.u.Name {
					// "18,484 gaming machines" read as machine beside
					// unit: gaming machine (s20n-gambling): its own words
					// write the longer unit.
					return fmt.Sprintf("%s of figures in different units: %q is in %s and %q in %s; give %q unit: %s, which its stated words write (%q)",
						op, a.id, unitWord(a.u), b.id, unitWord(b.u), short.id, long.u, short.q.Noun)
				}
			}
			// Registrations less de-registrations (s18k-children): two
			// nouns for moves of one thing, which a net figure counts.
			return fmt.Sprintf("%s of figures in different units: %q is in %s and %q in %s; a %s adds only figures in one unit: where both count one thing (registrations and de-registrations both count children entering and leaving a register), give both that unit (stated: the figure alone, unit: child, for one) and keep what each counts in its title; otherwise leave the derived figure out",
				op, a.id, unitWord(a.u), b.id, unitWord(b.u), op)
		}
		return fmt.Sprintf("%s of figures in different units: %q is in %s and %q in %s; a %s adds only figures in one unit", op, a.id, unitWord(a.u), b.id, unitWord(b.u), op)
	case ShareOf:
		if a.u.Per == "" && b.u.Kind == Count && b.u.Per == "" && (a.u.Kind == Money || a.u.Kind == Measure) {
			return fmt.Sprintf("share of %q (%s) in %q (%s): a share is of a whole in the same unit; for %s per %s write formula: ratio", a.id, unitWord(a.u), b.id, unitWord(b.u), unitWord(a.u), b.u.Name)
		}
	}
	return fmt.Sprintf("%s of %q (%s) and %q (%s), which are in different units: a %s divides figures in one unit (or an amount by a count, formula: ratio, which gives a rate such as EUR per trip)", op, a.id, unitWord(a.u), b.id, unitWord(b.u), op)
}

// quotedNoun returns the counted noun, in the singular, that the quote of
// o, a figure with no unit, writes right after it ("hour" of "713
// million hours"), or "".
func quotedNoun(o operand) string {
	if o.ind == nil || o.ind.Stated == "" {
		return ""
	}
	for _, p := range o.ind.Provenance {
		if w := nounAfterFigure(foldString(p.Quote), foldString(o.ind.Stated)); w != "" {
			return Singular(lowerASCII(w))
		}
	}
	return ""
}

// shareNotices gives a notice at each derived share whose part and whole
// are counts of different things ("464 delays" over "777 people",
// s31b-beds): the table above divides any two counts, and a share of
// delays in people reads as the part of the people who were delayed. A
// part whose unit ends in the whole's ("unoccupied dwelling" of
// "dwelling") is of one thing; a description saying why the part is of
// that whole ("one delay per person") clears it.
func (c *Catalog) shareNotices() ErrorList {
	var l ErrorList
	for _, dv := range c.Derived {
		if dv.Op != ShareOf || len(dv.Inputs) != 2 || dv.Description != "" {
			continue
		}
		part, ok1 := c.Indicator(dv.Inputs[0])
		whole, ok2 := c.Indicator(dv.Inputs[1])
		if !ok1 || !ok2 || part.Unit.Kind != Count || whole.Unit.Kind != Count || part.Unit.Per != "" || whole.Unit.Per != "" ||
			part.Unit.Name == whole.Unit.Name || strings.HasSuffix(part.Unit.Name, " "+whole.Unit.Name) {
			continue
		}
		c.addNear(&l, "derived/"+dv.ID+"/inputs", fmt.Sprintf("derived %q", dv.ID), ErrValue,
			fmt.Sprintf("derived %q is a share of %q (%s) in %q (%s), which count different things: a share's part and whole count one thing: give both one unit where they do, write formula: ratio for %s per %s, or say in description why the part is of that whole",
				dv.ID, part.ID, Plural(part.Unit.Name), whole.ID, Plural(whole.Unit.Name), Plural(part.Unit.Name), whole.Unit.Name))
	}
	return l
}

// statedTotalNotices gives a notice, of kind ErrValue, at each derived
// sum a view draws whose value an indicator of the catalog states, of its
// unit and period and not among its inputs ("1,025 registrations in all"
// beside the sum of its 600 and 425): the document's own total is the
// figure to show, stated as the document words it, and the sum only
// checks it (a sum no view draws is such a check, and takes none). A
// stated figure agrees where its written interval (the half unit of its
// last digit, its hedge) holds the sum and is within a hundredth of it,
// so that a coarse "about 1,000" agrees with no sum by chance.
func (c *Catalog) statedTotalNotices() ErrorList {
	var l ErrorList
	for _, dv := range c.Derived {
		view := ""
		for _, vw := range c.Views {
			if slices.Contains(vw.Indicators, dv.ID) {
				view = vw.ID
				break
			}
		}
		if dv.Op != Sum || view == "" {
			continue
		}
		r, err := c.Compute(dv.ID)
		if err != nil || !r.Bounded || r.Lo != r.Hi || r.Lo == 0 || !r.Period.IsStated() {
			continue
		}
		for i := range c.Indicators {
			ind := &c.Indicators[i]
			if slices.Contains(dv.Inputs, ind.ID) || ind.Unit != r.Unit || !ind.Period.Same(r.Period) || ind.Measure == Change || ind.Measure == Share {
				continue
			}
			iv := ind.Quantity.IntervalFor(ind.Unit)
			if !iv.Contains(r.Lo) || iv.Hi-iv.Lo > math.Abs(r.Lo)/100 {
				continue
			}
			c.addNear(&l, "derived/"+dv.ID+"/inputs", fmt.Sprintf("derived %q", dv.ID), ErrValue,
				fmt.Sprintf("view %q draws derived %q, a sum that %q states, %q: the document's own total is the figure to show: draw %q in its place (the sum may stay, to check it, in no view)", view, dv.ID, ind.ID, ind.Stated, ind.ID))
			break
		}
	}
	return l
}
