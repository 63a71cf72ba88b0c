package xlsx

import (
	"bytes"
	"fmt"
	"html"
	"math"
	"slices"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// A series chart of one series whose points are not one after another
// (a scatter over the years, seriesChart) reads as the slide's image
// does, by these rules (s19m-students' academic years 2012/13, 2020/21
// and 2021/22 drew at "2013", "2021" and "2022" of a year axis, with no
// line between the two consecutive years, and the first point's label
// over the value axis's "60,000"):
//   - where a point's period runs across the turn of a year ("2012/13"
//     at 2013: periodNamed), each point says its period under its
//     figure, and the year axis prints no numbers;
//   - the points of consecutive periods are joined by a line, as the
//     slide joins them (consecutiveRuns), unnamed in the legend;
//   - a label sits above its point, under it where the point beside it
//     is within a year and a half and higher, and right of it where the
//     point is within a year of the value axis.

// periodNamed reports whether the year axis would misname a period of
// bl: one that runs across the turn of a year (an academic or fiscal
// year, "2012/13" at 2013; "2008–2009"), where every point's period has
// a tick's name (wording.PeriodTicks). A date or a quarter within its
// year is named by the year it stands in.
func periodNamed(bl seriesBlock) bool {
	ticks := wording.PeriodTicks(bl.periods)
	across := false
	for i, p := range bl.periods {
		if ticks[i] == "" {
			return false
		}
		// A split or fiscal year keeps no days (indicators.Period.Extent):
		// it runs across the turn of a year too.
		// A quarter, a month or a day stands off its year's middle,
		// where a year axis ticks: its point names it ("Q1 2010").
		if from, to, ok := p.Extent(); !ok || math.Floor(from) != math.Floor(to-1e-9) || to-from < 0.99 {
			across = true
		}
	}
	return across
}

// consecutiveRuns returns the runs of bl's points, as 0-based offsets of
// the first and last, of two or more periods each following the one
// before (wording.Consecutive).
func consecutiveRuns(bl seriesBlock) [][2]int {
	var out [][2]int
	start := 0
	for i := 1; i <= len(bl.periods); i++ {
		if i < len(bl.periods) && wording.Consecutive(bl.periods[i-1], bl.periods[i]) {
			continue
		}
		if i-start >= 2 {
			out = append(out, [2]int{start, i - 1})
		}
		start = i
	}
	return out
}

// noLabelsFrom returns the edit of a series chart's part that gives each
// series from the index first on (the runs' lines) a deleted dLbls, so
// that valueLabels leaves them unlabelled, no legend entry, and its line
// in its color, the first of colors for the first run, and so on, the
// last for any after (excelize writes a scatter series' line uncoloured).
func noLabelsFrom(first int, colors ...string) func([]byte) []byte {
	const plain = `<a:ln cap="rnd" w="19050"></a:ln>`
	coloured := func(k int) []byte {
		color := colors[min(max(k-first, 0), len(colors)-1)]
		return []byte(`<a:ln cap="rnd" w="19050"><a:solidFill><a:srgbClr val="` + color + `"></a:srgbClr></a:solidFill></a:ln>`)
	}
	return func(src []byte) []byte {
		var out []byte
		k := 0
		var entries bytes.Buffer
		for {
			i := bytes.Index(src, []byte(`<ser>`))
			if i < 0 {
				out = append(out, src...)
				break
			}
			j := bytes.Index(src[i:], []byte(`</ser>`))
			if j < 0 {
				out = append(out, src...)
				break
			}
			ser := src[i : i+j]
			at := bytes.Index(ser, []byte(`<xVal>`))
			if k >= first && at >= 0 && !bytes.Contains(ser, []byte(`<dLbls>`)) {
				out = append(out, src[:i]...)
				out = append(out, bytes.Replace(ser[:at], []byte(plain), coloured(k), 1)...)
				out = append(out, `<dLbls><delete val="1"></delete></dLbls>`...)
				out = append(out, ser[at:]...)
				fmt.Fprintf(&entries, `<legendEntry><idx val="%d"></idx><delete val="1"></delete></legendEntry>`, k)
			} else {
				out = append(out, src[:i+j]...)
			}
			src = src[i+j:]
			k++
		}
		if entries.Len() > 0 {
			out = bytes.Replace(out, []byte(`</legendPos>`), append([]byte(`</legendPos>`), entries.Bytes()...), 1)
		}
		return out
	}
}

// pointLabels returns the edit of the part of a chart of bl alone, over
// a year axis from lo, that labels each point with its figure (its Value
// cell's, a field) and its period under it, placed off its neighbours
// and the value axis, and prints no numbers on the year axis; values are
// the points' figures, in order.
func pointLabels(bl seriesBlock, values []float64, lo, near float64) func([]byte) []byte {
	ticks := wording.PeriodTicks(bl.periods)
	var lbls bytes.Buffer
	for i, x := range bl.xs {
		pos := "t"
		for _, k := range []int{i - 1, i + 1} {
			if k >= 0 && k < len(bl.xs) && k < len(values) && i < len(values) && abs(bl.xs[k]-x) < 1.5 && values[k] > values[i] {
				pos = "b"
			}
		}
		// Near the value axis: within near years of it (a year, or an
		// eighth of an axis seriesChart ends near the points).
		if pos == "t" && x-lo < near {
			pos = "r"
		}
		fmt.Fprintf(&lbls, `<dLbl><idx val="%d"></idx><tx><rich><a:bodyPr></a:bodyPr>`+
			`<a:p><a:fld id="{00000000-0000-4000-8000-%012d}" type="VALUE"><a:rPr lang="en-US" sz="900" b="1"></a:rPr><a:pPr></a:pPr><a:t>[VALUE]</a:t></a:fld></a:p>`+
			`<a:p><a:r><a:rPr lang="en-US" sz="800" b="0"></a:rPr><a:t>%s</a:t></a:r></a:p></rich></tx>`+
			`<dLblPos val="%s"></dLblPos><showLegendKey val="0"></showLegendKey><showVal val="1"></showVal><showCatName val="0"></showCatName><showSerName val="0"></showSerName><showPercent val="0"></showPercent><showBubbleSize val="0"></showBubbleSize></dLbl>`,
			i, i+1, html.EscapeString(ticks[i]), pos)
	}
	return func(src []byte) []byte {
		i := bytes.Index(src, []byte(`<ser>`))
		if i < 0 {
			return src
		}
		j := bytes.Index(src[i:], []byte(`<dLbls>`))
		if j < 0 || bytes.Index(src[i:], []byte(`</ser>`)) < j {
			return src
		}
		at := i + j + len(`<dLbls>`)
		src = append(src[:at:at], append(lbls.Bytes(), src[at:]...)...)
		// The year axis, the first value axis: no numbers.
		const old, none = `<tickLblPos val="nextTo"></tickLblPos>`, `<tickLblPos val="none"></tickLblPos>`
		if k := bytes.Index(src, []byte(`<valAx>`)); k >= 0 {
			if m := bytes.Index(src[k:], []byte(old)); m >= 0 {
				at := k + m
				src = slices.Concat(src[:at:at], []byte(none), src[at+len(old):])
			}
		}
		return src
	}
}

// namedPad is the least room, in years, a series chart whose points
// name their periods leaves before its first point and after its last:
// a quarter.
const namedPad = 0.25

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// pointValues returns the figures of the points of series id, in order,
// as their sizes compare (the middle of a range).
func (b *book) pointValues(id string) []float64 {
	for i, sr := range b.c.Series {
		if sr.ID != id {
			continue
		}
		var out []float64
		for _, sp := range b.c.SeriesPoints()[i] {
			lo, hi := sp.Indicator.Quantity.Ends()
			v := (lo + hi) / 2
			if sp.Indicator.Quantity.Direction == indicators.Down {
				v = -v
			}
			out = append(out, v)
		}
		return out
	}
	return nil
}
