package chart

import (
	"image/color"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// A Reference is a threshold or target drawn across the bars of a chart
// as a dashed line at its value, so that each bar reads against it ("NATO
// guideline 2%" beside the UK's 2.29%), not as a bar of its own.
type Reference struct {
	// Value is where the line stands, in the plot's units.
	Value float64
	// Label names it in the key: "NATO guideline 2%".
	Label string
	// Color is the line's colour; nil is the key's grey.
	Color color.Color
	// Rows are the bars the line crosses, by index; nil is every bar.
	// A 2% of GDP guideline crosses the shares of GDP, not a share of
	// world spending beside them.
	Rows []int
}

// crosses reports whether r is drawn across row i.
func (r *Reference) crosses(i int) bool {
	if r.Rows == nil {
		return true
	}
	for _, j := range r.Rows {
		if j == i {
			return true
		}
	}
	return false
}

// line returns the dashed style of r's line, width wide.
func (r *Reference) line(width vg.Length) draw.LineStyle {
	clr := r.Color
	if clr == nil {
		clr = muted
	}
	width = max(width*1.5, 2)
	return draw.LineStyle{Color: lineColor(clr), Width: width, Dashes: []vg.Length{width * 4, width * 2.5}}
}

// referenceOf returns the index of the one target or threshold among
// items that the others can be read against, or -1: a single percentage,
// no range, beside reported figures all in its unit, at least one of
// them a percentage of the same whole (a 2% of GDP guideline beside the
// UK's 2.29% of GDP).
func referenceOf(items []item) int {
	ref := -1
	for i, it := range items {
		if it.computed != "" || it.q.IsRange() || it.lo < 0 || !it.status.IsCommitment() && it.measure != indicators.Threshold {
			continue
		}
		if ref >= 0 {
			return -1 // two of them: bars, each labelled
		}
		ref = i
	}
	if ref < 0 || len(items) < 2 || items[ref].u.Kind != indicators.Percent {
		return -1
	}
	for i, it := range items {
		if i != ref && (it.u != items[ref].u || it.status.IsCommitment() || it.measure == indicators.Threshold) {
			return -1
		}
	}
	if len(referenceRows(items, ref)) == 0 {
		return -1
	}
	return ref
}

// referenceRows returns the indices, among items less the one at ref,
// of the figures of the whole of the reference at ref: every one where
// the reference's whole is not known.
func referenceRows(items []item, ref int) []int {
	whole := sameWhole(denomOf(items[ref]))
	var rows []int
	n := 0
	for i, it := range items {
		if i == ref {
			continue
		}
		if d := sameWhole(denomOf(it)); whole == "" || d == "" || d == whole {
			rows = append(rows, n)
		}
		n++
	}
	return rows
}

// sameWhole returns the whole of a percentage as it compares with
// another, its determiners left out and in lower case: "their combined
// GNI" is "gni", as "GNI" is.
func sameWhole(d string) string {
	f := strings.Fields(strings.ToLower(d))
	for len(f) > 1 {
		switch f[0] {
		case "the", "their", "its", "our", "combined", "own", "national":
			f = f[1:]
			continue
		}
		break
	}
	return strings.Join(f, " ")
}

// referenceLabel names a reference in the key by the head of its title,
// the words before what it is of or for, and its figure: "NATO guideline
// 2%" of "NATO guideline for defence spending as a share of GDP", "UN
// target 0.7%"; a title that starts with its preposition gives the
// status word ("Target 2%").
func referenceLabel(title, status, value string) string {
	words := strings.Fields(title)
	n := 0
	for n < len(words) {
		switch strings.ToLower(words[n]) {
		case "for", "of", "on", "to", "in", "as", "at", "by", "with", "from", "against", "–", "-", "—", ":":
		default:
			n++
			continue
		}
		break
	}
	head := strings.TrimRight(strings.Join(words[:n], " "), ",;:")
	if head == "" || n > 5 {
		head = upperFirst(status)
	}
	return head + " " + value
}
