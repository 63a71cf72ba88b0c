package indicators

import "strings"

// maxLineSources is how many sources a source line names before it says
// "and other sources" (Our World in Data's convention).
const maxLineSources = 3

// SourceLine returns the source line for the indicators (or derived
// indicators, through their inputs) named by ids, as a chart's footer and
// a slide show it: "Source: <publisher>, <title>, <date issued>", with
// "Sources:" and semicolons between several, and the first three followed
// by "and other sources" when there are more. IDs the catalog does not
// know are skipped; with no source it returns "".
func (c *Catalog) SourceLine(ids []string) string {
	srcs := c.CitedSources(ids)
	if len(srcs) == 0 {
		return ""
	}
	var parts []string
	for i, s := range srcs {
		if i == maxLineSources {
			break
		}
		parts = append(parts, citeShort(s))
	}
	head := "Source: "
	if len(srcs) > 1 {
		head = "Sources: "
	}
	out := head + strings.Join(parts, "; ")
	if len(srcs) > maxLineSources {
		out += "; and other sources"
	}
	return out
}

// citeShort writes a source as "<publisher>, <title>, <date>", leaving out
// what is not known.
func citeShort(s *Source) string {
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

// CitedSources returns the sources cited by the provenance of the
// indicators named by ids, following derived indicators to their inputs,
// in order and each once.
func (c *Catalog) CitedSources(ids []string) []*Source {
	var out []*Source
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
