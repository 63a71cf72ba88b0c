package xlsx

import "github.com/xuri/excelize/v2"

// streamCols sets a streamed sheet's column widths, and hides the columns
// hide reports, in an order that leaves the sheet's <cols> ascending.
//
// Excel requires a sheet's <col> elements in ascending, non-overlapping
// order and otherwise offers to repair the file (LibreOffice forgives it).
// excelize's StreamWriter writes its columns as kept, unsorted, and each
// SetColWidth or SetColVisible moves the column it sets to the front of that
// list (flatCols in excelize's col.go); so the columns are set from the last
// to the first, each column's calls together, and the first ends in front.
// Sheets written without a stream need none of this: excelize sorts their
// columns when it saves.
func streamCols(sw *excelize.StreamWriter, widths []float64, hide func(i int) bool) error {
	for i := len(widths) - 1; i >= 0; i-- {
		if err := sw.SetColWidth(i+1, i+1, widths[i]); err != nil {
			return err
		}
		if hide != nil && hide(i) {
			if err := sw.SetColVisible(i+1, i+1, false); err != nil {
				return err
			}
		}
	}
	return nil
}
