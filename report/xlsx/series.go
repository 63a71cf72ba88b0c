package xlsx

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"math"
	"slices"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/axis"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// SheetSeries is the sheet of series points, written when the catalog has
// series.
const SheetSeries = "Series"

// SeriesHeader is the header row of the Series sheet. Indicator and
// Status are the columns of those names of indicators.SeriesCSVHeader.
// "Time axis" is each point's place on its chart, a year ("2014") or the
// period it shows ("Q4 2016", "31 March 2007"); a column headed "Year"
// held full dates (s16h-police).
var SeriesHeader = []string{"Series", "Indicator", "Period", "Time axis", "Stated", "Qualifier", "Status", "Value", "Low", "High", "Unit",
	"Source", "Quote", "Conflict or revision"}

// Columns of the Series sheet, 1-based.
const (
	srSeries = iota + 1
	srIndicator
	srPeriod
	srYear
	srStated
	srQualifier
	srStatus
	srValue
	srLow
	srHigh
	srUnit
	srSource
	srQuote
	srConflict
)

// seriesBlock is where the Series sheet holds the points of one series.
type seriesBlock struct {
	id          string
	first, last int     // rows
	ranges      bool    // some point is a range
	fmt         string  // the value axis format
	from, to    float64 // the first and last Year
	// axisFmt is the value axis's number format without the unit, and
	// axisTitle the unit it leaves out (axisNumFmt).
	axisFmt, axisTitle string
	// fraction marks a series of percents held as fractions
	// (storedPercent): its chart's axis ends and format are of fractions.
	fraction bool
	// repeats marks a series with two points of one period (from
	// sources that differ): its points are not joined.
	repeats bool
	// xs are the points' Years, and labelled marks a series whose every
	// Year cell shows its period ("Q4 2016", yearLabels).
	xs       []float64
	labelled bool
	// text marks a series whose Year cells are text (textYears).
	text bool
	// signed marks a series of changes drawn by their signs
	// (wording.Signed): a fall's Value is below zero, and the value axis
	// goes below zero with it.
	signed bool
	// periods are the points' periods, in order.
	periods []indicators.Period
	// unit and scale are the first point's, and decimals the most any
	// point's value shows where all are under 10: the value axis keeps
	// them, "0.7%" on an axis of "0.5%" steps, never "1%" (s15-prices).
	unit     indicators.Unit
	scale    indicators.Scale
	decimals int
	// lo and hi are the lowest and highest Value, Low or High, as the
	// cells hold them, and 0: the ends of the value axis
	// (axis.SeriesRange). least is the lowest alone (seen once one is):
	// an index's axis is about its levels and 100 (axis.IndexRange).
	lo, hi float64
	least  float64
	seen   bool
}

// see widens bl's lo, hi and least to hold x, a figure its cells hold.
func (bl *seriesBlock) see(x float64) {
	bl.lo, bl.hi = min(bl.lo, x), max(bl.hi, x)
	if !bl.seen || x < bl.least {
		bl.least, bl.seen = x, true
	}
}

// steps reports whether the points of bl are consecutive periods
// (joined), each Year cell showing its period (Q4 2016, Q1 2017; 2013/14,
// 2014/15; YE Dec 2015, YE Mar 2016): a chart of them ticks each period
// by its name, as the slide does, where a year axis would say "2013" of
// 2013/14.
func (bl seriesBlock) steps() bool {
	return bl.labelled && bl.joined()
}

// joined reports whether a chart may join the points of bl by a line: one
// point a period, each period the one after the last (consecutive). Points
// with periods missing between them are markers alone: a line from 2013
// to 2018 drew a steady rise the document never stated (s16g-fire; the
// peak of 2008-09 joined to 2023 in s16g-insolvency).
func (bl seriesBlock) joined() bool {
	return !bl.repeats && consecutive(bl.periods)
}

// consecutive reports whether the periods ps, at least two, each follow
// the one before with no period between them, by the one rule the PNG's
// line follows (wording.Consecutive): January, March and May 2021 step
// alike, yet leave February and April unsaid.
func consecutive(ps []indicators.Period) bool {
	if len(ps) < 2 {
		return false
	}
	for i := 1; i < len(ps); i++ {
		if !wording.Consecutive(ps[i-1], ps[i]) {
			return false
		}
	}
	return true
}

// maxChartSeries is the most series the Series sheet's chart draws.
const maxChartSeries = 6

// maxCoverConflicts is the most conflicts and revisions the Cover lists.
const maxCoverConflicts = 40

// seriesStreamRows is the most points the Series sheet is written with
// excelize's cell API, with a link from each figure to its Indicators
// row; a bigger sheet is streamed, without links (Excel holds at most
// 65,530 links on a sheet anyway). A variable for the tests.
var seriesStreamRows = 5000

// seriesPoints returns the number of points of all series.
func (b *book) seriesPoints() int {
	n := 0
	for i := range b.c.Indicators {
		if b.c.Indicators[i].Series != "" {
			n++
		}
	}
	return n
}

// seriesRows records where writeSeries put each point, for the Cover.
type seriesRows map[string]int // indicator ID → row on the Series sheet

// hasSeries reports whether the book gets a Series sheet.
func (b *book) hasSeries() bool { return len(b.c.Series) > 0 }

// yearLabels returns what the Series sheet's Year cell of each point
// shows when the number would mislead, by indicator ID: the period's
// label for any period but a calendar year ("Q4 2016", whose start
// 2016.75 would show as "2017"; "FY 2020"; "2013/14"; "March 2022"; a
// rolling year short, "YE Sep 2024", since a number's format never
// wraps), and a calendar year among rolling years as "YE Dec 2015"
// (wording.PeriodTicks); none for a calendar year a year axis names.
func (b *book) yearLabels() map[string]string {
	out := map[string]string{}
	for _, pts := range b.c.SeriesPoints() {
		ps := make([]indicators.Period, len(pts))
		for i, sp := range pts {
			ps[i] = sp.Indicator.Period
		}
		for i, l := range wording.PeriodTicks(ps) {
			if l != "" {
				out[pts[i].Indicator.ID] = l
			}
		}
	}
	return out
}

// yearOf returns where a period stands on a time axis, in years, the
// Series sheet's Time axis column and the x of its chart, by the one rule
// the slide's image follows too: the middle of the time it covers
// (indicators.Period.Middle), 2014.5 for the year 2014, 2022.625 for its
// third quarter.
func yearOf(p indicators.Period) float64 {
	return math.Round(p.Middle()*1000) / 1000
}

