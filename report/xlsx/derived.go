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

// derCol are the columns of the Derived sheet, 1-based.
var derCol = struct {
	id, title, formula, value, low, high, unit, figure, inputs, qualifier, period, status, note int
}{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13}

// derivedHeader is the header of the Derived table: the words of the JSON
// and CSV exports of derived figures ("Figure" is their text).
var derivedHeader = []string{"ID", "Title", "Formula", "Value", "Low", "High", "Unit", "Figure", "Inputs",
	"Qualifier", "Period", "Status", "Note"}

// derivedLastCol is the letter of the Derived table's last column.
const derivedLastCol = "M"

// valueCol returns the Derived column a derived figure's defined name
// refers to when it is not a range: the value of a point, the bound of
// "more than X" or "less than X".
func valueCol(r indicators.Result) int {
	if r.Bounded {
		switch r.Quantity.Qualifier {
		case indicators.MoreThan, indicators.AtLeast:
			return derCol.low
		case indicators.UpTo, indicators.LessThan:
			return derCol.high
		}
	}
	return derCol.value
}

// live reports whether the Derived sheet may show r as a live formula:
// when its figure is what the stated figures compute (exact, a range of
// unhedged ranges, a hedged point at the stated figures' result). A bound
// or a range the hedges widened is written as numbers, the Bounds of r;
// a figure that cannot be bounded has no value at all.
func live(r indicators.Result, rangeFormulas bool) bool {
	if !r.Bounded {
		return false
	}
	switch r.Quantity.Qualifier {
	case indicators.Exact, indicators.Approx, indicators.Nearly:
		return !rangeFormulas
	case indicators.Range:
		lo, hi, _, _ := r.Bounds()
		return rangeFormulas && r.Interval.Lo == r.Lo && r.Interval.Hi == r.Hi && lo.Equal(r.Quantity.Low) && hi.Equal(r.Quantity.High)
	}
	return false
}

// ends returns the defined names of the low and high ends of an indicator
// or derived indicator, the same name twice for a point, and whether it is
// a range.
func (b *book) ends(id string) (lo, hi string, isRange bool, err error) {
	return b.endsAs(id, false)
}

// endsAs returns the formulas of ends (the model's figures, a percent in
// percent), or, if fraction, of a percent the fraction its cell holds
// (storedPercent): "SHARE", not "(100*SHARE)".
func (b *book) endsAs(id string, fraction bool) (lo, hi string, isRange bool, err error) {
	if ind, ok := b.c.Indicator(id); ok {
		n := DefinedName(ind.ID)
		pct, fall := storedPercent(ind.Unit, ind.Quantity.Scale) && !fraction, isFall(ind)
		switch {
		case ind.Quantity.IsRange() && fall:
			// The fall's larger drop is held in _LOW (storedCells):
			// the model's low end is the magnitude of _HIGH.
			return modelExpr(n+"_HIGH", pct, fall), modelExpr(n+"_LOW", pct, fall), true, nil
		case ind.Quantity.IsRange():
			return modelExpr(n+"_LOW", pct, fall), modelExpr(n+"_HIGH", pct, fall), true, nil
		}
		return modelExpr(n, pct, fall), modelExpr(n, pct, fall), false, nil
	}
	if r, ok := b.results[id]; ok {
		n := DefinedName(id)
		pct := storedPercent(r.Unit, r.Quantity.Scale) && !fraction
		if r.Quantity.IsRange() {
			return modelExpr(n+"_LOW", pct, false), modelExpr(n+"_HIGH", pct, false), true, nil
		}
		return modelExpr(n, pct, false), modelExpr(n, pct, false), false, nil
	}
	return "", "", false, fmt.Errorf("xlsx: %q is not an indicator or derived indicator of the catalog", id)
}

