package extract

import (
	"slices"
	"testing"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// TestAverageOver: a count per a span of time shorter than its period is
// an average over it, by the period's length in months: a quarter and a
// half-year are longer than a month, a span of years longer than a year
// (review fix15b: they ranked as a month and a year).
func TestAverageOver(t *testing.T) {
	day := func(y int, m int, d int) indicators.Date {
		return indicators.Date{Year: y, Month: time.Month(m), Day: d}
	}
	tests := []struct {
		per    string
		period string
		p      indicators.Period
		want   bool
	}{
		{"month", "2021-Q1", indicators.QuarterPeriod(2021, 1), true},
		{"month", "2021-H1", indicators.Period{From: indicators.Date{Year: 2021, Month: 1}, To: indicators.Date{Year: 2021, Month: 6}}, true},
		{"quarter", "2021-H1", indicators.Period{From: indicators.Date{Year: 2021, Month: 1}, To: indicators.Date{Year: 2021, Month: 6}}, true},
		{"year", "2010/2015", indicators.Period{From: indicators.Date{Year: 2010}, To: indicators.Date{Year: 2015}}, true},
		{"day", "2021-01", indicators.Period{From: indicators.Date{Year: 2021, Month: 1}}, true},
		{"week", "2021", indicators.YearPeriod(2021), true},
		// No shorter: a flow at its period's pace, or a longer pace.
		{"quarter", "2021-Q1", indicators.QuarterPeriod(2021, 1), false},
		{"month", "2021-01", indicators.Period{From: indicators.Date{Year: 2021, Month: 1}}, false},
		{"year", "2021-08", indicators.Period{From: indicators.Date{Year: 2021, Month: 8}}, false},
		{"year", "2021", indicators.YearPeriod(2021), false},
		{"month", "2021-01-01/2021-01-31", indicators.Period{From: day(2021, 1, 1), To: day(2021, 1, 31)}, false},
		{"quarter", "2021-01-01/2021-03-31", indicators.Period{From: day(2021, 1, 1), To: day(2021, 3, 31)}, false},
		{"week", "2021-03-01/2021-03-07", indicators.Period{From: day(2021, 3, 1), To: day(2021, 3, 7)}, false},
		{"day", "not stated", indicators.NotStated, false},
		{"session", "2021", indicators.YearPeriod(2021), false}, // no length: no average
	}
	for _, tt := range tests {
		if got := averageOver(tt.per, tt.p); got != tt.want {
			t.Errorf("averageOver(%q, %s) = %v, want %v", tt.per, tt.period, got, tt.want)
		}
	}
}

// TestDurationMonths: the spans of time with a length are words of
// lexicon.Durations, one list (review fix15b: durationRank, spanTimeWords
// and the lexicon's list were three), and longer words are longer.
func TestDurationMonths(t *testing.T) {
	for w := range durationMonths {
		if !slices.Contains(vocab.Durations, w) {
			t.Errorf("durationMonths[%q]: not a word of lexicon.Durations", w)
		}
	}
	order := []string{"minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century"}
	for i := 1; i < len(order); i++ {
		if a, b := durationMonths[order[i-1]], durationMonths[order[i]]; !(a > 0 && a < b) {
			t.Errorf("durationMonths[%q] = %g, durationMonths[%q] = %g, want 0 < the first < the second", order[i-1], a, order[i], b)
		}
	}
}
