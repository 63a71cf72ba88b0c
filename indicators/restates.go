package indicators

import "math"

// Restating returns the indicators that state, in the document's own
// words, the figure the derived indicator id computes: each is no input
// of it, is quoted in one sentence with every one of its inputs (its
// quote's span holds theirs, in the same source), is in a unit the
// result can be said in (a ratio in times or percent either way, any
// other in the result's own kind) and says a figure the inputs allow
// (its interval, widened by its rounding where it has no hedge, meets
// the result's). "Median weekly earnings of nonunion workers ($802)
// were 80 percent of earnings for workers who were union members
// ($1,004)" restates the ratio 802/1,004 (0.80 times); "a union
// membership rate (34.4 percent) more than five times higher than that
// of private-sector workers (6.4 percent)" the ratio 5.4 times
// (s23q-unions). Outputs print the document's words beside the derived
// figure, so that a reader sees which claim it checks. It returns nil
// for an unknown id, a formula of no value or inputs that are derived.
func (c *Catalog) Restating(id string) []*Indicator {
	var d *Derived
	for i := range c.Derived {
		if c.Derived[i].ID == id {
			d = &c.Derived[i]
		}
	}
	if d == nil {
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
		if isInput(d, x.ID) || !quotedWith(x, inputs) {
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
		lo, hi := iv.Lo*scale, iv.Hi*scale
		if lo <= r.Interval.Hi && r.Interval.Lo <= hi && !math.IsNaN(lo+hi) {
			out = append(out, x)
		}
	}
	return out
}

// isInput reports whether id is an input of d.
func isInput(d *Derived, id string) bool {
	for _, in := range d.Inputs {
		if in == id {
			return true
		}
	}
	return false
}

// quotedWith reports whether a quote of x holds a quote of each of
// inputs: its span, in the same source, holds theirs.
func quotedWith(x *Indicator, inputs []*Indicator) bool {
	for _, p := range x.Provenance {
		all := true
		for _, in := range inputs {
			held := false
			for _, q := range in.Provenance {
				held = held || q.Source == p.Source && q.Span.Start >= p.Span.Start && q.Span.End <= p.Span.End && p.Span.End > p.Span.Start
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
