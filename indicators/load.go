package indicators

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
	"go.yaml.in/yaml/v3"
)

// FormatVersion is the catalog format version this package reads and writes
// (the top-level "claimbook" field).
const FormatVersion = 1

// A TextReader returns the bytes of a source text named by a catalog's
// "text" field.
type TextReader func(path string) ([]byte, error)

// Parse decodes and verifies a catalog from src; filename is used in error
// positions, and readText (which may be nil) reads the source texts.
func Parse(filename string, src []byte, readText TextReader) (*Catalog, error) {
	d := newDecoder(filename, readText)
	if err := d.run(src); err != nil {
		return nil, err
	}
	return d.c, nil
}

// newDecoder returns a decoder of the catalog file filename.
func newDecoder(filename string, readText TextReader) *decoder {
	return &decoder{file: filename, c: &Catalog{pos: map[string]Pos{}}, readText: readText, bad: map[string]bool{}, runes: runeIndexes{}}
}

// run decodes and verifies src into d.c, and returns its problems,
// sorted, or nil.
func (d *decoder) run(src []byte) error {
	d.decode(src)
	if !d.fatal {
		d.c.verify(&d.errs, d.bad, true)
		d.checkGiven()
		d.checkGivenSeries()
		d.c.rankLists()
		d.checkRankOrders()
	}
	d.errs.Sort()
	return d.errs.Err()
}

type decoder struct {
	file     string
	includes []string // the catalog files including this one, outermost first, for cycles
	c        *Catalog
	readText TextReader
	errs     ErrorList
	fatal    bool            // the file could not be parsed at all
	bad      map[string]bool // indicators whose fields did not decode: skip their cross-checks
	given    []givenField    // computed fields of derived indicators, written in the file
	runes    runeIndexes
	// givenSeries are the computed fields of series and the conflicts a
	// file gives (as the JSON export does); they must agree.
	givenSeries []givenField
	// rankOrders are the rank_order fields the file gives (as the JSON
	// export does): each must say what the rank's stated word does.
	rankOrders []givenField
	// What ParseStated and ParsePeriod made of each string: a large
	// catalog states the same figures and periods many times.
	stated  map[statedKey]statedResult
	periods map[string]periodResult
	// folds holds the messages of causes met under many quotes: one
	// message, "and N more quotes with this section" (sectionlist.go).
	folds causeFold
}

// A statedKey is a stated figure and the measure it is read as
// (ParseStatedAs).
type statedKey struct {
	s string
	m MeasureKind
}

type statedResult struct {
	q   Quantity
	u   Unit
	err error
}

type periodResult struct {
	p   Period
	err error
}

// statedOf is ParseStatedAs, remembered.
func (d *decoder) statedOf(s string, m MeasureKind) (Quantity, Unit, error) {
	k := statedKey{s, m}
	if r, ok := d.stated[k]; ok {
		return r.q, r.u, r.err
	}
	q, u, err := statedAs(s, m)
	if d.stated == nil {
		d.stated = map[statedKey]statedResult{}
	}
	d.stated[k] = statedResult{q, u, err}
	return q, u, err
}

// periodOf is ParsePeriod, remembered.
func (d *decoder) periodOf(s string) (Period, error) {
	if r, ok := d.periods[s]; ok {
		return r.p, r.err
	}
	p, err := ParsePeriod(s)
	if d.periods == nil {
		d.periods = map[string]periodResult{}
	}
	d.periods[s] = periodResult{p, err}
	return p, err
}

// checkRankOrders reports each rank_order given that is not what its
// indicator's stated gives (Unit.RankOrder), once the ranks of a list
// are named (rankLists).
func (d *decoder) checkRankOrders() {
	for _, g := range d.rankOrders {
		ind, ok := d.c.Indicator(g.id)
		if !ok || d.bad[g.id] {
			continue
		}
		if s, want := d.str(g.node, g.field), ind.Unit.RankOrder(); s != want {
			d.errorf(g.node, ErrMismatch, "rank_order %q disagrees with stated %q, which gives %q: leave rank_order out, or change stated", s, ind.Stated, want)
		}
	}
}

// A givenField is a computed field that a file gives (as the JSON export
// does); it must agree with the computation.
type givenField struct {
	id, field string
	node      *yaml.Node
}

func (d *decoder) pos(n *yaml.Node) Pos { return Pos{File: d.file, Line: n.Line, Column: n.Column} }

func (d *decoder) errorf(n *yaml.Node, kind error, format string, args ...any) {
	d.errs.Add(d.pos(n), kind, format, args...)
}

var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

func (d *decoder) decode(src []byte) {
	if !utf8.Valid(src) {
		line := 1 + bytes.Count(src[:firstInvalid(src)], []byte("\n"))
		d.errs.Add(Pos{File: d.file, Line: line, Column: 1}, ErrSyntax, "the file is not valid UTF-8: save it as UTF-8")
		d.fatal = true
		return
	}
	top, ok := fastYAML(string(src))
	if !ok {
		if top = d.parseYAML(src); top == nil {
			d.fatal = true
			return
		}
	}
	d.checkChars(top, "")
	fields := d.mapping(top, "catalog", []string{"claimbook", "include", "sources", "indicators", "derived", "views", "series", "conflicts"})
	if fields == nil {
		d.fatal = true
		return
	}
	if v := fields["claimbook"]; v != nil {
		if n, ok := d.int(v, "claimbook"); ok && n != FormatVersion {
			d.errorf(v, ErrValue, "catalog format version %d is not supported: write \"claimbook: %d\"", n, FormatVersion)
		}
	}
	for _, n := range d.seq(fields["sources"], "sources") {
		d.source(n)
	}
	if fields["indicators"] == nil && fields["include"] == nil {
		d.errs.Add(d.pos(top), ErrMissing, "no \"indicators\" list: a catalog needs at least one indicator, or an \"include\" list of catalogs")
	}
	inds := d.seq(fields["indicators"], "indicators")
	d.c.Indicators = make([]Indicator, 0, len(inds))
	if len(inds) > 64 {
		// Sizing the map once saves rehashing a large catalog many times.
		d.c.ipos = make(map[string]*indPos, len(inds))
	}
	for _, n := range inds {
		d.indicator(n)
	}
	for _, n := range d.seq(fields["derived"], "derived") {
		d.derived(n)
	}
	for _, n := range d.seq(fields["views"], "views") {
		d.view(n)
	}
	for _, n := range d.seq(fields["series"], "series") {
		d.series(n)
	}
	if v := fields["conflicts"]; v != nil {
		d.givenSeries = append(d.givenSeries, givenField{field: "conflicts", node: v})
	}
	for _, n := range d.seq(fields["include"], "include") {
		d.include(n)
	}
}

// parseYAML parses src with yaml.v3, for what fastYAML declines, and
// returns the top node, or nil after reporting why there is none.
func (d *decoder) parseYAML(src []byte) *yaml.Node {
	var root, more yaml.Node
	dec := yaml.NewDecoder(bytes.NewReader(src))
	err := dec.Decode(&root)
	if err == io.EOF {
		err = nil // an empty file, reported below
	}
	// yaml.Unmarshal would drop every document after the first; a catalog
	// is one document, and what follows a "---" must not pass unread.
	for err == nil {
		more = yaml.Node{}
		if err = dec.Decode(&more); err == io.EOF {
			err = nil
			break
		}
		if err == nil && len(more.Content) > 0 && !(isNull(more.Content[0]) && more.Content[0].Value == "") {
			d.errs.Add(d.pos(&more), ErrSyntax, "another YAML document starts here: a catalog file holds one document; remove this \"---\" and what follows, or move it into a catalog file of its own")
			break
		}
	}
	if err != nil {
		line, msg := 1, err.Error()
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			line, _ = strconv.Atoi(m[1])
			msg = m[2]
		}
		faults := syntaxFaults(src)
		for _, f := range faults {
			d.errs.Add(Pos{File: d.file, Line: f.line, Column: f.col}, ErrSyntax, "YAML syntax: %s", f.msg)
		}
		if len(faults) == 0 || faults[0].line < line-3 {
			// The parser's own words where no line reads as a fault a
			// hand makes, or where it stopped past the first that does
			// (which it read as YAML): a fault its words say. It stops
			// at a fault, or up to the two lines above it (the item
			// whose key it did not find), and reads no further.
			d.errs.Add(Pos{File: d.file, Line: line, Column: 1}, ErrSyntax, "YAML syntax: %s", msg)
		}
		return nil
	}
	if len(root.Content) == 0 {
		d.errs.Add(Pos{File: d.file, Line: 1, Column: 1}, ErrMissing, "empty catalog: write at least \"sources:\" and \"indicators:\"")
		return nil
	}
	return root.Content[0]
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return len(b)
}

