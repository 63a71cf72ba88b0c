package pptx

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// A Slide is the content of one slide of a deck, as Write lays it out.
type Slide struct {
	// View is the ID of the chart view the slide shows; "" for the title
	// slide.
	View string
	// Title is the slide title: the view's title, or on the title slide
	// the title of the document: of each source an indicator quotes.
	Title string
	// Body holds lines of text. On the title slide they are the
	// publisher and date of each quoted source and the number of
	// figures, computed figures and charts; on
	// a chart slide, each figure of the view as "title: figure as stated",
	// which Write shows only when it has no chart image for the view.
	Body []string
	// Source is the source line of a chart slide, in the words of the
	// chart footer: "Source: <publisher>, <title>, <date issued>".
	Source string
	// Notes are the paragraphs of the speaker notes: for each indicator of
	// the view, its title and figure as stated, the verbatim quote, its
	// section, and the source's title and URL with the quote's code point
	// span; then the indicator's notes and the view's. On a series slide
	// each point's first paragraph names its series and period.
	Notes []string
	// Describe says what the chart image shows, for readers who cannot see
	// it: on a series slide, each series with its points in period order.
	// "" on other slides, whose Body the alt text leaves to the notes.
	Describe string
	// Listing marks a closing slide that lists claims ("All claims") or
	// derived figures ("Derived figures …"): its Body is one line per
	// claim or figure, in smaller type, and it has no chart; View is "".
	Listing bool
	// Part and Parts say which of the slides of a view drawn over several
	// this is (Options.Parts): part 1 of 2 is titled "… (1 of 2)". Both
	// are 0 on a view's only slide.
	Part, Parts int
}

// Alt returns the alt text of the slide's chart image: its title, what it
// shows (Describe) and its source line.
func (s *Slide) Alt() string {
	alt := s.Title
	for _, x := range []string{s.Describe, s.Source} {
		if x != "" {
			alt += ". " + x
		}
	}
	return alt
}

// Slides returns the slides of c's deck in order: a title slide, one
// slide per chart view of c.Views, then closing slides that list every
// claim (Listing), so that a claim no chart shows is in the deck too, and
// every derived figure with its formula, the slides of its inputs and, in
// the notes, what its inputs allow. It
// returns a *TextError for text that XML 1.0 cannot carry, naming the
// item and field that hold it.
func Slides(c *indicators.Catalog) ([]Slide, error) { return slides(c, nil, nil) }

// slides is Slides with a view of parts[id] > 1 images drawn over as many
// slides, each titled "… (i of n)" and with the view's body and notes; a
// claim's slide is the part that holds it by claims[id] (the IDs each
// part draws), else the first of them.
func slides(c *indicators.Catalog, parts map[string]int, claims map[string][][]string) ([]Slide, error) {
	c = wording.Input(c) // one wording of a rate base; a figure's status word is its status, said once
	if c == nil {
		c = &indicators.Catalog{}
	}
	if err := checkCatalog(c); err != nil {
		return nil, err
	}
	out := []Slide{titleSlide(c)}
	spans := c.RuneSpans()
	charted := map[string]int{} // indicator ID → the number of the first slide that charts it
	for i := range c.Views {
		v := &c.Views[i]
		s := Slide{View: v.ID, Title: wording.YearDashes(v.Title), Source: c.SourceLine(v.Indicators)}
		if s.Title == "" {
			s.Title = v.ID
		}
		var points []string
		if v.Kind == indicators.SeriesKind {
			points = seriesSlide(&s, c, spans, v)
		}
		s.Body, s.Notes = bodyAndNotes(c, spans, v, v.Indicators, s.Notes)
		first := len(out) + 1
		if n := parts[v.ID]; n > 1 {
			for i, ids := range claims[v.ID] {
				for _, id := range ids {
					if i < n && charted[id] == 0 {
						charted[id] = first + i
					}
				}
			}
			for i := 1; i <= n; i++ {
				p := s
				p.Part, p.Parts = i, n
				p.Title = s.Title + " (" + strconv.Itoa(i) + " of " + strconv.Itoa(n) + ")"
				if i <= len(claims[v.ID]) && v.Kind != indicators.SeriesKind {
					// Each part carries the figures and notes of its own
					// bars, never those of the part beside it; the view's
					// notes are on every part.
					p.Body, p.Notes = bodyAndNotes(c, spans, v, claims[v.ID][i-1], nil)
				}
				out = append(out, p)
			}
		} else {
			out = append(out, s)
		}
		for _, id := range v.Indicators {
			if charted[id] == 0 {
				charted[id] = first
			}
		}
		for _, id := range points {
			if charted[id] == 0 {
				charted[id] = first
			}
		}
	}
	out = append(out, claimSlides(c, spans, charted)...)
	first := len(out) + 1
	out = append(out, derivedSlides(c, spans, charted)...)
	noteDerived(out, c, first)
	return out, nil
}

