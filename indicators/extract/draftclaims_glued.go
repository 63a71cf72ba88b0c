package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/internal/tablerow"
)

// This file drafts the cells of table rows whose cells run together.
//
// The genre's pattern: a web page's table, copied as text, loses the
// borders between its cells, so a row reads as its label and its figures
// written one against the other ("Deprivation13.716.617.3",
// "Holiday/Leisure/Recreation1,2501,485 1,4461,515", "October
// 2018109.0108.0"). Package tablerow reads where the cells begin, where
// that is determined, and each cell is drafted as a figure whose sentence
// is its row: its title is what its row's label, its column's header and
// the header over its run of columns name that is no period; its period
// is the one its column's header, else its row's label, names (a row of
// changes under dated rows: the latest of them); its quote is the row; its
// scale and percent sign are the table's. A cell the text restates (the
// same number, in a sentence naming the row) gives way to the text's
// figure where that is drafted, and a percent there makes the table's
// cells shares. A row whose cells are not determined is named in a
// comment, never lost in silence; the figures the extractor reads inside
// any such row (a fragment such as "1122" of "2,1122,186") are not
// drafted as figures of their own.

// gluedRowNote is the comment that names a row whose cells are not
// determined.
func gluedRowNote(text string, row tablerow.Row, source string) string {
	line := strings.Join(strings.Fields(text[row.Start:row.End]), " ")
	how := "no split writes every cell alike"
	if len(row.Ways) > 0 {
		var ws []string
		for _, w := range row.Ways {
			ws = append(ws, strconv.Quote(strings.Join(w, " | ")))
		}
		how = "it reads " + strings.Join(ws, " or ")
	}
	return fmt.Sprintf("not drafted: %s in %s (a table row whose cells run together, and where they begin is not determined: %s; write its figures by hand)", line, source, how)
}

// gluedNotes drafts a document's glued rows among the claims, each
// before the first figure after its row starts.
type gluedNotes struct {
	d    *docDraft
	rows []tablerow.Row
	next int // the first row not yet written
	// restated holds, by a cell's start, the figure of the text that
	// restates it; shares the headers of the tables a percent of the
	// text restates a cell of.
	restated map[int]Mention
	shares   map[string]bool
	// latest holds, by a table's header, the latest period of its rows
	// written so far whose labels name one (the nearest of equals).
	latest map[string]indicators.Period
	// pending are the drafted cells the text restates, by id: each gives
	// way to the text's figure where that is drafted (rest).
	pending []cellOf
}

// A cellOf is a drafted cell's id, row and cell.
type cellOf struct {
	id   string
	row  tablerow.Row
	cell tablerow.Cell
}

// newGluedNotes finds the glued rows of d's text, and the cells the text
// restates.
func newGluedNotes(d *docDraft) *gluedNotes {
	g := &gluedNotes{d: d, rows: tablerow.Rows(d.src.Text), restated: map[int]Mention{}, shares: map[string]bool{}, latest: map[string]indicators.Period{}}
	for _, r := range g.rows {
		for _, c := range r.Cells {
			if o, ok := g.restating(r, c); ok {
				g.restated[c.Start] = o
				if o.Unit == indicators.PercentUnit && !r.Percent {
					g.shares[r.Header] = true
				}
			}
		}
	}
	return g
}

// restating returns the figure of the text, outside every row, that
// restates cell c of row r: the same number, in a sentence that names the
// row or the header over its columns (a word of four letters or more of
// either). The text's figure has its unit and words, the table's cell
// only its digits: the text's is drafted, and a percent there says the
// table's cells are percents of a whole.
func (g *gluedNotes) restating(r tablerow.Row, c tablerow.Cell) (Mention, bool) {
	q, _, err := indicators.ParseStated(c.Text)
	if err != nil {
		return Mention{}, false
	}
	sc, scaled := indicators.TableScaleAbove(r.Header)
	var names []string
	for _, w := range strings.FieldsFunc(strings.ToLower(r.Label+" "+c.Group), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len(w) >= 4 && w != "total" {
			names = append(names, w)
		}
	}
	text := g.d.src.Text
	for _, o := range g.d.mentions {
		if o.Quantity.IsRange() || o.Span.Start >= r.Start && o.Span.End <= r.End+1 || g.inRow(o) {
			continue
		}
		v := o.Quantity.Value
		if !v.Equal(q.Value) && !(scaled && v.Equal(scaledCell(q, sc).Value)) {
			continue
		}
		sent := strings.ToLower(text[o.Sentence.Start:o.Sentence.End])
		if slices.ContainsFunc(names, func(w string) bool { return strings.Contains(sent, w) }) {
			return o, true
		}
	}
	return Mention{}, false
}

