package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a proposed view never draws together (drafts38): a total beside the
// parts it contains ("All up, our program is $9.1 billion" beside the $2.4
// billion of one line; a project's total cost beside the government's
// share of it in the same sentence); a target to reach by a year beside a
// single year's count (a running total "since 2014" may stand beside it).
// A series of three or more levels ("from 4% in
// 2019 to 8% in 2022 and 16% in 2023") is a view of its own.

// totalCueBefore matches the words before an amount that make it a total:
// "All up, our investment is", "Total project cost is", "in total".
var totalCueBefore = lazyRegexp(`(?i)(?:^|[^a-z])(?:all\s+up|in\s+total|altogether|all\s+told|total|overall|combined)\b[^.;]{0,60}$`)

// statedTotal reports whether a figure is a total its quote names so: a
// total cue before it in its own sentence, with no other figure between.
func statedTotal(ind *indicators.Indicator) bool {
	if len(ind.Provenance) == 0 || ind.Unit.Kind != indicators.Money {
		return false
	}
	q := ind.Provenance[0].Quote
	i := strings.Index(q, ind.Stated)
	if i < 0 {
		return false
	}
	before := q[:i]
	if k := strings.LastIndexAny(before, "$€£¥"); k >= 0 {
		before = before[k+1:] // another amount stands between
	}
	return totalCueBefore.MatchString(before)
}

// totalsAndParts returns the figures of ids that a view of bars leaves
// out: each stated total, and the figures that share its sentence (its
// parts: "Total project cost is $1.7 billion, with a Federal contribution
// of $1.5 billion").
func totalsAndParts(ids []string, byID map[string]*indicators.Indicator) []string {
	var out []string
	for _, id := range ids {
		t := byID[id]
		if !statedTotal(t) {
			continue
		}
		for _, o := range ids {
			p := byID[o]
			if o == id || len(p.Provenance) > 0 && p.Provenance[0].Span == t.Provenance[0].Span && valueOf(p) < valueOf(t) && !addedTo(p) {
				if !slices.Contains(out, o) {
					out = append(out, o)
				}
			}
		}
	}
	return out
}

// runningTotal reports whether a fact's quote or period makes it a running
// total, which a target to reach by a year may stand beside: a span, or
// "since 2014", "to date", "so far", "cumulative".
func runningTotal(ind *indicators.Indicator) bool {
	if ind.Period.IsSpan() {
		return true
	}
	if len(ind.Provenance) == 0 {
		return false
	}
	q := strings.ToLower(ind.Provenance[0].Quote)
	return hasPhrase(q, "since") || hasPhrase(q, "to date") || hasPhrase(q, "so far") || hasPhrase(q, "cumulative") || hasPhrase(q, "in total")
}

// mixedTargets returns the targets of ids when the others are facts of a
// single year: a target never stands beside one year's count.
func mixedTargets(ids []string, byID map[string]*indicators.Indicator) []string {
	var targets []string
	yearly := false
	for _, id := range ids {
		ind := byID[id]
		switch {
		case ind.Status == indicators.Target:
			targets = append(targets, id)
		case ind.Status == indicators.Fact && !runningTotal(ind):
			yearly = true
		}
	}
	if !yearly || len(targets) == len(ids) {
		return nil
	}
	return targets
}

// openFalls returns the figures of ids that bars of rises and falls
// drawn signed (indicators.SignedMoves) cannot yet draw, as verify says:
// a fall with an open end ("a reduction of nearly 21 percentage points"
// beside "10 percentage points higher"); none where the bars are not
// signed.
func openFalls(ids []string, byID map[string]*indicators.Indicator) []string {
	qs := make([]indicators.Quantity, len(ids))
	sts := make([]indicators.Status, len(ids))
	for i, id := range ids {
		qs[i], sts[i] = byID[id].Quantity, byID[id].Status
	}
	if !indicators.SignedMoves(qs, sts) {
		return nil
	}
	var out []string
	for i, id := range ids {
		if _, hi := qs[i].SignedEnds(); hi < 0 && qs[i].Qualifier.OpenEnd() && byID[id].Unit.Kind != indicators.Rank {
			out = append(out, id)
		}
	}
	return out
}

