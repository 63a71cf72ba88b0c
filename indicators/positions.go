package indicators

import (
	"strconv"
	"strings"

	"go.yaml.in/yaml/v3"
)

// indPos is where the fields of one indicator were written: the keys
// "indicators/<id>", "…/id", "…/series", "…/stated", "…/value",
// "…/measure", "…/period", "…/base", "…/title", "…/counterpart", "…/direction", "…/unit" and
// "…/provenance/<i>" with "/source", "/quote", "/start". A loaded catalog
// keeps them as one record per indicator (Catalog.ipos) rather than as
// eight or so entries of Catalog.pos: a large catalog has millions.
type indPos struct {
	item, id, series, stated, value, measure, period, base Pos
	title, counterpart, direction, unit                    Pos
	prov                                                   []provPos
}

type provPos struct{ item, source, quote, start Pos }

// get returns the position of the field ("", "id", "provenance/2/quote").
func (p *indPos) get(field string) Pos {
	switch field {
	case "":
		return p.item
	case "id":
		return p.id
	case "series":
		return p.series
	case "stated":
		return p.stated
	case "value":
		return p.value
	case "measure":
		return p.measure
	case "period":
		return p.period
	case "base":
		return p.base
	case "title":
		return p.title
	case "counterpart":
		return p.counterpart
	case "direction":
		return p.direction
	case "unit":
		return p.unit
	}
	rest, ok := strings.CutPrefix(field, "provenance/")
	if !ok {
		return Pos{}
	}
	num, sub, _ := strings.Cut(rest, "/")
	i, err := strconv.Atoi(num)
	if err != nil || i < 0 || i >= len(p.prov) || strconv.Itoa(i) != num {
		return Pos{}
	}
	switch pp := &p.prov[i]; sub {
	case "":
		return pp.item
	case "source":
		return pp.source
	case "quote":
		return pp.quote
	case "start":
		return pp.start
	}
	return Pos{}
}

// lookup returns where key was written, and whether it was recorded.
func (c *Catalog) lookup(key string) (Pos, bool) {
	if p, ok := c.pos[key]; ok {
		return p, true
	}
	rest, ok := strings.CutPrefix(key, "indicators/")
	if !ok || c.ipos == nil {
		return Pos{}, false
	}
	id, field, _ := strings.Cut(rest, "/")
	ip := c.ipos[id]
	if ip == nil {
		return Pos{}, false
	}
	p := ip.get(field)
	return p, p.IsValid()
}

// indMarks records the positions of one indicator's fields while it is
// decoded: in its indPos, or, for an ID with a "/" (an error, reported),
// under the keys of Catalog.pos, where lookup finds them first.
type indMarks struct {
	id  string
	p   *indPos // nil: use Catalog.pos
	key string  // "indicators/<id>", when p is nil
}

// marks returns the recorder of the indicator id's positions.
func (d *decoder) marks(id string) indMarks {
	if strings.Contains(id, "/") {
		return indMarks{id: id, key: "indicators/" + id}
	}
	if d.c.ipos == nil {
		d.c.ipos = map[string]*indPos{}
	}
	p := d.c.ipos[id]
	if p == nil {
		p = &indPos{}
		d.c.ipos[id] = p
	}
	return indMarks{id: id, p: p}
}

// set records n as the position of field ("", "id", "series", "stated",
// "value", "measure", "period", "base", "title", "counterpart",
// "direction").
func (m indMarks) set(d *decoder, field string, n *yaml.Node) {
	pos := d.pos(n)
	if m.p == nil {
		if field != "" {
			field = "/" + field
		}
		d.c.pos[m.key+field] = pos
		return
	}
	switch field {
	case "":
		m.p.item = pos
	case "id":
		m.p.id = pos
	case "series":
		m.p.series = pos
	case "stated":
		m.p.stated = pos
	case "value":
		m.p.value = pos
	case "measure":
		m.p.measure = pos
	case "period":
		m.p.period = pos
	case "base":
		m.p.base = pos
	case "title":
		m.p.title = pos
	case "counterpart":
		m.p.counterpart = pos
	case "direction":
		m.p.direction = pos
	case "unit":
		m.p.unit = pos
	}
}

// setProv records n as the position of provenance i's field ("",
// "source", "quote", "start").
func (m indMarks) setProv(d *decoder, i int, field string, n *yaml.Node) {
	pos := d.pos(n)
	if m.p == nil {
		key := m.key + "/provenance/" + strconv.Itoa(i)
		if field != "" {
			key += "/" + field
		}
		d.c.pos[key] = pos
		return
	}
	for len(m.p.prov) <= i {
		m.p.prov = append(m.p.prov, provPos{})
	}
	switch pp := &m.p.prov[i]; field {
	case "":
		pp.item = pos
	case "source":
		pp.source = pos
	case "quote":
		pp.quote = pos
	case "start":
		pp.start = pos
	}
}
