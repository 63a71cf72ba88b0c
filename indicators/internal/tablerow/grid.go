package tablerow

import (
	"regexp"
	"sort"
	"strings"
)

// This file reads the two other ways a stored page writes a table: a
// markdown pipe table and whitespace-aligned columns. Both parse into the
// model of the glued rows (Row, Cell), so that one drafter and one check
// of quotes read every table.
//
// The genre's pattern: a statistical release's table has a header row of
// column labels (periods, units, what is counted), rows whose first cell
// is a label (a place, a group, what is measured) and whose other cells
// are figures, sometimes a line of units under the header ("number |
// number | % change", "index (2019=100)", "thousands"), a row with a
// label only that heads the rows under it ("All ages", "Newfoundland and
// Labrador"), and a caption above or below it ("Table 1: Parliamentary and
// local government electoral registrations, December 2021"). A pipe table
// writes its cells between "|" ("England | 38,889,429 | 40,882,721 |")
// under a line of dashes; an aligned table writes them apart by spaces
// ("Nova Scotia 100 95.5 105.7"), its rows alike in their count of
// figures.

// A Form is how a table writes its cells.
type Form uint8

// The forms of a table.
const (
	Glued   Form = iota // cells run together: "Deprivation13.716.617.3"
	Pipe                // a markdown pipe table: "England | 38,889,429 |"
	Aligned             // cells apart by spaces: "Nova Scotia 100 95.5 105.7"
)

// String returns the form's name as the messages write it.
func (f Form) String() string {
	switch f {
	case Pipe:
		return "pipe table"
	case Aligned:
		return "aligned table"
	}
	return "glued table"
}

// tableCellRe matches a cell that is one figure: digits grouped by commas
// or thin spaces, decimals, a sign, a currency sign, a percent sign.
var tableCellRe = regexp.MustCompile(`^[-+−]?[$£€]?(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[  ]\d{3})+|\d+)(?:\.\d+)?%?$`)

// separatorRe matches the line of dashes under a pipe table's header.
var separatorRe = regexp.MustCompile(`^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$`)

// captionTableRe matches a caption's lead: "Table 1:", "Download this
// table Table 1:", "Table 2.3", "Chart 1".
var captionTableRe = regexp.MustCompile(`^(?:Download this table\s+)?(?:Table|Chart|Figure)\s+\d+[a-z]?(?:\.\d+)*\s*[:.–-]?\s*`)

// unitWordRe matches a line of a table's header or a label-only row that
// states units, not a group: "index (2019=100)", "thousands", "number",
// "% change", "$ millions".
var unitWordRe = regexp.MustCompile(`(?i)^(?:index\b|numbers?$|thousands?$|millions?$|billions?$|percent|per cent|%|[$£€]|'000|‘000|change\b)`)

// A piece is a cell's text in its line, its byte offsets in the text.
type piece struct {
	s          string
	start, end int
}

// pipeCells splits the line text[from:to] at its "|", each cell trimmed;
// a leading "|" opens no cell, and a trailing empty cell is dropped.
func pipeCells(text string, from, to int) []piece {
	var out []piece
	at := from
	line := text[from:to]
	if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "|") {
		at = from + len(line) - len(t) + 1
	}
	for at <= to {
		e := strings.IndexByte(text[at:to], '|')
		last := e < 0
		if last {
			e = to
		} else {
			e += at
		}
		s, ss := trimSpan(text, at, e)
		if !(last && s == "") {
			out = append(out, piece{s, ss, ss + len(s)})
		}
		if last {
			break
		}
		at = e + 1
	}
	return out
}

// trimSpan returns text[from:to] without its spaces at either end, and
// where it starts.
func trimSpan(text string, from, to int) (string, int) {
	s := text[from:to]
	t := strings.TrimLeft(s, " \t\r\u00a0")
	from += len(s) - len(t)
	return strings.TrimRight(t, " \t\r\u00a0"), from
}

// lineSpans returns the lines of text, each its start and end.
func lineSpans(text string) [][2]int {
	var out [][2]int
	for at := 0; at < len(text); {
		e := strings.IndexByte(text[at:], '\n')
		if e < 0 {
			e = len(text)
		} else {
			e += at
		}
		out = append(out, [2]int{at, e})
		at = e + 1
	}
	return out
}

// nonEmpty returns the texts of ps that are not empty.
func nonEmpty(ps []piece) []string {
	var out []string
	for _, p := range ps {
		if p.s != "" {
			out = append(out, p.s)
		}
	}
	return out
}

// headsFor returns the column labels over n columns of figures from a
// header's labels hs: all of them where there are n, all but the first
// (the labels' own column, "Country") where there are n+1, else none.
func headsFor(hs []string, n int) []string {
	switch len(hs) {
	case n:
		return hs
	case n + 1:
		return hs[1:]
	}
	return nil
}

