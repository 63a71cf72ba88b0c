package wording

import "testing"

// TestPlaceSaid: a chart of bars all of one place says it in its
// subtitle where its title does not (s21o-apprentice: bar charts of
// Australia said no country); bars of places of their own, a title that
// names the place, and the world leave the subtitle as it is.
func TestPlaceSaid(t *testing.T) {
	tests := []struct {
		name, title, subtitle string
		places                [][]string
		want                  string
	}{
		{"one country", "Apprentice and trainee activity in the September quarter", "Number, total for Q3 2018",
			[][]string{{"AU"}, {"AU"}}, "Australia; number, total for Q3 2018"},
		{"the title names it", "Traffic by type of road, Scotland", "Billions of vehicle kms",
			[][]string{{"GB-SCT"}, {"GB-SCT"}}, "Billions of vehicle kms"},
		{"by initials", "UK job vacancies", "Number",
			[][]string{{"GB"}, {"GB"}}, "Number"},
		{"places of their own", "Suicide rates by country", "Deaths per 100,000 population",
			[][]string{{"GB-ENG"}, {"GB-WLS"}}, "Deaths per 100,000 population"},
		{"one bar of no place", "Figures", "Percent",
			[][]string{{"AU"}, nil}, "Percent"},
		{"the world", "Oil prices", "US$ per barrel",
			[][]string{{"001"}, {"001"}}, "US$ per barrel"},
		{"two countries", "Bird counts", "Percent change",
			[][]string{{"US", "CA"}, {"US", "CA"}}, "United States and Canada; percent change"},
	}
	for _, tt := range tests {
		var bars []Bar
		for _, p := range tt.places {
			bars = append(bars, Bar{Figure: Figure{Entities: p}})
		}
		if got := PlaceSaid(tt.title, tt.subtitle, bars); got != tt.want {
			t.Errorf("%s: PlaceSaid(%q, %q) = %q, want %q", tt.name, tt.title, tt.subtitle, got, tt.want)
		}
	}
}
