package xlsx

import (
	"bytes"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestUnverifiedFlowSign builds in Go, without Verify, a catalog whose flow
// is given direction: down (sign20: "lending declined by €632 million"),
// beside a change that rose, and reads the book back: the flow's cell and
// defined name hold -632 million, the sign the model stores
// (indicators.Quantity.Stored) and the chart draws, and its cell says so
// ("down €632 million"); the book once held +632 million there while the
// charts drew it below zero.
func TestUnverifiedFlowSign(t *testing.T) {
	ind := func(id, stated string, m indicators.MeasureKind, d indicators.Direction) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		q.Direction = d
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: m, Period: indicators.NotStated, Status: indicators.Fact}
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			ind("lending", "€632 million", indicators.Flow, indicators.Down),
			ind("deposits", "€210 million", indicators.Change, indicators.Up),
		},
		Views: []indicators.ChartView{{ID: "v", Title: "Lending and deposits", Kind: indicators.Bars, Indicators: []string{"lending", "deposits"}}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, c, &Options{Charts: map[string][]byte{"v": fakePNG(t)}}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	names := map[string]string{}
	for _, n := range f.GetDefinedName() {
		names[n.Name] = n.RefersTo
	}
	for i, tt := range []struct {
		id    string
		value float64
		shown string
	}{
		{"lending", -632e6, "down €632 million"},
		{"deposits", 210e6, "up €210 million"},
	} {
		q, u := c.Indicators[i].Quantity, c.Indicators[i].Unit
		if got := q.Stored(q.Value, u).Float64(); got != tt.value {
			t.Errorf("%s: Quantity.Stored = %v, want %v", tt.id, got, tt.value)
		}
		ref, ok := names[DefinedName(tt.id)]
		if !ok {
			t.Errorf("%s: no defined name", tt.id)
			continue
		}
		sheet, cell, _ := strings.Cut(strings.ReplaceAll(strings.TrimPrefix(ref, "="), "$", ""), "!")
		sheet = strings.Trim(sheet, "'")
		raw, err := f.GetCellValue(sheet, cell, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if got, err := strconv.ParseFloat(raw, 64); err != nil || got != tt.value {
			t.Errorf("%s: %s!%s holds %q, want %v (the sign the chart draws)", tt.id, sheet, cell, raw, tt.value)
		}
		if got := shownAs(t, f, sheet, cell, tt.value); got != tt.shown {
			t.Errorf("%s: %s!%s shows %q, want %q", tt.id, sheet, cell, got, tt.shown)
		}
	}
}
