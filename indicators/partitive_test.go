package indicators_test

import "testing"

// TestPartitiveWhole checks one rule for a bare count whose noun the quote
// names: the noun of a partitive opener ("Of these visits, some 99.6
// million were made", s24t-libraries) is told as the subject of a copula
// ("incidents … were 737,000") and a noun after the figure are, and
// writing it leaves no message; an opener with no noun, or a singular
// whole, tells none.
func TestPartitiveWhole(t *testing.T) {
	const doc = "There were 105 million visits to libraries in the year. Of these visits, some 99.6 million were made to local government libraries.\n" +
		"Of these deals, 46 are operational.\n" +
		"Of these, 12 were closed.\n" +
		"Of the total, 30 were new.\n"
	const au = "entities: [AU]\nstatus: estimate\nperiod: 2003/04\n"
	checkAdvice(t, []adviceCase{
		{"a partitive whole before a hedged figure", doc, au + "measure: flow\nstated: some 99.6 million", "Of these visits, some 99.6 million were made to local government libraries",
			`notice: "some 99.6 million" has no unit, but its quote counts "visits": write unit: visit`, "stated: some 99.6 million => stated: some 99.6 million\nunit: visit"},
		{"a partitive whole before a count", doc, au + "measure: count\nstated: \"46\"", "Of these deals, 46 are operational",
			`write unit: deal`, "stated: \"46\" => stated: \"46\"\nunit: deal"},
		{"an opener with no noun", doc, au + "measure: count\nstated: \"12\"", "Of these, 12 were closed", "", ""},
		{"a singular whole", doc, au + "measure: count\nstated: \"30\"", "Of the total, 30 were new", "", ""},
	})
}
