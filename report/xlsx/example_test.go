package xlsx_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/xlsx"
)

// Write the default catalog as a book and read a figure back: the cell
// holds the number at full magnitude, the format shows it as written.
func ExampleWrite() {
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, usjapan2015.Catalog(), nil); err != nil {
		log.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(f.GetSheetList())
	id, _ := f.GetCellValue(xlsx.SheetIndicators, "A3")
	v, _ := f.GetCellValue(xlsx.SheetIndicators, "D3", excelize.Options{RawCellValue: true}) // Value
	fmt.Println(id, v)
	figure, _ := f.GetCellValue(xlsx.SheetDerived, "H2") // a derived figure, as its inputs allow
	fmt.Println(figure)
	// Output:
	// [Cover Indicators Derived Chart data Sources Charts Chart layout]
	// us-japan-trade-2014 279000000000
	// about 2.8 times
}
