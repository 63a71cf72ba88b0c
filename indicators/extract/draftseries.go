package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// proposeSeries proposes series across the documents of one draft: the
// figures that two or more documents state for two or more periods with
// the same places, measure and unit and titles of nearly the same content
// words (three quarters shared; "Two-way goods and services trade flow" in
// 2012 and "Two-way goods and services trade" in 2014), one point per
// document and period. It sets each point's Series, and returns the
// series, a series view of each and the comment lines that say why.
// Figures of one document alone are left alone: a document that gives
// 2017 and an average of 2014-2017 states two quantities, not a series.
func proposeSeries(inds []indicators.Indicator, taken map[string]int) ([]indicators.Series, []indicators.ChartView, map[string][]string) {
	type cluster struct {
		words   []string
		members []int
	}
	type key struct {
		entities, counterpart string
		measure               indicators.MeasureKind
		unit                  indicators.Unit
	}
	buckets := map[key][]*cluster{}
	var order []*cluster
	for i := range inds {
		ind := &inds[i]
		if !ind.Period.IsStated() || ind.Period.IsSpan() || !chartable(ind) || ind.Unit.IsZero() || len(ind.Provenance) == 0 {
			continue // an average over 2002-2012 and one over 2004-2013 are no series
		}
		k := key{strings.Join(ind.Entities, ","), ind.Counterpart, ind.Measure, ind.Unit}
		words := contentWords(ind.Title)
		if len(words) == 0 {
			continue
		}
		var c *cluster
		for _, o := range buckets[k] {
			if nearlySame(o.words, words) {
				c = o
				break
			}
		}
		if c == nil {
			c = &cluster{words: words}
			buckets[k] = append(buckets[k], c)
			order = append(order, c)
		}
		c.members = append(c.members, i)
	}
	var series []indicators.Series
	var views []indicators.ChartView
	notes := map[string][]string{}
	for _, c := range order {
		var points []int
		sources := map[string]bool{}
		periods := map[string]bool{}
		for _, i := range c.members {
			src, p := inds[i].Provenance[0].Source, inds[i].Period.String()
			if slices.ContainsFunc(points, func(j int) bool {
				return inds[j].Provenance[0].Source == src && inds[j].Period.String() == p
			}) {
				continue // the document restates it: one point
			}
			points = append(points, i)
			sources[src], periods[p] = true, true
		}
		if len(sources) < 2 || len(periods) < 2 {
			continue
		}
		first := &inds[points[0]]
		id := slug(first.Title, 50)
		if taken[id] > 0 || slices.ContainsFunc(inds, func(ind indicators.Indicator) bool { return ind.ID == id }) {
			id += "-series" // an ID is one thing's
		}
		taken[id]++
		if n := taken[id]; n > 1 {
			id = fmt.Sprintf("%s-%d", id, n)
		}
		s := indicators.Series{ID: id, Title: first.Title, Unit: first.Unit, Measure: first.Measure, MeasureSet: true}
		series = append(series, s)
		for _, i := range points {
			inds[i].Series = id
		}
		names := slices.Sorted(maps.Keys(sources))
		notes[id] = []string{fmt.Sprintf("proposed series: %d figures of %d documents (%s) with the same places, measure, unit and nearly the same title; check that they measure the same thing",
			len(points), len(sources), strings.Join(names, ", "))}
		v := indicators.ChartView{ID: id + "-over-time", Title: first.Title + " over time", Kind: indicators.SeriesKind, Series: []string{id}}
		taken[v.ID]++
		views = append(views, v)
		notes[v.ID] = []string{"proposed view: the series " + id + " on a time axis"}
	}
	return series, views, notes
}

// nearlySame reports whether two titles' content words are nearly the
// same: three quarters of all of them shared.
func nearlySame(a, b []string) bool {
	shared := 0
	for _, w := range a {
		if slices.Contains(b, w) {
			shared++
		}
	}
	all := len(a) + len(b) - shared
	return all > 0 && 4*shared >= 3*all
}

// contentWords returns the content words of a title, lower case, split at
// hyphens, without places (the entities say those), stop words, plurals
// and -ed/-ing endings.
func contentWords(s string) []string {
	ps := placesIn(s, 0)
	for i := len(ps) - 1; i >= 0; i-- {
		s = s[:ps[i].start] + " " + s[ps[i].end:]
	}
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\n' }) {
		w = strings.Trim(strings.ReplaceAll(w, ".", ""), ",;:()’'\"")
		if w == "" || titleStop[w] || subjectEnds[w] {
			continue
		}
		stem := false
		for _, suf := range []string{"ing", "ed"} {
			if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
				w, stem = strings.TrimSuffix(w, suf), true
				break
			}
		}
		if !stem && len(w) > 4 {
			w = indicators.Singular(w) // "prices", "taxes", "countries", "purchases"
		}
		out = append(out, w)
	}
	return out
}
