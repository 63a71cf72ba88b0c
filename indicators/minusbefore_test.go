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
