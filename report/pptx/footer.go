package pptx

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// maxFooterSources is how many sources a source line names before it says
// "and other sources".
const maxFooterSources = 3

// footer returns the source line of the indicators (or derived indicators,
// through their inputs) named by ids, in the words of report/chart.Footer:
// "Source: <publisher>, <title>, <date issued>", "Sources:" and semicolons
// between several, "and other sources" after the third.
//
// It repeats report/chart.Footer, which the report packages may not import
// from one another; a test checks that the two agree.
func footer(c *indicators.Catalog, ids []string) string {
	srcs := sourcesOf(c, ids)
	if len(srcs) == 0 {
		return ""
	}
	var parts []string
	for i, s := range srcs {
		if i == maxFooterSources {
			break
		}
		parts = append(parts, citeShort(s))
	}
	head := "Source: "
	if len(srcs) > 1 {
		head = "Sources: "
	}
	out := head + strings.Join(parts, "; ")
	if len(srcs) > maxFooterSources {
		out += "; and other sources"
	}
	return out
}

// citeShort writes a source as "<publisher>, <title>, <date>", leaving out
// what is not known.
func citeShort(s *indicators.Source) string {
	var f []string
	for _, x := range []string{s.Publisher, s.Title, s.Issued.Long()} {
		if x = strings.TrimSpace(x); x != "" {
			f = append(f, x)
		}
	}
	if len(f) == 0 {
		return s.ID
	}
	return strings.Join(f, ", ")
}

// sourcesOf returns the sources cited by the provenance of the indicators
// named by ids, following derived indicators to their inputs, in order and
// each once.
func sourcesOf(c *indicators.Catalog, ids []string) []*indicators.Source {
	var out []*indicators.Source
	seen := map[string]bool{}
	visited := map[string]bool{}
	var walk func(id string, depth int)
	walk = func(id string, depth int) {
		if visited[id] || depth > 32 {
			return
		}
		visited[id] = true
		if ind, ok := c.Indicator(id); ok {
			for _, s := range c.SourcesOf(ind) {
				if !seen[s.ID] {
					seen[s.ID] = true
					out = append(out, s)
				}
			}
			return
		}
		if d, ok := c.DerivedIndicator(id); ok {
			for _, in := range d.Inputs {
				walk(in, depth+1)
			}
		}
	}
	for _, id := range ids {
		walk(id, 0)
	}
	return out
}
