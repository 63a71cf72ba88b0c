package extract

import (
	"fmt"
	"strings"
)

// This file holds the reader of table rows whose cells run together.
//
// The genre's pattern: a web page's table or chart data, copied as text,
// loses the borders between its cells, so a row reads as its label and its
// figures written one against the other ("Deprivation13.716.617.3",
// "Holiday/Leisure/Recreation1,2501,485 1,4461,515", "X-axis
// label202120222023"). Such a run is no one number: it has two decimal
// points, or a digit group after a thousands comma that is not three
// digits long. Where the cells begin is not in the text (a column count
// and each cell's decimals would have to be guessed), so the figures are
// not drafted; the row is named in a comment, never lost in silence, and
// the figures the extractor reads inside it (a fragment such as "1122" of
// "2,1122,186") are not drafted as figures of their own.

// A gluedRow is a line of the text whose last cells run together: its
// byte span and the run that is no one number.
type gluedRow struct {
	start, end int
	run        string
}

// gluedRows returns the lines of text that end in a table row's cells run
// together (gluedRun), in order.
func gluedRows(text string) []gluedRow {
	var rows []gluedRow
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		if line := strings.TrimRight(text[at:end], " \t\r"); line != "" && line[len(line)-1] >= '0' && line[len(line)-1] <= '9' {
			if run := gluedRun(line); run != "" {
				rows = append(rows, gluedRow{start: at, end: end, run: run})
			}
		}
		at = end + 1
	}
	return rows
}

// minGluedRun is the shortest run read as cells run together: two cells
// of two digits and a point ("4.24.9"); a shorter one is a section's or a
// version's number ("A1.2.3").
const minGluedRun = 6

// gluedRun returns the first run of figures at the end of line that is
// glued to a letter (the row's label) or follows such a run, and is no
// one number (oneNumber); "" if there is none. Only the line's tail of
// runs of digits, points and commas, apart by spaces, is read: a
// sentence's figures stand among words.
func gluedRun(line string) string {
	fields := strings.Fields(line)
	if len(fields) == 0 {
		return ""
	}
	// The tail of number runs, the first of them glued to the label.
	first := len(fields)
	for first > 0 && numberRun(fields[first-1]) {
		first--
	}
	if first == 0 {
		return ""
	}
	label := fields[first-1]
	i := len(label)
	for i > 0 && strings.IndexByte("0123456789.,", label[i-1]) >= 0 {
		i--
	}
	if i == 0 || i == len(label) || !isLetterByte(label[i-1]) && label[i-1] < 0x80 {
		return ""
	}
	runs := append([]string{strings.TrimLeft(label[i:], ".,")}, fields[first:]...)
	for _, r := range runs {
		if len(r) >= minGluedRun && !oneNumber(r) {
			return r
		}
	}
	return ""
}

// numberRun reports whether w is made of digits, points and commas only,
// and starts with a digit.
func numberRun(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if strings.IndexByte("0123456789.,", w[i]) < 0 {
			return false
		}
	}
	return true
}

// oneNumber reports whether the run of digits, points and commas r reads
// as one number: at most one decimal point, after every digit group, and
// each group after a thousands comma three digits long.
func oneNumber(r string) bool {
	r = strings.TrimRight(r, ".,") // a sentence's full stop or comma
	intPart, frac, dotted := strings.Cut(r, ".")
	if dotted && strings.ContainsAny(frac, ".,") {
		return false // "13.716.617.3", "4.24.93.6"
	}
	groups := strings.Split(intPart, ",")
	for _, g := range groups[1:] {
		if len(g) != 3 {
			return false // "1,2501,485"
		}
	}
	return !dotted || frac != ""
}

// gluedRowNote is the comment that names a row whose cells run together.
func gluedRowNote(text string, row gluedRow, source string) string {
	line := strings.Join(strings.Fields(text[row.start:row.end]), " ")
	return fmt.Sprintf("not drafted: %s in %s (a table row whose cells run together: %q is no one number, and where its cells begin is not written; write its figures by hand)", line, source, row.run)
}

// gluedNotes writes the comments of a document's glued rows among the
// claims, each before the first figure after its row starts.
type gluedNotes struct {
	text, source string
	rows         []gluedRow
	next         int // the first row not yet written
}

// newGluedNotes finds the glued rows of text, a document of source.
func newGluedNotes(text, source string) *gluedNotes {
	return &gluedNotes{text: text, source: source, rows: gluedRows(text)}
}

// before appends to out the comment of every row not yet written that
// starts before the figure m ends, and reports whether m lies in one of
// the rows: a fragment of a row's run, which is no figure of its own.
func (g *gluedNotes) before(out []claim, m Mention) ([]claim, bool) {
	for g.next < len(g.rows) && g.rows[g.next].start < m.Span.End {
		out = append(out, claim{skip: gluedRowNote(g.text, g.rows[g.next], g.source)})
		g.next++
	}
	for _, r := range g.rows[:g.next] {
		if m.Span.Start >= r.start && m.Span.End <= r.end {
			return out, true
		}
	}
	return out, false
}

// rest appends to out the comments of the rows after the last figure.
func (g *gluedNotes) rest(out []claim) []claim {
	for ; g.next < len(g.rows); g.next++ {
		out = append(out, claim{skip: gluedRowNote(g.text, g.rows[g.next], g.source)})
	}
	return out
}
