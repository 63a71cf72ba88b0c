package indicators

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/tablerow"
)

// This file holds what verify says of a quote from a table row whose cells
// run together ("Deprivation13.716.617.3", read by package tablerow): a
// quote of the whole row states each of its determined cells, the span of
// the figure being the cell's; a quote whose start or end falls inside a
// number (a digit on both sides, or a digit and a point or comma before
// one) cuts it, and is refused unless the cut is a determined cell's
// border; where a row's cells are not determined, verify says so and how
// to quote a cell of it.

// cutsNumber reports whether byte offset at of text falls inside a number:
// a digit on both sides ("9.0|108"), or a digit on one side and a point or
// comma before a digit on the other ("109|.0", "1|,485").
func cutsNumber(text string, at int) bool {
	if at <= 0 || at >= len(text) {
		return false
	}
	a, b := text[at-1], text[at]
	switch {
	case isDigitByte(a) && isDigitByte(b):
		return true
	case isDigitByte(a) && (b == '.' || b == ',') && at+1 < len(text) && isDigitByte(text[at+1]):
		return true
	case (a == '.' || a == ',') && isDigitByte(b) && at >= 2 && isDigitByte(text[at-2]):
		return true
	}
	return false
}

func isDigitByte(b byte) bool { return b >= '0' && b <= '9' }

// numberAround returns the run of digits, points and commas of text that
// holds byte offset at.
func numberAround(text string, at int) string {
	i, j := at, at
	for i > 0 && (isDigitByte(text[i-1]) || text[i-1] == '.' || text[i-1] == ',') {
		i--
	}
	for j < len(text) && (isDigitByte(text[j]) || text[j] == '.' || text[j] == ',') {
		j++
	}
	return strings.Trim(text[i:j], ".,")
}

// cellBorder reports whether at is where a cell of r starts or ends.
func cellBorder(r tablerow.Row, at int) bool {
	for _, c := range r.Cells {
		if c.Start == at || c.End == at {
			return true
		}
	}
	return false
}

// rowReading writes a determined row as its label and its cells: "At Risk
// of Poverty: 11.8 | 12.5 | 10.6"; a pipe or aligned table's cells each
// with its column's header, which says which cell is which: "England:
// 38,889,429 (Parliamentary electoral registrations) | …".
func rowReading(r tablerow.Row) string {
	var cs []string
	for _, c := range r.Cells {
		if c.Head != "" && r.Form != tablerow.Glued {
			cs = append(cs, c.Text+" ("+c.Head+")")
			continue
		}
		cs = append(cs, c.Text)
	}
	if r.Label == "" {
		return strings.Join(cs, " | ")
	}
	return r.Label + ": " + strings.Join(cs, " | ")
}

// rowSays names a determined row and what its cells read, as verify's
// messages write it: "the table row "…", whose cells run together and
// read …", "the pipe table's row "…", whose cells read …".
func rowSays(text string, r tablerow.Row) string {
	row := strings.TrimSpace(text[r.Start:r.End])
	if r.Form == tablerow.Glued {
		return fmt.Sprintf("the table row %q, whose cells run together and read %s", row, rowReading(r))
	}
	return fmt.Sprintf("the %s's row %q, whose cells read %s", r.Form, row, rowReading(r))
}

// quotedCell returns the cell of row r within the quote at sp that writes
// figure, a stated figure's numeral ("-26.4" of "-26.4" or "-26.4%").
func quotedCell(r tablerow.Row, sp Span, figure string) (tablerow.Cell, bool) {
	for _, c := range r.Cells {
		if sp.Start <= c.Start && c.End <= sp.End && strings.TrimSuffix(c.Text, "%") == figure {
			return c, true
		}
	}
	return tablerow.Cell{}, false
}

