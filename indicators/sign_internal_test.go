package indicators

import "testing"

// TestMinusBefore checks the signed form advice writes is the one Format
// and ReaderSigns write: the minus before a currency's code too ("-CHF
// 12", not "CHF -12").
func TestMinusBefore(t *testing.T) {
	tests := []struct{ in, want string }{
		{"€632 million", "-€632 million"},
		{"about €632 million", "about -€632 million"},
		{"CHF 12", "-CHF 12"},
		{"about SDR 11.0 billion", "about -SDR 11.0 billion"},
		{"12 tonnes", "-12 tonnes"},
		{"-€5 million", "-€5 million"},
		{"minus €167 million", "minus €167 million"},
	}
	for _, tc := range tests {
		if got := minusBefore(tc.in); got != tc.want {
			t.Errorf("minusBefore(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestNetFallBefore checks only a fall word that governs the figure
// ("declined by €632 million") or a net-fall phrase next to it signs a
// net flow, never a fall word elsewhere in the quote (review20: "Exports
// fell in May, while imports were €51 million" stored imports as −51).
func TestNetFallBefore(t *testing.T) {
	tests := []struct {
		quote, bare string
		want        bool
	}{
		{"Lending to households declined by €632 million in April", "€632 million", true},
		{"Lending fell €5 million", "€5 million", true},
		{"UK businesses made net repayments of £0.9 billion of finance", "£0.9 billion", true},
		{"up from £2.3 billion of net repayments in July", "£2.3 billion", true},
		{"Exports fell in May, while imports were €51 million.", "€51 million", false},
		{"Exports fell by €34 million in June, to €900 million.", "€900 million", false},
		{"Net repayments ended in May; lending was €40 million.", "€40 million", false},
		{"Net lending to small firms rose by €34 million in April", "€34 million", false},
	}
	for _, tc := range tests {
		if got := netFallBefore(foldString(tc.quote), foldString(tc.bare)); got != tc.want {
			t.Errorf("netFallBefore(%q, %q) = %v, want %v", tc.quote, tc.bare, got, tc.want)
		}
	}
}