// writeSeries writes one row per point of each series, series by series
// in period order, with a link from the quote to the indicator's row, the
// conflicting points marked, and a scatter chart of each series over time.
func (b *book) writeSeries() error {
	if !b.hasSeries() {
		return nil
	}
	f := b.f
	wrap, err := b.wrapStyle()
	if err != nil {
		return err
	}
	conflictSt, err := b.style("conflict", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Bold: true, Color: "C01C1C"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	// A revision is no alarm: dark amber, not bold.
	revisionSt, err := b.style("revision", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Color: "7F6000"}, Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	// Its own key: the Indicators sheet's "year" style is a whole number,
	// which showed the middle of 2014 (2014.5) as "2015".
	yearSt, err := b.style("timeaxis", func() *excelize.Style {
		f := "0.###"
		return &excelize.Style{CustomNumFmt: &f, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top"}}
	})
	if err != nil {
		return err
	}
	// A text cell right of a number is indented, and the Year centred, so
	// that a right-aligned number never runs into the text beside it
	// ("2011$125 billion").
	wrapIndent, err := b.wrapIndentStyle()
	if err != nil {
		return err
	}
	linkIndent, err := b.style("link-wrap-indent", func() *excelize.Style {
		return &excelize.Style{Font: &excelize.Font{Family: font, Color: "0563C1", Underline: "single"}, Alignment: &excelize.Alignment{Horizontal: "left", Indent: 1, Vertical: "top", WrapText: true}}
	})
	if err != nil {
		return err
	}
	idWidth := 10.0
	for i := range b.c.Indicators {
		if b.c.Indicators[i].Series != "" {
			idWidth = max(idWidth, float64(len([]rune(b.c.Indicators[i].ID)))+1)
		}
	}
	yearLabels := b.yearLabels()
	widths := []float64{24, min(idWidth, 24), 9, 8, 21, 10, 8, 15, 13, 13, 7, 17, 44, 30}
	// No word of the IDs, periods, units, qualifiers, statuses and sources
	// is broken (see wordsNeed), up to a width; a number is shown whole
	// (numberMost), and so is the Time axis's label, a number's format
	// that cannot wrap: "September 2012–September 2013" printed "###" in a
	// column capped at 22 (s35f-volunteering).
	most := map[int]float64{srIndicator: 44, srPeriod: 22, srYear: 40, srStated: 40, srQualifier: 13, srStatus: 13,
		srValue: numberMost, srLow: numberMost, srHigh: numberMost, srUnit: 20, srSource: 30}
	need := map[int]float64{}
	for i := range b.c.Indicators {
		ind := &b.c.Indicators[i]
		if ind.Series == "" {
			continue
		}
		for col, s := range map[int]string{srIndicator: ind.ID, srPeriod: ind.Period.Label(), srQualifier: ind.Quantity.Qualifier.String(),
			srStatus: ind.Status.String(), srUnit: wording.IndicatorUnitWords(ind)} {
			n := wordsNeed(s, true, false, most[col])
			if col == srUnit {
				n++ // indented
			}
			need[col] = max(need[col], n)
		}
		// A period's label ("Q4 2016") on one line; the figure as stated
		// whole, since a link is never wrapped; a number as its format
		// shows it, never "###".
		if l := yearLabels[ind.ID]; l != "" {
			need[srYear] = max(need[srYear], min(textWidth(l, false)+1.5, most[srYear]), wordsNeed(l, true, false, most[srYear]))
		}
		need[srStated] = max(need[srStated], min(textWidth(statedCell(ind), false)+2.5, most[srStated]))
		q := ind.Quantity
		for col, d := range map[int]indicators.Decimal{srValue: q.Value, srLow: q.Low, srHigh: q.High} {
			if (col == srValue) == q.IsRange() {
				continue
			}
			k := numStyleKey(d, ind.Unit, q.Scale, "", inWords(ind.Stated))
			need[col] = max(need[col], numberWidth(decimalFloat(d), k.format())+1)
		}
	}
	for _, src := range b.c.Sources {
		need[srSource] = max(need[srSource], wordsNeed(src.ShortName(), true, false, most[srSource]))
	}
	for col, n := range need {
		widths[col-1] = min(max(widths[col-1], math.Ceil(n*4)/4), max(widths[col-1], most[col]))
	}
	// A column is as wide as its bold header: "Time axis" ran into
	// "Stated" in LibreOffice's PDF (s17i-courts, s17i-water).
	for i, h := range SeriesHeader {
		widths[i] = max(widths[i], math.Ceil((textWidth(h, true)+1)*4)/4)
	}
	// Low and High, when no point is a range, are hidden and print as
	// nothing: empty beside every point (s16g-insolvency), as on the
	// Derived sheet.
	anyRange := false
	for i := range b.c.Indicators {
		anyRange = anyRange || b.c.Indicators[i].Series != "" && b.c.Indicators[i].Quantity.IsRange()
	}
	printed := slices.Clone(widths)
	if !anyRange {
		printed[srLow-1], printed[srHigh-1] = 0, 0
	}
	// A small table one page wide, its wrapped columns narrowed
	// (fitSmall): two pages wide, a two-point series took three pages
	// with its chart (s19m-disease).
	if b.seriesPoints() <= smallTableRows {
		if fit, ok := fitSmall(printed, []int{srSeries - 1, srQuote - 1, srConflict - 1}, nil, b.seriesPoints()); ok {
			for i := range widths {
				if printed[i] > 0 {
					widths[i] = fit[i]
				}
			}
			printed = fit
		}
	}
	if err := b.printWide(SheetSeries, printed, srIndicator, srIndicator, b.seriesPoints()); err != nil {
		return err
	}
	b.seriesChartWidth = chartWidth
	if !smallOnePage(printed, b.seriesPoints()) && pagesWide(printed, printed[srIndicator-1:srIndicator]) > 1 {
		b.seriesChartWidth = seriesChartRoom(printed, srIndicator, chartWidth)
	}
	// A big sheet is streamed: excelize's cell API costs time that grows
	// with the rows already written. Streamed rows get no links.
	stream := b.seriesPoints() > seriesStreamRows
	type cell struct {
		v     any
		style int
		link  string
	}
	var sw *excelize.StreamWriter
	panes := &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}
	s := &sheetWriter{b: b, sheet: SheetSeries, row: 1}
	if stream {
		if sw, err = f.NewStreamWriter(SheetSeries); err != nil {
			return err
		}
		if err := streamCols(sw, widths, func(i int) bool { return printed[i] == 0 }, nil); err != nil {
			return err
		}
		if err := sw.SetPanes(panes); err != nil {
			return err
		}
	} else {
		for i, w := range widths {
			col, _ := excelize.ColumnNumberToName(i + 1)
			if err := f.SetColWidth(SheetSeries, col, col, w); err != nil {
				return err
			}
			if printed[i] == 0 {
				if err := f.SetColVisible(SheetSeries, col, false); err != nil {
					return err
				}
			}
		}
	}
	// A streamed row is written from the same cells each time: excelize
	// takes a *Cell as it takes a Cell, and copies what it needs.
	var rowCells []excelize.Cell
	var row []any
	var rowOpts []excelize.RowOpts
	tall := 0.0 // the table's height, in points
	put := func(cells []cell, height float64) error {
		tall += max(height, lineHeight)
		if stream {
			if len(row) != len(cells) {
				rowCells, row = make([]excelize.Cell, len(cells)), make([]any, len(cells))
				for i := range row {
					row[i] = &rowCells[i]
				}
			}
			for i, c := range cells {
				if t, ok := c.v.(string); ok {
					// The place is spelled out only for a message: a
					// Sprintf per cell was a tenth of a large book's time.
					checked, err := checkText("", t)
					if err != nil {
						_, err = checkText(fmt.Sprintf("%s row %d", SheetSeries, s.row), t)
						return err
					}
					c.v = checked
				}
				rowCells[i] = excelize.Cell{StyleID: c.style, Value: c.v}
			}
			rowOpts = rowOpts[:0]
			if height > 0 {
				rowOpts = append(rowOpts, excelize.RowOpts{Height: height})
			}
			return sw.SetRow("A"+strconv.Itoa(s.row), row, rowOpts...)
		}
		for i, c := range cells {
			if c.v == nil {
				continue
			}
			s.set(i+1, c.v, c.style)
			s.link(i+1, c.link)
		}
		if height > 0 && s.err == nil {
			s.err = f.SetRowHeight(SheetSeries, s.row, height)
		}
		return s.err
	}
	styles, err := b.headerStyles(len(SeriesHeader), func(i int) headKind {
		switch i + 1 {
		case srValue, srLow, srHigh:
			return headNumber
		case srUnit:
			return headIndented
		}
		return headPlain
	})
	if err != nil {
		return err
	}
	hdr := make([]cell, len(SeriesHeader))
	for i, h := range SeriesHeader {
		hdr[i] = cell{h, styles[i], ""}
	}
	if err := put(hdr, 0); err != nil {
		return err
	}
	all := b.c.SeriesPoints()
	srcs := map[string]*indicators.Source{}
	for i := range b.c.Sources {
		srcs[b.c.Sources[i].ID] = &b.c.Sources[i]
	}
	// A point's disagreements: conflicts outright first, then revisions.
	with := map[string][]string{}
	revised := map[string][]string{}
	for _, cf := range b.c.Conflicts() {
		a, c := cf.Indicators[0], cf.Indicators[1]
		if cf.Revision {
			revised[a] = append(revised[a], "Revised by the later "+b.pointLabel(c))
			revised[c] = append(revised[c], "Revises "+b.pointLabel(a))
			continue
		}
		with[a] = append(with[a], "disagrees with "+b.pointLabel(c))
		with[c] = append(with[c], "disagrees with "+b.pointLabel(a))
	}
	textYears := b.textYears(all, yearLabels)
	b.seriesRow = seriesRows{}
	b.seriesBlocks = map[string]seriesBlock{}
	var blocks []seriesBlock
	cells := make([]cell, len(SeriesHeader)) // of one row, written by put before the next
	for i, sr := range b.c.Series {
		bl := seriesBlock{id: sr.ID, first: s.row + 1}
		// A fall of a series of changes is a Value below zero, shown
		// "down 0.5%", as the slide draws it: stored as its magnitude it
		// was charted as growth (s15-gdp).
		qs := make([]indicators.Quantity, len(all[i]))
		sts := make([]indicators.Status, len(all[i]))
		for k, sp := range all[i] {
			qs[k], sts[k] = sp.Indicator.Quantity, sp.Indicator.Status
		}
		bl.signed = wording.Signed(qs, sts)
		decimals, most := 0, 0.0
		// A series of periods a step apart, each named (steps), alike
		// with every series it shares a chart with (textYears), is
		// charted over its Year cells as text ("2013/14", "YE Mar 2016"),
		// the ticks the slide draws: LibreOffice shows a category of a
		// number by the number, not its cell's format.
		asText := textYears[sr.ID]
		bl.text = asText
		for k, sp := range all[i] {
			ind := sp.Indicator
			s.row++
			b.seriesRow[ind.ID] = s.row
			year := yearOf(ind.Period)
			bl.xs = append(bl.xs, year)
			bl.periods = append(bl.periods, ind.Period)
			if k == 0 {
				bl.labelled = true
				bl.from = year
			} else if year == bl.to || slices.ContainsFunc(all[i][:k], func(p indicators.SeriesPoint) bool { return yearOf(p.Indicator.Period) == year }) {
				bl.repeats = true
			}
			bl.from, bl.to = min(bl.from, year), max(bl.to, year)
			clear(cells)
			cells[srSeries-1] = cell{sr.Title, wrap, ""}
			cells[srIndicator-1] = cell{ind.ID, wrap, ""}
			// The period as the Indicators sheet shows it ("Q4 2016",
			// "FY 2010–11"); the CSV and JSON keep the codes.
			cells[srPeriod-1] = cell{ind.Period.Label(), wrap, ""}
			cells[srYear-1] = cell{year, yearSt, ""}
			bl.labelled = bl.labelled && yearLabels[ind.ID] != ""
			l := yearLabels[ind.ID]
			if l == "" && ind.Period.IsYear() && year != math.Trunc(year) {
				// A calendar year stands at its middle: the cell shows the
				// year it is, never the "1995.5" the chart draws at
				// (s22p-volunteer).
				l = ind.Period.Label()
			}
			if l != "" {
				// The number the chart draws, shown as its period.
				st, err := b.style("year:"+l, func() *excelize.Style {
					f := `"` + strings.ReplaceAll(l, `"`, "") + `"`
					return &excelize.Style{CustomNumFmt: &f, Alignment: &excelize.Alignment{Horizontal: "center", Vertical: "top", WrapText: true}}
				})
				if err != nil {
					return err
				}
				cells[srYear-1] = cell{year, st, ""}
				if asText {
					cells[srYear-1] = cell{l, st, ""}
				}
			}
			cells[srStated-1] = cell{statedCell(ind), wrapIndent, ""}
			if row, ok := b.rowOf[ind.ID]; ok && !stream {
				cells[srStated-1] = cell{statedCell(ind), linkIndent, rowRef(SheetIndicators, row)}
			}
			cells[srQualifier-1] = cell{ind.Quantity.Qualifier.String(), wrap, ""}
			cells[srStatus-1] = cell{ind.Status.String(), wrap, ""}
			rowLines := max(textLines(sr.Title, widths[srSeries-1]), textLines(statedCell(ind), widths[srStated-1]-1),
				textLines(ind.ID, widths[srIndicator-1]), textLines(yearLabels[ind.ID], widths[srYear-1]),
				// "year ending March 2016" wraps in the Period column
				// (s14-tourism's was cut after "Marc").
				lines(ind.Period.Label(), widths[srPeriod-1], false),
				// "companies per 10,000 companies" wraps in the Unit
				// column, indented (s16g-insolvency's ran under the
				// next row).
				lines(wording.IndicatorUnitWords(ind), widths[srUnit-1]-1, false))
			q := ind.Quantity
			turned := bl.signed && q.Direction != indicators.NoDirection
			sign := 1.0
			if turned && q.Direction == indicators.Down {
				sign = -1
			}
			// valueCell is the cell of d, signed, in the format of a
			// change that says which way it went (turnedFmt); a percent
			// held as the fraction it is, as the Indicators sheet holds
			// it (storedPercent: 75% is 0.75, so that =A2*B2 is the
			// part). bl.lo and bl.hi stay in the figures' own units.
			valueCell := func(d indicators.Decimal, hedge string) (cell, error) {
				k := numStyleKey(d, ind.Unit, q.Scale, hedge, inWords(ind.Stated))
				k.fraction = storedPercent(ind.Unit, q.Scale) && !k.proportion
				bl.fraction = bl.fraction || k.fraction
				v := decimalFloat(d)
				if k.fraction {
					v = decimalFloat(d.Shift(-2))
				}
				decimals = max(decimals, k.decimals)
				most = max(most, math.Abs(decimalFloat(d))/math.Pow(10, float64(q.Scale.Exp())))
				if !turned {
					st, err := b.valueStyle(k)
					bl.see(decimalFloat(d))
					return cell{v, st, ""}, err
				}
				st, err := b.numStyle(turnedFmt(b.spell(k.format(), ind.Unit), d.Float64() == 1))
				bl.see(sign * decimalFloat(d))
				return cell{sign * v, st, ""}, err
			}
			if q.IsRange() {
				bl.ranges = true
				lo, hi := q.Low, q.High
				if sign < 0 {
					lo, hi = hi, lo // "down 26 to 28%" spans −28 to −26
				}
				for _, c := range []struct {
					col int
					d   indicators.Decimal
				}{{srLow, lo}, {srHigh, hi}} {
					vc, err := valueCell(c.d, "")
					if err != nil {
						return err
					}
					cells[c.col-1] = vc
				}
			} else {
				// A hedged point says its hedge, as the Indicators
				// sheet's Value does: "more than 90 percent" showed "90%"
				// (s31b-blood).
				hedge := wording.HedgeWord(ind.Stated, q.Qualifier)
				if hedge != "" {
					hedge += " "
				}
				vc, err := valueCell(q.Value, hedge)
				if err != nil {
					return err
				}
				cells[srValue-1] = vc
			}
			if bl.fmt == "" {
				bl.fmt = b.spell(numFmtDigits(0, ind.Unit, q.Scale), ind.Unit)
			}
			cells[srUnit-1] = cell{wording.IndicatorUnitWords(ind), wrapIndent, ""}
			// The Source and Quote cells wrap at words: their rows are
			// as tall as their words need (s22p-dental's "Welsh
			// Government (Statistics for Wales) 2014" took three lines
			// of a two-line row and overprinted the next; s22p-air's
			// quotes ran into the next row).
			if src, ok := srcs[sp.Source]; ok {
				cells[srSource-1] = cell{src.ShortName(), wrap, ""}
				rowLines = max(rowLines, lines(src.ShortName(), widths[srSource-1], false))
			}
			if len(ind.Provenance) > 0 {
				q := wording.QuoteLines(ind.Provenance[0].Quote)
				rowLines = max(rowLines, textLines(q, widths[srQuote-1]), lines(q, widths[srQuote-1], false))
				cells[srQuote-1] = cell{q, wrap, ""}
			}
			var txt []string
			st := revisionSt
			if w := with[ind.ID]; len(w) > 0 {
				txt = append(txt, "Conflict: "+strings.Join(w, "; "))
				st = conflictSt
			}
			if w := revised[ind.ID]; len(w) > 0 {
				txt = append(txt, strings.Join(w, "; "))
			}
			if len(txt) > 0 {
				t := strings.Join(txt, ". ")
				cells[srConflict-1] = cell{t, st, ""}
				rowLines = max(rowLines, textLines(t, widths[srConflict-1]), lines(t, widths[srConflict-1], false))
			}
			// Wrapped text needs its height: not every reader sizes rows.
			if err := put(cells, float64(rowLines)*15); err != nil {
				return err
			}
		}
		bl.last = s.row
		if bl.last >= bl.first {
			first := all[i][0].Indicator
			bl.unit, bl.scale = first.Unit, first.Quantity.Scale
			if most < 10 {
				// Figures under 10 keep their decimals on the axis, whose
				// steps are then fractions: "0.7%" on an axis of "1%"
				// (s15-prices). Larger ones step by whole numbers.
				bl.decimals = decimals
			}
			bl.axisFmt, bl.axisTitle = axisNumFmt(bl.unit, bl.scale, 0)
			if bl.unit.Kind == indicators.Index {
				bl.axisTitle = wording.IndicatorUnitWords(first) // "index (2015=100)"
			}
			blocks = append(blocks, bl)
			b.seriesBlocks[sr.ID] = bl
		}
	}
	last, _ := excelize.ColumnNumberToName(len(SeriesHeader))
	table := &excelize.Table{Range: fmt.Sprintf("A1:%s%d", last, max(s.row, 2)), Name: "Series", StyleName: "TableStyleMedium2"}
	if stream {
		if s.row > 1 {
			if err := sw.AddTable(table); err != nil {
				return err
			}
		}
		if err := sw.Flush(); err != nil {
			return err
		}
	} else {
		if err := f.SetPanes(SheetSeries, panes); err != nil {
			return err
		}
		if s.row > 1 {
			if err := f.AddTable(SheetSeries, table); err != nil {
				return err
			}
		}
	}
	if len(blocks) == 0 {
		return nil
	}
	// A table that fits one printed page does not repeat its header row:
	// the page of a chart after it printed the header over nothing
	// (s16g-research, s16g-insolvency).
	if tall <= pageTall {
		if err := b.unrepeatHeader(SheetSeries); err != nil {
			return err
		}
	}
	// One chart per unit: a percent series on a "£ per week" axis
	// would lie flat on its floor (s11b-earnings).
	groups, of := drawnGroups(chartGroups(blocks, b.seriesTogether()))
	for k, g := range groups {
		title := "Series over time, as each source states them"
		if of[k] > len(g) {
			// A chart of more lines than colours reads as noise: the
			// title says it shows some of them.
			title = fmt.Sprintf("The first %d of %d series over time, as each source states them", len(g), of[k])
		}
		name := "series"
		oneOfView := false
		var titles []string
		for _, bl := range g {
			if sr, ok := b.c.SeriesByID(bl.id); ok {
				titles = append(titles, sr.Title)
			}
		}
		if t := b.seriesViewTitle(g); t != "" && of[k] == len(g) {
			// The chart of a series view's series is titled as the view
			// is on its slide: "Suicide rates by sex, UK, 2013 and
			// 2014", never "Series over time, as each source states
			// them" (s21o-suicide, s21o-obesity).
			title = wording.TitledWithUnit(t, unitName(g[0]))
			if len(groups) > 1 {
				name = fmt.Sprintf("series-%d", k+1)
			}
			oneOfView = len(g) == 1
		} else if len(groups) > 1 && len(titles) == len(g) && len(g) <= 3 {
			// A chart of a few series is titled by them, as a slide is:
			// "Total fertility rate, England and Wales", never "Series
			// over time, … (children per woman)" (s15-births).
			title = wording.TitledWithUnit(wording.JoinAnd(titles), unitName(g[0]))
			name = fmt.Sprintf("series-%d", k+1)
			// A series alone is named by the title: a legend of it said
			// it again, over its marker (s30a-ombudsman).
			oneOfView = len(g) == 1
		} else if len(groups) > 1 {
			// The unit in parentheses, as a chart's unit is written:
			// "…, births" read as one more thing the chart shows
			// (s13b-business).
			title += " (" + unitName(g[0]) + ")"
			name = fmt.Sprintf("series-%d", k+1)
		}
		ch := b.seriesChart(title, name, "Each series of the Series sheet over time: one marker per point, from the Time axis and Value columns; ranges by their low and high ends.", g)
		if oneOfView {
			ch.Legend = excelize.ChartLegend{Position: "none"} // the view's title is of its one series
		}
		// Each chart below the one before it: the rows under the table
		// are of the default height, 20 pixels (a spreadsheet holds an
		// offset within its anchor's row, so it cannot place them).
		rowsPer := (chartHeight+60)/20 + 4
		// The chart stands right of the Indicator column, which prints again
		// on every page of a sheet too wide for one: a chart over it would be
		// printed again, in part, beside the next page's columns.
		at, _ := excelize.ColumnNumberToName(srIndicator + 1)
		row := s.row + 3 + k*rowsPer
		// Each chart starts a printed page, whole: a chart anchored
		// where the table's page ended was cut in two across pages
		// (s15-births' TFR chart, s15-deaths' misuse rates).
		// A small table's first chart stays on its page where both fit
		// it (chartUnderTable).
		if k > 0 || !b.chartUnderTable(printed, tall) {
			if err := b.f.InsertPageBreak(SheetSeries, "A"+strconv.Itoa(row-1)); err != nil {
				return err
			}
		}
		if err := b.addChart(SheetSeries, fmt.Sprintf("%s%d", at, row), ch); err != nil {
			return fmt.Errorf("xlsx: series chart: %w", err)
		}
	}
	return nil
}

// drawnGroups returns the chart groups of groups, and their counts of,
// that have a line to draw: a chart of series of one point each is an
// empty frame round a dot, nothing to hand out (s35f-volunteering); its
// points are the table's rows above.
func drawnGroups(groups [][]seriesBlock, of []int) ([][]seriesBlock, []int) {
	var out [][]seriesBlock
	var outOf []int
	for k, g := range groups {
		if slices.ContainsFunc(g, func(bl seriesBlock) bool { return bl.last > bl.first }) {
			out, outOf = append(out, g), append(outOf, of[k])
		}
	}
	return out, outOf
}

// seriesViewTitle returns the title of the series view that draws the
// series of g and no others, "" where no view does.
func (b *book) seriesViewTitle(g []seriesBlock) string {
	ids := make([]string, len(g))
	for i, bl := range g {
		ids[i] = bl.id
	}
	slices.Sort(ids)
	for i := range b.c.Views {
		v := &b.c.Views[i]
		if v.Kind != indicators.SeriesKind || len(v.Series) != len(ids) {
			continue
		}
		vs := slices.Clone(v.Series)
		slices.Sort(vs)
		if slices.Equal(vs, ids) {
			return v.Title
		}
	}
	return ""
}

// pageTall is the height a printed page holds at 100%, in points: US
// Letter in landscape, less the top and bottom margins.
const pageTall = (8.5 - marginTop - marginBottom) * 72

// unitGroups returns blocks grouped by the unit of their value axis, in
// the order each unit first comes.
func unitGroups(blocks []seriesBlock) [][]seriesBlock {
	return groupBlocks(blocks, func(bl seriesBlock) string { return bl.axisFmt + "\x00" + bl.axisTitle })
}

// groupBlocks returns blocks grouped by key, in the order each key first
// comes.
func groupBlocks(blocks []seriesBlock, key func(seriesBlock) string) [][]seriesBlock {
	var groups [][]seriesBlock
	at := map[string]int{}
	for _, bl := range blocks {
		k := key(bl)
		i, ok := at[k]
		if !ok {
			i = len(groups)
			at[k] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], bl)
	}
	return groups
}

