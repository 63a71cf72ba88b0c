// Package axis holds what the report packages share about a value axis:
// the round step of its ticks, so that a slide's chart (report/chart) and
// the book's native chart of the same view (report/xlsx) step alike.
package axis

import "math"

// NiceStep returns the round step nearest above raw: 1, 2, 2.5 or 5 times
// a power of ten; 1 for a raw step of 0 or less.
func NiceStep(raw float64) float64 {
	if raw <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 2.5, 5, 10} {
		if m*p >= raw*(1-1e-9) {
			return m * p
		}
	}
	return 10 * p
}
