package xlsx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// countsShort gives the counts among items a number format of their
// figures alone ("18,840", "3"), as the slide beside the chart writes
// them: every one not signed where the slide writes them short (all:
// wording.CountsShort), and each the document states bare ("559,742",
// wording.CountForm), a rise or fall too ("down 188"), which the slide
// writes as stated under a subtitle that names what is counted. The
// native chart's value labels, in their cells' formats, then agree with
// the slide's, never "18,840 liquidations" beside "18,840", nor "down 188
// incidents" beside "down 188", which took the room left of its bar and
// went inside it where the slide's stood outside (s27x-hatecrime); the
// Chart data sheet's Unit column says the noun (s25v-waiting: "559,742
// waits" on one view, "322,218" with Unit "waits" on the next).
//
// A view with a hedged count keeps its formats: the hedge is written into
// the format of a figure with its noun ("under 4 years").
func countsShort(items []chartItem, all bool) {
	for _, it := range items {
		if it.hedged && it.bar.Unit.Kind == indicators.Count {
			return
		}
	}
	for k := range items {
		it := &items[k]
		u, q := it.bar.Unit, it.bar.Q
		if u.Kind != indicators.Count || it.bar.Op != "" || u.Per != "" || indicators.IsOrderOfMagnitude(it.bar.Label) {
			continue
		}
		bare := wording.CountForm(it.bar.Label, u, q) == "bare"
		if !bare && (!all || it.bar.Signed) || it.bar.Signed && it.against != "" {
			continue
		}
		d := q.Value
		if q.IsRange() {
			d = q.High
		}
		f := numFmt(d, indicators.Unit{}, q.Scale, false) // a pure number: no noun
		if it.bar.Signed && (q.Direction == indicators.Up || q.Direction == indicators.Down) {
			f = turnedFmt(f, q.Value.Float64() == 1)
		}
		it.fmt = keepHedge(*it, f)
	}
}

// keepHedge returns the short format f of it with the hedge its own format
// leads with (chartItem: "some 99.6 million", "about 60%"), so that a
// figure said short is still said as the document says it, never "99.6
// million" for "some 99.6 million" (libraries). A count's format may
// open on its singular's condition ("[=1]\"around \"0\" household\";…"):
// its hedge is in it all the same, and was lost (s27x-fuelpov: "340,000"
// for "Around 340,000 households").
func keepHedge(it chartItem, f string) string {
	if h := quote(indicators.LeadingHedge(it.fig) + " "); h != quote(" ") && strings.Contains(it.fmt, h) {
		return leadSections(f, h)
	}
	return f
}

// ratesShort gives rates of one unit (wording.RatesShort) a number format
// of their figures alone ("653"), as the slide writes them under the
// subtitle's "Cases per 100,000 people".
func ratesShort(items []chartItem) {
	for k := range items {
		it := &items[k]
		it.fmt = keepHedge(*it, numFmt(it.bar.Q.Value, indicators.Unit{}, it.bar.Q.Scale, false))
	}
}

// wordsKept gives a share the document writes as a proportion in words a
// number format of those words, where the slide keeps them
// (wording.WordsKept): the doughnut says "about a quarter" as the slide's
// waffle and the deck do, its cell still the number 0.25.
func wordsKept(items []chartItem) {
	bars := make([]wording.Bar, len(items))
	for k, it := range items {
		bars[k] = it.bar
	}
	for k := range items {
		if wording.WordsKept(bars, k) {
			items[k].fmt = quote(items[k].bar.Label)
		}
	}
}
