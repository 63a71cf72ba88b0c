package xlsx

import (
	"cmp"
	"math"
	"slices"
)

// A small table prints one page wide at a smaller scale than a big one:
// two pages wide, each of its few rows is cut in two and the second page
// holds little but the row's tail (s19m-disease: a two-point Series sheet
// on pages 7 and 8, its chart alone on 9; s19m-industry and
// s19m-elections: the Derived sheet's titles on one page, their periods
// and status on the next), where one page wide its words are smaller but
// each row is whole, as the Indicators sheet prints (printReader).
const (
	// smallTableRows is the most rows a small table has: about what one
	// landscape page holds at the smaller scale.
	smallTableRows = 30
	// minSmallPrintScale is the smallest print scale of a small table:
	// Calibri 11 at 7 pt, the Indicators sheet's least.
	minSmallPrintScale = 0.6
	// bigTable is the rows of a table that prints as a big one whatever
	// its rows (Sources, whose SHA-256 column is read whole, and Chart
	// data).
	bigTable = smallTableRows + 1
)

// smallOnePage reports whether a table of columns of widths w (0 a hidden
// column) and rows rows prints one page wide: small, it does so at
// minSmallPrintScale or larger.
func smallOnePage(w []float64, rows int) bool {
	return rows <= smallTableRows && pagesWideAt(w, nil, minSmallPrintScale) == 1
}

// fitSmall is fitOnePage of widths w and wrapped columns wrap, and for a
// small table of rows rows that cannot fit so, the same at the smaller
// scale of a small table (smallOnePage), no wrapped column narrower than
// its floor (its longest word; minWrapWidth where floors says 0 or
// less). w itself is not changed.
func fitSmall(w []float64, wrap []int, floors []float64, rows int) ([]float64, bool) {
	if fit, ok := fitOnePage(w, wrap); ok || rows > smallTableRows {
		return fit, ok
	}
	out := slices.Clone(w)
	floor := func(i int) float64 {
		if i < len(floors) {
			return max(minWrapWidth, floors[i])
		}
		return minWrapWidth
	}
	for pagesWideAt(out, nil, minSmallPrintScale) > 1 {
		widest := -1
		for _, i := range wrap {
			if out[i] > floor(i) && (widest < 0 || out[i] > out[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return w, false
		}
		out[widest] = max(floor(widest), math.Floor(out[widest]-1))
	}
	return out, true
}

// chartUnderTable reports whether the first chart of the Series sheet,
// under its table of columns printed (0 a hidden column) tall points
// high, prints on the table's page: the table is small, and the two are
// no taller than the page at the scale its pages wide give them. A
// chart that does not fit starts a page of its own, whole (writeSeries).
func (b *book) chartUnderTable(printed []float64, tall float64) bool {
	if b.seriesPoints() > smallTableRows {
		return false
	}
	table, left := 0.0, 0.0
	for i, c := range printed {
		if c > 0 {
			table += columnInches(c)
			if i < srIndicator {
				left += columnInches(c)
			}
		}
	}
	width := cmp.Or(b.seriesChartWidth, chartWidth)
	content := max(table, left+float64(width)/96) * loColumnSlack
	// A table printed pages wide (printWide) is printed at the scale
	// that fits it on them, not on one: read at one page's, the tall
	// rows of a two-page table seemed to leave room, and the chart under
	// it was cut across three pages (s35f-divorces).
	pages := 1
	if !smallOnePage(printed, b.seriesPoints()) {
		pages = pagesWide(printed, printed[srIndicator-1:srIndicator])
	}
	scale := min(1, float64(pages)*printWidth/content)
	// The chart stands three rows under the table, its height in points.
	chart := 3*lineHeight + float64(chartHeight+60)*0.75
	return tall+chart <= 0.95*pageTall/scale
}
