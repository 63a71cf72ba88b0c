package xlsx

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// derCol are the columns of the Derived sheet, 1-based.
var derCol = struct{ id, title, formula, value, low, high, unit, stated, inputs int }{1, 2, 3, 4, 5, 6, 7, 8, 9}

var derivedHeader = []string{"ID", "Title", "Formula", "Value", "Low", "High", "Unit", "As stated", "Inputs"}

// ends returns the defined names of the low and high ends of an indicator
// or derived indicator, the same name twice for a point, and whether it is
// a range.
func (b *book) ends(id string) (lo, hi string, isRange bool, err error) {
	if ind, ok := b.c.Indicator(id); ok {
		n := DefinedName(ind.ID)
		if ind.Quantity.IsRange() {
			return n + "_LOW", n + "_HIGH", true, nil
		}
		return n, n, false, nil
	}
	if r, ok := b.results[id]; ok {
		n := DefinedName(id)
		if r.Quantity.IsRange() {
			return n + "_LOW", n + "_HIGH", true, nil
		}
		return n, n, false, nil
	}
	return "", "", false, fmt.Errorf("xlsx: %q is not an indicator or derived indicator of the catalog", id)
}

// formulas returns the Excel formulas of a derived indicator: one for a
// point result, low and high for a range. They compute what
// indicators.Result.Lo and Hi hold.
func (b *book) formulas(d *indicators.Derived) (value, low, high string, err error) {
	type end struct{ lo, hi string }
	var in []end
	anyRange := false
	for _, id := range d.Inputs {
		lo, hi, r, err := b.ends(id)
		if err != nil {
			return "", "", "", fmt.Errorf("xlsx: derived %q: %w", d.ID, err)
		}
		anyRange = anyRange || r
		in = append(in, end{lo, hi})
	}
	if len(in) < 2 {
		return "", "", "", fmt.Errorf("xlsx: derived %q has %d inputs", d.ID, len(in))
	}
	switch d.Op {
	case indicators.Ratio, indicators.ShareOf:
		pre := ""
		if d.Op == indicators.ShareOf {
			pre = "100*"
		}
		a, c := in[0], in[1]
		if !anyRange {
			return pre + a.lo + "/" + c.lo, "", "", nil
		}
		var terms []string
		seen := map[string]bool{}
		for _, x := range []string{a.lo, a.hi} {
			for _, y := range []string{c.lo, c.hi} {
				t := pre + x + "/" + y
				if !seen[t] {
					seen[t] = true
					terms = append(terms, t)
				}
			}
		}
		list := strings.Join(terms, ",")
		return "", "MIN(" + list + ")", "MAX(" + list + ")", nil
	case indicators.Difference:
		a, c := in[0], in[1]
		if !anyRange {
			return a.lo + "-" + c.lo, "", "", nil
		}
		return "", a.lo + "-" + c.hi, a.hi + "-" + c.lo, nil
	case indicators.Sum:
		var los, his []string
		for _, e := range in {
			los, his = append(los, e.lo), append(his, e.hi)
		}
		if !anyRange {
			return strings.Join(los, "+"), "", "", nil
		}
		return "", strings.Join(los, "+"), strings.Join(his, "+"), nil
	}
	return "", "", "", fmt.Errorf("xlsx: derived %q: unknown formula %v", d.ID, d.Op)
}

// resultFormat is the number format of a derived result.
func resultFormat(r indicators.Result, which indicators.Decimal) string {
	return numFmt(which, r.Unit, r.Quantity.Scale)
}

// writeDerived writes the Derived sheet with the stream writer, the one
// excelize writer that stores a formula with its cached value: the derived
// indicators as a table, then the chart data.
func (b *book) writeDerived() error {
	f := b.f
	rows := len(b.c.Derived)
	if err := b.planCharts(rows); err != nil {
		return err
	}
	lastRow := rows + 1
	if len(b.charts) > 0 {
		lastRow = b.charts[len(b.charts)-1].last
	}
	if err := f.SetSheetDimension(SheetDerived, fmt.Sprintf("A1:I%d", max(lastRow, 1))); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(SheetDerived)
	if err != nil {
		return err
	}
	for i, w := range []float64{30, 48, 48, 14, 14, 14, 9, 20, 50} {
		if err := sw.SetColWidth(i+1, i+1, w); err != nil {
			return err
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}); err != nil {
		return err
	}
	head, err := b.headerStyle()
	if err != nil {
		return err
	}
	cells := make([]any, len(derivedHeader))
	for i, h := range derivedHeader {
		cells[i] = excelize.Cell{StyleID: head, Value: h}
	}
	if err := sw.SetRow("A1", cells, excelize.RowOpts{Height: 20}); err != nil {
		return err
	}
	for i := range b.c.Derived {
		d := &b.c.Derived[i]
		r := b.results[d.ID]
		value, low, high, err := b.formulas(d)
		if err != nil {
			return err
		}
		cells := make([]any, len(derivedHeader))
		text := []string{d.ID, d.Title, d.Formula(), r.Unit.String(), indicators.Format(r.Quantity, r.Unit, indicators.Style{}), strings.Join(d.Inputs, "; ")}
		for k, col := range []int{derCol.id, derCol.title, derCol.formula, derCol.unit, derCol.stated, derCol.inputs} {
			s, err := checkText(fmt.Sprintf("derived %q", d.ID), text[k])
			if err != nil {
				return err
			}
			cells[col-1] = s
		}
		put := func(col int, formula string, v float64, dec indicators.Decimal) error {
			st, err := b.numStyle(resultFormat(r, dec))
			if err != nil {
				return err
			}
			cells[col-1] = excelize.Cell{StyleID: st, Formula: formula, Value: v}
			return nil
		}
		if value != "" {
			err = put(derCol.value, value, r.Lo, r.Quantity.Value)
		} else {
			if err = put(derCol.low, low, r.Lo, r.Quantity.Low); err == nil {
				err = put(derCol.high, high, r.Hi, r.Quantity.High)
			}
		}
		if err != nil {
			return err
		}
		if err := sw.SetRow("A"+strconv.Itoa(b.derRow[d.ID]), cells); err != nil {
			return err
		}
	}
	if err := b.writeChartData(sw); err != nil {
		return err
	}
	if rows > 0 {
		if err := sw.AddTable(&excelize.Table{Range: fmt.Sprintf("A1:I%d", rows+1), Name: "Derived", StyleName: "TableStyleMedium2"}); err != nil {
			return err
		}
	}
	return sw.Flush()
}
