// Package indicatortest builds indicators for tests of packages that read
// the model (reports, charts), so that each test states a figure as a
// catalog would and no test package keeps its own copy of the builder.
package indicatortest

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// Change returns the indicator id, a change of the figure stated ("15
// percent", "$4.9 billion", "26 to 28 percent") in direction d, for 2013,
// titled by its id. It fails tb if stated does not read.
func Change(tb testing.TB, id, stated string, d indicators.Direction) indicators.Indicator {
	tb.Helper()
	q, u, err := indicators.ParseStated(stated)
	if err != nil {
		tb.Fatalf("ParseStated(%q): %v", stated, err)
	}
	q.Direction = d
	return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Measure: indicators.Change, Period: indicators.YearPeriod(2013)}
}
