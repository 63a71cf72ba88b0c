package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWhenPeriodNotStated: a figure whose catalog says "period: not
// stated" is said to have no period stated, as the catalog says, not no
// year (a document may give a span of months); a commitment's missing
// time is its year, by which it is to be met. A reported figure of a
// dated source says when it was reported, as its card does, never a
// total "over a period not stated" (s24s-flooding's scheme costs).
func TestWhenPeriodNotStated(t *testing.T) {
	sept8 := indicators.Date{Year: 2011, Month: 9, Day: 8}
	tests := []struct {
		f           Figure
		short, long string
	}{
		{Figure{Measure: indicators.Change, Status: indicators.Fact}, "period not stated", ", period not stated in the source"},
		{Figure{Measure: indicators.Share, Status: indicators.Fact}, "period not stated", ", period not stated in the source"},
		{Figure{Measure: indicators.Flow, Status: indicators.Fact}, "period not stated", "over a period not stated in the source"},
		{Figure{Measure: indicators.Change, Status: indicators.Target}, "target, year not stated", ", year not stated in the source"},
		{Figure{Measure: indicators.Flow, Status: indicators.Fact, Issued: sept8}, "period not stated, reported 8 September 2011", ", period not stated (reported 8 September 2011)"},
		{Figure{Measure: indicators.Stock, Status: indicators.Fact, Issued: sept8}, "date not stated, reported 8 September 2011", ", date not stated (reported 8 September 2011)"},
		{Figure{Measure: indicators.Flow, Status: indicators.Pledge, Issued: sept8}, "pledge, year not stated", ", year not stated in the source"},
	}
	for _, tc := range tests {
		if got := When(tc.f, true); got != tc.short {
			t.Errorf("When(%v %v, short) = %q, want %q", tc.f.Status, tc.f.Measure, got, tc.short)
		}
		if got := When(tc.f, false); got != tc.long {
			t.Errorf("When(%v %v, long) = %q, want %q", tc.f.Status, tc.f.Measure, got, tc.long)
		}
	}
}
