// Package tablerow is claimbook's one reader of a table row whose cells
// run together: the drafter (indicators/extract) drafts each cell it reads,
// and verify (package indicators) checks a quote of such a row by it.
//
// The genre's pattern: a statistics web page's table, stored as text, loses
// the borders between its cells, so a row reads as its label and its
// figures written one against the other ("Deprivation13.716.617.3",
// "Holiday/Leisure/Recreation1,2501,485 1,4461,515", "October
// 2018109.0108.0"), and its header's words run together too ("Production
// IndexTurnover Index", "X-axis label202120222023").
//
// The rule, in one sentence: a row's run is split into cells where exactly
// one split writes every cell alike — the same count of decimals, thousands
// in comma groups of three wherever the table groups them (so a cell
// without a comma has at most three digits), a sign starting a cell — with
// a year at its front read as the row's label where a month names it or it
// opens the line, and with the column count of the table's other
// determined rows, or of its header's periods or words, where the run
// alone allows more than one; where two splits remain, the row is not determined and
// nothing is split.
package tablerow

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A Cell is one figure of a row, as the text writes it.
type Cell struct {
	Start, End int    // byte offsets in the text
	Text       string // "17.3", "1,485", "-0.2"
	Head       string // its column's header ("2023", "Jul - Sep 2015"), or ""
	// Unit is the cell's column's line of units under the header
	// ("number", "% change"), or "".
	Unit string
	// Percent says the cell is a percent: its row's, its column's label
	// or unit, or the cell itself writes "%".
	Percent bool
	// Group is the header over the cell's run of columns where the
	// table's cells stand in runs apart by spaces, each under a phrase of
	// the line above the columns' headers ("Overseas trips to Ireland"
	// over "Jul - Sep 2014Jul - Sep 2015"), or "".
	Group string
}

// A Row is a line of a table whose cells run together.
type Row struct {
	Start, End int    // the line's byte span, its trailing spaces left out
	Label      string // the row's label: "Deprivation", "October 2018", "" for none
	Run        string // the first run of figures that is no one number, or the first run
	// Cells are the row's cells where the split is determined, else nil.
	Cells []Cell
	// Ways are, where the row is not determined, up to two of its
	// splits, each its cells' texts; none where no split writes every
	// cell alike.
	Ways [][]string
	// Percent says the cells are percents: the row's label or the
	// table's header writes "%" ("Annual % change").
	Percent bool
	// Header is the table's header lines above its first row, as
	// written (where a scale mark such as "'000" stands).
	Header string
	// Form is how the table writes its cells.
	Form Form
	// Caption is the table's caption, its "Table N:" lead cut off
	// ("Parliamentary and local government electoral registrations,
	// December 2021"), or "".
	Caption string
	// Top is where the table's first line starts (its header's, or its
	// first row's), for a pipe or aligned table: the lines from Top to
	// the row are the table's header, units and sections.
	Top int
	// Section is the label of the row with a label alone above the row,
	// which heads the rows under it ("All ages"), or "".
	Section string
}

// Determined reports whether the row's cells are read.
func (r Row) Determined() bool { return r.Cells != nil }

// Rows returns the rows of the tables of text, of every form, in order.
func Rows(text string) []Row { return allRows(text) }

// gluedRows returns the rows of the tables of text whose cells run
// together, in order. A table is a block of lines between blank lines; it
// is read only where one of its rows runs cells together (a run that is no
// one number, or one split into more cells than it has runs).
func gluedRows(text string) []Row {
	var out []Row
	for at := 0; at < len(text); {
		end := blockEnd(text, at)
		if hasGluedLine(text[at:end]) {
			out = append(out, readBlock(text, at, end)...)
		}
		at = end
		for at < len(text) && text[at] == '\n' {
			at++
		}
	}
	return out
}

// maxBlock is how far, in bytes, a table's block is looked for around a
// position when no blank line comes sooner.
const maxBlock = 4000

