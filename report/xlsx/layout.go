package xlsx

import (
	"iter"
	"math"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// The layout of text in cells: how wide text is as a spreadsheet shows it,
// the widths of columns and the heights of rows with wrapped text, and the
// counts of things in words. A column's width is in characters, the width
// of a digit of the default font (Calibri 11, whose metrics LibreOffice's
// Carlito shares); text is measured in the same unit.

// charWidth is the width of r in digit widths, in Calibri 11 (bold text is
// about a tenth wider: see textWidth).
func charWidth(r rune) float64 {
	switch {
	case r < utf8.RuneSelf:
		return float64(asciiWidths[r])
	case r == '’' || r == '‘':
		return 0.5
	case r >= 0x1100 && (r <= 0x115F || r >= 0x2E80 && r <= 0xA4CF || r >= 0xAC00 && r <= 0xD7A3 || r >= 0xF900 && r <= 0xFAFF || r >= 0xFF00 && r <= 0xFF60):
		return 2 // wide East Asian characters
	}
	return 1
}

// maxCharWidth bounds charWidth per byte of UTF-8: a cheap upper bound of
// textWidth.
const maxCharWidth = 1.5

// asciiWidths are the widths of the ASCII characters, in digit widths.
var asciiWidths = func() (w [utf8.RuneSelf]float32) {
	for i := range w {
		w[i] = 0.9
	}
	for c := '0'; c <= '9'; c++ {
		w[c] = 1
	}
	for c := 'A'; c <= 'Z'; c++ {
		w[c] = 1.15
	}
	for _, c := range " ijlI.,:;'|!" {
		w[c] = 0.5
	}
	for _, c := range "frt()[]-/" {
		w[c] = 0.65
	}
	for _, c := range "mwMW%@" {
		w[c] = 1.45
	}
	w['$'], w['#'] = 1, 1
	return w
}()

// textWidth is the width of s, one line of text, in digit widths; bold
// text is wider.
func textWidth(s string, bold bool) float64 {
	w := 0.0
	for _, r := range s {
		w += charWidth(r)
	}
	if bold {
		w *= 1.1
	}
	return w
}

// Printing a wide table: the paper's width in landscape (US Letter, the
// narrower of Letter and A4) less the side margins, in inches, and the
// smallest print scale at which Calibri 11 is still read on paper (8.25
// pt, the size of a dense printed table).
const (
	printWidth    = 11 - 2*marginSide
	minPrintScale = 0.75
)

// loColumnSlack is how much wider LibreOffice prints a column than
// columnInches says, with room to spare: it printed the 20 columns of
// testdata/multi two pages wide at 72.7% (words 8.5 pt high), where their
// widths by columnInches (12.9 inches on the fuller page) allowed 79%; its
// columns are about 1.09 times as wide.
const loColumnSlack = 1.1

// columnInches is the printed width of a column of width w characters at
// 100%: as spreadsheets size columns, a digit of Calibri 11 is 7 pixels
// and each column has 5 pixels of padding, at 96 pixels an inch.
func columnInches(w float64) float64 {
	return (math.Floor(w*7+0.5) + 5) / 96
}

// pagesWide is how many pages wide a table of columns of widths w prints
// so that its text is shown at minPrintScale or larger, when the columns
// repeat (their widths, at the left) print again on every page after the
// first: spreadsheets break pages between columns, so this packs the
// columns into pages of the paper's width at that scale, in order, with
// LibreOffice's wider columns allowed for (loColumnSlack). A width of 0 is
// a hidden column.
func pagesWide(w []float64, repeat []float64) int {
	return pagesWideAt(w, repeat, minPrintScale)
}

// pagesWideAt is pagesWide at the print scale scale.
func pagesWideAt(w []float64, repeat []float64, scale float64) int {
	page := printWidth / scale / loColumnSlack
	rep := 0.0
	for _, c := range repeat {
		rep += columnInches(c)
	}
	if rep >= page/2 {
		rep = 0 // too wide to repeat usefully; count it once
	}
	pages, used := 1, 0.0
	for _, c := range w {
		if c == 0 {
			continue // a hidden column prints nothing
		}
		c := columnInches(c)
		if used > 0 && used+c > page {
			pages++
			used = rep
		}
		used += c
	}
	return pages
}

// minWrapWidth is the narrowest, in characters, that fitOnePage makes a
// column of wrapped text: two or three words a line.
const minWrapWidth = 18

// fitOnePage returns widths w (0 a hidden column) with the columns wrap
// (0-based) of wrapped text narrowed, the widest first, a character at a
// time and none below minWrapWidth, until the table prints one page wide
// at minPrintScale (pagesWide), and whether it does: a row on one page,
// its words wrapped to more lines, reads better than a row cut between
// two pages (s16g-lifeexp's Derived sheet: a gap's formula on one page,
// its inputs and status on the next). w itself is not changed.
func fitOnePage(w []float64, wrap []int) ([]float64, bool) {
	out := slices.Clone(w)
	for pagesWide(out, nil) > 1 {
		widest := -1
		for _, i := range wrap {
			if out[i] > minWrapWidth && (widest < 0 || out[i] > out[widest]) {
				widest = i
			}
		}
		if widest < 0 {
			return w, false
		}
		out[widest] = max(minWrapWidth, math.Floor(out[widest]-1))
	}
	return out, true
}

// seriesChartRoom is the width in pixels, at most want, of a chart
// anchored right of the first at columns of widths w (a hidden column 0)
// that ends within the columns the first printed page holds at any scale
// up to 100%: a sheet printed several pages wide breaks between columns,
// and a chart past the break printed its last few pixels, an empty sliver
// of its frame, on a page of its own (s16h-poverty's book, pages 14 and
// 16). The chart and the columns scale alike, so the columns that fit the
// page at 100% (LibreOffice's wider columns allowed for: loColumnSlack)
// are on its first page at every smaller scale too. It is never below
// half of want.
func seriesChartRoom(w []float64, at int, want uint) uint {
	page := printWidth * 96
	left, used, room := 0.0, 0.0, 0.0
	for i, c := range w {
		if c == 0 {
			continue
		}
		px := columnInches(c) * 96
		if (used+px)*loColumnSlack > page {
			break
		}
		used += px
		if i < at {
			left = used
		}
		room = used - left
	}
	// The chart stands 8 pixels into its column (OffsetX) and keeps as
	// many clear of the break.
	room -= 16
	return uint(max(min(room, float64(want)), float64(want)/2))
}

// fitWidth is the width of a column that shows text of width w in full,
// at least lo and at most hi characters; past hi the text wraps.
func fitWidth(w, lo, hi float64) float64 {
	return math.Round(min(max(w+1.5, lo), hi)*4) / 4
}

// lineSlack is how much wider than textWidth a word may print: lines
// counts with it, and a column sized to hold text on one line must too.
const lineSlack = 1.05

// lines is how many lines s takes in a column of width col when it wraps
// as spreadsheets wrap text: at spaces, and a word wider than the column
// wherever it must.
func lines(s string, col float64, bold bool) int {
	avail := max(col-1.5, 1)
	space := charWidth(' ')
	n := 0
	for par := range strings.SplitSeq(s, "\n") {
		n++
		used := 0.0
		for word := range strings.SplitSeq(par, " ") {
			w := textWidth(word, bold) * lineSlack
			switch {
			case used == 0 && w <= avail:
				used = w
			case used+space+w <= avail:
				used += space + w
			case w <= avail:
				n++
				used = w
			default:
				// A word wider than the column is broken across lines: after
				// its hyphens and slashes where each part fits (an ID), else
				// wherever the column ends.
				if used > 0 {
					n++
				}
				if k, last, ok := partLines(word, avail, bold); ok {
					n += k - 1
					used = last
					break
				}
				k := int(math.Ceil(w / avail))
				n += k - 1
				used = w - float64(k-1)*avail
			}
		}
	}
	return n
}

// partLines is how many lines word takes in avail digit widths when it
// breaks only between its parts (breakParts), each part packed on a line
// while it fits, and how wide its last line is; ok is false when a part
// alone is wider than avail.
func partLines(word string, avail float64, bold bool) (n int, last float64, ok bool) {
	n = 1
	for part := range breakParts(word) {
		w := textWidth(part, bold) * lineSlack
		switch {
		case w > avail:
			return 0, 0, false
		case last+w <= avail:
			last += w
		default:
			n++
			last = w
		}
	}
	return n, last, true
}

// lineHeight is the height of one line of 11-point text, in points.
const lineHeight = 15

// counted says how many things there are in words that agree in number:
// "no derived figures", "1 derived figure", "3 derived figures".
func counted(n int, one, many string) string {
	switch n {
	case 0:
		return "no " + many
	case 1:
		return "1 " + one
	}
	return indicators.NewDecimal(int64(n), 0).Text(",") + " " + many
}

// longestWord is the width of the widest word of s, split at spaces:
// the least width a column needs for s to wrap between words, never
// within one ("percen/t").
func longestWord(s string) float64 {
	var w float64
	for _, word := range strings.Fields(s) {
		w = max(w, textWidth(word, false)*lineSlack)
	}
	return w
}

// Words that no line may break. A spreadsheet wraps a cell's text at
// spaces and after hyphens, and breaks a word wider than its column
// wherever the column ends ("percen/t", "countr/y"). A column is sized so
// that each word of its cells is shown whole in the widest font a reader's
// program may use: LibreOffice without Carlito (a Debian install with no
// recommended packages, as CI has) shows Calibri in DejaVu Sans, about a
// third wider than Calibri. A word wider than its column may grow to is
// kept whole between its hyphens (an ID), or its slashes (a URL).

// fallbackAdvance are the advance widths of the printable ASCII
// characters, space to '~', in DejaVu Sans and DejaVu Sans Bold, in
// 1/2048 em (the fonts' units; read from the fonts' hmtx tables).
var fallbackAdvance = [2][95]uint16{{
	651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
	1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716, 1087,
	2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
	1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690, 799, 1716, 1024,
	1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186, 569, 1995, 1298, 1253,
	1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
}, {
	713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
	1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716, 1188,
	2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
	1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748, 936, 1716, 1024,
	1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362, 702, 2134, 1458, 1407,
	1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
}}

// emWidth is an em of 11-point text in digit widths of Calibri 11: 11
// points are 14.67 pixels at 96 dpi, and a column's character is 7
// pixels (see columnInches).
const emWidth = 11.0 * 96 / 72 / 7

// monoWidth is the width of a character of a monospaced font at 9 points
// (the SHA-256 of the Sources sheet), in digit widths: DejaVu Sans Mono,
// the fallback for Consolas, is 0.602 em wide, wider than Consolas.
const monoWidth = 1233.0 / 2048 * 9 * 96 / 72 / 7

// wordPad is the room a cell's padding and a rounding of pixels take
// from its column, in digit widths: a word shows whole when its width and
// wordPad fit the column.
const wordPad = 1

// indentWidth is the width of one level of a cell's indent, in digit
// widths (Excel's is 9 pixels; a little more, for room).
const indentWidth = 1.5

// wordWidth is the width of word, text with no space, in the fallback
// font (see fallbackAdvance), in digit widths: the width it needs not to
// be broken. Characters outside ASCII are taken as wide as charWidth
// says, and a half wider.
func wordWidth(word string, bold bool) float64 {
	adv := &fallbackAdvance[0]
	if bold {
		adv = &fallbackAdvance[1]
	}
	units := 0
	w := 0.0
	for _, r := range word {
		switch {
		case r >= ' ' && r <= '~':
			units += int(adv[r-' '])
		case r >= utf8.RuneSelf:
			w += charWidth(r) * 1.5
		}
	}
	return w + float64(units)/2048*emWidth
}

// maxWordWidth bounds wordWidth per byte of UTF-8 (an em, "@").
const maxWordWidth = emWidth * 1.1

// wordsNeed is the width a column needs for each word of s (split at
// spaces, or s whole when the column does not wrap) to show unbroken: a
// word that needs more than most is needed only between its hyphens and
// slashes, where spreadsheets may break a line. mono says s is in the
// monospaced font.
func wordsNeed(s string, wrap, mono bool, most float64) float64 {
	width := func(w string) float64 {
		if mono {
			return float64(utf8.RuneCountInString(w))*monoWidth + wordPad
		}
		return wordWidth(w, false) + wordPad
	}
	if !wrap {
		return width(s)
	}
	need := 0.0
	for word := range strings.FieldsSeq(s) {
		n := width(word)
		if n > most {
			n = 0
			for part := range breakParts(word) {
				n = max(n, width(part))
			}
		}
		need = max(need, n)
	}
	return need
}

// breakParts yields the parts of word between the places a spreadsheet
// may break its line: after each hyphen and slash ("infections-",
// "2022").
func breakParts(word string) iter.Seq[string] {
	return func(yield func(string) bool) {
		start := 0
		for i := 0; i < len(word)-1; i++ {
			if c := word[i]; c == '-' || c == '/' {
				if !yield(word[start : i+1]) {
					return
				}
				start = i + 1
			}
		}
		yield(word[start:])
	}
}

// wordFit returns the width of a column whose text wants width w (see
// fitWidth: at least lo, at most hi) and whose words need width words
// (see wordsNeed), at most most: the words widen the column past hi.
func wordFit(w, words, lo, hi, most float64) float64 {
	return min(max(fitWidth(w, lo, hi), math.Ceil(words*4)/4), max(hi, most))
}

// numberNeed is the width a column needs to show the integer n whole (a
// number too wide shows "###"), as wordsNeed measures it; it allocates
// nothing, for the Start and End of every row.
func numberNeed(n int) float64 {
	digits := 1
	if n < 0 {
		digits++
		n = -n
	}
	for ; n >= 10; n /= 10 {
		digits++
	}
	return float64(digits)*float64(fallbackAdvance[0]['0'-' '])/2048*emWidth + wordPad
}

// numberMost is the widest a column of numbers grows to show its numbers
// whole: a number does not wrap, and one too wide for its column shows
// "###" (s16g-insolvency: "113.1 companies per 10,000 companies" in a
// column capped at 30).
const numberMost = 64.0
