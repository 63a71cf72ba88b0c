package xlsx

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// An indicatorRow is the cells of one indicator on the Indicators sheet,
// text checked.
type indicatorRow struct {
	text  indicators.IndicatorRow // the text cells; numbers are apart
	value [4]*indicators.Decimal  // Value, Low, High, Margin
	start int
	end   int
	note  string
}

// fillRow fills r with the cells of ind, checking the text; with checked,
// the text was checked before (by scan) and is only cut to fit a cell.
// Its cells are the CSV's (indicators.IndicatorRow), one meaning per
// column, but for three a person reads in words, each the same meaning
// as the CSV's code: Entities and Counterpart name their places
// ("United States (US)", the code kept), Unit is the unit as the figure
// reads ("injuries", "percentage points"; the CSV's "injury",
// "percentage_point") and Period is in words ("January–June 2020", the
// CSV's 2020-H1), text as every Period and Base cell of the book is. The
// figures are numbers (appendRow), signed as the CSV's are.
func (b *book) fillRow(r *indicatorRow, ind *indicators.Indicator, checked bool) error {
	var p indicators.Provenance
	if len(ind.Provenance) > 0 {
		p = ind.Provenance[0]
	}
	sp := b.spans.Of(p)
	r.start, r.end = sp.Start, sp.End
	t := &r.text
	t.FillAt(ind, b.spans.Of)
	t[ixQuote] = wording.QuoteLines(t[ixQuote]) // the CSV keeps the document's line ends
	if strings.Contains(t[ixEntities], ";") {
		// "BF; CM; TD": a line may break between codes, never inside one.
		t[ixEntities] = strings.ReplaceAll(t[ixEntities], ";", "; ")
	}
	// The book is read by people: a region's code and a unit's id in
	// words, where the CSV keeps them ("Central America (013)",
	// "percentage points", "England (GB-ENG)" for a subdivision); a
	// country's two letters stay short in a list.
	var ents []string
	for _, e := range ind.Entities {
		if e != "" && e[0] >= '0' && e[0] <= '9' || len(e) > 3 && e[2] == '-' || len(ind.Entities) == 1 {
			e = wording.EntityLabel(e)
		}
		ents = append(ents, e)
	}
	if len(ents) > 0 {
		t[ixEntities] = strings.Join(ents, "; ")
	}
	if ind.Counterpart != "" {
		t[ixCounter] = wording.EntityLabel(ind.Counterpart)
	}
	t[ixUnit] = wording.IndicatorUnitWords(ind)
	if u := nounUnit(ind); u != ind.Unit {
		t[ixUnit] = wording.UnitWords(u)
	}
	// Section is the whole path, as the CSV's, even where its first
	// heading is the source's title: a blank Section read as "no
	// section", and rows under one heading differed (s23q-unions).
	// Periods as the cover, the charts and the slides write them ("FY
	// 2010–11", "July 2008–June 2014"); the CSV keeps the codes.
	if ind.Period.IsStated() {
		t[ixPeriod] = ind.Period.Label()
	}
	t[ixBase] = wording.BaseWords(ind) // "2015=100" of an index level
	for i, col := range indicators.IndicatorColumns {
		if col.Kind != indicators.TextColumn {
			t[i] = "" // numbers are cells of their own kind (appendRow)
		}
	}
	for i, s := range t {
		if s == "" || checked && len(s) <= MaxCellChars { // UTF-16 units ≤ bytes
			continue
		}
		v, err := checkText("", s)
		if err != nil {
			err.(*TextError).Where = fmt.Sprintf("indicator %q: %s", ind.ID, strings.ToLower(Header[i]))
			return err
		}
		t[i] = v
	}
	v := storedCells(ind)
	r.value = [4]*indicators.Decimal{v[0], v[1], v[2], nil}
	// A hedged point's ends (indicators.Indicator.HedgeEnds) are in the
	// exports, not here: filled, Low and High widened the printed sheet
	// below its least scale (7 pt in LibreOffice, TestLibreOfficePrint:
	// 6.8 pt for the reference book, 6.4 for testdata/multi); the sheet's
	// Low and High hold the ranges the documents state.
	if m := &ind.Quantity.Margin; !m.IsZero() {
		r.value[3] = &m.HalfWidth // in the figure's format: "0.8 million birds"
	}
	return nil
}