// shortRowHeads returns the column labels over a pipe row of n cells,
// its label's first, under a header of one line whose cells hs are more:
// a row with fewer cells than its header is short at its right (a
// markdown table's row may stop before its last empty cells), so its
// cells take their labels from the left, hs[1:n], the header's empty
// cells counted. Else none: a row as long as its header takes them all.
func shortRowHeads(hs []piece, n int) []string {
	if n < 2 || len(hs) <= n {
		return nil
	}
	out := make([]string, n-1)
	for j := range out {
		out[j] = hs[j+1].s
	}
	return out
}

// captionOf returns a table's caption: the line just below it that opens
// "Table N" ("Download this table Table 1: …"), else the nearest line
// above its header (a blank line between them at most) that is no
// sentence, its "Table N:" lead cut off, or the line above that where the
// nearest is a lead alone ("Table 2").
func captionOf(text string, lines [][2]int, first, last int) string {
	line := func(i int) string { return strings.TrimSpace(text[lines[i][0]:lines[i][1]]) }
	if last+1 < len(lines) {
		if l := line(last + 1); captionTableRe.MatchString(l) {
			if c := strings.TrimSpace(l[len(captionTableRe.FindString(l)):]); c != "" {
				return c
			}
		}
	}
	blanks := 0
	for i := first - 1; i >= 0 && i >= first-3; i-- {
		l := line(i)
		if l == "" {
			if blanks++; blanks > 1 {
				return "" // one blank line at most between a caption and its table
			}
			continue
		}
		if strings.ContainsAny(l[len(l)-1:], ".!?:") || len(l) > 200 || strings.Contains(l, "|") {
			return ""
		}
		if _, figs := alignedTail(text, lines[i][0], lines[i][1]); figs != nil {
			return "" // another table's row
		}
		if lead := captionTableRe.FindString(l); lead != "" {
			l = strings.TrimSpace(l[len(lead):])
		}
		if l != "" && !strings.HasPrefix(l, "Data table for") {
			return l
		}
	}
	return ""
}

// pipeRows returns the rows of the pipe tables of text.
func pipeRows(text string) []Row {
	if !strings.Contains(text, "|") || !strings.Contains(text, "---") {
		return nil
	}
	lines := lineSpans(text)
	hasPipe := func(i int) bool { return strings.Contains(text[lines[i][0]:lines[i][1]], "|") }
	var out []Row
	for i, ln := range lines {
		sep := strings.TrimSpace(text[ln[0]:ln[1]])
		if !strings.Contains(sep, "|") || !separatorRe.MatchString(sep) {
			continue
		}
		first := i
		for first > 0 && i-first < 6 && hasPipe(first-1) {
			first--
		}
		last := i
		for last+1 < len(lines) && hasPipe(last+1) && !separatorRe.MatchString(strings.TrimSpace(text[lines[last+1][0]:lines[last+1][1]])) {
			last++
		}
		var hs []string
		var headLines []string
		for k := first; k < i; k++ {
			hs = append(hs, nonEmpty(pipeCells(text, lines[k][0], lines[k][1]))...)
			headLines = append(headLines, strings.TrimSpace(text[lines[k][0]:lines[k][1]]))
		}
		caption := captionOf(text, lines, first, last)
		var units []string
		section := ""
		seenRow := false
		for k := i + 1; k <= last; k++ {
			cs := pipeCells(text, lines[k][0], lines[k][1])
			if len(cs) == 0 {
				continue
			}
			figs := 0
			for _, c := range cs[1:] {
				if tableCellRe.MatchString(c.s) {
					figs++
				}
			}
			words := nonEmpty(cs)
			switch {
			case figs == 0 && len(words) == 1 && cs[0].s != "":
				// A label alone: a line of units ("index (2019=100)"),
				// or the group of the rows under it ("All ages").
				if unitWordRe.MatchString(words[0]) {
					headLines = append(headLines, words[0])
				} else {
					section = words[0]
				}
				continue
			case figs == 0 && !seenRow && len(words) >= 2:
				units = nonEmpty(cs) // "number | number | % change"
				headLines = append(headLines, strings.Join(units, " "))
				continue
			case figs == 0:
				continue
			}
			seenRow = true
			r := Row{Start: lines[k][0], Top: lines[first][0], Label: cs[0].s, Form: Pipe, Caption: caption, Section: section,
				Header: strings.Join(headLines, "\n") + "\n"}
			ls, lst := trimSpan(text, lines[k][0], lines[k][1])
			r.End = lst + len(ls)
			r.Run = strings.TrimSpace(text[cs[1].start:r.End])
			cols := cs[1:]
			var heads []string
			if first == i-1 {
				heads = shortRowHeads(pipeCells(text, lines[first][0], lines[first][1]), len(cs))
			}
			if heads == nil {
				heads = headsFor(hs, len(cols))
			}
			us := headsFor(units, len(cols))
			r.Percent = strings.Contains(r.Label, "%")
			for j, c := range cols {
				if !tableCellRe.MatchString(c.s) {
					continue
				}
				cell := Cell{Start: c.start, End: c.end, Text: c.s}
				if heads != nil {
					cell.Head = heads[j]
				}
				if us != nil {
					cell.Unit = us[j]
				}
				cell.Percent = r.Percent || strings.HasSuffix(c.s, "%") || isPercentLabel(cell.Head) || isPercentLabel(cell.Unit)
				r.Cells = append(r.Cells, cell)
			}
			out = append(out, r)
		}
	}
	return out
}

