package xlsx

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"

	"github.com/xuri/excelize/v2"
)

// outlineLevelCol returns the head of a worksheet part whose technical
// columns are in outline groups (a <col> of outlineLevel="1", set by
// streamCols' outline), completed as ECMA-376 and Excel read a collapsed
// group, which excelize's stream writer does not write:
//
//   - outlineLevelCol="1" on <sheetFormatPr>: spreadsheets size the
//     outline bar by it;
//   - <outlinePr summaryRight="1"/> first in <sheetPr> (the default,
//     said): a group's summary column, over which its button stands, is
//     the column right after it;
//   - collapsed="1" on that summary column, added as a <col> of the
//     default width where the group ends the sheet's columns: the button
//     is then a "+" (collapsed), as the hidden columns are. Without it
//     Excel and LibreOffice read a group whose columns are hidden as
//     open, its button a "−" that hides nothing.
//
// The groups are the runs of adjacent columns of level 1: a hidden empty
// column left at level 0 among them split one group into four
// (s18k-smoking: four buttons, each open).
func outlineLevelCol(head []byte) []byte {
	const tag = "<sheetFormatPr"
	at := bytes.Index(head, []byte(tag))
	if at < 0 || !bytes.Contains(head, []byte(` outlineLevel="1"`)) || bytes.Contains(head[at:], []byte("outlineLevelCol")) {
		return head
	}
	at += len(tag)
	out := make([]byte, 0, len(head)+256)
	out = append(out, head[:at]...)
	out = append(out, ` outlineLevelCol="1"`...)
	out = append(out, head[at:]...)
	if i := bytes.Index(out, []byte("<sheetPr>")); i >= 0 && !bytes.Contains(out, []byte("<outlinePr")) {
		i += len("<sheetPr>")
		out = append(out[:i], append([]byte(`<outlinePr summaryRight="1"></outlinePr>`), out[i:]...)...)
	}
	return collapseGroups(out)
}

// colElem matches a <col> of a worksheet's <cols>, its first column.
var colElem = regexp.MustCompile(`<col min="(\d+)"[^>]*?/?>(?:</col>)?`)

// collapseGroups marks the summary column of each outline group of the
// <cols> in head collapsed (outlineLevelCol): the column right after a
// run of columns of level 1.
func collapseGroups(head []byte) []byte {
	start, end := bytes.Index(head, []byte("<cols>")), bytes.Index(head, []byte("</cols>"))
	if start < 0 || end < start {
		return head
	}
	cols := head[start+len("<cols>") : end]
	locs := colElem.FindAllSubmatchIndex(cols, -1)
	level := map[int]bool{}
	at := map[int][2]int{} // a column's <col>, where it is one column's
	last := 0
	for _, l := range locs {
		n, _ := strconv.Atoi(string(cols[l[2]:l[3]]))
		el := cols[l[0]:l[1]]
		if bytes.Contains(el, []byte(`max="`+strconv.Itoa(n)+`"`)) {
			at[n] = [2]int{l[0], l[1]}
		}
		level[n] = bytes.Contains(el, []byte(` outlineLevel="1"`))
		last = max(last, n)
	}
	var summary []int
	for n := 1; n <= last; n++ {
		if level[n] && !level[n+1] {
			summary = append(summary, n+1)
		}
	}
	var b bytes.Buffer
	b.Write(head[:start+len("<cols>")])
	done := 0
	for _, n := range summary {
		loc, ok := at[n]
		switch {
		case ok:
			el := cols[loc[0]:loc[1]]
			b.Write(cols[done:loc[0]])
			i := bytes.IndexByte(el, '>')
			if el[i-1] == '/' {
				i--
			}
			b.Write(el[:i])
			b.WriteString(` collapsed="1"`)
			b.Write(el[i:])
			done = loc[1]
		case n > last:
			b.Write(cols[done:])
			done = len(cols)
			fmt.Fprintf(&b, `<col min="%d" max="%d" width="%g" collapsed="1"/>`, n, n, defaultColWidth)
		}
	}
	b.Write(cols[done:])
	b.Write(head[end:])
	return b.Bytes()
}

// streamCols sets a streamed sheet's column widths, and hides the columns
// hide reports, in an order that leaves the sheet's <cols> ascending. A
// hidden column outline reports is also put in an outline group (level
// 1), so that a spreadsheet shows a "+" that opens it.
//
// Excel requires a sheet's <col> elements in ascending, non-overlapping
// order and otherwise offers to repair the file (LibreOffice forgives it).
// excelize's StreamWriter writes its columns as kept, unsorted, and each
// SetColWidth or SetColVisible moves the column it sets to the front of that
// list (flatCols in excelize's col.go); so the columns are set from the last
// to the first, each column's calls together, and the first ends in front.
// Sheets written without a stream need none of this: excelize sorts their
// columns when it saves.
func streamCols(sw *excelize.StreamWriter, widths []float64, hide, outline func(i int) bool) error {
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
		if hide != nil && hide(i) {
			if err := sw.SetColVisible(i+1, i+1, false); err != nil {
				return err
			}
			if outline != nil && outline(i) {
				if err := sw.SetColOutlineLevel(i+1, 1); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
