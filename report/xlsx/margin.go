package xlsx

import "strings"

// marginCaption returns what a chart's caption on the Charts sheet adds
// for figures stated with margins of the kinds given ("standard error"),
// or "" for none: the book's native charts draw no error bars (excelize
// has no error bars), so the caption says the margins are in the picture
// beside the chart and in the Indicators sheet's Margin column.
func marginCaption(kinds []string) string {
	if len(kinds) == 0 {
		return ""
	}
	return " · The chart draws no error bars (a native chart here cannot): the ± " + strings.Join(kinds, ", ") +
		" of each figure is in its label, in the picture beside it and in the Indicators sheet's Margin column"
}