// RowAt returns the row of a table whose cells run together that holds
// byte offset at of text, if there is one.
func RowAt(text string, at int) (Row, bool) {
	if at < 0 || at > len(text) {
		return Row{}, false
	}
	from := max(0, at-maxBlock)
	if i := strings.LastIndex(text[from:at], "\n\n"); i >= 0 {
		from += i + 2
	}
	// Start on a line's start.
	if from > 0 && text[from-1] != '\n' {
		if i := strings.IndexByte(text[from:at], '\n'); i >= 0 {
			from += i + 1
		}
	}
	to := min(len(text), at+maxBlock)
	if i := strings.Index(text[at:to], "\n\n"); i >= 0 {
		to = at + i
	} else if to < len(text) {
		to = from + strings.LastIndexByte(text[from:to], '\n') + 1
	}
	if to <= from {
		return Row{}, false
	}
	if hasGluedLine(text[from:to]) {
		for _, r := range readBlock(text, from, to) {
			if r.Start <= at && at <= r.End {
				return r, true
			}
		}
	}
	for _, r := range gridRowsIn(text, from, to) {
		if r.Start <= at && at <= r.End {
			return r, true
		}
	}
	return Row{}, false
}

// blockEnd returns the end of the block of lines starting at at: the
// start of the next blank line, or the text's end.
func blockEnd(text string, at int) int {
	if i := strings.Index(text[at:], "\n\n"); i >= 0 {
		return at + i + 1
	}
	return len(text)
}

// hasGluedLine reports whether a line of block could be a row whose run is
// no one number (a cheap first look: two decimal points in a run, or a
// comma group not three digits long).
func hasGluedLine(block string) bool {
	for block != "" {
		line := block
		if i := strings.IndexByte(block, '\n'); i >= 0 {
			line, block = block[:i], block[i+1:]
		} else {
			block = ""
		}
		line = strings.TrimRight(line, " \t\r")
		if line == "" || !isDigit(line[len(line)-1]) {
			continue
		}
		if c, ok := rowOf(line); ok && c.split {
			return true
		}
	}
	return false
}

// A group is a run of figures apart by spaces, and its offset in its line.
type group struct {
	s  string
	at int
}

// A tail is a line's label and the runs of figures after it.
type tail struct {
	label  string
	groups []group
	glued  bool // the first run is glued to the label
}

// tailOf splits line into its label and the runs of figures that end it.
// The first run must be glued to a label's letter, "%" or ")" (or open
// the line): a sentence's figures stand apart from its words.
func tailOf(line string) (tail, bool) {
	i := len(line)
	for i > 0 && (isFigureByte(line[i-1]) || line[i-1] == ' ') {
		i--
	}
	for i < len(line) && line[i] == ' ' {
		i++
	}
	if i == len(line) {
		return tail{}, false
	}
	if i > 0 && line[i-1] != ' ' && !isLabelEnd(line[:i]) {
		return tail{}, false
	}
	t := tail{label: strings.TrimSpace(line[:i]), glued: i == 0 || line[i-1] != ' '}
	for j := i; j < len(line); {
		k := strings.IndexByte(line[j:], ' ')
		if k < 0 {
			k = len(line) - j
		}
		if k > 0 {
			t.groups = append(t.groups, group{line[j : j+k], j})
		}
		j += k + 1
	}
	for _, g := range t.groups {
		if !isDigit(g.s[len(g.s)-1]) || !isDigit(g.s[0]) && !(g.s[0] == '-' && len(g.s) > 1 && isDigit(g.s[1])) {
			return tail{}, false
		}
	}
	return t, len(t.groups) > 0
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

func isFigureByte(b byte) bool { return isDigit(b) || b == '.' || b == ',' || b == '-' }

// isLabelEnd reports whether label may end where its first cell is glued
// to it: on a letter, "%", ")" or "]".
func isLabelEnd(label string) bool {
	r, _ := utf8.DecodeLastRuneInString(label)
	return unicode.IsLetter(r) || r == '%' || r == ')' || r == ']'
}

// oneNumber reports whether the run of digits, points and commas r reads
// as one number: at most one decimal point, after every digit group, and
// each group after a thousands comma three digits long; a sign only at its
// start.
func oneNumber(r string) bool {
	r = strings.TrimPrefix(strings.TrimRight(r, ".,"), "-")
	if strings.Contains(r, "-") {
		return false // "-0.2-1.8"
	}
	intPart, frac, dotted := strings.Cut(r, ".")
	if dotted && strings.ContainsAny(frac, ".,") {
		return false // "13.716.617.3"
	}
	groups := strings.Split(intPart, ",")
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false // "1,2501,485"
		}
	}
	return !dotted || frac != ""
}

