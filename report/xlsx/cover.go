package xlsx

import (
	"fmt"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// maxHeadlines is the most headline figures the Cover lists.
const maxHeadlines = 40

// A sheetWriter writes rows of cells on a sheet written with the ordinary
// (not streaming) excelize API, keeping the first error.
type sheetWriter struct {
	b     *book
	sheet string
	row   int
	err   error
}

// set writes v into column col of the current row with a style (0 for
// none); text is checked.
func (s *sheetWriter) set(col int, v any, style int) {
	if s.err != nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(col, s.row)
	if t, ok := v.(string); ok {
		t, s.err = checkText(s.sheet+" "+cell, t)
		if s.err != nil {
			return
		}
		v = t
	}
	if s.err = s.b.f.SetCellValue(s.sheet, cell, v); s.err != nil {
		return
	}
	if style != 0 {
		s.err = s.b.f.SetCellStyle(s.sheet, cell, cell, style)
	}
}

// link makes the cell in column col of the current row a hyperlink to a
// place in the book ("Indicators!A5", made by sheetRef).
func (s *sheetWriter) link(col int, location string) {
	if s.err != nil || location == "" {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(col, s.row)
	s.err = s.b.f.SetCellHyperLink(s.sheet, cell, location, "Location")
}

// url writes a URL into column col of the current row: a hyperlink with
// the link style if it is a web URL (webURL), else plain text.
func (s *sheetWriter) url(col int, u string, linkStyle, plainStyle int) {
	if u == "" {
		return
	}
	if !webURL(u) {
		s.set(col, u, plainStyle)
		return
	}
	s.set(col, u, linkStyle)
	if s.err != nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(col, s.row)
	s.err = s.b.f.SetCellHyperLink(s.sheet, cell, u, "External")
}

// writeCover writes the sheet the book opens on.
func (b *book) writeCover() error {
	f := b.f
	title, err := b.titleStyle()
	if err != nil {
		return err
	}
	sub, err := b.subtitleStyle()
	if err != nil {
		return err
	}
	label, err := b.style("label", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Color: "595959"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	linkSt, err := b.style("link", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	figure, err := b.style("figure", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12, Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	mono, err := b.style("mono", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: "Consolas", Size: 9}, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	wrap, err := b.style("wrap", func() *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	if err := f.SetColWidth(SheetCover, "A", "A", 24); err != nil {
		return err
	}
	if err := f.SetColWidth(SheetCover, "B", "B", 90); err != nil {
		return err
	}
	s := &sheetWriter{b: b, sheet: SheetCover, row: 1}
	var src *indicators.Source
	if len(b.c.Sources) > 0 {
		src = &b.c.Sources[0]
	}
	heading := "Briefing book"
	if src != nil && src.Title != "" {
		heading = src.Title
	}
	s.set(1, heading, title)
	s.row++
	s.set(1, fmt.Sprintf("Briefing book: the %d numeric claims of the document, typed and traced to its text, with %d derived figures and %d charts. Built by claimbook.",
		b.n, len(b.c.Derived), len(b.charts)), 0)
	if src != nil {
		s.row += 2
		s.set(1, "Source", sub)
		rows := []struct {
			k, v string
			st   int
		}{
			{"Title", src.Title, 0},
			{"Publisher", src.Publisher, 0},
			{"Issued", src.Issued.Long(), 0},
			{"URL", src.URL, linkSt},
			{"SHA-256 of the text", src.SHA256, mono},
		}
		for _, r := range rows {
			if r.v == "" {
				continue
			}
			s.row++
			s.set(1, r.k, label)
			if r.k == "URL" {
				s.url(2, r.v, linkSt, 0)
				continue
			}
			s.set(2, r.v, r.st)
		}
		if len(b.c.Sources) > 1 {
			s.row++
			s.set(1, "Other sources", label)
			s.set(2, fmt.Sprintf("%d more on the Sources sheet", len(b.c.Sources)-1), 0)
		}
	}
	s.row += 2
	s.set(1, "Contents", sub)
	contents := []struct{ sheet, what string }{
		{SheetIndicators, "Every figure of the document: value, hedge, unit, period, and the quote with its section and place in the text"},
		{SheetDerived, "Figures computed from others, as live formulas over the defined names; then the data the charts draw"},
		{SheetSources, "The documents quoted, with the fields of an Our World in Data origin and the SHA-256 of each text"},
		{SheetCharts, "Each chart view as a native chart, with a slide image beside it"},
	}
	if b.hasSeries() {
		contents = append(contents, struct{ sheet, what string }{SheetSeries, "Each series over time, one row per point with its source and quote, conflicts marked, and a chart"})
	}
	for _, c := range contents {
		s.row++
		s.set(1, c.sheet, linkSt)
		s.link(1, sheetRef(c.sheet, "A1"))
		s.set(2, c.what, 0)
	}
	s.row++
	s.set(1, "Defined names", label)
	names := "Each indicator has a name for formulas in your own sheets, such as =" + b.exampleName() + "; a range also has _LOW and _HIGH names."
	if b.renamed != "" {
		names += " An ID a spreadsheet would misread (TRUE, a cell such as A1 or R1C1, a leading digit) gets a leading underscore, and a very long one is cut: " + b.renamed + " is " + b.renamedTo + "."
	}
	s.set(2, names, wrap)
	if b.notes < b.n {
		s.row++
		s.set(1, "Notes", label)
		if b.notes == 0 {
			s.set(2, "The quotes are in the Quote column; no cell notes were written.", wrap)
		} else {
			s.set(2, fmt.Sprintf("The quotes are in the Quote column; the first %d indicators also have them as a note on the value.", b.notes), wrap)
		}
	}
	b.seriesCover(s, sub, linkSt, wrap)
	if len(b.c.Indicators) > 0 {
		s.row += 2
		s.set(1, "Headline figures", sub)
		s.row++
		s.set(1, "As the document states it; each links to its row.", 0)
		for i := range b.c.Indicators {
			if i == maxHeadlines {
				s.row++
				s.set(1, fmt.Sprintf("… and %d more on the Indicators sheet", b.n-maxHeadlines), 0)
				break
			}
			ind := &b.c.Indicators[i]
			s.row++
			s.set(1, ind.Label(), figure)
			s.link(1, rowRef(SheetIndicators, b.rowOf[ind.ID]))
			t := ind.Title
			if ind.Period.IsStated() {
				t += ", " + ind.Period.Label()
			}
			if ind.Status.IsCommitment() {
				t += " (" + ind.Status.String() + ")"
			}
			s.set(2, t, 0)
		}
	}
	return s.err
}

// exampleName is a defined name to show on the Cover.
func (b *book) exampleName() string {
	for i := range b.c.Indicators {
		if !b.c.Indicators[i].Quantity.IsRange() {
			return DefinedName(b.c.Indicators[i].ID)
		}
	}
	return "US_JAPAN_TRADE_2014"
}

// writeSources writes one row per source with the OWID origin fields.
func (b *book) writeSources() error {
	f := b.f
	head, err := b.headerStyle()
	if err != nil {
		return err
	}
	linkSt, err := b.style("link", nil)
	if err != nil {
		return err
	}
	mono, err := b.style("mono", nil)
	if err != nil {
		return err
	}
	wrap, err := b.style("wrap", nil)
	if err != nil {
		return err
	}
	hdr := []string{"ID", "Producer", "Title", "Date published", "Date accessed", "URL", "Citation", "SHA-256"}
	widths := []float64{18, 30, 40, 15, 15, 40, 50, 66}
	for i, w := range widths {
		col, _ := excelize.ColumnNumberToName(i + 1)
		if err := f.SetColWidth(SheetSources, col, col, w); err != nil {
			return err
		}
	}
	s := &sheetWriter{b: b, sheet: SheetSources, row: 1}
	for i, h := range hdr {
		s.set(i+1, h, head)
	}
	for _, src := range b.c.Sources {
		s.row++
		for i, v := range []string{src.ID, src.Publisher, src.Title, src.Issued.String(), src.Accessed.String(), src.URL, src.Citation, src.SHA256} {
			st := wrap
			switch i {
			case 5:
				s.url(i+1, v, linkSt, wrap)
				continue
			case 7:
				st = mono
			}
			if v != "" {
				s.set(i+1, v, st)
			}
		}
	}
	if s.err != nil {
		return s.err
	}
	if err := f.SetPanes(SheetSources, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if len(b.c.Sources) == 0 {
		return nil
	}
	return f.AddTable(SheetSources, &excelize.Table{Range: fmt.Sprintf("A1:H%d", len(b.c.Sources)+1), Name: "Sources", StyleName: "TableStyleMedium2"})
}