// seriesSlide fills in a slide of a series view: its source line, a body
// line and notes for each point (series, period, figure as stated, source;
// then the quote, section and span), and a description of the chart for
// its alt text. It returns the IDs of the points' indicators.
func seriesSlide(s *Slide, c *indicators.Catalog, spans *indicators.RuneSpans, v *indicators.ChartView) []string {
	var ids, desc []string
	for _, id := range v.Series {
		sr, ok := c.SeriesByID(id)
		if !ok {
			continue
		}
		title := orID(sr.Title, sr.ID)
		var pts []string
		for _, sp := range c.Points(id) {
			ind := sp.Indicator
			ids = append(ids, ind.ID)
			point := ind.Period.Label() + ": " + wording.UnitWritten(ind)
			if src, ok := c.Source(sp.Source); ok && src.ShortName() != "" {
				point += " " + wording.InBrackets([]string{src.ShortName()})
			}
			pts = append(pts, point)
			s.Body = append(s.Body, title+", "+point)
			s.Notes = append(s.Notes, "Series "+title+", "+point+"; indicator "+ind.ID)
			s.Notes = appendProvenance(s.Notes, c, spans, ind)
		}
		if len(pts) > 0 {
			desc = append(desc, title+": "+strings.Join(pts, "; "))
		}
	}
	for _, cf := range c.Conflicts() {
		for _, id := range v.Series {
			if cf.Series == id && cf.Revision {
				s.Notes = append(s.Notes, "Revision: "+cf.Note)
			} else if cf.Series == id {
				s.Notes = append(s.Notes, "Conflict: "+cf.Note)
			}
		}
	}
	s.Source = c.SourceLine(ids)
	if len(desc) > 0 {
		n := "one series"
		if len(desc) > 1 {
			n = strconv.Itoa(len(desc)) + " series"
		}
		s.Describe = "A time chart of " + n + ", each point as its source states it. " + strings.Join(desc, ". ")
	}
	return ids
}

// titleSlide is the first slide: the title of the document the claims
// come from, who published it and when, and how many claims the deck is
// built from. The document is every source an indicator quotes; a source
// only context notes cite is left to the notes.
func titleSlide(c *indicators.Catalog) Slide {
	s := Slide{}
	quoted := map[string]bool{}
	for i := range c.Indicators {
		for _, p := range c.Indicators[i].Provenance {
			quoted[p.Source] = true
		}
	}
	var titles []string
	for i := range c.Sources {
		src := &c.Sources[i]
		if len(quoted) > 0 && !quoted[src.ID] {
			continue
		}
		titles = append(titles, orID(strings.TrimSpace(src.Title), src.ID))
		var f []string
		for _, x := range []string{src.Publisher, src.DatePhrase()} {
			if x = strings.TrimSpace(x); x != "" {
				f = append(f, x)
			}
		}
		if len(f) > 0 {
			s.Body = append(s.Body, strings.Join(f, ", "))
		}
	}
	s.Title = strings.Join(titles, "; ")
	if s.Title == "" {
		s.Title = "Claims"
	}
	// A deck pasted into a briefing says whose figures they are: the
	// place most of its indicators are about, where the title does not
	// name it (s14d-energy's "Electricity generation" of Australia), on a
	// line of its own under the title, which stays as the document writes
	// it: "…: ABS, Australia" read as the publisher's place
	// (s16g-research).
	if codes, place := mainPlace(c); place != "" && !slices.ContainsFunc(codes, func(e string) bool { return namesPlace(s.Title, e) }) {
		s.Body = append([]string{place}, s.Body...)
	}
	// Counted in a briefing's words, not the catalog's: "18 figures, 2
	// charts", where "18 indicators, 2 chart views" was tool jargon on a
	// slide pasted into a briefing (s17j-forestry).
	count := plural(len(c.Indicators), "figure")
	if len(c.Derived) > 0 {
		count += ", " + plural(len(c.Derived), "computed figure")
	}
	count += ", " + plural(len(c.Views), "chart")
	s.Body = append(s.Body, count)
	return s
}