// minGluedRun is the shortest run read as cells run together: two cells
// of two digits and a point ("4.24.9"); a shorter one is a section's or a
// version's number ("A1.2.3").
const minGluedRun = 6

// rowOf reads line as a row of a table: its label and runs of figures,
// the first glued to the label or dated by it (dateLabel), and none a
// header of years.
func rowOf(line string) (candidate, bool) {
	t, ok := tailOf(line)
	if !ok {
		return candidate{}, false
	}
	c := candidate{label: t.label, groups: t.groups}
	if yearsOnly(c) {
		return candidate{}, false // a header of years: "X-axis label202120222023"
	}
	c, dated := dateLabel(c, line)
	if len(c.groups) == 0 || !t.glued && !dated {
		return candidate{}, false
	}
	for _, g := range c.groups {
		if len(g.s) >= minGluedRun && !oneNumber(g.s) || strings.Contains(g.s[1:], "-") {
			c.split = true
		}
	}
	return c, true
}

// A style is how a table writes its cells: the count of decimals, and
// whether thousands are grouped by commas.
type style struct {
	decimals int
	grouped  bool
}

// A candidate is a line of a block read as a row: its tail, where the
// label ends and the run starts.
type candidate struct {
	start, end int // the line in the text
	label      string
	groups     []group // offsets in the line
	split      bool    // a run is no one number
}

// readBlock reads the table rows of text[from:to].
func readBlock(text string, from, to int) []Row {
	var cands []candidate
	var lines [][2]int
	grouped := false
	for at := from; at < to; {
		e := strings.IndexByte(text[at:to], '\n')
		if e < 0 {
			e = to
		} else {
			e += at
		}
		lines = append(lines, [2]int{at, e})
		at = e + 1
	}
	for _, ln := range lines {
		line := strings.TrimRight(text[ln[0]:ln[1]], " \t\r")
		if line == "" || !isDigit(line[len(line)-1]) {
			continue
		}
		c, ok := rowOf(line)
		if !ok {
			continue
		}
		c.start, c.end = ln[0], ln[0]+len(line)
		for _, g := range c.groups {
			if strings.Contains(g.s, ",") {
				grouped = true
			}
		}
		cands = append(cands, c)
	}
	if len(cands) == 0 {
		return nil
	}
	// The header: the lines from the block's start to the first row; its
	// last line names the columns.
	header := HeaderAbove(text[lines[0][0]:cands[0].start])
	heads := headCells(lastLine(header))
	groupLine := groupLineOf(header)
	percentHead := strings.Contains(header, "%")

	type solved struct {
		ways  int
		cells [][]cellAt
	}
	sols := make([]solved, len(cands))
	count := -1 // the column count of the determined rows, -1 none yet, -2 they differ
	anySplit := false
	for i, c := range cands {
		ways, ex := solve(c, styleOf(c, grouped), 0)
		sols[i] = solved{ways, ex}
		if ways == 1 {
			n := len(ex[0])
			if n > len(c.groups) {
				anySplit = true
			}
			switch {
			case count == -1:
				count = n
			case count != n:
				count = -2
			}
		}
		if c.split {
			anySplit = true
		}
	}
	if !anySplit {
		return nil
	}
	// The column counts a row not determined alone may have: the
	// determined rows', else the header's periods, else its headers,
	// with or without the first (the labels' own header).
	var ns []int
	switch {
	case count > 0:
		ns = []int{count}
	case periodHeads(heads) > 0:
		ns = []int{periodHeads(heads)}
	case len(heads) >= 2:
		ns = []int{len(heads), len(heads) - 1}
	}
	var out []Row
	for i, c := range cands {
		s := sols[i]
		if s.ways != 1 && len(ns) > 0 {
			// Determined where one count allows one split and the
			// others none.
			var one *solved
			others := 0
			for _, n := range ns {
				ways, ex := solve(c, styleOf(c, grouped), n)
				switch {
				case ways == 1 && one == nil:
					one = &solved{ways, ex}
				case ways > 0:
					others++
				}
			}
			if one != nil && others == 0 {
				s = *one
			}
		}
		r := Row{Start: c.start, End: c.end, Label: c.label, Run: runOf(c), Header: header,
			Percent: percentHead || strings.Contains(c.label, "%")}
		line := text[c.start:c.end]
		if s.ways == 1 {
			cs := s.cells[0]
			hs := heads
			if len(hs) >= len(cs) {
				hs = hs[len(hs)-len(cs):]
			} else {
				hs = nil
			}
			var groups []string
			if len(c.groups) >= 2 {
				groups = phrasesOf(groupLine, len(c.groups))
			}
			for k, ca := range cs {
				cell := Cell{Start: c.start + ca.start, End: c.start + ca.end, Text: line[ca.start:ca.end], Percent: r.Percent}
				if hs != nil {
					cell.Head = hs[k]
				}
				if groups != nil {
					cell.Group = groups[ca.run]
				}
				r.Cells = append(r.Cells, cell)
			}
		} else {
			for _, w := range s.cells {
				var ts []string
				for _, ca := range w {
					ts = append(ts, line[ca.start:ca.end])
				}
				r.Ways = append(r.Ways, ts)
			}
		}
		out = append(out, r)
	}
	return out
}

