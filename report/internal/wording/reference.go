package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A RefFigure is what Reference reads of a figure of a chart of bars.
type RefFigure struct {
	// Derived marks a figure computed from others.
	Derived bool
	// Range marks a figure of two ends; Low is its low end (the figure of
	// a point).
	Range bool
	Low   float64
	// Commitment marks a target, pledge, projection or intention;
	// Threshold a threshold measure.
	Commitment, Threshold bool
	Unit                  indicators.Unit
	// Whole is what a percentage is of (Denominator): "GDP".
	Whole string
}

// Reference returns the index of the one target or threshold among figs
// that the others are read against, drawn as a line across their bars in
// every rendering (the slide's dashed line, the native chart's line
// series), and the indices, among figs less that one, of the bars it
// crosses; -1 for none. It is a single percentage, no range, beside
// reported figures all in its unit, at least one of them a percentage of
// the same whole (a 2% of GDP guideline beside the UK's 2.29% of GDP).
func Reference(figs []RefFigure) (ref int, rows []int) {
	ref = -1
	for i, f := range figs {
		if f.Derived || f.Range || f.Low < 0 || !f.Commitment && !f.Threshold {
			continue
		}
		if ref >= 0 {
			return -1, nil // two of them: bars, each labelled
		}
		ref = i
	}
	if ref < 0 || len(figs) < 2 || figs[ref].Unit.Kind != indicators.Percent {
		return -1, nil
	}
	for i, f := range figs {
		if i != ref && (f.Unit != figs[ref].Unit || f.Commitment || f.Threshold) {
			return -1, nil
		}
	}
	whole := sameWhole(figs[ref].Whole)
	n := 0
	for i, f := range figs {
		if i == ref {
			continue
		}
		if d := sameWhole(f.Whole); whole == "" || d == "" || d == whole {
			rows = append(rows, n)
		}
		n++
	}
	if len(rows) == 0 {
		return -1, nil
	}
	return ref, rows
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

// ReferenceLabel names a reference in a key or legend by the head of its
// title, the words before what it is of or for, and its figure: "NATO
// guideline 2%" of "NATO guideline for defence spending as a share of
// GDP", "UN target 0.7%"; a title that starts with its preposition gives
// the status word ("Target 2%"). Words cut off that hold a figure are a
// condition of the reference, not what it is of, and the label keeps the
// whole title before its figure: "New outpatients to wait no longer than
// 12 weeks from referral to being seen (national standard): 95%", never
// "New outpatients 95%", which lost the 12 weeks (s25v-waiting).
func ReferenceLabel(title, status, value string) string {
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
	if strings.ContainsAny(strings.Join(words[n:], " "), "0123456789") {
		return strings.TrimSpace(title) + ": " + value
	}
	head := strings.TrimRight(strings.Join(words[:n], " "), ",;:")
	if head == "" || n > 5 {
		head = upperFirst(status)
	}
	return head + " " + value
}