// namesPlace reports whether title names the entity code
// (wording.NamesPlace).
func namesPlace(title, code string) bool { return wording.NamesPlace(title, code) }

// mainPlace returns the codes and name of the places more than half of
// c's indicators are about: the one list of entities they share, named
// in the catalog's order as every output names it (wording.EntityNames:
// "United States and Canada" of [US, CA], never "United States" alone,
// s18k-birds), else the one entity more than half name, else none.
func mainPlace(c *indicators.Catalog) (codes []string, name string) {
	lists, count := map[string]int{}, map[string]int{}
	for i := range c.Indicators {
		lists[strings.Join(c.Indicators[i].Entities, "\x00")]++
		for _, e := range c.Indicators[i].Entities {
			count[e]++
		}
	}
	for i := range c.Indicators {
		if es := c.Indicators[i].Entities; len(es) > 1 && 2*lists[strings.Join(es, "\x00")] > len(c.Indicators) {
			return es, wording.EntityNames(es)
		}
	}
	for i := range c.Indicators {
		for _, e := range c.Indicators[i].Entities {
			if 2*count[e] > len(c.Indicators) {
				return []string{e}, indicators.EntityName(e)
			}
		}
	}
	return nil, ""
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// figureLine is the line of a chart slide's body for the indicator or
// derived indicator id: "title: figure".
func figureLine(c *indicators.Catalog, id string) string {
	if ind, ok := c.Indicator(id); ok {
		return orID(ind.Title, id) + ": " + wording.UnitWritten(ind)
	}
	if d, ok := c.DerivedIndicator(id); ok {
		if r, err := c.Compute(id); err == nil {
			return orID(d.Title, id) + ": " + derivedText(c, r)
		}
		return orID(d.Title, id)
	}
	return id
}

func orID(title, id string) string {
	if strings.TrimSpace(title) == "" {
		return id
	}
	return title
}

// bodyAndNotes returns a slide's body, the figure line of each of ids,
// and its speaker notes: notes (those already on it) and the notes of
// each of ids, then the view's own notes. A view split over slides gives
// each part the figures and notes of its own bars.
func bodyAndNotes(c *indicators.Catalog, spans *indicators.RuneSpans, v *indicators.ChartView, ids []string, notes []string) (body, out []string) {
	seen := map[string]bool{}
	out = notes
	for _, id := range ids {
		body = append(body, figureLine(c, id))
		out = appendNotes(out, c, spans, id, seen, 0)
	}
	for _, n := range v.Notes {
		out = append(out, "Note: "+n)
	}
	return body, out
}

// appendNotes appends the speaker notes of the indicator or derived
// indicator id to notes: for an indicator, its figure and each of its
// quotes with section, source and span; for a derived indicator, its
// figure and formula, then the notes of its inputs. Each indicator is
// noted once per slide.
func appendNotes(notes []string, c *indicators.Catalog, spans *indicators.RuneSpans, id string, seen map[string]bool, depth int) []string {
	if seen[id] || depth > 32 {
		return notes
	}
	seen[id] = true
	if ind, ok := c.Indicator(id); ok {
		// The figure is said as the All claims slide says it (claimWords):
		// a fall "down 27.6% from 2015 to 2016", never a bare "27.6%"
		// (s17i-fisheries).
		notes = append(notes, claimWords(c, ind))
		return appendProvenance(notes, c, spans, ind)
	}
	if d, ok := c.DerivedIndicator(id); ok {
		notes = append(notes, figureLine(c, id)+" (derived: "+wording.FormulaWords(c, d)+")")
		for _, in := range d.Inputs {
			notes = appendNotes(notes, c, spans, in, seen, depth+1)
		}
	}
	return notes
}

// appendProvenance appends the notes of an indicator's figure: each quote
// with its section, source and span in code points, then its notes.
func appendProvenance(notes []string, c *indicators.Catalog, spans *indicators.RuneSpans, ind *indicators.Indicator) []string {
	for _, p := range ind.Provenance {
		notes = append(notes, "“"+p.Quote+"”")
		if len(p.Section) > 0 {
			notes = append(notes, "Section: "+strings.Join(p.Section, " > "))
		}
		sp := spans.Of(p)
		where := "code points " + strconv.Itoa(sp.Start) + "–" + strconv.Itoa(sp.End)
		if src, ok := c.Source(p.Source); ok {
			cite := orID(src.Title, src.ID)
			if src.URL != "" {
				cite += ", " + src.URL
			}
			notes = append(notes, "Source: "+cite+"; "+where)
		} else {
			notes = append(notes, "Source: "+p.Source+"; "+where)
		}
	}
	for _, n := range ind.Notes {
		if !n.Context {
			notes = append(notes, "Note: "+n.Text)
			continue
		}
		from := n.Source
		if src, ok := c.Source(n.Source); ok {
			from = orID(src.Title, src.ID)
			if src.URL != "" {
				from += ", " + src.URL
			}
		}
		notes = append(notes, "Context note, not from the document (source: "+from+"): "+n.Text)
	}
	return notes
}

// checkCatalog returns a *TextError for the first text of c a slide would
// show that XML 1.0 cannot carry.
func checkCatalog(c *indicators.Catalog) error {
	var err error
	// check checks texts in order; the place is spelled out only for a
	// message: a deck checks every text of a large catalog.
	check := func(what, id, field string, texts ...string) {
		for _, t := range texts {
			if err != nil {
				return
			}
			if checkText("", t) != nil {
				err = checkText(fmt.Sprintf("%s %q %s", what, id, field), t)
			}
		}
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		check("source", s.ID, "id", s.ID)
		check("source", s.ID, "title", s.Title)
		check("source", s.ID, "publisher", s.Publisher)
		check("source", s.ID, "url", s.URL)
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		check("indicator", ind.ID, "id", ind.ID)
		check("indicator", ind.ID, "title", ind.Title)
		check("indicator", ind.ID, "stated", ind.Stated)
		for _, p := range ind.Provenance {
			check("indicator", ind.ID, "quote", p.Quote)
			check("indicator", ind.ID, "section", p.Section...)
			check("indicator", ind.ID, "source", p.Source)
		}
		for _, n := range ind.Notes {
			check("indicator", ind.ID, "note", n.Text, n.Source)
		}
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		check("derived indicator", d.ID, "id", d.ID)
		check("derived indicator", d.ID, "title", d.Title)
		check("derived indicator", d.ID, "inputs", d.Inputs...)
	}
	for i := range c.Views {
		v := &c.Views[i]
		check("view", v.ID, "id", v.ID)
		check("view", v.ID, "title", v.Title)
		check("view", v.ID, "indicators", v.Indicators...)
		check("view", v.ID, "series", v.Series...)
		check("view", v.ID, "note", v.Notes...)
	}
	for i := range c.Series {
		sr := &c.Series[i]
		check("series", sr.ID, "id", sr.ID)
		check("series", sr.ID, "title", sr.Title)
	}
	return err
}
