package xlsx

import (
	"fmt"
	"io"
	"iter"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// Options says how Write builds a book. The zero Options, like a nil
// *Options, are the defaults.
type Options struct {
	// Charts maps a chart view's ID to a PNG of the view, placed beside the
	// native chart on the Charts sheet with the view's title and sources as
	// alt text. Views without a PNG get the native chart alone.
	Charts map[string][]byte
	// Stamp is the build time written in the document properties and the
	// zip entries. The zero Stamp writes fixed times, so that the same
	// catalog gives the same bytes.
	Stamp time.Time
	// MaxNotes is how many indicators get their quote as a cell note as
	// well as in the Quote column: 0 means DefaultMaxNotes, a negative
	// number none. Notes cost excelize quadratic time and a VML shape each,
	// so huge catalogs keep the quote in the column only; the Cover says so
	// when notes were left out.
	MaxNotes int
}

// DefaultMaxNotes is the number of cell notes when Options.MaxNotes is 0.
const DefaultMaxNotes = 2000

// The sheet names.
const (
	SheetCover      = "Cover"
	SheetIndicators = "Indicators"
	SheetDerived    = "Derived"
	// SheetChartData holds the data the native charts draw, one row per
	// bar; a book with neither derived figures nor bars has it, empty.
	SheetChartData = "Chart data"
	// SheetChartLayout, hidden, holds the rows grouped bars' native
	// charts read in the order they draw them, with their measures, and
	// the bars' names as a native chart shows them where the Chart data
	// sheet's differ (broken into lines, cut, with a small slice's
	// figure); the Chart data sheet lists each bar once, for a reader.
	SheetChartLayout = "Chart layout"
	SheetSources     = "Sources"
	SheetCharts      = "Charts"
)

// Header is the header row of the Indicators sheet: the names of
// indicators.IndicatorColumns, as in indicators.CSVHeader, a contract for
// tools that read the book.
var Header = indicators.CSVHeader

// Columns of the Indicators sheet, 0-based, where indicators.IndicatorColumns
// puts them (Low and High follow Value; End follows Start), and 1-based.
var (
	ixTitle    = columnIndex("Title")
	ixEntities = columnIndex("Entities")
	ixCounter  = columnIndex("Counterpart")
	ixUnit     = columnIndex("Unit")
	ixQuote    = columnIndex("Quote")
	ixSection  = columnIndex("Section")
	ixValue    = columnIndex("Value")
	ixPeriod   = columnIndex("Period")
	ixBase     = columnIndex("Base")
	ixStart    = columnIndex("Start")
	ixEnd      = columnIndex("End")
	ixStatus   = columnIndex("Status")
	ixSource   = columnIndex("Source")
	ixAgainst  = columnIndex("Against")

	colTitle = ixTitle + 1
	colValue = ixValue + 1
	colLow   = ixValue + 2
	colHigh  = ixValue + 3
)

// columnIndex is the 0-based index of the Indicators column named name; a
// name that is not a column is a programming error.
func columnIndex(name string) int {
	for i, c := range indicators.IndicatorColumns {
		if c.Name == name {
			return i
		}
	}
	panic("xlsx: no Indicators column " + name)
}

// Write writes c as a briefing book to w. Nothing is written to w unless
// the whole book could be built. Write returns a *TextError for text a
// spreadsheet cannot hold.
func Write(w io.Writer, c *indicators.Catalog, opt *Options) error {
	return write(w, c, nil, opt)
}

// WriteSeq is Write for catalogs too big to hold in memory: the rows of the
// Indicators sheet are c.Indicators followed by the indicators more yields.
// Derived indicators, chart views and the Cover's headline figures refer
// only to c.Indicators; a rate base is worded one way over them all
// (indicators.Catalog.OneRateWordedSeq), as Write words it. WriteSeq ranges
// over more four times (to choose that wording, to size the columns, to
// write the rows, to write the defined names) and holds one
// indicator at a time; more must yield the same indicators each time. The
// rows and names are written as the book goes into w, so if more yields
// other indicators the last time, WriteSeq returns an error with part of
// a book written to w.
func WriteSeq(w io.Writer, c *indicators.Catalog, more iter.Seq[*indicators.Indicator], opt *Options) error {
	return write(w, c, more, opt)
}

// parallelRows is the number of indicators from which the rows and the
// names are made on one goroutine while another compresses them: below it,
// handing buffers between goroutines costs more than it gains. A variable
// for the tests.
var parallelRows = 20000

// book is one book being built.
type book struct {
	// seriesChartWidth is the width in pixels of the Series sheet's charts
	// (seriesChartRoom); 0 before the sheet is laid out.
	seriesChartWidth uint
	// counterPrints marks a book whose Counterpart column prints
	// (counterpartUnsaid; counterpartAny where it fits, balanceWidths);
	// counterAny one where some row has a counterpart.
	counterPrints, counterAny bool
	// sourcePrints marks a book of several sources whose Source column
	// prints (colFits); set by balanceWidths.
	sourcePrints bool
	f            *excelize.File
	c            *indicators.Catalog
	more         iter.Seq[*indicators.Indicator]
	opt          Options

	n         int            // indicators in all
	rowOf     map[string]int // head indicator ID → Indicators row
	derRow    map[string]int // derived ID → Derived row
	results   map[string]indicators.Result
	styles    map[string]int // number format or style key → style ID
	numStyles map[numKey]int // value cell format → style ID
	rowStyles rowStyles
	widths    [nColumns]float64         // of the Indicators columns' content, in characters (textWidth)
	colWidths [nColumns]float64         // of the Indicators columns as set
	words     [nColumns]float64         // what the Indicators columns' words need, in characters (wordsNeed)
	names     [nColumns]float64         // what the Entities and Counterpart columns' widest name needs on one line
	sample    []indicators.IndicatorRow // the text of the first rows, for balanceWidths
	// used marks the Indicators columns some row fills: the others are
	// hidden, so that they print no empty pages (hiddenColumns).
	used         [nColumns]bool
	sheetPath    string // the Indicators sheet's part
	spans        *indicators.RuneSpans
	notes        int                // notes written
	noteList     []excelize.Comment // made by scan, added by writeIndicators
	maxNotes     int
	charts       []chartData                      // per view, where the Derived sheet holds its data
	cdCols       []int                            // the columns of the chart data written (keptColumns)
	edits        map[string]func([]byte) []byte   // part name → its edit (canonZip.edit)
	renamed      string                           // the first ID whose defined name got a _ or was cut
	renamedTo    string                           // its name
	seriesRow    seriesRows                       // made by writeSeries
	seriesBlocks map[string]seriesBlock           // series ID → its rows, made by writeSeries
	nCharts      int                              // charts added so far (addChart)
	seriesInd    map[string]*indicators.Indicator // by ID, for pointLabel
	signs        map[string]string                // currency code → the sign its figures write (wording.WrittenSigns)
}

func write(w io.Writer, c *indicators.Catalog, more iter.Seq[*indicators.Indicator], opt *Options) (err error) {
	if c == nil {
		c = &indicators.Catalog{}
	}
	// One wording of a rate base, over c's indicators and more's; a
	// figure's status word is its status, said once (Status column).
	c, more = wording.InputSeq(c, more)
	b := &book{c: c, more: more, rowOf: map[string]int{}, derRow: map[string]int{},
		results: map[string]indicators.Result{}, styles: map[string]int{}, numStyles: map[numKey]int{}, spans: c.RuneSpans(),
		edits: map[string]func([]byte) []byte{}, signs: wording.WrittenSigns(c), counterPrints: counterpartUnsaid(c), counterAny: counterpartAny(c)}
	if opt != nil {
		b.opt = *opt
	}
	b.maxNotes = b.opt.MaxNotes
	if b.maxNotes == 0 {
		b.maxNotes = DefaultMaxNotes
	}
	b.f = excelize.NewFile()
	defer func() {
		if cerr := b.f.Close(); err == nil {
			err = cerr
		}
	}()
	for i := range c.Indicators {
		b.rowOf[c.Indicators[i].ID] = i + 2
	}
	for i := range c.Derived {
		d := &c.Derived[i]
		r, err := c.Compute(d.ID)
		if err != nil {
			return fmt.Errorf("xlsx: %w", err)
		}
		b.results[d.ID] = r
		b.derRow[d.ID] = i + 2
	}
	// The chart data is planned first: whether the book has a Chart
	// data sheet depends on it.
	if err := b.planCharts(); err != nil {
		return err
	}
	if err := b.f.SetSheetName("Sheet1", SheetCover); err != nil {
		return err
	}
	for _, s := range b.sheets()[1:] {
		if _, err := b.f.NewSheet(s); err != nil {
			return err
		}
		if s == SheetChartLayout {
			if err := b.f.SetSheetVisible(s, false); err != nil {
				return err
			}
		}
	}
	// Before the stream writers: SetActiveSheet reads every sheet.
	b.f.SetActiveSheet(0)
	steps := []func() error{b.scan, b.pageSetup, b.writeIndicators, b.writeDerived, b.writeSeries, b.writeCover, b.writeSources, b.writeCharts, b.writeProps}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	if err := b.setDimensions(); err != nil {
		return err
	}
	zw := newCanonZip(w, b.opt.Stamp, b.writeNames)
	zw.splice[b.sheetPath] = b.writeRows
	zw.head = map[string]func([]byte) []byte{b.sheetPath: outlineLevelCol}
	for i := range b.nCharts {
		b.edit(chartPart(i), unwrappedLabels)
	}
	zw.edit = b.edits
	zw.parallel = b.n >= parallelRows
	b.f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	if _, err := b.f.WriteToBuffer(); err != nil {
		return err
	}
	return nil
}

// all yields every indicator with its row on the Indicators sheet.
func (b *book) all() iter.Seq2[int, *indicators.Indicator] {
	return func(yield func(int, *indicators.Indicator) bool) {
		row := 2
		for i := range b.c.Indicators {
			if !yield(row, &b.c.Indicators[i]) {
				return
			}
			row++
		}
		if b.more == nil {
			return
		}
		for ind := range b.more {
			if !yield(row, ind) {
				return
			}
			row++
		}
	}
}

// fnv64 is FNV-1a, for checking defined names are unique without keeping
// them.
func fnv64(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// nameClash finds the IDs whose defined names have hash h and returns
// the error that says so, or nil if their names differ after all (two
// names with one 64-bit hash).
func (b *book) nameClash(h uint64) error {
	var ids []string
	names := map[string]int{}
	check := func(id, n string) {
		if fnv64(n) == h {
			ids = append(ids, id)
			names[n]++
		}
	}
	for _, ind := range b.all() {
		name := DefinedName(ind.ID)
		check(ind.ID, name)
		if ind.Quantity.IsRange() {
			check(ind.ID, name+"_LOW")
			check(ind.ID, name+"_HIGH")
		}
	}
	for _, d := range b.c.Derived {
		name := DefinedName(d.ID)
		check(d.ID, name)
		if b.results[d.ID].Quantity.IsRange() {
			check(d.ID, name+"_LOW")
			check(d.ID, name+"_HIGH")
		}
	}
	for n, k := range names {
		if k > 1 {
			return fmt.Errorf("xlsx: IDs %q all have the defined name %s (names are upper case, and every character but a letter or digit is _): change all but one of them", ids, n)
		}
	}
	return nil
}

// writeNames writes the <definedName> elements of the book: one per
// indicator and derived indicator, and _LOW and _HIGH for ranges. Names
// are letters, digits and underscores (DefinedName): nothing to escape.
func (b *book) writeNames(w io.Writer) error {
	var buf []byte
	def := func(name, suffix, sheet string, refs ...int) {
		// refs are column, row pairs; two pairs make a range.
		buf = append(buf, `<definedName name="`...)
		buf = append(buf, name...)
		buf = append(buf, suffix...)
		buf = append(buf, `">`...)
		buf = append(buf, sheet...)
		for i := 0; i < len(refs); i += 2 {
			if i > 0 {
				buf = append(buf, ':')
			} else {
				buf = append(buf, '!')
			}
			buf = append(buf, '$')
			if c := refs[i]; c >= 1 && c <= 26 {
				buf = append(buf, byte('A'+c-1))
			} else {
				col, _ := excelize.ColumnNumberToName(c)
				buf = append(buf, col...)
			}
			buf = append(buf, '$')
			buf = strconv.AppendInt(buf, int64(refs[i+1]), 10)
		}
		buf = append(buf, `</definedName>`...)
	}
	n := 0
	for row, ind := range b.all() {
		if n++; n > b.n {
			break
		}
		name := DefinedName(ind.ID)
		if ind.Quantity.IsRange() {
			def(name, "", SheetIndicators, colLow, row, colHigh, row)
			def(name, "_LOW", SheetIndicators, colLow, row)
			def(name, "_HIGH", SheetIndicators, colHigh, row)
		} else {
			def(name, "", SheetIndicators, colValue, row)
		}
		var err error
		if buf, err = flushFull(w, buf); err != nil {
			return err
		}
	}
	if n != b.n {
		return fmt.Errorf("xlsx: the indicators yielded %d indicators, then %d: WriteSeq needs the same indicators each time", b.n, n)
	}
	for _, d := range b.c.Derived {
		name, row := DefinedName(d.ID), b.derRow[d.ID]
		if b.results[d.ID].Quantity.IsRange() {
			def(name, "", SheetDerived, derCol.low, row, derCol.high, row)
			def(name, "_LOW", SheetDerived, derCol.low, row)
			def(name, "_HIGH", SheetDerived, derCol.high, row)
		} else {
			def(name, "", SheetDerived, valueCol(b.results[d.ID]), row)
		}
	}
	_, err := w.Write(buf)
	return err
}

// style returns the ID of a style, made once per key.
func (b *book) style(key string, make func() *excelize.Style) (int, error) {
	if id, ok := b.styles[key]; ok {
		return id, nil
	}
	id, err := b.f.NewStyle(make())
	if err != nil {
		return 0, err
	}
	b.styles[key] = id
	return id, nil
}

// numStyle returns the style of a number cell with the format fmt.
func (b *book) numStyle(fmt string) (int, error) {
	return b.style("num:"+fmt, func() *excelize.Style {
		f := fmt
		return &excelize.Style{CustomNumFmt: &f, Alignment: &excelize.Alignment{Vertical: "top"}}
	})
}

// writeProps sets the document properties: fixed, or the stamp.
func (b *book) writeProps() error {
	title, url, subject := "Briefing book", "", "Numeric claims"
	if len(b.c.Sources) > 0 {
		s := b.c.Sources[0]
		title = "Briefing book: " + s.Title
		subject = "The numeric claims of " + s.Title
		url = s.URL
	}
	when := "1980-01-01T00:00:00Z"
	if !b.opt.Stamp.IsZero() {
		when = b.opt.Stamp.UTC().Format(time.RFC3339)
	}
	desc := "Every figure of the document with its quote, derived figures as formulas, sources and charts; built by claimbook."
	if url != "" {
		desc = "Figures from " + url + " with their quotes, derived figures as formulas, sources and charts; built by claimbook."
	}
	for _, s := range []*string{&title, &subject, &desc} {
		t, err := checkText("document properties", *s)
		if err != nil {
			return err
		}
		*s = t
	}
	return b.f.SetDocProps(&excelize.DocProperties{
		Title:          title,
		Subject:        subject,
		Creator:        "claimbook",
		LastModifiedBy: "claimbook",
		Keywords:       "claimbook; indicators; briefing book; numeric claims",
		Description:    desc,
		Category:       "Briefing book",
		Language:       "en",
		Created:        when,
		Modified:       when,
	})
}

// sheets returns the book's sheets in order: the Series sheet only when
// the catalog has series.
func (b *book) sheets() []string {
	s := []string{SheetCover, SheetIndicators}
	if len(b.c.Derived) > 0 {
		s = append(s, SheetDerived)
	}
	if b.hasChartDataSheet() {
		s = append(s, SheetChartData)
	}
	s = append(s, SheetSources, SheetCharts)
	if b.hasSeries() {
		s = append(s, SheetSeries)
	}
	if b.hasLayout() {
		s = append(s, SheetChartLayout)
	}
	return s
}

// hasLayout reports whether some native chart reads rows of its own
// (grouped bars, or names set apart from the reader's: chartItem), and
// the book so has a Chart layout sheet.
func (b *book) hasLayout() bool {
	return slices.ContainsFunc(b.charts, func(cd chartData) bool { return cd.layout > 0 })
}

// dataSheet returns the name of the sheet of the chart data.
func (b *book) dataSheet() string {
	return SheetChartData
}

// hasChartDataSheet reports whether the book has a Chart data sheet: when
// the native charts draw bars (planCharts), or when the catalog has no
// derived figures, so that a sheet after Indicators says there are none.
func (b *book) hasChartDataSheet() bool {
	return len(b.charts) > 0 || len(b.c.Derived) == 0
}

// Page margins, in inches: narrow, with room for the footer.
const (
	marginSide   = 0.4
	marginTop    = 0.5
	marginBottom = 0.6
	marginHeader = 0.3
	marginFooter = 0.3
)

// pageSetup makes every sheet print in landscape, one page wide (a table
// as many as it needs at a scale that can be read: see printWide; the
// Indicators sheet its reader's columns: see printReader) and as
// many tall as it takes, with
// narrow margins and a footer that names the sheet and the page.
// It must come before a stream writer starts the sheet, which writes the
// sheet properties first.
func (b *book) pageSetup() error {
	landscape, one, zero, fit := "landscape", 1, 0, true
	side, top, bottom, header, footer := marginSide, marginTop, marginBottom, marginHeader, marginFooter
	for _, s := range b.sheets() {
		if err := b.f.SetSheetProps(s, &excelize.SheetPropsOptions{FitToPage: &fit}); err != nil {
			return err
		}
		if err := b.f.SetPageLayout(s, &excelize.PageLayoutOptions{Orientation: &landscape, FitToWidth: &one, FitToHeight: &zero}); err != nil {
			return err
		}
		if err := b.f.SetPageMargins(s, &excelize.PageLayoutMarginsOptions{Left: &side, Right: &side, Top: &top, Bottom: &bottom, Header: &header, Footer: &footer}); err != nil {
			return err
		}
		if err := b.f.SetHeaderFooter(s, &excelize.HeaderFooterOptions{OddHeader: b.pageHeader(), OddFooter: "&L&8&A&R&8Page &P of &N"}); err != nil {
			return err
		}
	}
	return b.printReader()
}

// pageHeader returns the header of every printed page: at the left the
// book's title (coverHeading), so that a printed or pasted page says what
// it is from (s16g: every page headed "England" or "United States" read
// as a running title); at the right the places the catalog's figures are
// of (wording.EntityNames), up to three, in the order the catalog first
// names them, as the deck does, so that a printed page says where
// ("England and Wales") where no column of it does (s15-births), and
// names the places of [US, CA] as the deck does, "United States and
// Canada" (sorted by code, it was "Canada and United States",
// s18k-birds). A title
// longer than headerTitleMax is cut at a word, since a header holds at
// most 255 characters; an ampersand is doubled, as a header's codes begin
// with one.
func (b *book) pageHeader() string {
	var codes []string
	figures := map[string]int{}
	for i := range b.c.Indicators {
		for _, e := range b.c.Indicators[i].Entities {
			if !slices.Contains(codes, e) {
				codes = append(codes, e)
			}
			figures[e]++
		}
	}
	h := "&L&8" + headerText(cutWords(b.coverHeading(), headerTitleMax))
	codes = bookPlaces(codes, figures)
	if len(codes) == 0 || len(codes) > 3 {
		return h
	}
	// Named in the order of the catalog's list of them all, where an
	// indicator has one: "England and Wales" of [GB-ENG, GB-WLS], not
	// the "Wales and England" of its first indicators (s31b-emptyhomes).
	for i := range b.c.Indicators {
		if es := b.c.Indicators[i].Entities; len(es) == len(codes) && len(es) > 1 && !slices.ContainsFunc(codes, func(e string) bool { return !slices.Contains(es, e) }) {
			codes = es
			break
		}
	}
	return h + "&R&8" + headerText(cutWords(wording.EntityNames(codes), headerTitleMax))
}

// bookPlaces returns the places a book's figures are of, as its page
// header names them, of codes, each of figures[code] figures, in order:
// the country, not its regions beside it (wording.Outermost: "England"
// of England, North East and London, one figure each), unless a place
// within it is, alone, of more figures than it, which is then the
// book's place: one United Kingdom figure among eleven of Great Britain
// headed every page of a release on Great Britain "United Kingdom"
// (s34e-retail); that figure's own row names its place.
func bookPlaces(codes []string, figures map[string]int) []string {
	var out []string
	for _, o := range wording.Outermost(codes) {
		var inner []string
		for _, c := range codes {
			if c != o && indicators.EntityWithin(c, o) && figures[c] > figures[o] {
				inner = append(inner, c)
			}
		}
		if len(inner) > 0 {
			out = append(out, wording.Outermost(inner)...)
			continue
		}
		out = append(out, o)
	}
	return out
}

// headerTitleMax is the most characters of text each side of a page
// header holds: two sides and their codes stay under the 255 that Excel
// allows a header.
const headerTitleMax = 110

// headerText returns s as a page header's text after a font size code
// ("&8"): its ampersands doubled, so that none starts a code, its line
// breaks spaces, and a space before a leading digit, which the size code
// would otherwise read as its own ("&82023 …" is size 82023).
func headerText(s string) string {
	s = strings.ReplaceAll(strings.Join(strings.Fields(s), " "), "&", "&&")
	if s != "" && s[0] >= '0' && s[0] <= '9' {
		s = " " + s
	}
	return s
}

// printReader sets the Indicators sheet to print every row, in
// landscape, one page wide, the header row on every page: the columns a
// row is read by (onPaper, the place and the status among them: a printed
// row of "Live births 698,512" said nowhere that it was England and
// Wales, s15-births), the technical ones collapsed and printing nothing.
// Printed in bands of columns across pages, one row's value, notes and
// status were on three pages, and its last rows alone on nearly blank
// ones (s17j-forestry); balanceWidths sizes the printed columns to fit one
// page at a scale that can be read.
func (b *book) printReader() error {
	last := colNames[len(indicators.IndicatorColumns)-1 : len(indicators.IndicatorColumns)]
	area := sheetRef(SheetIndicators, "$A$1:$"+last+"$"+strconv.Itoa(b.n+1))
	if err := b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Area", RefersTo: area, Scope: SheetIndicators}); err != nil {
		return err
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: sheetRef(SheetIndicators, "$1:$1"), Scope: SheetIndicators})
}

