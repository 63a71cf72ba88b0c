package xlsx

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
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

// merge merges the cell in column 1 of the current row with those to its
// right, up to column cols.
func (s *sheetWriter) merge(cols int) {
	if s.err != nil {
		return
	}
	from, _ := excelize.CoordinatesToCellName(1, s.row)
	to, _ := excelize.CoordinatesToCellName(cols, s.row)
	s.err = s.b.f.MergeCell(s.sheet, from, to)
}

// height makes the current row n lines high, if it is more than one and
// more than the row has: spreadsheets do not grow rows with wrapped text
// on opening a file.
func (s *sheetWriter) height(n int) {
	if s.err != nil || n <= 1 {
		return
	}
	h := float64(n * lineHeight)
	if cur, err := s.b.f.GetRowHeight(s.sheet, s.row); err == nil && cur >= h {
		return
	}
	s.err = s.b.f.SetRowHeight(s.sheet, s.row, h)
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

// urlShown is url with the cell showing shown, a shorter form of a web
// URL (shortURL); the link holds all of u. Anything but a web URL is
// written whole, as plain text.
func (s *sheetWriter) urlShown(col int, u, shown string, linkStyle, plainStyle int) {
	if u == "" {
		return
	}
	if !webURL(u) {
		s.set(col, u, plainStyle)
		return
	}
	s.set(col, shown, linkStyle)
	if s.err != nil {
		return
	}
	cell, _ := excelize.CoordinatesToCellName(col, s.row)
	s.err = s.b.f.SetCellHyperLink(s.sheet, cell, u, "External")
}

// urlBreaks marks where LibreOffice breaks a wrapped URL: after "/" and
// "-", before "%".
var urlBreaks = strings.NewReplacer("/", "/ ", "-", "- ", "%", " %")

// writeCover writes the sheet the book opens on.
func (b *book) writeCover() error {
	f := b.f
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
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12, Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	// A figure too long for column A on one line is no link, which
	// LibreOffice would not wrap, but text that wraps (figureText).
	figureText, err := b.style("figure-text", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: 12, Color: colorStated}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	sourceTitle, err := b.style("source-title", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
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
	wrap, err := b.wrapStyle()
	if err != nil {
		return err
	}
	// Column A holds the labels and the headline figures: as wide as the
	// widest figure (bold, 12 points) with the slack lines allows a word,
	// within bounds. A figure is a link, and LibreOffice never wraps a
	// linked cell: it runs under column B, cut off. So a wide figure
	// widens A, and B gives up as much, the page's width kept
	// (coverWidth); only a figure wider than coverMaxA still wraps.
	// Sized from the figures the list shows (headlines), not the
	// catalog's first: a headline further down the catalog was wrapped.
	list, viewed := b.headlines()
	shown := list[:min(len(list), maxHeadlines)]
	widthA := 24.0
	for _, e := range shown {
		widthA = max(widthA, min(figureWidth(e.fig), coverMaxA))
	}
	widthB := min(coverWidthB, coverWidth-widthA)
	if err := f.SetColWidth(SheetCover, "A", "A", widthA); err != nil {
		return err
	}
	if err := f.SetColWidth(SheetCover, "B", "B", widthB); err != nil {
		return err
	}
	// The heading wraps across A and B, the printed page's width: a long
	// document title stays on the page.
	headWrap, err := b.style("title-wrap", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Size: titleSize, Color: colorStated}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	s := &sheetWriter{b: b, sheet: SheetCover, row: 1}
	heading := b.coverHeading()
	s.set(1, heading, headWrap)
	s.merge(2)
	// As tall as its lines and a gap under them, one line too: at the
	// default height the title's descenders touched the line under it
	// (s19m-disease).
	if n := lines(heading, (widthA+widthB)*11/titleSize, true); s.err == nil {
		s.err = f.SetRowHeight(SheetCover, 1, float64(n)*titleLine+titleGap)
	}
	s.row++
	docs, texts := "the document", "its text"
	if k := b.quotedSources(); k > 1 {
		docs, texts = counted(k, "document", "documents"), "their texts"
	}
	intro := fmt.Sprintf("Briefing book: %s of %s, typed and traced to %s, with %s and %s. Built by claimbook.",
		counted(b.n, "numeric claim", "numeric claims"), docs, texts, counted(len(b.c.Derived), "derived figure", "derived figures"), counted(len(b.chartViews()), "chart", "charts"))
	s.set(1, intro, wrap)
	s.merge(2)
	s.height(lines(intro, widthA+widthB, false))
	if len(b.c.Sources) == 1 {
		src := &b.c.Sources[0]
		s.row += 2
		s.set(1, "Source", sub)
		rows := []struct {
			k, v string
			st   int
		}{
			{"Title", src.Title, wrap},
			{"Publisher", src.Publisher, wrap},
			{"Issued", issuedWords(src, src.Issued.Long()), wrap},
			{"Updated", src.Updated.Long(), 0},
			// The address of the copy whose text was read, which may be
			// a mirror's: never called the source's (s25u-ambulance's
			// documents.pub under "URL" read as the publisher's).
			{readAt, src.URL, linkSt},
			{"SHA-256 of the text", src.SHA256, mono},
		}
		for _, r := range rows {
			if r.v == "" {
				continue
			}
			s.row++
			s.set(1, r.k, label)
			if r.k == readAt {
				s.urlShown(2, r.v, shortURL(r.v, int(widthB)), linkSt, 0)
				continue
			}
			s.set(2, r.v, r.st)
			if r.st == wrap {
				s.height(lines(r.v, widthB, false))
			}
		}
	} else if len(b.c.Sources) > 1 {
		// Every source, a few lines each: its title, publisher, date and
		// link; the hashes are on the Sources sheet.
		s.row += 2
		s.set(1, "Sources", sub)
		for i := range b.c.Sources {
			src := &b.c.Sources[i]
			s.row++
			s.set(1, src.DatePhrase(), label)
			if src.IssuedFrom != "" {
				// The date is not the document's own words: say where it
				// came from (s16g-air).
				s.row++
				from := issuedWords(src, src.Issued.Long())
				s.set(2, from, wrap)
				s.height(lines(from, widthB, false))
			}
			t := src.Title
			if t == "" {
				t = src.ID
			}
			s.set(2, t, sourceTitle)
			s.height(lines(t, widthB, true))
			if src.Publisher != "" {
				s.row++
				s.set(2, src.Publisher, wrap)
				s.height(lines(src.Publisher, widthB, false))
			}
			if src.URL != "" {
				// One line: spreadsheets do not break a URL, which has no
				// spaces, and a long one would make the printed page tiny;
				// the cell shows a short form, the link holds all of it.
				s.row++
				s.urlShown(2, src.URL, shortURL(src.URL, int(widthB)), linkSt, 0)
			}
		}
		s.row++
		s.set(2, "The Sources sheet has each source's citation and the SHA-256 of its text.", 0)
	}
	s.row += 2
	s.set(1, "Contents", sub)
	doc := "the document"
	if b.quotedSources() > 1 {
		doc = "the documents"
	}
	// The Indicators sheet's measure, qualifier, section and place are in
	// the outline group that prints closed (onPaper: a printed row fits
	// one page, and its Value says the hedge): said so, never promised as
	// if shown (s24s-flooding read no section on paper), nor left for a
	// reader to look for (s30a-carrierbags asked where Measure was).
	contents := []struct{ sheet, what string }{
		{SheetIndicators, "Every figure of " + doc + ": value, hedge, unit, period, quote; + shows measure, qualifier, section, place"},
	}
	contents = append(contents, b.dataSheetsWhat()...)
	contents = append(contents, []struct{ sheet, what string }{
		{SheetSources, "The documents quoted: who published each, its title, date and address, and the SHA-256 fingerprint of the exact text the quotes were checked against"},
		{SheetCharts, "Each chart view as a native chart, with a slide image beside it"},
	}...)
	if b.hasSeries() {
		contents = append(contents, struct{ sheet, what string }{SheetSeries, "Each series over time, one row per point with its source and quote, conflicts and revisions marked, and a chart"})
	}
	for _, c := range contents {
		s.row++
		s.set(1, c.sheet, linkSt)
		s.link(1, sheetRef(c.sheet, "A1"))
		s.set(2, c.what, wrap)
		s.height(lines(c.what, widthB, false))
	}
	if b.hasLayout() {
		// Hidden, so no link leads to it, but listed: a reader who
		// finds it under Unhide learns what it is (s30a-carrierbags).
		what := "Hidden: the rows the native charts of grouped or renamed bars read, in the charts' own order, and their axis labels"
		s.row++
		s.set(1, SheetChartLayout, wrap)
		s.set(2, what, wrap)
		s.height(lines(what, widthB, false))
	}
	s.row++
	s.set(1, "Defined names", label)
	names := "Each indicator has a name for formulas in your own sheets, such as =" + b.exampleName() + "; a range also has _LOW and _HIGH names. A name holds the number to compute with, as its cell shows it: a percent as a fraction (75% is 0.75), a fall below zero (down 11% is -0.11), percentage points as points."
	if b.renamed != "" {
		names += " An ID a spreadsheet would misread (TRUE, a cell such as A1 or R1C1, a leading digit) gets a leading underscore, and a very long one is cut: " + b.renamed + " is " + b.renamedTo + "."
	}
	s.set(2, names, wrap)
	s.height(lines(names, widthB, false))
	if b.notes < b.n {
		s.row++
		s.set(1, "Notes", label)
		if b.notes == 0 {
			s.set(2, "The quotes are in the Quote column; no cell notes were written.", wrap)
		} else {
			s.set(2, fmt.Sprintf("The quotes are in the Quote column; the first %s also have them as a note on the value.", counted(b.notes, "indicator", "indicators")), wrap)
		}
	}
	b.seriesCover(s, sub, linkSt, wrap)
	headline := 0 // the row of the headline figures' heading
	if len(b.c.Indicators) > 0 {
		s.row += 2
		headline = s.row
		s.set(1, "Headline figures", sub)
		s.row++
		// A figure too long for one line of column A is written as text
		// that wraps, whole: LibreOffice never wraps a link (it cut
		// "…deat"). Its title, if one line, is the link instead.
		long := func(fig string) bool { return figureWidth(fig) > widthA }
		// The figures are the document's digits said alone, with their
		// unit and direction ("up 587,972 emergency calls"), not its words ("a
		// 587,972 (6.9%) increase", s25u-ambulance): the intro says so.
		const said = "Figures with their unit and direction (the document's own words are in the Quote column); "
		intro := said + "each links to its row."
		for _, e := range shown {
			fig, t := e.fig, e.title
			switch {
			case !long(fig):
			case lines(t, widthB, false) > 1:
				intro = said + "each that fits one line, or else its title, links to its row."
			case !strings.Contains(intro, "else"):
				intro = said + "each links to its row, a figure too long for one line by its title."
			}
		}
		s.set(1, intro, 0)
		// Each figure counted once: the headlines the list leaves out in
		// its "… and N more", the figures of no headline view in the
		// line under it (it counted every figure past the 40th, and
		// then the figures of no headline view again).
		others := b.n - listedIndicators(list)
		for i, e := range list {
			if i == maxHeadlines {
				s.row++
				if viewed != everyFigure {
					s.set(1, fmt.Sprintf("… and %s", counted(len(list)-maxHeadlines, "more headline figure", "more headline figures")), 0)
				} else {
					s.set(1, fmt.Sprintf("… and %s on the Indicators sheet", counted(len(list)-maxHeadlines+others, "more figure", "more figures")), 0)
				}
				break
			}
			s.row++
			fig, t := e.fig, e.title
			switch {
			case !long(fig):
				s.set(1, fig, figure)
				s.link(1, e.ref)
				s.set(2, t, wrap)
			case lines(t, widthB, false) == 1:
				s.set(1, fig, figureText)
				s.set(2, t, linkSt)
				s.link(2, e.ref)
			default:
				s.set(1, fig, figureText)
				s.set(2, t, wrap)
			}
			n := 1
			if long(fig) {
				n = lines(fig, widthA*11/12, true)
			}
			s.height(max(lines(t, widthB, false), n))
		}
		if viewed == headlineViews && others > 0 {
			s.row++
			s.set(1, fmt.Sprintf("The figures of the catalog's headline views; %s on the Indicators sheet.", counted(others, "other figure", "other figures")), 0)
		}
		if viewed == latestPeriod && others > 0 {
			s.row++
			s.set(1, fmt.Sprintf("The figures of the latest period, %s, and their changes; %s on the Indicators sheet.", list[0].ind.Period.Label(), counted(others, "other figure", "other figures")), 0)
		}
	}
	if s.err != nil {
		return s.err
	}
	return b.coverPages(s.row, headline)
}

// A coverEntry is a figure the Cover lists: the figure and title as its
// list writes them (coverRow) and the cell it links to.
type coverEntry struct {
	fig, title, ref string
	indicator       bool                  // of the Indicators sheet, not the Derived sheet
	ind             *indicators.Indicator // the indicator, nil for a derived figure
}

// headlines returns the figures the Cover lists as its headline figures,
// and whether they are a headline view's: those of the catalog's headline
// views, in the views' order, each once, a derived figure too (linked to
// its row of the Derived sheet; one was left out, and the Cover listed
// every figure instead), or, where it has none, the latest period's
// figures (latestFigures), or else every indicator. A
// Cover of all 19 figures of a GDP release under "Headline figures" was
// a contents list, its one headline lost among them (s15-gdp,
// s15-visitors).
func (b *book) headlines() ([]coverEntry, headlineKind) {
	var out []coverEntry
	seen := map[string]bool{}
	for _, v := range b.c.Views {
		if v.Kind != indicators.Headline {
			continue
		}
		for _, id := range v.Indicators {
			if seen[id] {
				continue
			}
			if ind, ok := b.c.Indicator(id); ok {
				seen[id] = true
				out = append(out, b.indicatorEntry(ind))
			} else if d, ok := b.c.DerivedIndicator(id); ok {
				seen[id] = true
				r := b.results[id]
				title := d.Title
				if r.Period.IsStated() && !wording.SaysPeriod(title, r.Period) {
					title += ", " + r.PeriodLabel()
				}
				fig := wording.Alone(wording.Shown{Label: wording.DerivedSaid(b.c, r), Unit: r.Unit, Q: r.Quantity, Period: r.Period})
				out = append(out, coverEntry{fig: fig, title: title, ref: rowRef(SheetDerived, b.derRow[id])})
			}
		}
	}
	if len(out) > 0 {
		return b.oneBaseColumn(out), headlineViews
	}
	if latest := b.latestFigures(); len(latest) > 0 {
		return latest, latestPeriod
	}
	for i := range b.c.Indicators {
		out = append(out, b.indicatorEntry(&b.c.Indicators[i]))
	}
	return b.oneBaseColumn(out), everyFigure
}

// indicatorEntry returns the Cover's entry of ind, linked to its row.
func (b *book) indicatorEntry(ind *indicators.Indicator) coverEntry {
	fig, t := coverRow(ind)
	return coverEntry{fig: fig, title: t, ref: rowRef(SheetIndicators, b.rowOf[ind.ID]), indicator: true, ind: ind}
}

// oneBaseColumn returns list with every indicator's base after its title
// where one entry's is (coverRowAt): the list says "from Q1 2008 to Q1
// 2009" in one column.
func (b *book) oneBaseColumn(list []coverEntry) []coverEntry {
	moved := slices.ContainsFunc(list, func(e coverEntry) bool { return e.ind != nil && e.fig != coverFigure(e.ind) })
	if !moved {
		return list
	}
	for i, e := range list {
		if e.ind != nil {
			list[i].fig, list[i].title = coverRowAt(e.ind, true)
		}
	}
	return list
}

// listedIndicators returns how many entries of list are indicators, of
// the Indicators sheet.
func listedIndicators(list []coverEntry) int {
	n := 0
	for _, e := range list {
		if e.indicator {
			n++
		}
	}
	return n
}

// The heights, in points, LibreOffice gives a row of one line of 11-point
// text and of a headline figure (bold, 12 points) when it sizes the rows
// itself, as measured: on a Cover of 17 headline figures it printed 14 on
// the first page (120 points of rows of set heights, 14 figures and 16
// rows of text, at a little under 100%), and it printed 38 of a list of
// 40 on a page at 89%, 39 at 86%.
const (
	coverTextLine   = 12.8
	coverFigureLine = 15.5
)

// minCoverScale is the least scale the Cover is shrunk to so that it
// prints on one page.
const minCoverScale = 0.75

// coverPages keeps the Cover of last rows, its headline figures from row
// headline on (0 for none), on one page when it is a little taller than
// one, scaled to fit at minCoverScale or more; a taller one breaks before
// the headline figures, where a reader expects a new page, rather than
// spill a few of them onto a page of their own, and prints one page wide
// (fit to width, as tall as it takes): a zoom from the width estimate
// left LibreOffice printing column A and then B on pages of their own,
// the book's title cut (s18k-birds: 19 figures on 4 pages, now 2). Rows
// are taken as LibreOffice sizes them (coverTextLine, coverFigureLine),
// and the page as the Cover's width scales it. Excel, which ignores a
// manual break on a sheet fitted to pages, breaks where the page ends.
func (b *book) coverPages(last, headline int) error {
	height := 0.0
	for r := 1; r <= last; r++ {
		h, err := b.f.GetRowHeight(SheetCover, r)
		if err != nil {
			return err
		}
		switch {
		case h > lineHeight: // set: wrapped text, the heading
		case headline > 0 && r > headline+1:
			h = coverFigureLine
		default:
			h = coverTextLine
		}
		height += h
	}
	width := 0.0
	for _, col := range []string{"A", "B"} {
		w, err := b.f.GetColWidth(SheetCover, col)
		if err != nil {
			return err
		}
		width += columnInches(w)
	}
	scale := min(1, printWidth/(width*loColumnSlack))
	height *= scale
	switch {
	case height <= printHeight:
		return nil
	case height <= printHeight/minCoverScale:
		one := 1
		return b.f.SetPageLayout(SheetCover, &excelize.PageLayoutOptions{FitToHeight: &one})
	case headline > 1:
		// The list on a page of its own, one page wide.
		one, tall := 1, 0
		if err := b.f.SetPageLayout(SheetCover, &excelize.PageLayoutOptions{FitToWidth: &one, FitToHeight: &tall}); err != nil {
			return err
		}
		return b.f.InsertPageBreak(SheetCover, "A"+strconv.Itoa(headline))
	}
	return nil
}

// The widths of the Cover's columns: A at most, B unless A is wider than
// coverWidth-coverWidthB, and the two together at most.
const (
	coverMaxA   = 60
	coverWidthB = 90
	coverWidth  = 130
)

// The cover heading's font size, in points, and the height of one of its
// lines.
const (
	titleSize = 16
	titleLine = 21.0
	// titleGap is the room under the Cover's title, in points.
	titleGap = 6.0
)

// issuedWords returns date, src's issue date as a sheet writes it, with
// where the catalog says it came from (Source.IssuedFrom): "22 March 2018
// (from news reports of the release)". A borrowed date shown bare read as
// the document's own (s16g-air); the book says where it was read, as the
// catalog does, and makes no claim of its own about the text, which gave
// "Date released: July 01, 2025" where the book said "not in the text"
// (s23r-water).
//
// A source whose catalog says `issued: not stated` reads "not stated",
// where the Sources sheet had no date column and the Cover promised one
// (s31b-beds); where IssuedFrom has brackets of its own, it follows a
// semicolon, never nested brackets ("…(Newstalk; …))", s31b-leakage).
//
// IssuedFrom is read as written, after a label of its own ("date
// source:"), since it may be a noun phrase ("news reports of the
// release") or a sentence ("the page's figures cover the week ending 13
// September 2020; the stored copy carries no publication date"), which
// "(from …)" made unreadable (s32c-taxis).
func issuedWords(src *indicators.Source, date string) string {
	switch {
	case date == "" && src.IssuedNotStated:
		return indicators.NotStatedIssued
	case date == "" || src.IssuedFrom == "":
		return date
	}
	from := "date source: " + strings.TrimRight(src.IssuedFrom, ". ")
	if strings.ContainsAny(from, "()") {
		return date + "; " + from
	}
	return date + " (" + from + ")"
}

// quotedSources returns how many of the catalog's sources some figure
// quotes: a source that only gives a context note, with no text, is no
// document the claims are of ("19 numeric claims of 2 documents" counted
// it, s30a-missing).
func (b *book) quotedSources() int {
	quoted := map[string]bool{}
	for i := range b.c.Indicators {
		for _, p := range b.c.Indicators[i].Provenance {
			quoted[p.Source] = true
		}
	}
	n := 0
	for _, src := range b.c.Sources {
		if quoted[src.ID] {
			n++
		}
	}
	return n
}

// coverHeading is the title of the book: the title of its document, or of
// the document most of its figures come from, else "Briefing book on" and
// how many documents.
func (b *book) coverHeading() string {
	switch len(b.c.Sources) {
	case 0:
		return "Briefing book"
	case 1:
		if t := b.c.Sources[0].Title; t != "" {
			return t
		}
		return "Briefing book"
	}
	cites := map[string]int{}
	for i := range b.c.Indicators {
		if p := b.c.Indicators[i].Provenance; len(p) > 0 {
			cites[p[0].Source]++
		}
	}
	for _, src := range b.c.Sources {
		if cites[src.ID]*2 > len(b.c.Indicators) && src.Title != "" {
			return src.Title
		}
	}
	return "Briefing book on " + counted(len(b.c.Sources), "document", "documents")
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
	linkWrap, err := b.style("link-wrap", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	monoWrap, err := b.style("mono-wrap", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: "Consolas", Size: 9}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	wrap, err := b.wrapStyle()
	if err != nil {
		return err
	}
	wrapIndent, err := b.wrapIndentStyle()
	if err != nil {
		return err
	}
	// "Publisher", as the Cover and the catalog's field say it.
	hdr := []string{"ID", "Publisher", "Title", "Date published", "Date updated", "Date accessed", "URL", "Citation", "SHA-256"}
	// Each column as wide as its widest text, within bounds; longer text
	// wraps, and the row is as high as its highest cell.
	// Words are kept whole (see wordsNeed) in columns up to most wide: an
	// ID or a date whole, a URL between its slashes, the SHA-256 whole.
	lo := []float64{8, 14, 20, 15, 15, 15, 20, 24, 16}
	hi := []float64{22, 26, 40, 15, 15, 15, 40, 48, 36}
	most := []float64{36, 30, 40, 15, 15, 15, 60, 48, 36}
	all := make([][]string, len(b.c.Sources))
	for _, src := range b.c.Sources {
		if src.IssuedFrom != "" {
			hi[srcIssued], most[srcIssued] = 30, 30 // room for where the date came from
		}
	}
	for k, src := range b.c.Sources {
		all[k] = []string{src.ID, src.Publisher, src.Title, issuedWords(&src, src.Issued.String()), src.Updated.String(), src.Accessed.String(), src.URL, src.Citation, src.SHA256}
	}
	// The origin's optional fields no source gives are left out: empty
	// columns printed pages of nothing.
	cols := sourceColumns(all)
	values := make([][]string, len(all))
	widths := make([]float64, len(cols))
	words := make([]float64, len(cols))
	for j, i := range cols {
		widths[j] = textWidth(hdr[i], true) + 2
	}
	for k := range all {
		for j, i := range cols {
			v := all[k][i]
			values[k] = append(values[k], v)
			widths[j] = max(widths[j], textWidth(v, false))
			words[j] = max(words[j], wordsNeed(v, true, i == srcSHA, most[i]))
		}
	}
	for j, i := range cols {
		widths[j] = wordFit(widths[j], words[j], lo[i], hi[i], most[i])
		if i == srcURL {
			widths[j] = min(widths[j], hi[i]) // a longer URL shows its short form
		}
		if j > 0 && i != srcURL && i != srcSHA {
			widths[j]++ // the indent that keeps it off the column before
		}
	}
	// One page wide where the columns allow it: the text columns that
	// wrap at spaces (title, citation, publisher, where the date came
	// from) or, the URL, at its slashes and hyphens give up width, the
	// widest first, down to their least and the indent, and never below
	// their longest unbroken part. The Sources sheet printed two pages
	// wide, ID to date on one and URL and SHA-256 alone on the next
	// (s33d-adoption, -airports, -passports).
	floor := make([]float64, len(cols))
	for j, i := range cols {
		floor[j] = lo[i] + 1
		if i == srcURL {
			floor[j] = lo[i]
		}
		for k := range all {
			floor[j] = max(floor[j], wordsNeed(all[k][i], true, false, 0)+1)
		}
	}
	for pagesWide(widths, widths[:1]) > 1 {
		k := -1
		for j, i := range cols {
			if (i == srcPublisher || i == srcTitle || i == srcCitation || i == srcIssued || i == srcURL) && widths[j] > floor[j] && (k < 0 || widths[j] > widths[k]) {
				k = j
			}
		}
		if k < 0 {
			break
		}
		widths[k]--
	}
	for j := range cols {
		col, _ := excelize.ColumnNumberToName(j + 1)
		if err := f.SetColWidth(SheetSources, col, col, widths[j]); err != nil {
			return err
		}
	}
	if err := b.printWide(SheetSources, widths, 1, 1, bigTable); err != nil {
		return err
	}
	s := &sheetWriter{b: b, sheet: SheetSources, row: 1}
	for j, i := range cols {
		s.set(j+1, hdr[i], head)
	}
	for k, vs := range values {
		s.row++
		n := 1
		for j, v := range vs {
			if v == "" {
				continue
			}
			i := cols[j]
			width := widths[j]
			if i == srcSHA {
				// Consolas 9 is narrower than Calibri 11, and no word
				// of it breaks but where the column ends.
				n = max(n, int(math.Ceil(float64(len(v))*monoWidth/max(width-wordPad, 1))))
				width /= 0.72
			}
			if i != srcURL {
				n = max(n, lines(v, width, false))
			}
			switch i {
			case srcURL:
				// The whole URL as plain text, wrapped where LibreOffice
				// breaks it (after "/" and "-", before "%"), and the link
				// on the source's ID: LibreOffice draws a linked cell as
				// one field on one line, and printed a long URL cut at
				// its column's edge (s16g sources); a linked title was
				// cut alike.
				n = max(n, lines(urlBreaks.Replace(v), width, false))
				s.set(j+1, v, wrap)
			case srcID:
				if u := all[k][srcURL]; webURL(u) {
					s.urlShown(j+1, u, v, linkWrap, linkWrap)
					break
				}
				s.set(j+1, v, wrap)
			case srcSHA:
				s.set(j+1, v, monoWrap)
			default:
				// Indented by one, so that a title as wide as its
				// column does not run into the date after it ("…UK:
				// 2023 2024-10-01", s11b-smoking).
				st := wrapIndent
				if j == 0 {
					st = wrap
				}
				s.set(j+1, v, st)
			}
		}
		s.height(n)
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
	last, _ := excelize.ColumnNumberToName(len(cols))
	return f.AddTable(SheetSources, &excelize.Table{Range: fmt.Sprintf("A1:%s%d", last, len(b.c.Sources)+1), Name: "Sources", StyleName: "TableStyleMedium2"})
}

// The columns of the Sources sheet, in order: indices of its full header.
const (
	srcID = iota
	srcPublisher
	srcTitle
	srcIssued
	srcUpdated
	srcAccessed
	srcURL
	srcCitation
	srcSHA
	srcColumns // how many
)

// sourceColumns returns the columns of the Sources sheet, as indices of
// its full header, for sources of the values all: the ID, title and
// SHA-256 always, the origin's optional fields (publisher, dates, URL,
// citation) when a source gives them.
func sourceColumns(all [][]string) []int {
	var cols []int
	for i := range srcColumns {
		keep := i == srcID || i == srcTitle || i == srcSHA
		for _, vs := range all {
			keep = keep || vs[i] != ""
		}
		if keep {
			cols = append(cols, i)
		}
	}
	return cols
}

// coverFigure is an indicator's figure as the Cover lists it: as the
// document states it, shown alone as a card shows it (wording.Alone: a
// foreign dollar named, "NZ$100 million"; a count's noun, "187 centers";
// a fall said as one, "down 0.2 percentage points"), with its unit's
// base after it when the stated words leave it to the unit field ("$47"
// in US$ per barrel is "$47 per barrel").
func coverFigure(ind *indicators.Indicator) string {
	base, _ := coverBase(ind)
	return coverFigureFrom(ind, base)
}

// coverRow returns the headline figure of ind and its title as the
// Cover's list writes them: coverFigure and coverTitle, or, where the
// figure with its period and base is too long for a line of column A at
// its widest and without them is not, the figure alone, its period and
// base after its title ("up 2%" beside "Change in total freight tonnage,
// rolling year, in April 2018–March 2019 on April 2017–March 2018"): a
// figure on one line links to its row, as every other does, where a
// longer one could only be text (LibreOffice wraps no link).
//
// The base moves too where the figure with it would widen column A past
// what leaves B its width (coverWidth-coverWidthB): "up 3.6 pence per
// litre from March 2019 to April 2019" cut the document's title and
// printed the Cover over four pages.
func coverRow(ind *indicators.Indicator) (fig, title string) {
	return coverRowAt(ind, false)
}

// coverRowAt is coverRow, with the base after the title wherever the
// figure has one (said with its period) if move: a list whose one row
// moves its base moves every row's, so that "from Q1 2008 to Q1 2009"
// stands in one column of it (s17j-ports: beside the falls' titles, after
// the rises' figures).
func coverRowAt(ind *indicators.Indicator, move bool) (fig, title string) {
	fig, title = coverFigure(ind), coverTitle(ind)
	if !move && figureWidth(fig) <= coverWidth-coverWidthB {
		return fig, title + coverStatus(ind)
	}
	base, said := coverBase(ind)
	if !said || base == "" {
		return fig, title + coverStatus(ind)
	}
	if short := coverFigureFrom(ind, ""); figureWidth(short) <= coverMaxA {
		return short, title + ", " + base + coverStatus(ind)
	}
	return fig, title + coverStatus(ind)
}

// coverFigureFrom is coverFigure with base after the figure.
func coverFigureFrom(ind *indicators.Indicator, base string) string {
	sh := wording.Shown{Label: wording.LabelOf(ind), Unit: ind.Unit, Q: ind.Quantity, Measure: wording.ClaimMeasure(ind), Period: ind.Period, Base: base, Against: ind.AgainstWhat()}
	if len(ind.Provenance) > 0 {
		sh.Quote = ind.Provenance[0].Quote
	}
	return wording.Alone(sh)
}

// figureWidth returns the width of column A that holds headline figure
// fig (bold, 12 points) on one line and coverGap after it, at least 24:
// what sizes the column and what tells a figure too long for it
// (writeCover).
func figureWidth(fig string) float64 {
	return fitWidth(textWidth(fig, true)*12/11*lineSlack+coverGap, 24, math.Inf(1))
}

// readAt labels the Cover's address of a source.
const readAt = "Text read at"

// coverGap is the room, in characters, between the widest headline figure
// and its title in column B: without it LibreOffice printed "down 5.9%
// from 2012 to 2013" against "Change in …" (s13b-business).
const coverGap = 2

// coverBase returns what follows a change's figure on the Cover to say
// what it is from, with its period ("from 2012 to 2013",
// wording.ClaimBase, as the deck's list of claims says it), and whether
// it says the period, which coverTitle then leaves out.
func coverBase(ind *indicators.Indicator) (string, bool) {
	return wording.ClaimBase(ind)
}

// coverTitle returns what the Cover writes beside a headline figure: the
// indicator's title, its place unless the title names it
// (wording.WithPlace: a figure about Scotland said with no place,
// childcare), its period unless the title says it, and its status if a
// commitment (an estimate's goes last: coverStatus).
func coverTitle(ind *indicators.Indicator) string {
	t := ind.Title
	if base, said := coverBase(ind); ind.Measure == indicators.Change && !(said && base != "") {
		t = wording.ChangeTitle(t, ind.Base, ind.Period, ind.Status.IsCommitment())
	}
	t = wording.WithPlace(t, ind)
	if _, said := coverBase(ind); !said && ind.Period.IsStated() && !wording.SaysPeriod(t, ind.Period) {
		t += ", " + ind.Period.Label()
	}
	if ind.Status.IsCommitment() {
		t += " (" + ind.Status.String() + ")"
	}
	return t
}

// coverStatus returns what ends a Cover row's title, after its base
// (wording.StatusAfter): " (estimate)" of an estimate.
func coverStatus(ind *indicators.Indicator) string { return wording.StatusAfter(ind.Status) }

// dataSheetsWhat returns the Cover's lines for the sheets after
// Indicators: Derived, when the catalog has derived figures, and Chart
// data, when the book has it (hasChartDataSheet).
func (b *book) dataSheetsWhat() []struct{ sheet, what string } {
	var out []struct{ sheet, what string }
	if len(b.c.Derived) > 0 {
		out = append(out, struct{ sheet, what string }{SheetDerived, b.derivedWhat()})
	}
	switch {
	case len(b.charts) > 0:
		s := "The data the native charts draw, one row per bar"
		if len(b.c.Derived) == 0 {
			s += " (this catalog has no figures computed from others)"
		}
		if k := chartDataKey(b.cdCols); k != "" {
			s += ". " + k
		}
		out = append(out, struct{ sheet, what string }{SheetChartData, s})
	case len(b.c.Derived) == 0:
		out = append(out, struct{ sheet, what string }{SheetChartData, "Empty: this catalog has no figures computed from others and no bar charts"})
	}
	return out
}

// derivedWhat returns the Cover's line for the Derived sheet, which calls
// its figures live formulas only as far as they are: a figure of hedged
// inputs is the numbers their wording allows, never a formula, and the
// Cover called carrierbags' "47 to 62 percent", constants with no Value,
// a live formula (s30a-carrierbags).
func (b *book) derivedWhat() string {
	liveRows, fixedRows, fixedEnds := 0, 0, false
	for i := range b.c.Derived {
		nums, err := b.derivedNums(&b.c.Derived[i])
		if err != nil {
			continue // the sheet reports it
		}
		live, fixed := false, false
		for _, n := range nums {
			live = live || n.formula != ""
			fixed = fixed || n.formula == ""
		}
		switch {
		case live:
			liveRows++
			fixedEnds = fixedEnds || fixed
		case fixed:
			fixedRows++
		}
	}
	const what = "Figures computed from others"
	switch {
	case fixedRows == 0 && fixedEnds:
		return what + ", as live formulas over the defined names; Low and High, where given, the numbers the inputs' wording allows"
	case fixedRows == 0:
		return what + ", as live formulas over the defined names"
	case liveRows == 0:
		return what + ", as the numbers the inputs' wording allows: hedged figures are no spreadsheet arithmetic"
	}
	return what + ": live formulas over the defined names where the stated figures compute them, the numbers the inputs' wording allows where their hedges do not (each row's Note says which)"
}

// chartDataKeys say what each short header of the chart data means.
var chartDataKeys = map[int]string{
	cdHedged: "“Fading: at most”, the source says nearly, up to or less than, and the figure is at most the end shown",
	cdBeyond: "“Dashed: beyond”, it says more than or at least",
	cdCommit: "“Hatched: not reported”, a target, pledge, projection or intention: no reported figure",
}

// chartDataKey says once what the short headers of the chart data's
// columns cols (keptColumns) mean, only of the columns the sheet has: the
// Cover described "Fading", "Dashed" and "Hatched" columns that a sheet of
// exact figures does not have (s16g-fire); "" for none.
func chartDataKey(cols []int) string {
	var keys []string
	for _, c := range cols {
		if k, ok := chartDataKeys[c]; ok {
			keys = append(keys, k)
		}
	}
	if len(keys) == 0 {
		return ""
	}
	if len(keys) == 1 {
		return "Its column " + keys[0]
	}
	return "Its columns: " + strings.Join(keys, "; ")
}
