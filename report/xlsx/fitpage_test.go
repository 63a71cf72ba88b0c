package xlsx

import (
	"bytes"
	"path/filepath"
	"testing"

	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
)

// TestFitOnePage: the wrapped columns narrow, the widest first and none
// below minWrapWidth, until the table prints one page wide; a table that
// cannot is left as it is.
func TestFitOnePage(t *testing.T) {
	tests := []struct {
		name string
		w    []float64
		wrap []int
		ok   bool
	}{
		{"fits already", []float64{10, 30, 10}, []int{1}, true},
		{"narrows the wrapped", []float64{12, 60, 60, 12, 12, 40, 10, 12, 12, 40}, []int{1, 2, 5, 9}, true},
		{"too many narrow columns", []float64{30, 30, 30, 30, 30, 30, 30, 30}, []int{0}, false},
	}
	for _, tc := range tests {
		got, ok := fitOnePage(tc.w, tc.wrap)
		if ok != tc.ok {
			t.Errorf("%s: fitOnePage(%v) fits = %v, want %v", tc.name, tc.w, ok, tc.ok)
			continue
		}
		if ok && pagesWide(got, nil) != 1 {
			t.Errorf("%s: fitOnePage(%v) = %v, %d pages wide, want 1", tc.name, tc.w, got, pagesWide(got, nil))
		}
		for i, g := range got {
			if g > tc.w[i] || g < tc.w[i] && g < minWrapWidth {
				t.Errorf("%s: column %d narrowed from %v to %v", tc.name, i, tc.w[i], g)
			}
		}
	}
}

// TestDerivedOnePageWide: the Derived sheets of s16g-lifeexp (two pages
// wide before: a gap's formula on one page, its inputs and status on the
// next) and s16g-research print one page wide.
func TestDerivedOnePageWide(t *testing.T) {
	for _, kind := range []string{"lifeexp", "research"} {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("%s: Write: %v", kind, err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		pl, err := f.GetPageLayout(SheetDerived)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		if pl.FitToWidth == nil || *pl.FitToWidth != 1 {
			t.Errorf("%s: Derived prints %d pages wide, want 1", kind, *pl.FitToWidth)
		}
	}
}
