package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// viewSide55 returns what else keeps two figures of one unit and measure
// apart on a bar chart (drafts55): the grain of their period, so that
// months never stand beside quarters or half-years ("month", "quarter",
// "half"; a year or no period is ""), and the side of a balance, so that a
// surplus never stands beside deficits as a like bar ("surplus",
// "deficit" or ""), a change of either aside.
func viewSide55(ind *indicators.Indicator) string {
	grain := ""
	switch p := ind.Period.String(); {
	case strings.Contains(p, "-Q"):
		grain = "quarter"
	case strings.Contains(p, "-H"):
		grain = "half"
	case len(p) == len("2015-03") && p[4] == '-':
		grain = "month"
	}
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
	if grain == "" && side == "" {
		return ""
	}
	return "\x00" + grain + "\x00" + side
}