// seriesRuns maps the first figure of each series of three or more levels
// of one quote ("increased from 4% in 2019 to 8% in 2022 and 16% in
// 2023") to the indexes of the series: one unit and measure, no changes,
// each of its own period, "from" before the first and "to", "and" or a
// comma between.
func seriesRuns(inds []indicators.Indicator) map[int][]int {
	out := map[int][]int{}
	for i := 0; i < len(inds); i++ {
		a := &inds[i]
		if len(a.Provenance) == 0 || a.Measure == indicators.Change || !a.Period.IsStated() {
			continue
		}
		q := a.Provenance[0].Quote
		ia := strings.Index(q, a.Stated)
		if ia < 0 || !hasPhrase(strings.ToLower(q[max(0, ia-8):ia]), "from") {
			continue
		}
		run, at, seen := []int{i}, ia+len(a.Stated), []indicators.Period{a.Period}
		for j := i + 1; j < len(inds); j++ {
			b := &inds[j]
			if len(b.Provenance) == 0 || b.Provenance[0].Quote != q || b.Unit != a.Unit || b.Measure != a.Measure || !b.Period.IsStated() || slices.Contains(seen, b.Period) {
				break
			}
			ib := strings.Index(q[at:], b.Stated)
			if ib < 0 {
				break
			}
			between := strings.ToLower(q[at : at+ib])
			if len(between) > 40 || !hasPhrase(between, "to") && !hasPhrase(between, "and") && !strings.Contains(between, ",") {
				break
			}
			run, at, seen = append(run, j), at+ib+len(b.Stated), append(seen, b.Period)
		}
		if len(run) >= 3 {
			out[i] = run
			i = run[len(run)-1]
		}
	}
	return out
}

// without returns ids and their titles less the figures of out.
func without(ids, titles, out []string) ([]string, []string) {
	var ki, kt []string
	for k, id := range ids {
		if !slices.Contains(out, id) {
			ki, kt = append(ki, id), append(kt, titles[k])
		}
	}
	return ki, kt
}

// statedList says the figures of ids as stated: "$27.7 billion and $1.7
// billion".
func statedList(ids []string, byID map[string]*indicators.Indicator) string {
	var s []string
	for _, id := range ids {
		s = append(s, byID[id].Stated)
	}
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}

// addedToBefore matches the words right before an amount that add it to the
// others rather than count it in them: "a further", "an additional".
var addedToBefore = lazyRegexp(`(?i)\b(?:a\s+further|an\s+additional|another|on\s+top\s+of)\s*$`)

// addedTo reports whether a figure's quote adds it to the total beside it
// ("with the states contributing a further $6 billion"): no part of it.
func addedTo(ind *indicators.Indicator) bool {
	q := ind.Provenance[0].Quote
	i := strings.Index(q, ind.Stated)
	return i >= 0 && addedToBefore.MatchString(q[:i])
}

// wholeOfRun reports whether the first of three or more counted changes
// is the sum, within half a percent, of the two or more that follow it
// ("an increase of 48,177" and then 41,038 for primary and 7,139 for
// secondary students): the whole change, whose parts follow it.
func wholeOfRun(ids []string, byID map[string]*indicators.Indicator) bool {
	if len(ids) < 3 {
		return false
	}
	first := byID[ids[0]]
	if first.Measure != indicators.Change || first.Unit.Kind != indicators.Count {
		return false
	}
	v, sum := valueOf(first), 0.0
	for k, id := range ids[1:] {
		sum += valueOf(byID[id])
		if k >= 1 && v > 0 && sum >= v*0.995 && sum <= v*1.005 {
			return true
		}
	}
	return false
}
