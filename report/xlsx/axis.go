package xlsx

import (
	"math"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
)

// A valueAxis is the value axis of a native bar chart, chosen as the
// slides choose theirs (report/chart): ends on round ticks, about five of
// them, and the decimals the step needs, so that ticks of 0.1% read
// "0.1%", never "0%" three times; a share's axis ends at 100%.
type valueAxis struct {
	min, max, step float64 // at full magnitude, as the chart data holds them
	decimals       int     // of the step, in the axis's scale
}

// axisFor returns the value axis of the bars items, whose figures are in
// scale sc; share marks a view of shares in percent.
func axisFor(items []chartItem, sc indicators.Scale, share bool) valueAxis {
	div := math.Pow(10, float64(sc.Exp()))
	lo, hi := 0.0, 0.0
	for _, it := range items {
		ends := []float64{it.spanV}
		if it.base != "" {
			ends = []float64{it.baseV, it.spanV}
			if !it.baseShown {
				ends[1] = it.baseV + it.spanV
			}
		}
		for _, e := range ends {
			lo, hi = math.Min(lo, e/div), math.Max(hi, e/div)
		}
	}
	// The slide's rule (report/chart), so that the native chart and the
	// image of the view beside it end alike.
	var a valueAxis
	a.min, a.max, a.step = axis.Range(lo, hi)
	step := a.step
	if share && hi <= 100 && lo >= 0 {
		a.max = math.Min(a.max, 100)
	}
	for a.decimals < 10 && math.Abs(step*math.Pow(10, float64(a.decimals))-math.Round(step*math.Pow(10, float64(a.decimals)))) > 1e-6 {
		a.decimals++
	}
	a.min, a.max, a.step = a.min*div, a.max*div, a.step*div
	return a
}
