package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
	"github.com/claimbook/claimbook/indicators/internal/tablerow"
)

// This file drafts the cells of a table's rows, whichever way the page
// writes the table: cells run together ("Deprivation13.716.617.3"), a
// markdown pipe table ("England | 38,889,429 | 40,882,721 |") or columns
// aligned by spaces ("Nova Scotia 100 95.5 105.7"). Package tablerow reads
// each into one model (a row's label and section, a cell's column label
// and unit, the table's header and caption), and one drafter reads it.
//
// The genre's pattern: a table's cell is a figure whose sentence is its
// row, and what the sentence would say the table's parts say: its title
// is what its column's label names (a column of "Parliamentary electoral
// registrations"), else the table's caption, with its row's label (a
// place, a group: "England", "Both sexes") and the section over its row;
// its unit is what that label or caption counts, or the percent its
// column writes; its scale is the header's ("'000"); its period is the
// one its column's label, else its row's label, else the caption names
// ("December 2021"); its place is the one its row's label names; a cell
// under "change" is a change. Its quote is the row. A cell the text
// restates (the same number, in a sentence naming the row) gives way to
// the text's figure where that is drafted, and a percent there makes the
// table's cells shares. A row whose cells are not determined (cells run
// together and more than one split writes them alike) is named in a
// comment, never lost in silence; the figures the extractor reads inside
// any row are not drafted as figures of their own.

