package indicators

import "testing"

// TestAgainstWhat: a change set against another group names the group
// its quote names after "than" in every output ("55 minutes above
// employed women", s36g-timeuse, where every output said "above the
// other group" and no reader could tell which); a forecast or target
// keeps its word; a quote that names no group, or one too long to follow
// a figure, keeps "the other group".
func TestAgainstWhat(t *testing.T) {
	tests := []struct {
		against   Comparand
		dir       Direction
		stated    string
		quote     string
		what, say string
	}{
		{AgainstGroup, Up, "55 minutes", "On the days they worked, employed men worked 55 minutes more than employed women.", "employed women", "above employed women"},
		{AgainstGroup, Down, "6.9%", "Women working part-time earned 6.9% less than their part-time male counterparts in 2023.", "part-time male counterparts", "below part-time male counterparts"},
		{AgainstGroup, Down, "12%", "Girls scored 12% lower than boys.", "boys", "below boys"},
		{AgainstGroup, Up, "3 points", "The score was 3 points higher than it was among the group of workers aged sixteen to twenty-four who were men.", "the other group", "above the other group"},
		{AgainstForecast, Down, "£2.7 billion", "Borrowing was £2.7 billion below our November forecast.", "the forecast", "below the forecast"},
		{AgainstTarget, Up, "1,240 homes", "Completions were 1,240 homes above the target.", "the target", "above the target"},
		{AgainstPeriod, Up, "5%", "Sales rose 5% on the year.", "", ""},
	}
	for _, tt := range tests {
		ind := &Indicator{Against: tt.against, Stated: tt.stated, Quantity: Quantity{Direction: tt.dir}, Provenance: []Provenance{{Quote: tt.quote}}}
		if got := ind.AgainstWhat(); got != tt.what {
			t.Errorf("AgainstWhat(%q) = %q, want %q", tt.quote, got, tt.what)
		}
		if got := ind.AgainstPhrase(); got != tt.say {
			t.Errorf("AgainstPhrase(%q) = %q, want %q", tt.quote, got, tt.say)
		}
	}
}
