package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestTestCatalogsStrict: the book's test catalogs are written as a user
// is told to write one, so that what the tests print is what a careful
// catalog gives: `claimbook verify -strict` passes them, no notice left
// (multi's two changes had no base, though their quotes say "from fiscal
// year 2018" and "from 2005 levels": the outputs now say "from 2018 to
// 2019" and "from 2005 to 2030").
func TestTestCatalogsStrict(t *testing.T) {
	for _, path := range []string{"testdata/multi/catalog.yaml", "testdata/s16h-poverty/catalog.yaml", "testdata/netflows/catalog.yaml"} {
		c, err := indicators.Load(path)
		if err != nil {
			t.Fatal(err)
		}
		if err := c.Verify(); err != nil {
			t.Errorf("%s: %v", path, err)
		}
		for _, n := range c.QuoteNotices() {
			t.Errorf("%s: notice: %v", path, n)
		}
	}
	c, err := indicators.Load("testdata/multi/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for id, want := range map[string]string{"us-ag-exports-change-on-fy2018": "2018", "us-ghg-target-2030": "2005"} {
		ind, ok := c.Indicator(id)
		if !ok || ind.Base.Label() != want {
			t.Errorf("multi: %s has base %v, want %s, as its quote says", id, ind.Base, want)
		}
	}
}
