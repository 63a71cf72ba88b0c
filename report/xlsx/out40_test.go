package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// TestInsideInk: a fall's label inside the green bar of an estimate is
// the ink (wording.InsideInk), which keeps 4.5:1 there; on the blue of a
// fact, white.
func TestInsideInk(t *testing.T) {
	for _, tt := range []struct {
		status indicators.Status
		want   string
	}{
		{indicators.Fact, "FFFFFF"},
		{indicators.Estimate, wording.InsideInk},
	} {
		it := chartItem{spanV: -1, status: tt.status}
		if got := insideColor(it); got != tt.want || !readableInside(it) {
			t.Errorf("insideColor(%v) = %q, readable %v; want %q, true", tt.status, got, readableInside(it), tt.want)
		}
	}
}

// TestVulgarKept: a figure with a fraction written as one character shows
// as the document writes it in its value cell, "around 2¾%", never
// "around 2.75%"; a figure in decimals keeps its number format.
func TestVulgarKept(t *testing.T) {
	for _, tt := range []struct{ stated, want string }{
		{"around 2¾%", "2¾%"},
		{"½", "½"},
		{"around 2.75%", ""},
		{"two-thirds", "two-thirds"},
		{"about 66%", ""},
	} {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		ind := &indicators.Indicator{Stated: tt.stated, Quantity: q, Unit: u}
		if got := proportionWords(ind); got != tt.want {
			t.Errorf("proportionWords(%q) = %q, want %q", tt.stated, got, tt.want)
		}
	}
}
