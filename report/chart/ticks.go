package chart

import (
	"math"
	"strconv"

	"github.com/claimbook/claimbook/report/internal/axis"
	"gonum.org/v1/plot"
)

// Ticks is a plot.Ticker for slides: a few major ticks at round steps (1,
// 2, 2.5 or 5 times a power of ten), no minor ticks, each labelled by
// Format. It aims at Count labels, 5 if zero.
type Ticks struct {
	Count  int
	Format func(v float64) string
	// Last, if set, labels the last tick instead of Format, so that a
	// scale word is written once: "$0 … $300 $400 billion".
	Last func(v float64) string
	// Step, if set, is the step between ticks, in place of the one Count
	// gives: an axis whose ends were put on ticks of a step keeps them.
	Step float64
}

var _ plot.Ticker = Ticks{}

// Ticks implements plot.Ticker.
func (t Ticks) Ticks(lo, hi float64) []plot.Tick {
	n := t.Count
	if n <= 0 {
		n = 5
	}
	if !(hi > lo) || math.IsInf(lo, 0) || math.IsInf(hi, 0) {
		return nil
	}
	step := axis.NiceStep((hi - lo) / float64(n-1))
	if t.Step > 0 {
		step = t.Step
	}
	var ticks []plot.Tick
	first := math.Ceil(lo/step-1e-9) * step
	for i := 0; ; i++ {
		v := first + float64(i)*step
		if v > hi+step*1e-9 {
			break
		}
		v = roundTo(v, step)
		label := strconv.FormatFloat(v, 'f', -1, 64)
		if t.Format != nil {
			label = t.Format(v)
		}
		ticks = append(ticks, plot.Tick{Value: v, Label: label})
	}
	if t.Last != nil && len(ticks) > 0 {
		ticks[len(ticks)-1].Label = t.Last(ticks[len(ticks)-1].Value)
	}
	return ticks
}

// roundTo removes floating-point noise from v, a multiple of step.
func roundTo(v, step float64) float64 {
	digits := max(0, -int(math.Floor(math.Log10(step)))+2)
	s := strconv.FormatFloat(v, 'f', digits, 64)
	r, _ := strconv.ParseFloat(s, 64)
	if r == 0 {
		return 0 // no "-0"
	}
	return r
}
