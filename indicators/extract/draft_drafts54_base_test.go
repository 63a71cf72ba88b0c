package extract

import "testing"

// drafts54BaseText is a statistics release whose later sentences carry the
// period of the one before and name their base in words: the previous
// quarter, the previous month, the same quarter a year earlier.
const drafts54BaseText = "Northshire Output: June 2032\n\n" +
	"Main points\n\n" +
	"  • In quarter 2 April to June 2032, factory output was estimated at £41.2 billion. " +
	"Machinery output fell by £0.7 billion from the previous quarter.\n\n" +
	"  • In quarter 2 April to June 2032, mining output was £3.1 billion. " +
	"Quarrying output rose by £0.2 billion compared with the same quarter a year earlier.\n\n" +
	"  • Retail sales were £9.4 billion in June 2032. " +
	"Food sales rose by £0.3 billion on the previous month.\n"

// TestDrafts54CarriedPeriodBase checks that a change whose period is
// carried from the sentence before takes the base its own words name.
func TestDrafts54CarriedPeriodBase(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"previous quarter", drafts54BaseText, "£0.7 billion", map[string]string{"period": "2032-Q2", "base": "2032-Q1"}},
		{"same quarter a year earlier", drafts54BaseText, "£0.2 billion", map[string]string{"period": "2032-Q2", "base": "2031-Q2"}},
		{"previous month", drafts54BaseText, "£0.3 billion", map[string]string{"period": "2032-06", "base": "2032-05"}},
		{"the level before has no base", drafts54BaseText, "£41.2 billion", map[string]string{"period": "2032-Q2", "base": "not stated"}},
	})
}
