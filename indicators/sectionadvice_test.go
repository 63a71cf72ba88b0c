package indicators

import (
	"strings"
	"testing"
)

// TestHeadingAbove: the heading a wrong section's message names is the
// nearest heading line above the quote (round F's smoking bulletin: "Key
// findings" written for "1. Main points"; a round-E style text with a
// paragraph between).
func TestHeadingAbove(t *testing.T) {
	smoking := "Adult smoking habits in the UK: 2019\n\nRelease date:\n7 July 2020\n\n1. Main points\n\n  • In the UK, in 2019, 14.1% of people smoked.\n\n  • The proportion fell.\n"
	waste := "Waste statistics\n\nWaste – 2023\n\nIn 2023, 5.2 million tonnes were collected. Recycling rose.\nMore text.\n"
	for _, tt := range []struct {
		name, text, quote, want string
	}{
		{"smoking bullet", smoking, "The proportion fell", "1. Main points"},
		{"first bullet", smoking, "In the UK, in 2019", "1. Main points"},
		{"paragraph", waste, "Recycling rose", "Waste – 2023"},
		{"no heading", "In 2023, 5 tonnes. Recycling rose.", "Recycling rose", ""},
	} {
		at := strings.Index(tt.text, tt.quote)
		if got := headingAbove(tt.text, at); got != tt.want {
			t.Errorf("%s: headingAbove(…, %d) = %q, want %q", tt.name, at, got, tt.want)
		}
	}
	if got, want := sectionAdvice(smoking, strings.Index(smoking, "The proportion")), `; the heading nearest above the quote is "1. Main points": write section: ["1. Main points"]`; got != want {
		t.Errorf("sectionAdvice = %q, want %q", got, want)
	}
}
