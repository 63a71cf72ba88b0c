package xlsx

// refineWidths improves the widths w of the printed wrapping Indicators
// columns wrap, which balanceWidths chose with one most-lines for every
// column, by moves of balanceStep between two of them (one wider, the
// other as much narrower) or of one alone, within lo and hi, while a move
// makes a better printCost (costOf, of the printed columns visible and
// the sample's row heights): fewer pages, then fewer lines. The rule: a
// row is as tall as its tallest cell, so a column whose cell alone makes
// its row tall takes width from one whose cells are shorter than their
// rows anyway (s19m-elections: a one-sentence note wrapped to nine lines
// in a Notes column of 12, its row as tall as six others, and a Stated
// "46,560,452 Parliamentary electoral registrations" to four). lines
// gives each sampled row's lines of column i at width w; n is the
// sheet's rows. The moves are tried in column order, the first better
// one taken, at most maxRefine times: the same text gives the same
// widths. First, a cell alone taller than the rest of its row widens
// its column, at a smaller scale if need be (see below).
func refineWidths(w [nColumns]float64, wrap, visible []int, lo, hi func(int) float64, lines func(i int, w float64) []int, rows, n int) [nColumns]float64 {
	const (
		maxRefine    = 200
		maxScaleLoss = 0.05
	)
	heights := make([]int, rows)
	cost := func(w *[nColumns]float64) printCost {
		for r := range heights {
			heights[r] = 1
		}
		for _, i := range wrap {
			for r, l := range lines(i, w[i]) {
				heights[r] = max(heights[r], l)
			}
		}
		return costOf(w, visible, heights, n)
	}
	best := cost(&w)
	try := func(i, j int) bool {
		c := w
		c[i] += balanceStep
		if c[i] > hi(i) {
			return false
		}
		if j >= 0 {
			c[j] -= balanceStep
			if c[j] < lo(j) {
				return false
			}
		}
		if k := cost(&c); k.less(best) {
			w, best = c, k
			return true
		}
		return false
	}
	// A cell alone two lines taller than the rest of its row (of at
	// least two lines) widens its column, a step at a time, while the
	// sheet prints on no more pages and loses at most maxScaleLoss of
	// its print scale, never below the Indicators sheet's least
	// (minSmallPrintScale) unless it is there already: one note's nine
	// lines made its row as tall as six others; a note of seven beside
	// quotes of four, on every money row, was under twice as tall and
	// kept its column of 14 (s25v-loans).
	done := map[int]bool{}
	floor := best.scale * (1 - maxScaleLoss)
	if best.scale >= minSmallPrintScale {
		floor = max(floor, minSmallPrintScale)
	}
	for range maxRefine {
		col, excess := -1, 0
		per := map[int][]int{}
		for _, i := range wrap {
			per[i] = lines(i, w[i])
		}
		for r := range rows {
			top, second, at := 0, 1, -1
			for _, i := range wrap {
				switch l := per[i][r]; {
				case l > top:
					top, second, at = l, max(second, top), i
				case l > second:
					second = l
				}
			}
			if e := top - max(2, second) - 1; at >= 0 && !done[at] && e > 0 && e > excess {
				col, excess = at, e
			}
		}
		if col < 0 {
			break
		}
		c := w
		c[col] += balanceStep
		if c[col] > hi(col) {
			done[col] = true
			continue
		}
		if k := cost(&c); k.pages > best.pages || k.scale < floor {
			done[col] = true
			continue
		} else {
			w, best = c, k
		}
	}
	for range maxRefine {
		moved := false
		for _, i := range wrap {
			for _, j := range wrap {
				if i != j && try(i, j) {
					moved = true
				}
			}
		}
		if !moved {
			break
		}
	}
	return w
}
