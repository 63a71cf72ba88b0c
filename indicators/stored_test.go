package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestStored: the one rule of a stored sign (fixN, sign20): a figure said
// to go down is stored below zero whatever its measure, a multiple
// ("halved") and a figure of no direction as stated.
func TestStored(t *testing.T) {
	d := indicators.Decimal{Coef: 632}
	tests := []struct {
		dir  indicators.Direction
		unit indicators.Unit
		want float64
	}{
		{indicators.Down, indicators.Unit{Kind: indicators.Money}, -632},
		{indicators.Up, indicators.Unit{Kind: indicators.Money}, 632},
		{indicators.NoDirection, indicators.Unit{Kind: indicators.Count}, 632},
		{indicators.Down, indicators.Unit{Kind: indicators.Times}, 632},
	}
	for _, tt := range tests {
		q := indicators.Quantity{Value: d, Direction: tt.dir}
		if got := q.Stored(d, tt.unit).Float64(); got != tt.want {
			t.Errorf("Quantity{Direction: %v}.Stored(632, %v) = %v, want %v", tt.dir, tt.unit.Kind, got, tt.want)
		}
		if got, want := q.HeldBelowZero(tt.unit), tt.want < 0; got != want {
			t.Errorf("Quantity{Direction: %v}.HeldBelowZero(%v) = %v, want %v", tt.dir, tt.unit.Kind, got, want)
		}
	}
}
