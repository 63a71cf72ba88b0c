package indicators

import (
	"encoding/json"
	"math"
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
// A reader's column (Reader) is one a person reads a figure by; the
// others, after them, are for tools and for checking (the entity codes,
// the kinds, the quote's offsets).
type Column struct {
	Name   string
	Kind   ColumnKind
	Reader bool
}

// IndicatorColumns is the one description of the indicator table, a
// contract for tools that read the CSV or the book. An indicator's row
// shows its first provenance. The reader's columns come first (ID, Title,
// Stated, Value, Low, High, Margin, Unit, Period, Base, Quote, Notes), so
// the book prints them in one band and leaves the technical ones to the
// screen; Margin is the half-width of the figure's stated margin at full
// magnitude ("41.2 ± 0.8 million" has 800000), empty for none, and
// MarginKind what it measures (standard_error, margin_of_error,
// unknown), with its confidence level after a space where stated
// ("margin_of_error 90"); a margin is not Low and High, which are a
// range's ends or those a hedged point's words allow
// (Indicator.HedgeEnds);
// Notes holds the indicator's notes (NotesCell): where a catalog says
// "percentage points", "margin of error ±1.2" or "FTE", which the
// figure's row would read wrongly without. Low and High follow Value, End
// follows Start. Against, last (added after the others, so that readers by
// position keep theirs), is what a change is set against when that is no
// earlier period ("forecast", "target"; Indicator.Against), empty
// otherwise: "£2.7 billion below" read as a fall on the year without it.
var IndicatorColumns = [...]Column{
	{"ID", TextColumn, true}, {"Title", TextColumn, true}, {"Stated", TextColumn, true},
	{"Value", NumberColumn, true}, {"Low", NumberColumn, true}, {"High", NumberColumn, true}, {"Margin", NumberColumn, true},
	{"Unit", TextColumn, true}, {"Period", TextColumn, true}, {"Base", TextColumn, true},
	{"Quote", TextColumn, true}, {"Notes", TextColumn, true},
	{"Entities", TextColumn, false}, {"Counterpart", TextColumn, false}, {"Measure", TextColumn, false},
	{"Status", TextColumn, false}, {"Qualifier", TextColumn, false}, {"Direction", TextColumn, false},
	{"Scale", TextColumn, false}, {"MarginKind", TextColumn, false}, {"Section", TextColumn, false}, {"Start", IntegerColumn, false},
	{"End", IntegerColumn, false}, {"Source", TextColumn, false}, {"Against", TextColumn, false},
}

// ReaderColumns is how many of IndicatorColumns, from the first, are a
// reader's columns (Column.Reader).
var ReaderColumns = func() int {
	n := 0
	for n < len(IndicatorColumns) && IndicatorColumns[n].Reader {
		n++
	}
	return n
}()

// An IndicatorRow is the cells of one indicator in the indicator table,
// as text: numbers at full magnitude, a fall below zero (Stored: "down
// about 1 percent" is -1 with Direction down, as the book's cell holds
// it, so that a filter or sort on Value reads falls as falls; the JSON
// export writes the same numbers),
// entities joined with ";", section headings with " > ", notes one a
// line (NotesCell), every quote after the first as "Also: “…”" on a
// paragraph of its own, "" where empty.
type IndicatorRow [len(IndicatorColumns)]string

// Fill sets the row to ind with its first provenance p, whose span in
// code points is r.
func (row *IndicatorRow) Fill(ind *Indicator, p Provenance, r RuneSpan) {
	row.fill(ind, p, r, nil)
}

// FillAt sets the row to ind, its first provenance's span in code points
// at(p), and says where each quote after the first is, as Start and End
// say the first's: "Also (s, 400–520): “…”", its source's ID and its span,
// so that a program reading the CSV finds every quote (s35f-confidence,
// s35f-monetary: the second quote's span was in the JSON only).
func (row *IndicatorRow) FillAt(ind *Indicator, at func(Provenance) RuneSpan) {
	var p Provenance
	var r RuneSpan
	if len(ind.Provenance) > 0 {
		p = ind.Provenance[0]
		r = at(p)
	}
	row.fill(ind, p, r, at)
}

func (row *IndicatorRow) fill(ind *Indicator, p Provenance, r RuneSpan, at func(Provenance) RuneSpan) {
	value, low, high := figureNumbers(ind, proportionShown(ind, ind.Quantity))
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
	// Every quote: the first, whose span Start and End give, then the
	// others after it, so that no table drops a sentence the JSON keeps
	// (s26w-taxgap's CSV said one of three).
	quote := p.Quote
	for _, q := range ind.Provenance[min(1, len(ind.Provenance)):] {
		where := ""
		if at != nil && q.Source != "" {
			if sp := at(q); sp.End > sp.Start {
				where = " (" + q.Source + ", " + strconv.Itoa(sp.Start) + "–" + strconv.Itoa(sp.End) + ")"
			}
		}
		quote += "\n\nAlso" + where + ": “" + q.Quote + "”"
	}
	*row = IndicatorRow{
		ind.ID, ind.Title, ind.Stated, num(value), num(low), num(high), marginCell(ind.Quantity.Margin), unitCell(ind.Unit),
		ind.Period.String(), base, quote, NotesCell(ind.Notes),
		strings.Join(ind.Entities, ";"), ind.Counterpart, ind.Measure.String(), ind.Status.String(),
		ind.Quantity.Qualifier.String(), ind.Quantity.Direction.String(), ind.Quantity.Scale.String(),
		marginKindCell(ind.Quantity.Margin), strings.Join(p.Section, " > "), start, end, p.Source, ind.Against.String(),
	}
}

// unitCell returns u as the Unit column holds it: its code, a rank's with
// where its 1 is, "rank (1 = lowest)" (Unit.RankOrder).
func unitCell(u Unit) string {
	if o := u.RankOrder(); o != "" {
		return u.String() + " (" + o + ")"
	}
	return u.String()
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
		sb.WriteString(n.Said())
	}
	return sb.String()
}

