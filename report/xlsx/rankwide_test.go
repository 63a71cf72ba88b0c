package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankWordsWide: a place whose words are wider than the Value column
// can show on one line shows its own words, as the Unit cell says them,
// never "###" (s33d-adoption); words that fit are kept whole.
func TestRankWordsWide(t *testing.T) {
	tests := []struct {
		stated string
		want   string
	}{
		{"highest number of finalised adoptions of Indigenous children in the past 25 years", `"highest number"`},
		{"largest annual decrease since 2011", `"largest annual decrease since 2011"`},
		{"largest quantity since records began in 1973", `"largest quantity since records began in 1973"`},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		ind := &indicators.Indicator{ID: "r", Title: "Rank", Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Level}
		if got := cellKey(q.Value, ind).format(); got != tt.want {
			t.Errorf("format of %q (unit %v) = %s, want %s", tt.stated, u, got, tt.want)
		}
	}
}