// unitName names the unit of a chart of series like bl: its axis title
// ("£ per week"), or the number format's unit when the ticks say it
// ("percent" for "0%").
func unitName(bl seriesBlock) string {
	if bl.axisTitle != "" {
		return bl.axisTitle
	}
	if strings.Contains(bl.axisFmt, "%") {
		return "percent"
	}
	return "numbers"
}

// seriesChart returns a scatter chart of the series of blocks over the
// Series sheet's Year and Value columns: markers, joined by a line only
// where the series' periods are consecutive (seriesBlock.joined); every
// year labelled; the value axis
// from zero, as the slide draws it; and the years padded by one on either
// side, with no label where the axes cross, so that no label touches the
// other axis or a point.
func (b *book) seriesChart(title, name, alt string, blocks []seriesBlock) *excelize.Chart {
	col := func(c, first, last int) string {
		n, _ := excelize.ColumnNumberToName(c)
		return sheetRef(SheetSeries, fmt.Sprintf("$%s$%d:$%s$%d", n, first, n, last))
	}
	from, to := blocks[0].from, blocks[0].to
	for _, bl := range blocks[1:] {
		from, to = min(from, bl.from), max(to, bl.to)
	}
	// Each year is labelled at its middle, where its point stands
	// (yearOf), with a year to spare either side: the ticks stand a
	// thousandth of a year before the middles, which a number's format
	// rounds to the year they name (2014.499 is "2014", where 2014.5
	// would be "2015").
	lo, hi, zero := math.Floor(from)-0.501, math.Floor(to)+1.499, 0.0
	middles := atMiddles(blocks)
	if !middles {
		// Points of quarters, months or days stand where their periods
		// are: each year is ticked at its start, so that Q1 2010 stands
		// right of "2010", never left of a "2010" at mid-year, where it
		// read as 2009 (s20n-gambling).
		lo, hi = math.Floor(from)-1, math.Floor(to)+1
	}
	// Every year is ticked up to sixteen of them, so that each point's
	// year is named under it, as the slide's image does (s22p-volunteer:
	// 1995, 2000 and 2006 were drawn over ticks of 1996, 1998, …, its
	// first point unnamed); past that every few years, the first point's
	// year among them.
	unit := 1.0
	if hi-lo > 16 {
		// A round step of years (2, 5, 10, 20, 25, 50), ticked at its
		// multiples, so that a point reads against a round year: steps of
		// seven from 1952 set 2000's point by a tick "2001" and 2009's by
		// "2008" (out45, s36g-strikes).
		for _, u := range []float64{2, 5, 10, 20, 25, 50, 100} {
			if unit = u; (hi-lo)/u <= 12 {
				break
			}
		}
		first := math.Floor(math.Floor(from-1)/unit) * unit
		lo = first
		if middles {
			lo = first + 0.499 // hidden (its label is the axis's end), the next named
		}
	}
	near := 1.0 // years from the value axis a point's label goes right of it (pointLabels)
	if len(blocks) == 1 && !(alike(blocks) && overNames(blocks)) && !blocks[0].joined() && !blocks[0].ranges && periodNamed(blocks[0]) {
		// Each point names its period and the year axis prints no
		// numbers (pointLabels): the axis ends near the first and last
		// points, not at the years around them, which drew four
		// quarter-end counts within nine months in the right third of
		// an axis of three years (s34e-charities).
		pad := max(namedPad, (to-from)*0.12)
		lo, hi = max(lo, from-pad), min(hi, to+pad)
		near = min(near, (hi-lo)/8)
	}
	// The year at either end is blank: the first sits where the axes cross.
	yearFmt := fmt.Sprintf(`[<=%g]"";[>=%g]"";0`, lo, hi)
	axisFont := excelize.Font{Family: font, Size: 9, Color: "404040"}
	ch := &excelize.Chart{
		Type:      excelize.Scatter,
		Title:     excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: title, Font: &excelize.Font{Bold: true, Size: 11}}}},
		Format:    excelize.GraphicOptions{AltText: alt, Name: name, OffsetX: 8},
		Dimension: excelize.ChartDimension{Width: cmp.Or(b.seriesChartWidth, chartWidth), Height: chartHeight + 60},
		Legend:    excelize.ChartLegend{Position: "bottom"},
		XAxis:     excelize.ChartAxis{Minimum: &lo, Maximum: &hi, MajorUnit: unit, NumFmt: excelize.ChartNumFmt{CustomNumFmt: yearFmt}, Font: axisFont},
		YAxis:     excelize.ChartAxis{Minimum: &zero, MajorGridLines: true, NumFmt: excelize.ChartNumFmt{CustomNumFmt: blocks[0].axisFmt}, Font: axisFont},
	}
	decimals, signed := 0, false
	for _, bl := range blocks {
		decimals, signed = max(decimals, bl.decimals), signed || bl.signed
	}
	// The value axis ends where the slide's image of the series ends
	// (axis.SeriesRange): the spreadsheet's own scaling ended fire
	// incidents at 700,000 beside the slide's 800,000 (s16g-fire).
	var ylo, yhi float64
	for _, bl := range blocks {
		ylo, yhi = min(ylo, bl.lo), max(yhi, bl.hi)
	}
	if signed || ylo < 0 {
		// A fall goes below zero, and the axis with it.
		ylo = min(ylo, 0)
	}
	ymin, ymax, ystep := axis.SeriesRange(ylo, yhi)
	if indexLevels(blocks) {
		// About the levels and 100, their reference, as the slide's
		// axis (axis.IndexRange), never from 0.
		ylo, yhi = math.Inf(1), math.Inf(-1)
		for _, bl := range blocks {
			ylo, yhi = min(ylo, bl.least), max(yhi, bl.hi)
		}
		ymin, ymax, ystep = axis.IndexRange(ylo, yhi)
	}
	// The ticks are written to the step's decimals at least: steps of
	// 0.25% written to the figures' one decimal labelled 0.3% and 0.8%
	// the gridlines at 0.25% and 0.75%, with points of 0.8% above the
	// one said to be 0.8% (out45, s36g-minwage).
	decimals = max(decimals, stepDecimals(ystep/math.Pow10(blocks[0].scale.Exp())))
	ch.YAxis.NumFmt.CustomNumFmt, _ = axisNumFmt(blocks[0].unit, blocks[0].scale, decimals)
	if blocks[0].fraction {
		ch.YAxis.NumFmt.CustomNumFmt = fractionAxisFormat(ch.YAxis.NumFmt.CustomNumFmt, decimals)
	}
	if blocks[0].fraction {
		// The ends of the slide's axis, of the fractions the cells hold.
		ymin, ymax, ystep = ymin/100, ymax/100, ystep/100
	}
	ymin, ymax, ystep = axis.Exact(ymin), axis.Exact(ymax), axis.Exact(ystep)
	ch.YAxis.Minimum, ch.YAxis.Maximum, ch.YAxis.MajorUnit = &ymin, &ymax, ystep
	if blocks[0].axisTitle != "" {
		// Each tick is a number; the axis says its unit once.
		ch.YAxis.Title = excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: blocks[0].axisTitle, Font: &excelize.Font{Size: 9, Color: "404040"}}}}
	}
	// excelize writes no major unit on a scatter chart's axes, and
	// LibreOffice then labels every other year: the year axis says its
	// step, every year.
	steps := alike(blocks) && overNames(blocks)
	if !steps {
		b.edit(chartPart(b.nCharts), xMajorUnit(unit))
	}
	// Each point says its figure, as the slide's image beside it does
	// (s17i-vehicles, s17i-culture: two bare dots), in its Value cell's
	// format ("252 days", "5.2%").
	vcol, _ := excelize.ColumnNumberToName(srValue)
	// One series of points not one after another: its consecutive ones
	// joined, each point naming its period (seriesperiods.go). The runs'
	// lines go after every series, unlabelled and unnamed in the legend.
	// Every series with a gap joins its consecutive points so, in its
	// own colour, as the slide's image does, one series or several
	// (s22p-air: urban ozone of 1992, 2007 and 2008 was three unjoined
	// dots beside the two-point series' lines).
	one := len(blocks) == 1 && !steps && !blocks[0].joined() && !blocks[0].ranges
	gapped := func(bl seriesBlock) bool { return !steps && !bl.joined() && !bl.ranges }
	first := 0 // the index of the first run's line, after every series
	var runColors []string
	for k, bl := range blocks {
		first++
		if bl.ranges {
			first += 2
		}
		if gapped(bl) {
			for range consecutiveRuns(bl) {
				runColors = append(runColors, wording.PaletteColor(k))
			}
		}
	}
	if len(runColors) > 0 {
		b.edit(chartPart(b.nCharts), noLabelsFrom(first, runColors...))
	}
	short := b.shortPointFormat(blocks)
	b.edit(chartPart(b.nCharts), valueLabels("$"+vcol+"$", short))
	if one && periodNamed(blocks[0]) {
		b.edit(chartPart(b.nCharts), pointLabels(blocks[0], b.pointValues(blocks[0].id), lo, near))
	} else if short != "" && !steps {
		// Only the labels that fit: each series' latest, then the
		// others where no label stands (crowdedLabels).
		b.edit(chartPart(b.nCharts), hideLabels(b.crowded(blocks, short, plotBox{
			w: float64(cmp.Or(b.seriesChartWidth, chartWidth)) * 0.8, h: float64(chartHeight+60) * 0.55,
			x0: lo, x1: hi, y0: ymin, y1: ymax})))
	}
	for k, bl := range blocks {
		clr := wording.PaletteColor(k)
		// excelize writes a series name as a reference: the title's cell.
		ch.Series = append(ch.Series, excelize.ChartSeries{
			Name: sheetRef(SheetSeries, fmt.Sprintf("$A$%d", bl.first)), Categories: col(srYear, bl.first, bl.last), Values: col(srValue, bl.first, bl.last),
			Line:   excelize.LineOptions{Type: excelize.LineNone},
			Marker: excelize.ChartMarker{Symbol: "circle", Size: 7, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{clr}}},
		})
		if bl.joined() {
			// One point a period, each the one after the last: joined.
			ch.Series[len(ch.Series)-1].Line = excelize.LineOptions{Type: excelize.LineSolid, Width: 1.5}
		}
		if bl.ranges {
			for _, end := range []int{srLow, srHigh} {
				c, _ := excelize.ColumnNumberToName(end)
				ch.Series = append(ch.Series, excelize.ChartSeries{
					Name: sheetRef(SheetSeries, "$"+c+"$1"), Categories: col(srYear, bl.first, bl.last), Values: col(end, bl.first, bl.last),
					Line:   excelize.LineOptions{Type: excelize.LineNone},
					Marker: excelize.ChartMarker{Symbol: "dash", Size: 9, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{clr}}},
				})
			}
		}
	}
	for k, bl := range blocks {
		if !gapped(bl) {
			continue
		}
		for _, r := range consecutiveRuns(bl) {
			ch.Series = append(ch.Series, excelize.ChartSeries{
				Name: sheetRef(SheetSeries, fmt.Sprintf("$A$%d", bl.first)), Categories: col(srYear, bl.first+r[0], bl.first+r[1]), Values: col(srValue, bl.first+r[0], bl.first+r[1]),
				Line:   excelize.LineOptions{Type: excelize.LineSolid, Width: 1.5, Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{wording.PaletteColor(k)}}},
				Marker: excelize.ChartMarker{Symbol: "none"},
			})
		}
	}
	if steps {
		// Quarters or months, one after another: a line over the
		// periods, each ticked by its name ("Q4 2016"), as the slide
		// ticks them, where a year axis would say "2017". LibreOffice
		// shows a category of a number by the number (2016.75), not its
		// cell's format, and ignores literal categories: the categories
		// are the Year cells, written as text ("Q4 2016", "YE Mar 2016").
		ch.Type = excelize.Line
		ch.XAxis = excelize.ChartAxis{Font: axisFont}
		for i := range ch.Series {
			ch.Series[i].Categories = col(srYear, blocks[0].first, blocks[0].last)
		}
	}
	return ch
}

