package extract

import "testing"

// TestPreviousQuarterComparand: a figure the sentence gives as the
// previous quarter's ("a rebound from the previous quarter’s decline of
// 0.5 per cent") is of the quarter before the sentence's, the sentence's
// own figure keeps its quarter (quarterClaim; when88) — on a national
// accounts release (ABS), and, in the genre's words, a retail trade and
// a labour force release.
func TestPreviousQuarterComparand(t *testing.T) {
	const (
		gdp = "Economy grows 1.1 per cent in December quarter\n\n" +
			"The Australian economy recorded broad-based growth of 1.1 per cent in seasonally adjusted chain volume terms in the December quarter 2016, a rebound from the previous quarter’s decline of 0.5 per cent, data from the Australian Bureau of Statistics (ABS) shows.\n"
		retail = "Retail trade, June quarter 2019\n\n" +
			"Retail turnover rose 0.2 per cent in the June quarter 2019, after last quarter's fall of 0.1 per cent.\n"
		labour = "Labour force, March quarter 2018\n\n" +
			"Employment grew by 0.4 per cent in the March quarter 2018, following the previous quarter's growth of 0.9 per cent.\n"
	)
	runFieldCases(t, []fieldCase{
		{name: "the sentence's figure keeps its quarter", text: gdp, stated: "1.1 per cent", want: map[string]string{"period": "2016-Q4"}},
		{name: "the previous quarter's figure is of the quarter before", text: gdp, stated: "0.5 per cent", want: map[string]string{"period": "2016-Q3"}},
		{name: "last quarter's, after the figure", text: retail, stated: "0.1 per cent", want: map[string]string{"period": "2019-Q1"}},
		{name: "the year's first quarter steps back a year", text: labour, stated: "0.9 per cent", want: map[string]string{"period": "2017-Q4"}},
		{name: "and the sentence's own figure stays", text: labour, stated: "0.4 per cent", want: map[string]string{"period": "2018-Q1"}},
	})
}