// inRow reports whether m lies in a row of a table whose cells run
// together.
func (g *gluedNotes) inRow(m Mention) bool {
	for _, r := range g.rows {
		if m.Span.Start >= r.Start && m.Span.End <= r.End {
			return true
		}
	}
	return false
}

// before appends to out the claims (or the comment) of every row not yet
// written that starts before the figure m ends, and reports whether m lies
// in one of the rows: a fragment of a row's run, which is no figure of its
// own.
func (g *gluedNotes) before(out []claim, m Mention) ([]claim, bool) {
	for g.next < len(g.rows) && g.rows[g.next].Start < m.Span.End {
		out = g.write(out, g.rows[g.next])
		g.next++
	}
	for _, r := range g.rows[:g.next] {
		if m.Span.Start >= r.Start && m.Span.End <= r.End {
			return out, true
		}
	}
	return out, false
}

// rest appends to out the rows after the last figure, and puts in place
// of each drafted cell the text restates, where the text's figure is
// drafted, a comment that says so: the text's figure has its unit and
// words, the cell only its digits.
func (g *gluedNotes) rest(out []claim) []claim {
	for ; g.next < len(g.rows); g.next++ {
		out = g.write(out, g.rows[g.next])
	}
	for _, p := range g.pending {
		o := g.restated[p.cell.Start]
		drafted := slices.ContainsFunc(out, func(cl claim) bool {
			if cl.skip != "" || len(cl.ind.Provenance) == 0 {
				return false
			}
			sp := cl.ind.Provenance[0].Span
			return sp.Start <= o.Span.Start && o.Span.End <= sp.End && cl.ind.Quantity.Value.Equal(o.Quantity.Value)
		})
		if !drafted {
			continue
		}
		for i := range out {
			if out[i].skip == "" && out[i].ind.ID == p.id {
				out[i] = claim{skip: fmt.Sprintf("not drafted: %s in %s (a cell of the table row %q that the text restates as %s: the text's figure is drafted)",
					p.cell.Text, g.d.source.ID, strings.TrimSpace(g.d.src.Text[p.row.Start:p.row.End]), strings.Join(strings.Fields(o.Text), " "))}
				break
			}
		}
	}
	return out
}

// write appends a row's cells as claims, or its comment.
func (g *gluedNotes) write(out []claim, r tablerow.Row) []claim {
	if !r.Determined() {
		return append(out, claim{skip: gluedRowNote(g.d.src.Text, r, g.d.source.ID)})
	}
	lp, dated := tablePeriod(r.Label)
	if dated {
		if l, ok := g.latest[r.Header]; !ok || !dateBefore(periodEnd(lp), periodEnd(l)) {
			g.latest[r.Header] = lp
		}
	}
	for _, c := range r.Cells {
		cl := g.d.cellClaim(r, c)
		if _, ok := g.restated[c.Start]; ok && cl.skip == "" {
			g.pending = append(g.pending, cellOf{cl.ind.ID, r, c})
		}
		if g.shares[r.Header] && cl.skip == "" && cl.ind.Measure != indicators.Change {
			cl.ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "the text restates a cell of its table as a percent"
		}
		if l, ok := g.latest[r.Header]; ok && cl.skip == "" && !dated && strings.Contains(strings.ToLower(r.Label), "change") {
			if _, hok := tablePeriod(c.Head); !hok {
				// "Monthly % change" under rows of months: the change to
				// the latest of them.
				cl.ind.Period, cl.fieldNotes["period"] = l, fmt.Sprintf("%s, the latest period of the rows above: a row of changes is the change to it", l)
				cl.ind.ID = g.d.unique(idOf(cl.ind))
			}
		}
		out = append(out, cl)
	}
	return out
}