// formulas returns the Excel formulas of a derived indicator: one for a
// point result, low and high for a range. They compute what
// indicators.Result.Lo and Hi hold.
func (b *book) formulas(d *indicators.Derived) (value, low, high string, err error) {
	type end struct{ lo, hi string }
	var in []end
	anyRange := false
	for _, id := range d.Inputs {
		lo, hi, r, err := b.ends(id)
		if err != nil {
			return "", "", "", fmt.Errorf("xlsx: derived %q: %w", d.ID, err)
		}
		anyRange = anyRange || r
		in = append(in, end{lo, hi})
	}
	if len(in) < 2 {
		return "", "", "", fmt.Errorf("xlsx: derived %q has %d inputs", d.ID, len(in))
	}
	switch d.Op {
	case indicators.Ratio, indicators.ShareOf:
		pre := ""
		if d.Op == indicators.ShareOf {
			pre = "100*"
		}
		a, c := in[0], in[1]
		if !anyRange {
			return pre + a.lo + "/" + c.lo, "", "", nil
		}
		var terms []string
		seen := map[string]bool{}
		for _, x := range []string{a.lo, a.hi} {
			for _, y := range []string{c.lo, c.hi} {
				t := pre + x + "/" + y
				if !seen[t] {
					seen[t] = true
					terms = append(terms, t)
				}
			}
		}
		list := strings.Join(terms, ",")
		return "", "MIN(" + list + ")", "MAX(" + list + ")", nil
	case indicators.Difference:
		a, c := in[0], in[1]
		if !anyRange {
			return a.lo + "-" + c.lo, "", "", nil
		}
		return "", a.lo + "-" + c.hi, a.hi + "-" + c.lo, nil
	case indicators.Sum:
		var los, his []string
		for _, e := range in {
			los, his = append(los, e.lo), append(his, e.hi)
		}
		if !anyRange {
			return strings.Join(los, "+"), "", "", nil
		}
		return "", strings.Join(los, "+"), strings.Join(his, "+"), nil
	}
	return "", "", "", fmt.Errorf("xlsx: derived %q: unknown formula %v", d.ID, d.Op)
}

// resultFormat is the number format of a derived result, written to the
// digits its figure has: a percent is no proportion in words (13.15
// percent shows "13.15%", not the "13.1%" of a third's one decimal), and
// only a pure number from 0 to 1 shows as a proportion in percent.
func resultFormat(r indicators.Result, which indicators.Decimal) string {
	return numFmt(which, r.Unit, r.Quantity.Scale, r.Unit == (indicators.Unit{}))
}

// writeDerived writes the Derived sheet, when the catalog has derived
// figures, and the Chart data sheet, when the native charts draw bars or
// the book would have no sheet after Indicators: each with the stream
// writer, the one excelize writer that stores a formula with its cached
// value. The chart data has a sheet of its own: beside the derived table
// its rows took the height of the table's wrapped text (s16g-air, rows 3
// to 5 lines tall), widened the printed Derived sheet to three pages
// (s16g-research) and printed under the "Derived" footer (s16g-marriages).
func (b *book) writeDerived() error {
	if len(b.c.Derived) > 0 {
		if err := b.writeDerivedTable(); err != nil {
			return err
		}
	}
	if b.hasChartDataSheet() {
		return b.writeChartDataSheet()
	}
	return nil
}

// writeChartDataSheet writes the Chart data sheet: the data the native
// charts draw, one row per bar, its header in row 1, view and bar
// repeated on every printed page.
func (b *book) writeChartDataSheet() error {
	f := b.f
	lastRow, lastCol := 1, max(len(b.cdCols), 1)
	if len(b.charts) > 0 {
		cd := b.charts[len(b.charts)-1]
		lastRow = cd.last
	}
	last, _ := excelize.CoordinatesToCellName(lastCol, max(lastRow, 1))
	if err := f.SetSheetDimension(SheetChartData, "A1:"+last); err != nil {
		return err
	}
	widths := b.chartDataWidths()
	repeat, from, pw := cdCategory, cdCategory, widths // view and bar are always kept
	if len(b.charts) == 0 {
		repeat, from, pw = 1, 1, []float64{8} // an empty sheet
	}
	if err := b.printWide(SheetChartData, pw, from, repeat, bigTable); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetChartData)
	if err != nil {
		return err
	}
	if err := streamCols(sw, widths, nil, nil); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	grid := &rowGrid{cells: map[int][]any{}, heights: map[int]float64{}, width: lastCol}
	layout := &rowGrid{cells: map[int][]any{}, heights: map[int]float64{}, width: lastCol}
	if err := b.writeChartData(grid, layout, widths); err != nil {
		return err
	}
	if err := grid.write(sw); err != nil {
		return err
	}
	if err := sw.Flush(); err != nil {
		return err
	}
	if !b.hasLayout() {
		return nil
	}
	// The header again, on the hidden sheet of the grouped bars' rows.
	layout.cells[1] = grid.cells[1]
	lw, err := f.NewStreamWriter(SheetChartLayout)
	if err != nil {
		return err
	}
	if err := streamCols(lw, widths, nil, nil); err != nil {
		return err
	}
	if err := layout.write(lw); err != nil {
		return err
	}
	return lw.Flush()
}