// belowTitle returns the section path of p less a first heading that is
// its source's title (the corpus catalogs' convention, "HUD AND CENSUS …
// > Building Permits"), which the book names once, not in every row and
// note; the CSV and the JSON keep the whole path.
func belowTitle(c *indicators.Catalog, p indicators.Provenance) []string {
	sec := p.Section
	if s, ok := c.Source(p.Source); ok && s.Title != "" && len(sec) > 0 &&
		strings.EqualFold(strings.TrimSpace(sec[0]), strings.TrimSpace(s.Title)) {
		return sec[1:]
	}
	return sec
}

// noteText is the cell note of an indicator: its quotes, each with where it
// was said, the document's title once ("— Title, Section", never "— Title,
// Title > Section").
func noteText(c *indicators.Catalog, ind *indicators.Indicator) string {
	var sb strings.Builder
	for i, p := range ind.Provenance {
		if i > 0 {
			sb.WriteString("\n\n")
		}
		sb.WriteString("“" + wording.QuoteLines(p.Quote) + "”")
		where := p.Source
		if s, ok := c.Source(p.Source); ok && s.Title != "" {
			where = s.Title
		}
		if sec := belowTitle(c, p); len(sec) > 0 {
			where += ", " + strings.Join(sec, " > ")
		}
		sb.WriteString("\n— " + where)
	}
	return sb.String()
}

// The Indicators columns: the widest each gets for its text, in
// characters, whether its text wraps past that, the widest it gets so
// that no word of its cells is broken ("percen/t", "2015-08/2015-/09"; see
// wordsNeed; an ID wider than that breaks after its hyphens), and the
// least and the most a wrapping column may be made when the widths are
// balanced for print (balanceWidths). Values never wrap: they get the
// width their widest number needs as its format shows it, so that no cell
// shows "###".
var maxWidths, wrapCols, wordMax, leastWidths, mostWidths = func() (w [nColumns]float64, wrap [nColumns]bool, words, least, most [nColumns]float64) {
	layout := map[string]struct {
		max         float64
		wrap        bool
		words       float64
		least, most float64
	}{
		"ID": {20, true, 20, 12, 26}, "Title": {36, true, 36, 24, 48}, "Entities": {10, true, 16, 8, 26}, "Counterpart": {12, true, 16, 8, 26},
		"Measure": {10, false, 12, 0, 0}, "Status": {10, false, 13, 0, 0}, "Stated": {22, true, 30, 14, 36}, "Qualifier": {10, false, 13, 0, 0},
		"Direction": {10, false, 12, 0, 0}, "Value": {60, false, 0, 0, 0}, "Low": {60, false, 0, 0, 0}, "High": {60, false, 0, 0, 0}, "Margin": {60, false, 0, 0, 0}, "MarginKind": {16, false, 18, 0, 0},
		"Unit": {12, true, 20, 10, 24}, "Scale": {9, false, 12, 0, 0}, "Period": {12, true, 22, 10, 22}, "Base": {12, true, 22, 10, 22}, // a period label, as Period
		"Section": {26, true, 30, 16, 48}, "Quote": {56, true, 56, 28, 96}, "Start": {8, false, 9, 0, 0}, "End": {8, false, 9, 0, 0},
		"Source": {22, true, 36, 12, 36}, "Notes": {30, true, 30, 14, 40}, "Against": {10, false, 12, 0, 0},
	}
	for i, c := range indicators.IndicatorColumns {
		l, ok := layout[c.Name]
		if !ok {
			panic("xlsx: no layout for the Indicators column " + c.Name)
		}
		w[i], wrap[i], words[i], least[i], most[i] = l.max, l.wrap, l.words, l.least, l.most
	}
	return w, wrap, words, least, most
}()

// indent is the indent of the cells of Indicators column i, in digit
// widths: every column but the first is indented by one, the room
// between its text and the column to its left ("…previous quarter,EU").
func indent(i int) float64 {
	if i == 0 {
		return 0
	}
	return indentWidth
}

// nColumns is the number of columns of the Indicators sheet.
const nColumns = len(indicators.IndicatorColumns)

