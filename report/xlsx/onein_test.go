package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestOneInNShare: a proportion stated "1 in N" with N in digits ("One in
// 191") shows as a share in percent at the precision N gives ("0.524%"),
// never as the raw quotient "0.0052356021" with no unit; a bare number
// in digits still shows as written.
func TestOneInNShare(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"One in 191", "0.524%"},
		{"1 in 5", "20%"},
		{"one in 3", "33.3%"},
		{"1 out of 8", "12.5%"},
		{"1 in 2,000", "0.05%"},
		{"0.25", "0.25"},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		f := numFmt(q.Value, u, q.Scale, inWords(tt.stated))
		if got := displayText(q.Value.Float64(), f); got != tt.want {
			t.Errorf("numFmt(%v) of %q = %s shows %q, want %q", q.Value, tt.stated, f, got, tt.want)
		}
	}
}
