package wording

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// CountForm says how the label of a count in unit u, quantity q, is
// written: "bare" ("21,400"), "noun", the figure and its counted noun
// ("30 countries", "3-5 countries"), or "phrase", with other words ("31,800
// estimated new HIV infections", "three receivership appointments").
func CountForm(label string, u indicators.Unit, q indicators.Quantity) string {
	l := strings.TrimSpace(label)
	last := l[strings.LastIndexByte(l, ' ')+1:]
	switch {
	case l == "" || startsWithDigit(last) || indicators.IsUnitWord(last) && !strings.EqualFold(last, Plural(u.Name)):
		return "bare"
	}
	// The words before the noun must be the figure: digits, a hedge
	// word of the quantity's, a scale or a range's "to".
	head := strings.TrimSpace(strings.TrimSuffix(l, last))
	if !strings.EqualFold(last, Plural(u.Name)) && !strings.EqualFold(last, u.Name) {
		return "phrase"
	}
	head = strings.TrimSpace(strings.TrimPrefix(strings.ToLower(head), strings.ToLower(q.Qualifier.Word())))
	for _, f := range strings.Fields(head) {
		if !startsWithDigit(f) && f != "to" && f != q.Scale.String() {
			return "phrase"
		}
	}
	return "noun"
}

// CountsShort reports whether the counts among bars are written short,
// their figures alone: when one holds words besides its figure and noun,
// or some carry their noun and others not. Counts of more than one noun
// (CountsMixed) are never short: on one "Number" axis each keeps its
// noun, as no subtitle names two (s16g-fire). A slide's value labels and the book's native ones
// beside it write them so alike.
func CountsShort(bars []Bar) bool {
	if CountsMixed(bars) {
		return false
	}
	forms := map[string]bool{}
	for _, b := range bars {
		if shortable(b) {
			forms[CountForm(b.Label, b.Unit, b.Q)] = true
		}
	}
	return forms["phrase"] || len(forms) > 1
}

// CountsMixed reports whether the counts among bars count more than one
// noun ("fire-related fatality" and "fatal fire"): each value label then
// says its figure with its own noun ("257 fatalities", "238 fires"), on
// the slide (CountLabel of the short figure) and in the native chart's
// number formats alike.
func CountsMixed(bars []Bar) bool {
	nouns := map[string]bool{}
	for _, b := range bars {
		if shortable(b) && b.Unit.Name != "" {
			nouns[strings.ToLower(b.Unit.Name)] = true
		}
	}
	return len(nouns) > 1
}

// shortable reports whether b is a count whose label CountsShort may
// write short: stated, not derived, and no order of magnitude.
func shortable(b Bar) bool {
	return b.Unit.Kind == indicators.Count && b.Op == "" && !indicators.IsOrderOfMagnitude(b.Label)
}

// startsWithDigit reports whether w starts with a digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// RatesShort reports whether bars, all of them, are rates of counts per
// a base ("653 cases per 100,000 people") written as their figures
// alone: stated exactly, none a range, a change or derived, all of one
// unit, which the subtitle then says once ("Cases per 100,000 people"),
// never again on every bar (s20n-cancer). A slide's value labels and the
// book's native ones beside it write them so alike.
func RatesShort(bars []Bar) bool {
	if len(bars) == 0 {
		return false
	}
	for _, b := range bars {
		if b.Unit.Kind != indicators.Count || b.Unit.Per == "" || b.Unit != bars[0].Unit || b.Op != "" || b.Signed ||
			b.Q.Qualifier != indicators.Exact || b.Q.IsRange() || indicators.IsOrderOfMagnitude(b.Label) {
			return false
		}
	}
	return true
}
