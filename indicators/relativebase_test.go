package indicators

import "testing"

// TestRelativeBaseAt: the words that name a change's base by where it
// lies before its period, as the lexicon's year-back and period-back
// phrases write them, and near misses that name no base.
func TestRelativeBaseAt(t *testing.T) {
	tests := []struct {
		s    string
		want string // the words read, "" for none
	}{
		{"the previous year", "the previous year"},
		{"the previous year's level", "the previous year"},
		{"the same quarter last year", "the same quarter last year"},
		{"a year earlier", "a year earlier"},
		{"a year ago, when", "a year ago"},
		{"the year before", "the year before"},
		{"the quarter before", "the quarter before"},
		{"the month before", "the month before"},
		{"last year", "last year"},
		{"last month", "last month"},
		{"the preceding 12 months", "the preceding 12 months"},
		{"the previous week", "the previous week"},
		{"12 months earlier", "12 months earlier"},
		// Near misses: no earlier time, a span, another word.
		{"the quarter", ""},
		{"the year", ""},
		{"the year to june 2023", ""},
		{"year ending march 2015", ""},
		{"the previous financial year", ""},
		{"the previously reported figure", ""},
		{"last yearly review", ""},
		{"2012", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := tt.s[:RelativeBaseAt(tt.s)]; got != tt.want {
			t.Errorf("RelativeBaseAt(%q) reads %q, want %q", tt.s, got, tt.want)
		}
	}
}
