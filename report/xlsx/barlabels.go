package xlsx

import (
	"bytes"
	"maps"
	"math"
	"slices"
	"strconv"

	"github.com/claimbook/claimbook/report/internal/wording"
)

// labelColor is the colour of a data label outside its bar, on white.
const labelColor = "262626"

// Where a native bar chart's data labels go. A label sits outside its
// bar's end, on white, where it is readable in any bar's colour and
// cannot spill over a short bar; a bar so long that its label would run
// past the plot's edge holds it inside its end instead, in white or in
// labelColor, whichever reads better on the bar (at least 4.5:1 where
// either does, WCAG 2.1's contrast for text).
const (
	// labelCharPx is the width of a label's character at 9 pt, in
	// pixels, a little more than DejaVu Sans's average (LibreOffice's
	// Calibri).
	labelCharPx = 7.0
	// plotShare is the part of a native chart's width the bars have, the
	// rest being the bars' names and the margins.
	plotShare = 0.55
)

// fallLabelWidth returns the width, in pixels, of the data label of it
// as wide as its text is at 9 pt (textWidth, in digits of Calibri 11, 7
// pixels each), not labelNeed's upper bound, which widened an axis whose
// label fitted (round F transport: −60% against the slide's −40%): a
// fall's label left of its bar may reach into the margin before the
// names with its padding.
func fallLabelWidth(it chartItem) float64 {
	return textWidth(displayText(it.spanV, it.fmt), false) * 7 * 9 / 11
}

// fallLabelGap is the room, in pixels, a fall's data label left of its
// bar leaves before the plot's left edge, where the bars' names end: a
// label that reached the edge read as the end of its bar's name, "Fuel
// sales volume (quantity bought) down 5.7%" (s34e-retail), in
// LibreOffice, which sets the names right against the plot. About two
// characters at 9 pt.
const fallLabelGap = 14

// fallLabelReach returns how much of the plot's width, in pixels, the
// data label of a fall left of its bar needs: its width and the gap
// before the bars' names (fallLabelGap).
func fallLabelReach(it chartItem) float64 { return fallLabelWidth(it) + fallLabelGap }

// labelNeed returns the length of the value axis, at full magnitude,
// that the data label of it takes outside its bar's end, with the value
// axis span long.
func labelNeed(it chartItem, span float64) float64 {
	return (float64(len([]rune(displayText(it.spanV, it.fmt))))*labelCharPx + 6) * span / (chartWidth * plotShare)
}

// A placed is where a data label goes other than past its bar's end: inside
// the end, in color, or, for a fall too short to hold its label whose
// label would run over the bars' names left of the plot, across zero on
// the rise side, shift of the chart's width right of where LibreOffice
// and Excel set it inside the bar's base, as the slide sets it
// (s16h-police: "down 15 full-time equivalent officers" overprinted
// "Quarterly change").
type placed struct {
	color string
	shift float64
}

// insideLabels returns the bars of cd drawn in column col whose data
// labels do not go past their end: inside it (see labelColor), each with
// its label's colour, or a short fall's across zero (placed).
//
// With rises, a bar at or above zero keeps its label past its end, the
// plot narrowed to leave it room (labelRoom); a fall's label, left of it
// among the bars' names, still goes inside, or across zero.
func insideLabels(cd *chartData, col int, rises bool) map[int]placed {
	span := cd.axis.max - cd.axis.min
	if span <= 0 {
		return nil
	}
	out := map[int]placed{}
	for k, it := range cd.items {
		if cellCol(it, cd.pie) != col {
			continue
		}
		if rises && it.spanV >= 0 {
			continue // past its end, in the room the plot leaves (labelRoom)
		}
		need := labelNeed(it, span)
		room := cd.axis.max - it.spanV
		if it.spanV < 0 {
			// A fall's label left of its bar is measured as
			// widenForFalls measures it, which widened the axis for
			// it: "down 188 incidents" went inside its bar on the axis
			// widened to hold it outside (s27x-hatecrime).
			room = it.spanV - cd.axis.min - fallLabelReach(it)*span/(chartWidth*plotShare) + need
		}
		switch {
		case room >= need:
		case math.Abs(it.spanV) >= need && readableInside(it):
			out[k] = placed{color: insideColor(it)}
		case it.spanV < 0:
			// The label's width at 9 pt (as widenForFalls measures it)
			// and a gap past zero, of the chart's width.
			w := fallLabelWidth(it) + 24
			out[k] = placed{color: labelColor, shift: w / chartWidth}
		}
	}
	return out
}

// insideColor returns the colour of a label inside the end of the bar
// of it: white or wording.InsideInk on a solid bar, whichever contrasts
// more (wording.InsideLabel); labelColor on a fading end or a hatched
// bar, which are light.
func insideColor(it chartItem) string {
	if it.hedged || it.commitment {
		return labelColor
	}
	c, _ := wording.InsideLabel(wording.StatusColor(it.status))
	return c
}

// readableInside reports whether the label of it may go inside its bar:
// on a fading end or a hatched bar, which are light, or where white or
// wording.InsideInk keeps a contrast of 4.5:1 with the bar, as a 9 pt
// label needs; "down 15.4%" in labelColor on the green of an estimate
// (4.4:1) was hard to read (s20n-population), the ink's 5.1:1 reads. The
// slide's bar holds its label on the same terms (report/chart: insideOn).
func readableInside(it chartItem) bool {
	if it.hedged || it.commitment {
		return true
	}
	_, ok := wording.InsideLabel(wording.StatusColor(it.status))
	return ok
}

