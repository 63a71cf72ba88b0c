package xlsx

import (
	"math"
	"slices"
	"sort"
)

// Balancing the Indicators columns for print. The sheet prints its
// reader's columns (printReader), in one band; a row is as tall as its
// tallest cell. balanceWidths gives the printed wrapping columns the
// widths that print the sheet on the fewest pages at a readable scale: a
// column whose cells make rows tall is widened, one whose cells are short
// is narrowed, as long as that saves paper; the technical columns after
// them are widened so that they make no printed row taller.

// maxSample is how many rows of the Indicators sheet balanceWidths weighs:
// the first, enough to judge a catalog's text, few enough that a book of a
// million rows costs no more than one of a hundred.
const maxSample = 120

// balanceStep is the step, in characters, by which balanceWidths widens or
// narrows a column.
const balanceStep = 2

// balanceWidths sets the widths of the wrapping Indicators columns some
// row fills for print, weighing the rows of b.sample. For each height h,
// in lines, each such column gets the least width at which none of its
// cells takes more than h lines: between its least width (leastWidths,
// its header's, or what its words need) and its most (mostWidths, or its widest cell on one
// line), in steps of balanceStep from the least. Of these layouts, one per
// height, it keeps the one of least printCost, the lower height on a tie,
// so the same text gives the same widths. The other columns keep their
// widths.
func (b *book) balanceWidths() {
	if len(b.sample) == 0 {
		return
	}
	// A column is never narrower than its words need, its header or its
	// least, nor than its widest entity's name (b.names): "United Kingdom
	// (GB)" on one line, never over three.
	lo := func(i int) float64 {
		head := textWidth(Header[i], true) + 2 + indent(i) // as scan sizes it
		return max(leastWidths[i], head, min(math.Ceil(b.words[i]*4)/4, max(maxWidths[i], wordMax[i])), math.Ceil(b.names[i]*4)/4)
	}
	hidden := b.hiddenColumns()
	// Counterpart prints where any row has one and the sheet still
	// prints at minSmallPrintScale with it: hidden in the group, filled,
	// it read as kept from the reader (s36g-aid), but one more column
	// across the reference book's page printed its words 6.2 pt high.
	b.counterPrints = b.counterPrints || b.counterAny && b.colFits(lo, hidden, ixCounter)
	b.sourcePrints = len(b.c.Sources) > 1 && b.colFits(lo, hidden, ixSource)
	var visible, wrap []int
	for i := range nColumns { // the printed columns (printReader)
		if !b.printsCol(i) || slices.Contains(hidden, i) {
			continue
		}
		visible = append(visible, i)
		if wrapCols[i] && b.used[i] {
			wrap = append(wrap, i)
		}
	}
	// A column is never narrower than its words need nor wider than its
	// widest cell on one line: wider, it holds no fewer lines.
	var natural [nColumns]float64
	for _, row := range b.sample {
		for _, i := range wrap {
			natural[i] = max(natural[i], fitWidth(textWidth(row[i], false)*lineSlack+indent(i), 0, math.Inf(1)))
		}
	}
	hi := func(i int) float64 { return max(min(mostWidths[i], natural[i]), lo(i)) }
	// The most lines a cell of column i takes at width w, and each sample
	// row's lines, by column and width.
	type key struct {
		col   int
		width float64
	}
	type column struct {
		most  int
		lines []int
	}
	cache := map[key]column{}
	at := func(i int, w float64) column {
		k := key{i, w}
		if c, ok := cache[k]; ok {
			return c
		}
		c := column{lines: make([]int, len(b.sample))}
		for r := range b.sample {
			c.lines[r] = cellTextLines(b.sample[r][i], w, i)
			c.most = max(c.most, c.lines[r])
		}
		cache[k] = c
		return c
	}
	// widthFor is the least width of column i on its grid whose cells take
	// at most h lines, or its most.
	widthFor := func(i, h int) float64 {
		steps := int(math.Ceil((hi(i) - lo(i)) / balanceStep))
		m := sort.Search(steps, func(m int) bool { return at(i, lo(i)+float64(m)*balanceStep).most <= h })
		if m == steps {
			return hi(i)
		}
		return lo(i) + float64(m)*balanceStep
	}
	heights := make([]int, len(b.sample))
	search := func() ([nColumns]float64, printCost) {
		tallest := 1
		for _, i := range wrap {
			tallest = max(tallest, at(i, lo(i)).most)
		}
		var best [nColumns]float64
		var bestCost printCost
		for h := 1; h <= tallest; h++ {
			w := b.colWidths
			for _, i := range wrap {
				w[i] = widthFor(i, h)
			}
			for r := range b.sample {
				n := 1
				for _, i := range wrap {
					n = max(n, at(i, w[i]).lines[r])
				}
				heights[r] = n
			}
			if c := costOf(&w, visible, heights, b.n); h == 1 || c.less(bestCost) {
				best, bestCost = w, c
			}
		}
		return best, bestCost
	}
	best, _ := search()
	best = refineWidths(best, wrap, visible, lo, hi, func(i int, w float64) []int { return at(i, w).lines }, len(b.sample), b.n)
	b.colWidths = best
	// The technical columns, on screen only, take no line a printed
	// row has not: each wrapping one is widened, up to its most, until
	// none of its cells is taller than the printed cells of its row; a
	// column of entities is at least as wide as its widest name (b.names),
	// which costs no paper here.
	for r := range b.sample {
		heights[r] = 1
		for _, i := range wrap {
			heights[r] = max(heights[r], at(i, best[i]).lines[r])
		}
	}
	for i := range nColumns {
		if b.printsCol(i) || !wrapCols[i] || !b.used[i] || slices.Contains(hidden, i) {
			continue
		}
		for w := max(b.colWidths[i], math.Ceil(b.names[i]*4)/4); w <= max(mostWidths[i], b.colWidths[i]); w += balanceStep {
			b.colWidths[i] = w
			if fits(at(i, w).lines, heights) {
				break
			}
		}
	}
}

