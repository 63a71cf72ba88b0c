package indicators

import "testing"

// TestFallLabel: a decrease drawn below zero says its fall in the
// document's word before the figure, or "down".
func TestFallLabel(t *testing.T) {
	tests := []struct {
		label, quote, want string
	}{
		{"0.2 percent", "was revised from virtually unchanged (±0.4 percent)* to down 0.2 percent (±0.2 percent)*.", "down 0.2 percent"},
		{"3 percent", "Exports fell 3 percent in May", "fell 3 percent"},
		{"3 percent", "Exports Declined 3 percent in May", "declined 3 percent"},
		{"5 percent", "a reduction of 5 percent", "down 5 percent"},     // "of" is no word of a fall
		{"5 percent", "a cut to 5 percent", "down 5 percent"},           // "to" neither
		{"5 percent", "", "down 5 percent"},                             // a derived figure has no quote
		{"-0.3 percent", "-0.3 percent", "-0.3 percent"},                // signed already
		{"−0.3 percent", "−0.3 percent", "−0.3 percent"},                // signed already
		{"down 0.2 percent", "to down 0.2 percent", "down 0.2 percent"}, // says it already
		{"nearly 4 percent", "sales dropped nearly 4 percent", "dropped nearly 4 percent"},
		{"2 percent", "prices rose 2 percent", "down 2 percent"}, // a word of a rise is no fall
		{"2 percent", "the O’Neill 2 percent", "down 2 percent"}, // a word after a curly apostrophe
	}
	for _, tc := range tests {
		if got := FallLabel(tc.label, tc.quote); got != tc.want {
			t.Errorf("FallLabel(%q, %q) = %q, want %q", tc.label, tc.quote, got, tc.want)
		}
	}
}

// TestCurrencyLabel: a bare "$" of a currency other than the U.S. dollar
// is named; the document's characters are kept.
func TestCurrencyLabel(t *testing.T) {
	tests := []struct {
		label, unit, want string
	}{
		{"up to $1.8 billion per year", "NZD per year", "up to NZ$1.8 billion per year"},
		{"$100 million", "NZD", "NZ$100 million"},
		{"around $150 million", "NZD", "around NZ$150 million"},
		{"$5 to $7 billion", "CAD", "C$5 to C$7 billion"},
		{"$5 million", "FJD", "$5 million (FJD)"},
		{"NZ$100 million", "NZD", "NZ$100 million"}, // named already
		{"$US55 million", "NZD", "$US55 million"},   // a sign of its own
		{"$279 billion", "USD", "$279 billion"},     // a bare "$" is the U.S. dollar
		{"€5 billion", "EUR", "€5 billion"},
		{"5 percent", "percent", "5 percent"},
	}
	for _, tc := range tests {
		u, err := ParseUnit(tc.unit)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", tc.unit, err)
		}
		if got := CurrencyLabel(tc.label, u); got != tc.want {
			t.Errorf("CurrencyLabel(%q, %v) = %q, want %q", tc.label, tc.unit, got, tc.want)
		}
	}
}

// TestOwnDirectionWord: the document's own word of a change right before
// the figure, for the direction asked, and nothing else.
func TestOwnDirectionWord(t *testing.T) {
	tests := []struct {
		label, quote string
		d            Direction
		want         string
	}{
		{"3 percent", "exports fell 3 percent in May", Down, "fell"},
		{"0.7%", "income Rose 0.7% on the quarter", Up, "rose"},
		{"0.7%", "income rose 0.7% on the quarter", Down, ""},
		{"3 percent", "exports were 3 percent higher", Down, ""},
		{"3 percent", "no such figure", Up, ""},
	}
	for _, tt := range tests {
		if got := OwnDirectionWord(tt.label, tt.quote, tt.d); got != tt.want {
			t.Errorf("OwnDirectionWord(%q, %q, %v) = %q, want %q", tt.label, tt.quote, tt.d, got, tt.want)
		}
	}
}
