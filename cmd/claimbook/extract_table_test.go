package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"testing"
	"text/tabwriter"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/extract"
)

// tabwriterTable is the -format text table as text/tabwriter writes it, a
// block of tableBlock rows at a time: the reference the table writer must
// match byte for byte.
func tabwriterTable(ms []extract.Mention, rs []extract.MentionRunes) string {
	var b bytes.Buffer
	tw := tabwriter.NewWriter(&b, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "SPAN\tKIND\tFIGURE\tQUALIFIER\tUNIT\tDIRECTION\tYEAR\tTEXT")
	for i, m := range ms {
		q := m.Quantity
		num := func(d indicators.Decimal) string { return string(appendTableNumber(nil, d, q.Scale)) }
		fig := num(q.Value)
		if q.IsRange() {
			fig = num(q.Low) + " – " + num(q.High)
		}
		year := ""
		if m.Year != 0 {
			year = strconv.Itoa(m.Year)
		}
		fmt.Fprintf(tw, "%d-%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", rs[i].Span.Start, rs[i].Span.End, m.Kind, fig, q.Qualifier, dash(m.Unit.String()),
			dash(q.Direction.String()), dash(year), strings.Join(strings.Fields(m.Text), " "))
		if (i+1)%tableBlock == 0 {
			tw.Flush()
		}
	}
	tw.Flush()
	return b.String()
}

// TestTableWriterAligns checks the table of -format text against
// text/tabwriter's alignment, over more than two blocks of rows with
// ranges, hedges, wide characters (–, ℃) and line breaks inside mentions.
func TestTableWriterAligns(t *testing.T) {
	texts := []string{
		"Trade was $290 billion in 2012.",
		"Emissions fell 26–28\npercent; the 2 ℃ goal holds. Nearly 3,000 students and 12 countries joined.",
		"Exports rose 5 percent to $3 billion, up 1.5 percentage points, to 40,000 U.S. jobs.",
	}
	var e extract.Extractor
	for _, n := range []int{1, 3, 1200} {
		text := strings.Repeat(strings.Join(texts, "\n\n")+"\n\n", n)
		var ms []extract.Mention
		var rs []extract.MentionRunes
		if err := e.StreamRunes(strings.NewReader(text), func(m extract.Mention, r extract.MentionRunes) error {
			ms, rs = append(ms, m), append(rs, r)
			return nil
		}); err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		tw := newTableWriter(&b, "doc.txt", false)
		for i, m := range ms {
			if err := tw.write(m, rs[i]); err != nil {
				t.Fatal(err)
			}
		}
		if err := tw.close(); err != nil {
			t.Fatal(err)
		}
		if got, want := b.String(), tabwriterTable(ms, rs); got != want {
			gl, wl := strings.Split(got, "\n"), strings.Split(want, "\n")
			for i := range min(len(gl), len(wl)) {
				if gl[i] != wl[i] {
					t.Errorf("table of %d mentions, line %d = %q, want %q", len(ms), i+1, gl[i], wl[i])
					break
				}
			}
			if len(gl) != len(wl) {
				t.Errorf("table of %d mentions has %d lines, want %d", len(ms), len(gl), len(wl))
			}
		}
	}
}

// TestAppendFields checks that appendFields joins the words of a text as
// strings.Fields splits them, by single spaces, after what b holds.
func TestAppendFields(t *testing.T) {
	for _, text := range []string{
		"", " ", "a", "  two  words ", "line\nbreak\ttab", "nbsp\u00a0and\u2003em", "\u0085next", "x\xffy z", "end\r\n", "ünï  cödé",
	} {
		want := "> " + strings.Join(strings.Fields(text), " ")
		if got := string(appendFields([]byte("> "), text)); got != want {
			t.Errorf("appendFields(%q) = %q, want %q", text, got, want)
		}
	}
}