// colFits reports whether the Indicators sheet prints at
// minSmallPrintScale or larger (the test's 7 pt) with column col too (the
// Source of a book of several sources, a Counterpart): the printed
// columns and col, the wrapping ones some row fills at their least widths
// (lo), the others at theirs, one page wide. balanceWidths then keeps
// that scale (refineWidths' floor).
func (b *book) colFits(lo func(int) float64, hidden []int, col int) bool {
	width := 0.0
	for i := range nColumns {
		if !(b.printsCol(i) || i == col) || slices.Contains(hidden, i) {
			continue
		}
		w := b.colWidths[i]
		if wrapCols[i] && b.used[i] {
			w = lo(i)
		}
		width += columnInches(w)
	}
	return printWidth/(width*loColumnSlack) >= minSmallPrintScale
}

// fits says whether no row's lines are more than its height.
func fits(lines, heights []int) bool {
	for r, n := range lines {
		if n > heights[r] {
			return false
		}
	}
	return true
}

// A printCost is how much paper the Indicators sheet takes, and how well
// it reads, printed one page wide (printReader): whether its text prints
// smaller than minPrintScale, and then at what scale; the pages it prints
// on; the lines its rows hold (a cell wrapped in fewer lines reads
// better).
type printCost struct {
	small        bool
	scale        float64
	pages, lines int
}

// less says whether c is the better layout: one printed at a readable
// scale, or else the larger scale; then fewer pages, then fewer lines.
func (c printCost) less(d printCost) bool {
	if c.small != d.small {
		return !c.small
	}
	if c.small && c.scale != d.scale {
		return c.scale > d.scale
	}
	if c.pages != d.pages {
		return c.pages < d.pages
	}
	return c.lines < d.lines
}

// The printed page's height less the margins, in points, and the height
// of the header row the Indicators sheet repeats on every page.
const (
	printHeight  = (8.5 - marginTop - marginBottom) * 72
	headerHeight = 20
)

// costOf is the printCost of the Indicators sheet of n rows when its
// columns have the widths w, the printed columns are those listed, and
// the sampled rows are heights lines high: one page wide, at the scale
// that fits them on it (never more than 100%), the pages its rows fill,
// each page filled with whole rows, the sample's pages counted for all n
// rows.
func costOf(w *[nColumns]float64, visible []int, heights []int, n int) printCost {
	width := 0.0
	for _, i := range visible {
		width += columnInches(w[i])
	}
	scale := min(1, printWidth/(width*loColumnSlack))
	room := printHeight/scale - headerHeight
	pages, used, lines := 1, 0.0, 0
	for _, h := range heights {
		lines += h
		pt := float64(h * lineHeight)
		if used > 0 && used+pt > room {
			pages++
			used = 0
		}
		used += pt
	}
	if len(heights) < n {
		pages = int(math.Ceil(float64(pages) * float64(n) / float64(len(heights))))
	}
	return printCost{scale < minPrintScale, scale, pages, lines}
}

// cellTextLines is how many lines s takes in Indicators column i of width w,
// less its indent.
func cellTextLines(s string, w float64, i int) int {
	if s == "" {
		return 1
	}
	return lines(s, w-indent(i), false)
}
