package indicators_test

import "testing"

// TestAdvicePointsAndOnYear checks two forms round Y's users met (a GP
// appointments release, an adult social care release), written anew: a
// percent stated where the quote gives percentage points is told the
// unit, not the numbers; and a change "on" a year ("2.3 per cent on
// 2016-17") is told that year as its base.
func TestAdvicePointsAndOnYear(t *testing.T) {
	const doc = "Clinics\n\n" +
		"94.0% of visits were attended, a decrease of 1.1 percentage points.\n" +
		"Spending rose to £17.9bn, an increase of 2.3 per cent in cash terms on 2016-17.\n" +
		"Visits were up 4% on 2022 and stood on 1 April at 3,000.\n"
	const gb = "entities: [GB]\nstatus: fact\nmeasure: change\n"
	checkAdvice(t, []adviceCase{
		{"a percent the quote gives in points", doc, gb + "period: 2025-Q1\ndirection: down\nstated: 1.1%\nbase: 2024-Q1",
			"94.0% of visits were attended, a decrease of 1.1 percentage points.",
			`its number agrees, but the quote's unit is percentage points, "1.1 percentage points", not percent: write stated: "1.1 percentage points"`,
			"stated: 1.1% => stated: 1.1 percentage points"},
		{"a change on a financial year", doc, gb + "period: 2017-18\ndirection: up\nstated: 2.3 per cent",
			"Spending rose to £17.9bn, an increase of 2.3 per cent in cash terms on 2016-17.",
			`its sentence says "on 2016-17": write base: 2016-17`, "period: 2017-18 => period: 2017-18\nbase: 2016-17"},
		{"a change on a calendar year", doc, gb + "period: 2023\ndirection: up\nstated: 4%",
			"Visits were up 4% on 2022",
			`its sentence says "on 2022": write base: 2022`, "period: 2023 => period: 2023\nbase: 2022"},
		{"a year across two compared with a calendar year", doc + "Seizures rose by 13% compared to 2023.\n", gb + "period: 2023/24\ndirection: up\nstated: 13%",
			"Seizures rose by 13% compared to 2023.",
			`its sentence says "compared to 2023", a calendar year, of a period across two: where the document names such years by the year they end in ("year ending March 2023"), write base: 2022/23`,
			"period: 2023/24 => period: 2023/24\nbase: 2022/23"},
		{"a change on a year across two in full, of its twelve months", doc + "Grants rose by 3% on 2016-2017.\n", gb + "period: 2017-04/2018-03\ndirection: up\nstated: 3%",
			"Grants rose by 3% on 2016-2017.",
			`its sentence says "on 2016-2017": write base: 2016-04/2017-03`, "period: 2017-04/2018-03 => period: 2017-04/2018-03\nbase: 2016-04/2017-03"},
		{"a change on a date names no base", doc + "Grants rose by 3% on 2016-05-01 figures.\n", gb + "period: 2017\ndirection: up\nstated: 3%",
			"Grants rose by 3% on 2016-05-01 figures.", "", ""},
		{"a change on its own year names no base", doc, gb + "period: 2022\ndirection: up\nstated: 4%",
			"Visits were up 4% on 2022", "", ""},
	})
}
