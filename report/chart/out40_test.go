package chart

import (
	"image/color"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/recorder"
)

// TestTickDecimals: the figures of one axis's labels are written to one
// precision, the finest's; zero and labels of whole figures stay as
// they are.
func TestTickDecimals(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{[]string{"−1.25%", "−1%", "−0.75%", "0%"}, []string{"−1.25%", "−1.00%", "−0.75%", "0%"}},
		{[]string{"0", "0.5", "1", "1.5 million"}, []string{"0", "0.5", "1.0", "1.5 million"}},
		{[]string{"$0", "$2.5", "$5 billion"}, []string{"$0", "$2.5", "$5.0 billion"}},
		{[]string{"0", "5,000", "10,000 hectares"}, []string{"0", "5,000", "10,000 hectares"}}, // whole: unchanged
		{[]string{"−2%", "0%", "2%"}, []string{"−2%", "0%", "2%"}},
		{[]string{"1,000", "1,000.5"}, []string{"1,000.0", "1,000.5"}},
	}
	for _, tt := range tests {
		ticks := make([]plot.Tick, len(tt.in))
		for i, l := range tt.in {
			ticks[i] = plot.Tick{Value: float64(i), Label: l}
			if l == "0" || l == "0%" || l == "$0" {
				ticks[i].Value = 0
			} else if i == 0 {
				ticks[i].Value = -1
			}
		}
		sameDecimals(ticks)
		for i := range ticks {
			if ticks[i].Label != tt.want[i] {
				t.Errorf("sameDecimals(%q)[%d] = %q, want %q", tt.in, i, ticks[i].Label, tt.want[i])
			}
		}
	}
}

// TestInsideInk: a label inside a solid bar is white where white reads
// (4.5:1), else the ink where it reads: every status colour holds one.
func TestInsideInk(t *testing.T) {
	tests := []struct {
		bar  string
		want color.Color
	}{
		{wording.Palette[0], color.White},                 // blue: white 5.0:1
		{wording.Palette[2], hexColor(wording.InsideInk)}, // bluish green: white 3.4:1, ink 5.1:1
		{wording.Palette[4], hexColor(wording.InsideInk)}, // orange
	}
	for _, tt := range tests {
		got, ok := insideOn(hexColor(tt.bar))
		if got != tt.want || !ok {
			t.Errorf("insideOn(%s) = %v, %v; want %v, true", tt.bar, got, ok, tt.want)
		}
	}
}

// TestFallNamesAtZero: bars that all fall are named above the bar,
// ending at zero, not at the plot's left edge far from a short bar, and
// a fall's value is never written right of zero where a rise's would be
// when its bar can hold it.
func TestFallNamesAtZero(t *testing.T) {
	c := figCatalog(t,
		fig{id: "a", title: "Whole economy unit labour costs", stated: "-0.4%", period: "2013-Q1", measure: indicators.Change, status: indicators.Estimate},
		fig{id: "b", title: "Manufacturing unit wage costs", stated: "-1.1%", period: "2013-Q1", measure: indicators.Change, status: indicators.Estimate},
	)
	for _, o := range fitSizes {
		v, _ := c.View("all")
		s, err := NewSlide(c, v, &o)
		if err != nil {
			t.Fatal(err)
		}
		w, h := s.Options.size()
		s.Draw(draw.NewCanvas(new(recorder.Canvas), w, h))
		dc := s.Plot.DataCanvas(s.drawn)
		zero := dc.X(s.Plot.X.Norm(0))
		bars := s.body.(*Bars)
		for i, row := range bars.boxes(dc, s.Plot) {
			b := bars.Bars[i]
			label, bar, value := row[0], row[len(row)-2], row[len(row)-1]
			if d := label.Max.X - zero; d > 1 || d < -1 {
				t.Errorf("%dx%d: name of %q ends at x %.1f, want at zero %.1f", o.Width, o.Height, b.Label, label.Max.X, zero)
			}
			if value.Min.X >= bar.Max.X {
				t.Errorf("%dx%d: fall %q: value at x %.1f, right of zero %.1f", o.Width, o.Height, b.Value, value.Min.X, zero)
			}
		}
	}
}
