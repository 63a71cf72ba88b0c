package extract

import (
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Views of one span and one time (drafts61): a quarter's total never
// stands beside a 12-month total, nor a change over a quarter beside a
// change over a rolling year; a figure of an earlier year stands beside
// its own later value, as a pair, never beside other groups' later
// values.

// spanGrain returns the grain of a figure's period as periodGrain
// does, and for a span of months or years its length: "span of 12
// months", "span of 6 years".
func spanGrain(ind *indicators.Indicator) string {
	if g := periodGrain(ind); g != "" {
		return g
	}
	p := ind.Period
	if !p.IsSpan() || p.From.Day != 0 || p.To.Day != 0 {
		return ""
	}
	if p.From.Month != 0 && p.To.Month != 0 {
		n := p.MonthsSpanned()
		return "span of " + strconv.Itoa(n) + " months"
	}
	return "span of " + strconv.Itoa(p.To.Year-p.From.Year+1) + " years"
}

// yearSplit splits the figures ids of one view by their time: the
// figures of one title stated for two or more periods make a pair of
// their own (pairs, each in time order), and of the others those of
// another year than the latest whose group has no figure of the latest
// year stay out of the view (out), so that no 2011 value stands beside
// 2023 values of another group; a group is a place where the figures
// are of several places, else a title. A view whose
// figures are all of one period is left whole.
func yearSplit(ids []string, byID map[string]*indicators.Indicator) (pairs [][]string, out []string) {
	latest, mixed := 0, false
	for _, id := range ids {
		p := byID[id].Period
		if !p.IsStated() {
			continue
		}
		if latest != 0 && p.From.Year != latest {
			mixed = true
		}
		latest = max(latest, p.From.Year)
	}
	if !mixed {
		return nil, nil
	}
	byTitle := map[string][]string{}
	var order []string
	for _, id := range ids {
		t := byID[id].Title
		if _, ok := byTitle[t]; !ok {
			order = append(order, t)
		}
		byTitle[t] = append(byTitle[t], id)
	}
	paired := map[string]bool{}
	for _, t := range order {
		same := byTitle[t]
		if len(same) < 2 || !distinctPeriods(same, byID) {
			continue
		}
		pair := slices.Clone(same)
		slices.SortStableFunc(pair, func(a, b string) int { return periodOrder(byID[a].Period, byID[b].Period) })
		pairs = append(pairs, pair)
		for _, id := range same {
			paired[id] = true
		}
	}
	// A group is a place where the figures are of places ("31 200
	// applicants in Spain" and Spain's quarter before), else a title.
	groupOf := func(ind *indicators.Indicator) string { return ind.Title }
	for _, id := range ids[1:] {
		if !slices.Equal(byID[id].Entities, byID[ids[0]].Entities) {
			groupOf = func(ind *indicators.Indicator) string { return strings.Join(ind.Entities, ",") }
			break
		}
	}
	latest = 0
	for _, id := range ids {
		if p := byID[id].Period; !paired[id] && p.IsStated() {
			latest = max(latest, p.From.Year)
		}
	}
	now := map[string]bool{}
	for _, id := range ids {
		if p := byID[id].Period; !paired[id] && p.IsStated() && p.From.Year == latest {
			now[groupOf(byID[id])] = true
		}
	}
	for _, id := range ids {
		if p := byID[id].Period; !paired[id] && p.IsStated() && p.From.Year != latest && !now[groupOf(byID[id])] {
			out = append(out, id)
		}
	}
	return pairs, out
}

// distinctPeriods reports whether the figures ids are each of
// another period.
func distinctPeriods(ids []string, byID map[string]*indicators.Indicator) bool {
	seen := map[indicators.Period]bool{}
	for _, id := range ids {
		p := byID[id].Period
		if !p.IsStated() || seen[p] {
			return false
		}
		seen[p] = true
	}
	return true
}

// periodOrder orders two periods by their start.
func periodOrder(a, b indicators.Period) int {
	if c := a.From.Year - b.From.Year; c != 0 {
		return c
	}
	if c := int(a.From.Month) - int(b.From.Month); c != 0 {
		return c
	}
	return a.From.Day - b.From.Day
}
