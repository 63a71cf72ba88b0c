package xlsx

import (
	"bytes"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestEntityNameOnOneLine: the Entities column, printed (onPaper), is as
// wide as its widest entity's name ("United Kingdom (GB)" on one line,
// not over three).
func TestEntityNameOnOneLine(t *testing.T) {
	c := usjapan2015.Catalog()
	for i := range c.Indicators {
		c.Indicators[i].Entities = []string{"GB"}
	}
	book, _ := writeParts(t, c)
	f, err := excelize.OpenReader(bytes.NewReader(book))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	col, _ := excelize.ColumnNumberToName(ixEntities + 1)
	got, err := f.GetColWidth(SheetIndicators, col)
	if err != nil {
		t.Fatal(err)
	}
	name, _ := f.GetCellValue(SheetIndicators, col+"2")
	if want := wordsNeed(name, false, false, 0) + indent(ixEntities); got < want {
		t.Errorf("Entities column width = %v, want at least %v for %q on one line", got, want, name)
	}
}
