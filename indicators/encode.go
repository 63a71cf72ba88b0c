package indicators

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// The JSON export (WriteJSON) is a contract other tools read; its shape is
// documented in README.md. Numbers are at full magnitude; spans are Unicode
// code point offsets, end exclusive.

type jsonSource struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Publisher string `json:"publisher"`
	Short     string `json:"short,omitempty"`
	Issued    string `json:"issued"`
	// IssuedFrom says where the issue date was read when the text lacks it.
	IssuedFrom string `json:"issued_from,omitempty"`
	Updated    string `json:"updated,omitempty"`
	URL        string `json:"url"`
	SHA256     string `json:"sha256"`
	Accessed   string `json:"accessed,omitempty"`
	Citation   string `json:"citation,omitempty"`
}

type jsonProvenance struct {
	Source  string   `json:"source"`
	Section []string `json:"section"`
	Quote   string   `json:"quote"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

type jsonNote struct {
	Text    string `json:"text"`
	Context bool   `json:"context,omitempty"`
	Source  string `json:"source,omitempty"`
}

type jsonIndicator struct {
	ID          string       `json:"id"`
	Title       string       `json:"title"`
	Entities    []string     `json:"entities"`
	Counterpart string       `json:"counterpart"`
	Measure     string       `json:"measure"`
	Status      string       `json:"status"`
	Value       *json.Number `json:"value"`
	Low         *json.Number `json:"low"`
	High        *json.Number `json:"high"`
	Qualifier   string       `json:"qualifier"`
	Direction   string       `json:"direction"`
	Unit        string       `json:"unit"`
	Scale       string       `json:"scale"`
	Stated      string       `json:"stated"`
	Noun        string       `json:"noun,omitempty"`
	// RankOrder: where a rank's place 1 is ("1 = lowest", Unit.RankOrder),
	// read from stated; Load checks a value given.
	RankOrder   string           `json:"rank_order,omitempty"`
	Hedge       string           `json:"hedge,omitempty"`
	Period      *string          `json:"period"`
	Provenance  []jsonProvenance `json:"provenance"`
	Description string           `json:"description,omitempty"`
	Denominator string           `json:"denominator,omitempty"`
	Base        string           `json:"base,omitempty"`
	// Against: what a change is set against when no earlier period
	// ("forecast", "target"); left out for a change from a base.
	Against string `json:"against,omitempty"`
	// PercentAsPoints: the stated "%" means percentage points.
	PercentAsPoints bool `json:"percent_as_points,omitempty"`
	// Set: a value set by a decision, exact as written (Indicator.Set).
	Set       bool       `json:"set,omitempty"`
	Announced string     `json:"announced,omitempty"`
	Notes     []jsonNote `json:"notes,omitempty"`
	Series    string     `json:"series,omitempty"`
	// Margin, MarginKind and MarginLevel are the figure's stated margin
	// (Quantity.Margin), at full magnitude; left out for none.
	Margin      *json.Number `json:"margin,omitempty"`
	MarginKind  string       `json:"margin_kind,omitempty"`
	MarginLevel uint8        `json:"margin_level,omitempty"`
}

// indicatorJSON returns the JSON export of ind, its spans in code points
// through runeSpan: its numbers as the indicator table holds them
// (storedAs: a fall below zero, "down 3,533" and "-3,786" alike -3533 and
// -3786) beside its Direction, and stated as the document writes it, which
// Load reads back (statedNumbers).
func indicatorJSON(ind *Indicator, runeSpan func(Provenance) RuneSpan) jsonIndicator {
	q := ind.Quantity
	j := jsonIndicator{
		ID: ind.ID, Title: ind.Title, Entities: nonNil(ind.Entities), Counterpart: ind.Counterpart,
		Measure: ind.Measure.String(), Status: ind.Status.String(), Qualifier: q.Qualifier.String(),
		Direction: q.Direction.String(), Unit: ind.Unit.String(), Scale: q.Scale.String(),
		Stated: ind.Stated, Noun: q.Noun, RankOrder: ind.Unit.RankOrder(), Hedge: q.Hedge, Description: ind.Description, Denominator: ind.Denominator,
		Announced: ind.Announced.String(), Provenance: make([]jsonProvenance, 0, len(ind.Provenance)), Series: ind.Series,
	}
	j.Value, j.Low, j.High = figureNumbers(ind, proportionShown(ind, q)) // "around two-thirds" 66.7, as indicators.csv
	if !q.Margin.IsZero() {
		j.Margin, j.MarginKind, j.MarginLevel = num(q.Margin.HalfWidth), q.Margin.Kind.String(), q.Margin.Level
	}
	if ind.Period.IsStated() {
		p := ind.Period.String()
		j.Period = &p
	}
	if ind.Base.IsStated() {
		j.Base = ind.Base.String()
	}
	j.Against = ind.Against.String()
	j.PercentAsPoints = ind.PercentAsPoints
	j.Set = ind.Set
	for _, n := range ind.Notes {
		j.Notes = append(j.Notes, jsonNote(n))
	}
	for _, p := range ind.Provenance {
		r := runeSpan(p)
		j.Provenance = append(j.Provenance, jsonProvenance{Source: p.Source, Section: nonNil(p.Section), Quote: p.Quote, Start: r.Start, End: r.End})
	}
	return j
}

// issuedString returns s's issued as a catalog writes it: the date, "not
// stated" (NotStatedIssued), or "" where the catalog says nothing.
func (s *Source) issuedString() string {
	if s.IssuedNotStated {
		return NotStatedIssued
	}
	return s.Issued.String()
}

// sourceJSON returns the JSON export of s.
func sourceJSON(s *Source) jsonSource {
	return jsonSource{ID: s.ID, Title: s.Title, Publisher: s.Publisher, Short: s.Short,
		Issued: s.issuedString(), IssuedFrom: s.IssuedFrom, Updated: s.Updated.String(), URL: s.URL, SHA256: s.SHA256, Accessed: s.Accessed.String(), Citation: s.Citation}
}

type jsonDerived struct {
	ID        string       `json:"id"`
	Title     string       `json:"title"`
	Formula   string       `json:"formula"`
	Inputs    []string     `json:"inputs"`
	Text      string       `json:"text"`
	Qualifier *string      `json:"qualifier"`
	Value     *json.Number `json:"value"`
	Low       *json.Number `json:"low"`
	High      *json.Number `json:"high"`
	Unit      string       `json:"unit"`
	Period    *string      `json:"period"`
	Base      string       `json:"base,omitempty"`
	Status    string       `json:"status"`
	Bounded   bool         `json:"bounded"`
	Reason    string       `json:"reason,omitempty"`
	// Restates are the IDs of the stated figures that say in the
	// document's words what this one computes (Catalog.Restating),
	// computed; a file that gives them must agree.
	Restates []string `json:"restates,omitempty"`
}

// derivedFigure returns what the exports write of a derived result: the
// text; the qualifier (Result.SaidQualifier), null when not bounded; value, only for a point
// (exact, approx, nearly); low and high from Result.Bounds, null where
// open; the period, null when not stated.
func derivedFigure(r Result) (text string, qualifier *string, value, low, high *json.Number, period *string) {
	text = r.Said(Style{Words: true}) // in words, as the book and deck say it: "8 micrograms per cubic metre", never "8 µg per cubic metre" (s22p-air)
	if said, ok := r.SaidQualifier(); ok {
		q := said.String()
		qualifier = &q
		switch r.Quantity.Qualifier {
		case Exact, Approx, Nearly:
			value = num(r.Quantity.Value)
		}
	}
	lo, hi, lok, hok := r.SaidBounds()
	if lok {
		low = num(lo)
	}
	if hok {
		high = num(hi)
	}
	if r.Period.IsStated() {
		p := r.Period.String()
		period = &p
	}
	return text, qualifier, value, low, high, period
}

// derivedJSON returns the JSON export of derived indicator d of c;
// without a result (its formula has no value) only what the catalog says
// of it.
func derivedJSON(c *Catalog, d *Derived, r Result, ok bool) jsonDerived {
	j := jsonDerived{ID: d.ID, Title: d.Title, Formula: d.Op.String(), Inputs: nonNil(d.Inputs)}
	for _, x := range c.Restating(d.ID) {
		j.Restates = append(j.Restates, x.ID)
	}
	if ok {
		j.Text, j.Qualifier, j.Value, j.Low, j.High, j.Period = derivedFigure(r)
		j.Text = c.PercentAsWritten(j.Text) // as the document spells it, as the book and the deck do
		j.Unit, j.Status, j.Bounded, j.Reason = r.Unit.String(), r.Status.String(), r.Bounded, r.Reason
		if r.Base.IsStated() {
			j.Base = r.Base.String() // a change between two periods, as an indicator's base
		}
	}
	return j
}

type jsonView struct {
	ID         string   `json:"id"`
	Title      string   `json:"title"`
	Subtitle   string   `json:"subtitle,omitempty"`
	Kind       string   `json:"kind"`
	Indicators []string `json:"indicators"`
	Series     []string `json:"series,omitempty"`
	Notes      []string `json:"notes,omitempty"`
}

// viewJSON returns the JSON export of v.
func viewJSON(v *ChartView) jsonView {
	return jsonView{ID: v.ID, Title: v.Title, Subtitle: v.Subtitle, Kind: v.Kind.String(), Indicators: nonNil(v.Indicators), Series: v.Series, Notes: v.Notes}
}

func num(d Decimal) *json.Number {
	n := json.Number(d.String())
	return &n
}

// figureNumbers returns value, low and high of ind, whose quantity as
// held is q (ind's, or as an export shows it: proportionShown), as every
// export writes them (the JSON, indicators.csv, series.csv, the book's
// Indicators sheet), signed as stored (storedAs): value null for a range,
// whose low and high are its ends; a point's low and high the ends of
// the interval its words allow (Indicator.HedgeEnds), null where that is
// open, and an unhedged point's its written digits' (null where those
// are all it allows: a count to the unit, a rank).
func figureNumbers(ind *Indicator, q Quantity) (value, low, high *json.Number) {
	u := ind.Unit
	if q.IsRange() {
		q = q.storedAs(u)
		return nil, num(q.Low), num(q.High)
	}
	lo, hi := ind.HedgeEnds()
	if q.HeldBelowZero(u) {
		lo, hi = hi, lo
	}
	end := func(d *Decimal) *json.Number {
		if d == nil {
			return nil
		}
		return num(q.Stored(*d, u))
	}
	return num(q.Stored(q.Value, u)), end(lo), end(hi)
}

// RuneProvenanceSpan returns the code point span of p in its source's
// text, as exports show it; without the text the byte span is returned.
// To convert many spans, use RuneSpans, which indexes each text once.
func (c *Catalog) RuneProvenanceSpan(p Provenance) RuneSpan {
	return c.RuneSpans().Of(p)
}

// RuneSpans converts the byte spans of a catalog's provenance to code point
// spans, as exports show them, keeping an index of each source text so that
// a conversion costs O(log n) however long the text. Get one with
// Catalog.RuneSpans; it is not safe for concurrent use.
type RuneSpans struct {
	c    *Catalog
	idx  runeIndexes
	last *Source
}

// RuneSpans returns a converter for the catalog's provenance spans.
func (c *Catalog) RuneSpans() *RuneSpans { return &RuneSpans{c: c, idx: runeIndexes{}} }

// Of returns p's span in code points of its source's text; without the
// text, the byte offsets as they are.
func (r *RuneSpans) Of(p Provenance) RuneSpan {
	s := r.last
	if s == nil || s.ID != p.Source {
		var ok bool
		if s, ok = r.c.Source(p.Source); !ok {
			return RuneSpan(p.Span)
		}
		r.last = s
	}
	if s.Text == "" {
		return RuneSpan(p.Span)
	}
	return r.idx.of(s).Span(p.Span)
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// WriteJSON writes the catalog in the JSON export format, indented, with a
// final newline. The output depends only on the catalog. Like WriteCSV,
// WriteDerivedCSV and the book, deck and charts, it words one rate base
// one way (Catalog.OneRateWorded); WriteYAML keeps the catalog's words.
func WriteJSON(w io.Writer, c *Catalog) error {
	return writeJSON(w, c.OneRateWorded())
}

// CSVHeader is the header row of WriteCSV: the names of IndicatorColumns,
// the same words as the Indicators sheet of the briefing book.
var CSVHeader = columnNames()

// WriteCSV writes one row per indicator, with the columns of
// IndicatorColumns (an IndicatorRow): the span, section and source of
// each one's first provenance, and every quote (IndicatorRow.Fill).
// Text that a spreadsheet would take for a formula (starting with =, +, -,
// @, tab or CR) is prefixed with an apostrophe, the OWASP advice for CSV
// files opened in spreadsheets.
func WriteCSV(w io.Writer, c *Catalog) error {
	c = c.OneRateWorded() // one rate base, one wording, as every output
	cw := csv.NewWriter(w)
	runeSpan := c.RuneSpans().Of
	if err := cw.Write(CSVHeader); err != nil {
		return err
	}
	var row IndicatorRow
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		row.FillAt(ind, runeSpan)
		for k, col := range IndicatorColumns {
			if col.Kind == TextColumn {
				row[k] = SafeText(row[k])
			}
		}
		if err := cw.Write(row[:]); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// DerivedCSVHeader is the header row of WriteDerivedCSV: the fields of
// the JSON export's derived figures, Base and Restates last (added after
// the others, so that readers by position keep theirs).
var DerivedCSVHeader = []string{"ID", "Title", "Formula", "Inputs", "Text", "Qualifier", "Value", "Low", "High",
	"Unit", "Period", "Status", "Bounded", "Reason", "Base", "Restates"}

// WriteDerivedCSV writes one row per derived indicator, with the columns of
// DerivedCSVHeader: the figure in words, its qualifier (empty when it
// cannot be bounded), value for a point, low and high (empty where open),
// unit, period, status, whether it is bounded and, if not, why, and last
// the base (the earlier of two periods a difference or ratio compares,
// Result.Base). Inputs are
// joined with ";". A derived indicator whose formula has no value (see
// Catalog.Compute) has only its ID, title, formula and inputs.
func WriteDerivedCSV(w io.Writer, c *Catalog) error {
	c = c.OneRateWorded()
	cw := csv.NewWriter(w)
	if err := cw.Write(DerivedCSVHeader); err != nil {
		return err
	}
	str := func(n *json.Number) string {
		if n == nil {
			return ""
		}
		return string(*n)
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		j := derivedJSON(c, d, r, err == nil)
		q, p, bounded := "", "", ""
		if j.Qualifier != nil {
			q = *j.Qualifier
		}
		if err == nil {
			p, bounded = r.Period.String(), strconv.FormatBool(r.Bounded)
		}
		rec := []string{d.ID, SafeText(d.Title), j.Formula, strings.Join(d.Inputs, ";"), SafeText(j.Text), q,
			str(j.Value), str(j.Low), str(j.High), j.Unit, p, j.Status, bounded, SafeText(j.Reason), j.Base, strings.Join(j.Restates, ";")}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// SafeText returns s with an apostrophe before it if a spreadsheet would
// read s as a formula (it starts with =, +, -, @, tab or CR), unless it
// is a signed number and nothing else ("-43,000").
func SafeText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) && !signedNumber(s) {
		return "'" + s
	}
	return s
}

// signedNumber reports whether s is a number with a sign and nothing else
// ("-43,000", "-2.4%", "+0.9", "+$0.99": one currency symbol may follow
// the sign): a spreadsheet reads it as the number it is, never as a
// formula, so it needs no apostrophe. A word or a second symbol makes it
// text ("-$11.0 billion", "+C$0.99"), and text that starts with a sign
// gets the apostrophe whichever column it is in.
func signedNumber(s string) bool {
	if len(s) < 2 || s[0] != '-' && s[0] != '+' {
		return false
	}
	s = strings.TrimSuffix(s[1:], "%")
	if r, n := utf8.DecodeRuneInString(s); unicode.Is(unicode.Sc, r) {
		s = s[n:] // a currency symbol after the sign: "+$0.99", "-£5"
	}
	dot := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
		case c == ',' && i > 0 && !dot:
		case c == '.' && i > 0 && !dot:
			dot = true
		default:
			return false
		}
	}
	return s != "" && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

// WriteYAML writes the catalog in its own input format, which Load reads
// back to an equal catalog. Source texts are referred to by their TextPath;
// spans are written as code point offsets.
func WriteYAML(w io.Writer, c *Catalog) error {
	var buf bytes.Buffer
	buf.WriteString("# claimbook catalog. Spans (start, end) count Unicode code points into each\n# source's text, end exclusive.\n")
	if err := encodeYAML(&buf, c.yamlNode()); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// encodeYAML writes the catalog document doc as yaml.v3 writes it with an
// indent of 2, but encodes the indicators one at a time: yaml.v3's encoder
// keeps every event of a document until its end (go-yaml issue 873), which
// for a large catalog or draft was most of the memory of writing it. Each
// indicator is encoded inside its own "indicators:" key, so that it stands
// at the same column and folds its lines where the whole document would,
// and the key's line is kept once: the bytes are those of one Encode.
func encodeYAML(buf *bytes.Buffer, doc *yaml.Node) error {
	encode := func(n *yaml.Node) ([]byte, error) {
		var b bytes.Buffer
		enc := yaml.NewEncoder(&b)
		enc.SetIndent(2)
		if err := enc.Encode(n); err != nil {
			return nil, err
		}
		if err := enc.Close(); err != nil {
			return nil, err
		}
		return b.Bytes(), nil
	}
	root := doc.Content[0]
	k := -1
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == "indicators" {
			k = i
		}
	}
	if k < 0 || len(root.Content[k+1].Content) == 0 || root.Content[k+1].Style != 0 {
		b, err := encode(doc)
		buf.Write(b)
		return err
	}
	part := func(content []*yaml.Node) error {
		if len(content) == 0 {
			return nil
		}
		b, err := encode(&yaml.Node{Kind: yaml.MappingNode, Tag: root.Tag, Style: root.Style, Content: content})
		buf.Write(b)
		return err
	}
	if err := part(root.Content[:k]); err != nil {
		return err
	}
	key, seq := root.Content[k], root.Content[k+1]
	for i, item := range seq.Content {
		one := &yaml.Node{Kind: yaml.SequenceNode, Tag: seq.Tag, Content: []*yaml.Node{item}}
		b, err := encode(&yaml.Node{Kind: yaml.MappingNode, Tag: root.Tag, Style: root.Style, Content: []*yaml.Node{key, one}})
		if err != nil {
			return err
		}
		if i > 0 {
			b = b[bytes.IndexByte(b, '\n')+1:] // the key's line, written once
		}
		buf.Write(b)
	}
	return part(root.Content[k+2:])
}

// yaml node builders.
func ymap(kv ...*yaml.Node) *yaml.Node { return &yaml.Node{Kind: yaml.MappingNode, Content: kv} }
func ystr(s string) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: s}
}
func ynum(s string) *yaml.Node { return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: s} }
func yseq(items []string, flow bool) *yaml.Node {
	n := &yaml.Node{Kind: yaml.SequenceNode}
	if flow {
		n.Style = yaml.FlowStyle
	}
	for _, s := range items {
		n.Content = append(n.Content, ystr(s))
	}
	return n
}
func ydec(d Decimal) *yaml.Node {
	n := ynum(d.String())
	if d.Exp < 0 {
		n.Tag = "!!float"
	}
	return n
}

// fields appends key/value pairs to a mapping, skipping empty strings.
type yfields struct{ n *yaml.Node }

func (f yfields) add(k string, v *yaml.Node) {
	f.n.Content = append(f.n.Content, ystr(k), v)
}
func (f yfields) str(k, v string) {
	if v != "" {
		f.add(k, ystr(v))
	}
}

func (c *Catalog) yamlNode() *yaml.Node {
	runeSpan := c.RuneSpans().Of
	root := ymap()
	top := yfields{root}
	top.add("claimbook", ynum(strconv.Itoa(FormatVersion)))
	srcs := &yaml.Node{Kind: yaml.SequenceNode}
	for _, s := range c.Sources {
		m := ymap()
		f := yfields{m}
		f.str("id", s.ID)
		f.str("title", s.Title)
		f.str("short", s.Short)
		f.str("publisher", s.Publisher)
		f.str("issued", s.issuedString())
		f.str("issued_from", s.IssuedFrom)
		f.str("updated", s.Updated.String())
		f.str("accessed", s.Accessed.String())
		f.str("url", s.URL)
		f.str("citation", s.Citation)
		f.str("text", s.TextPath)
		f.str("sha256", s.SHA256)
		srcs.Content = append(srcs.Content, m)
	}
	top.add("sources", srcs)
	inds := &yaml.Node{Kind: yaml.SequenceNode}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		m := ymap()
		f := yfields{m}
		f.str("id", ind.ID)
		f.str("title", ind.Title)
		f.str("description", ind.Description)
		if len(ind.Entities) > 0 {
			f.add("entities", yseq(ind.Entities, true))
		}
		f.str("counterpart", ind.Counterpart)
		f.add("measure", ystr(ind.Measure.String()))
		f.add("status", ystr(ind.Status.String()))
		f.str("stated", ind.Stated)
		q := ind.Quantity.storedAs(ind.Unit) // as WriteJSON writes it
		f.add("qualifier", ystr(q.Qualifier.String()))
		if q.IsRange() {
			f.add("low", ydec(q.Low))
			f.add("high", ydec(q.High))
		} else {
			f.add("value", ydec(q.Value))
		}
		f.str("direction", q.Direction.String())
		f.str("unit", ind.Unit.String())
		f.str("scale", q.Scale.String())
		f.add("period", ystr(ind.Period.String()))
		if ind.Base.IsStated() {
			f.add("base", ystr(ind.Base.String()))
		}
		f.str("against", ind.Against.String())
		if ind.PercentAsPoints {
			f.add("percent_as_points", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		if ind.Set {
			f.add("set", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
		}
		f.str("announced", ind.Announced.String())
		f.str("denominator", ind.Denominator)
		f.str("series", ind.Series)
		if len(ind.Notes) > 0 {
			notes := &yaml.Node{Kind: yaml.SequenceNode}
			for _, n := range ind.Notes {
				nm := ymap()
				nf := yfields{nm}
				nf.str("text", n.Text)
				if n.Context {
					nf.add("context", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
				}
				nf.str("source", n.Source)
				notes.Content = append(notes.Content, nm)
			}
			f.add("notes", notes)
		}
		prov := &yaml.Node{Kind: yaml.SequenceNode}
		for _, p := range ind.Provenance {
			pm := ymap()
			pf := yfields{pm}
			pf.str("source", p.Source)
			if len(p.Section) > 0 {
				pf.add("section", yseq(p.Section, true))
			}
			pf.add("quote", ystr(p.Quote))
			r := runeSpan(p)
			pf.add("start", ynum(strconv.Itoa(r.Start)))
			pf.add("end", ynum(strconv.Itoa(r.End)))
			prov.Content = append(prov.Content, pm)
		}
		f.add("provenance", prov)
		inds.Content = append(inds.Content, m)
	}
	top.add("indicators", inds)
	if len(c.Derived) > 0 {
		der := &yaml.Node{Kind: yaml.SequenceNode}
		for _, d := range c.Derived {
			m := ymap()
			f := yfields{m}
			f.str("id", d.ID)
			f.str("title", d.Title)
			f.str("description", d.Description)
			f.add("formula", ystr(d.Op.String()))
			f.add("inputs", yseq(d.Inputs, true))
			der.Content = append(der.Content, m)
		}
		top.add("derived", der)
	}
	if len(c.Views) > 0 {
		views := &yaml.Node{Kind: yaml.SequenceNode}
		for _, v := range c.Views {
			m := ymap()
			f := yfields{m}
			f.str("id", v.ID)
			f.str("title", v.Title)
			f.str("subtitle", v.Subtitle)
			f.add("kind", ystr(v.Kind.String()))
			if v.Kind == SeriesKind {
				f.add("series", yseq(v.Series, true))
			} else {
				f.add("indicators", yseq(v.Indicators, true))
			}
			if len(v.Notes) > 0 {
				f.add("notes", yseq(v.Notes, false))
			}
			views.Content = append(views.Content, m)
		}
		top.add("views", views)
	}
	c.yamlSeries(top)
	return &yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{root}}
}
