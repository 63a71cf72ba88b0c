package indicators

import (
	"strconv"
	"strings"
	"time"
)

// maxLineSources is how many sources a source line names before it says
// "and other sources" (Our World in Data's convention).
const maxLineSources = 3

// SourceLine returns the source line for the indicators (or derived
// indicators, through their inputs) named by ids, as a chart's footer and
// a slide show it: "Source: <publisher>, “<title>”, <date issued>" (the date
// as Source.IssuedPhrase writes it), with "Sources:" and semicolons
// between several, and the first three followed by "and other sources"
// when there are more. IDs the catalog does not
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

// citeShort writes a source as "<publisher>, “<title>”, <date>", leaving
// out what is not known and a date the title says (Source.IssuedPhrase).
// The title is in quotes, so that a figure it states ("£3 billion worth of
// illegal drugs seized …", s28y-drugseizures) reads as the document's
// name under a chart of other figures, never as one of them. A title's
// closing full stop gives way to the comma after it (titleStop).
func citeShort(s *Source) string {
	title := titleStop(s.Title)
	if title != "" {
		title = "“" + title + "”"
	}
	var f []string
	for _, x := range []string{s.Publisher, title, s.IssuedPhrase()} {
		if x = strings.TrimSpace(x); x != "" {
			f = append(f, x)
		}
	}
	if len(f) == 0 {
		return s.ID
	}
	return strings.Join(f, ", ")
}

// titleStop drops the full stop a title ends on, as a source line sets a
// comma after it ("…, says EPA." → "…, says EPA"). It keeps "?" and "!",
// an ellipsis, the stop of an abbreviation that holds another stop
// ("U.S."), and a stop inside closing quotes, which is the document's.
func titleStop(t string) string {
	t = strings.TrimSpace(t)
	head, ok := strings.CutSuffix(t, ".")
	if !ok || strings.HasSuffix(head, ".") {
		return t
	}
	if last := head[strings.LastIndexAny(head, " \t")+1:]; strings.Contains(last, ".") {
		return t
	}
	return head
}

// IssuedPhrase returns how a source line writes the dates of s: the date
// issued, then "updated <date>" where the source gives one (Source.Updated,
// never called published). The date issued is "" when its title says that
// date in any spelling ("May 17, 2011", "17 May 2011"), "published 25
// November 2022" when the title says another date or month ("…: 8 to 20
// November 2022"), else the date alone.
func (s *Source) IssuedPhrase() string {
	issued := s.issuedPhrase()
	if s.Updated.IsZero() {
		return issued
	}
	if issued == "" {
		return "updated " + s.Updated.Long()
	}
	return issued + ", updated " + s.Updated.Long()
}

// DatePhrase returns the dates of s as a title slide or a list of
// sources writes them beside the publisher: "26 September 2023", "updated
// 26 September 2023" when only the update is known, "12 January 2023,
// updated 26 September 2023" with both, or "".
func (s *Source) DatePhrase() string {
	switch {
	case s.Updated.IsZero():
		return s.Issued.Long()
	case s.Issued.IsZero():
		return "updated " + s.Updated.Long()
	}
	return s.Issued.Long() + ", updated " + s.Updated.Long()
}

// Dated returns the date s is known by: its issue date, else the date it
// was updated, else the zero Date. A later document is the one with the
// later Dated.
func (s *Source) Dated() Date {
	if s.Issued.IsZero() {
		return s.Updated
	}
	return s.Issued
}

// issuedPhrase is IssuedPhrase's date issued.
func (s *Source) issuedPhrase() string {
	d, title := s.Issued, s.Title
	if d.IsZero() {
		return ""
	}
	hasYear := hasWord(title, strconv.Itoa(d.Year))
	hasMonth := d.Month != 0 && (hasWord(title, d.Month.String()) || hasWord(title, d.Month.String()[:3]))
	hasDay := d.Day != 0 && hasWord(title, strconv.Itoa(d.Day))
	switch {
	case hasYear && (d.Month == 0 || hasMonth && (d.Day == 0 || hasDay)):
		return ""
	case titleDated(title):
		return "published " + d.Long()
	}
	return d.Long()
}

// titleDated reports whether title names a month or a year.
func titleDated(title string) bool {
	for m := time.January; m <= time.December; m++ {
		if hasWord(title, m.String()) {
			return true
		}
	}
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return r < '0' || r > '9' }) {
		if len(w) == 4 && (w[0] == '1' || w[0] == '2') {
			return true
		}
	}
	return false
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
