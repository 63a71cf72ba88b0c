package indicators

import (
	"errors"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

var seriesFields = []string{"id", "title", "unit", "measure", "points"}

// series decodes one entry of the top-level "series" list.
func (d *decoder) series(n *yaml.Node) {
	f := d.mapping(n, "series", seriesFields)
	if f == nil {
		return
	}
	s := Series{ID: d.id(f["id"], "series"), Title: d.str(f["title"], "title")}
	key := "series/" + s.ID
	d.c.pos[key] = d.pos(n)
	if f["id"] != nil {
		d.c.pos[key+"/id"] = d.pos(f["id"])
	}
	d.require(f, n, "series "+strconv.Quote(s.ID), "id", "title")
	if v := f["unit"]; v != nil && !isNull(v) && v.Value != "" {
		u, err := ParseUnit(d.str(v, "unit"))
		if err != nil {
			d.errorf(v, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
		} else if msg := unitFormAdvice(v.Value, u); msg != "" {
			d.errorf(v, ErrValue, "%s", msg)
		}
		s.Unit = u
	}
	if v := f["measure"]; v != nil && !isNull(v) && v.Value != "" {
		str := d.str(v, "measure")
		m, err := ParseMeasureKind(str)
		if err != nil {
			d.errorf(v, ErrValue, "unknown measure %q: %s", str, MeasureAdvice(str))
		}
		s.Measure, s.MeasureSet = m, err == nil
	}
	if v := f["points"]; v != nil {
		d.givenSeries = append(d.givenSeries, givenField{id: s.ID, field: "points", node: v})
	}
	d.c.Series = append(d.c.Series, s)
}

// maxIncludeDepth is how deeply catalogs may include catalogs.
const maxIncludeDepth = 16

// include decodes the catalog file an "include" entry names, relative to
// this catalog's folder and under the same rules as its source texts, and
// adds its items. An ID used by both is an error at the included item; a
// source both define with the same title and text is one source.
func (d *decoder) include(n *yaml.Node) {
	p, ok := d.scalar(n, "include")
	if !ok || strings.TrimSpace(p) == "" {
		d.errorf(n, ErrMissing, "empty include: write the path of a catalog file, relative to this one")
		return
	}
	if d.readText == nil {
		d.errorf(n, ErrSourceText, "cannot read included catalog %q: this catalog was given without a file system", p)
		return
	}
	chain := d.includes
	if len(chain) == 0 {
		chain = []string{path.Base(filepath.ToSlash(d.file))}
	}
	rel := path.Join(path.Dir(chain[len(chain)-1]), filepath.ToSlash(p))
	for _, c := range chain {
		if c == rel {
			d.errorf(n, ErrValue, "catalog %q includes itself (through %s): remove this include", p, strings.Join(append(chain, rel), " → "))
			return
		}
	}
	if len(chain) > maxIncludeDepth {
		d.errorf(n, ErrValue, "includes nest more than %d deep: include the catalogs from one file", maxIncludeDepth)
		return
	}
	b, err := d.readText(p)
	var refused *textError
	switch {
	case errors.As(err, &refused):
		d.errorf(n, ErrSourceText, "included catalog %q %s", p, refused.msg)
		return
	case err != nil:
		d.errorf(n, ErrSourceText, "cannot read included catalog %q: %v; write its path relative to this catalog file", p, unwrapPathError(err))
		return
	}
	parent := d.readText
	dir := path.Dir(filepath.ToSlash(p))
	sub := &decoder{
		file:     filepath.Join(filepath.Dir(d.file), filepath.FromSlash(p)),
		includes: append(append([]string(nil), chain...), rel),
		c:        &Catalog{pos: map[string]Pos{}},
		bad:      map[string]bool{},
		runes:    runeIndexes{},
		readText: func(q string) ([]byte, error) {
			if path.IsAbs(q) || filepath.IsAbs(q) || filepath.VolumeName(q) != "" || strings.HasPrefix(q, `\\`) {
				return parent(q)
			}
			return parent(path.Join(dir, filepath.ToSlash(q)))
		},
	}
	sub.decode(b)
	d.errs = append(d.errs, sub.errs...)
	if sub.fatal {
		return
	}
	// Text paths become relative to this catalog, so that the merged
	// catalog exports as one file whose paths still lead to the texts.
	for i := range sub.c.Sources {
		if tp := sub.c.Sources[i].TextPath; tp != "" && !path.IsAbs(tp) && !filepath.IsAbs(tp) {
			sub.c.Sources[i].TextPath = path.Join(dir, tp)
		}
	}
	d.merge(sub)
}

// merge adds the items of an included catalog to d's, refusing IDs d
// already uses.
func (d *decoder) merge(sub *decoder) {
	skip := map[string]bool{} // "kind/id" keys of items left out
	clash := func(kind, id, what string) {
		key := kind + "/" + id
		skip[key] = true
		d.errs.addAt(sub.c.position(key+"/id"), "", ErrDuplicateID, "%s id %q is also used at %s: ids are one namespace across a catalog and the catalogs it includes; rename one", what, id, d.idPosition(key))
	}
	srcs := make(map[string]*Source, len(d.c.Sources))
	for i := range d.c.Sources {
		srcs[d.c.Sources[i].ID] = &d.c.Sources[i]
	}
	var add []Source
	for _, s := range sub.c.Sources {
		prev, ok := srcs[s.ID]
		switch {
		case !ok:
			add = append(add, s)
		case prev.Title == s.Title && prev.SHA256 == s.SHA256 && prev.Text == s.Text && prev.Publisher == s.Publisher && prev.Issued == s.Issued && prev.Updated == s.Updated:
			skip["sources/"+s.ID] = true // one document, cited by both
		default:
			skip["sources/"+s.ID] = true
			d.errs.addAt(sub.c.position("sources/"+s.ID), "", ErrDuplicateID, "source id %q is also used at %s for another document (its title, publisher, date or text differ): give one of them another id, and change the \"source\" of its quotes", s.ID, d.c.position("sources/"+s.ID))
		}
	}
	d.c.Sources = append(d.c.Sources, add...)
	mergeByID(&d.c.Indicators, sub.c.Indicators, func(x Indicator) string { return x.ID }, func(id string) { clash("indicators", id, "indicator") })
	mergeByID(&d.c.Derived, sub.c.Derived, func(x Derived) string { return x.ID }, func(id string) { clash("derived", id, "derived indicator") })
	mergeByID(&d.c.Views, sub.c.Views, func(x ChartView) string { return x.ID }, func(id string) { clash("views", id, "view") })
	mergeByID(&d.c.Series, sub.c.Series, func(x Series) string { return x.ID }, func(id string) { clash("series", id, "series") })
	skipped := func(key string) bool {
		kind, rest, _ := strings.Cut(key, "/")
		id, _, _ := strings.Cut(rest, "/")
		return skip[kind+"/"+id]
	}
	for k, v := range sub.c.pos {
		if !skipped(k) {
			d.c.pos[k] = v
		}
	}
	for id, p := range sub.c.ipos {
		if !skip["indicators/"+id] {
			if d.c.ipos == nil {
				d.c.ipos = map[string]*indPos{}
			}
			d.c.ipos[id] = p
		}
	}
	for k := range sub.bad {
		if !skip["indicators/"+k] {
			d.bad[k] = true
		}
	}
	for _, g := range sub.given {
		if !skip["derived/"+g.id] {
			d.given = append(d.given, g)
		}
	}
	d.givenSeries = append(d.givenSeries, sub.givenSeries...)
}

// idPosition returns where the item key ("indicators/x") writes its id,
// or else where it starts.
func (d *decoder) idPosition(key string) Pos {
	if p := d.c.position(key + "/id"); p.IsValid() {
		return p
	}
	return d.c.position(key)
}

// checkGivenSeries checks the series points and conflicts a file gives (as
// the JSON and YAML exports write them) against what the catalog computes.
func (d *decoder) checkGivenSeries() {
	if len(d.givenSeries) == 0 {
		return
	}
	all := d.c.SeriesPoints()
	m := d.c.seriesModel(all)
	for _, g := range d.givenSeries {
		switch g.field {
		case "points":
			var want []jsonSeriesPoint
			for _, s := range m.series {
				if s.ID == g.id {
					want = s.Points
				}
			}
			d.checkPoints(g, want)
		case "conflicts":
			d.checkConflicts(g, m.conflicts)
		}
	}
}

func (d *decoder) checkPoints(g givenField, want []jsonSeriesPoint) {
	items := d.seq(g.node, "points")
	if len(items) != len(want) {
		d.errorf(g.node, ErrMismatch, "series %q computes %d points, not %d: remove \"points\" (they are computed from the indicators' \"series\" fields) or write them as the export does", g.id, len(want), len(items))
		return
	}
	for i, n := range items {
		f := d.mapping(n, "point", []string{"indicator", "source", "period", "value", "low", "high", "qualifier", "stated"})
		if f == nil {
			continue
		}
		w := want[i]
		wants := map[string]*string{"indicator": &w.Indicator, "source": &w.Source, "period": w.Period,
			"qualifier": &w.Qualifier, "stated": &w.Stated, "value": numStr(w.Value), "low": numStr(w.Low), "high": numStr(w.High)}
		for _, k := range []string{"indicator", "source", "period", "value", "low", "high", "qualifier", "stated"} {
			v := f[k]
			if v == nil {
				continue
			}
			if !givenEqual(v, wants[k], k == "value" || k == "low" || k == "high") {
				wrote := "null"
				if wants[k] != nil {
					wrote = strconv.Quote(*wants[k])
				}
				d.errorf(v, ErrMismatch, "point %d of series %q computes %s = %s, not %s: remove \"points\" (they are computed) or write that", i+1, g.id, k, wrote, strconv.Quote(v.Value))
			}
		}
	}
}

func numStr(n *jsonNumber) *string {
	if n == nil {
		return nil
	}
	s := string(*n)
	return &s
}

// givenEqual compares a scalar a file gives with a computed one (nil:
// null).
func givenEqual(v *yaml.Node, want *string, number bool) bool {
	switch {
	case isNull(v):
		return want == nil
	case want == nil || v.Kind != yaml.ScalarNode:
		return false
	case number:
		x, err := parseDecimal(v.Value)
		y, _ := parseDecimal(*want)
		return err == nil && x.Equal(y)
	}
	return v.Value == *want
}

func (d *decoder) checkConflicts(g givenField, want []jsonConflict) {
	var got []string
	for _, n := range d.seq(g.node, "conflicts") {
		f := d.mapping(n, "conflict", []string{"series", "period", "kind", "indicators", "note"})
		if f == nil {
			return
		}
		kind := "conflict"
		if f["kind"] != nil {
			kind = d.str(f["kind"], "kind")
		}
		got = append(got, d.str(f["series"], "series")+" "+d.str(f["period"], "period")+" "+kind+" "+strings.Join(d.strings(f["indicators"], "indicators"), ","))
	}
	var w []string
	for _, c := range want {
		w = append(w, c.Series+" "+c.Period+" "+c.Kind+" "+strings.Join(c.Indicators, ","))
	}
	if strings.Join(got, ";") != strings.Join(w, ";") {
		desc := "none"
		if len(w) > 0 {
			desc = strings.Join(w, "; ")
		}
		d.errorf(g.node, ErrMismatch, "the catalog's conflicts are computed from its series: here they are %s; remove \"conflicts\" or write them as the export does", desc)
	}
}

// mergeByID appends to *dst the items of src whose ID (id) *dst does not
// hold yet, and calls clash with each ID it holds already.
func mergeByID[T any](dst *[]T, src []T, id func(T) string, clash func(string)) {
	have := make(map[string]bool, len(*dst))
	for _, x := range *dst {
		have[id(x)] = true
	}
	for _, x := range src {
		if have[id(x)] {
			clash(id(x))
			continue
		}
		*dst = append(*dst, x)
	}
}