// printWide sets a table sheet to repeat its header row on every printed
// page and to print as many pages wide as its columns of widths w need at
// a scale that can be read (pagesWide), across then down, with the
// columns from to to (1-based, of w) on every page to say whose row it
// is; none where to is before from. A small table of rows rows prints
// one page wide where it can (smallOnePage). A streamed sheet calls it
// before its stream writer starts.
func (b *book) printWide(sheet string, w []float64, from, to, rows int) error {
	ref := sheetRef(sheet, "$1:$1")
	if smallOnePage(w, rows) {
		return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: sheet})
	}
	if to < from {
		if wide := pagesWide(w, nil); wide > 1 {
			across := "overThenDown"
			if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToWidth: &wide, PageOrder: &across}); err != nil {
				return err
			}
		}
		return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: sheet})
	}
	if wide := pagesWide(w, w[from-1:to]); wide > 1 {
		across := "overThenDown"
		if err := b.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{FitToWidth: &wide, PageOrder: &across}); err != nil {
			return err
		}
		first, _ := excelize.ColumnNumberToName(from)
		last, _ := excelize.ColumnNumberToName(to)
		ref = sheetRef(sheet, "$"+first+":$"+last) + "," + ref
	}
	return b.f.SetDefinedName(&excelize.DefinedName{Name: "_xlnm.Print_Titles", RefersTo: ref, Scope: sheet})
}

