package indicators

import "testing"

// TestFirstPlaceOnlyQuantified checks a first-place word stated alone is
// refused where the quote uses it only as a quantity ("most of the
// exports", "at least"), and kept where it states the place (review20
// item 5).
func TestFirstPlaceOnlyQuantified(t *testing.T) {
	tests := []struct {
		quote, stated string
		want          bool
	}{
		{"China was the top destination for most of the exports in 2023.", "most", true},
		{"China was the top destination for most of the exports in 2023.", "top", false},
		{"At least 5 airlines flew, and at most 9.", "least", true},
		{"Airlines with Most Passengers", "most", false},
		{"Prostate cancer was the most commonly diagnosed cancer, and most of them were men.", "most", false},
		{"Prostate cancer was the most commonly diagnosed cancer", "largest", false},
		{"No place here.", "most", false},
		// s23q-injuries: "the most of" a frame is the place.
		{"fatal work injuries in private construction continued to be the most of any industry sector", "most", false},
		{"the number continued to be most of the total", "most", true},
	}
	for _, tt := range tests {
		if got := firstPlaceOnlyQuantified(tt.quote, tt.stated); got != tt.want {
			t.Errorf("firstPlaceOnlyQuantified(%q, %q) = %v, want %v", tt.quote, tt.stated, got, tt.want)
		}
	}
}