// writeDerivedTable writes the Derived sheet: the derived indicators as
// a table, header in row 1.
func (b *book) writeDerivedTable() error {
	f := b.f
	rows := len(b.c.Derived)
	lastRow, lastCol := rows+1, len(derivedHeader)
	last, _ := excelize.CoordinatesToCellName(lastCol, lastRow)
	if err := f.SetSheetDimension(SheetDerived, "A1:"+last); err != nil {
		return err
	}
	texts := make([][]string, len(b.c.Derived))
	nums := make([][]derivedNum, len(b.c.Derived))
	for i := range b.c.Derived {
		texts[i] = b.derivedText(&b.c.Derived[i])
		n, err := b.derivedNums(&b.c.Derived[i])
		if err != nil {
			return err
		}
		nums[i] = n
	}
	widths := derivedWidths(texts)
	// A number column as wide as the widest number it shows, as its
	// format writes it: "23,872 insolvencies" showed "###" in a column of
	// 14 (s16g-insolvency).
	for i, row := range nums {
		for _, n := range row {
			widths[n.col-1] = max(widths[n.col-1], numberWidth(n.v, resultFormat(b.results[b.c.Derived[i].ID], n.dec))+1)
		}
	}
	// A number column no figure fills is hidden, and prints as nothing:
	// Low and High stood empty beside every exact figure (s16g-insolvency)
	// and widened the printed sheet to three pages (s16g-research).
	filled := map[int]bool{}
	for _, row := range nums {
		for _, n := range row {
			filled[n.col] = true
		}
	}
	printed := slices.Clone(widths)
	for _, col := range []int{derCol.value, derCol.low, derCol.high} {
		if !filled[col] {
			printed[col-1] = 0
		}
	}
	// One page wide where the wrapped columns can narrow to it (fitOnePage;
	// a small table at a smaller scale, fitSmall).
	if fit, ok := fitSmall(printed, []int{derCol.title - 1, derCol.formula - 1, derCol.inputs - 1, derCol.note - 1}, derivedFloors(texts), len(b.c.Derived)); ok {
		for i := range widths {
			if printed[i] > 0 {
				widths[i] = fit[i]
			}
		}
		printed = fit
	}
	if err := b.printWide(SheetDerived, printed, derCol.title, derCol.title, len(b.c.Derived)); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetDerived)
	if err != nil {
		return err
	}
	if err := streamCols(sw, widths, func(i int) bool { return printed[i] == 0 }, nil); err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	// The header in row 1, which every printed page repeats; the stream
	// writer takes rows in order, so they are gathered first.
	grid := &rowGrid{cells: map[int][]any{}, heights: map[int]float64{}, width: lastCol}
	styles, err := b.headerStyles(len(derivedHeader), func(i int) headKind {
		switch i + 1 {
		case derCol.value, derCol.low, derCol.high:
			return headNumber
		case derCol.high + 1:
			return headIndented
		}
		return headPlain
	})
	if err != nil {
		return err
	}
	cells := make([]any, len(derivedHeader))
	for i, h := range derivedHeader {
		cells[i] = excelize.Cell{StyleID: styles[i], Value: h}
	}
	grid.put(1, 0, cells, 20)
	indent, err := b.wrapIndentStyle()
	if err != nil {
		return err
	}
	for i := range b.c.Derived {
		d := &b.c.Derived[i]
		r := b.results[d.ID]
		cells := make([]any, len(derivedHeader))
		height := 1
		for k, col := range derivedTextCols {
			s, err := checkText(fmt.Sprintf("derived %q", d.ID), texts[i][k])
			if err != nil {
				return err
			}
			st := b.rowStyles.wrap
			if col == derCol.high+1 {
				st = indent // right of a number
			}
			cells[col-1] = excelize.Cell{StyleID: st, Value: s}
			height = max(height, lines(s, widths[col-1], false))
		}
		for _, n := range nums[i] {
			f, v := resultFormat(r, n.dec), n.v
			if storedPercent(r.Unit, r.Quantity.Scale) {
				// Held as a fraction, as the Indicators sheet holds a
				// percent (storedPercent).
				f, v = fractionFormat(f), v/100
			}
			st, err := b.numStyle(f)
			if err != nil {
				return err
			}
			cells[n.col-1] = excelize.Cell{StyleID: st, Formula: storedFormula(n.formula, r.Unit, r.Quantity.Scale), Value: v}
		}
		grid.put(b.derRow[d.ID], 0, cells, float64(height*lineHeight))
	}
	if err := grid.write(sw); err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{Range: fmt.Sprintf("A1:%s%d", derivedLastCol, rows+1), Name: "Derived", StyleName: "TableStyleMedium2"}); err != nil {
		return err
	}
	return sw.Flush()
}

