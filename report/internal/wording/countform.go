package wording

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// CountForm says how the label of a count in unit u, quantity q, is
// written: "bare" ("21,400"), "noun", the figure and its counted noun
// ("30 countries", "3-5 countries"), or "phrase", with other words ("31,800
// estimated new HIV infections", "three receivership appointments").
//
// A rate's label is read up to its "per": "10.3 deaths per 100,000" is the
// figure and its noun, its base no figure (FigureEnd).
func CountForm(label string, u indicators.Unit, q indicators.Quantity) string {
	l := strings.TrimSpace(label)
	if f := strings.Fields(l); perAt(f) > 0 {
		l = strings.Join(f[:perAt(f)], " ")
	}
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

// FigureEnd returns the index, among the words of label (strings.Fields),
// of the figure's last word: its last digits, or the scale word right
// after them ("1.5 million"); -1 where no word before a rate's "per" starts
// with a digit. The base of a rate is no figure: the figure of "10.3
// deaths per 100,000" ends at "10.3", never at "100,000", which a noun
// written after it made "10.3 deaths per 100,000 deaths" (s21o-suicide).
// Every reader of a label's figure (a count's noun after it, a series
// point cut after it, a bar's short figure) finds it here.
func FigureEnd(label string, q indicators.Quantity) int {
	f := strings.Fields(label)
	if p := perAt(f); p >= 0 {
		f = f[:p]
	}
	end := -1
	for i, w := range f {
		switch {
		case startsWithDigit(w):
			end = i
		case end >= 0 && i == end+1 && q.Scale != indicators.NoScale && strings.EqualFold(w, q.Scale.String()):
			end = i
		}
	}
	return end
}

// perAt returns the index of the first "per" among words f, where a
// rate's base starts, or -1.
func perAt(f []string) int {
	for i, w := range f {
		if strings.EqualFold(w, "per") {
			return i
		}
	}
	return -1
}

// startsWithDigit reports whether w starts with a digit.
func startsWithDigit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// RatesShort reports whether bars, all of them, are rates of counts per
// a base ("653 cases per 100,000 people") written as their figures
// alone: stated exactly, none a range, a change or derived, all of one
// unit, which the subtitle then says once ("Cases per 100,000 people"),
// never again on every bar (s20n-cancer); one rate written two ways
// (OneRate) is of one unit. A slide's value labels and the
// book's native ones beside it write them so alike.
func RatesShort(bars []Bar) bool {
	if len(bars) == 0 {
		return false
	}
	bars = OneRate(bars) // "per 100,000" beside "per 100,000 population"
	for _, b := range bars {
		if b.Unit.Kind != indicators.Count || b.Unit.Per == "" || b.Unit != bars[0].Unit {
			return false
		}
	}
	return NumbersAlone(bars)
}

// NumbersAlone reports whether every bar's figure is said whole by its
// number alone, its unit said elsewhere (a subtitle, an axis title):
// stated exactly, none a range, a change, derived, signed or an order of
// magnitude. A hedged figure ("about 29") or a range written as its
// number alone would claim a precision the document did not.
func NumbersAlone(bars []Bar) bool {
	if len(bars) == 0 {
		return false
	}
	for _, b := range bars {
		if b.Op != "" || b.Signed || b.Q.Qualifier != indicators.Exact || b.Q.IsRange() || indicators.IsOrderOfMagnitude(b.Label) {
			return false
		}
	}
	return true
}

// OneRate returns bars with the rates among them that are one base
// worded several ways ("per 100,000", "per 100,000 people", "per 100,000
// population") worded one way, by the one rule of the catalog's outputs
// (indicators.OneRateUnits: the wording most of them use); bars is not
// changed. The writers read their catalogs already so worded
// (indicators.Catalog.OneRateWorded); bars gathered otherwise are worded
// alike here, so that a subtitle says the rate once, never "Deaths" for
// two wordings (s21o-suicide).
func OneRate(bars []Bar) []Bar {
	out := slices.Clone(bars)
	units := make([]*indicators.Unit, len(out))
	for i := range out {
		units[i] = &out[i].Unit
	}
	indicators.OneRateUnits(units)
	return out
}

// titledBase gives the bars of a rate per a bare number ("per 100,000")
// the base a title names with that number and its counted noun ("Fatal
// work injury rate per 100,000 workers"), where another bar is per that
// base: the title says every bar is per workers, and the document left
// the noun unwritten ("down from a rate of 4.1 per 100,000"), so the
// subtitle says one base once, never "per 100,000 and per 100,000
// workers". A bare base under a title naming none, or beside a base the
// title does not name ("per 1,000 unmarried men" beside "per 1,000"),
// keeps its wording: per worker is no per person. bars is changed in place
// (OneRate's clone).
func titledBase(title string, bars []Bar) []Bar {
	low := strings.ToLower(title)
	for _, b := range bars {
		num, _, named := strings.Cut(b.Unit.Per, " ")
		if !named || !hasWords(low, "per "+strings.ToLower(b.Unit.Per)) {
			continue
		}
		for i := range bars {
			u := bars[i].Unit
			u.Per = b.Unit.Per
			if bars[i].Unit.Per == num && u == b.Unit {
				bars[i].Unit = u
			}
		}
	}
	return bars
}
