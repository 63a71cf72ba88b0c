package wording

import (
	"slices"
	"testing"
)

// TestUnrepeatedPhrase: a run shared by the bars' titles is cut only
// where what remains reads alone; titles all alike are left to Untitled,
// which labels them by what differs.
func TestUnrepeatedPhrase(t *testing.T) {
	tests := []struct {
		name, view string
		titles     []string
		want       []string
		untitled   bool // Untitled labels them by their parts
	}{
		{
			name:     "s15-prices: one title, two months",
			view:     "CPIH items unavailable to price",
			titles:   []string{"CPIH items unavailable to price during lockdown restrictions", "CPIH items unavailable to price during lockdown restrictions"},
			want:     []string{"CPIH items unavailable to price during lockdown restrictions", "CPIH items unavailable to price during lockdown restrictions"},
			untitled: true,
		},
		{
			name: "s15-visitors: a change's head before a base",
			view: "Percent change on Q3 2014",
			titles: []string{"Change in overseas trips to Ireland on a year earlier", "Change in nights spent in Ireland by overseas travellers",
				"Change in spending by overseas travellers, fares excluded"},
			want: []string{"Change in overseas trips to Ireland on a year earlier", "Change in nights spent in Ireland by overseas travellers",
				"Change in spending by overseas travellers, fares excluded"},
		},
		{
			name:   "s13-vaccines: a head and a tail the view says",
			view:   "UK coverage at 12 months, October to December 2022",
			titles: []string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the PCV vaccine at 12 months"},
			want:   []string{"6-in-1 vaccine", "PCV vaccine"},
		},
		{
			name:   "a change's head, no base in the titles",
			view:   "Change in admissions",
			titles: []string{"Change in admissions to prison", "Change in admissions to hospital"},
			want:   []string{"Prison", "Hospital"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Unrepeated(tt.view, tt.titles)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
			}
			parts := make([][]string, len(got))
			for i := range parts {
				parts[i] = []string{"period " + string(rune('A'+i))}
			}
			if u := Untitled(tt.view, got, parts); u != tt.untitled {
				t.Errorf("Untitled(%q, %q) = %v, want %v", tt.view, got, u, tt.untitled)
			}
		})
	}
}
