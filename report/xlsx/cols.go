package xlsx

import (
	"bytes"

	"github.com/xuri/excelize/v2"
)

// outlineLevelCol returns the head of a worksheet part with
// outlineLevelCol="1" on its <sheetFormatPr> where a <col> has an outline
// level (streamCols' outline): spreadsheets size the outline bar, and show
// its "+", by it. excelize's stream writer does not set it.
func outlineLevelCol(head []byte) []byte {
	const tag = "<sheetFormatPr"
	at := bytes.Index(head, []byte(tag))
	if at < 0 || !bytes.Contains(head, []byte(` outlineLevel="1"`)) || bytes.Contains(head[at:], []byte("outlineLevelCol")) {
		return head
	}
	at += len(tag)
	out := make([]byte, 0, len(head)+len(` outlineLevelCol="1"`))
	out = append(out, head[:at]...)
	out = append(out, ` outlineLevelCol="1"`...)
	return append(out, head[at:]...)
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
