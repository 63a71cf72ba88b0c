package chart

import (
	"math"
	"regexp"
	"strconv"
	"strings"

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
	sameDecimals(ticks)
	return ticks
}

// tickNumber is the figure of a tick's label: its first run of digits,
// with thousands commas and decimals.
var tickNumber = regexp.MustCompile(`[0-9][0-9,]*(\.[0-9]+)?`)

// sameDecimals writes the figures of an axis's labels to one precision,
// that of the finest: "−1.25%, −1.00%, −0.75%", not "−1%" among them,
// which read as a rounder figure than its neighbours (s35f-productivity),
// as the book's native chart, whose axis has one number format, writes
// them. Zero stays "0".
func sameDecimals(ticks []plot.Tick) {
	most := 0
	for _, t := range ticks {
		if m := tickNumber.FindStringSubmatchIndex(t.Label); m != nil && m[2] >= 0 {
			most = max(most, m[3]-m[2]-1)
		}
	}
	if most == 0 {
		return
	}
	for i, t := range ticks {
		m := tickNumber.FindStringSubmatchIndex(t.Label)
		if m == nil || t.Value == 0 {
			continue
		}
		have := 0
		if m[2] >= 0 {
			have = m[3] - m[2] - 1
		}
		if have >= most {
			continue
		}
		pad := strings.Repeat("0", most-have)
		if have == 0 {
			pad = "." + pad
		}
		ticks[i].Label = t.Label[:m[1]] + pad + t.Label[m[1]:]
	}
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
