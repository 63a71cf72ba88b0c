package xlsx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// inSubunit draws the items of a view of money written in a currency's
// hundredths ("3.6 pence per litre", wording.Subunit) in those hundredths,
// as the slide beside it does: the chart data hold a hundred times the
// amount ("=100*(PETROL)"), their labels say "3.6 pence per litre" and
// the axis "0 1 2 3 4" under the subtitle's unit ("Pence per litre"),
// never "£0.036" beside it. It returns that unit, or "" and changes
// nothing where the view is not so written.
func inSubunit(items []chartItem, bars []wording.Bar, title string, sc indicators.Scale) string {
	sub := wording.Subunit(bars)
	if sub == "" || sc != indicators.NoScale {
		return ""
	}
	for _, it := range items {
		if it.hedged || it.beyond || it.commitment {
			return "" // their formats carry more than the figure
		}
	}
	unit, _ := wording.Subtitle(title, bars)
	for k := range items {
		it := &items[k]
		q, u := it.bar.Q, it.bar.Unit
		d := q.Value
		if q.IsRange() {
			d = q.High
		}
		decimals := 0
		if e := int(d.Shift(2).Exp); e < 0 {
			decimals = -e
		}
		num := "#,##0"
		if decimals > 0 {
			num += "." + strings.Repeat("0", min(decimals, 10))
		}
		words := " " + sub
		if u.Per != "" {
			words += " per " + u.Per
		}
		pos := num + quote(words)
		it.fmt = negativeSection(pos)
		if it.bar.Signed && q.Direction != indicators.NoDirection {
			it.fmt = turnedFmt(it.fmt, false)
		}
		it.span, it.spanV = "100*("+it.span+")", 100*it.spanV
		if it.base != "" {
			it.base, it.baseV = "100*("+it.base+")", 100*it.baseV
		}
	}
	return unit
}
