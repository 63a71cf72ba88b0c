package indicators

import "strings"

// A Catalog is a document's claims: its sources, indicators, derived
// indicators and chart views. The zero Catalog is empty and ready to use.
// Load reads one from a file; a catalog built in Go is checked with Check
// and Verify.
type Catalog struct {
	Sources    []Source
	Indicators []Indicator
	Derived    []Derived
	Views      []ChartView
	// Series group indicators that state one quantity over time; an
	// indicator joins one with its Series field.
	Series []Series

	// pos records where each item was written, for errors; nil for a
	// catalog built in Go. ipos holds the indicators' (see indPos).
	pos  map[string]Pos
	ipos map[string]*indPos
}

// find returns the element of s whose ID is id.
func find[T any](s []T, id string, idOf func(*T) string) (*T, bool) {
	for i := range s {
		if idOf(&s[i]) == id {
			return &s[i], true
		}
	}
	return nil, false
}

// Source returns the source with the given ID.
func (c *Catalog) Source(id string) (*Source, bool) {
	return find(c.Sources, id, func(s *Source) string { return s.ID })
}

// Indicator returns the indicator with the given ID.
func (c *Catalog) Indicator(id string) (*Indicator, bool) {
	return find(c.Indicators, id, func(s *Indicator) string { return s.ID })
}

// DerivedIndicator returns the derived indicator with the given ID.
func (c *Catalog) DerivedIndicator(id string) (*Derived, bool) {
	return find(c.Derived, id, func(s *Derived) string { return s.ID })
}

// View returns the chart view with the given ID.
func (c *Catalog) View(id string) (*ChartView, bool) {
	return find(c.Views, id, func(s *ChartView) string { return s.ID })
}

// SeriesByID returns the series with the given ID.
func (c *Catalog) SeriesByID(id string) (*Series, bool) {
	return find(c.Series, id, func(s *Series) string { return s.ID })
}

// SourcesOf returns the sources an indicator's provenance cites, in order,
// each once.
func (c *Catalog) SourcesOf(ind *Indicator) []*Source {
	var out []*Source
	seen := map[string]bool{}
	for _, p := range ind.Provenance {
		if seen[p.Source] {
			continue
		}
		seen[p.Source] = true
		if s, ok := c.Source(p.Source); ok {
			out = append(out, s)
		}
	}
	return out
}

// position returns where key was written, if the catalog was loaded.
func (c *Catalog) position(key string) Pos {
	if c.pos == nil {
		return Pos{}
	}
	p, _ := c.lookup(key)
	return p
}

// positionNear is position, except that a key with no position of its own
// ("views/x/id") takes its nearest parent's ("views/x"), so that every
// problem of a catalog read from a file leads with a position.
func (c *Catalog) positionNear(key string) Pos {
	if c.pos == nil {
		return Pos{}
	}
	for {
		if p, ok := c.lookup(key); ok {
			return p
		}
		i := strings.LastIndexByte(key, '/')
		if i < 0 {
			return Pos{}
		}
		key = key[:i]
	}
}

// Clone returns a deep copy of c, so that a caller may change it freely.
func (c *Catalog) Clone() *Catalog {
	out := &Catalog{
		Sources:    append([]Source(nil), c.Sources...),
		Indicators: make([]Indicator, len(c.Indicators)),
		Derived:    make([]Derived, len(c.Derived)),
		Views:      make([]ChartView, len(c.Views)),
		Series:     append([]Series(nil), c.Series...),
		pos:        c.pos, // read-only after loading
		ipos:       c.ipos,
	}
	for i, ind := range c.Indicators {
		ind.Entities = append([]string(nil), ind.Entities...)
		ind.Notes = append([]Note(nil), ind.Notes...)
		prov := make([]Provenance, len(ind.Provenance))
		for j, p := range ind.Provenance {
			p.Section = append([]string(nil), p.Section...)
			prov[j] = p
		}
		ind.Provenance = prov
		out.Indicators[i] = ind
	}
	for i, d := range c.Derived {
		d.Inputs = append([]string(nil), d.Inputs...)
		out.Derived[i] = d
	}
	for i, v := range c.Views {
		v.Indicators = append([]string(nil), v.Indicators...)
		v.Notes = append([]string(nil), v.Notes...)
		v.Series = append([]string(nil), v.Series...)
		out.Views[i] = v
	}
	return out
}