// unrepeatHeader keeps sheet from printing its header row on every page,
// keeping any columns printWide repeats.
func (b *book) unrepeatHeader(sheet string) error {
	names := b.f.GetDefinedName()
	for _, n := range names {
		if n.Name != "_xlnm.Print_Titles" || n.Scope != sheet {
			continue
		}
		if err := b.f.DeleteDefinedName(&excelize.DefinedName{Name: n.Name, Scope: sheet}); err != nil {
			return err
		}
		cols, _, found := strings.Cut(n.RefersTo, ","+sheetRef(sheet, "$1:$1"))
		if !found || cols == "" {
			return nil
		}
		return b.f.SetDefinedName(&excelize.DefinedName{Name: n.Name, RefersTo: cols, Scope: sheet})
	}
	return nil
}

// setDimensions records the used range of the sheets not streamed:
// excelize leaves it at A1, and openpyxl's read-only mode believes it.
func (b *book) setDimensions() error {
	for _, s := range []string{SheetCover, SheetSources, SheetCharts, SheetSeries} {
		if s == SheetSeries && !b.hasSeries() {
			continue
		}
		rows, err := b.f.GetRows(s, excelize.Options{RawCellValue: true})
		if err != nil {
			return err
		}
		cols := 1
		for _, r := range rows {
			cols = max(cols, len(r))
		}
		last, err := excelize.CoordinatesToCellName(cols, max(len(rows), 1))
		if err != nil {
			return err
		}
		if err := b.f.SetSheetDimension(s, "A1:"+last); err != nil {
			return err
		}
	}
	return nil
}
