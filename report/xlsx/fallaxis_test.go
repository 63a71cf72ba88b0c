package xlsx

import (
	"math"
	"testing"
)

// TestWidenForFalls: a native chart's axis goes below zero far enough
// for a fall's label its bar cannot hold, as the slide's does, and no
// further (round F transport: −20% as the slide, not −10% with "down
// 6.1%" over the names; −40% kept where "down 20.4%" fits).
func TestWidenForFalls(t *testing.T) {
	const down = `"up "0.0%;"down "0.0%`
	tests := []struct {
		name             string
		min, max, step   float64
		falls            []float64
		wantMin, wantMax float64
	}{
		{"s15f-transport: on the previous year", -0.1, 0.4, 0.1, []float64{-0.061, -0.068}, -0.2, 0.4},
		{"s15f-transport: on FYE March 2020, the label fits", -0.4, 0.8, 0.2, []float64{-0.204, -0.352}, -0.4, 0.8},
		// Another kind, births: a fall its bar holds has its label
		// inside (insideLabels); the axis stays.
		{"births: a fall of 4.3% on an axis from −5%", -0.05, 0.05, 0.01, []float64{-0.043}, -0.05, 0.05},
		// A fall that would fill less than a third of the axis below
		// zero keeps it, as the slide does (s11b-transport's −2%).
		{"births: a fall of 0.4% on an axis from −1%", -0.01, 0.04, 0.01, []float64{-0.004}, -0.01, 0.04},
		{"a fall of 1.4% on an axis from −2% widens it a step", -0.02, 0.08, 0.02, []float64{-0.014}, -0.04, 0.08},
		{"no falls: the axis stays", 0, 0.4, 0.1, nil, 0, 0.4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cd := chartData{axis: valueAxis{min: tt.min, max: tt.max, step: tt.step}}
			for _, v := range tt.falls {
				cd.items = append(cd.items, chartItem{spanV: v, fmt: down})
			}
			cd.items = append(cd.items, chartItem{spanV: tt.max * 0.9, fmt: down})
			widenForFalls(&cd, 1)
			if math.Abs(cd.axis.min-tt.wantMin) > 1e-9 || math.Abs(cd.axis.max-tt.wantMax) > 1e-9 {
				t.Errorf("widenForFalls axis = %v to %v, want %v to %v", cd.axis.min, cd.axis.max, tt.wantMin, tt.wantMax)
			}
		})
	}
}