// barLabels returns the edit of a bar chart's part that puts the data
// labels of the points idxs of its n-th series (from 0) inside their
// bars' ends, each in its colour, or, shifted (placed), across zero, as
// per-point labels (dLbl) before the series' own; the others stay
// outside the end. A per-point label says all a label shows, as the
// series' does.
func barLabels(n int, idxs map[int]placed) func([]byte) []byte {
	if len(idxs) == 0 {
		return func(src []byte) []byte { return src }
	}
	return func(src []byte) []byte {
		at, end, ok := nthSeries(src, n)
		if !ok {
			return src
		}
		i := bytes.Index(src[at:end], []byte(`<dLbls>`))
		if i < 0 {
			return src
		}
		i += at + len(`<dLbls>`)
		var lbls []byte
		for _, k := range slices.Sorted(maps.Keys(idxs)) {
			pos, clr, layout := "inEnd", idxs[k].color, ""
			if sh := idxs[k].shift; sh > 0 {
				pos = "inBase"
				layout = `<layout><manualLayout><x val="` + strconv.FormatFloat(sh, 'f', 4, 64) + `"></x><y val="0"></y></manualLayout></layout>`
			}
			lbls = append(lbls, `<dLbl><idx val="`+strconv.Itoa(k)+`"></idx>`+layout+`<numFmt formatCode="General" sourceLinked="1"></numFmt><spPr><a:noFill></a:noFill></spPr>`+
				`<txPr><a:bodyPr></a:bodyPr><a:lstStyle></a:lstStyle><a:p><a:pPr><a:defRPr sz="900" b="0"><a:solidFill><a:srgbClr val="`+clr+`"></a:srgbClr></a:solidFill><a:latin typeface="`+font+`"></a:latin></a:defRPr></a:pPr><a:endParaRPr lang="en-US"></a:endParaRPr></a:p></txPr>`+
				`<dLblPos val="`+pos+`"></dLblPos><showLegendKey val="0"></showLegendKey><showVal val="1"></showVal><showCatName val="0"></showCatName><showSerName val="0"></showSerName><showPercent val="0"></showPercent><showBubbleSize val="0"></showBubbleSize></dLbl>`...)
		}
		return slices.Concat(src[:i], lbls, src[i:])
	}
}

// reverseSeries is the edit of a clustered bar chart's part that writes
// its series in reverse, each keeping its index and plot order:
// LibreOffice lists the legend of a chart of horizontal bars side by
// side in reverse document order, Excel in plot order, so that both list
// the statuses in the slide's order, fact first.
func reverseSeries(src []byte) []byte {
	var sers [][]byte
	first, end := -1, -1
	for at := 0; ; {
		i := bytes.Index(src[at:], []byte(`<ser>`))
		if i < 0 {
			break
		}
		j := bytes.Index(src[at+i:], []byte(`</ser>`))
		if j < 0 {
			return src
		}
		if first < 0 {
			first = at + i
		} else if at+i != end {
			break // the bars' run ends: a line series combined after them
		}
		end = at + i + j + len(`</ser>`)
		sers = append(sers, src[at+i:end])
		at = end
	}
	if len(sers) < 2 {
		return src
	}
	slices.Reverse(sers)
	return slices.Concat(src[:first], bytes.Join(sers, nil), src[end:])
}

// labelRoom returns how many pixels the data labels of the bars of cd at
// or above zero reach past the end of its value axis, outside their ends,
// as labelNeed measures them: 0 where every one fits in the plot. A
// native chart narrows its plot by as much (plotLayout), so that a label
// stays past its bar's end and within the chart, as the slide beside it
// draws it, whose axis ends alike (axis.Range).
func labelRoom(cd *chartData) float64 {
	span := cd.axis.max - cd.axis.min
	if span <= 0 || cd.anyRange || cd.pie {
		return 0
	}
	plot := chartWidth * plotShare
	room := 0.0
	for _, it := range cd.items {
		if it.spanV < 0 {
			continue
		}
		end := (it.spanV - cd.axis.min) / span * plot
		w := float64(len([]rune(displayText(it.spanV, it.fmt))))*labelCharPx + 6
		room = max(room, end+w-plot)
	}
	return math.Ceil(room)
}

// unwrappedLabels returns the chart part src with its data labels set
// on one line (a:bodyPr wrap="none"): LibreOffice and Excel otherwise wrap
// a label wider than their guess at its room ("13.6 pupils per /
// teacher", s13-schools), where the plot leaves room for it whole.
func unwrappedLabels(src []byte) []byte {
	var out []byte
	for {
		i := bytes.Index(src, []byte("<dLbls>"))
		if i < 0 {
			return append(out, src...)
		}
		j := bytes.Index(src[i:], []byte("</dLbls>"))
		if j < 0 {
			return append(out, src...)
		}
		j += i
		lbls := bytes.ReplaceAll(src[i:j], []byte("<a:bodyPr "), []byte(`<a:bodyPr wrap="none" `))
		lbls = bytes.ReplaceAll(lbls, []byte("<a:bodyPr>"), []byte(`<a:bodyPr wrap="none">`))
		out = append(append(out, src[:i]...), lbls...)
		src = src[j:]
	}
}
