package indicatortest_test

import (
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

func ExampleChange() {
	t := &testing.T{}
	ind := indicatortest.Change(t, "imports", "15 percent", indicators.Down)
	fmt.Println(ind.ID, ind.Quantity.Value, ind.Unit, ind.Quantity.Direction, ind.Measure, ind.Period)
	// Output: imports 15 percent down change 2013
}