// atMiddles reports whether some point of blocks stands at the middle of
// a year (a calendar year's figure, 2014.5), where a year axis labels
// each year; else its points are of quarters, months or days, and each
// year is ticked at its start.
func atMiddles(blocks []seriesBlock) bool {
	for _, bl := range blocks {
		for _, x := range bl.xs {
			if math.Abs(x-math.Floor(x)-0.5) < 1e-6 {
				return true
			}
		}
	}
	return false
}

// textYears returns the series whose Year cells are written as text,
// by ID: those every chart of them draws over categories, each period by
// its name ("Jan 2021", "Q4 2016"). A chart draws over categories where
// its series step alike, over the same named periods (alike): the
// Series sheet charts each value axis's series in sets of the same
// periods (chartGroups), and the Charts sheet a series view's series. A
// series of text Years on a chart of numeric ones would draw nothing
// (s15-prices).
func (b *book) textYears(all [][]indicators.SeriesPoint, yearLabels map[string]string) map[string]bool {
	byID := map[string]seriesBlock{}
	var blocks []seriesBlock
	for i, sr := range b.c.Series {
		if len(all[i]) == 0 {
			continue
		}
		bl := seriesBlock{id: sr.ID, labelled: true}
		for _, sp := range all[i] {
			year := yearOf(sp.Indicator.Period)
			bl.repeats = bl.repeats || slices.Contains(bl.xs, year)
			bl.xs = append(bl.xs, year)
			bl.periods = append(bl.periods, sp.Indicator.Period)
			bl.labelled = bl.labelled && yearLabels[sp.Indicator.ID] != ""
			// The size of its figures, as writeSeries reads it, so that
			// the charts split by scale alike (byScale).
			lo, hi := sp.Indicator.Quantity.Ends()
			bl.lo, bl.hi = min(bl.lo, lo, -hi), max(bl.hi, hi, -lo)
		}
		first := all[i][0].Indicator
		bl.axisFmt, bl.axisTitle = axisNumFmt(first.Unit, first.Quantity.Scale, 0)
		if first.Unit.Kind == indicators.Index {
			bl.axisTitle = wording.IndicatorUnitWords(first)
		}
		blocks = append(blocks, bl)
		byID[sr.ID] = bl
	}
	out := map[string]bool{}
	groups, _ := chartGroups(blocks, b.seriesTogether())
	for _, g := range groups {
		if alike(g) {
			for _, bl := range g {
				out[bl.id] = true
			}
		}
	}
	for _, v := range b.c.Views {
		if v.Kind != indicators.SeriesKind {
			continue
		}
		var g []seriesBlock
		for _, id := range v.Series {
			if bl, ok := byID[id]; ok {
				g = append(g, bl)
			}
		}
		if !alike(g) {
			for _, bl := range g {
				delete(out, bl.id)
			}
		}
	}
	return out
}

