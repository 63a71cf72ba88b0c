package extract

import (
	"strings"
	"testing"
)

func TestCountPredicate(t *testing.T) {
	tests := []struct {
		after   string
		subject bool
		want    string
	}{
		{"that have been signed over the past year, worth $5 million.", false, "signed over the past year"},
		{"that have opened offices in Chile in the last two years.", false, "that opened offices in Chile in the last two years"},
		{"who were trained in Japan to teach.", false, "trained in Japan"},
		{"have been vaccinated in Laos, the ministry says.", true, "vaccinated in Laos"},
		{"have been vaccinated in Laos.", false, ""}, // a predicate, but the count is no subject
		{"that want to invest in Chile.", false, ""}, // no deed done
		{"each year drawn by the coast.", true, ""},
		{"that were", false, ""},
		{"have taken part in U.S. exchange programs.", true, "that have taken part in U.S. exchange programs"},
		{"have taken part in U.S. exchange programs.", false, ""},
		{"that have plants in Peru employ 900 people.", false, "with plants in Peru"},
	}
	for _, tt := range tests {
		if got := countPredicate(strings.Fields(tt.after), tt.subject); got != tt.want {
			t.Errorf("countPredicate(%q, %v) = %q, want %q", tt.after, tt.subject, got, tt.want)
		}
	}
}

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
