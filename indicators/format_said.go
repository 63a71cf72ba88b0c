package indicators

import "strings"

// Said returns the figure of r in words as every output writes it for a
// reader (derived.csv and the JSON export's text, the book's Derived
// sheet, Cover and cards, the deck): Text, but a figure below zero
// never with the hyphen-minus Format writes for machines to read back: a
// change from an earlier period (Base) as a fall, "down 554 cases", as
// every stated change is said; any other, a net flow, with the minus
// sign, "−2,630 people" (s18k-defence: "-2,630 people" on the Derived
// sheet and in derived.csv beside "−2,630 people" on the deck), hedged
// or not ("about −€1,352 million"). A range keeps its form, its signs
// written for a reader ("−5 to −3 percent").
//
// A change from an earlier period that rose is said so too, "up 0.4
// percentage points", so that one wording of its direction stands in
// every output (s24s-cycling's derived.csv said "0.4 percentage points"
// beside "down 3 percentage points", the book "up 0.4"); a change whose
// interval reaches zero, a range or a ratio in times says no way.
func (r Result) Said(st Style) string {
	text := r.Text(st)
	lo, hi := r.Quantity.Ends()
	if f := strings.Fields(text); r.Bounded && r.Base.IsStated() && r.Unit.Kind != Times && !r.Quantity.IsRange() && lo > 0 && r.Interval.Lo > 0 &&
		len(f) > 0 && !strings.HasPrefix(text, "+") && DirectionWord(f[0], Up) == "" {
		return "up " + text
	}
	if !r.Bounded || hi >= 0 {
		return text
	}
	if r.Base.IsStated() && !r.Quantity.IsRange() {
		return FallLabel(withoutSigns(text), "") // "about -554 cases" is "down about 554 cases"
	}
	// "about −€1,352 million": the sum of three net flows below zero
	// (sign20), signed after its hedge as before it.
	return ReaderSigns(text)
}