// mapping checks that n is a mapping with only known keys and no duplicate,
// and returns its values by key.
func (d *decoder) mapping(n *yaml.Node, what string, known []string) map[string]*yaml.Node {
	if n.Kind != yaml.MappingNode {
		d.errorf(n, ErrType, "%s must be a mapping of fields (\"key: value\" lines), not %s", what, describe(n))
		return nil
	}
	out := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !contains(known, k.Value) {
			hint := ""
			if s := suggestField(k.Value, known); s != "" {
				hint = fmt.Sprintf(": did you mean %q?", s)
			} else {
				hint = fmt.Sprintf(" (known fields: %s)", strings.Join(known, ", "))
			}
			d.errorf(k, ErrUnknownField, "unknown field %q in %s%s", k.Value, what, hint)
			continue
		}
		if _, dup := out[k.Value]; dup {
			d.errorf(k, ErrDuplicateID, "field %q is given twice in %s: keep one", k.Value, what)
			continue
		}
		out[k.Value] = v
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// suggestField returns the known field an unknown one means: the closest
// by spelling (suggest), or else the known field that is the first word of
// a field written in several ("text_path", "text-file" mean text).
func suggestField(s string, known []string) string {
	if k := suggest(s, known); k != "" {
		return k
	}
	first, _, ok := strings.Cut(strings.ToLower(s), "_")
	if !ok {
		first, _, ok = strings.Cut(strings.ToLower(s), "-")
	}
	if ok && contains(known, first) {
		return first
	}
	return ""
}

// suggest returns the known word closest to s, if it is close.
func suggest(s string, known []string) string {
	best, bestD := "", 3
	for _, k := range known {
		if dist := editDistance(strings.ToLower(s), k); dist < bestD {
			best, bestD = k, dist
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > 64 || len(rb) > 64 {
		return 99
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			c := 1
			if ra[i-1] == rb[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.AliasNode:
		return "an alias"
	}
	if n.Tag == "!!null" {
		return "empty"
	}
	return fmt.Sprintf("%q", n.Value)
}

func isNull(n *yaml.Node) bool { return n == nil || n.Kind == yaml.ScalarNode && n.Tag == "!!null" }

func (d *decoder) seq(n *yaml.Node, what string) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.SequenceNode {
		d.errorf(n, ErrType, "%s must be a list (lines starting with \"- \"), not %s", what, describe(n))
		return nil
	}
	if proseLists[what] {
		if msg := splitProse(n, what); msg != "" {
			d.errorf(n, ErrType, "%s", msg)
		}
	}
	return n.Content
}

func (d *decoder) scalar(n *yaml.Node, field string) (string, bool) {
	if n.Kind != yaml.ScalarNode {
		d.errorf(n, ErrType, "%q must be a single value, not %s", field, describe(n))
		return "", false
	}
	// "title: &Co results", "title: !Important figures": YAML reads the
	// first word as an anchor or a tag and drops it from the text.
	if lost := map[bool]string{true: "&" + n.Anchor}[n.Anchor != ""]; lost != "" || n.Style&yaml.TaggedStyle != 0 && !strings.HasPrefix(n.Tag, "!!") {
		if lost == "" {
			lost = n.Tag
		}
		d.errorf(n, ErrSyntax, "%q starts with %q, which YAML reads as its own mark and drops from the text: quote it: write %s: %q", field, lost, field, strings.TrimSpace(lost+" "+n.Value))
		return "", false
	}
	return n.Value, true
}

// str decodes a string field. Numbers and booleans written where text is
// expected are taken as text, as YAML users expect (an ID "2014").
func (d *decoder) str(n *yaml.Node, field string) string {
	if isNull(n) {
		return ""
	}
	s, _ := d.scalar(n, field)
	return s
}

// boolean decodes a field written true or false.
func (d *decoder) boolean(n *yaml.Node, field string) bool {
	switch n.Value {
	case "true":
		return true
	case "false":
	default:
		d.errorf(n, ErrType, "%q must be true or false; got %q", field, n.Value)
	}
	return false
}

func (d *decoder) int(n *yaml.Node, field string) (int, bool) {
	s, ok := d.scalar(n, field)
	if !ok {
		return 0, false
	}
	v, err := strconv.Atoi(s)
	if err != nil || n.Tag != "!!int" {
		d.errorf(n, ErrType, "%q must be a whole number, like 42; got %q", field, s)
		return 0, false
	}
	return v, true
}

func (d *decoder) decimal(n *yaml.Node, field, example string) (Decimal, bool) {
	s, ok := d.scalar(n, field)
	if !ok {
		return Decimal{}, false
	}
	if n.Tag != "!!int" && n.Tag != "!!float" {
		d.errorf(n, ErrType, "%q must be a number at full magnitude, like %s; got %q", field, example, s)
		return Decimal{}, false
	}
	v, err := parseDecimal(strings.ReplaceAll(s, "_", ""))
	if err != nil {
		d.errorf(n, ErrValue, "%q: %q is not a decimal number we can keep exactly (%v); write it like %s", field, s, err, example)
		return Decimal{}, false
	}
	return v, true
}

func (d *decoder) strings(n *yaml.Node, field string) []string {
	if isNull(n) {
		return nil
	}
	if n.Kind == yaml.ScalarNode {
		return []string{n.Value}
	}
	var out []string
	for _, e := range d.seq(n, field) {
		if s, ok := d.scalar(e, field); ok {
			out = append(out, s)
		}
	}
	return out
}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(?:[-_.][a-z0-9]+)*$`)

func (d *decoder) id(n *yaml.Node, what string) string {
	if n == nil {
		return ""
	}
	s, ok := d.scalar(n, "id")
	if ok && !idPattern.MatchString(s) {
		d.errorf(n, ErrValue, "%s id %q is not a slug: write lower-case letters, digits and hyphens, like %q", what, s, slugify(s))
	}
	return s
}

func slugify(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(FoldMarks(s)) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if out == "" {
		return "my-indicator"
	}
	return out
}

func (d *decoder) require(fields map[string]*yaml.Node, parent *yaml.Node, what string, names ...string) {
	for _, f := range names {
		v := fields[f]
		switch {
		case v == nil:
			d.errorf(parent, ErrMissing, "%s has no %q field: add one", what, f)
		case isNull(v) || v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) == "":
			d.errorf(v, ErrMissing, "%s has an empty %q field: fill it in", what, f)
		}
	}
}

func (d *decoder) date(n *yaml.Node, field string) Date {
	if isNull(n) {
		return Date{}
	}
	s, ok := d.scalar(n, field)
	if !ok || s == "" {
		// An empty date is no date: the JSON export writes "issued": ""
		// for a source that gives none, and reads it back.
		return Date{}
	}
	if s == NotStatedIssued && field == "issued" {
		return Date{}
	}
	v, err := ParseDate(s)
	if err != nil {
		d.errorf(n, ErrValue, "%q: invalid date %q: write YYYY-MM-DD, like 2015-04-28%s", field, s, map[bool]string{true: ` (or "not stated" where neither the text nor its page, a release calendar or an archive gives one)`}[field == "issued" && !strings.ContainsAny(s, "0123456789")])
	}
	return v
}

// NotStatedIssued is what a source's issued says where no date published
// is given anywhere the writer could read: "issued: not stated".
const NotStatedIssued = "not stated"

var sourceFields = []string{"id", "title", "publisher", "short", "issued", "issued_from", "updated", "accessed", "url", "citation", "text", "sha256"}

func (d *decoder) source(n *yaml.Node) {
	f := d.mapping(n, "source", sourceFields)
	if f == nil {
		return
	}
	s := Source{
		ID:        d.id(f["id"], "source"),
		Title:     d.str(f["title"], "title"),
		Publisher: d.str(f["publisher"], "publisher"),
		Short:     d.str(f["short"], "short"),
		Issued:    d.date(f["issued"], "issued"),
		// "issued: not stated", as a period is: the writer found none.
		IssuedNotStated: f["issued"] != nil && f["issued"].Value == NotStatedIssued,
		Updated:         d.date(f["updated"], "updated"),
		Accessed:        d.date(f["accessed"], "accessed"),
		URL:             d.str(f["url"], "url"),
		Citation:        d.str(f["citation"], "citation"),
		IssuedFrom:      d.str(f["issued_from"], "issued_from"),
		SHA256:          strings.ToLower(d.str(f["sha256"], "sha256")),
		TextPath:        d.str(f["text"], "text"),
	}
	d.require(f, n, "source", "id", "title")
	if v := f["issued_from"]; v != nil && s.IssuedFrom != "" && s.Issued.IsZero() && !s.IssuedNotStated {
		d.errorf(v, ErrMissing, "issued_from says where the issue date was read, but source %q has no issued date: add issued", s.ID)
	}
	if v := f["url"]; v != nil && s.URL != "" {
		if err := CheckURL(s.URL); err != nil {
			d.errorf(v, ErrValue, "%v", err)
		}
	}
	key := "sources/" + s.ID
	d.c.pos[key] = d.pos(n)
	if f["text"] == nil {
		// A misspelt text field ("text_path") is reported once, as the
		// unknown field that names "text"; not again as a missing text.
		for i := 0; i+1 < len(n.Content); i += 2 {
			if k := n.Content[i]; !contains(sourceFields, k.Value) && suggestField(k.Value, sourceFields) == "text" {
				d.c.pos[key+"/text-failed"] = d.pos(k)
			}
		}
	}
	if v := f["updated"]; v != nil {
		d.c.pos[key+"/updated"] = d.pos(v)
	}
	if v := f["sha256"]; v != nil && s.SHA256 != "" {
		d.c.pos[key+"/sha256"] = d.pos(v)
		if len(s.SHA256) != 64 || strings.Trim(s.SHA256, "0123456789abcdef") != "" {
			d.errorf(v, ErrValue, "sha256 %q is not 64 hex digits: write the output of \"sha256sum\" on the text file", s.SHA256)
		}
	}
	if v := f["text"]; v != nil && s.TextPath != "" {
		d.c.pos[key+"/text"] = d.pos(v)
		switch {
		case d.readText == nil:
			d.errorf(v, ErrSourceText, "cannot read source text %q: this catalog was given without a file system", s.TextPath)
		default:
			b, err := d.readText(s.TextPath)
			if err != nil || !utf8.Valid(b) {
				d.c.pos[key+"/text-failed"] = d.pos(v)
			}
			var refused *textError
			switch {
			case errors.As(err, &refused):
				d.errorf(v, ErrSourceText, "source text %q %s", s.TextPath, refused.msg)
			case err != nil:
				d.errorf(v, ErrSourceText, "cannot read source text %q: %v; write its path relative to the catalog file", s.TextPath, unwrapPathError(err))
			case !utf8.Valid(b):
				d.errorf(v, ErrSourceText, "source text %q is not valid UTF-8: convert it to UTF-8 (keep the original for the hash)", s.TextPath)
			default:
				s.Text = string(b)
				if s.SHA256 == "" {
					sum := sha256.Sum256(b)
					d.errorf(n, ErrMissing, "source %q has no \"sha256\" field: add \"sha256: %s\" to pin its text", s.ID, hex.EncodeToString(sum[:]))
				}
			}
		}
	}
	d.c.Sources = append(d.c.Sources, s)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

var indicatorFields = []string{"id", "title", "description", "entities", "counterpart", "measure", "status",
	"stated", "noun", "rank_order", "hedge", "value", "low", "high", "qualifier", "direction", "unit", "scale", "period", "base",
	"against", "percent_as_points", "set", "announced", "denominator", "notes", "provenance", "series", "margin", "margin_kind", "margin_level"}

func (d *decoder) indicator(n *yaml.Node) {
	f := d.mapping(n, "indicator", indicatorFields)
	if f == nil {
		return
	}
	ind := Indicator{
		ID:          d.id(f["id"], "indicator"),
		Title:       d.str(f["title"], "title"),
		Description: d.str(f["description"], "description"),
		Stated:      d.str(f["stated"], "stated"),
		Denominator: d.str(f["denominator"], "denominator"),
		Counterpart: d.str(f["counterpart"], "counterpart"),
		Series:      d.str(f["series"], "series"),
	}
	m := d.marks(ind.ID)
	if v := f["series"]; v != nil && ind.Series != "" {
		m.set(d, "series", v)
	}
	m.set(d, "", n)
	if f["id"] != nil {
		m.set(d, "id", f["id"])
	}
	if f["title"] != nil {
		m.set(d, "title", f["title"])
	}
	if f["counterpart"] != nil {
		m.set(d, "counterpart", f["counterpart"])
	}
	if f["direction"] != nil {
		m.set(d, "direction", f["direction"])
	}
	d.require(f, n, "indicator "+strconv.Quote(ind.ID), "id", "title", "provenance")
	if f["period"] == nil { // null is "not stated", as in the JSON export
		d.errorf(n, ErrMissing, "indicator %q has no \"period\" field: add the year the figure is for, or \"period: not stated\"", ind.ID)
	}
	if f["measure"] == nil {
		d.errorf(n, ErrMissing, "indicator %q has no \"measure\" field: add what the figure measures, one of %s (\"measure: flow\" for trade in a year)", ind.ID, strings.Join(measureKindNames[:], ", "))
	}
	if f["status"] == nil {
		d.errorf(n, ErrMissing, "indicator %q has no \"status\" field: add how sure the document is, one of %s (\"status: fact\" for a reported figure)", ind.ID, strings.Join(statusNames[:], ", "))
	}
	// An entity that is no code is told at once, and holds back no other
	// check of the indicator: its quote, hedge and unit are told in the
	// same run (s27x-fuelpov: "Wales" hid a dropped "Around").
	for _, e := range seqOrScalar(f["entities"]) {
		if s, ok := d.scalar(e, "entities"); ok {
			if err := CheckEntityFor(s, HomeOf(d.c.Sources)); err != nil {
				d.errorf(e, ErrValue, "%v", err)
			}
			ind.Entities = append(ind.Entities, s)
		}
	}
	if v := f["counterpart"]; v != nil && ind.Counterpart != "" {
		if err := CheckEntityFor(ind.Counterpart, HomeOf(d.c.Sources)); err != nil {
			d.errorf(v, ErrValue, "%v", err)
		}
	}
	errsBefore := len(d.errs)
	if v := f["measure"]; v != nil {
		m.set(d, "measure", v)
		s := d.str(v, "measure")
		m, err := ParseMeasureKind(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown measure %q: %s", s, MeasureAdvice(s))
		}
		ind.Measure = m
	}
	if v := f["status"]; v != nil {
		s := d.str(v, "status")
		st, err := ParseStatus(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown status %q: %s", s, StatusAdvice(s))
		}
		ind.Status = st
	}
	if v := f["percent_as_points"]; v != nil {
		ind.PercentAsPoints = d.boolean(v, "percent_as_points")
	}
	d.quantity(f, n, &ind, m)
	if msg := indexMeasure(&ind); msg != "" && f["measure"] != nil && !d.bad[ind.ID] {
		d.errorf(f["unit"], ErrMismatch, "%s", msg)
	}
	if v := f["set"]; v != nil {
		ind.Set = d.boolean(v, "set")
		if q := ind.Quantity; ind.Set && !d.bad[ind.ID] && (q.IsRange() || q.Qualifier != Exact) {
			d.errorf(v, ErrMismatch, "set: true says %q is a value set by a decision, exact as written, but its words give %s: leave set out", ind.Stated, q.Qualifier)
		}
	}
	if v := f["percent_as_points"]; v != nil && !d.bad[ind.ID] {
		if msg := checkPercentAsPoints(&ind); msg != "" {
			d.errorf(v, ErrMismatch, "%s", msg)
		}
	}
	if v := f["period"]; v != nil {
		m.set(d, "period", v)
		ind.Period = d.period(v, "period")
	}
	if v := f["base"]; v != nil {
		m.set(d, "base", v)
		if adv := relativeBase(v.Value, ind.Period); v.Kind == yaml.ScalarNode && adv != "" {
			d.errorf(v, ErrValue, "\"base\": %s", adv)
		} else {
			ind.Base = d.period(v, "base")
		}
	}
	ind.Announced = d.date(f["announced"], "announced")
	for _, nn := range d.seq(f["notes"], "notes") {
		ind.Notes = append(ind.Notes, d.note(nn, "indicators/"+ind.ID))
	}
	for i, pn := range d.seq(f["provenance"], "provenance") {
		ind.Provenance = append(ind.Provenance, d.provenance(pn, m, i))
	}
	if v := f["provenance"]; v != nil && len(ind.Provenance) == 0 && v.Kind == yaml.SequenceNode {
		d.errorf(v, ErrMissing, "indicator %q has an empty provenance list: give at least one quote from a source", ind.ID)
	}
	if v := f["against"]; v != nil {
		k, err := ParseComparand(d.str(v, "against"))
		switch {
		case err != nil:
			d.errorf(v, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
		default:
			ind.Against = k
			if msg := checkAgainst(&ind); msg != "" && !d.bad[ind.ID] {
				d.errorf(v, ErrMismatch, "%s", msg)
			}
		}
	}
	if v := f["stated"]; v != nil && f["unit"] == nil {
		// Only where stated alone gives the currency: a unit written
		// says which it means.
		if msg := homeCurrency(&ind, d.c.Sources); msg != "" {
			d.errorf(v, ErrMismatch, "%s", msg)
		}
	}
	if msg := cityOfLondon(&ind); msg != "" {
		d.errorf(f["entities"], ErrMismatch, "%s", msg)
	}
	numbers := !isNull(f["value"]) || !isNull(f["low"]) || !isNull(f["high"])
	if v := f["direction"]; v != nil && v.Kind == yaml.ScalarNode && strings.TrimSpace(v.Value) != "" && !(numbers && settled(&ind)) {
		// After the quotes: the advice offers a sign only where a quote
		// writes one (quoteHolds). Only a direction written: an empty one
		// (the JSON export's "direction": "" beside a signed figure) says
		// none, and the Direction the sign gave at load is no second one.
		if msg := signedDirection(ind.Quantity, ind.Quantity.Direction, ind.Stated, ind.Provenance); msg != "" {
			d.errorf(v, ErrMismatch, "%s", msg)
		}
	}
	if msg := unsignedChange(&ind); f["direction"] == nil && len(d.errs) == errsBefore && msg != "" {
		d.errorf(n, ErrMissing, "%s", msg)
	}
	if len(d.errs) > errsBefore {
		d.bad[ind.ID] = true
	}
	d.c.Indicators = append(d.c.Indicators, ind)
}

func seqOrScalar(n *yaml.Node) []*yaml.Node {
	if isNull(n) {
		return nil
	}
	if n.Kind == yaml.SequenceNode {
		return n.Content
	}
	return []*yaml.Node{n}
}

func (d *decoder) period(v *yaml.Node, field string) Period {
	if isNull(v) {
		return NotStated
	}
	s, ok := d.scalar(v, field)
	if !ok {
		return NotStated
	}
	p, err := d.periodOf(s)
	if err != nil {
		d.errorf(v, ErrValue, "%q: %s", field, strings.TrimPrefix(err.Error(), "indicators: "))
	}
	return p
}

// quantity decodes the figure of an indicator from "stated" and the explicit
// number fields, which must agree with each other.
func (d *decoder) quantity(f map[string]*yaml.Node, n *yaml.Node, ind *Indicator, m indMarks) {
	var q Quantity
	var u Unit
	fromStated, abbrev := false, false
	if v := f["stated"]; v != nil {
		m.set(d, "stated", v)
		sq, su, err := d.statedOf(ind.Stated, ind.Measure)
		if err != nil {
			msg := strings.TrimPrefix(err.Error(), "indicators: ")
			if m := lostSign(ind.Stated, ind.Stated); m != "" {
				code := "<its ISO 4217 code>"
				if uv := f["unit"]; uv != nil && uv.Kind == yaml.ScalarNode && uv.Value != "" {
					code = uv.Value
				}
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, lostSignAdvice(ind.Stated, m, code))
			} else if adv := periodFootnoteAdvice(ind.Stated, strings.Join(rawQuotes(f["provenance"]), " ")); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv) // not the parser's "unknown unit /163"
			} else if adv := marginAdvice(ind.Stated, ind.Measure); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv) // not the parser's "unknown unit": the margin
			} else if adv := articleAdvice(ind.Stated, ind.Measure); adv != "" {
				msg += "; " + adv
			} else if adv := countedRateAdvice(ind.Stated, strings.Join(rawQuotes(f["provenance"]), " ")); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := rateBaseAdvice(ind.Stated, strings.Join(rawQuotes(f["provenance"]), " ")); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := recordAdvice(ind.Stated, strings.Join(rawQuotes(f["provenance"]), " ")); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := rankPhraseAdvice(ind.Stated); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := unknownHedgeAdvice(ind.Stated); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := noNumberAdvice(ind.Stated, strings.Join(rawQuotes(f["provenance"]), " ")); adv != "" {
				msg += "; " + adv
			} else if adv := shareOfAdvice(ind.Stated); adv != "" {
				msg += "; " + adv
			} else if adv := concentrationAdvice(ind.Stated); adv != "" {
				msg = fmt.Sprintf("cannot read figure %q: %s", ind.Stated, adv)
			} else if adv := degreeAdvice(ind.Stated); adv != "" {
				msg += "; " + adv
			} else if adv := parenAdvice(ind.Stated, ind.Measure); adv != "" && !strings.Contains(msg, "write ") {
				msg += "; " + adv
			} else if adv := unknownUnitAdvice(ind.Stated, msg); adv != "" && !strings.Contains(msg, "write ") {
				msg += "; " + adv
			} else if !strings.Contains(msg, "write ") {
				// The parser said what is wrong but not what to write.
				msg += "; write the figure as the document does, like \"nearly $350 billion\", \"26 to 28 percent\" or \"3-5 countries\""
			}
			d.errorf(v, ErrValue, "%s", againstBase(msg, strings.Join(rawQuotes(f["provenance"]), " "), ind.Stated))
			d.bad[ind.ID] = true
		} else {
			su.Per = canonicalPer(su.Per) // "per thousand" is "per 1,000"
			q, u, fromStated = sq, su, true
			if ab := statedAbbreviation(ind.Stated, su); ab != "" {
				// "1.5 million CoTs" counts CoT; a unit: field that
				// says otherwise is told what to write.
				if uv := f["unit"]; uv != nil && uv.Kind == yaml.ScalarNode && uv.Value != su.String() {
					d.errorf(v, ErrMismatch, "%s", abbreviationAdvice(ind.Stated, ab, su, uv.Value))
					d.bad[ind.ID] = true
					abbrev = true
				}
			}
			if msg := proportionCounted(ind, sq, su); msg != "" {
				d.errorf(v, ErrMismatch, "%s", msg)
				d.bad[ind.ID] = true
			}
		}
	}
	explicit := false
	var ex Quantity
	if v := f["qualifier"]; v != nil {
		s := d.str(v, "qualifier")
		ql, err := ParseQualifier(s)
		if hq, _, herr := ParseStated(s + " 1"); err != nil && herr == nil && hq.Qualifier != Exact && hq.Qualifier != Range && fromStated {
			// "qualifier: around": a hedge word, which is written in
			// stated as the document words it (s22p-volunteer was told
			// "did you mean exact?").
			adv := hedgeFieldAdvice(Quantity{Value: q.Value, Qualifier: hq.Qualifier}, q, ind, u, rawQuotes(f["provenance"]))
			if adv == "" {
				adv = fmt.Sprintf("write qualifier: %s", hq.Qualifier)
			}
			d.errorf(v, ErrValue, "unknown qualifier %q: %q is a hedge, qualifier %s; %s", s, s, hq.Qualifier, adv)
		} else if err != nil {
			hint := suggest(s, qualifierNames[:])
			if hint == "" {
				hint = "exact"
			}
			d.errorf(v, ErrValue, "unknown qualifier %q: write one of %s (did you mean %q?)", s, strings.Join(qualifierNames[:], ", "), hint)
		}
		ex.Qualifier, explicit = ql, true
		if err != nil {
			d.bad[ind.ID] = true
		}
	}
	value, low, high := f["value"], f["low"], f["high"]
	if !isNull(value) {
		ex.Value, _ = d.decimal(value, "value", "279000000000")
		explicit = true
		m.set(d, "value", value)
	}
	if !isNull(low) {
		ex.Low, _ = d.decimal(low, "low", "26")
		explicit = true
	}
	if !isNull(high) {
		ex.High, _ = d.decimal(high, "high", "28")
		explicit = true
	}
	if v := f["scale"]; v != nil {
		s := d.str(v, "scale")
		sc, err := ParseScale(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown scale %q: write thousand, million, billion, trillion, or leave it out", s)
		}
		ex.Scale = sc
		switch {
		case err != nil || !fromStated || sc == q.Scale:
		case q.Scale == NoScale:
			// A cell of a table in thousands ("1,485" under "'000"):
			// stated as written, at its true size; verify checks that
			// the source states the scale (tableScale).
			q = scaledBy(q, sc)
		default:
			d.errorf(v, ErrMismatch, "scale %q disagrees with stated %q (scale %q): leave scale out, it is read from stated", s, ind.Stated, q.Scale)
		}
	} else {
		ex.Scale = q.Scale
	}
	// The noun phrase and a range's hedge come from stated; an export
	// writes them, and they must agree.
	for _, g := range []struct{ field, read string }{{"noun", q.Noun}, {"hedge", q.Hedge}} {
		if v := f[g.field]; v != nil {
			if s := d.str(v, g.field); s != g.read {
				d.errorf(v, ErrMismatch, "%s %q disagrees with stated %q, which gives %q: leave %s out, or change stated", g.field, s, ind.Stated, g.read, g.field)
			}
		}
	}
	if v := f["rank_order"]; v != nil {
		d.rankOrders = append(d.rankOrders, givenField{id: ind.ID, field: "rank_order", node: v})
	}
	if v := f["direction"]; v != nil {
		s := d.str(v, "direction")
		dir, err := ParseDirection(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown direction %q: write up, down or, for the size of moves either way (\"daily changes of more than 5%%\"), either", s)
		}
		q.Direction, ex.Direction = dir, dir
	}
	if v := f["unit"]; v != nil {
		m.set(d, "unit", v)
		s := d.str(v, "unit")
		pu, err := ParseUnit(s)
		if err != nil {
			d.errorf(v, ErrValue, "%s", strings.TrimPrefix(err.Error(), "indicators: "))
			d.bad[ind.ID] = true
		} else if msg := unitFormAdvice(s, pu); msg != "" {
			d.errorf(v, ErrValue, "%s", msg)
			d.bad[ind.ID] = true
		} else if parts := coordinatedParts(q.Noun, u); fromStated && parts != nil && bothWords(parts, pu) {
			u = pu // unit: pub and club, both words of "1400 pubs and clubs"
		} else if fromStated && parts != nil {
			d.errorf(v, ErrMismatch, "%s", coordinatedAdvice(ind.Stated, parts, pu))
			d.bad[ind.ID] = true
		} else if w := pointsInQuote(ind.Stated, u, pu, rawQuotes(f["provenance"])); fromStated && w != "" {
			// "2.0%" with unit: percentage_point against "2.0 percentage
			// points of annual growth" (s20n-population): the quote's words.
			d.errorf(v, ErrMismatch, "unit %q disagrees with stated %q, which reads as %q, but the quote writes the figure in points, %q: write stated: %q and leave unit out", s, ind.Stated, unitWord(u), w, w)
		} else if abbrev {
			u = pu // told with the abbreviation
		} else if k, ok := ofKindInQuote(ind.Stated, u, rawQuotes(f["provenance"])); fromStated && ok && k == pu {
			u = pu // "180,000 uninfected units" of the quote's "units of blood", unit: unit of blood
		} else if fromStated && f["series"] != nil && u.Kind == Count && pu.Kind == Count && u.Per == pu.Per &&
			slices.ContainsFunc(rawQuotes(f["provenance"]), func(q string) bool { return nounNamed(q, pu.Name) }) {
			// "684 offences" of a series of homicides, in a sentence that
			// names homicides (s23r-homicide): the document's other word
			// for the series' noun; stated keeps it.
			u = pu
		} else if fromStated && !statedUnitAllows(ind.Stated, u, pu) && !percentAsPoints(ind, u, pu) {
			d.errorf(v, ErrMismatch, "unit %q disagrees with stated %q, which reads as %q: %s", s, ind.Stated, unitWord(u), unitFix(ind.Stated, u, pu))
		} else if msg := negativeCount(q, pu, ind.Measure, ind.Stated); fromStated && msg != "" {
			d.errorf(v, ErrValue, "%s", msg)
			d.bad[ind.ID] = true
		} else if fromStated && u.Kind == Rank {
			// keep the superlative from the stated words
		} else {
			u = pu
		}
	}
	if parts := coordinatedParts(q.Noun, u); fromStated && f["unit"] == nil && parts != nil {
		d.errorf(f["stated"], ErrMismatch, "%s", coordinatedAdvice(ind.Stated, parts, Unit{}))
		d.bad[ind.ID] = true
	}
	if explicit {
		// The qualifier decides the shape: a range needs low and high.
		if !ex.IsRange() && f["qualifier"] == nil && !isNull(low) && !isNull(high) && isNull(value) {
			ex.Qualifier = Range
		}
		switch {
		case ex.IsRange():
			if isNull(low) || isNull(high) {
				d.errorf(firstNonNil(f["qualifier"], n), ErrValue, "qualifier \"range\" needs both \"low\" and \"high\": write low: 26 and high: 28 (and no \"value\")")
				d.bad[ind.ID] = true
			}
			if !isNull(value) {
				d.errorf(value, ErrValue, "a range has no single \"value\": remove it and keep \"low\" and \"high\"")
				d.bad[ind.ID] = true
			}
			if !isNull(low) && !isNull(high) && ex.Low.Cmp(ex.High) > 0 {
				d.errorf(low, ErrValue, "low %s is above high %s: swap them", ex.Low, ex.High)
				d.bad[ind.ID] = true
			}
		default:
			if (!isNull(low) || !isNull(high)) && !hedgeEndsAgree(ind, q, u, fromStated, low, high) {
				d.errorf(firstNonNil(low, high), ErrValue, "qualifier %q takes a \"value\", not \"low\"/\"high\": use qualifier: range for a range", ex.Qualifier)
				d.bad[ind.ID] = true
			}
			ex.Low, ex.High = Decimal{}, Decimal{}
			if isNull(value) && !fromStated {
				d.errorf(firstNonNil(f["qualifier"], n), ErrMissing, "indicator %q has no \"value\": write the number at full magnitude, or a \"stated\" figure", ind.ID)
				d.bad[ind.ID] = true
			}
		}
		if fromStated && !d.bad[ind.ID] {
			// The numbers given beside stated are the figure as the
			// exports hold it (storedAs: a fall below zero, whether
			// stated writes its sign or direction: down says it).
			stored := settleMove(signAndDirection(q, ind.Measure, ind.Stated), ind.Measure, ind.Stated).storedAs(u)
			if f["qualifier"] == nil {
				ex.Qualifier = q.Qualifier
			}
			if isNull(value) && !ex.IsRange() {
				ex.Value = stored.Value
			}
			shown := *ind
			shown.Unit = u
			if p := proportionShown(&shown, stored); !p.IsRange() && !ex.IsRange() && p.Value.Equal(ex.Value) && p.Qualifier == ex.Qualifier {
				ex.Value = stored.Value // "around two-thirds" exported 66.7, as the book shows it
			}
			if msg := quantityDiff(ex, stored); msg == "" && !(isNull(value) && isNull(low) && isNull(high)) {
				q = signAndDirection(q, ind.Measure, ind.Stated) // "-3,786", direction: down and value: -3786 say one fall
			} else if msg != "" {
				if adv := tableScaleAdvice(ex.Value, q.Value); adv != "" && !ex.IsRange() && q.Scale == NoScale {
					msg = adv
				} else if adv := hedgeFieldAdvice(ex, q, ind, u, rawQuotes(f["provenance"])); adv != "" {
					msg += ": " + adv
				}
				d.errorf(firstNonNil(value, low, f["qualifier"], n), ErrMismatch, "%s disagrees with stated %q: %s", fieldsWord(f), ind.Stated, msg)
				d.bad[ind.ID] = true
			}
		}
		if !fromStated {
			q = ex
		}
	} else if !fromStated && f["stated"] == nil {
		d.errorf(n, ErrMissing, "indicator %q has no figure: write \"stated\" as the document says it (\"$279 billion\"), or \"value\"/\"low\"+\"high\" and \"unit\"", ind.ID)
		d.bad[ind.ID] = true
	}
	if fromStated {
		q = settleMove(q, ind.Measure, ind.Stated)
	}
	q.Margin = d.marginOf(f, q, ind, fromStated)
	ind.Quantity, ind.Unit = q, u
}

// parenAdvice says what to write for a stated figure that reads once a
// parenthesis among its unit's words is left out ("16,600 full-time
// equivalent (FTE) police officers", s16h-police), or "": the figure
// alone as stated and the unit's words apart, in the singular.
func parenAdvice(stated string, m MeasureKind) string {
	open := strings.IndexByte(stated, '(')
	end := strings.IndexByte(stated, ')')
	if open <= 0 || end < open {
		return ""
	}
	if strings.TrimSpace(stated[end+1:]) == "" {
		return "" // after the unit's words, no part of them
	}
	paren := stated[open : end+1]
	bare := strings.Join(strings.Fields(stated[:open]+" "+stated[end+1:]), " ")
	if _, u, err := ParseStatedAs(bare, m); err != nil || u.Kind != Count {
		return ""
	}
	fig := figureAlone(bare)
	words := strings.Fields(bare[len(fig):])
	if fig == bare || len(words) == 0 {
		return ""
	}
	words[len(words)-1] = Singular(words[len(words)-1])
	return fmt.Sprintf("the parenthesis %q among the unit's words stands in the way: write stated: %q and unit: %s", paren, fig, strings.ToLower(strings.Join(words, " ")))
}

// countBases are the bases on which people are counted that documents
// write as an abbreviation, in lower case, with their words: "559 FTE" is
// 559 full-time equivalent staff, not 559 people.
var countBases = map[string]string{"fte": "full-time equivalent"}

// countedOnBasis reports whether the counted noun given names a basis of
// counting (countBases) that the stated figure writes: unit "full-time
// equivalent teacher" or "fte teacher" fits "559 FTE" (read as a count of
// "fte") and "52,247 FTE teachers" (a count of teachers, "FTE" before
// them); unit "full-time equivalent" alone fits "559 FTE".
func countedOnBasis(stated string, read, given Unit) bool {
	if read.Kind != Count || given.Kind != Count || read.Per != given.Per {
		return false
	}
	for abbr, words := range countBases {
		for _, basis := range []string{words, abbr} {
			noun, ok := strings.CutPrefix(given.Name, basis)
			if !ok || noun != "" && noun[0] != ' ' {
				continue
			}
			noun = strings.TrimSpace(noun)
			low := strings.ToLower(stated)
			written := strings.Contains(low, words) || strings.Contains(stated, strings.ToUpper(abbr))
			// A modifier the document writes before the noun may be part
			// of what is counted, as in statedUnitAllows: unit
			// "full-time equivalent police officer" fits "366 FTE police
			// officers", read as a count of officers.
			modified := strings.HasSuffix(noun, " "+read.Name) && (hasWord(low, noun) || hasWord(low, Plural(noun)))
			if read.Name == abbr || written && (noun == "" || read.Name == noun || modified) {
				return true
			}
		}
	}
	return false
}

// percentAsPoints reports whether ind says its stated "%" means
// percentage points (Indicator.PercentAsPoints) and the units are those:
// read from the stated words as percent, given as percentage points.
func percentAsPoints(ind *Indicator, read, given Unit) bool {
	return ind.PercentAsPoints && read == PercentUnit && given == PercentagePointUnit
}

// checkPercentAsPoints says what is wrong with an indicator that sets
// PercentAsPoints, or "": it must be a change, in percentage points,
// whose stated figure is written with "%". A level is never in points, so
// the field cannot reread one.
func checkPercentAsPoints(ind *Indicator) string {
	if !ind.PercentAsPoints {
		return ""
	}
	if ind.Measure != Change {
		return fmt.Sprintf("percent_as_points says the document writes a change in percentage points with \"%%\", but the measure is %q: a level or share is in percent; write measure: change, or leave percent_as_points out", ind.Measure)
	}
	if ind.Unit != PercentagePointUnit {
		return fmt.Sprintf("percent_as_points needs unit: percentage_point, not %q", unitWord(ind.Unit))
	}
	if _, u, err := ParseStatedAs(ind.Stated, ind.Measure); ind.Stated == "" || err != nil || u != PercentUnit {
		return fmt.Sprintf("percent_as_points reads a stated figure written with \"%%\" as percentage points, but stated %q is not in percent: leave percent_as_points out", ind.Stated)
	}
	return ""
}

func sameUnit(a, b Unit) bool {
	if a.Kind == Rank && b.Kind == Rank {
		return true
	}
	return a == b
}

// dollarCodes are the currencies a document may write with a bare "$".
var dollarCodes = map[string]bool{"USD": true, "CAD": true, "AUD": true, "NZD": true, "HKD": true, "SGD": true,
	"TWD": true, "MXN": true, "BSD": true, "BBD": true, "BZD": true, "BMD": true, "FJD": true, "JMD": true,
	"LRD": true, "NAD": true, "SBD": true, "SRD": true, "TTD": true, "XCD": true, "GYD": true, "KYD": true, "BND": true}

// statedUnitAllows reports whether the unit a catalog gives fits the unit
// read from the stated figure: the same unit; a counted noun for a bare
// number, whose noun the sentence gives elsewhere; a rate's counted noun
// for a bare rate of the same base ("6.8 per 100,000" in person per
// 100,000), the noun written once in the document; the people counted
// for an adjective that stands for them ("5,425 slightly injured" in
// person); or, where the document wrote
// a bare "$" or a bare "cents", any dollar currency (a Canadian fact
// sheet's "$5 billion" and "16 cents" are in CAD); where it wrote bare
// "degrees", degrees Celsius or Fahrenheit ("keep 1.5 degrees within
// reach" is a warming in degC).
func statedUnitAllows(stated string, read, given Unit) bool {
	read.Per, given.Per = canonicalPer(read.Per), canonicalPer(given.Per)
	if read.Per != "" && samePer(read.Per, given.Per) {
		read.Per = given.Per // "7.8 per 100,000" in death per 100,000 population
	}
	if sameUnit(read, given) {
		return true
	}
	if q, _, err := ParseStated(stated); err == nil && coordinatedParts(q.Noun, read) != nil && bothWords(coordinatedParts(q.Noun, read), given) {
		// unit: book and material, both words of "174.9 million books
		// and other materials": the one rule Load also reads.
		return true
	}
	if read.IsZero() && given == PercentUnit && bareFigure(stated) {
		// "4.9" of "Annual % change4.93.8": a cell of a table whose row
		// or header writes "%"; verify checks that it does (gluedPercent).
		return true
	}
	if read.IsZero() && given.Kind == Count {
		// "a record high of 723,277": the counted noun stands elsewhere
		// in the sentence ("the number of international students").
		return true
	}
	if read.IsZero() && given.Kind == NoUnit && given.Name == "" && given.Per != "" {
		// "from 4.9 in 2012" after "the stillbirth rate fell to 4.7 per
		// thousand total births": the rate's base stands once in the
		// sentence, for both figures.
		return true
	}
	if read.Kind == NoUnit && read.Name == "" && read.Per != "" && (given.Kind == Count || given.Kind == NoUnit && given.Name == "") &&
		(given.Per == read.Per || isPerNumber(read.Per) && strings.HasPrefix(given.Per, read.Per+" ")) {
		// "from 6.8 per 100,000 in 2023" after "8.1 people per 100,000",
		// "4.1 per 100,000" after "4.0 per 100,000 workers": the rate's
		// counted noun and its base's stand once in the document;
		// verify checks that a quote names them.
		return true
	}
	if read.Kind == Count && given.Kind == Count && read.Per == given.Per && strings.HasSuffix(given.Name, " "+read.Name) &&
		(hasWord(strings.ToLower(stated), given.Name) || hasWord(strings.ToLower(stated), Plural(given.Name))) {
		// "698,512 live births" with unit: live birth: a modifier the
		// document writes before the noun may be part of what is
		// counted (demography counts live births, not births).
		return true
	}
	if read.Kind == Count && given.Kind == Count && read.Per == given.Per && lexicon.IsPeopleAdjective(lastWord(read.Name)) {
		// "5,425 slightly injured" with unit: person (or casualty): the
		// adjective says who, the unit names the people counted.
		return true
	}
	if read.IsZero() && given.Kind == Index && given.Per == "" {
		// "109.0" of a production index (2015 = 100): an index level is
		// written bare, its index named by its title and table.
		return true
	}
	if read.IsZero() && given.Kind == Measure {
		// "4.37 billion bushels, up 35 million": the measure stands
		// elsewhere in the sentence; verify checks that a quote names it.
		return true
	}
	if read.Kind == NoUnit && given.Kind == Money && read.Per == given.Per && read.Name == "" {
		// "2,817 crore", "2,300 per quintal": the currency stands
		// elsewhere in the sentence ("Rs 122528.77 crore … and 2,817
		// crore") or in the document (a ministry's rupee prices).
		return true
	}
	if read.Per == "" && given.Per != "" && lexicon.RatePhrases[given.Per] != nil {
		// "283,734 units" at a "seasonally adjusted annual rate": the
		// rate's span stands elsewhere in the sentence; verify checks
		// that a quote names it.
		bare := given
		bare.Per = ""
		if sameUnit(read, bare) {
			return true
		}
	}
	if baseApart(read, given) {
		return true // "price per tonne … was €6,761": verify checks the quote names the base
	}
	if countedOnBasis(stated, read, given) {
		return true // "559 FTE", "52,247 FTE teachers": full-time equivalent teachers
	}
	if read.Kind == Measure && read.Name == "deg" && given.Kind == Measure && (given.Name == "degC" || given.Name == "degF") && read.Per == given.Per {
		return true // "keep 1.5 degrees within reach": the catalog says which scale
	}
	if read.Kind != Money || given.Kind != Money || read.Currency.String() != "USD" || !dollarCodes[given.Currency.String()] {
		return false
	}
	if read.Per != "" && read.Per != given.Per {
		return false // "$1.8 billion per year" is NZD per year, not NZD
	}
	i := strings.IndexByte(stated, '$')
	return i >= 0 && (i == 0 || !isAlnum(stated[i-1])) || bareCents(stated)
}

// bareCents reports whether stated writes its amount in cents of no named
// currency: "16 cents", "85 cents/gal", not "12 euro cents".
func bareCents(stated string) bool {
	words := strings.Fields(lowerASCII(stated))
	for i, w := range words {
		w, _, _ = strings.Cut(w, "/")
		if (w == "cent" || w == "cents") && (i == 0 || words[i-1] != "euro") {
			return true
		}
	}
	return false
}

// signedDirection says what is wrong with a direction given to a signed
// figure, or "": a change stated "-43,000" says its fall with its sign,
// and a direction as well would turn it twice (charts drew it as a rise).
//
// One rule holds for both signs: a change the document writes with its
// sign ("-0.1%", "+2.3%") is stated signed with no direction, or unsigned
// with its direction (the quote's sign is then the move). The advice
// offers only what verify then accepts: "leave direction out" only where
// a quote writes the figure signed (quoteHolds), since a signed stated
// must stand in its quote as written.
func signedDirection(q Quantity, dir Direction, stated string, prov []Provenance) string {
	lo, hi := q.Ends()
	st := strings.TrimSpace(stated)
	if dir != NoDirection && plusSigned(st) {
		bare := withoutSigns(st)
		if !quoteHolds(prov, st) {
			return fmt.Sprintf("direction %s given to the signed figure %q, which says its rise with its sign, but the quote writes it without the sign: write stated: %q and keep direction: %s", dir, st, bare, dir)
		}
		return fmt.Sprintf("direction %s given to the signed figure %q, which says its rise with its sign: leave direction out, or write %q and keep direction: up", dir, st, bare)
	}
	if dir == NoDirection || lo >= 0 && hi >= 0 {
		return ""
	}
	bare := withoutSigns(st)
	if !quoteHolds(prov, st) {
		// The quote writes the figure unsigned: the direction is the
		// only way to say the move.
		return fmt.Sprintf("direction %s given to the signed figure %q, but the quote writes it without the sign: write stated: %q and keep direction: %s", dir, st, bare, dir)
	}
	if dir == Either {
		return fmt.Sprintf("direction either given to the signed figure %q, which says a fall with its sign: leave direction out", st)
	}
	if dir == Up {
		return fmt.Sprintf("direction up given to the signed figure %q, which says a fall with its sign: leave direction out", st)
	}
	return fmt.Sprintf("direction down given to the signed figure %q, which says its fall with its sign: leave direction out, or write %q and keep direction: down", st, bare)
}

// quoteHolds reports whether a quote of prov writes figure as verify
// reads it: as a word, in folded characters. A catalog built in Go with
// no quotes holds every figure (nothing to check it against).
func quoteHolds(prov []Provenance, figure string) bool {
	if len(prov) == 0 {
		return true
	}
	f := foldString(figure)
	for _, p := range prov {
		if indexWord(foldString(p.Quote), f) >= 0 {
			return true
		}
	}
	return false
}

// plusSigned reports whether stated writes its figure with a plus sign
// before it ("+2.3%", "up to +$5"), not after its digits ("1,000+").
func plusSigned(stated string) bool {
	i := strings.IndexByte(stated, '+')
	return i >= 0 && i+1 < len(stated) && !isAlnum(stated[max(i-1, 0)]) && stated[i+1] != ' '
}

// cityOfLondon says what is wrong with an indicator whose entities name
// GB-LND while its title or a quote says "London" and not "City of
// London", or "": ISO 3166-2's GB-LND is the City of London, the square
// mile, not Greater London, which has no code of its own.
func cityOfLondon(ind *Indicator) string {
	if !slices.Contains(ind.Entities, "GB-LND") {
		return ""
	}
	texts := []string{ind.Title}
	for _, p := range ind.Provenance {
		texts = append(texts, p.Quote)
	}
	for _, t := range texts {
		if strings.Contains(t, "London") && !strings.Contains(t, "City of London") {
			return fmt.Sprintf("entities: GB-LND is the City of London (ISO 3166-2), but indicator %q says \"London\": for London write entities: [GB] and name London in the title (\"... in London\"); keep GB-LND only for the City of London", ind.ID)
		}
	}
	return ""
}

// unsignedChange says what is wrong with a change that says its way
// neither by a direction nor by a sign while a quote of it says a fall
// (UnsignedFall), or "".
func unsignedChange(ind *Indicator) string {
	w := UnsignedFall(ind)
	if w == "" {
		return ""
	}
	if adv := movedFromAdvice(ind); adv != "" {
		return fmt.Sprintf("indicator %q is a change (measure: change) with no way; %s", ind.ID, adv)
	}
	return fmt.Sprintf("indicator %q is a change (measure: change) with no way, and its quote says %q: add direction: down for a fall (direction: up if the figure is a rise beside it)%s", ind.ID, w, signOffer(ind))
}

// signOffer ends unsignedChange's advice: a second way, a sign for
// the stated figure, only where a quote writes the figure signed (a
// signed stated must stand in its quote as written).
func signOffer(ind *Indicator) string {
	signed := "-" + strings.TrimSpace(ind.Stated)
	if len(ind.Provenance) == 0 || !quoteHolds(ind.Provenance, signed) {
		return "; without it a fall is charted as a rise"
	}
	return fmt.Sprintf(", or give stated its sign (%q); without either a fall is charted as a rise", signed)
}

// UnsignedFall returns the word of a fall ("decreased", "fell") in a
// quote of a change that says its way neither by a direction nor by a
// sign, or "": without either the fall is charted as a rise. A change
// whose quotes say only a rise ("annual growth of 2.9%"), or no way at
// all, reads as written, and a change of nothing has no way.
func UnsignedFall(ind *Indicator) string {
	if ind.Measure != Change || ind.Quantity.Direction != NoDirection {
		return ""
	}
	lo, hi := ind.Quantity.Ends()
	st := strings.TrimSpace(ind.Stated)
	if lo < 0 || lo == 0 && hi == 0 || strings.HasPrefix(st, "+") || strings.HasPrefix(st, "-") || strings.HasPrefix(st, "−") {
		return ""
	}
	for _, p := range ind.Provenance {
		if w := DirectionWord(p.Quote, Down); w != "" {
			return w
		}
	}
	return ""
}

// negativeCount says what is wrong with a negative figure of a counted
// unit given apart ("-3" with unit: country), or "": a count is never
// negative, as stated's own reading of "-3 countries" says, but a net
// figure (measure flow or change: "-43,000" net migration with unit:
// person) may be (MeasureKind.Nets).
func negativeCount(q Quantity, u Unit, m MeasureKind, stated string) string {
	if lo, _ := q.Ends(); !u.NonNegative() || lo >= 0 || m.Nets() && u.Kind == Count {
		return ""
	}
	return fmt.Sprintf("a count cannot be negative: write %q and, for a fall, measure: change with direction: down (only a net figure, measure: flow or change, may be below zero)", strings.TrimLeft(stated, "-−"))
}

// unitFix says what to write when the unit a catalog gives disagrees with
// the stated figure's: keep the stated base ("write unit: NZD per year"),
// word a base the unit adds in stated, as the quote does ("£72,000 per
// farm"), or write the unit the stated words read.
func unitFix(stated string, read, given Unit) string {
	if bare := given; bare.Per != "" && read.Per == "" {
		if bare.Per = ""; sameUnit(read, bare) && !read.IsZero() {
			// "£72,000" with unit "GBP per farm": the base is a claim the
			// stated words must make.
			return fmt.Sprintf("stated gives no base, and a base is words of the quote: where the quote says it, write stated: %q (the quote's own words); else write unit: %s and name the base in the title", stated+" per "+given.Per, unitWord(read))
		}
	}
	if read == PercentUnit && given == PercentagePointUnit {
		return "where the document writes a change of a rate in \"%\" meaning percentage points (\"decreased by 0.1% to 92.3%\"), keep unit: percentage_point and add percent_as_points: true (measure: change); otherwise write unit: percent"
	}
	if read.Per != "" && given.Per == "" && given.Kind == read.Kind && given.Kind != NoUnit {
		given.Per = read.Per
		return fmt.Sprintf("keep its base: write unit: %s", given)
	}
	if read.Kind == Measure && read.Name == "deg" {
		return "bare degrees may be named degC or degF, or left as deg"
	}
	if read.Kind == Rank && given.Kind == Count && slices.Contains(lexicon.Durations, given.Name) {
		// "increased for the eighth consecutive year": a run of years.
		return fmt.Sprintf("%q alone is a place in a list; a run of %ss is a count of them: write stated: the quote's words with the run (\"%s consecutive %s\") and measure: count, and leave unit out", stated, given.Name, stated, given.Name)
	}
	if read.IsZero() && given == PercentUnit && ProportionInWords(stated) {
		return fmt.Sprintf("%q is held as a percent only where it is a part of a whole (measure: share) or a rise or fall (measure: change, \"fell by a third\"): write that measure and keep unit: percent, or leave unit out to hold the figure as the pure number it is", stated)
	}
	if read.Kind == Count && given.Kind == Count && read.Per == given.Per && strings.HasSuffix(given.Name, " "+read.Name) {
		// "15 FTE officers" with unit "full-time equivalent police
		// officer": the stated words do not write the unit's modifier.
		return fmt.Sprintf("the stated words count %s and do not write all of %q: write unit: %s, as they do, or stated: %q, the figure alone, to keep the unit", Plural(read.Name), given.Name, writtenCount(stated, read), figureAlone(stated))
	}
	if read.Kind == Count && given.Kind == Count && read.Per == given.Per {
		// "1,904 new registrations" with unit child: either reads.
		return fmt.Sprintf("write unit: %s, as the stated words count, or stated: %q, the figure alone, to keep unit: %s", writtenCount(stated, read), figureAlone(stated), given)
	}
	if read.IsZero() {
		return fmt.Sprintf("the stated words name no unit: leave unit out, or write stated: the quote's words that name %s", unitWord(given))
	}
	// "more than twice" with unit: percent (s21o-obesity): the stated
	// words' own unit is one that verifies.
	read.Per = canonicalPer(read.Per)
	return fmt.Sprintf("write unit: %s, as the stated words read, or leave unit out", read)
}

// writtenCount returns the unit a stated count read as read writes: its
// noun, after the basis of counting (countBases) it names ("15 FTE
// officers" is full-time equivalent officer).
func writtenCount(stated string, read Unit) string {
	for abbr, words := range countBases {
		if strings.Contains(strings.ToLower(stated), words) || strings.Contains(stated, strings.ToUpper(abbr)) {
			return words + " " + read.Name
		}
	}
	return read.Name
}

// bareFigure reports whether stated is a figure alone, digits with their
// sign, points and commas: "4.9", "-0.2", "1,485".
func bareFigure(stated string) bool {
	s := strings.TrimPrefix(stated, "-")
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !(s[i] >= '0' && s[i] <= '9' || s[i] == '.' || s[i] == ',') {
			return false
		}
	}
	return true
}

// figureAlone returns the longest start of stated that reads as a figure
// with no unit: "15" of "15 FTE officers", "about 2 million" of "about 2
// million people"; stated itself if none does.
func figureAlone(stated string) string {
	f := strings.Fields(stated)
	for k := len(f); k > 0; k-- {
		start := strings.Join(f[:k], " ")
		if _, u, err := ParseStated(start); err == nil && u.IsZero() {
			return start
		}
	}
	return stated
}

func unitWord(u Unit) string {
	if u.IsZero() {
		return "a pure number"
	}
	return u.String()
}

func fieldsWord(f map[string]*yaml.Node) string {
	var names []string
	for _, k := range []string{"value", "low", "high", "qualifier"} {
		if f[k] != nil && !isNull(f[k]) {
			names = append(names, k)
		}
	}
	return strings.Join(names, "/")
}

// hedgeFieldAdvice says what to write for a qualifier field (ex) given to
// a figure stated exact (q), or "": a hedge is written in stated, in the
// words of a quote that has it ("more than an 80%"), since verify reads
// the hedge from stated and checks it against the quote.
func hedgeFieldAdvice(ex, q Quantity, ind *Indicator, u Unit, quotes []string) string {
	if q.Qualifier != Exact || ex.Qualifier == Exact || ex.Qualifier == Range || q.IsRange() || !ex.Value.Equal(q.Value) {
		return ""
	}
	st := strings.TrimSpace(ind.Stated)
	hedged := q
	hedged.Qualifier = ex.Qualifier
	probe := Indicator{Measure: ind.Measure, Unit: u, Stated: st, Quantity: settleMove(hedged, ind.Measure, st)}
	for _, qt := range quotes {
		if w := quoteWording(qt, &probe); w != "" {
			return fmt.Sprintf("a hedge is written in stated, in the quote's words: write stated: %q and leave qualifier out", w)
		}
	}
	write := ex.Qualifier.Word() + " " + st
	if _, wu, err := ParseStated(write); !u.IsZero() && (err != nil || wu != u) {
		// stated "66.7" with unit: percent: "nearly 66.7" would read
		// as a pure number; the hedged figure with its unit's words
		// reads as the indicator does.
		if f := Format(hedged, u, Style{}); f != write {
			if _, fu, err := ParseStated(f); err == nil && fu == u {
				write = f
			}
		}
	}
	return fmt.Sprintf("a hedge is written in stated, as the document words it: write stated: %q and leave qualifier out", write)
}

// rawQuotes returns the quotes of a provenance list as written, before
// it is decoded (advice on a figure reads them).
func rawQuotes(n *yaml.Node) []string {
	var out []string
	for _, e := range seqOrScalar(n) {
		if e.Kind != yaml.MappingNode {
			continue
		}
		for i := 0; i+1 < len(e.Content); i += 2 {
			if e.Content[i].Value == "quote" && e.Content[i+1].Kind == yaml.ScalarNode {
				out = append(out, e.Content[i+1].Value)
			}
		}
	}
	return out
}

// quantityDiff says how q (explicit fields) differs from s (from stated), or
// returns "".
func quantityDiff(q, s Quantity) string {
	switch {
	case q.Qualifier != s.Qualifier:
		return fmt.Sprintf("qualifier %s here, %s in the words", q.Qualifier, s.Qualifier)
	case q.IsRange() && (!q.Low.Equal(s.Low) || !q.High.Equal(s.High)):
		return fmt.Sprintf("range %s to %s here, %s to %s in the words", q.Low, q.High, s.Low, s.High)
	case !q.IsRange() && !q.Value.Equal(s.Value):
		return fmt.Sprintf("value %s here, %s in the words", q.Value, s.Value)
	}
	return ""
}

// hedgeEndsAgree reports whether low and high, given beside the value of
// a point ind, are the ends the exports write for the figure stated, q
// in unit u (figureNumbers), those of its hedge or of its written
// digits: an exported JSON file reads back.
// A point with no stated has no written digits to check them by.
func hedgeEndsAgree(ind *Indicator, q Quantity, u Unit, fromStated bool, low, high *yaml.Node) bool {
	if !fromStated {
		return q.Qualifier != Exact
	}
	f := *ind
	f.Quantity, f.Unit = settleMove(signAndDirection(q, ind.Measure, ind.Stated), ind.Measure, ind.Stated), u
	_, lo, hi := figureNumbers(&f, f.Quantity)
	same := func(n *json.Number, y *yaml.Node) bool {
		if n == nil || isNull(y) {
			return n == nil && isNull(y)
		}
		a, err1 := ParseDecimal(string(*n))
		b, err2 := ParseDecimal(y.Value)
		return err1 == nil && err2 == nil && a.Equal(b)
	}
	return (lo != nil || hi != nil) && same(lo, low) && same(hi, high)
}

func firstNonNil(ns ...*yaml.Node) *yaml.Node {
	for _, n := range ns {
		if n != nil && !isNull(n) {
			return n
		}
	}
	for _, n := range ns {
		if n != nil {
			return n
		}
	}
	return &yaml.Node{}
}

func (d *decoder) note(n *yaml.Node, key string) Note {
	if n.Kind == yaml.ScalarNode {
		return Note{Text: n.Value}
	}
	f := d.mapping(n, "note", []string{"text", "context", "source"})
	if f == nil {
		return Note{}
	}
	nt := Note{Text: d.str(f["text"], "text"), Source: d.str(f["source"], "source")}
	if v := f["context"]; v != nil {
		nt.Context = d.boolean(v, "context")
	}
	if nt.Context && nt.Source == "" {
		d.errorf(n, ErrMissing, "a context note brings in outside knowledge: name its \"source\"")
	}
	if v := f["source"]; v != nil {
		d.c.pos[key+"/note-source/"+nt.Source] = d.pos(v)
	}
	return nt
}

var provenanceFields = []string{"source", "section", "quote", "start", "end"}

func (d *decoder) provenance(n *yaml.Node, m indMarks, i int) Provenance {
	f := d.mapping(n, "provenance", provenanceFields)
	if f == nil {
		return Provenance{}
	}
	p := Provenance{
		Source:  d.str(f["source"], "source"),
		Section: d.section(f["section"]),
		Quote:   d.str(f["quote"], "quote"),
		Span:    Span{Start: -1, End: -1},
	}
	d.require(f, n, "provenance", "source", "quote")
	m.setProv(d, i, "", n)
	if v := f["source"]; v != nil {
		m.setProv(d, i, "source", v)
	}
	if v := f["quote"]; v != nil {
		m.setProv(d, i, "quote", v)
	}
	start, end := f["start"], f["end"]
	if (start == nil) != (end == nil) {
		d.errorf(firstNonNil(start, end), ErrMissing, "give both \"start\" and \"end\" (code points, end exclusive), or neither to have the quote found")
	}
	if start != nil && end != nil {
		s, ok1 := d.int(start, "start")
		e, ok2 := d.int(end, "end")
		m.setProv(d, i, "start", start)
		if ok1 && ok2 {
			if s < 0 || e < s {
				d.errorf(start, ErrValue, "span %d..%d is empty or backwards: start must be at least 0 and end after start", s, e)
			} else if src, ok := d.c.Source(p.Source); ok && src.Text != "" {
				if b, ok := d.runes.of(src).Bytes(RuneSpan{Start: s, End: e}); ok {
					p.Span = b
				} else {
					d.errorf(end, ErrSpan, "span %d..%d reaches past the end of source %q (%d code points): check start and end, or remove both to have the quote found", s, e, p.Source, utf8.RuneCountInString(src.Text))
				}
			} else {
				p.Span = Span{Start: s, End: e} // no text to convert against; verify reports the source
			}
		}
	}
	return p
}

var derivedFields = []string{"id", "title", "description", "formula", "inputs", "text", "qualifier", "value", "low", "high", "unit", "period", "base", "status", "bounded", "reason", "restates"}

// computedDerivedFields are the fields of a derived indicator that the JSON
// export writes and Compute computes.
var computedDerivedFields = []string{"text", "qualifier", "value", "low", "high", "unit", "period", "base", "status", "bounded", "reason", "restates"}

func (d *decoder) derived(n *yaml.Node) {
	f := d.mapping(n, "derived indicator", derivedFields)
	if f == nil {
		return
	}
	dv := Derived{
		ID:          d.id(f["id"], "derived"),
		Title:       d.str(f["title"], "title"),
		Description: d.str(f["description"], "description"),
		Inputs:      d.strings(f["inputs"], "inputs"),
	}
	key := "derived/" + dv.ID
	d.c.pos[key] = d.pos(n)
	if f["id"] != nil {
		d.c.pos[key+"/id"] = d.pos(f["id"])
	}
	d.require(f, n, "derived indicator "+strconv.Quote(dv.ID), "id", "title", "formula", "inputs")
	if v := f["formula"]; v != nil {
		s := d.str(v, "formula")
		op, err := ParseOp(s)
		if err != nil {
			d.errorf(v, ErrValue, "unknown formula %q: write ratio, difference, sum or share", s)
		}
		dv.Op = op
	}
	if v := f["inputs"]; v != nil {
		d.c.pos[key+"/inputs"] = d.pos(v)
		for i, in := range seqOrScalar(v) {
			d.c.pos[fmt.Sprintf("%s/inputs/%d", key, i)] = d.pos(in)
		}
	}
	// The figure's fields appear in the JSON export; they are computed, so
	// here they are only checked.
	for _, k := range computedDerivedFields {
		if v := f[k]; v != nil {
			d.given = append(d.given, givenField{id: dv.ID, field: k, node: v})
		}
	}
	d.c.Derived = append(d.c.Derived, dv)
}

var viewFields = []string{"id", "title", "subtitle", "kind", "indicators", "series", "notes"}

func (d *decoder) view(n *yaml.Node) {
	f := d.mapping(n, "view", viewFields)
	if f == nil {
		return
	}
	v := ChartView{
		ID:         d.id(f["id"], "view"),
		Title:      d.str(f["title"], "title"),
		Subtitle:   d.str(f["subtitle"], "subtitle"),
		Indicators: d.strings(f["indicators"], "indicators"),
		Series:     d.strings(f["series"], "series"),
		Notes:      d.strings(f["notes"], "notes"),
	}
	key := "views/" + v.ID
	d.c.pos[key] = d.pos(n)
	if t := f["title"]; t != nil {
		d.c.pos[key+"/title"] = d.pos(t)
	}
	if k := f["kind"]; k != nil && k.Value == "series" {
		d.require(f, n, "view "+strconv.Quote(v.ID), "id", "title", "kind", "series")
	} else {
		d.require(f, n, "view "+strconv.Quote(v.ID), "id", "title", "kind", "indicators")
	}
	if s := f["series"]; s != nil {
		d.c.pos[key+"/series"] = d.pos(s)
		for i, in := range seqOrScalar(s) {
			d.c.pos[fmt.Sprintf("%s/series/%d", key, i)] = d.pos(in)
		}
	}
	if k := f["kind"]; k != nil {
		s := d.str(k, "kind")
		ck, err := ParseChartKind(s)
		if err != nil {
			d.errorf(k, ErrValue, "unknown chart kind %q: write one of %s", s, strings.Join(chartKindNames[:], ", "))
		}
		v.Kind = ck
	}
	for i, in := range seqOrScalar(f["indicators"]) {
		d.c.pos[fmt.Sprintf("%s/indicators/%d", key, i)] = d.pos(in)
	}
	d.c.Views = append(d.c.Views, v)
}