// cellClaim drafts one cell of a determined row: the claim the drafter
// makes of a figure whose sentence is the row, with the title, period,
// unit and scale the table gives it.
func (d *docDraft) cellClaim(r tablerow.Row, c tablerow.Cell) claim {
	text := d.src.Text
	start := r.Start
	for start < r.End && (text[start] == ' ' || text[start] == '\t') {
		start++
	}
	q, u, err := indicators.ParseStated(c.Text)
	if err != nil {
		return claim{skip: fmt.Sprintf("not drafted: %s in %s (a cell of the table row %q: %v); write it by hand", c.Text, d.source.ID, strings.TrimSpace(text[r.Start:r.End]), err)}
	}
	sp := indicators.Span{Start: c.Start, End: c.End}
	m := Mention{Span: sp, Text: c.Text, Kind: Number, Quantity: q, Unit: u, Figure: sp,
		Numbers: [2]indicators.Span{sp, {}}, Sentence: indicators.Span{Start: start, End: r.End}}
	if r.Percent {
		m.Kind, u = Percent, indicators.PercentUnit
	}
	unitWhy := ""
	if c.Group != "" && !r.Percent {
		// "Overseas trips to Ireland" over its run of columns: what the
		// cells count.
		if gu, _, ok := phraseCounted(strings.ToLower(c.Group), true); ok && gu.Kind == indicators.Count {
			u, m.Unit, m.Kind = gu, gu, Count
			unitWhy = fmt.Sprintf("%s, what the header %q over the cell's columns counts; stated keeps the figure as written", gu.Name, c.Group)
		}
	}
	if sc, ok := indicators.TableScaleAbove(r.Header); ok && !r.Percent {
		q = scaledCell(q, sc)
	}
	cl := d.claim(m, q, u)
	ind := &cl.ind
	ind.Stated, ind.Quantity, ind.Unit = c.Text, q, u
	if q.Scale != indicators.NoScale {
		cl.fieldNotes["scale"] = "the table's header states its scale"
	}
	what := strings.ToLower(r.Label + " " + c.Head)
	switch {
	case r.Percent && strings.Contains(what, "change"):
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "a percent of a row or column of changes"
		ind.Quantity.Direction = indicators.NoDirection
		if q.Value.Sign() < 0 {
			ind.Quantity.Direction = indicators.Down
		}
	case r.Percent:
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "a percent of a table's cell"
	case ind.Measure == indicators.CountKind && strings.Contains(c.Text, "."):
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "a figure with decimals, no count"
	}
	if r.Percent {
		cl.fieldNotes["unit"] = "the row's label or the table's header writes \"%\""
	}
	if unitWhy != "" {
		cl.fieldNotes["unit"] = unitWhy
	}
	// Period: the column's header, else the row's label.
	hp, hok := tablePeriod(c.Head)
	lp, lok := tablePeriod(r.Label)
	switch {
	case hok:
		ind.Period, cl.fieldNotes["period"] = hp, fmt.Sprintf("%q, the column's header", c.Head)
	case lok:
		ind.Period, cl.fieldNotes["period"] = lp, fmt.Sprintf("%q, the row's label", r.Label)
	}
	if ind.Measure != indicators.Change {
		ind.Base = indicators.Period{}
	}
	// Title: the row's label and the column's header, what each names
	// that is no period.
	var parts []string
	label, head := strings.TrimSpace(r.Label), strings.TrimSpace(c.Head)
	if lok {
		label = ""
	}
	if hok {
		head = ""
	}
	switch {
	case label != "" && head != "" && strings.Contains(label, "%"):
		parts = []string{head, lowerFirst(label)} // "Production Index, annual % change"
	case c.Group != "" && label != "":
		parts = []string{c.Group, lowerFirst(label)} // "Overseas trips to Ireland, business"
	default:
		for _, p := range []string{label, head} {
			if p != "" {
				parts = append(parts, p)
			}
		}
	}
	if t := strings.Join(parts, ", "); t != "" {
		ind.Title, cl.fieldNotes["title"] = upperFirst(t), "the row's label and the column's header"
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "title: ") })
	}
	ind.ID = d.unique(idOf(*ind))
	ind.Provenance[0].Quote = text[start:r.End]
	ind.Provenance[0].Span = indicators.Span{Start: start, End: r.End}
	cl.notes = append(cl.notes, fmt.Sprintf("a cell of a table row whose cells run together, read %s", cellReading(r)))
	return cl
}