// rowGrid gathers the cells of a streamed sheet's rows, to write them
// in order.
type rowGrid struct {
	cells   map[int][]any
	heights map[int]float64
	width   int
}

// put places cells in row from column index col0 (0 for A), with the
// row at least height points high (0: the default).
func (g *rowGrid) put(row, col0 int, cells []any, height float64) {
	r := g.cells[row]
	if r == nil {
		r = make([]any, g.width)
		g.cells[row] = r
	}
	copy(r[col0:], cells)
	g.heights[row] = max(g.heights[row], height)
}

// write writes the rows to sw, top to bottom.
func (g *rowGrid) write(sw *excelize.StreamWriter) error {
	rows := make([]int, 0, len(g.cells))
	for r := range g.cells {
		rows = append(rows, r)
	}
	slices.Sort(rows)
	for _, r := range rows {
		var opts []excelize.RowOpts
		if h := g.heights[r]; h > 0 {
			opts = append(opts, excelize.RowOpts{Height: h})
		}
		if err := sw.SetRow("A"+strconv.Itoa(r), g.cells[r], opts...); err != nil {
			return err
		}
	}
	return nil
}

// derivedNum is a number cell of a derived figure's row: its column
// (derCol.value, low or high), its formula ("" for a number), its value
// and the decimal its format is chosen for.
type derivedNum struct {
	col     int
	formula string
	v       float64
	dec     indicators.Decimal
}

// derivedNums returns the number cells of d's row: live formulas where
// the stated figures compute it, else the numbers its wording allows.
func (b *book) derivedNums(d *indicators.Derived) ([]derivedNum, error) {
	r := b.results[d.ID]
	value, low, high, err := b.formulas(d)
	if err != nil {
		return nil, err
	}
	switch {
	case live(r, low != "") && value != "":
		out := []derivedNum{saidValue(value, r)}
		if q, _ := r.SaidQualifier(); q != indicators.Exact {
			// The ends a rounded figure allows, as derived.csv gives
			// them (s29z-civilservice: Low and High were empty in the
			// book beside "up 5,000" of 4,960).
			lo, hi, lok, hok := r.SaidBounds()
			if lok && hok {
				out = append(out, derivedNum{derCol.low, "", lo.Float64(), lo}, derivedNum{derCol.high, "", hi.Float64(), hi})
			}
		}
		return out, nil
	case live(r, low != ""):
		return []derivedNum{{derCol.low, low, r.Lo, r.Quantity.Low}, {derCol.high, high, r.Hi, r.Quantity.High}}, nil
	}
	// Numbers, not formulas: what the wording allows is no spreadsheet
	// arithmetic of the stated figures.
	var out []derivedNum
	lo, hi, lok, hok := r.SaidBounds()
	if r.Bounded && (r.Quantity.Qualifier == indicators.Approx || r.Quantity.Qualifier == indicators.Nearly) {
		out = append(out, derivedNum{derCol.value, "", r.Quantity.Value.Float64(), r.Quantity.Value})
	}
	if lok {
		out = append(out, derivedNum{derCol.low, "", lo.Float64(), lo})
	}
	if hok {
		out = append(out, derivedNum{derCol.high, "", hi.Float64(), hi})
	}
	return out, nil
}

// saidValue returns the Value cell of r, the live formula value: shown
// at the figure's decimals, it says the figure as the Figure column says
// it, or it is rounded where the figure is said (ROUND at its last
// significant place), so that 12,345 over 30 shows "410 times" as said,
// never "412 times" (review16a item 2). It stays a formula.
func saidValue(value string, r indicators.Result) derivedNum {
	said := r.Quantity.Value
	places := max(0, -int(said.Exp)) // the decimals the format shows
	shown := math.Round(r.Lo*math.Pow10(places)) / math.Pow10(places)
	if said.IsZero() || math.Abs(shown-said.Float64()) <= 1e-9*math.Abs(said.Float64()) {
		return derivedNum{derCol.value, value, r.Lo, said}
	}
	// The last significant place said: 410 (41 tens) is rounded to tens.
	coef, exp := said.Coef, int(said.Exp)
	for coef%10 == 0 {
		coef /= 10
		exp++
	}
	return derivedNum{derCol.value, "ROUND(" + value + "," + strconv.Itoa(-exp) + ")", said.Float64(), said}
}