// groupLineOf returns the line of a table's header above the line of its
// columns' headers that names the runs of columns: the nearest above it
// with a letter, not in parentheses ("(Base Year 2015 = 100)"); "" if
// there is none.
func groupLineOf(header string) string {
	lines := strings.Split(strings.TrimRight(header, " \t\r\n"), "\n")
	for i := len(lines) - 2; i >= 0; i-- {
		l := strings.TrimSpace(lines[i])
		if l == "" || l[0] == '(' || !strings.ContainsFunc(l, unicode.IsLetter) {
			continue
		}
		return l
	}
	return ""
}

// phraseEnds are the words no header's phrase ends on.
var phraseEnds = map[string]bool{"to": true, "by": true, "of": true, "for": true, "in": true, "and": true, "the": true, "a": true, "an": true, "on": true, "from": true, "with": true, "at": true, "or": true}

// phrasesOf splits a header line into k phrases, each starting with a
// capital and none ending on a word that needs one after it ("to",
// "by"): "Overseas trips to Ireland Trips by Irish residents overseas" is
// "Overseas trips to Ireland" and "Trips by Irish residents overseas".
// It returns nil unless exactly one split does.
func phrasesOf(line string, k int) []string {
	words := strings.Fields(line)
	if k < 2 || len(words) < k {
		return nil
	}
	var found []string
	ways := 0
	var walk func(i int, acc []string)
	walk = func(i int, acc []string) {
		if ways > 1 {
			return
		}
		if len(acc) == k-1 {
			p := words[i:]
			if phraseEnds[strings.ToLower(p[len(p)-1])] {
				return
			}
			ways++
			found = append(append([]string(nil), acc...), strings.Join(p, " "))
			return
		}
		for j := i + 1; j < len(words); j++ {
			r, _ := utf8.DecodeRuneInString(words[j])
			if !unicode.IsUpper(r) || phraseEnds[strings.ToLower(words[j-1])] {
				continue
			}
			walk(j, append(acc, strings.Join(words[i:j], " ")))
		}
	}
	walk(0, nil)
	if ways != 1 {
		return nil
	}
	return found
}

// headerAbove returns the lines of block, the lines above a table's first
// row, from just after the last that ends as a sentence does (a full stop,
// "!" or "?"): prose above a table is no header of it.
func HeaderAbove(block string) string {
	lines := strings.SplitAfter(block, "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		l := strings.TrimRight(lines[i], " \t\r\n")
		if l != "" && strings.ContainsAny(l[len(l)-1:], ".!?") {
			return strings.Join(lines[i+1:], "")
		}
	}
	return block
}