// scan is the first pass over the indicators: it counts them, checks
// their text and that their defined names and those of the derived
// indicators are distinct, sizes the columns of the Indicators sheet,
// makes the styles of its cells, and makes the notes (at most MaxNotes),
// which writeIndicators adds once the widths are set. Every error of the
// Indicators sheet comes from here: its rows are written only when the
// book goes into the zip (writeRows).
func (b *book) scan() error {
	var err error
	st := &b.rowStyles
	if _, err = b.headerStyle(); err != nil {
		return err
	}
	if st.text, err = b.style("text", func() *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top"}}
	}); err != nil {
		return err
	}
	if st.wrapIndent, err = b.wrapIndentStyle(); err != nil {
		return err
	}
	if st.textIndent, err = b.style("text-indent", func() *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1, Vertical: "top"}}
	}); err != nil {
		return err
	}
	if st.wrap, err = b.wrapStyle(); err != nil {
		return err
	}
	if st.integer, err = b.numStyle("0"); err != nil {
		return err
	}

	var hashes []uint64
	addName := func(name string) { hashes = append(hashes, fnv64(name)) }
	widths := &b.widths
	b.words = [nColumns]float64{}
	for i, h := range Header {
		widths[i] = textWidth(h, true) + 2 + indent(i) // room for the filter button
	}
	b.sample = b.sample[:0]
	var r indicatorRow
	var fmtBuf []byte
	b.n = 0
	for row, ind := range b.all() {
		b.n++
		name, changed := definedName(ind.ID)
		if changed && b.renamed == "" {
			b.renamed, b.renamedTo = ind.ID, name
		}
		addName(name)
		if ind.Quantity.IsRange() {
			addName(name + "_LOW")
			addName(name + "_HIGH")
		}
		ind = asCatalogued(ind)
		if err := b.fillRow(&r, ind, false); err != nil {
			return err
		}
		for i, s := range r.text {
			b.used[i] = b.used[i] || s != ""
			switch i {
			case ixStart: // a number too wide shows "###"
				b.words[i] = max(b.words[i], numberNeed(r.start))
				continue
			case ixEnd:
				b.words[i] = max(b.words[i], numberNeed(r.end))
				continue
			}
			if (i == ixEntities || i == ixCounter) && s != "" {
				// The widest entity's name on one line ("United
				// Kingdom (GB)"), which balanceWidths gives the column,
				// on screen only; a line breaks between entities ("BF;
				// CM; TD").
				for name := range strings.SplitSeq(s, "; ") {
					b.names[i] = max(b.names[i], min(wordsNeed(name, false, false, 0)+indent(i), mostWidths[i]))
				}
			}
			if s != "" && wordMax[i] > b.words[i] && float64(len(s))*maxWordWidth+wordPad+indentWidth > b.words[i] {
				n := wordsNeed(s, wrapCols[i], false, wordMax[i])
				if n > 0 {
					n += indent(i)
				}
				b.words[i] = max(b.words[i], n)
			}
			if widths[i] >= maxWidths[i] || float64(len(s))*maxCharWidth+indent(i) <= widths[i] {
				continue
			}
			widths[i] = max(widths[i], textWidth(s, false)+indent(i))
		}
		if len(b.sample) < maxSample {
			b.sample = append(b.sample, r.text)
		}
		noteCol := 0
		for k, d := range r.value {
			if d == nil {
				continue
			}
			b.used[ixValue+k] = true
			if _, err := b.valueStyle(valueKey(k, *d, ind)); err != nil {
				return err
			}
			fmtBuf = appendFormatted(fmtBuf[:0], *d, ind)
			widths[ixValue+k] = max(widths[ixValue+k], textWidth(string(fmtBuf), false))
			if noteCol == 0 {
				noteCol = colValue + k
			}
		}
		if len(ind.Provenance) > 0 && noteCol > 0 && b.notes < b.maxNotes {
			text, err := checkText(fmt.Sprintf("indicator %q: note", ind.ID), noteText(b.c, ind))
			if err != nil {
				return err
			}
			ref, _ := excelize.CoordinatesToCellName(noteCol, row)
			b.noteList = append(b.noteList, excelize.Comment{Cell: ref, Author: "claimbook", Text: text, Width: 360, Height: 160})
			b.notes++
		}
	}
	for i := range b.c.Derived {
		d := &b.c.Derived[i]
		name, changed := definedName(d.ID)
		if changed && b.renamed == "" {
			b.renamed, b.renamedTo = d.ID, name
		}
		addName(name)
		if b.results[d.ID].Quantity.IsRange() {
			addName(name + "_LOW")
			addName(name + "_HIGH")
		}
	}
	if b.n > 1<<20-1 {
		return fmt.Errorf("xlsx: %d indicators do not fit a sheet of %d rows", b.n, 1<<20)
	}
	for i, w := range widths {
		b.colWidths[i] = wordFit(w, b.words[i], 6, maxWidths[i], wordMax[i])
	}
	b.balanceWidths()
	slices.Sort(hashes)
	for i := 1; i < len(hashes); i++ {
		if hashes[i] == hashes[i-1] {
			if err := b.nameClash(hashes[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// appendFormatted appends d as its cell shows it, for the width of its
// column: as indicators.Format writes it in the compact style, which the
// number format of the cell agrees with (TestNumFmtAgreesWithFormat), or
// "No. 2" for a rank. This is the one place the first pass formats numbers.
func appendFormatted(buf []byte, d indicators.Decimal, ind *indicators.Indicator) []byte {
	buf = append(buf, turnWord(ind)...)
	if ind.Unit.Kind == indicators.Rank {
		if w := rankWords(ind); w != "" {
			// The cell shows the words ("second highest"), which its
			// column must hold: sized as "No. 2", it read "###"
			// (s24s-spending).
			return append(buf, w...)
		}
		buf = append(buf, "No. "...)
		return append(buf, d.Shift(-ind.Quantity.Scale.Exp()).Text(",")...)
	}
	// In the unit its cell's format writes (nounUnit): sized as "42
	// adoptions", "42 local adoptions" printed "###" (s33d-adoption).
	buf = append(buf, indicators.Format(indicators.Quantity{Value: d, Scale: ind.Quantity.Scale}, nounUnit(ind), indicators.Style{Compact: true, Words: true})...)
	return append(buf, againstTail(ind)...)
}

// writeIndicators writes the Indicators sheet with excelize's stream
// writer: the real dimension, the column widths, the frozen header, the
// header row and the table. The data rows are not written here but
// spliced into the part as it goes into the zip (writeRows), so that they
// are never held in memory. The notes go in before Flush: excelize drops
// notes added after it.
func (b *book) writeIndicators() error {
	f := b.f
	last := colNames[nColumns-1:nColumns] + strconv.Itoa(b.n+1)
	if err := f.SetSheetDimension(SheetIndicators, "A1:"+last); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetIndicators)
	if err != nil {
		return err
	}
	hidden := make(map[int]bool)
	for _, i := range b.hiddenColumns() {
		hidden[i] = true
	}
	// The unused optional columns hidden; the technical ones, used or
	// not, in collapsed outline groups (onPaper), one a run: Counterpart
	// and Measure before Status, Qualifier to Source after it, each a
	// "+" (outlineLevelCol). An empty technical column left out of the
	// group split it in four. A technical column a reader needs prints
	// (printsCol). Every hidden column is in a group: an unused Low, High
	// and Margin hidden at level 0 had no button to show them (review19
	// item 14), so they are a group of their own; but for an empty
	// Counterpart, which opened as an empty column beside the places
	// (counterpartDropped).
	if err := streamCols(sw, b.colWidths[:], func(i int) bool { return hidden[i] || !b.printsCol(i) }, func(i int) bool { return !b.counterpartDropped(i) }); err != nil {
		return err
	}
	// After the widths, which place the notes' boxes.
	for _, c := range b.noteList {
		if err := f.AddComment(SheetIndicators, c); err != nil {
			return err
		}
	}
	b.noteList = nil
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, XSplit: 1, TopLeftCell: "B2", ActivePane: "bottomRight",
		Selection: []excelize.Selection{{SQRef: "B2", ActiveCell: "B2", Pane: "bottomRight"}}}); err != nil {
		return err
	}
	styles, err := b.headerStyles(nColumns, func(i int) headKind {
		// Indented as the column's cells are (indent); a column of
		// numbers right-aligned as its numbers are.
		switch i {
		case 0:
			return headPlain
		case ixValue, columnIndex("Low"), columnIndex("High"), columnIndex("Margin"):
			return headNumber
		}
		return headIndented
	})
	if err != nil {
		return err
	}
	cells := make([]any, nColumns)
	for i, h := range Header {
		cells[i] = excelize.Cell{StyleID: styles[i], Value: h}
	}
	if err := sw.SetRow("A1", cells, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	// AddTable reads the header back from the stream; the data rows come
	// later. A table needs a data row; an empty catalog gets an empty one.
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + last, Name: "Indicators", StyleName: "TableStyleMedium2"}); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	id := 0
	for sid, name := range f.GetSheetMap() {
		if name == SheetIndicators {
			id = sid
		}
	}
	b.sheetPath = "xl/worksheets/sheet" + strconv.Itoa(id) + ".xml"
	return nil
}