// chartGroups returns the sets of blocks the Series sheet charts: by
// the unit of their value axis (unitGroups), each split into the series
// of the same periods, in the order each first comes, so that the
// 12-month rates of January and February 2021 and the 1-month rates of
// February 2020 and 2021 are two charts over named months, not one over
// years; at most maxChartSeries a chart, the first of a set, with the
// number of series in the set.
func chartGroups(blocks []seriesBlock, together map[string]string) ([][]seriesBlock, []int) {
	var out [][]seriesBlock
	var of []int
	for _, g := range unitGroups(blocks) {
		for _, g := range viewGroups(g, together) {
			out, of = chartSets(g, out, of)
		}
	}
	return out, of
}

// seriesTogether returns, by series ID, the key of the series the
// catalog's views draw together: the first series view's ID of each
// series in one, the series' own ID for one no view draws (of at most
// maxChartSeries such series; more share one key). The Series
// sheet charts series together only where a view does: three two-point
// series of one unit, each of another thing, were one chart titled by
// their three titles joined, their labels drawn over each other
// (s30a-missing, s29z-overflows), and two of the same figures one line
// (s30a-ombudsman), where the slide draws each view apart.
func (b *book) seriesTogether() map[string]string {
	out := map[string]string{}
	for _, v := range b.c.Views {
		if v.Kind != indicators.SeriesKind {
			continue
		}
		for _, id := range v.Series {
			if _, ok := out[id]; !ok {
				out[id] = "view\x00" + v.ID
			}
		}
	}
	// More series than a chart draws are charted together as before,
	// by unit, the first maxChartSeries of them: a catalog of 10,000
	// series is no 10,000 charts.
	var alone []string
	for _, sr := range b.c.Series {
		if _, ok := out[sr.ID]; !ok {
			alone = append(alone, sr.ID)
		}
	}
	for _, id := range alone {
		out[id] = "series\x00" + id
		if len(alone) > maxChartSeries {
			out[id] = "series"
		}
	}
	return out
}

