package extract

import (
	"strings"
	"testing"
)

func TestCoordinatedNoun(t *testing.T) {
	tests := []struct{ after, want, rest string }{
		{"or trade deals that have been made", "or trade deals", "that have been made"},
		{"and clinics in Nepal.", "and clinics", "in Nepal."},
		{"or joint ventures, worth $3 million", "or joint ventures", "worth $3 million"},
		{"and were trained", "", "and were trained"},
		{"or more", "", "or more"},
		{"in Ghana", "", "in Ghana"},
	}
	for _, tt := range tests {
		got, rest := coordinatedNoun(strings.Fields(tt.after))
		if got != tt.want || strings.Join(rest, " ") != tt.rest {
			t.Errorf("coordinatedNoun(%q) = %q, %q, want %q, %q", tt.after, got, strings.Join(rest, " "), tt.want, tt.rest)
		}
	}
}

func TestWithoutContainingRegions(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ghana lies in West Africa", "GH"},
		{"Kenya and Japan", "KE,JP"},
		{"trade with West Africa", "011"},
		{"Japan, in Africa", "JP,002"},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range withoutContainingRegions(placesIn(tt.text, 0)) {
			got = append(got, p.code)
		}
		if g := strings.Join(got, ","); g != tt.want {
			t.Errorf("withoutContainingRegions(placesIn(%q)) = %s, want %s", tt.text, g, tt.want)
		}
	}
}
