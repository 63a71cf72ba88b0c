package xlsx

import "testing"

// TestTitleLines: a native chart's title is counted in the lines
// LibreOffice wraps it to, so that the plot starts below its last line.
func TestTitleLines(t *testing.T) {
	tests := []struct {
		title string
		want  int
	}{
		{"Pupil teacher ratio by sector, 2018 and 2019", 1},
		{"Single-family and five-or-more-unit buildings (seasonally adjusted annual rate)", 2},
	}
	for _, tc := range tests {
		if got := titleLines(tc.title); got != tc.want {
			t.Errorf("titleLines(%q) = %d, want %d", tc.title, got, tc.want)
		}
	}
}
