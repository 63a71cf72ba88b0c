package wording

import "testing"

// TestTitleWithoutRelativeBase: a title that ends naming its change's
// base by where it lies drops it, as indicators.RelativeBaseAt reads the
// lexicon's words (one list for verify, the drafter and the outputs); a
// title that runs on past those words, or names a span, keeps them.
func TestTitleWithoutRelativeBase(t *testing.T) {
	tests := []struct{ title, base, want string }{
		{"Change in arrivals on the previous month", "2024-02", "Change in arrivals"},
		{"Change in arrivals compared with a year earlier", "2023-03", "Change in arrivals"},
		{"Change in claims on the week before.", "2024-03-01", "Change in claims"},
		{"Change in claims since last year", "2023", "Change in claims"},
		{"Change in claims on the preceding 12 months", "2023", "Change in claims"},
		// Near misses.
		{"Change in claims on the previous year's peak", "2023", "Change in claims on the previous year's peak"},
		{"Change in claims on the year to June 2023", "2022-06", "Change in claims on the year to June 2023"},
		{"Change in claims on the quarter", "2023-Q2", "Change in claims on the quarter"},
	}
	for _, tt := range tests {
		if got := TitleWithoutBase(tt.title, period(t, tt.base)); got != tt.want {
			t.Errorf("TitleWithoutBase(%q, %q) = %q, want %q", tt.title, tt.base, got, tt.want)
		}
	}
}