// tableRowNote is the comment that names a row whose cells are not
// determined.
func tableRowNote(text string, row tablerow.Row, source string) string {
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

// tableNotes drafts a document's glued rows among the claims, each
// before the first figure after its row starts.
type tableNotes struct {
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

// newTableNotes finds the glued rows of d's text, and the cells the text
// restates.
func newTableNotes(d *docDraft) *tableNotes {
	g := &tableNotes{d: d, rows: tablerow.Rows(d.src.Text), restated: map[int]Mention{}, shares: map[string]bool{}, latest: map[string]indicators.Period{}}
	for _, r := range g.rows {
		for _, c := range r.Cells {
			if o, ok := g.restating(r, c); ok {
				g.restated[c.Start] = o
				if o.Unit == indicators.PercentUnit && !c.Percent {
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
func (g *tableNotes) restating(r tablerow.Row, c tablerow.Cell) (Mention, bool) {
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
func (g *tableNotes) inRow(m Mention) bool {
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
func (g *tableNotes) before(out []claim, m Mention) ([]claim, bool) {
	for g.next < len(g.rows) && g.rows[g.next].Start < m.Span.End {
		out = g.write(out, g.rows[g.next])
		g.next++
	}
	for _, r := range g.rows[:g.next] {
		if m.Span.Start >= r.Start && m.Span.End <= r.End {
			return out, true
		}
	}
	// A figure of a pipe or aligned table's header, units or sections
	// ("index (2019=100)", "Less than 25 years") is none of its own.
	if g.next < len(g.rows) {
		if r := g.rows[g.next]; r.Form != tablerow.Glued && m.Span.Start >= r.Top && m.Span.End <= r.Start {
			return out, true
		}
	}
	return out, false
}

// rest appends to out the rows after the last figure, and puts in place
// of each drafted cell the text restates, where the text's figure is
// drafted, a comment that says so: the text's figure has its unit and
// words, the cell only its digits.
func (g *tableNotes) rest(out []claim) []claim {
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
func (g *tableNotes) write(out []claim, r tablerow.Row) []claim {
	if !r.Determined() {
		return append(out, claim{skip: tableRowNote(g.d.src.Text, r, g.d.source.ID)})
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
			declare(cl.fieldNotes, "measure", "measure/write")
		}
		if l, ok := g.latest[r.Header]; ok && cl.skip == "" && !dated && strings.Contains(strings.ToLower(r.Label), "change") {
			if _, hok := tablePeriod(c.Head); !hok {
				// "Monthly % change" under rows of months: the change to
				// the latest of them.
				cl.ind.Period, cl.fieldNotes["period"] = l, fmt.Sprintf("%s, the latest period of the rows above: a row of changes is the change to it", l)
				declare(cl.fieldNotes, "period", "period/write")
				cl.ind.ID = g.d.unique(idOf(cl.ind))
			}
		}
		out = append(out, cl)
	}
	return out
}

// cellClaim drafts one cell of a determined row: the claim the drafter
// makes of a figure whose sentence is the row, with the title, period,
// unit, scale and measure the table gives it.
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
	if c.Percent {
		m.Kind, u = Percent, indicators.PercentUnit
	}
	hp, hok := tablePeriod(c.Head)
	lp, lok := tablePeriod(r.Label)
	cp, cok := captionPeriod(r.Caption)
	label, head := strings.TrimSpace(r.Label), strings.TrimSpace(c.Head)
	if lok {
		label = ""
	}
	if hok || isUnitLabel(head) {
		head = ""
	}
	// What the cells count: the header over the cell's run of columns,
	// else its column's label, else the caption.
	column := "" // a table of one column: its header's line, the label's column's words and the figures' together
	if len(r.Cells) == 1 && c.Head == "" && r.Form == tablerow.Aligned {
		column = strings.TrimSpace(r.Header)
	}
	subject := head
	if subject == "" && c.Group == "" && column == "" {
		// A table of one column names what it counts in its header, and
		// the line above is often the section's heading, not its caption.
		subject = captionSubject(r.Caption)
	}
	unitWhy := ""
	columnNoun := "" // what the one column counts, in the plural
	if !c.Percent {
		caption := ""
		if column == "" {
			caption = captionSubject(r.Caption)
		}
		for _, h := range []struct{ s, what string }{{c.Group, "the header %q over the cell's columns"}, {head, "the column's label %q"}, {column, "the table's header %q"}, {caption, "the table's caption %q"}} {
			if h.s == "" {
				continue
			}
			if gu, _, ok := phraseCounted(strings.ToLower(h.s), true); ok && gu.Kind == indicators.Count {
				u, m.Unit, m.Kind = gu, gu, Count
				unitWhy = fmt.Sprintf("%s, what %s counts; stated keeps the figure as written", gu.Name, fmt.Sprintf(h.what, h.s))
				if h.s == column {
					columnNoun = indicators.Plural(gu.Name)
				}
				break
			}
		}
	}
	rowNoun := false // the row's label names what its cells count
	if unitWhy == "" && !c.Percent && label != "" && (hok || periodColumns(r.Header)) {
		// "Charities on the register | 170,503 | 170,755": under columns
		// of periods, a row's label names what its cells count.
		if _, place := labelPlace(label); !place {
			if lu, _, ok := phraseCounted(strings.ToLower(label), true); ok && lu.Kind == indicators.Count {
				u, m.Unit, m.Kind, rowNoun = lu, lu, Count, true
				unitWhy = fmt.Sprintf("%s, what the row's label %q counts under columns of periods; stated keeps the figure as written", lu.Name, label)
			}
		}
	}
	if sc, ok := indicators.TableScaleAbove(r.Header); ok && !c.Percent {
		q = scaledCell(q, sc)
	}
	cl := d.claim(m, q, u)
	ind := &cl.ind
	ind.Stated, ind.Quantity, ind.Unit = c.Text, q, u
	if q.Scale != indicators.NoScale {
		cl.fieldNotes["scale"] = "the table's header states its scale"
		declare(cl.fieldNotes, "scale", "scale/cellClaim")
	}
	what := strings.ToLower(r.Label + " " + c.Head + " " + c.Unit)
	changes := strings.Contains(what, "change")
	switch {
	case changes:
		why := "a cell of a row or column of changes"
		if c.Percent {
			why = "a percent of a row or column of changes"
		}
		ind.Measure, cl.fieldNotes["measure"] = indicators.Change, why
		declare(cl.fieldNotes, "measure", "measure/cellClaim#1")
		ind.Quantity.Direction = indicators.NoDirection
		if q.Value.Sign() < 0 {
			ind.Quantity.Direction = indicators.Down
		}
	case c.Percent:
		ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "a percent of a table's cell"
		declare(cl.fieldNotes, "measure", "measure/cellClaim#2")
	case ind.Measure == indicators.CountKind && strings.Contains(c.Text, "."):
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, "a figure with decimals, no count"
		declare(cl.fieldNotes, "measure", "measure/cellClaim#3")
	case ind.Measure == indicators.CountKind && rowNoun && (!hok || hp.IsSpan()):
		ind.Measure, cl.fieldNotes["measure"] = rowLabelMeasure(label, u.Name, c.Head)
		declare(cl.fieldNotes, "measure", "measure/cellClaim#4")
	case ind.Measure == indicators.CountKind && unitWhy != "" && u.Kind == indicators.Count:
		if ms, why, ok := nounMeasure(u.Name); ok && ms == indicators.Stock {
			// A row states no doing ("trained", "created"): its holding is
			// the table's, at its date.
			ind.Measure, cl.fieldNotes["measure"] = ms, why+", a table's row"
			declare(cl.fieldNotes, "measure", "measure/cellClaim#5")
		}
	}
	if ref, line, ok := tableIndex(r, c); ok && !c.Percent && !changes {
		// "index (2019=100)": a level of an index, read against its
		// reference.
		ind.Unit, ind.Measure, ind.Base = indicators.IndexUnit, indicators.Level, ref
		unitWhy = fmt.Sprintf("index, the table's line of units %q; base %s, its reference", line, ref)
		cl.fieldNotes["measure"] = "a level of an index"
		declare(cl.fieldNotes, "measure", "measure/cellClaim#6")
	}
	if c.Percent {
		cl.fieldNotes["unit"] = "the cell's row, column or table writes \"%\""
		declare(cl.fieldNotes, "unit", "unit/cellClaim#1")
	}
	if unitWhy != "" {
		cl.fieldNotes["unit"] = unitWhy
		declare(cl.fieldNotes, "unit", "unit/cellClaim#2")
	}
	// Period: the column's label, else the row's label, else the
	// caption's; a change under a span of two periods is the change from
	// the first to the last.
	switch {
	case hok:
		ind.Period, cl.fieldNotes["period"] = hp, fmt.Sprintf("%q, the column's header", c.Head)
		declare(cl.fieldNotes, "period", "period/cellClaim#1")
	case lok:
		ind.Period, cl.fieldNotes["period"] = lp, fmt.Sprintf("%q, the row's label", r.Label)
		declare(cl.fieldNotes, "period", "period/cellClaim#2")
	case cok:
		ind.Period, cl.fieldNotes["period"] = cp, fmt.Sprintf("%q, the table's caption", r.Caption)
		declare(cl.fieldNotes, "period", "period/cellClaim#3")
	default:
		ind.Period, cl.fieldNotes["period"] = unreadColumn(r, c, ind.Period, cl.fieldNotes["period"])
		declare(cl.fieldNotes, "period", "period/cellClaim#4")
	}
	if hok && ind.Measure == indicators.Stock && hp.IsSpan() && hp.To.Month != 0 && hp.To.Day == 0 && !changes {
		// "Charities on the register" under "Oct to Dec 2024": a stock
		// is held at its column's end, the span's last month.
		ind.Period = indicators.Period{From: hp.To}
		cl.fieldNotes["period"] = fmt.Sprintf("%s, the last month of the column's header %q: a stock is held at a span's end", hp.To, c.Head)
		declare(cl.fieldNotes, "period", "period/cellClaim#5")
	}
	if ind.Unit.Kind != indicators.Index {
		ind.Base = indicators.Period{}
	}
	switch {
	case r.Form == tablerow.Glued || !changes:
	case hok && hp.IsSpan():
		ind.Base, ind.Period = indicators.Period{From: hp.From}, indicators.Period{From: hp.To}
		cl.fieldNotes["period"] = fmt.Sprintf("%q, the column's header: the change from its first period to its last", c.Head)
		declare(cl.fieldNotes, "period", "period/cellClaim#6")
	case !hok:
		// "Percentage change from 3rd quarter 2016" beside "3rd quarter
		// 2017": the change from the period the header names to the
		// latest of the row's columns.
		if b, ok := changeFrom(c.Head); ok {
			ind.Base = b
			if p, ok := latestHead(r); ok {
				ind.Period = p
				cl.fieldNotes["period"] = fmt.Sprintf("%s, the latest of the table's columns; base %s, the period the column's header %q is a change from", p, b, c.Head)
				declare(cl.fieldNotes, "period", "period/cellClaim#7")
			}
		}
	}
	// Place: the one the row's label, else its section, names, the whole
	// of it ("England", "Yukon").
	for _, l := range []string{r.Label, r.Section} {
		if code, ok := labelPlace(l); ok && r.Form != tablerow.Glued {
			ind.Entities, cl.fieldNotes["entities"] = []string{code}, fmt.Sprintf("%q, the row's label", l)
			declare(cl.fieldNotes, "entities", "entities/cellClaim#1")
			if l == r.Section {
				cl.fieldNotes["entities"] = fmt.Sprintf("%q, the label over the row's section", l)
				declare(cl.fieldNotes, "entities", "entities/cellClaim#2")
			}
			break
		}
	}
	// Title: what the column's label or the caption names, with the row's
	// label and its section, each what it names that is no period.
	var parts []string
	switch {
	case label != "" && head != "" && strings.Contains(label, "%"):
		parts = []string{head, lowerFirst(label)} // "Production Index, annual % change"
	case c.Group != "" && label != "":
		parts = []string{c.Group, lowerFirst(label)} // "Overseas trips to Ireland, business"
	case columnNoun != "" && label != "":
		parts = []string{label + " " + columnNoun} // "State Pension claimants"
	case subject != "" && label != "" && (namesPlace(label) || r.Form != tablerow.Glued):
		parts = []string{subject, titleLabel(label)} // "Parliamentary electoral registrations, England"
	default:
		for _, p := range []string{label, head} {
			if p != "" {
				parts = append(parts, p)
			}
		}
		if len(parts) == 0 && subject != "" {
			parts = []string{subject}
		}
	}
	if r.Section != "" && len(parts) > 0 {
		parts = append(parts, titleLabel(r.Section)) // "…, both sexes, all ages"
	}
	if changes && r.Form != tablerow.Glued && len(parts) > 0 && !strings.Contains(strings.ToLower(parts[0]), "change") {
		// A cell under "change" or "% change": the change in what the
		// table measures.
		lead := "Change in "
		if c.Percent {
			lead = "Percentage change in "
		}
		parts[0] = lead + lowerFirst(parts[0])
	}
	if t := strings.Join(parts, ", "); t != "" {
		why := "the row's label and the column's header"
		if columnNoun != "" {
			why = "the row's label and what the table's one column counts"
		}
		if subject != "" && subject != head && slices.Contains(parts, subject) {
			why = fmt.Sprintf("the table's caption %q and the row's label", r.Caption)
		}
		ind.Title, cl.fieldNotes["title"] = upperFirst(t), why
		declare(cl.fieldNotes, "title", "title/cellClaim")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "title: ") })
	}
	ind.ID = d.unique(idOf(*ind))
	ind.Provenance[0].Quote = text[start:r.End]
	ind.Provenance[0].Span = indicators.Span{Start: start, End: r.End}
	cl.notes = append(cl.notes, fmt.Sprintf("a cell of %s, read %s", rowKind(r.Form), cellReading(r)))
	return cl
}

// tableIndex returns the reference of the index a table's line of units
// names ("index (2019=100)"), and the line, where the cell's column's
// unit or a line of the table's header opens with "index".
func tableIndex(r tablerow.Row, c tablerow.Cell) (indicators.Period, string, bool) {
	for _, l := range append(strings.Split(r.Header, "\n"), c.Unit) {
		l = strings.TrimSpace(l)
		if len(l) >= 5 && strings.EqualFold(l[:5], "index") {
			return indicators.IndexReferenceIn(l), l, true
		}
	}
	return indicators.Period{}, "", false
}

// titleLabel returns a row's label as a title's part after a comma: lower
// case first ("both sexes"), unless it names a place or writes another
// capital, a name's ("Newfoundland and Labrador").
func titleLabel(label string) string {
	if len(placesIn(label, 0)) > 0 || namesPlace(label) || strings.ContainsFunc(label[min(1, len(label)):], unicode.IsUpper) {
		return label
	}
	return lowerFirst(label)
}

// changeFromRe matches a column's header of changes from a period:
// "Percentage change from 3rd quarter 2016", "% change on 2022".
var changeFromRe = lazyRegexp(`(?i)\bchange (?:from|on|since|over) (.+)$`)

// changeFrom returns the period a column of changes is a change from.
func changeFrom(head string) (indicators.Period, bool) {
	g := changeFromRe.FindStringSubmatch(head)
	if g == nil {
		return indicators.Period{}, false
	}
	return tablePeriod(g[1])
}

// latestHead returns the latest period a column's header of row r names.
func latestHead(r tablerow.Row) (indicators.Period, bool) {
	var best indicators.Period
	found := false
	for _, c := range r.Cells {
		if p, ok := tablePeriod(c.Head); ok && (!found || dateBefore(periodEnd(best), periodEnd(p))) {
			best, found = p, true
		}
	}
	return best, found
}

// rowKind names a row of a table of form f, as the drafts' notes do.
func rowKind(f tablerow.Form) string {
	switch f {
	case tablerow.Pipe:
		return "a pipe table's row"
	case tablerow.Aligned:
		return "a row of a table aligned by spaces"
	}
	return "a table row whose cells run together"
}

// namesPlace reports whether a row's label is the name of a place, the
// whole of it ("England", "Newfoundland and Labrador").
func namesPlace(label string) bool {
	_, ok := labelPlace(label)
	return ok
}

// labelPlace returns the code of the place a table's label names, the
// whole of it: a country or region of the gazetteer ("United Kingdom",
// "England"), else a state, province or territory ("Nova Scotia",
// "Yukon").
func labelPlace(label string) (string, bool) {
	label = strings.TrimSpace(label)
	if label == "" {
		return "", false
	}
	if ps := placesIn(label, 0); len(ps) == 1 && ps[0].start == 0 && ps[0].end == len(label) {
		return ps[0].code, true
	}
	if ss := subdivisionsIn(label); len(ss) == 1 && ss[0].start == 0 && ss[0].end == len(label) {
		if code := isoSubdivision(ss[0]); code != "" {
			return code, true
		}
		for _, typ := range firstLevelTypes { // "Yukon", which ISO 3166-2 writes "Yukon Territory"
			for _, c := range indicators.SubdivisionCodes(label + " " + typ) {
				if strings.HasPrefix(c, ss[0].code+"-") {
					return c, true
				}
			}
		}
	}
	return "", false
}

// isUnitLabel reports whether a column's label states the cells' unit or
// kind, not what they measure: "% change", "Number", "Percentage change
// from 3rd quarter 2016", "'000".
func isUnitLabel(s string) bool {
	l := strings.ToLower(strings.TrimSpace(s))
	switch {
	case l == "":
		return true
	case strings.HasPrefix(l, "%"), strings.HasPrefix(l, "percent"), strings.HasPrefix(l, "per cent"),
		strings.HasPrefix(l, "change"), strings.HasPrefix(l, "number"), strings.HasPrefix(l, "'000"), strings.HasPrefix(l, "‘000"):
		return true
	}
	_, ok := indicators.TableScaleAbove(s)
	return ok && len(strings.Fields(s)) <= 2
}

// captionSubject returns what a table's caption names: its words before
// the first comma, "by" or dash, where releases write what is measured
// before its breakdown, unit, adjustment and period ("Parliamentary and
// local government electoral registrations, December 2021", "Real gross
// domestic product, all industries, provinces and territories, chained
// dollars (2017)", "Initial and renewal claims received, by province and
// territory – Seasonally adjusted").
func captionSubject(caption string) string {
	s := caption
	for _, cut := range []string{" – ", " - ", ", ", " by "} {
		if i := strings.Index(s, cut); i > 0 {
			s = s[:i]
		}
	}
	if _, ok := tablePeriod(s); ok {
		return ""
	}
	return strings.TrimSpace(s)
}

// captionPeriod returns the period a table's caption ends on, after a
// comma: "…, December 2021".
func captionPeriod(caption string) (indicators.Period, bool) {
	i := strings.LastIndex(caption, ", ")
	if i < 0 {
		return indicators.Period{}, false
	}
	return tablePeriod(caption[i+2:])
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
	if n := len(s); n >= 5 && s[n-1] >= 'a' && s[n-1] <= 'z' && isDigit(s[n-2]) {
		s = s[:n-1] // "December 2022p": a footnote's mark, preliminary
	}
	if s == "" {
		return indicators.Period{}, false
	}
	if p, words, ok := quarterOf(s); ok && words == s {
		return p, true // "Q3 2015", "3rd quarter 2017"
	}
	if s[0] >= '0' && s[0] <= '9' {
		if p, err := indicators.ParsePeriod(s); err == nil && p.IsStated() {
			return p, true
		}
		return indicators.Period{}, false
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
	for k, m := range vocab.Months {
		if strings.HasPrefix(m, w) || w == "sept" && k == 8 {
			return time.Month(k + 1)
		}
	}
	return 0
}

// rowDoneRe ends a row's label on a doing: "Charities registered",
// "Cases closed".
var rowDoneRe = lazyRegexp(`(?i)\b[a-z]+ (?:[a-z]+ )?[a-z]{3,}ed$`)

// rowLabelMeasure gives the measure of a count whose row's label names
// its noun, under a column of a span of time (a quarter, a year): a
// flow when the label names events ("Registration applications",
// "Removals from register") or a doing ("Charities registered"), the
// things done over the span; else a stock, what is held at the span's
// end ("Charities on the register", "Trustees").
func rowLabelMeasure(label, noun, head string) (indicators.MeasureKind, string) {
	if ms, why, ok := nounMeasure(noun); ok && ms == indicators.Flow {
		return ms, why + ", the row's label"
	}
	if rowDoneRe.MatchString(strings.TrimSpace(label)) {
		return indicators.Flow, fmt.Sprintf("%q: a row's label that names a doing counts the things done over its column's span %q, a flow", label, head)
	}
	return indicators.Stock, fmt.Sprintf("%q: a row's label that names no event or doing counts what is held at the end of its column's span %q, a stock", label, head)
}

// unreadColumn returns the period of cell c of row r whose column's
// header, row's label and caption name none, and why: under a header that
// names the span of the columns of periods beside it ("Year to date",
// "Total"), that span, from the first of their periods to the last; else,
// in a table whose other columns name periods, not stated, with a
// comment: a cell whose column cannot be read never takes another row's
// or sentence's period. Elsewhere (no column names a period) the period
// the drafter gave it, p, and why.
func unreadColumn(r tablerow.Row, c tablerow.Cell, p indicators.Period, why string) (indicators.Period, string) {
	var ps []indicators.Period
	for _, o := range r.Cells {
		if o.Start != c.Start {
			if op, ok := tablePeriod(o.Head); ok {
				ps = append(ps, op)
			}
		}
	}
	if len(ps) == 0 && !periodColumns(r.Header) {
		return p, why
	}
	head := strings.TrimSpace(c.Head)
	if slices.ContainsFunc(vocab.SpanColumns, func(w string) bool { return strings.EqualFold(w, head) }) && len(ps) >= 2 {
		from, to := ps[0].From, periodEnd(ps[0])
		ok := true
		for _, op := range ps {
			if op.Fiscal || op.Split || op.UpTo || op.From.Month == 0 && op.From.Year == 0 {
				ok = false
			}
			if dateBefore(op.From, from) {
				from = op.From
			}
			if dateBefore(to, periodEnd(op)) {
				to = periodEnd(op)
			}
		}
		if ok && from != to {
			sp := indicators.Period{From: from, To: to}
			return sp, fmt.Sprintf("%s, the column's header %q: the span of the table's columns of periods beside it, from the first to the last", sp, head)
		}
	}
	if head == "" {
		return indicators.Period{}, "the cell's column has no header the drafter can read, in a table whose columns name periods; write it by hand"
	}
	return indicators.Period{}, fmt.Sprintf("the column's header %q names no period the drafter can read, in a table whose other columns do; write it by hand", head)
}

// periodColumns reports whether a table's header line names periods over
// at least two of its columns ("Category | July to Sept 2024 | Oct to
// Dec 2024 | Year to date").
func periodColumns(header string) bool {
	n := 0
	for _, f := range strings.Split(header, "|") {
		if _, ok := tablePeriod(strings.TrimSpace(f)); ok {
			n++
		}
	}
	return n >= 2
}