// hiddenColumns returns the optional Indicators columns (from 0) no row
// fills, to be hidden: the columns are the contract, and stay, but a
// column of nothing printed as empty pages. A book of no indicators hides
// none.
func (b *book) hiddenColumns() []int {
	if b.n == 0 {
		return nil
	}
	var out []int
	for i, h := range Header {
		if optionalColumns[h] && !b.used[i] {
			out = append(out, i)
		}
	}
	return out
}

// optionalColumns are the Indicators columns a catalog may leave empty in
// every row.
var optionalColumns = map[string]bool{"Entities": true, "Counterpart": true, "Direction": true, "Low": true, "High": true, "Margin": true, "Scale": true, "MarginKind": true, "Section": true, "Notes": true, "Against": true}

// onPaper reports whether Indicators column i (from 0) is one a printed
// row is read by: the reader's columns (indicators.ReaderColumns), the
// places the figure is of (Entities) and its status (a provisional figure
// printed as a fact misleads, s17j-ports). The others (Counterpart,
// Measure, Qualifier, Direction, Scale, Section, Start, End, Source) are
// for tools and checking: an outline group, collapsed, that prints
// nothing and opens on screen with its "+", so that a printed row fits
// one page wide (s17j-forestry: a row's value, notes and status were on
// three pages).
func onPaper(i int) bool {
	return i < indicators.ReaderColumns || i == ixEntities || i == ixStatus
}

