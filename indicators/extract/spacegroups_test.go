package extract

import (
	"strings"
	"testing"
)

// TestSpaceGroupedThousands: thousands grouped by a space, as Eurostat and
// the EU's style guide write them and as copies of their pages type them
// with a plain space, are one number; a group right before a hyphen or a
// slash, or after four digits, starts a number of its own.
func TestSpaceGroupedThousands(t *testing.T) {
	tests := []struct {
		in   string
		want []string // the mentions' texts, in order
	}{
		{"With over 22 500 first time applicants, Syrians were the main group.", []string{"over 22 500 first time applicants"}},
		{"followed by Nigerians (11 500) and Iraqis (10 500).", []string{"11 500", "10 500"}},
		{"Italy (36 900, or 22%) and France (16 600, or 10%).", []string{"36 900", "22%", "16 600", "10%"}},
		{"a total of 1 234 567 people", []string{"1 234 567 people"}},
		{"the top 10 100-metre times", []string{"10", "100-metre"}},
		{"in 2014 300 people were hired", []string{"300 people"}}, // a year is no mention
	}
	for _, tt := range tests {
		var got []string
		for _, m := range Extract(tt.in) {
			got = append(got, m.Text)
		}
		if strings.Join(got, " | ") != strings.Join(tt.want, " | ") {
			t.Errorf("Extract(%q) texts = %q, want %q", tt.in, got, tt.want)
		}
	}
	ms := Extract("With over 22 500 first time applicants")
	if len(ms) != 1 || ms[0].Quantity.Value.Float64() != 22500 {
		t.Errorf("Extract(%q) = %+v, want one mention of 22500", "With over 22 500 first time applicants", ms)
	}
}
