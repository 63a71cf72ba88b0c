package indicators_test

import (
	"fmt"

	"github.com/claimbook/claimbook/indicators"
)

// A figure written with its standard error, as a survey release writes
// it: the scale word after the margin is the figure's and the margin's;
// the margin is kept apart from the figure's precision interval.
func ExampleParseStated_margin() {
	q, u, err := indicators.ParseStated("41.2 ± 0.8 [SE] million birds")
	if err != nil {
		panic(err)
	}
	fmt.Println(q.Value, q.Scale, u)
	fmt.Println(q.Margin.HalfWidth, q.Margin.Describe())
	fmt.Println(q.Interval())
	fmt.Println(indicators.Format(q, u, indicators.Style{}))
	// Output:
	// 41200000 million bird
	// 800000 standard error
	// [4.12e+07, 4.12e+07]
	// 41.2 ± 0.8 million birds
}