// isPercentLabel reports whether a column's label says its cells are
// percents: "% change", "Percentage change from 3rd quarter 2016", "per
// cent".
func isPercentLabel(s string) bool {
	l := strings.ToLower(s)
	return strings.Contains(l, "%") || strings.HasPrefix(l, "percent") || strings.Contains(l, "per cent")
}

// alignedTail splits a line of an aligned table into its label and the
// figures that end it, apart by spaces: the label ends on a letter, ")"
// or "%", and at least two figures follow.
func alignedTail(text string, from, to int) (string, []piece) {
	return tailOfAtLeast(text, from, to, 2)
}

// tailOfAtLeast is alignedTail with at least least figures.
func tailOfAtLeast(text string, from, to, least int) (string, []piece) {
	line := strings.TrimRight(text[from:to], " \t\r")
	var figs []piece
	e := len(line)
	for e > 0 {
		s := strings.LastIndexAny(line[:e], " \t")
		tok := line[s+1 : e]
		if s < 0 || !tableCellRe.MatchString(tok) || strings.ContainsAny(tok, "  ") {
			break
		}
		figs = append(figs, piece{tok, from + s + 1, from + e})
		e = s
		for e > 0 && (line[e-1] == ' ' || line[e-1] == '\t') {
			e--
		}
	}
	label := strings.TrimSpace(line[:e])
	if least == 1 {
		label = strings.TrimSpace(strings.TrimSuffix(label, "*")) // a footnote's mark: "Personal Independence Payment *"
	}
	if len(figs) < least || label == "" || !isLabelEnd(label) || len(strings.Fields(label)) > 12 {
		return "", nil
	}
	for i, j := 0, len(figs)-1; i < j; i, j = i+1, j-1 {
		figs[i], figs[j] = figs[j], figs[i]
	}
	return label, figs
}

// allYears reports whether every figure of ps is a year.
func allYears(ps []piece) bool {
	for _, p := range ps {
		if !isYear(p.s) || len(p.s) != 4 {
			return false
		}
	}
	return true
}

// alignedRows returns the rows of the aligned tables of text: runs of at
// least two lines, each a label and the same count (two or more) of
// figures apart by spaces, with lines of a label alone (a group) or of
// units between them; a line of years above the first row heads the
// columns.
func alignedRows(text string) []Row {
	lines := lineSpans(text)
	var out []Row
	for i := 0; i < len(lines); i++ {
		_, figs := alignedTail(text, lines[i][0], lines[i][1])
		if figs == nil {
			continue
		}
		n := len(figs)
		type lineRow struct {
			k     int
			label string
			figs  []piece
			sect  string
			units string
		}
		var heads []string
		headerAt := -1
		if allYears(figs) {
			for _, f := range figs {
				heads = append(heads, f.s)
			}
			headerAt = i
		}
		start := i
		if headerAt >= 0 {
			start = i + 1
		}
		var rows []lineRow
		section, units := "", ""
		k := start
		for ; k < len(lines); k++ {
			l, fs := alignedTail(text, lines[k][0], lines[k][1])
			raw := strings.TrimSpace(text[lines[k][0]:lines[k][1]])
			if fs == nil {
				if raw == "" || len(raw) > 80 || strings.ContainsAny(raw[len(raw)-1:], ".!?:") || k+1 >= len(lines) {
					break
				}
				// A label alone heads the rows under it, if a row follows.
				if _, next := alignedTail(text, lines[k+1][0], lines[k+1][1]); next == nil {
					break
				}
				if unitWordRe.MatchString(raw) {
					units = raw
				} else {
					section = raw
				}
				continue
			}
			if len(fs) != n {
				break
			}
			rows = append(rows, lineRow{k, l, fs, section, units})
		}
		if len(rows) < 2 {
			continue
		}
		firstLine := start
		if headerAt >= 0 {
			firstLine = headerAt
		}
		if headerAt < 0 && start > 0 && rows[len(rows)-1].sect != "" {
			// Rows under sections: the label alone above the first row
			// is the first section, no caption.
			if l := strings.TrimSpace(text[lines[start-1][0]:lines[start-1][1]]); l != "" && len(l) <= 80 && !strings.ContainsAny(l[len(l)-1:], ".!?:") {
				for j := range rows {
					if rows[j].sect != "" {
						break
					}
					rows[j].sect = l
				}
				firstLine = start - 1
			}
		}
		caption := captionOf(text, lines, firstLine, rows[len(rows)-1].k)
		header := ""
		if headerAt >= 0 {
			header = strings.TrimSpace(text[lines[headerAt][0]:lines[headerAt][1]]) + "\n"
		}
		for _, lr := range rows {
			r := Row{Start: lines[lr.k][0], Top: lines[firstLine][0], Label: lr.label, Form: Aligned, Caption: caption, Section: lr.sect,
				Header: header + lr.units + "\n"}
			r.End = lr.figs[len(lr.figs)-1].end
			r.Run = strings.TrimSpace(text[lr.figs[0].start:r.End])
			r.Percent = strings.Contains(r.Label, "%") || isPercentLabel(lr.units)
			for j, f := range lr.figs {
				c := Cell{Start: f.start, End: f.end, Text: f.s, Percent: r.Percent || strings.HasSuffix(f.s, "%")}
				if heads != nil {
					c.Head = heads[j]
				}
				r.Cells = append(r.Cells, c)
			}
			out = append(out, r)
		}
		i = k - 1
	}
	return out
}

