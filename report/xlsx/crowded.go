package xlsx

import (
	"bytes"
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
)

// labelBox is the rough size, in pixels, of a native series chart's point
// label of a bare number in the 9-point bold the labels take: a digit's
// width and a line's height.
const (
	labelDigit  = 7.0
	labelHeight = 13.0
)

// plotBox is the area of a native series chart its points stand in, in
// pixels, and the ends of its axes: the years from x0 to x1 across, the
// values from y0 to y1 up.
type plotBox struct {
	w, h   float64
	x0, x1 float64
	y0, y1 float64
}

// crowdedLabels returns, for each series of xs and values (a point's Year
// and its height), the points whose labels go unshown, each label
// ("29", width digits wide) drawn above its point: a label that would
// overlap one shown before it. The last point of each series is shown
// first, series by series, then the others from the right, so that every
// series says its latest figure and earlier ones where they fit, as the
// slide's image labels each point it has room for. The PNG charts label
// a number alone; a native chart labelled every point of four close
// series in full ("29 micrograms per cubic metre" over "28 …",
// s22p-air).
func crowdedLabels(box plotBox, xs, values [][]float64, widths [][]int) [][]int {
	type rect struct{ l, r, b, t float64 }
	at := func(k, i int) rect {
		x := (xs[k][i] - box.x0) / (box.x1 - box.x0) * box.w
		y := (values[k][i] - box.y0) / (box.y1 - box.y0) * box.h
		half := labelDigit * float64(widths[k][i]) / 2
		// Above the point, a few pixels clear of its marker.
		return rect{x - half, x + half, y + 5, y + 5 + labelHeight}
	}
	over := func(a, b rect) bool { return a.l < b.r && b.l < a.r && a.b < b.t && b.b < a.t }
	type pt struct{ k, i int }
	var order []pt
	for k := range xs {
		if n := min(len(xs[k]), len(values[k]), len(widths[k])); n > 0 {
			order = append(order, pt{k, n - 1})
		}
	}
	var rest []pt
	for k := range xs {
		for i := min(len(xs[k]), len(values[k]), len(widths[k])) - 2; i >= 0; i-- {
			rest = append(rest, pt{k, i})
		}
	}
	// The others from the right, the later series first at one Year.
	slices.SortStableFunc(rest, func(a, b pt) int {
		if c := -cmp.Compare(xs[a.k][a.i], xs[b.k][b.i]); c != 0 {
			return c
		}
		return a.k - b.k
	})
	order = append(order, rest...)
	hidden := make([][]int, len(xs))
	var shown []rect
	for _, p := range order {
		r := at(p.k, p.i)
		if slices.ContainsFunc(shown, func(s rect) bool { return over(r, s) }) {
			hidden[p.k] = append(hidden[p.k], p.i)
			continue
		}
		shown = append(shown, r)
	}
	for k := range hidden {
		slices.Sort(hidden[k])
	}
	return hidden
}

// digits returns how many characters v takes written with decimals
// decimals and a separator of each three digits.
func digits(v float64, decimals int) int {
	s := fmt.Sprintf("%.*f", decimals, math.Abs(v))
	n := len(s)
	whole := n
	if decimals > 0 {
		whole = n - decimals - 1
	}
	n += (whole - 1) / 3
	if v < 0 {
		n++
	}
	return n
}

// hideLabels returns the edit of a native chart's part that shows no
// label of the points hidden[k] of its k-th series (each counted from
// 0): a deleted label of each, first in the series' labels, where the
// schema puts a single label's settings.
func hideLabels(hidden [][]int) func([]byte) []byte {
	return func(src []byte) []byte {
		var out []byte
		for k := 0; ; k++ {
			i := bytes.Index(src, []byte(`<ser>`))
			if i < 0 {
				return append(out, src...)
			}
			end := bytes.Index(src[i:], []byte(`</ser>`))
			if end < 0 {
				return append(out, src...)
			}
			end += i + len(`</ser>`)
			ser := src[i:end]
			if k < len(hidden) && len(hidden[k]) > 0 {
				if a := bytes.Index(ser, []byte(`<dLbls>`)); a >= 0 {
					var del bytes.Buffer
					for _, p := range hidden[k] {
						fmt.Fprintf(&del, `<dLbl><idx val="%d"></idx><delete val="1"></delete></dLbl>`, p)
					}
					a += len(`<dLbls>`)
					ser = slices.Concat(ser[:a:a], del.Bytes(), ser[a:])
				}
			}
			out = slices.Concat(out, src[:i], ser)
			src = src[end:]
		}
	}
}

// crowded returns the labels crowdedLabels hides of the series of blocks
// on a chart of box, labelled in the number format short, by the index
// of each series in the chart's part: a series of ranges is followed by
// its two ends' series.
func (b *book) crowded(blocks []seriesBlock, short string, box plotBox) [][]int {
	decimals := 0
	if i := strings.IndexByte(short, '.'); i >= 0 {
		decimals = len(short) - i - 1
	}
	var xs, values [][]float64
	var widths [][]int
	for _, bl := range blocks {
		v := b.pointValues(bl.id)
		w := make([]int, len(v))
		for i := range v {
			w[i] = digits(v[i], decimals)
		}
		if bl.fraction {
			for i := range v {
				v[i] /= 100
			}
		}
		xs, values, widths = append(xs, bl.xs), append(values, v), append(widths, w)
	}
	hidden := crowdedLabels(box, xs, values, widths)
	var out [][]int
	for k, bl := range blocks {
		out = append(out, hidden[k])
		if bl.ranges {
			out = append(out, nil, nil)
		}
	}
	return out
}
