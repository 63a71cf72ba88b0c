package extract

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// releaseRow writes a mention field by field: its text, kind, value (or
// low and high), qualifier, unit and direction.
func releaseRow(m Mention) string {
	q := m.Quantity
	v := q.Value.String()
	if q.Qualifier.String() == "range" {
		v = q.Low.String() + "–" + q.High.String()
	}
	return fmt.Sprintf("%s | %v | %s | %v | %v | %v", m.Text, m.Kind, v, q.Qualifier, m.Unit, q.Direction)
}

// TestReleaseSentences reads the ways statistical releases write a change
// beside a figure: a sign glued after "(" or ";" belongs to the figure, a
// plus is a rise left out of the mention's text, "+X to Y" is a change and
// the level it reached, a span of time before "earlier" or "ago" is a time
// and an age bracket after "children" is no figure.
func TestReleaseSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		// 1. A sign after "(" or ";".
		{"Retail jobs rose by 12,000 (+0.7%) in June.", []string{
			"12,000 | number | 12000 | exact |  | up",
			"0.7% | percent | 0.7 | exact | percent | up",
		}},
		{"Gains were led by part-time work (+58,000; +1.6%).", []string{
			"58,000 | number | 58000 | exact |  | up",
			"1.6% | percent | 1.6 | exact | percent | up",
		}},
		{"Gains were led by part-time work (+58,000;+1.6%).", []string{
			"58,000 | number | 58000 | exact |  | up",
			"1.6% | percent | 1.6 | exact | percent | up",
		}},
		{"Construction shed 9,500 jobs (-2.2%) over the quarter.", []string{
			"9,500 jobs | count | 9500 | exact | job | down",
			"-2.2% | percent | -2.2 | exact | percent | ",
		}},
		{"The loss was concentrated in forestry (-7,000; -3.1%).", []string{
			"-7,000 | number | -7000 | exact |  | ",
			"-3.1% | percent | -3.1 | exact | percent | ",
		}},
		{"Part-time work fell (-12.4) in Ontario.", []string{
			"-12.4 | number | -12.4 | exact |  | ",
		}},
		// A plus glued to anything else is no sign of a figure.
		{"Use the a+4.5 key.", nil},
		// 2. "+X to Y" after a word of change.
		{"Median rents increased 6.2% (+$95 to $1,620) from a year earlier.", []string{
			"6.2% | percent | 6.2 | exact | percent | up",
			"$95 | currency | 95 | exact | USD | up",
			"$1,620 | currency | 1620 | exact | USD | ",
		}},
		{"Weekly earnings rose 2.4% (+$27.50 to $1,170.25).", []string{
			"2.4% | percent | 2.4 | exact | percent | up",
			"$27.50 | currency | 27.50 | exact | USD | up",
			"$1,170.25 | currency | 1170.25 | exact | USD | ",
		}},
		{"Output grew (+1.5 to 103.2) in March.", []string{
			"1.5 | number | 1.5 | exact |  | up",
			"103.2 | number | 103.2 | exact |  | ",
		}},
		// Without the plus, "$95 to $1,620" stays a range.
		{"Rents were $95 to $1,620.", []string{
			"$95 to $1,620 | currency | 95–1620 | range | USD | ",
		}},
		// 3. A span of time before "earlier", "ago", "later", "before".
		{"Payrolls were up 3.4% compared with 12 months earlier.", []string{
			"3.4% | percent | 3.4 | exact | percent | up",
		}},
		{"Prices were up 8% from six months ago.", []string{
			"8% | percent | 8 | exact | percent | up",
		}},
		{"Two years later, 40 firms had closed; 18 weeks before, 12 had.", []string{
			"40 firms | count | 40 | exact | firm | ",
			"12 | number | 12 | exact |  | ",
		}},
		// A span of time that is no time stays a figure.
		{"The programme ran for 12 months and 3 years after launch.", []string{
			"12 months | count | 12 | exact | month | ",
			"3 years | count | 3 | exact | year | ",
		}},
		// 4. An age bracket after a word for the young.
		{"Vaccination of children under five reached 87%.", []string{
			"87% | percent | 87 | exact | percent | ",
		}},
		{"Infants under 2 years old and newborns below 1 were screened.", nil},
		{"Care for children aged under 5 cost $40 a day.", []string{
			"$40 a day | currency | 40 | exact | USD per day | ",
		}},
		// "under" after another noun is still a hedge.
		{"Sales of under 5 homes were recorded; 300 children under 10 enrolled.", []string{
			"under 5 homes | count | 5 | less_than | home | ",
			"300 children | count | 300 | exact | child | ",
		}},
	}
	for _, tt := range tests {
		var got []string
		for _, m := range (&Extractor{}).Extract(tt.in) {
			got = append(got, releaseRow(m))
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}
