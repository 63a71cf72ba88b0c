package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// periodGrain returns the grain of a figure's period: "month",
// "quarter", "half", or "" for a year, a span or no period.
func periodGrain(ind *indicators.Indicator) string {
	switch p := ind.Period.String(); {
	case strings.Contains(p, "-Q"):
		return "quarter"
	case strings.Contains(p, "-H"):
		return "half"
	case len(p) == len("2015-03") && p[4] == '-':
		return "month"
	}
	return ""
}

// otherGrain returns the figures of ids whose period is of another grain
// than the first figure's of a month, quarter or half-year, so that months
// never stand beside quarters on one axis; figures of a year or of no
// period stay.
func otherGrain(ids []string, byID map[string]*indicators.Indicator) []string {
	first := ""
	var out []string
	for _, id := range ids {
		g := spanGrain(byID[id])
		switch {
		case g == "":
		case first == "":
			first = g
		case g != first:
			out = append(out, id)
		}
	}
	return out
}

// viewSide returns the side of a balance a level or flow is on, so that
// a surplus never stands beside deficits as a like bar: "\x00surplus",
// "\x00deficit" or "", a change of either aside (drafts55).
func viewSide(ind *indicators.Indicator) string {
	side := ""
	for _, w := range strings.Fields(strings.ToLower(ind.Title)) {
		if ind.Measure == indicators.Change {
			break // a widening deficit and a fall in exports are both changes
		}
		switch strings.Trim(w, ",.;:()’'") {
		case "surplus", "surpluses":
			side = "surplus"
		case "deficit", "deficits":
			side = "deficit"
		}
	}
	if side == "" {
		return ""
	}
	return "\x00" + side
}