// minColumnRows is the fewest rows read as a table of one column of
// figures, under its header.
const minColumnRows = 2

// columnRows returns the rows of the tables of one column of text: at
// least minColumnRows lines, each a label and one figure apart by a space
// ("State Pension 12,579,000"), under a line of words that heads them
// ("Benefit Number of claimants"), which holds no figure and is no
// sentence; the header's words for the label's column and the figures'
// are not told apart, so the cells take no column's header.
func columnRows(text string) []Row {
	lines := lineSpans(text)
	var out []Row
	for i := 1; i < len(lines); i++ {
		head := strings.TrimSpace(text[lines[i-1][0]:lines[i-1][1]])
		if head == "" || len(head) > 80 || head[0] < 'A' || head[0] > 'Z' || strings.ContainsAny(head, "0123456789|") || strings.ContainsAny(head[len(head)-1:], ".!?:") {
			continue
		}
		k := i
		for k < len(lines) {
			// A row's label writes no figure, and its cell is no year: a
			// headline's lines ("compared with 12.5% in 2022") are none.
			l, fs := tailOfAtLeast(text, lines[k][0], lines[k][1], 1)
			if len(fs) != 1 || strings.ContainsAny(l, "0123456789%") || len(fs[0].s) == 4 && isYear(fs[0].s) {
				break
			}
			k++
		}
		if k-i < minColumnRows {
			continue
		}
		caption := captionOf(text, lines, i-1, k-1)
		for j := i; j < k; j++ {
			l, fs := tailOfAtLeast(text, lines[j][0], lines[j][1], 1)
			r := Row{Start: lines[j][0], Top: lines[i-1][0], End: fs[0].end, Label: l, Form: Aligned, Caption: caption,
				Header: head + "\n", Run: fs[0].s}
			r.Percent = strings.Contains(l, "%") || isPercentLabel(head)
			r.Cells = []Cell{{Start: fs[0].start, End: fs[0].end, Text: fs[0].s, Percent: r.Percent || strings.HasSuffix(fs[0].s, "%")}}
			out = append(out, r)
		}
		i = k
	}
	return out
}

// allRows returns the rows of every form of table in text, in order; a
// line read as a glued row is read no other way.
func allRows(text string) []Row {
	out := gluedRows(text)
	taken := func(r Row) bool {
		for _, o := range out {
			if r.Start < o.End && o.Start < r.End {
				return true
			}
		}
		return false
	}
	n := len(out)
	for _, r := range pipeRows(text) {
		if !taken(r) {
			out = append(out, r)
		}
	}
	for _, r := range alignedRows(text) {
		if !taken(r) {
			out = append(out, r)
		}
	}
	for _, r := range columnRows(text) {
		if !taken(r) {
			out = append(out, r)
		}
	}
	if len(out) > n {
		sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	}
	return out
}

// gridRowsIn returns the rows of the pipe and aligned tables of
// text[from:to], at their offsets in text.
func gridRowsIn(text string, from, to int) []Row {
	rows := append(append(pipeRows(text[from:to]), alignedRows(text[from:to])...), columnRows(text[from:to])...)
	for i := range rows {
		r := &rows[i]
		r.Start += from
		r.Top += from
		r.End += from
		for j := range r.Cells {
			r.Cells[j].Start += from
			r.Cells[j].End += from
		}
	}
	return rows
}
