package xlsx

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestSeriesYearTicks: the year axis of a native series chart ticks at
// the years of its points, each named under it (s22p-volunteer: points of
// 1995, 2000 and 2006 stood over ticks of 1996, 1998, …, its first point
// unnamed); a long span ticks a round step of years at its multiples
// (out45: steps of seven from 1952 set 2000's point by "2001"), here
// every 5, each point's year among them.
func TestSeriesYearTicks(t *testing.T) {
	tests := []struct {
		name   string
		points []string
		step   float64
	}{
		{"1995 to 2006", []string{"24%@1995", "32%@2000", "35%@2006"}, 1},
		{"2013 to 2023", []string{"529,167 incidents@2013", "578,150 incidents@2018", "592,996 incidents@2023"}, 1},
		{"1980 to 2020", []string{"10%@1980", "20%@2000", "30%@2020"}, 5},
	}
	num := func(ax, k string) float64 {
		m := regexp.MustCompile(`<` + k + ` val="([^"]*)"`).FindStringSubmatch(ax)
		if m == nil {
			t.Fatalf("year axis has no %s: %s", k, ax)
		}
		v, _ := strconv.ParseFloat(m[1], 64)
		return v
	}
	year := regexp.MustCompile(`@(\d{4})`)
	for _, tt := range tests {
		c := indicatortest.FlowSeries(t, "kinds", tt.points, "")
		_, parts := writeParts(t, c)
		n := 0
		for name, xml := range parts {
			if !strings.HasPrefix(name, "xl/charts/chart") {
				continue
			}
			axes := regexp.MustCompile(`(?s)<valAx>.*?</valAx>`).FindAllString(xml, -1)
			if len(axes) < 2 {
				continue
			}
			n++
			x := axes[0]
			lo, step := num(x, "min"), num(x, "majorUnit")
			if step != tt.step {
				t.Errorf("%s %s: year ticks every %v, want %v", tt.name, name, step, tt.step)
			}
			// The tick a point's year names is within a half of its
			// middle, which the axis's format rounds to the year.
			for _, p := range tt.points {
				y, _ := strconv.ParseFloat(year.FindStringSubmatch(p)[1], 64)
				k := math.Round((y + 0.5 - lo) / step)
				if tick := lo + k*step; math.Round(tick) != y && math.Abs(tick-(y+0.5)) > 0.01 {
					t.Errorf("%s %s: no tick names %v (ticks from %v every %v)", tt.name, name, y, lo, step)
				}
			}
		}
		if n == 0 {
			t.Errorf("%s: no native series chart", tt.name)
		}
	}
}
