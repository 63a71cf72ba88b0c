package indicators

import (
	"math"
	"slices"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Restating returns the indicators that state, in the document's own
// words, the figure the derived indicator id computes: each is no input
// of it, is quoted in one sentence with every one of its inputs (in the
// same source, quotedWith), is of the result's
// period (and base, where it states one) and of an input's entities, or
// states none, is a share where the formula is one, is in a unit the
// result can be said in (a ratio in times or percent either way, any
// other in the result's own kind) and says a figure the inputs allow:
// its interval, widened by its rounding where it has no hedge and signed
// as it is stored (a fall below zero), meets the result's. "Median
// weekly earnings of nonunion workers ($802) were 80 percent of earnings
// for workers who were union members ($1,004)" restates the ratio
// 802/1,004 (0.80 times); "a union membership rate (34.4 percent) more
// than five times higher than that of private-sector workers (6.4
// percent)" the ratio 5.4 times (s23q-unions); "fell $20 billion" the
// difference 2015 less 2014, never 2014 less 2015. Outputs print the
// document's words beside the derived figure, so that a reader sees
// which claim it checks. A balance (lexicon.BalanceNouns: "A visible
// trade deficit of $56.3 billion") restates a difference of the same
// source wherever it is quoted, in either sign, since a document says a
// balance by its noun and not its sign: "deficit" is exports less imports
// below zero (s34e-trade). It returns nil for an unknown id, a formula of
// no value or inputs that are derived.
func (c *Catalog) Restating(id string) []*Indicator {
	d, ok := c.DerivedIndicator(id)
	if !ok {
		return nil
	}
	r, err := c.Compute(id)
	if err != nil || !r.Bounded {
		return nil
	}
	var inputs []*Indicator
	for _, in := range d.Inputs {
		ind, ok := c.Indicator(in)
		if !ok || len(ind.Provenance) == 0 {
			return nil
		}
		inputs = append(inputs, ind)
	}
	var out []*Indicator
	for i := range c.Indicators {
		x := &c.Indicators[i]
		balance := d.Op == Difference && isBalance(x) && c.sameSource(x, inputs)
		if slices.Contains(d.Inputs, x.ID) || !balance && !c.quotedWith(x, inputs) || !restatesOf(x, r, d.Op, inputs) {
			continue
		}
		scale, ok := restatedScale(r.Unit, x.Unit)
		if !ok {
			continue
		}
		iv := x.Quantity.Interval()
		if x.Quantity.Qualifier == Exact {
			h := x.Quantity.Value.roundingHalfWidth()
			iv.Lo, iv.Hi = iv.Lo-h, iv.Hi+h
		}
		if x.Quantity.HeldBelowZero(x.Unit) {
			iv.Lo, iv.Hi = -iv.Hi, -iv.Lo // the stored sign (storedAs) of every figure the words allow
		}
		lo, hi := iv.Lo*scale, iv.Hi*scale
		if balance && r.Interval.Hi < 0 && lo >= 0 {
			lo, hi = -hi, -lo // a deficit of $56.3 billion is exports less imports, −56.3 billion
		}
		if lo <= r.Interval.Hi && r.Interval.Lo <= hi && !math.IsNaN(lo+hi) {
			out = append(out, x)
		}
	}
	return closestTitles(out, inputs)
}

// closestTitles keeps, of several stated figures that restate one derived
// figure, those whose titles share the most words with its inputs'
// titles, function words aside: of "The council tax requirement … is
// £29.6 billion, of which £538 million (1.8%) will be raised through the
// adult social care precept, and £518 million (1.8%) … through parish
// precepts", the share of £538 million in £29.6 billion restates the
// adult social care precept's 1.8%, never the parish precepts' equal one
// (s27x-counciltax). A tie keeps all.
func closestTitles(out, inputs []*Indicator) []*Indicator {
	if len(out) < 2 {
		return out
	}
	named := map[string]bool{}
	for _, in := range inputs {
		for _, w := range quoteWords(in.Title) {
			named[w] = !functionWord(w)
		}
	}
	shared := func(x *Indicator) int {
		n := 0
		for _, w := range quoteWords(x.Title) {
			if named[w] {
				n++
			}
		}
		return n
	}
	most := 0
	for _, x := range out {
		most = max(most, shared(x))
	}
	return slices.DeleteFunc(out, func(x *Indicator) bool { return shared(x) < most })
}

// restatesOf reports whether x, a stated figure, can be the result r of
// formula op of inputs: of r's period and base, of an input's entities,
// a share for a share, each where x states it.
func restatesOf(x *Indicator, r Result, op Op, inputs []*Indicator) bool {
	if x.Period.IsStated() && x.Period != r.Period || x.Base.IsStated() && x.Base != r.Base || op == ShareOf && x.Measure != Share {
		return false
	}
	return len(x.Entities) == 0 || slices.ContainsFunc(inputs, func(in *Indicator) bool { return slices.Equal(in.Entities, x.Entities) })
}

// quotedWith reports whether a quote of x and a quote of each of inputs
// are of one sentence of one source (SameSentence), or x's quote's span
// holds theirs: "a 3.49% increase of £324 million from £9.28 billion" and
// its inputs quoted as the sentence's clauses (s28y-prescriptions).
func (c *Catalog) quotedWith(x *Indicator, inputs []*Indicator) bool {
	for _, p := range x.Provenance {
		text := ""
		if src, ok := c.Source(p.Source); ok {
			text = src.Text
		}
		all := true
		for _, in := range inputs {
			held := false
			for _, q := range in.Provenance {
				held = held || q.Source == p.Source && p.Span.End > p.Span.Start &&
					(q.Span.Start >= p.Span.Start && q.Span.End <= p.Span.End || SameSentence(text, p.Span, q.Span))
			}
			all = all && held
		}
		if all {
			return true
		}
	}
	return false
}

// restatedScale returns what a figure in unit stated is multiplied by to
// be in unit result, the unit of a derived figure, and whether it can be:
// a ratio is said in times or in percent (0.80 times is 80 percent), any
// other figure in its own kind of unit.
func restatedScale(result, stated Unit) (float64, bool) {
	ratio := func(u Unit) bool { return (u.Kind == Times || u.Kind == Percent) && u.Per == "" }
	switch {
	case ratio(result) && ratio(stated):
		switch {
		case result.Kind == stated.Kind:
			return 1, true
		case result.Kind == Times:
			return 0.01, true
		}
		return 100, true
	case result == stated:
		return 1, true
	}
	return 0, false
}

// isBalance reports whether x's title names a balance (lexicon.BalanceNouns):
// "Visible trade deficit", "Current account surplus".
func isBalance(x *Indicator) bool {
	for _, w := range quoteWords(x.Title) {
		if lexicon.BalanceNouns[w] {
			return true
		}
	}
	return false
}

// sameSource reports whether x and every one of inputs are quoted from one
// source.
func (c *Catalog) sameSource(x *Indicator, inputs []*Indicator) bool {
	for _, p := range x.Provenance {
		all := true
		for _, in := range inputs {
			all = all && slices.ContainsFunc(in.Provenance, func(q Provenance) bool { return q.Source == p.Source })
		}
		if all {
			return true
		}
	}
	return false
}
