package indicators_test

import "testing"

// TestSamePeriodBase checks the base told for a change compared with "the
// same period/quarter/month in/of/last YEAR": the figure's own period
// shape moved to that year (s24t-buses: a quarter "compared to the same
// period in 2018" is 2018-Q1, not the year ending March 2018), and that
// writing it leaves no message.
func TestSamePeriodBase(t *testing.T) {
	const doc = "When comparing local bus passenger journeys for January to March 2019 to the same period in 2018, we see:\n- a 0.1% increase in England\n" +
		"Widget sales rose by 4.2% in April to June 2021 compared with the same quarter last year.\n" +
		"Widget exports fell by 1.5% in June 2021 compared with the same month of 2020.\n" +
		"Widget repairs rose by 3.1% in the year ending June 2021 compared with the same period of 2020.\n" +
		"When compared to the pre-covid-19 period from July to September 2019 both workload and expenditure increased by 1%.\n" +
		"Meeting volumes were 11% lower than in the same quarter of 2020.\n"
	const up = "entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: up\n"
	checkAdvice(t, []adviceCase{
		{"a quarter, the same period in YEAR, from its list's lead-in", doc, up + "stated: 0.1%\nperiod: 2019-Q1", "a 0.1% increase in England",
			`write base: 2018-Q1`, "period: 2019-Q1 => period: 2019-Q1\nbase: 2018-Q1"},
		{"a quarter, the same quarter last year", doc, up + "stated: 4.2%\nperiod: 2021-Q2", "Widget sales rose by 4.2%",
			`write base: 2020-Q2`, "period: 2021-Q2 => period: 2021-Q2\nbase: 2020-Q2"},
		{"a month, the same month of YEAR", doc, "entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: down\nstated: 1.5%\nperiod: 2021-06", "Widget exports fell by 1.5%",
			`write base: 2020-06`, "period: 2021-06 => period: 2021-06\nbase: 2020-06"},
		{"a year ending June, the same period of YEAR", doc, up + "stated: 3.1%\nperiod: 2020-07/2021-06", "Widget repairs rose by 3.1%",
			`write base: 2019-07/2020-06`, "period: 2020-07/2021-06 => period: 2020-07/2021-06\nbase: 2019-07/2020-06"},
		// The whole span the sentence names, not its first month
		// (s25u-legalaid: "from July to September 2019" was told 2018-07).
		{"a span of months after from", doc, up + "stated: 1%\nperiod: 2021-Q3", "both workload and expenditure increased by 1%",
			`write base: 2019-Q3`, "period: 2021-Q3 => period: 2021-Q3\nbase: 2019-Q3"},
		// The year named is the period's own: the period is the one in
		// doubt (s25u-legalaid's draft, of period 2020-Q3).
		{"the same quarter of the period's own year", doc, "entities: [GB-ENG]\nstatus: fact\nmeasure: change\ndirection: down\nstated: 11%\nperiod: 2020-Q3", "Meeting volumes were 11% lower",
			`write base: 2020-Q3 and period: the later period`, "period: 2020-Q3 => period: 2021-Q3\nbase: 2020-Q3"},
	})
}
