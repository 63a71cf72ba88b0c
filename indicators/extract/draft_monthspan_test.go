package extract

import "testing"

// quarterTradeText is a statistics office's release of trade in the first
// months of a year, in words of its own: the span in the lead, then
// sentences that refer back to it or name no time, a figure a year back,
// and a state as of the release.
const quarterTradeText = "Posted On: 9 April 2021\n\n" +
	"Norway's foreign trade rose 6 percent year on year in the first two months of this year, the office said. " +
	"Imports climbed 3 percent during the period. " +
	"The surplus stood at $4 billion, while it was $2.5 billion in the same period last year. " +
	"In the January-February period, trade with Sweden grew 8 percent. " +
	"Trade with Denmark reached $7 billion. " +
	"A survey found that 90 percent of exporters have reopened their plants.\n"

var monthSpanCases = []fieldCase{
	{name: "\"the first two months of this year\" in a dated release", text: quarterTradeText, stated: "6 percent",
		want: map[string]string{"period": "2021-01/2021-02"}},
	{name: "\"during the period\" carries the span", text: quarterTradeText, stated: "3 percent",
		want: map[string]string{"period": "2021-01/2021-02"}},
	{name: "a figure before \"the same period last year\" keeps the span", text: quarterTradeText, stated: "$4 billion",
		want: map[string]string{"period": "2021-01/2021-02"}},
	{name: "\"the same period last year\" is the span a year back", text: quarterTradeText, stated: "$2.5 billion",
		want: map[string]string{"period": "2020-01/2020-02"}},
	{name: "\"the January-February period\"", text: quarterTradeText, stated: "8 percent",
		want: map[string]string{"period": "2021-01/2021-02"}},
	{name: "a later sentence naming no time takes the release's span", text: quarterTradeText, stated: "$7 billion",
		want: map[string]string{"period": "2021-01/2021-02"}},
	{name: "a present-perfect state is as of the release's month", text: quarterTradeText, stated: "90 percent",
		want: map[string]string{"period": "2021-04"}},
}

func TestDraftMonthSpanCases(t *testing.T) {
	runFieldCases(t, monthSpanCases)
}

func TestMonthSpan(t *testing.T) {
	tests := []struct {
		s, want string
		ok      bool
	}{
		{"in the first two months of this year", "2020-01/2020-02", true},
		{"in the first 5 months of 2018", "2018-01/2018-05", true},
		{"during the January-February period", "2020-01/2020-02", true},
		{"from April to May 2019", "2019-04/2019-05", true},
		{"in the first half", "", false},
		{"from June to April", "", false},
	}
	for _, tc := range tests {
		p, _, ok := monthSpan(tc.s, 2020)
		got := ""
		if ok {
			got = p.String()
		}
		if got != tc.want || ok != tc.ok {
			t.Errorf("monthSpan(%q, 2020) = %q, %v, want %q, %v", tc.s, got, ok, tc.want, tc.ok)
		}
	}
}
