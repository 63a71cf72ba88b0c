package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a statistics release's proposed views draw (drafts35): its main
// total as the headline card, not its first figure (a quarter's trend
// change, a rank); changes of one basis only in one view (a quarterly
// trend, changes on the previous year, a change since a peak and changes
// since different base years each apart); and a series' two years ("from
// $34.4 billion in 2011 to $35.4 billion in 2013") in a before/after view
// of their own, apart from the parts that follow them.

// totalMeasures are the measures of a figure that can be a release's main
// total.
var totalMeasures = map[indicators.MeasureKind]bool{indicators.Flow: true, indicators.Stock: true, indicators.CountKind: true, indicators.Level: true}

// totalReach is how many of a document's first figures its main total
// may be found among.
const totalReach = 5

// mainTotal returns the index of a document's main total when its first
// figure is a change or a rank (a quarter's trend change, "our
// sixth-largest trading partner"): the first amount in digits among its
// first totalReach figures that is a flow, stock, count or level (not a
// change, share, rate or rank, nor "three rounds"), or, when that amount
// is the earlier of a series' two years, the later one. It returns false
// when the first figure is itself a total or no such amount follows.
func mainTotal(inds []indicators.Indicator) (int, bool) {
	first := slices.IndexFunc(inds, func(o indicators.Indicator) bool { return o.Unit.Kind != indicators.Times })
	if first < 0 || inds[first].Measure != indicators.Change && inds[first].Measure != indicators.RankKind {
		return 0, false
	}
	for i := first + 1; i < len(inds) && i <= first+totalReach; i++ {
		ind := &inds[i]
		if ind.Unit.Kind == indicators.Times || spanOfTime(ind) || ind.Unit.Kind == indicators.Rank || ind.Unit.Kind == indicators.Percent || !totalMeasures[ind.Measure] || !strings.ContainsAny(ind.Stated, "0123456789") {
			continue
		}
		if k, ok := beforeAfterPairs(inds)[i]; ok && k > i {
			return k, true
		}
		return i, true
	}
	return 0, false
}

// beforeAfterPairs maps each figure that is one of a series' two years to
// the other: two figures in a row of one quote, unit and measure, no
// changes, whose periods differ, the quote reading "from A … to B".
func beforeAfterPairs(inds []indicators.Indicator) map[int]int {
	out := map[int]int{}
	for i := 0; i+1 < len(inds); i++ {
		a, b := &inds[i], &inds[i+1]
		if len(a.Provenance) == 0 || len(b.Provenance) == 0 || a.Provenance[0].Quote != b.Provenance[0].Quote ||
			a.Unit != b.Unit || a.Measure != b.Measure || a.Measure == indicators.Change || !a.Period.IsStated() || !b.Period.IsStated() || a.Period == b.Period {
			continue
		}
		q := a.Provenance[0].Quote
		ia := strings.Index(q, a.Stated)
		if ia < 0 {
			continue
		}
		ib := strings.Index(q[ia+len(a.Stated):], b.Stated)
		if ib < 0 {
			continue
		}
		between := strings.ToLower(q[ia+len(a.Stated) : ia+len(a.Stated)+ib])
		if !hasPhrase(strings.ToLower(q[max(0, ia-8):ia]), "from") || !hasPhrase(between, "to") || len(between) > 40 {
			continue
		}
		out[i], out[i+1] = i+1, i
		i++
	}
	return out
}

// basisAfterRe and basisBeforeRe read the basis of a change from the words
// of its quote after and before it: "in trend terms", "on the previous
// year", "since the peak", "below emissions in 2000"; "lower than 1990
// by".
var (
	basisAfterRe  = lazyRegexp(`^(?:[^.;]|\.\d){0,60}?\b(?:(in\s+trend\s+terms|(?:on|from)\s+the\s+previous\s+(?:quarter|month))|((?:on|from)\s+the\s+previous\s+year|on\s+a\s+year\s+earlier)|(since\s+the\s+peak)|(?:since|than|below|above|on|from|over)\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?((?:19|20)\d\d))\b`)
	spanOn        = lazyRegexp(`^\s*(?:to|through|until|and|-|–|—)\s*(?:19|20)\d\d\b`)
	basisBeforeRe = lazyRegexp(`\b(?:than|since)\s+(?:in\s+)?((?:19|20)\d\d)\s+by\s*$`)
)

// quoteBasis returns the basis a change's quote gives it around [s, e):
// "period", "year", "peak", "since YYYY", or "".
func quoteBasis(q string, s, e int) string {
	if g := basisBeforeRe.FindStringSubmatch(strings.ToLower(q[max(0, s-40):s])); g != nil {
		return "since " + g[1]
	}
	rest := strings.ToLower(q[e:])
	if k := strings.Index(rest, ", while"); k >= 0 {
		rest = rest[:k]
	}
	loc := basisAfterRe.FindStringSubmatchIndex(rest)
	if loc == nil || loc[8] >= 0 && spanOn.MatchString(rest[loc[1]:]) {
		return "" // "from 2020 to 2025" is a span, no base
	}
	g := basisAfterRe.FindStringSubmatch(rest)
	switch {
	case g == nil:
		return ""
	case g[1] != "":
		return "period"
	case g[2] != "":
		return "year"
	case g[3] != "":
		return "peak"
	}
	return "since " + g[4]
}

// wholeChange reports whether the first of three or more counted changes
// is at least as large as the others together: the whole change ("the
// population increased by 238,800 people"), whose parts follow it (each
// state's increase), never a bar beside them.
func wholeChange(ids []string, byID map[string]*indicators.Indicator) bool {
	if len(ids) < 3 {
		return false
	}
	first := byID[ids[0]]
	if first.Measure != indicators.Change || first.Unit.Kind != indicators.Count {
		return false
	}
	rest := 0.0
	for _, id := range ids[1:] {
		rest += valueOf(byID[id])
	}
	v := valueOf(first)
	return v > 0 && v >= rest
}
