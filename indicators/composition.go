package indicators

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// Parts is what PartsOfWhole finds of figures drawn as the parts of one
// whole.
type Parts struct {
	// Derived is set for derived shares of one whole (formula: share, the
	// same second input for each); else the parts are stated shares.
	Derived bool
	// Whole is the derived shares' second input; empty for stated shares.
	Whole string
	// Low is the sum of the parts' low ends, each no lower than zero: of a
	// stated share its figure's (Quantity.Ends), of a derived share what
	// its inputs allow (Result.Interval).
	Low float64
	// Complete is set for derived shares, each bounded and of figures
	// stated without a range, whose first inputs sum to the whole (1, 1
	// and 1 of 3): the parts are the whole, with no rest to draw.
	Complete bool
	// Rounded is set where the parts fall short of the whole by no more
	// than their rounding: the sum of their high ends (a stated share's
	// figure plus half a unit of its last digit, or its hedge's high end;
	// a derived share's Result.Interval, its inputs' rounding carried
	// through) reaches 100 percent. What they lack is rounding, no part
	// the document leaves unstated: "76%", "21%" and "2%" are 99 (s18k-
	// children), HK$8.0, 4.1 and 11.8 billion of HK$24.0 billion are 99.6
	// percent (s18k-construction). Every output draws what they lack
	// apart, as "Not stated or rounding" (report's wording.RestName),
	// never stretching the parts over it.
	Rounded bool
}

// Rest reports whether the parts leave a rest of the whole to draw and
// name ("Other, not stated"): they are neither the whole (Complete) nor
// short of it by their rounding alone (Rounded). Every output asks it, so
// that a chart and the book's doughnut beside it agree.
func (p Parts) Rest() bool { return !p.Complete && !p.Rounded }

// A PartsError says why figures are not the parts of one whole. Its
// Error is the problem as a clause that follows "…draws the parts of one
// whole, and ": verify and the charts say it with what they check.
type PartsError struct {
	// NotShare is set where the figure NotShare is neither a stated share
	// nor a derived one, beside no derived share: what to write instead
	// depends on the view (verify's partsAdvice), so Problem is without it.
	NotShare string
	Problem  string
}

// Error returns the problem: "%q is of another period or place than %q:
// list the shares of one whole, or write kind: bars".
func (e *PartsError) Error() string { return e.Problem }

// PartsOfWhole is the one composition rule for figures drawn as the parts
// of one whole (a part_of_whole view of more than one figure), which
// verify applies to a catalog and the charts to what they draw. The
// figures ids are either
//
//   - stated shares (measure: share) of one period and the same entities,
//     whose low ends sum to at most 100 percent, allowing the half a
//     point each part may have been rounded by ("47+19+2+14+11+6" is 99,
//     the rest not stated); or
//   - derived shares (formula: share) of one whole, the same second input
//     for each, of one period (Result.Period, which spans the inputs':
//     parts of 2019 and 2023 over a 2023 whole are refused), the lowest
//     values their inputs allow, each at least zero, summing to at most
//     100 percent. A part that cannot be bounded adds zero, and the others
//     are still checked.
//
// An ID that is neither an indicator nor a derived indicator is passed
// over (verify reports it where it checks the view's IDs); a derived
// share whose formula has no value adds nothing (reported at the figure).
// The error, when not nil, is a *PartsError.
func (c *Catalog) PartsOfWhole(ids []string) (Parts, error) {
	stated, derived := "", ""
	for _, id := range ids {
		if _, ok := c.DerivedIndicator(id); ok && derived == "" {
			derived = id
		} else if ind, ok := c.Indicator(id); ok && ind.Measure == Share && stated == "" {
			stated = id
		}
	}
	switch {
	case stated != "" && derived != "":
		return Parts{}, &PartsError{Problem: fmt.Sprintf("lists the stated share %q beside the derived share %q: list stated shares only, or derived shares of one whole only (formula: share, the whole as each one's second input)", stated, derived)}
	case derived != "":
		return c.derivedParts(ids)
	}
	var first *Indicator
	var p Parts
	high := 0.0
	for _, id := range ids {
		ind, ok := c.Indicator(id)
		if !ok {
			continue
		}
		if ind.Measure != Share {
			return Parts{}, &PartsError{NotShare: id, Problem: fmt.Sprintf("%q is no share", id)}
		}
		if first == nil {
			first = ind
		} else if ind.Period != first.Period {
			return Parts{}, otherPeriod(id, first.ID)
		} else if !slices.Equal(ind.Entities, first.Entities) && !placesOfOneWhole(first.Title, ind.Title) {
			e := otherPeriod(id, first.ID)
			e.Problem += ` (parts that are places of one whole each name their place before the same whole: "the north's share of all flights", "the south's share of all flights")`
			return Parts{}, e
		}
		lo, _ := ind.Quantity.Ends()
		p.Low += max(lo, 0)
		high += ind.Quantity.IntervalFor(ind.Unit).Hi + writtenHalfWidth(ind, false)
	}
	p.Rounded = high >= 100*(1-1e-9)
	if p.Low > 100+0.5*float64(len(ids)) {
		return Parts{}, &PartsError{Problem: fmt.Sprintf("its %d shares sum to %s percent, more than the whole: list the shares of one whole, or write kind: bars", len(ids), strconv.FormatFloat(p.Low, 'f', -1, 64))}
	}
	return p, nil
}

