package wording

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// maxLineSources is how many sources a source line names before it says
// "and other sources", as indicators.Catalog.SourceLine does.
const maxLineSources = 3

// SourceLine returns the source line of the indicators (or derived
// indicators) named by ids, as a chart's footer and a slide show it:
// indicators.Catalog.SourceLine's "Source: <publisher>, <title>, <date
// issued>", except that a date the title already says is not said again
// ("…(G.17), May 17, 2011", never "…, May 17, 2011, 17 May 2011"), and an
// issue date beside a title of another date says what it is ("…: 8 to 20
// November 2022, published 25 November 2022").
func SourceLine(c *indicators.Catalog, ids []string) string {
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
// what is not known and a date the title says (IssuedPhrase).
func citeShort(s *indicators.Source) string {
	var f []string
	for _, x := range []string{s.Publisher, s.Title, IssuedPhrase(s.Title, s.Issued)} {
		if x = strings.TrimSpace(x); x != "" {
			f = append(f, x)
		}
	}
	if len(f) == 0 {
		return s.ID
	}
	return strings.Join(f, ", ")
}

// IssuedPhrase returns how a source line writes the date a source of
// title was issued: "" when the title says that date in any spelling
// ("May 17, 2011", "17 May 2011"), "published 25 November 2022" when the
// title says another date or month, else the date alone.
func IssuedPhrase(title string, d indicators.Date) string {
	if d.IsZero() {
		return ""
	}
	year := strconv.Itoa(d.Year)
	hasYear := hasWords(title, year)
	hasMonth := d.Month != 0 && (hasWords(title, d.Month.String()) || hasWords(title, d.Month.String()[:3]))
	hasDay := d.Day != 0 && hasWords(title, strconv.Itoa(d.Day))
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
		if hasWords(title, m.String()) {
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
