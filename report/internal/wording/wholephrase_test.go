package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestBalanced: a shortened label keeps every bracket it opens closed.
func TestBalanced(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Pancreas cancer in men (lowest of 9 cancers)", true},
		{"Pancreas cancer in men (lowest", false},
		{"of 9 cancers)", false},
		{"UK (18+) [provisional]", true},
		{"a (b]", false},
		{"", true},
	}
	for _, tt := range tests {
		if got := Balanced(tt.s); got != tt.want {
			t.Errorf("Balanced(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestUnrepeatedBrackets: a tail every title shares is not cut where it
// closes a bracket the kept words open (s20n-cancer: "Pancreas cancer in
// men (lowest" on a bar, the chart data and the book).
func TestUnrepeatedBrackets(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
	}{
		{
			name: "s20n-cancer: the note closing a bracket stays whole",
			view: "Share diagnosed at stages 1 and 2, lowest and highest of 9 cancers",
			titles: []string{"Share diagnosed at stages 1 and 2, pancreas cancer in men (lowest of 9 cancers)",
				"Share diagnosed at stages 1 and 2, melanoma of skin in women (highest of 9 cancers)"},
			want: []string{"Pancreas cancer in men (lowest of 9 cancers)", "Melanoma of skin in women (highest of 9 cancers)"},
		},
		{
			name:   "another kind: a whole bracket shared goes",
			view:   "Waiting times (all trusts), by nation",
			titles: []string{"Patients seen in England (all trusts)", "Patients seen in Wales (all trusts)"},
			want:   []string{"Patients seen in England", "Patients seen in Wales"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unrepeated(tt.view, tt.titles)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
			}
			for _, g := range got {
				if !Balanced(g) {
					t.Errorf("Unrepeated(%q, …) gave %q, whose brackets do not balance", tt.view, g)
				}
			}
		})
	}
}

// TestDenominatorList: the whole a share is of is cut at a whole
// phrase, never at a comma inside a list of what the part is (s20n-cancer:
// "Percent of registrations that are breast" named one cancer of four).
func TestDenominatorList(t *testing.T) {
	pct := indicators.Unit{Kind: indicators.Percent}
	tests := []struct {
		title, want string
	}{
		{"Share of registrations that are breast, prostate, lung or colorectal cancer", "registrations that are breast, prostate, lung or colorectal cancer"},
		{"Share of spending on food, drink and tobacco", "spending"},
		{"Federal debt as a percent of GDP, 1940 to 2020", "GDP"},
		{"Renewables' share of electricity, UK", "electricity"},
		{"Percent of GDP, Australia and New Zealand", "GDP"},
		{"Share of households, by tenure", "households"},
	}
	for _, tt := range tests {
		if got := Denominator(tt.title, "", pct); got != tt.want {
			t.Errorf("Denominator(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
