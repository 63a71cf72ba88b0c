package indicators

import (
	"encoding/json"
	"strconv"
	"strings"
)

// A ColumnKind says what a column of the indicator table holds.
type ColumnKind uint8

// The kinds of column.
const (
	TextColumn    ColumnKind = iota // document or catalog text
	NumberColumn                    // a figure at full magnitude; empty where the figure has none
	IntegerColumn                   // a code point offset
)

// A Column is one column of the indicator table: the CSV export and the
// book's Indicators sheet both have exactly these columns, in this order.
type Column struct {
	Name string
	Kind ColumnKind
}

// IndicatorColumns is the one description of the indicator table, a
// contract for tools that read the CSV or the book. An indicator's row
// shows its first provenance. Notes, last so that a reader of the columns
// before it by position reads them as before, holds the indicator's notes
// (NotesCell): where a catalog says "percentage points", "margin of error
// ±1.2" or "FTE", which the figure's row would read wrongly without.
var IndicatorColumns = [...]Column{
	{"ID", TextColumn}, {"Title", TextColumn}, {"Entities", TextColumn}, {"Counterpart", TextColumn},
	{"Measure", TextColumn}, {"Status", TextColumn}, {"Stated", TextColumn}, {"Qualifier", TextColumn},
	{"Direction", TextColumn}, {"Value", NumberColumn}, {"Low", NumberColumn}, {"High", NumberColumn}, {"Unit", TextColumn},
	{"Scale", TextColumn}, {"Period", TextColumn}, {"Base", TextColumn}, {"Section", TextColumn}, {"Quote", TextColumn},
	{"Start", IntegerColumn}, {"End", IntegerColumn}, {"Source", TextColumn}, {"Notes", TextColumn},
}

// An IndicatorRow is the cells of one indicator in the indicator table,
// as text: numbers at full magnitude as the JSON export writes them,
// entities joined with ";", section headings with " > ", notes one a
// line (NotesCell), "" where empty.
type IndicatorRow [len(IndicatorColumns)]string

// Fill sets the row to ind with its provenance p, whose span in code
// points is r.
func (row *IndicatorRow) Fill(ind *Indicator, p Provenance, r RuneSpan) {
	value, low, high := quantityNumbers(ind.Quantity)
	num := func(n *json.Number) string {
		if n == nil {
			return ""
		}
		return string(*n)
	}
	start, end, base := "", "", ""
	if ind.Base.IsStated() {
		base = ind.Base.String()
	}
	if p.Source != "" {
		start, end = strconv.Itoa(r.Start), strconv.Itoa(r.End)
	}
	*row = IndicatorRow{
		ind.ID, ind.Title, strings.Join(ind.Entities, ";"), ind.Counterpart,
		ind.Measure.String(), ind.Status.String(), ind.Stated, ind.Quantity.Qualifier.String(),
		ind.Quantity.Direction.String(), num(value), num(low), num(high), ind.Unit.String(),
		ind.Quantity.Scale.String(), ind.Period.String(), base, strings.Join(p.Section, " > "), p.Quote,
		start, end, p.Source, NotesCell(ind.Notes),
	}
}

// NotesCell returns notes as the Notes column holds them: one a line, in
// catalog order, a context note (knowledge from outside the document)
// said to be one and naming its source's ID, as the deck's speaker notes
// say it: "Context note, not from the document (source: epa): …".
func NotesCell(notes []Note) string {
	var sb strings.Builder
	for i, n := range notes {
		if i > 0 {
			sb.WriteByte('\n')
		}
		if n.Context {
			sb.WriteString("Context note, not from the document (source: " + n.Source + "): ")
		}
		sb.WriteString(n.Text)
	}
	return sb.String()
}

// columnNames returns the names of IndicatorColumns.
func columnNames() []string {
	names := make([]string, len(IndicatorColumns))
	for i, c := range IndicatorColumns {
		names[i] = c.Name
	}
	return names
}
