package indicators

import "testing"

// TestTotalOfTitle: a title that says it is a total names the whole of a
// part that leaves out the one word its own words narrow (s36g-fraud:
// "Losses reported to imposter scams" of "Total fraud losses reported");
// a part that leaves out two words, a group, a complement, another total,
// or a whole of one word is not told; a part is never above its total
// (smaller).
func TestTotalOfTitle(t *testing.T) {
	tests := []struct {
		whole, part string
		want        bool
	}{
		{"Total fraud losses reported", "Losses reported to imposter scams", true},
		{"Total fraud losses reported", "Fraud losses reported to imposter scams", false}, // every word: partOfTitle's
		{"Total fraud losses reported", "Reports to imposter scams", false},
		{"Total fraud losses reported by men", "Fraud losses reported by women", false},
		{"Total fraud losses reported", "Losses reported, other scams", false},
		{"Total fraud losses reported", "Total losses reported to imposter scams", false},
		{"Total exports", "Exports of cars", false},
		{"Fraud losses reported", "Losses reported to imposter scams", false},
	}
	for _, tt := range tests {
		if got := totalOfTitle(tt.whole, tt.part); got != tt.want {
			t.Errorf("totalOfTitle(%q, %q) = %v, want %v", tt.whole, tt.part, got, tt.want)
		}
	}
	q := func(v int64, sc Scale) *Indicator {
		return &Indicator{Quantity: Quantity{Value: Decimal{Coef: v}, Scale: sc}}
	}
	for _, tt := range []struct {
		part, whole *Indicator
		want        bool
	}{
		{q(328_000_000, Million), q(905_000_000, Million), true},
		{q(990_000_000, Million), q(905_000_000, Million), false},
		{q(328_000_000, Million), q(1_000_000_000, Billion), true},
		{q(1_200_000_000, Billion), q(905_000_000, Million), false},
	} {
		if got := smaller(tt.part, tt.whole); got != tt.want {
			t.Errorf("smaller(%v, %v) = %v, want %v", tt.part.Quantity, tt.whole.Quantity, got, tt.want)
		}
	}
}