// viewGroups splits blocks by their key in together (seriesTogether), in
// the order each key first comes; a nil together keeps them as one.
func viewGroups(blocks []seriesBlock, together map[string]string) [][]seriesBlock {
	if together == nil {
		return [][]seriesBlock{blocks}
	}
	return groupBlocks(blocks, func(bl seriesBlock) string { return together[bl.id] })
}

// chartSets appends to out the charts of g, series of one unit drawn
// together: split into the series of the same periods, then by scale, at
// most maxChartSeries a chart; of gets the number of series in each set.
func chartSets(g []seriesBlock, out [][]seriesBlock, of []int) ([][]seriesBlock, []int) {
	{
		var sets [][]seriesBlock
		at := map[string]int{}
		for _, bl := range g {
			key := fmt.Sprint(bl.xs)
			if !bl.steps() {
				key = "" // charted over years, with any others so
			}
			i, ok := at[key]
			if !ok {
				i = len(sets)
				at[key] = i
				sets = append(sets, nil)
			}
			sets[i] = append(sets[i], bl)
		}
		var scaled [][]seriesBlock
		for _, set := range sets {
			scaled = append(scaled, byScale(set)...)
		}
		for _, set := range scaled {
			of = append(of, len(set))
			if len(set) > maxChartSeries {
				set = set[:maxChartSeries]
			}
			out = append(out, set)
		}
	}
	return out, of
}

