package xlsx

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestCoverWraps: the Cover's heading (a long document title) and its
// Contents' descriptions wrap within the printed page, in rows tall
// enough for their lines, rather than run off its right edge.
func TestCoverWraps(t *testing.T) {
	c := usjapan2015.Catalog()
	long := "Joint Statement on Cooperation for a More Prosperous and Stable World, with Annexes on Trade, Investment, Climate, Health Security and Development Finance for the Coming Decade"
	for i := range c.Sources {
		c.Sources[i].Title = long
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got, _ := f.GetCellValue(SheetCover, "A1"); got != long {
		t.Fatalf("Cover!A1 = %q, want %q", got, long)
	}
	merged, _ := f.GetMergeCells(SheetCover)
	found := false
	for _, m := range merged {
		found = found || m.GetStartAxis() == "A1" && m.GetEndAxis() == "B1"
	}
	if !found {
		t.Errorf("Cover!A1 not merged across A1:B1 (merged: %d ranges)", len(merged))
	}
	wrapped := func(cell string) bool {
		id, _ := f.GetCellStyle(SheetCover, cell)
		st, _ := f.GetStyle(id)
		return st != nil && st.Alignment != nil && st.Alignment.WrapText
	}
	if !wrapped("A1") {
		t.Errorf("Cover!A1 (the heading) does not wrap")
	}
	if h, _ := f.GetRowHeight(SheetCover, 1); h < 40 {
		t.Errorf("Cover row 1 is %.0f points tall, want at least 40 (two lines of the heading)", h)
	}
	rows, _ := f.GetRows(SheetCover)
	for r, row := range rows {
		if len(row) > 1 && (row[0] == SheetSources || row[0] == SheetDerived) {
			cell := "B" + strconv.Itoa(r+1)
			if !wrapped(cell) {
				t.Errorf("Cover!%s (what %s holds: %q) does not wrap", cell, row[0], row[1])
			}
			if h, _ := f.GetRowHeight(SheetCover, r+1); lines(row[1], coverWidthB, false) > 1 && h < 2*lineHeight {
				t.Errorf("Cover row %d (%s) is %.0f points tall for %d lines", r+1, row[0], h, lines(row[1], coverWidthB, false))
			}
		}
	}
}

// TestCoverPages: a Cover a little taller than a page is fitted to one
// page (17 headline figures spilled three onto a page of their own), a
// much taller one breaks before its headline figures and fits them on a
// page of their own, and a short one is left as it is.
func TestCoverPages(t *testing.T) {
	for _, tc := range []struct {
		figures int
		fit     string // fitToHeight
		breaks  string // the rows a page breaks after
	}{
		{3, "0", ""},
		{24, "1", ""},
		{40, "0", "headline"},
	} {
		var stated []string
		for i := range tc.figures {
			stated = append(stated, strconv.Itoa(i+1)+" percent")
		}
		book, parts := writeParts(t, manySources(t, 1, stated...))
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		want := tc.breaks
		if want == "headline" {
			cell := cellOf(t, f, SheetCover, "Headline figures")
			_, row, _ := excelize.CellNameToCoordinates(cell)
			want = strconv.Itoa(row - 1)
		}
		f.Close()
		xml := parts["xl/worksheets/sheet1.xml"]
		if !strings.Contains(xml, `fitToHeight="`+tc.fit+`"`) {
			t.Errorf("%d figures: the Cover's page setup has no fitToHeight=%q", tc.figures, tc.fit)
		}
		var got []string
		for _, m := range regexp.MustCompile(`<brk id="(\d+)"`).FindAllStringSubmatch(xml, -1) {
			got = append(got, m[1])
		}
		if strings.Join(got, " ") != want {
			t.Errorf("%d figures: the Cover breaks after rows %q, want %q", tc.figures, got, want)
		}
	}
}

// TestCoverFigureFits: a headline figure is a link, and LibreOffice does
// not wrap a linked cell (it ran "over 605,000 future cervical cancer
// deat…" under column B, above an empty line), so column A is made wide
// enough for each figure on one line, and B narrower by as much: the two
// keep the page's width.
func TestCoverFigureFits(t *testing.T) {
	for _, stated := range []string{
		"$1 billion",
		"over 605,000 future cervical cancer deaths",
		"17.4 deaths averted per 1,000 children vaccinated",
		"17 structural benchmarks", // sized the column, then was taken for too long
	} {
		c := usjapan2015.Catalog()
		listAll(c) // the Cover lists every figure of a catalog of no headline view
		c.Indicators[0].Stated = stated
		fig := coverFigure(&c.Indicators[0])
		book, _ := writeParts(t, c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		a, _ := f.GetColWidth(SheetCover, "A")
		b, _ := f.GetColWidth(SheetCover, "B")
		// One line: the width that sizes column A (figureWidth) holds it.
		if w := figureWidth(fig); w > a {
			t.Errorf("Cover figure %q needs column A %v wide for one line, it is %v", fig, w, a)
		}
		if a+b > coverWidth {
			t.Errorf("Cover columns A and B (figure %q) are %v + %v wide, past the page's %v", fig, a, b, coverWidth)
		}
		cell := cellOf(t, f, SheetCover, fig)
		if ok, _, _ := f.GetCellHyperLink(SheetCover, cell); !ok {
			t.Errorf("Cover!%s (figure %q, column A %v wide) is no link, want a link to its row", cell, fig, a)
		}
		_, r, _ := excelize.CellNameToCoordinates(cell)
		if h, _ := f.GetRowHeight(SheetCover, r); h > 2*lineHeight-1 {
			t.Errorf("Cover row %d (figure %q) is %v points tall, for one line", r, fig, h)
		}
		f.Close()
	}
}

// TestCoverLongFigure: a headline figure too long for one line of column
// A at its widest is written whole as text that wraps, in a row as tall
// as its lines, and not as a link, which LibreOffice would cut; its
// title, on one line, links to its row instead.
func TestCoverLongFigure(t *testing.T) {
	c := usjapan2015.Catalog()
	listAll(c) // the Cover lists every figure of a catalog of no headline view
	c.Indicators[0].Stated = "more than 17.4 deaths averted per 1,000 children vaccinated against measles"
	fig := coverFigure(&c.Indicators[0])
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	cell := cellOf(t, f, SheetCover, fig)
	a, _ := f.GetColWidth(SheetCover, "A")
	n := lines(fig, a*11/12, true)
	if n < 2 {
		t.Fatalf("Cover figure %q takes %d lines of column A (%v wide), want 2 or more for this test", fig, n, a)
	}
	if ok, target, _ := f.GetCellHyperLink(SheetCover, cell); ok {
		t.Errorf("Cover!%s (figure %q) links to %q, want text that wraps", cell, fig, target)
	}
	st, _ := f.GetCellStyle(SheetCover, cell)
	if s, _ := f.GetStyle(st); s.Alignment == nil || !s.Alignment.WrapText {
		t.Errorf("Cover!%s (figure %q) does not wrap", cell, fig)
	}
	_, r, _ := excelize.CellNameToCoordinates(cell)
	if h, _ := f.GetRowHeight(SheetCover, r); h < float64(n*lineHeight) {
		t.Errorf("Cover row %d (figure %q) is %v points tall, want %d lines", r, fig, h, n)
	}
	title, _ := excelize.CoordinatesToCellName(2, r)
	if ok, target, _ := f.GetCellHyperLink(SheetCover, title); !ok || target != rowRef(SheetIndicators, 2) {
		t.Errorf("Cover!%s (the title of figure %q) links to %q, want %q", title, fig, target, rowRef(SheetIndicators, 2))
	}
}
