package indicators

import (
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Said returns the figure of r in words as every output writes it for a
// reader (derived.csv and the JSON export's text, the book's Derived
// sheet, Cover and cards, the deck): Text, but a figure below zero
// never with the hyphen-minus Format writes for machines to read back: a
// change from an earlier period (Base) as a fall, "down 554 cases", as
// every stated change is said; any other, a net flow, with the minus
// sign, "−2,630 people" (s18k-defence: "-2,630 people" on the Derived
// sheet and in derived.csv beside "−2,630 people" on the deck). A range
// of either sign ("-1 to 2 percentage points") stays as Text writes it.
func (r Result) Said(st Style) string {
	text := r.Text(st)
	if _, hi := r.Quantity.Ends(); !r.Bounded || hi >= 0 || !strings.HasPrefix(text, "-") {
		return text
	}
	if r.Base.IsStated() {
		return FallLabel(text[1:], "")
	}
	return string(lexicon.Minus) + text[1:]
}
