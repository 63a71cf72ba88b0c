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

// cellDiv returns what one unit of the value axis's scale is as the chart
// data hold it: a million for figures in millions, a hundredth for
// percents held as fractions (fraction), else 1.
func cellDiv(sc indicators.Scale, fraction bool) float64 {
	if fraction {
		return 0.01
	}
	return math.Pow(10, float64(sc.Exp()))
}

// axisFor returns the value axis of the bars items, whose figures are
// held as multiples of div (cellDiv); share marks a view of shares in
// percent. Its decimals are of the axis's scale: of the percent, for
// fractions.
func axisFor(items []chartItem, div float64, share bool) valueAxis {
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

// widenForFalls lowers the value axis of cd, by whole steps of its own or
// a finer one where the ticks stay few, at most three times, until the
// data label of every fall that its bar cannot hold (insideLabels) fits
// left of the bar within the axis, as the slide beside it widens its own
// (report/chart's widen): a "down 6.1%" left of a bar on an axis from
// −10% printed over the bars' names (round F transport, whose slide's
// axis runs from −20%). It stops where the falls would fill less than a
// third of the axis below zero, as the slide does, which sets such a
// label across zero. Ranges and pies keep their axis.
func widenForFalls(cd *chartData, div float64) {
	if cd.pie || cd.anyRange {
		return
	}
	for round := range 3 {
		a := &cd.axis
		span := a.max - a.min
		if span <= 0 || a.step <= 0 {
			return
		}
		out, in, beside := false, false, false
		for _, it := range cd.items {
			if it.spanV >= 0 {
				continue
			}
			left := it.spanV-a.min >= fallLabelReach(it)*span/(chartWidth*plotShare)
			holds := -it.spanV >= labelNeed(it, span) && readableInside(it)
			out = out || !left && !holds
			in, beside = in || !left && holds && insideColor(it) == "FFFFFF", beside || left
		}
		// Nor does one fall's label go inside, white, beside falls
		// labelled outside in black, which read as emphasis: the axis
		// grows for it first, twice at most, as the slide's does
		// (s27x-hatecrime: "down 188" inside on −200 here, outside on
		// the slide's −250). One inside in the ink reads as the others.
		if !out && !(in && beside && round < 2) {
			return
		}
		next := a.step
		if fine := axis.NiceStep(a.step / 2); fine < a.step && span/fine < 9 {
			next = fine
		}
		lo, lowest := math.Floor((a.min-next)/next+1e-9)*next, 0.0
		for _, it := range cd.items {
			lowest = min(lowest, it.spanV)
		}
		if lowest > lo*axis.WidenFill {
			// The slide's rule: the axis grows below zero while the falls
			// fill axis.WidenFill of that part; past it the slide sets
			// the label across zero, and the axis keeps its ends.
			return
		}
		a.min = lo
		a.step = next
		a.max = math.Ceil(a.max/next-1e-9) * next
		for k := math.Pow(10, float64(a.decimals)); a.decimals < 10 && math.Abs(next/div*k-math.Round(next/div*k)) > 1e-6; k *= 10 {
			a.decimals++
		}
	}
}
