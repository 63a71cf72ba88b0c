package indicators

import (
	"strings"
	"testing"
)

// TestFromToPeriodSigns checks that swapped periods of "from X in T0 to Y
// in T1" are found after every currency sign lexicon knows, not only £,
// $, € and ¥ (review21 item 5: "A$1.2 billion" given 2020 passed).
func TestFromToPeriodSigns(t *testing.T) {
	for _, tt := range []struct {
		stated, quote string
		want          string // in the advice; "" for none
	}{
		{"£1.2 billion", "Spending rose from £1.2 billion in 2019 to £1.5 billion in 2020.", "write period: 2019"},
		{"A$1.2 billion", "Spending rose from A$1.2 billion in 2019 to A$1.5 billion in 2020.", "write period: 2019"},
		{"C$1.2 billion", "Spending rose from C$1.2 billion in 2019 to C$1.5 billion in 2020.", "write period: 2019"},
		{"₹1.2 billion", "Spending rose from ₹1.2 billion in 2019 to ₹1.5 billion in 2020.", "write period: 2019"},
		{"A$1.5 billion", "Spending rose from A$1.2 billion in 2019 to A$1.5 billion in 2020.", ""},
	} {
		p, err := ParsePeriod("2020")
		if err != nil {
			t.Fatal(err)
		}
		ind := &Indicator{Stated: tt.stated, Period: p}
		got := fromToPeriod(ind, tt.quote)
		if tt.want == "" && got != "" || tt.want != "" && !strings.Contains(got, tt.want) {
			t.Errorf("fromToPeriod(%q, %q) = %q, want %q", tt.stated, tt.quote, got, tt.want)
		}
	}
}
