package xlsx

import (
	"slices"
	"strings"
	"testing"
)

// TestCrowdedLabels checks that a native series chart hides the labels
// that would overlap one shown before them, each series' latest first.
func TestCrowdedLabels(t *testing.T) {
	// A plot of 500 by 200 pixels, years 1986.5 to 2009.5, values 0 to 80:
	// a year is about 22 pixels, a unit of value 2.5.
	box := plotBox{w: 500, h: 200, x0: 1986.5, x1: 2009.5, y0: 0, y1: 80}
	tests := []struct {
		name   string
		xs     [][]float64
		values [][]float64
		want   [][]int
	}{
		{"apart", [][]float64{{1987.5, 2007.5, 2008.5}}, [][]float64{{59, 68, 70}}, [][]int{nil}},
		// s22p-air: urban 24 and 27 days, rural 28 and 47: rural's 28 of
		// 2007 stood over urban's 24.
		{"close in one year", [][]float64{{1993.5, 2007.5, 2008.5}, {2007.5, 2008.5}}, [][]float64{{59, 24, 27}, {28, 47}}, [][]int{nil, {0}}},
		// Two series' latest figures one above the other: the second
		// series gives way.
		{"latest close", [][]float64{{2007.5, 2008.5}, {2007.5, 2008.5}}, [][]float64{{22, 20}, {29, 21}}, [][]int{nil, {1}}},
		{"empty", nil, nil, [][]int{}},
	}
	for _, tt := range tests {
		var widths [][]int
		for _, v := range tt.values {
			w := make([]int, len(v))
			for i := range v {
				w[i] = digits(v[i], 0)
			}
			widths = append(widths, w)
		}
		got := crowdedLabels(box, tt.xs, tt.values, widths)
		if !slices.EqualFunc(got, tt.want, slices.Equal) {
			t.Errorf("%s: crowdedLabels(%v, %v) = %v, want %v", tt.name, tt.xs, tt.values, got, tt.want)
		}
	}
}

// TestDigits checks the width of a label's number.
func TestDigits(t *testing.T) {
	tests := []struct {
		v        float64
		decimals int
		want     int
	}{
		{29, 0, 2}, {34290, 0, 6}, {-1.5, 1, 4}, {1234567, 0, 9}, {0.25, 2, 4},
	}
	for _, tt := range tests {
		if got := digits(tt.v, tt.decimals); got != tt.want {
			t.Errorf("digits(%v, %d) = %d, want %d", tt.v, tt.decimals, got, tt.want)
		}
	}
}

// TestHideLabels checks that the labels hidden go first in each series'
// labels, and only in the series named.
func TestHideLabels(t *testing.T) {
	src := `<ser><idx val="0"></idx><dLbls><showVal val="1"></showVal></dLbls></ser><ser><idx val="1"></idx><dLbls><showVal val="1"></showVal></dLbls></ser>`
	tests := []struct {
		hidden [][]int
		want   string
	}{
		{nil, src},
		{[][]int{nil, {0, 2}}, `<ser><idx val="0"></idx><dLbls><showVal val="1"></showVal></dLbls></ser><ser><idx val="1"></idx><dLbls><dLbl><idx val="0"></idx><delete val="1"></delete></dLbl><dLbl><idx val="2"></idx><delete val="1"></delete></dLbl><showVal val="1"></showVal></dLbls></ser>`},
		{[][]int{{1}}, strings.Replace(src, `<dLbls>`, `<dLbls><dLbl><idx val="1"></idx><delete val="1"></delete></dLbl>`, 1)},
	}
	for _, tt := range tests {
		if got := string(hideLabels(tt.hidden)([]byte(src))); got != tt.want {
			t.Errorf("hideLabels(%v) = %s, want %s", tt.hidden, got, tt.want)
		}
	}
}