// placesOfOneWhole reports whether two titles of shares in other places
// name one whole split by place: each names its part, then the same
// "share of …" ("Dublin Airport's share of flights handled by the five
// main airports", "Cork Airport's share of …", s33d-airports). A share
// whose place stands after its whole ("Share of adults who smoke,
// Scotland") is of that place's own whole, and is no part of another's.
func placesOfOneWhole(a, b string) bool {
	la, lb := lowerASCII(foldString(a)), lowerASCII(foldString(b))
	i, j := strings.Index(la, "share of "), strings.Index(lb, "share of ")
	if i <= 0 || j <= 0 {
		return false
	}
	return strings.TrimSpace(la[:i]) != strings.TrimSpace(lb[:j]) && la[i:] == lb[j:]
}

func otherPeriod(id, first string) *PartsError {
	return &PartsError{Problem: fmt.Sprintf("%q is of another period or place than %q: list the shares of one whole, or write kind: bars", id, first)}
}

// derivedParts is PartsOfWhole of derived figures.
func (c *Catalog) derivedParts(ids []string) (Parts, error) {
	p := Parts{Derived: true}
	firstID, period, periodID := "", Period{}, ""
	sum, high, complete := 0.0, 0.0, true
	for _, id := range ids {
		d, ok := c.DerivedIndicator(id)
		if !ok || d.Op != ShareOf || len(d.Inputs) != 2 {
			return Parts{}, &PartsError{Problem: fmt.Sprintf("%q is no derived share: list derived shares of one whole only (formula: share, the whole as each one's second input), or write kind: bars", id)}
		}
		if p.Whole == "" {
			p.Whole, firstID = d.Inputs[1], id
		} else if d.Inputs[1] != p.Whole {
			return Parts{}, &PartsError{Problem: fmt.Sprintf("%q is a share of %q but %q of %q: make each a share of the one whole (inputs: [%s, %s]), or write kind: bars", firstID, p.Whole, id, d.Inputs[1], d.Inputs[0], p.Whole)}
		}
		r, err := c.Compute(id)
		if err != nil {
			complete = false
			continue // reported at the derived figure
		}
		if periodID == "" {
			period, periodID = r.Period, id
		} else if r.Period != period {
			return Parts{}, otherPeriod(id, periodID)
		}
		if lo := r.Interval.Lo; lo > 0 {
			p.Low += lo // an unbounded part, or one open below, adds zero
		}
		complete = complete && r.Bounded && r.Lo == r.Hi
		sum += r.Lo
		high += r.Interval.Hi
	}
	p.Rounded = high >= 100*(1-1e-9)
	if p.Low > 100*(1+1e-9) {
		return Parts{}, &PartsError{Problem: fmt.Sprintf("its %d shares of %q sum to at least %s percent, more than the whole: list parts of %q that do not overlap, or write kind: bars", len(ids), p.Whole, strconv.FormatFloat(p.Low, 'f', 1, 64), p.Whole)}
	}
	p.Complete = complete && math.Abs(sum-100) <= 1e-9*100
	return p, nil
}
