package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Quarters as the UK's Office for National Statistics writes them
// (drafts46):
//
//	in Quarter 4 (Oct to Dec) 2023, in Quarter 4 2023 → 2023-Q4: the
//	months in parentheses gloss the quarter
//	Across Quarter 3 (July to Sept) and Quarter 4 2023 → 2023-H2: two
//	quarters named together are the span of both, with the later one's
//	year
//	in the latest quarter → the release's reference quarter, the one its
//	title names

var (
	// onsQuarterRe is a quarter by number, or two joined by "and" or
	// "to": "Quarter 4 (Oct to Dec) 2023", "Quarter 3 (July to Sept) and
	// Quarter 4 2023".
	onsQuarterRe = lazyRegexp(`\b[Qq]uarter ([1-4])(?: \([A-Za-z]{3,9}\.? to [A-Za-z]{3,9}\.?\))?(?: (?:and|to) [Qq]uarter ([1-4])(?: \([A-Za-z]{3,9}\.? to [A-Za-z]{3,9}\.?\))?)? ((?:19|20)\d\d)\b`)
	// latestQuarterRe is the quarter a release is about: "in the latest
	// quarter".
	latestQuarterRe = lazyRegexp(`(?i)\b(?:in|during|over) the (?:latest|most recent|current) quarter\b`)
)

// onsQuarterMatches returns the quarters and spans of quarters s names
// in the Office for National Statistics' way, as quarterAt at offsets
// from base.
func onsQuarterMatches(s string, base int) []quarterAt {
	var out []quarterAt
	for _, g := range onsQuarterRe.FindAllStringSubmatchIndex(s, -1) {
		q1, _ := strconv.Atoi(s[g[2]:g[3]])
		y, _ := strconv.Atoi(s[g[6]:g[7]])
		p := indicators.QuarterPeriod(y, q1)
		if g[4] >= 0 {
			q2, _ := strconv.Atoi(s[g[4]:g[5]])
			if q2 <= q1 {
				continue
			}
			p = indicators.Period{From: indicators.QuarterPeriod(y, q1).From, To: indicators.QuarterPeriod(y, q2).To}
		}
		out = append(out, quarterAt{base + g[0], base + g[1], p, false, s[g[0]:g[1]]})
	}
	return out
}

// followingRe opens the earlier figure a sentence goes on from:
// "grown by 0.7% following broadly flat growth in Quarter 3".
var followingRe = lazyRegexp(`^[^.;()]{0,60}?\bfollowing\b`)

// latestQuarterClaim dates a figure "in the latest quarter", or one that
// goes on "following" an earlier quarter's, by the quarter the release
// reports on (its title's or first heading's).
func (d *docDraft) latestQuarterClaim(cl *claim, m Mention) {
	rest := d.src.Text[m.Span.End:m.Sentence.End]
	var g []int
	if strings.Contains(rest, "uarter") { // spare the regexp
		g = latestQuarterRe.FindStringIndex(rest)
	}
	latest := g != nil && len(strings.Fields(rest[:g[0]])) <= 3
	following := !latest && strings.Contains(rest, "ollowing") && followingRe.MatchString(rest)
	if !latest && !following {
		return
	}
	rq, _, why, ok := d.releaseSpan()
	if !ok || !isQuarter(rq) {
		return
	}
	ind := &cl.ind
	if following && (!isQuarter(ind.Period) || !strings.Contains(cl.fieldNotes["period"], "after the figure")) {
		return
	}
	if ind.Period == rq {
		return
	}
	if latest {
		cl.fieldNotes["period"] = fmt.Sprintf("%q: the release's quarter, %s", rest[g[0]:g[1]], why)
		declare(cl.fieldNotes, "period", "period/latestQuarterClaim#1")
	} else {
		cl.fieldNotes["period"] = fmt.Sprintf("the release's quarter, %s: the quarter after \"following\" is the one it goes on from", why)
		declare(cl.fieldNotes, "period", "period/latestQuarterClaim#2")
	}
	ind.Period = rq
}
