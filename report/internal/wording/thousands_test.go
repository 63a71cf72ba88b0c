package wording

import "testing"

// TestCommaGroups: a figure's thousands are grouped with commas, as the
// book's number formats group them, where the document grouped them with
// spaces (s21o-apprentice: "34 290"); other spaces between numbers stay.
func TestCommaGroups(t *testing.T) {
	tests := []struct{ in, want string }{
		{"over 22\u00a0500 first time applicants", "over 22,500 first time applicants"},
		{"1 234 567 people", "1,234,567 people"},
		{"165\u202f000", "165,000"},
		{"2014 300 people", "2014 300 people"},
		{"34 290 commencements", "34,290 commencements"},
		{"12,500", "12,500"},
		{"Q1 2017", "Q1 2017"},
		{"3 to 5 countries", "3 to 5 countries"},
	}
	for _, tt := range tests {
		if got := CommaGroups(tt.in); got != tt.want {
			t.Errorf("CommaGroups(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestThousands: one grouping of a number's digits, by commas in threes,
// with the true minus sign.
func TestThousands(t *testing.T) {
	tests := []struct {
		v    float64
		want string
	}{{12500, "12,500"}, {2.5, "2.5"}, {-3000, "\u22123,000"}, {1234567.25, "1,234,567.25"}, {999, "999"}}
	for _, tt := range tests {
		if got := Thousands(tt.v); got != tt.want {
			t.Errorf("Thousands(%v) = %q, want %q", tt.v, got, tt.want)
		}
	}
}