// rowWays writes the splits of a row whose cells are not determined.
func rowWays(r tablerow.Row) string {
	if len(r.Ways) == 0 {
		return fmt.Sprintf("no split of %q writes every cell alike", r.Run)
	}
	var ws []string
	for _, w := range r.Ways {
		ws = append(ws, strconv.Quote(strings.Join(w, " | ")))
	}
	return "it reads " + strings.Join(ws, " or ") + ", and maybe more ways"
}

// cutQuote says what is wrong with a quote whose start or end falls inside
// a number, or "": the number it cuts and what to quote instead. A cut at
// a determined cell's border is no cut; a cut in a row whose cells are not
// determined is the writer's reading of where its cell begins, which
// verify cannot check.
func cutQuote(text string, sp Span) string {
	for _, end := range []struct {
		at   int
		side string
	}{{sp.Start, "starts"}, {sp.End, "ends"}} {
		if !cutsNumber(text, end.at) {
			continue
		}
		r, ok := tablerow.RowAt(text, end.at)
		switch {
		case ok && r.Determined() && cellBorder(r, end.at):
			continue
		case ok && r.Determined():
			cell := ""
			for _, c := range r.Cells {
				if c.Start < end.at && end.at < c.End {
					cell = c.Text
				}
			}
			return fmt.Sprintf("the quote %s inside %q, a cell of %s: quote the cell %q, or the whole row",
				end.side, cell, rowSays(text, r), cell)
		case ok:
			continue
		}
		num := numberAround(text, end.at)
		return fmt.Sprintf("the quote %s inside the number %q, so its figure is none the document writes: quote the whole number %q, or, for the figure where it stands apart, give that quote's start and end", end.side, num, num)
	}
	return ""
}

// rowCellPercent reports whether the cell of r that the quote at sp
// states as figure is a percent: the row's "%" for a row whose cells run
// together, the cell's own (its column's label or unit) for a pipe or
// aligned table's, any cell of the quote's where figure is "" or no cell
// writes it.
func rowCellPercent(r tablerow.Row, sp Span, figure string) bool {
	if r.Form == tablerow.Glued {
		return r.Percent
	}
	if c, ok := quotedCell(r, sp, figure); ok {
		return c.Percent
	}
	for _, c := range r.Cells {
		if sp.Start <= c.Start && c.End <= sp.End && c.Percent {
			return true
		}
	}
	return false
}

// gluedCellStated reports whether the quote at sp states f, a figure as
// stated, as a cell of a table row whose cells run together: a
// determined cell within the quote, or, in a row whose cells are not
// determined, the figure that closes the quote right after the row's label
// or the quote's start (the writer says where the cell is).
func gluedCellStated(text string, sp Span, f string) bool {
	r, ok := tablerow.RowAt(text, sp.Start)
	if !ok {
		if r, ok = tablerow.RowAt(text, max(sp.Start, sp.End-1)); !ok {
			return false
		}
	}
	if r.Determined() {
		for _, c := range r.Cells {
			if c.Text == f && sp.Start <= c.Start && c.End <= sp.End {
				return true
			}
		}
		return false
	}
	q := text[sp.Start:sp.End]
	if !strings.HasSuffix(q, f) {
		return false
	}
	at := sp.End - len(f)
	return at == sp.Start || at > 0 && !isDigitByte(text[at-1]) && text[at-1] != '.' && text[at-1] != ','
}

// gluedRowAdvice says, for a quote in a table row whose cells run together
// that does not state the figure, what the row reads and what to quote;
// "" where the quote is in no such row.
func gluedRowAdvice(text string, sp Span) string {
	r, ok := tablerow.RowAt(text, sp.Start)
	if !ok {
		return ""
	}
	row := strings.TrimSpace(text[r.Start:r.End])
	if r.Determined() {
		return fmt.Sprintf("the quote is in %s, none of them the figure: fix the figure, or quote the row that states it", rowSays(text, r))
	}
	return fmt.Sprintf("the quote is in the table row %q, whose cells run together, and where they begin is not determined (%s): quote the cell alone and give its start and end, or the row's label with the cell glued to it, where it is the row's first", row, rowWays(r))
}

