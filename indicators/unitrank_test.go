package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestUnitsInWords: a number in words takes the unit after its article
// ("half a percentage point" is 0.5 percentage points, not a count of
// points), and a duration of work, trading or school is a unit of its
// own ("10 working days" is no 10 calendar days), s26w-driving.
func TestUnitsInWords(t *testing.T) {
	for _, tc := range []struct {
		stated, want string
		value        float64
	}{
		{"around half a percentage point", "percentage_point", 0.5},
		{"a quarter of a percentage point", "percentage_point", 0.25},
		{"half a percentage point", "percentage_point", 0.5},
		{"10 working days", "working day", 10},
		{"five business days", "business day", 5},
		{"190 school days", "school day", 190},
		{"10 days", "day", 10},
		{"12 weeks", "week", 12},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.String() != tc.want || q.Value.Float64() != tc.value {
			t.Errorf("ParseStated(%q) = %v %q, %v; want %v %q", tc.stated, q.Value, u, err, tc.value, tc.want)
		}
	}
	const base = "entities: [GB-NIR]\nstatus: target\nperiod: 2016/17\n"
	checkAdvice(t, []adviceCase{
		{"working days as counted", releaseDoc, base + "measure: threshold\nstated: 10 working days", "within 10 working days", "", ""},
		{"working days held as days", releaseDoc, base + "measure: threshold\nstated: 10 working days\nunit: day", "within 10 working days",
			`unit "day" disagrees with stated "10 working days", which reads as "working day": write unit: working day`, "unit: day => unit: working day"},
	})
}

// TestFirstPlacePhrase: a first place takes the words that rank a place
// after an ordinal, so that one list's places read alike ("most common"
// beside "second most commonly referred", s26w-slavery, where "most
// common" was refused and "most" alone asked for).
func TestFirstPlacePhrase(t *testing.T) {
	for _, tc := range []struct {
		stated, want string
		place        float64
	}{
		{"most common", "most common", 1},
		{"second most commonly referred", "most commonly referred", 2},
		{"most", "most", 1},
		{"highest on record", "highest", 1},
		{"highest since 2009", "highest", 1},
		{"largest", "largest", 1},
	} {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.Kind != indicators.Rank || u.Name != tc.want || q.Value.Float64() != tc.place {
			t.Errorf("ParseStated(%q) = %v %+v, %v; want place %v of %q", tc.stated, q.Value, u, err, tc.place, tc.want)
		}
	}
	const base = "entities: [GB]\nstatus: fact\nperiod: 2023\nmeasure: rank\n"
	checkAdvice(t, []adviceCase{
		{"most common", releaseDoc, base + "stated: most common", "UK nationals were the most common nationality referred", "", ""},
		{"second most commonly referred", releaseDoc, base + "stated: second most commonly referred", "Albanian nationals the second most commonly referred", "", ""},
	})
}