// lastLine returns the last non-blank line of s.
func lastLine(s string) string {
	s = strings.TrimRight(s, " \t\r\n")
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// runOf returns the first run of c that is no one number, else its first
// run.
func runOf(c candidate) string {
	for _, g := range c.groups {
		if !oneNumber(g.s) {
			return g.s
		}
	}
	return c.groups[0].s
}

// styleOf returns how row c writes its cells: the decimals of its last
// cell, and the thousands grouping of its table.
func styleOf(c candidate, grouped bool) style {
	last := c.groups[len(c.groups)-1].s
	st := style{grouped: grouped}
	if i := strings.LastIndexByte(last, '.'); i >= 0 {
		st.decimals = len(last) - i - 1
	}
	return st
}

// yearsOnly reports whether c is a header of years glued together:
// "202120222023" after a label, or years apart by spaces.
func yearsOnly(c candidate) bool {
	n := 0
	for _, g := range c.groups {
		s := g.s
		if len(s)%4 != 0 {
			return false
		}
		for i := 0; i < len(s); i += 4 {
			if !isYear(s[i : i+4]) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// isYear reports whether s is four digits of a year, 1900 to 2099.
func isYear(s string) bool {
	return len(s) == 4 && (s[:2] == "19" || s[:2] == "20") && isDigit(s[2]) && isDigit(s[3])
}

// dateLabel moves a year at the front of c's first run into its label
// where the label ends in a month's name or a quarter ("October
// 2018109.0108.0", "May 2018 - July 201898.7102.3") or the line opens with
// the year ("2018109.0108.0"): the year dates the row, and is no cell.
func dateLabel(c candidate, line string) (candidate, bool) {
	g := c.groups[0]
	if len(g.s) < 4 || !isYear(g.s[:4]) {
		return c, false
	}
	words := strings.Fields(c.label)
	dated := c.label == ""
	if len(words) > 0 {
		w := strings.ToLower(strings.TrimRight(words[len(words)-1], "."))
		dated = monthWord(w) || len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4'
	}
	if !dated {
		return c, false
	}
	if len(g.s) == 4 {
		// The year stands apart: "2018 109.0 108.0" is a row of the year.
		c.label = strings.TrimSpace(line[:g.at+4])
		c.groups = c.groups[1:]
		return c, true
	}
	c.label = strings.TrimSpace(line[:g.at+4])
	c.groups[0] = group{g.s[4:], g.at + 4}
	if c.groups[0].s[0] != '-' && !isDigit(c.groups[0].s[0]) {
		c.groups = c.groups[1:]
	}
	return c, true
}

// monthWord reports whether w is a month's name or its abbreviation
// ("jul", "sept").
func monthWord(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, m := range lexicon.Months {
		if strings.HasPrefix(m, w) {
			return true
		}
	}
	return w == "sept"
}

// A cellAt is a cell's span in its line, and its run's index.
type cellAt struct{ start, end, run int }

// solve counts the splits of c's runs into cells written in style st,
// n cells in all (any count where n is 0), up to two, and returns up to
// two of them.
func solve(c candidate, st style, n int) (int, [][]cellAt) {
	// Per run, the splits by their count of cells.
	type part struct {
		ways  int
		cells [][]cellAt
	}
	per := make([]map[int]part, len(c.groups))
	for gi, g := range c.groups {
		m := map[int]part{}
		var walk func(i int, acc []cellAt)
		budget := 4096
		walk = func(i int, acc []cellAt) {
			if budget--; budget < 0 {
				return
			}
			if i == len(g.s) {
				k := len(acc)
				p := m[k]
				p.ways++
				if len(p.cells) < 2 {
					p.cells = append(p.cells, append([]cellAt(nil), acc...))
				}
				m[k] = p
				return
			}
			for _, j := range cellEnds(g.s, i, st) {
				walk(j, append(acc, cellAt{g.at + i, g.at + j, gi}))
			}
		}
		walk(0, nil)
		if budget < 0 {
			return 2, nil // too many to count: not determined
		}
		per[gi] = m
	}
	// Across runs, by the total count.
	type acc struct {
		ways  int
		cells [][]cellAt
	}
	cur := map[int]acc{0: {1, [][]cellAt{nil}}}
	for _, m := range per {
		next := map[int]acc{}
		for k, a := range cur {
			for k2, p := range m {
				t := next[k+k2]
				t.ways = min(2, t.ways+min(2, a.ways*p.ways))
				for _, x := range a.cells {
					for _, y := range p.cells {
						if len(t.cells) < 2 {
							t.cells = append(t.cells, append(append([]cellAt(nil), x...), y...))
						}
					}
				}
				next[k+k2] = t
			}
		}
		cur = next
	}
	if n > 0 {
		a := cur[n]
		return a.ways, a.cells
	}
	total := 0
	var cells [][]cellAt
	for k := range 64 {
		a, ok := cur[k]
		if !ok {
			continue
		}
		total = min(2, total+a.ways)
		for _, x := range a.cells {
			if len(cells) < 2 {
				cells = append(cells, x)
			}
		}
	}
	return total, cells
}

// cellEnds returns the ends j of every cell s[i:j] written in style st: a
// sign, an integer part ("0", or no leading zero; in comma groups of three
// after one to three digits where the table groups thousands), and st's
// decimals after a point.
func cellEnds(s string, i int, st style) []int {
	if i < len(s) && s[i] == '-' {
		i++
	}
	if i >= len(s) || !isDigit(s[i]) {
		return nil
	}
	var ints []int // the ends of the integer part
	if s[i] == '0' {
		ints = []int{i + 1}
	} else if st.grouped {
		for k := i + 1; k <= len(s) && k <= i+3 && isDigit(s[k-1]); k++ {
			ints = append(ints, k)
		}
		// Comma groups after the lead digits.
		for len(ints) > 0 {
			e := ints[len(ints)-1]
			if e+4 <= len(s) && s[e] == ',' && isDigit(s[e+1]) && isDigit(s[e+2]) && isDigit(s[e+3]) {
				ints = append(ints, e+4)
				continue
			}
			break
		}
	} else {
		for k := i + 1; k <= len(s) && isDigit(s[k-1]); k++ {
			ints = append(ints, k)
		}
	}
	var out []int
	for _, e := range ints {
		if st.decimals == 0 {
			if e < len(s) && (s[e] == '.' || s[e] == ',' && st.grouped) {
				continue
			}
			if e < len(s) && s[e] == ',' {
				continue
			}
			out = append(out, e)
			continue
		}
		if e < len(s) && s[e] == '.' && e+1+st.decimals <= len(s) {
			ok := true
			for k := e + 1; k < e+1+st.decimals; k++ {
				ok = ok && isDigit(s[k])
			}
			if ok {
				out = append(out, e+1+st.decimals)
			}
		}
	}
	return out
}

// headCells splits a table's header line into its column headers where
// their words run together: at a lower-case letter, digit or ")" glued to
// a capital ("Production IndexTurnover Index", "journeyJul"), at a letter
// glued to a digit ("label2021"), between years glued together
// ("202120222023"), and after a year a capital follows ("Jul - Sep 2015
// Jul - Sep 2014").
func headCells(line string) []string {
	var out []string
	cut := 0
	emit := func(e int) {
		if s := strings.TrimSpace(line[cut:e]); s != "" {
			out = append(out, s)
		}
		cut = e
	}
	for i := 1; i < len(line); i++ {
		a, b := line[i-1], line[i]
		switch {
		case (a >= 'a' && a <= 'z' || isDigit(a) || a == ')') && b >= 'A' && b <= 'Z':
			emit(i)
		case (a >= 'a' && a <= 'z' || a >= 'A' && a <= 'Z') && isDigit(b) && i+4 <= len(line) && isYear(line[i:i+4]):
			emit(i)
		case isDigit(b) && i >= cut+4 && isYear(line[i-4:i]) && i+4 <= len(line) && isYear(line[i:i+4]) && (i-4 == cut || !isDigit(line[i-5])):
			emit(i)
		case b == ' ' && i >= 4 && isYear(line[i-4:i]) && i+1 < len(line) && line[i+1] >= 'A' && line[i+1] <= 'Z':
			emit(i)
		}
	}
	emit(len(line))
	return out
}

// periodHeads returns the count of heads that end in a year, where at
// least two do (the columns of a table of periods), else 0.
func periodHeads(heads []string) int {
	n := 0
	for _, h := range heads {
		if len(h) >= 4 && isYear(h[len(h)-4:]) {
			n++
		}
	}
	if n < 2 {
		return 0
	}
	return n
}