// maxScaleRatio is the most one series' largest figure may be times
// another's on one chart: beyond it the smaller sits on the floor
// (s17i-vehicles: ZEV shares of 2.2–5.2% under MPV shares of 50.7–55.6%
// on one 0–80% axis).
const maxScaleRatio = 5

// byScale splits blocks, series of one unit, by the size of their
// largest figures: sorted by size, they part where one is more than
// maxScaleRatio times the next smaller, so that which chart a series
// lands on depends on the sizes alone, never on the order of the blocks
// (review18 item 9: sizes 1.0, 4.9, 5.1, 1.1 put 4.9 and 5.1 on two
// charts, in another order on one). A series of zeros fits any: it goes
// with the smallest. Each set keeps the blocks' order, and the sets come
// in the order of their first block.
func byScale(blocks []seriesBlock) [][]seriesBlock {
	size := func(bl seriesBlock) float64 { return math.Max(math.Abs(bl.lo), math.Abs(bl.hi)) }
	order := make([]int, len(blocks))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(size(blocks[a]), size(blocks[b])) })
	set := make([]int, len(blocks)) // the set of each block, by size
	n, prev := 0, 0.0
	for _, i := range order {
		m := size(blocks[i])
		if prev > 0 && m > maxScaleRatio*prev {
			n++
		}
		if m > 0 {
			prev = m
		}
		set[i] = n
	}
	var sets [][]seriesBlock
	at := map[int]int{} // a set's index in sets
	for i, bl := range blocks {
		k, ok := at[set[i]]
		if !ok {
			k = len(sets)
			at[set[i]] = k
			sets = append(sets, nil)
		}
		sets[k] = append(sets[k], bl)
	}
	return sets
}

// alike reports whether the series of blocks can share one axis of
// categories, each period by its name, over the periods of the first:
// each steps, or, several, each is of periods a year axis would misname
// (periodNamed), as the slide names them. Two series of the same months
// (CPIH and CPI, January and February 2021) were a scatter over Year
// cells of text, and drew nothing (s15-prices); five tax gaps of 2005/06
// and 2022/23 were drawn at 2006 and 2023 (s26w-taxgap). One such
// series is a scatter whose points name their periods (pointLabels).
func alike(blocks []seriesBlock) bool {
	for _, bl := range blocks {
		named := len(blocks) > 1 && bl.labelled && !bl.repeats && periodNamed(bl)
		if !bl.steps() && !named || !slices.Equal(bl.xs, blocks[0].xs) {
			return false
		}
	}
	return len(blocks) > 0
}

// overNames reports whether a chart of blocks draws over categories:
// they step alike, and their Year cells are text (textYears).
func overNames(blocks []seriesBlock) bool {
	for _, bl := range blocks {
		if !bl.text {
			return false
		}
	}
	return len(blocks) > 0
}

// textLines estimates how many lines s wraps to in a column of width
// characters.
func textLines(s string, width float64) int {
	n := len([]rune(s))
	per := int(width * 1.1)
	if per < 1 {
		return 1
	}
	return max(1, (n+per-1)/per)
}

// noConflicts is what the Cover says when no two claims of series series
// from sources sources conflict: said of one series and of one source as
// of one ("one of the 1 series", s16g-fire).
func noConflicts(series, sources int) string {
	switch {
	case sources == 1:
		return "None: one source, so no two sources to disagree."
	case series == 1:
		return "None: no two sources state the series for one period with figures that disagree."
	}
	return fmt.Sprintf("None: no two sources state one of the %d series for one period with figures that disagree.", series)
}

// seriesCover writes the Cover's list of conflicts and revisions, each
// linked to its first row on the Series sheet.
func (b *book) seriesCover(s *sheetWriter, sub, linkSt, wrap int) {
	if !b.hasSeries() {
		return
	}
	conflicts := b.c.Conflicts()
	s.row += 2
	s.set(1, "Conflicts and revisions between sources", sub)
	s.row++
	if len(conflicts) == 0 {
		s.set(1, noConflicts(len(b.c.Series), len(b.c.Sources)), 0)
		return
	}
	// Each line short enough for the Cover's two columns: a longer one
	// widens the printed page and shrinks the whole Cover.
	s.set(1, "Two claims give one quantity for one period with figures that allow no common value; each links to its row on the Series sheet.", 0)
	s.row++
	s.set(1, "Conflict: both are kept, as each source says. Revision: a later source gives another figure; the series line takes it.", 0)
	for i, cf := range conflicts {
		s.row++
		if i == maxCoverConflicts {
			s.set(1, fmt.Sprintf("… and %d more, marked in the Conflict or revision column of the Series sheet", len(conflicts)-maxCoverConflicts), 0)
			break
		}
		s.set(1, cf.Series+", "+cf.Period.Label(), linkSt)
		s.link(1, rowRef(SheetSeries, b.seriesRow[cf.Indicators[0]]))
		if cf.Revision {
			s.set(2, "Revision: "+b.pointLabel(cf.Indicators[0])+", then "+b.pointLabel(cf.Indicators[1])+" from the later source", wrap)
			continue
		}
		s.set(2, "Conflict: "+b.pointLabel(cf.Indicators[0])+" and "+b.pointLabel(cf.Indicators[1])+": no figure fits both", wrap)
	}
}

// pointLabel is a point's figure and its source's short name: "$290
// billion (White House 2014)".
func (b *book) pointLabel(id string) string {
	if b.seriesInd == nil {
		b.seriesInd = make(map[string]*indicators.Indicator, len(b.c.Indicators))
		for i := range b.c.Indicators {
			b.seriesInd[b.c.Indicators[i].ID] = &b.c.Indicators[i]
		}
	}
	ind, ok := b.seriesInd[id]
	if !ok {
		return id
	}
	if len(ind.Provenance) > 0 {
		if src, ok := b.c.Source(ind.Provenance[0].Source); ok && src.ShortName() != "" {
			return ind.Label() + " (" + src.ShortName() + ")"
		}
	}
	return ind.Label()
}

