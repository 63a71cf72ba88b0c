package indicators_test

import "testing"

// TestGroupGapAdvice checks the advice for a difference between two
// groups at one time (s25u-paygap: "6.9% less than their part-time female
// counterparts" was told a base period it has none of, and a minus sign
// was refused): a change against: group, with its direction and no base,
// and that writing it leaves no message.
func TestGroupGapAdvice(t *testing.T) {
	const doc = "Male part-time employees earned 6.9% less than their part-time female counterparts in 2022.\n" +
		"Female employees earned 9.6% less than men in 2022.\n"
	const ie = "entities: [IE]\nstatus: fact\nperiod: 2022\n"
	const fixed = "measure: change\ndirection: down\nagainst: group"
	checkAdvice(t, []adviceCase{
		{"the word of change in stated", doc, ie + "measure: level\nstated: 6.9% less", "earned 6.9% less than their part-time female counterparts",
			`direction: down and against: group, no base`, "measure: level => " + fixed + " | stated: 6.9% less => stated: 6.9%"},
		{"a change with no base", doc, ie + "measure: change\ndirection: down\nstated: 9.6%", "earned 9.6% less than men",
			`write against: group`, "direction: down => direction: down\nagainst: group"},
		{"a minus sign", doc, ie + "measure: level\nstated: -6.9%", "earned 6.9% less than their part-time female counterparts",
			`direction: down and against: group, no base`, "measure: level => " + fixed + " | stated: -6.9% => stated: 6.9%"},
		{"against: group, down", doc, ie + fixed + "\nstated: 6.9%", "earned 6.9% less than their part-time female counterparts", "", ""},
	})
}
