package xlsx

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSeriesStatedCell: the Series sheet's Stated column says the stated
// words, never the unit's base the label adds where the quote says it
// apart ("383 litres", not "383 litres per meter per day"); a stated
// that writes its base keeps it.
func TestSeriesStatedCell(t *testing.T) {
	u, err := indicators.ParseUnit("L per meter per day")
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ stated, want string }{
		{"383 litres", "383 litres"},
		{"342 litres per meter per day", "342 litres per meter per day"},
	} {
		q, _, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatal(err)
		}
		ind := &indicators.Indicator{ID: "x", Stated: tt.stated, Quantity: q, Unit: u, Measure: indicators.Level}
		if got := statedCell(ind); got != tt.want {
			t.Errorf("statedCell(%q) = %q, want %q (label %q)", tt.stated, got, tt.want, ind.Label())
		}
	}
}