// Said returns the note as every output prints it: its text, a context
// note (knowledge from outside the document) said to be one and naming
// its source's ID, "Context note, not from the document (source: epa):
// …", so that no chart prints it as the document's (s27x-insurance).
func (n Note) Said() string {
	if n.Context {
		return "Context note, not from the document (source: " + n.Source + "): " + n.Text
	}
	return n.Text
}

// columnNames returns the names of IndicatorColumns.
func columnNames() []string {
	names := make([]string, len(IndicatorColumns))
	for i, c := range IndicatorColumns {
		names[i] = c.Name
	}
	return names
}

// marginCell returns the Margin column's cell: the half-width at full
// magnitude, "" for no margin.
func marginCell(m Margin) string {
	if m.IsZero() {
		return ""
	}
	return m.HalfWidth.String()
}

// marginKindCell returns the MarginKind column's cell: the kind, and the
// confidence level where stated ("margin_of_error 90"); "" for no
// margin.
func marginKindCell(m Margin) string {
	if m.Level > 0 {
		return m.Kind.String() + " " + strconv.Itoa(int(m.Level))
	}
	return m.Kind.String()
}

// proportionShown returns q, the held quantity of ind, with a share
// stated as a proportion in words (ProportionInWords, held as its
// percent) written to the digits the book shows it: one decimal of a
// percent at most, three significant figures below one percent. "1 in 9"
// is 11.1, never 11.1111111111111, which claims digits the document's
// words do not carry (s25v-waiting); "1 in 8" stays 12.5, "one in 191"
// is 0.524. A bound is rounded the way it bounds, so that it claims no
// more than the words: "more than two-thirds" is more than 66.6, never
// 66.7, which 66.68 is not (s30a-carrierbags); "nearly a third" 33.4.
func proportionShown(ind *Indicator, q Quantity) Quantity {
	if ind.Unit != PercentUnit || !ProportionInWords(ind.Stated) {
		return q
	}
	dir := 0
	switch q.Qualifier {
	case MoreThan, AtLeast:
		dir = -1
	case Nearly, UpTo, LessThan:
		dir = 1
	}
	shown := func(d Decimal) Decimal {
		pct := math.Abs(d.Float64())
		place := -1
		if pct > 0 && pct < 1 {
			place = int(math.Floor(math.Log10(pct))) - 2
		}
		if int(d.Exp) >= place {
			return d
		}
		if d.Sign() < 0 {
			return roundPlace(d.Float64(), place, -dir).normalize() // a fall's size, bounded as its words bound it
		}
		return roundPlace(d.Float64(), place, dir).normalize()
	}
	if q.IsRange() {
		q.Low, q.High = shown(q.Low), shown(q.High)
	} else {
		q.Value = shown(q.Value)
	}
	return q
}