// mayBeGlued reports whether the quote at sp may be of a table row whose
// cells run together, cheaply: a letter, "%" or ")" glued to a digit in
// it, or a digit or letter right against its start or a digit against its
// end.
func mayBeGlued(text string, sp Span) bool {
	if sp.Start > 0 && isAlnum(text[sp.Start-1]) || sp.End < len(text) && isDigitByte(text[sp.End]) {
		return true
	}
	for i := sp.Start + 1; i < sp.End; i++ {
		if isDigitByte(text[i]) && (text[i-1] == '%' || text[i-1] == ')' || isAlnum(text[i-1]) && !isDigitByte(text[i-1])) {
			return true
		}
	}
	return false
}

// gluedPercent says what is wrong with the unit of a bare figure quoted
// from a table row whose cells run together, or "": a "%" in the row's
// label or the table's header makes its cells percents, as a table's
// "'000" makes them thousands (tableScale).
func gluedPercent(ind *Indicator, text string, sp Span) string {
	if !bareFigure(ind.Stated) || ind.Unit != PercentUnit && !ind.Unit.IsZero() || ind.Unit.IsZero() && !mayBeGlued(text, sp) && !strings.Contains(text[sp.Start:sp.End], "|") {
		return ""
	}
	switch {
	case ind.Unit == PercentUnit && !cellPercentOf(text, sp, statedNumeral(ind.Stated)):
		return fmt.Sprintf("unit percent says %q is a percent, but it is no cell of a table row whose label or table header writes \"%%\": where the quote writes the figure with \"%%\" or \"percent\", write stated as it does; otherwise leave unit out", ind.Stated)
	case ind.Unit.IsZero():
		// A bare cell of a glued row under "%": the row is read, so the
		// cell's unit must be said, as a table's "'000" must.
		if r, ok := tablerow.RowAt(text, sp.Start); ok && rowCellPercent(r, sp, ind.Stated) && gluedCellStated(text, sp, ind.Stated) {
			return fmt.Sprintf("%q stands in a table whose row label or header writes \"%%\" (%q), so it is %s percent: write unit: percent (stated stays %q)", ind.Stated, strings.TrimSpace(text[r.Start:r.End]), ind.Stated, ind.Stated)
		}
	}
	return ""
}

// cellPercent reports whether the figure quoted at sp is a cell of a
// table whose row label or header writes "%" ("Annual % change4.93.8",
// "% change 9.7 6.2"), the one reading of that rule: for a row whose cells
// run together, tablerow's; for a row whose cells stand apart (its line
// ends on a figure, with no sentence's stop), the words of its line
// before the quote and the table's header lines above it (tableHeader,
// from the last line that ends as a sentence does: prose above a table is
// no header of it).
func cellPercent(text string, sp Span) bool { return cellPercentOf(text, sp, "") }

// cellPercentOf is cellPercent of the cell that writes figure, a stated
// figure's numeral, in a pipe or aligned table's row, whose columns may
// differ ("number | % change"); with figure "", of any cell the quote
// holds.
func cellPercentOf(text string, sp Span, figure string) bool {
	if r, ok := tablerow.RowAt(text, sp.Start); ok {
		return rowCellPercent(r, sp, figure)
	}
	ls := strings.LastIndexByte(text[:sp.Start], '\n') + 1
	le := strings.IndexByte(text[sp.Start:], '\n')
	if le < 0 {
		le = len(text)
	} else {
		le += sp.Start
	}
	line := strings.TrimRight(text[ls:le], " \t\r")
	if line == "" || !isDigitByte(line[len(line)-1]) || strings.Contains(line, ". ") {
		return false // no table's row
	}
	return strings.Contains(text[ls:sp.Start], "%") || strings.Contains(tablerow.HeaderAbove(tableHeader(text, sp)), "%")
}
