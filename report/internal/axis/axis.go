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

// WidenFill is the least part of a value axis below zero that its falls
// fill where the axis widens below zero, by whole ticks, to hold a fall's
// label left of its bar: past it the label goes across zero, beside the
// bar's zero end, and the axis keeps the ends Range gives it, the data's
// extent (s20n-population: −15.4 on an axis to −25 for its label, a
// third of the chart empty). The slide's chart and the book's native
// chart of one view widen alike.
const WidenFill = 2.0 / 3

// Ticks is about how many ticks a value axis has from 0 up.
const Ticks = 5

// Range returns the ends and step of a value axis of figures from lo to
// hi, lo ≤ 0 ≤ hi (a bar starts at 0), the one rule of a slide's chart
// and of the book's native chart of the same view: ends on ticks of one
// round step (NiceStep), about Ticks of them, or a finer step, up to
// seven ticks, where it ends the axis nearer the figures: €2,500 million
// for a highest €2,037 million, not €3,000 million (s15-visitors); −2%
// for a lowest −1% beside a highest 10%, not −5%. Below zero, where the
// lowest figure is a small part of the step, a finer step still, up to
// nine ticks: −2.5 for a lowest −0.5 beside 16.5, not −5 (s15-gdp). A
// lowest figure below zero never ends the axis: its bar would touch the
// plot's edge (s15-deaths' −25 on an axis from −25); the axis goes a
// step further.
func Range(lo, hi float64) (min, max, step float64) {
	if hi == lo {
		hi = lo + 1
	}
	ends := func(step float64) (float64, float64) {
		min, max := math.Floor(lo/step+1e-9)*step, math.Ceil(hi/step-1e-9)*step
		if lo < 0 && min >= lo-1e-9*step {
			min -= step
		}
		if min == 0 {
			min = 0 // not −0
		}
		if max == 0 {
			max = 0
		}
		return min, max
	}
	step = NiceStep((hi - lo) / (Ticks - 1))
	min, max = ends(step)
	finer := []float64{NiceStep((hi - lo) / 6)}
	if lo < 0 && -lo < step/4 {
		finer = append(finer, NiceStep((hi-lo)/8))
	}
	for _, fine := range finer {
		// A finer step is taken where it shortens the axis, and, where it
		// lowers the top end, leaves the highest figure room below it (2%
		// of the axis): 119.3 on an axis to 150, not to 120.
		if fmin, fmax := ends(fine); fmax-fmin < max-min-1e-9*(max-min) && (fmax >= max || fmax-hi >= 0.02*(fmax-fmin)) {
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

// IndexRange returns the ends and step of the value axis of a series of
// index levels from lo to hi, read against their reference, 100: an axis
// about the figures and 100, with room for the labels over the highest
// point and under the lowest (Range of them widened by a twelfth), never
// from 0, where levels of 98.4 to 103.5 drew one flat line across an
// axis to 150 (out45). The slide's line chart and the book's native
// chart of the series read it alike; the slide draws a line at 100.
func IndexRange(lo, hi float64) (min, max, step float64) {
	lo, hi = math.Min(lo, 100), math.Max(hi, 100)
	pad := (hi - lo) / 12
	if pad == 0 {
		pad = 1
	}
	return Range(lo-pad, hi+pad)
}

// SeriesRange returns the ends and step of the value axis of a series
// chart over figures from lo to hi, lo ≤ 0 ≤ hi, the one rule of a
// slide's line chart (report/chart) and of the book's native chart of the
// same series (report/xlsx): the top is the first tick, of about Ticks
// from lo, at or above hi and a twelfth more, headroom for the labels
// over the highest point; a lowest figure below zero leaves room under it
// for its label too, down to a tick of the step the axis keeps. Fire
// incidents to 592,996 end at 800,000 in steps of 200,000 on both
// (s16g-fire, where the book's own scaling ended at 700,000).
func SeriesRange(lo, hi float64) (min, max, step float64) {
	top := hi + (hi-lo)*0.08
	step = NiceStep((top - lo) / (Ticks - 1))
	max = math.Ceil(top/step-1e-9) * step
	min = lo
	step = NiceStep((max - lo) / (Ticks - 1))
	if lo < 0 {
		min = math.Floor(lo/step-0.15) * step
	}
	if min == 0 {
		min = 0 // not −0
	}
	return min, max, step
}

// Exact returns v, a round tick multiplied out (−3 × 0.002, −0.6 × 0.01),
// with the binary noise of the product taken off: to 12 significant
// digits, far finer than any tick. A spreadsheet client steps its ticks
// from the axis's written ends, so an end written −0.006000000000000001
// drew a zero tick of "−0.0%" (s34e-jobs); the ends and step the book
// writes pass through it.
func Exact(v float64) float64 {
	if v == 0 {
		return 0 // never −0
	}
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return v
	}
	e := math.Floor(math.Log10(math.Abs(v)))
	k := math.Pow(10, 11-e)
	if r := math.Round(v*k) / k; !math.IsInf(r, 0) && !math.IsNaN(r) {
		v = r
	}
	if v == 0 {
		return 0
	}
	return v
}