// periodEnd returns the last date of p.
func periodEnd(p indicators.Period) indicators.Date {
	if p.IsSpan() {
		return p.To
	}
	return p.From
}

// dateBefore reports whether a is before b, a missing month or day
// counting as the first.
func dateBefore(a, b indicators.Date) bool {
	if a.Year != b.Year {
		return a.Year < b.Year
	}
	if a.Month != b.Month {
		return a.Month < b.Month
	}
	return a.Day < b.Day
}

// cellReading writes a row as its label and cells.
func cellReading(r tablerow.Row) string {
	var cs []string
	for _, c := range r.Cells {
		cs = append(cs, c.Text)
	}
	return strconv.Quote(strings.TrimSpace(r.Label + ": " + strings.Join(cs, " | ")))
}

// scaledCell returns q, a cell's figure, at its table's scale: "1,485"
// under "'000" is 1,485 thousand.
func scaledCell(q indicators.Quantity, sc indicators.Scale) indicators.Quantity {
	e := int32(3 * sc)
	q.Value.Exp += e
	q.Scale = sc
	return q
}

// tableMonthSpanRe matches a column's header or a row's label that names
// a span of months, "Jul - Sep 2015", "May 2018 - July 2018", or one
// month, "October 2018".
var tableMonthSpanRe = lazyRegexp(`^([A-Za-z]{3,9})\.?(?:\s+((?:19|20)\d\d))?(?:\s*(?:-|–|to)\s*([A-Za-z]{3,9})\.?)?\s+((?:19|20)\d\d)$`)

// tablePeriod returns the period a table's header or row label names, the
// whole of it: a year ("2023"), a year across two ("2017/18"), a quarter
// ("Q3 2015"), a month ("October 2018") or a span of months of one year
// ("Jul - Sep 2015").
func tablePeriod(s string) (indicators.Period, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return indicators.Period{}, false
	}
	if s[0] >= '0' && s[0] <= '9' {
		if p, err := indicators.ParsePeriod(s); err == nil && p.IsStated() {
			return p, true
		}
		return indicators.Period{}, false
	}
	if p, words, ok := quarterOf(s); ok && words == s {
		return p, true
	}
	g := tableMonthSpanRe.FindStringSubmatch(s)
	if g == nil {
		return indicators.Period{}, false
	}
	from := monthAbbrev(g[1])
	y, _ := strconv.Atoi(g[4])
	fy := y
	if g[2] != "" {
		fy, _ = strconv.Atoi(g[2])
	}
	if from == 0 || g[2] != "" && g[3] == "" {
		return indicators.Period{}, false
	}
	if g[3] == "" {
		return indicators.Period{From: indicators.Date{Year: y, Month: from}}, true
	}
	to := monthAbbrev(g[3])
	if to == 0 || fy > y || fy == y && to <= from {
		return indicators.Period{}, false
	}
	return indicators.Period{From: indicators.Date{Year: fy, Month: from}, To: indicators.Date{Year: y, Month: to}}, true
}

// monthAbbrev returns the month w names, written out or cut to three
// letters or more ("Sep", "Sept"), or 0.
func monthAbbrev(w string) time.Month {
	w = strings.ToLower(w)
	if len(w) < 3 {
		return 0
	}
	for k, m := range monthNames[:12] {
		if strings.HasPrefix(m, w) || w == "sept" && k == 8 {
			return time.Month(k + 1)
		}
	}
	return 0
}
