package wording

import "github.com/claimbook/claimbook/indicators"

// SmallWhole is the one rule of a derived share of a small whole, read by
// the slide's notes, the deck and the book's Derived sheet: a share of
// one count in another stated exactly, whose whole is fewer than 100, is
// said with its counts, "61.1% is 33 of 54 schools", since a percent of
// so few reads as a share of a large population and gives no hint that
// one more would move it by more than a point (out45). It returns the
// counts, "33 of 54 schools"; "" for any other derived figure.
func SmallWhole(c *indicators.Catalog, d *indicators.Derived) string {
	if d == nil || d.Op != indicators.ShareOf || len(d.Inputs) != 2 {
		return ""
	}
	part, ok1 := c.Indicator(d.Inputs[0])
	whole, ok2 := c.Indicator(d.Inputs[1])
	if !ok1 || !ok2 || part.Unit != whole.Unit || part.Unit.Kind != indicators.Count && part.Unit.Kind != indicators.NoUnit {
		return ""
	}
	pq, wq := part.Quantity, whole.Quantity
	if pq.Qualifier != indicators.Exact || wq.Qualifier != indicators.Exact || pq.Scale != indicators.NoScale || wq.Scale != indicators.NoScale {
		return ""
	}
	pv, wv := pq.Value.Float64(), wq.Value.Float64()
	if wv <= 0 || wv >= 100 || pv < 0 || pv > wv {
		return ""
	}
	return Thousands(pv) + " of " + indicators.Format(wq, whole.Unit, indicators.Style{})
}