// derivedTextCols are the Derived sheet's text columns, in the order of
// derivedText.
var derivedTextCols = []int{derCol.id, derCol.title, derCol.formula, derCol.unit, derCol.figure, derCol.inputs,
	derCol.qualifier, derCol.period, derCol.status, derCol.note}

// derivedText returns the text cells of d's row, in the order of
// derivedTextCols: what the exports of derived figures say, in words, the
// unit and period as the Indicators sheet writes them.
func (b *book) derivedText(d *indicators.Derived) []string {
	r := b.results[d.ID]
	qualifier, note := "", "Computed from the inputs' figures as stated"
	if said, ok := r.SaidQualifier(); ok {
		qualifier = said.String() // never "exact" beside ends that differ (s28y-drugseizures)
		_, low, _, _ := b.formulas(d)
		if said != indicators.Exact && said != indicators.Range || !live(r, low != "") {
			note = "Computed from what the inputs' wording allows: " + indicators.ReaderSigns(r.Allowed())
		}
	} else {
		note = "Cannot be bounded: " + r.Reason
	}
	if m := b.c.MarginNote(d); m != "" {
		note += ". " + m // margin20: an input's margin is not carried into a derived figure
	}
	if said := wording.Restated(b.c, d.ID); said != "" {
		note += "; " + said // s23q-unions: "0.80 times" beside the document's "80 percent"
	}
	if n := wording.SmallWhole(b.c, d); n != "" {
		note += "; " + wording.DerivedSaid(b.c, r) + " is " + n // a share of a small whole (out45)
	}
	// The unit and period as the Indicators sheet writes them
	// ("people", "year ending March 2016"), not the exports' codes
	// ("person", "2015-04/2016-03", s14-tourism).
	period := r.Period.String() // "not stated", as the Indicators sheet says it
	if r.Period.IsStated() {
		period = r.PeriodLabel()
	}
	// The formula by its inputs' titles; their IDs in the Inputs column.
	return []string{d.ID, d.Title, wording.FormulaWords(b.c, d), wording.UnitWords(r.Unit), wording.DerivedSaid(b.c, r), strings.Join(d.Inputs, "; "),
		qualifier, period, r.Status.String(), note}
}

// derivedMaxWidth is the widest each text column of the Derived sheet
// grows before its text wraps, so that the sheet prints on few pages at
// a size people read.
var derivedMaxWidth = map[int]float64{derCol.id: 24, derCol.title: 36, derCol.formula: 30, derCol.unit: 10,
	derCol.figure: 24, derCol.inputs: 30, derCol.qualifier: 11, derCol.period: 20, derCol.status: 10, derCol.note: 40}

// derivedWordMax is the widest each text column of the Derived sheet
// grows so that no word of it is broken (see wordsNeed).
var derivedWordMax = map[int]float64{derCol.id: 44, derCol.title: 36, derCol.formula: 36, derCol.unit: 20,
	derCol.figure: 30, derCol.inputs: 44, derCol.qualifier: 13, derCol.period: 22, derCol.status: 13, derCol.note: 40}

// derivedWidths returns the column widths of the Derived sheet: each text
// column as wide as its widest cell or header, up to derivedMaxWidth; the
// value columns 14.
func derivedWidths(texts [][]string) []float64 {
	w := make([]float64, len(derivedHeader))
	for i := range w {
		w[i] = 14
	}
	for k, col := range derivedTextCols {
		need, words := textWidth(derivedHeader[col-1], true), 0.0
		for _, row := range texts {
			need = max(need, textWidth(row[k], false))
			words = max(words, wordsNeed(row[k], true, false, derivedWordMax[col]))
		}
		w[col-1] = wordFit(need, words, 8, derivedMaxWidth[col], derivedWordMax[col])
	}
	return w
}

// derivedFloors returns the least width of each text column of the
// Derived sheet, of texts (by derivedTextCols), that breaks none of its
// words (wordsNeed), up to derivedWordMax: no narrowing for the page
// breaks an input's ID.
func derivedFloors(texts [][]string) []float64 {
	floors := make([]float64, len(derivedHeader))
	for k, col := range derivedTextCols {
		for _, row := range texts {
			floors[col-1] = max(floors[col-1], wordsNeed(row[k], true, false, derivedWordMax[col]))
		}
	}
	return floors
}
