package xlsx

import (
	"strconv"
)

// fitLeft keeps the text of row of the Charts sheet, in column A at size
// points, left of the slide image at column L: the row's cells A to K
// are merged, the text wraps in them (its style wraps), and the row is
// as tall as its lines, at least min points. The rule: no text of a
// headline block runs under the picture beside it (s19m-elections:
// "46,560,452 Parliamentary electoral regist…" at 28 points ran under
// the slide image and was cut there).
func (s *sheetWriter) fitLeft(text string, size float64, bold bool, min float64) {
	if s.err != nil || text == "" {
		return
	}
	r := strconv.Itoa(s.row)
	if s.err = s.b.f.MergeCell(s.sheet, "A"+r, introLastCol+r); s.err != nil {
		return
	}
	// lines measures at 11 points: a column holds 11/size as many
	// characters at size points.
	n := lines(text, introColumns*defaultColWidth*11/size, bold)
	if h := float64(n) * size * 1.35; h > min || n > 1 {
		s.err = s.b.f.SetRowHeight(s.sheet, s.row, max(h, min))
	}
}
