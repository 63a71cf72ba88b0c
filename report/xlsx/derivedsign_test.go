package xlsx

import (
	"bytes"
	"slices"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedSheetSign: the Derived sheet says a figure below zero as
// derived.csv and the deck do (indicators.Result.Said): s18k-defence's
// joiners less leavers "−2,630 people", never "-2,630 people"; a change
// from an earlier period as a fall (testdata/kinds/courts: "down 554
// cases").
func TestDerivedSheetSign(t *testing.T) {
	defence, err := indicators.Load("../../testdata/kinds/defence/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	courts, err := indicators.Load("../../testdata/kinds/courts/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		c    *indicators.Catalog
		want string
	}{
		{"s18k-defence", defence, "−2,630 people"},
		{"courts", courts, "down 554 cases"},
	} {
		book, _ := writeParts(t, tc.c)
		f, err := excelize.OpenReader(bytes.NewReader(book))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetDerived)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if !slices.ContainsFunc(rows, func(r []string) bool { return slices.Contains(r, tc.want) }) {
			t.Errorf("%s: Derived sheet has no cell %q: %q", tc.name, tc.want, rows)
		}
	}
}