// valueLabels returns the edit of a series chart's part that labels
// each point of the series whose values are in the column ref ("$H$")
// with its value, in its cell's format, above the point: a dLbls where
// the schema puts it, before the series' x values or categories. The
// Low and High series of a range stay unlabelled.
//
// A format other than "" is the labels' own: the figures alone ("17.8")
// where every point is a rate of one unit the axis names (shortPointFormat).
func valueLabels(ref, format string) func([]byte) []byte {
	numFmt := `<numFmt formatCode="General" sourceLinked="1"></numFmt>`
	if format != "" {
		numFmt = `<numFmt formatCode="` + html.EscapeString(format) + `" sourceLinked="0"></numFmt>`
	}
	dl := []byte(`<dLbls>` + numFmt + `<spPr><a:noFill></a:noFill><a:ln><a:noFill></a:noFill></a:ln></spPr>` +
		`<txPr><a:bodyPr></a:bodyPr><a:lstStyle></a:lstStyle><a:p><a:pPr><a:defRPr sz="900" b="1"><a:solidFill><a:srgbClr val="1A1A1A"></a:srgbClr></a:solidFill></a:defRPr></a:pPr><a:endParaRPr lang="en-US"></a:endParaRPr></a:p></txPr>` +
		`<dLblPos val="t"></dLblPos><showLegendKey val="0"></showLegendKey><showVal val="1"></showVal><showCatName val="0"></showCatName><showSerName val="0"></showSerName><showPercent val="0"></showPercent><showBubbleSize val="0"></showBubbleSize></dLbls>`)
	return func(src []byte) []byte {
		var out []byte
		for {
			i := bytes.Index(src, []byte(`<ser>`))
			if i < 0 {
				return append(out, src...)
			}
			j := bytes.Index(src[i:], []byte(`</ser>`))
			if j < 0 {
				return append(out, src...)
			}
			ser := src[i : i+j]
			if a := bytes.Index(ser, []byte(`<dLbls>`)); a >= 0 {
				// excelize's own labels of a line chart's series, shown
				// nowhere (showVal 0), give way: the quarters' line of
				// snapshots drew bare dots where its scatter said each
				// figure (s20n-gambling).
				if e := bytes.Index(ser[a:], []byte(`</dLbls>`)); e >= 0 && bytes.Contains(ser[a:a+e], []byte(`<showVal val="0">`)) {
					e += a + len(`</dLbls>`)
					src = slices.Concat(src[:i+a], src[i+e:])
					j -= e - a
					ser = src[i : i+j]
				}
			}
			at := bytes.Index(ser, []byte(`<xVal>`))
			if at < 0 {
				at = bytes.Index(ser, []byte(`<cat>`))
			}
			vals := bytes.LastIndex(ser, []byte(`<f>`))
			if at >= 0 && vals >= 0 && bytes.Contains(ser[vals:], []byte(ref)) && !bytes.Contains(ser, []byte(`<dLbls>`)) {
				out = slices.Concat(out, src[:i+at], dl, ser[at:])
			} else {
				out = append(out, src[:i+j]...)
			}
			src = src[i+j:]
		}
	}
}

// shortPointFormat returns the number format of the labels of the
// points of blocks where they are rates of one unit (wording.RatesShort),
// which the value axis's title names: their figures alone, at the most
// decimals any point is stated with ("17.8", never "17.8 deaths per
// 100,000 population" on each of four points, which overprinted one
// another, s21o-suicide), as the slide writes them. "" otherwise: each
// point in its Value cell's format.
func (b *book) shortPointFormat(blocks []seriesBlock) string {
	in := map[string]bool{}
	for _, bl := range blocks {
		in[bl.id] = true
	}
	var bars []wording.Bar
	decimals := 0
	scales := map[indicators.Scale]bool{}
	for i, pts := range b.c.SeriesPoints() {
		if i >= len(b.c.Series) || !in[b.c.Series[i].ID] {
			continue
		}
		for _, sp := range pts {
			bars = append(bars, wording.PointBar(sp.Indicator))
			scales[sp.Indicator.Quantity.Scale] = true
			// The decimals as written, in the figure's own scale: "22.03m"
			// has two (its Value, at full magnitude, has none), which
			// "22" under "million adults" dropped, beside a "21.96m" also
			// drawn "22" (s34e-dental).
			if e := sp.Indicator.Quantity.Scale.Exp() - int(sp.Indicator.Quantity.Value.Exp); e > decimals {
				decimals = e
			}
		}
	}
	// Where the value axis's title says the unit (axisNumFmt), a point
	// says its number alone, as the slide's image does: "29 micrograms
	// per cubic metre" over "28 micrograms per cubic metre" hid both
	// (s22p-air).
	// Only where every point's number says its figure whole: "about 29"
	// stays in full (wording.NumbersAlone).
	titled := len(blocks) > 0 && blocks[0].axisTitle != "" && !blocks[0].fraction && wording.NumbersAlone(bars)
	if !wording.RatesShort(bars) && !titled || len(scales) > 1 {
		// Figures stated in scales of their own ("980,000" and "1.13
		// million") keep them, each in its cell's format: one format of
		// digits wrote "1,130,000", more precisely than the document
		// (s24s-flytipping).
		return ""
	}
	// The points' one scale, as the axis says it (axisNumFmt): "4" under
	// "million people", never "4,000,000", which claims six digits the
	// document's "4 million" does not give (s33d-passports).
	commas := ""
	for sc := range scales {
		commas = strings.Repeat(",", sc.Exp()/3)
	}
	if decimals == 0 {
		return "#,##0" + commas
	}
	return "#,##0." + strings.Repeat("0", min(decimals, 6)) + commas
}

// xMajorUnit returns the edit of a scatter chart's part that gives its
// first value axis, the years, the major unit step, where the schema puts
// it (after crossBetween).
func xMajorUnit(step float64) func([]byte) []byte {
	return func(src []byte) []byte {
		i := bytes.Index(src, []byte(`<valAx>`))
		if i < 0 {
			return src
		}
		j := bytes.Index(src[i:], []byte(`</valAx>`))
		if j < 0 || bytes.Contains(src[i:i+j], []byte(`<majorUnit`)) {
			return src
		}
		at := i + j
		if k := bytes.Index(src[i:i+j], []byte(`</crossBetween>`)); k >= 0 {
			at = i + k + len(`</crossBetween>`)
		}
		unit := []byte(`<majorUnit val="` + strconv.FormatFloat(step, 'g', -1, 64) + `"></majorUnit>`)
		return slices.Concat(src[:at], unit, src[at:])
	}
}

// statedCell returns what the Series sheet's Stated column says of ind:
// its label (indicators.Indicator.Label: the stated words, a fall's minus
// sign as a reader reads it), less the unit's base the label adds where
// the quote says it apart: "383 litres", never "383 litres per meter per
// day", which the document did not write there.
func statedCell(ind *indicators.Indicator) string {
	l := ind.Label()
	if per := " per " + ind.Unit.Per; ind.Unit.Per != "" && !strings.Contains(ind.Stated, per) {
		l = strings.TrimSuffix(l, per)
	}
	return l
}

// indexLevels reports whether the series of blocks are all index levels
// with no scale word: their chart's value axis is about them and 100,
// their reference (axis.IndexRange), as the slide's is.
func indexLevels(blocks []seriesBlock) bool {
	for _, bl := range blocks {
		if bl.unit.Kind != indicators.Index || bl.scale != indicators.NoScale || bl.signed {
			return false
		}
	}
	return len(blocks) > 0
}

// stepDecimals returns the decimals a tick step needs to be written
// exactly, at most ten: 2 for 0.25, 0 for 5,000.
func stepDecimals(step float64) int {
	d := 0
	for d < 10 && math.Abs(step*math.Pow10(d)-math.Round(step*math.Pow10(d))) > 1e-6*math.Max(1, step*math.Pow10(d)) {
		d++
	}
	return d
}
