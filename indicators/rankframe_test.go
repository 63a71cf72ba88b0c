package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// registerDoc holds sentences that give a first place its frame of years,
// as round AA's register and missing persons releases do, written anew.
const registerDoc = "Register figures\n\n" +
	"The number of people leaving the register has fallen to a five-year low of 21,306.\n" +
	"Applications rose in 2014, where an increase is noted for the first time in four years.\n" +
	"Joiners were the lowest in five years, and leavers reached a 10-year high.\n"

// TestStatedReachedExtreme checks that a first place with its reach in
// time before it ("a five-year low") is the first place, never five of
// a unit "low".
func TestStatedReachedExtreme(t *testing.T) {
	tests := []struct {
		stated string
		want   indicators.Unit
	}{
		{"five-year low", indicators.Unit{Kind: indicators.Rank, Name: "lowest"}},
		{"a 10-year high", indicators.Unit{Kind: indicators.Rank, Name: "highest"}},
		{"30-year peak", indicators.Unit{Kind: indicators.Rank, Name: "highest"}},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStated(tc.stated)
		if err != nil || u.Kind != tc.want.Kind || u.Name != tc.want.Name || q.Value.Float64() != 1 {
			t.Errorf("ParseStated(%q) = %v, %+v, %v, want 1, %+v", tc.stated, q.Value, u, err, tc.want)
		}
	}
}

// TestAdviceRankFrame checks that a span of years a first place reaches
// over is told to be the rank it frames, and that the rank in those words
// verifies.
func TestAdviceRankFrame(t *testing.T) {
	const rank = "entities: [GB]\nstatus: fact\nmeasure: rank\nperiod: 2014\n"
	const count = "entities: [GB]\nstatus: fact\nmeasure: count\nperiod: 2014\n"
	const first = "where an increase is noted for the first time in four years"
	const lowest = "Joiners were the lowest in five years"
	checkAdvice(t, []adviceCase{
		{"a five-year low", registerDoc, rank + "stated: five-year low", "has fallen to a five-year low of 21,306", "", ""},
		{"a 10-year high", registerDoc, rank + "stated: 10-year high", "leavers reached a 10-year high", "", ""},
		{"first time in four years", registerDoc, rank + "stated: first time in four years", first, "", ""},
		{"the years of first time in four years as a count", registerDoc, count + "stated: four years", first,
			`the quote writes "four years" as the reach of a first place, "first time in four years": a rank, not a count: write stated: "first time in four years" and measure: rank`,
			"measure: count => measure: rank | stated: four years => stated: first time in four years"},
		{"the years of lowest in five years as a count", registerDoc, count + "stated: five years", lowest,
			`write stated: "lowest in five years" and measure: rank`,
			"measure: count => measure: rank | stated: five years => stated: lowest in five years"},
		{"a superlative whose quote gives a reach before it", registerDoc, rank + "stated: lowest", "has fallen to a five-year low of 21,306",
			`write stated: "a five-year low"`, "stated: lowest => stated: a five-year low"},
	})
}
