package indicators_test

import "testing"

// TestHedgeAdviceKeepsUnit checks that the advice for a hedge given as
// qualifier: beside a bare figure and its unit writes the hedged figure
// with its unit's words (review22 item 9: "nearly 66.7" with unit:
// percent read as a pure number), not a stated figure that would read
// with another unit. The quote gives the figure without the hedge, so the
// advice cannot take the quote's words, and the advice followed is then
// told about the quote (not checked here).
func TestHedgeAdviceKeepsUnit(t *testing.T) {
	const doc = "The share was 66.7 percent of mothers in 2006.\n"
	const f = "entities: [AU]\nstatus: fact\nmeasure: share\nperiod: 2006\n"
	checkAdvice(t, []adviceCase{
		{"a bare figure with unit: percent", doc, f + "stated: \"66.7\"\nunit: percent\nqualifier: nearly", "66.7 percent of mothers",
			`write stated: "nearly 66.7 percent" and leave qualifier out`, ""},
	})
}
