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

// Ticks is about how many ticks a value axis has from 0 up.
const Ticks = 5

// Range returns the ends and step of a value axis of figures from lo to
// hi, lo ≤ 0 ≤ hi (a bar starts at 0), the one rule of a slide's chart
// and of the book's native chart of the same view: ends on ticks of one
// round step (NiceStep), about Ticks of them. Below zero a finer step,
// up to seven ticks, is taken where it ends the axis nearer the lowest
// figure: −2% for a lowest −1% beside a highest 10%, not −5%.
func Range(lo, hi float64) (min, max, step float64) {
	if hi == lo {
		hi = lo + 1
	}
	ends := func(step float64) (float64, float64) {
		min, max := math.Floor(lo/step+1e-9)*step, math.Ceil(hi/step-1e-9)*step
		if min == 0 {
			min = 0 // not −0
		}
		return min, max
	}
	step = NiceStep((hi - lo) / (Ticks - 1))
	min, max = ends(step)
	if lo < 0 {
		fine := NiceStep((hi - lo) / 6)
		if fmin, fmax := ends(fine); fmax-fmin < max-min-1e-9*(max-min) {
			min, max, step = fmin, fmax, fine
		}
	}
	return min, max, step
}

// FadeFrom returns where the faded end of a bar to hi starts, for a
// figure at most hi ("nearly", "under") whose wording allows values down
// to lo (−Inf where it says no low end), on an axis spanning span: over
// what the wording allows, but over at least 2% of the axis, so that the
// hedge is visible at slide distance (about 35 of 1,800 pixels), and
// never past zero. The slide's bar and the book's native chart of the
// same view fade alike. (At least 6% of the axis faded s14-crime's
// "almost 11 million" from 8.6 million on an axis to 40 million, though
// the words allow 10 to 11 million.)
func FadeFrom(hi, lo, span float64) float64 {
	from := hi - 0.02*span
	if !math.IsInf(lo, 0) && lo < from {
		from = lo
	}
	return math.Max(from, math.Min(0, hi))
}