// wrapStyle is the one style of text that wraps in its column, top aligned.
func (b *book) wrapStyle() (int, error) {
	return b.style("wrap", func() *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
}

// wrapIndentStyle is wrapStyle indented by one: a text cell right of a
// right-aligned number, which would otherwise run into it ("28%percent").
func (b *book) wrapIndentStyle() (int, error) {
	return b.style("wrap-indent", func() *excelize.Style {
		return &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1, Vertical: "top", WrapText: true}}
	})
}

// headerStyle is the style of header rows: LibreOffice does not draw table
// styles, so the header carries its own.
func (b *book) headerStyle() (int, error) {
	return b.style("header", func() *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Family: font, Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Vertical: "center"},
		}
	})
}

// headIndentStyle is the header style of a column indented as its cells
// are: right of a number, so that the header does not run into the
// right-aligned one before it ("HighUnit").
func (b *book) headIndentStyle() (int, error) {
	return b.style("header-indent", func() *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Family: font, Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1, Vertical: "center"},
		}
	})
}

// numHeaderStyle is the header style of a column of numbers: right-aligned
// as its numbers are, so that a number prints under its own header, not
// under the next one's (s16g-research: "69%" printed under "Low").
func (b *book) numHeaderStyle() (int, error) {
	return b.style("header-num", func() *excelize.Style {
		return &excelize.Style{
			Font:      &excelize.Font{Family: font, Bold: true, Color: "FFFFFF"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"1F4E78"}},
			Alignment: &excelize.Alignment{Horizontal: "right", Vertical: "center"},
		}
	})
}

// A headKind is how a header cell stands over its column.
type headKind int

const (
	headPlain    headKind = iota // over a column of text
	headNumber                   // right-aligned as its numbers are
	headIndented                 // indented as its cells are, right of a number
)

// headerStyles returns the style of each of n header cells, kind giving
// how the header of column i (0-based) stands: one rule for the
// Indicators, Derived and Series sheets, so that a number prints under
// its own header, not the next one's (s16g-research: "69%" under "Low").
func (b *book) headerStyles(n int, kind func(i int) headKind) ([]int, error) {
	head, err := b.headerStyle()
	if err != nil {
		return nil, err
	}
	num, err := b.numHeaderStyle()
	if err != nil {
		return nil, err
	}
	indent, err := b.headIndentStyle()
	if err != nil {
		return nil, err
	}
	out := make([]int, n)
	for i := range out {
		switch kind(i) {
		case headNumber:
			out[i] = num
		case headIndented:
			out[i] = indent
		default:
			out[i] = head
		}
	}
	return out, nil
}
