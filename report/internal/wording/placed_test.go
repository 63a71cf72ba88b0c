package wording

import (
	"slices"
	"testing"
)

// TestPlaced: bars of places of their own are labelled by their places
// where the place is what differs (s21o-obesity, s21o-suicide); titles
// that name their place their own way, or within their words, keep
// their labels (the corpus's investment stocks, GHSA partners).
func TestPlaced(t *testing.T) {
	tests := []struct {
		name, view     string
		titles, labels []string
		entities       [][]string
		want           []string
	}{
		{
			name: "s21o-obesity: the place a bracket at the end",
			view: "Lowest and highest local authority obesity prevalence, 2016/17",
			titles: []string{
				"Lowest local authority obesity prevalence, reception (Kingston upon Thames)",
				"Highest local authority obesity prevalence, year 6 (Barking and Dagenham)",
			},
			entities: [][]string{{"GB-KTT"}, {"GB-BDG"}},
			want:     []string{"Kingston upon Thames (lowest, reception)", "Barking and Dagenham (highest, year 6)"},
		},
		{
			name: "s31b-emptyhomes: words the view's title says go from a bracket, the bracket stays whole",
			view: "Vacancy rate, share of all dwellings, Census Day 2021",
			titles: []string{
				"Vacancy rate (truly vacant dwellings, share of all dwellings), England",
				"Vacancy rate (truly vacant dwellings, share of all dwellings), Wales",
			},
			entities: [][]string{{"GB-ENG"}, {"GB-WLS"}},
			want:     []string{"England (truly vacant)", "Wales (truly vacant)"},
		},
		{
			name:     "s28y-wellbeing: bars of one title, each of a place of its own, named by their quotes' words",
			view:     "Fall in average happiness rating, year ending March 2020",
			titles:   []string{"Average happiness rating, change on the year before", "Average happiness rating, change on the year before", "Average happiness rating, change on the year before", "Average happiness rating, change on the year before"},
			labels:   []string{"UK fell by", "Falling in both Scotland", "England", "East"},
			entities: [][]string{{"GB"}, {"GB-SCT"}, {"GB-ENG"}, {"E12000001"}},
			want:     []string{"United Kingdom", "Scotland", "England", "North East"},
		},
		{
			name:     "s21o-suicide: the country beside its nations",
			view:     "Suicide rates by UK country, 2014",
			titles:   []string{"Suicide rate, all persons", "Suicide rate, England", "Suicide rate, Wales"},
			labels:   []string{"All persons", "England", "Wales"},
			entities: [][]string{{"GB"}, {"GB-ENG"}, {"GB-WLS"}},
			want:     []string{"United Kingdom", "England", "Wales"},
		},
		{
			name:     "s26w-language: national bars beside a local one name their country",
			view:     "Third-level qualification, people aged 15 and over, 2011 and 2022",
			titles:   []string{"People aged 15 and over with a third-level qualification", "People aged 15 and over with a third-level qualification", "People aged 15 and over in Dún Laoghaire-Rathdown with a third level education"},
			labels:   []string{"With a third-level qualification", "With a third-level qualification", "In Dún Laoghaire-Rathdown with a third level education"},
			entities: [][]string{{"IE"}, {"IE"}, {"IE-D"}},
			want:     []string{"With a third-level qualification, Ireland", "With a third-level qualification, Ireland", "In Dún Laoghaire-Rathdown with a third level education"},
		},
		{
			name:     "a place named its own way",
			view:     "Investment stocks",
			titles:   []string{"Japan's investment stock in the United States", "U.S. foreign direct investment stock in Japan"},
			entities: [][]string{{"JP"}, {"US"}},
		},
		{
			name:     "a place inside the title's words",
			view:     "GHSA partners",
			titles:   []string{"Countries the United States is to partner with under the GHSA", "Countries Japan is to consider partnering with"},
			labels:   []string{"Countries the United States is to partner with", "Countries Japan is to consider partnering with"},
			entities: [][]string{{"US"}, {"JP"}},
		},
		{
			name:     "one place twice",
			view:     "Rates by sex",
			titles:   []string{"Rate, males", "Rate, females"},
			labels:   []string{"Males", "Females"},
			entities: [][]string{{"GB"}, {"GB"}},
		},
		{
			name:     "labelled by their places already",
			view:     "Rates",
			titles:   []string{"Rate, England", "Rate, Wales"},
			labels:   []string{"England", "Wales"},
			entities: [][]string{{"GB-ENG"}, {"GB-WLS"}},
		},
	}
	for _, tt := range tests {
		labels := tt.labels
		if labels == nil {
			labels = tt.titles
		}
		want := tt.want
		if want == nil {
			want = labels
		}
		if got := Placed(tt.view, tt.titles, labels, tt.entities); !slices.Equal(got, want) {
			t.Errorf("%s: Placed(%q, %q) = %q, want %q", tt.name, tt.view, labels, got, want)
		}
	}
}

// TestUnrepeatedCoordinated: a run cut from bars' titles never splits a
// coordinated noun at its "and" (s21o-apprentice: "Apprentice and
// trainee commencements" cut to "Trainee commencements").
func TestUnrepeatedCoordinated(t *testing.T) {
	tests := []struct {
		view         string
		titles, want []string
	}{
		{
			"Apprentice and trainee activity in the September quarter",
			[]string{"Apprentice and trainee commencements", "Apprentice and trainee completions", "Apprentice and trainee cancellations and withdrawals"},
			[]string{"Commencements", "Completions", "Cancellations and withdrawals"},
		},
		{
			"Imports and exports",
			[]string{"Imports and exports of goods", "Imports and re-exports"},
			[]string{"Imports and exports of goods", "Imports and re-exports"},
		},
	}
	for _, tt := range tests {
		if got := Unrepeated(tt.view, tt.titles); !slices.Equal(got, tt.want) {
			t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.view, tt.titles, got, tt.want)
		}
	}
}
