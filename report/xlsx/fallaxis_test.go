package xlsx

import (
	"math"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestWidenForFalls: a native chart's axis goes below zero far enough
// for a fall's label its bar cannot hold, as the slide's does, and no
// further (−40% kept where "down 20.4%" fits), and only while its falls
// fill axis.WidenFill of the part below zero: else the label goes across
// zero, as the slide's does.
func TestWidenForFalls(t *testing.T) {
	const down = `"up "0.0%;"down "0.0%`
	tests := []struct {
		name             string
		min, max, step   float64
		falls            []float64
		wantMin, wantMax float64
	}{
		// The falls would fill a third of an axis to −20%, less than
		// axis.WidenFill: their labels go across zero (insideLabels'
		// shift, the slide's Across) and the axis keeps the data's
		// extent (s20n-population: −15.4 on an axis to −25).
		{"s15f-transport: on the previous year", -0.1, 0.4, 0.1, []float64{-0.061, -0.068}, -0.1, 0.4},
		{"s20n-population: a fall of 15.4 on an axis from −20", -20, 5, 5, []float64{-15.4}, -20, 5},
		{"s15f-transport: on FYE March 2020, the label fits", -0.4, 0.8, 0.2, []float64{-0.204, -0.352}, -0.4, 0.8},
		// Another kind, births: a fall its bar holds has its label
		// inside (insideLabels); the axis stays.
		{"births: a fall of 4.3% on an axis from −5%", -0.05, 0.05, 0.01, []float64{-0.043}, -0.05, 0.05},
		// A fall that would fill less than a third of the axis below
		// zero keeps it, as the slide does (s11b-transport's −2%).
		{"births: a fall of 0.4% on an axis from −1%", -0.01, 0.04, 0.01, []float64{-0.004}, -0.01, 0.04},
		{"a fall of 1.4% on an axis from −2% keeps it", -0.02, 0.08, 0.02, []float64{-0.014}, -0.02, 0.08},
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

// TestInsideLabelContrast: a fall's label goes inside its bar only where
// it keeps a contrast of 4.5:1 there: white on the blue of a fact, the
// ink (wording.InsideInk, 5.1:1) on the green of an estimate, never the
// labels' lighter grey (4.4:1, s20n-population: "down 15.4%" inside the
// green bar), nor across zero among the rises where the bar holds it
// (s35f-productivity).
func TestInsideLabelContrast(t *testing.T) {
	const down = `"up "0.0%;"down "0.0%`
	for _, tt := range []struct {
		name    string
		status  indicators.Status
		inside  bool
		wantMin float64
	}{
		{"a fact, blue: white inside", indicators.Fact, true, -5},
		{"an estimate, green: the ink inside", indicators.Estimate, true, -5},
	} {
		cd := chartData{axis: valueAxis{min: -5, max: 5, step: 1}}
		cd.items = []chartItem{{spanV: -4.8, fmt: down, status: tt.status}, {spanV: 4.5, fmt: down, status: tt.status}}
		widenForFalls(&cd, 1)
		if cd.axis.min != tt.wantMin {
			t.Errorf("%s: axis from %v, want %v", tt.name, cd.axis.min, tt.wantMin)
		}
		pl, ok := insideLabels(&cd, cellCol(cd.items[0], false), false)[0]
		if in := ok && pl.shift == 0; in != tt.inside {
			t.Errorf("%s: label inside = %v, want %v", tt.name, in, tt.inside)
		}
	}
}

// TestWordsKeptFormat: a share in words keeps the words in the native
// chart's label, as the slide's waffle and the deck, alone in its chart
// and beside a figure in digits alike (wording.WordsKept: "one in ten"
// written "10%" looked precise, s26w-language).
func TestWordsKeptFormat(t *testing.T) {
	item := func(stated string) chartItem {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return chartItem{fmt: "0%", bar: wording.Bar{Figure: wording.Figure{Unit: u}, Label: stated, Q: q}}
	}
	alone := []chartItem{item("about a quarter")}
	wordsKept(alone)
	if alone[0].fmt != `"about a quarter"` {
		t.Errorf("alone: format %q, want the words", alone[0].fmt)
	}
	beside := []chartItem{item("one in five"), item("57.7 per cent")}
	wordsKept(beside)
	if beside[0].fmt != `"one in five"` {
		t.Errorf("beside digits: format %q, want the words", beside[0].fmt)
	}
}
