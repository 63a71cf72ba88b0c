package extract

import "testing"

// sinceText is a statistics release whose figures are compared
// with every year since one, in words of its own.
const sinceText = "Recorded Fires in Northshire, 2031-32\n\n" +
	"Main findings\n\n" +
	"In 2031, the number of fires attended fell to 24,100, the lowest level since 1998. " +
	"Dwelling fires were 5,200 in 2031, the fewest since records began in 1971.\n\n" +
	"Vehicle fires fell by 8% in 2031, the largest fall since 2009.\n\n" +
	"Since 2001, fire services have attended more than 900,000 fires.\n\n" +
	"Chimney fires fell to 410 in 2031. This was the lowest figure since 1985.\n\n" +
	"In 2031, there were 3,900 grass fires. Forest fires fell to 120, the lowest since 1998. " +
	"Bin fires fell to 640, the lowest level since records began in 1971.\n\n" +
	"  • In quarter 2 April to June 2032, fire service spending was £41.2 million. " +
	"Spending on engines fell to £3.1 million, the lowest since 2009.\n"

// TestDraftSinceComparison checks that a year a figure is compared
// with ("the lowest since 1998", "since records began in 1971") dates
// neither the figure nor its base, while a total since a year stays one.
func TestDraftSinceComparison(t *testing.T) {
	runFieldCases(t, []fieldCase{
		{"the lowest level since", sinceText, "24,100", map[string]string{"period": "2031", "base": "not stated"}},
		{"since records began", sinceText, "5,200", map[string]string{"period": "2031", "base": "not stated"}},
		{"the largest fall since", sinceText, "8%", map[string]string{"period": "2031", "base": "not stated"}},
		{"a total since a year", sinceText, "more than 900,000 fires", map[string]string{"period": "not stated"}},
		{"no year of its own, the lowest since", sinceText, "120", map[string]string{"period": "not stated", "base": "not stated"}},
		{"no year of its own, since records began", sinceText, "640", map[string]string{"period": "not stated", "base": "not stated"}},
		{"a quarter carried from the sentence before", sinceText, "£3.1 million", map[string]string{"period": "2032-Q2", "base": "not stated"}},
		{"a figure whose next sentence compares it", sinceText, "410", map[string]string{"period": "2031", "base": "not stated"}},
	})
}
