package wording

import (
	"slices"
	"testing"
)

// TestBarTitlesSharedPhrase: the phrase that ends every bar's title, as a
// clause after a comma or in brackets, is the subtitle's, said once, and
// no bar's; a phrase some bars lack, or one that would leave a bar
// without a word, stays on the bars.
func TestBarTitlesSharedPhrase(t *testing.T) {
	tests := []struct {
		name       string
		titles     []string
		want       []string
		wantPhrase string
	}{
		{"a run ending on \"as\" stays (s25u-charging)", []string{"Public charging devices designated as destination chargers", "Public charging devices designated as on street chargers"},
			[]string{"Public charging devices designated as destination chargers", "Public charging devices designated as on street chargers"}, ""},
		{"rate base after a comma", []string{"Alcohol-specific death rate, Scotland, per 100,000 people", "Alcohol-specific death rate, Wales, per 100,000 people"},
			[]string{"Alcohol-specific death rate, Scotland", "Alcohol-specific death rate, Wales"}, "per 100,000 people"},
		{"survey area (s18k-birds)", []string{"Breeding ducks, traditional survey area", "Breeding mallards, traditional survey area", "Breeding gadwall, traditional survey area"},
			[]string{"Breeding ducks", "Breeding mallards", "Breeding gadwall"}, "traditional survey area"},
		{"ages in brackets (s18l-sport)", []string{"Northern Territory (15+)", "South Australia (15+)"}, []string{"Northern Territory", "South Australia"}, "15+"},
		{"one bar lacks it", []string{"Breeding ducks, traditional survey area", "Breeding mallards"}, []string{"Breeding ducks, traditional survey area", "Breeding mallards"}, ""},
		{"phrases differ", []string{"Drug misuse mortality rate, males", "Drug misuse mortality rate, females"}, []string{"Drug misuse mortality rate, males", "Drug misuse mortality rate, females"}, ""},
		{"a sign, no word", []string{"Enforced deprivation rate (%)", "Consistent poverty rate (%)"}, []string{"Enforced deprivation rate (%)", "Consistent poverty rate (%)"}, ""},
		{"comma inside a list (s24s-spending)", []string{"Spending on housing, fuel and power", "Spending on housing, fuel and power"},
			[]string{"Spending on housing, fuel and power", "Spending on housing, fuel and power"}, ""},
		{"places after a comma", []string{"Deaths of men, England and Wales", "Deaths of women, England and Wales"}, []string{"Deaths of men", "Deaths of women"}, "England and Wales"},
		{"head run the view does not say (s24s-spending)", []string{"Average weekly household spending on package holidays", "Average weekly household spending on pets and pet food"},
			[]string{"Package holidays", "Pets and pet food"}, "average weekly household spending"},
		{"head run and tail", []string{"Adults who smoke in pubs, aged 16+", "Adults who smoke in cars, aged 16+"}, []string{"Pubs", "Cars"}, "adults who smoke; aged 16+"},
		{"a change's head stays", []string{"Change in spending on food", "Change in spending on fuel"}, []string{"Change in spending on food", "Change in spending on fuel"}, ""},
		{"a name left first stays", []string{"New native woodland created in Scotland, previous year", "New native woodland created in Scotland"},
			[]string{"New native woodland created in Scotland, previous year", "New native woodland created in Scotland"}, ""},
		{"a figure left first stays", []string{"Victims aged 13 to 19, previous year", "Victims aged 13 to 19"}, []string{"Victims aged 13 to 19, previous year", "Victims aged 13 to 19"}, ""},
		{"an acronym left first", []string{"Household spending on the TV licence", "Household spending on the newspapers"}, []string{"TV licence", "Newspapers"}, "household spending"},
		{"a run of one word stays", []string{"Spending on food", "Spending on fuel"}, []string{"Spending on food", "Spending on fuel"}, ""},
		// s28y-socialcare: "share originating" said nothing under
		// "percent of new requests"; the bars keep their share's words.
		{"a share's run stays", []string{"Share originating from the community", "Share originating from a discharge from hospital"},
			[]string{"Share originating from the community", "Share originating from a discharge from hospital"}, ""},
		// A comma inside a bracket is no clause's: "(truly vacant" of
		// "England ((truly vacant, …)" left a bracket open (s31b-emptyhomes).
		{"a comma inside a bracket", []string{"England (truly vacant, share of all", "Wales (truly vacant, share of all"},
			[]string{"England (truly vacant, share of all", "Wales (truly vacant, share of all"}, ""},
		{"one bar", []string{"Breeding ducks, traditional survey area"}, []string{"Breeding ducks, traditional survey area"}, ""},
	}
	for _, tt := range tests {
		got, phrase := BarTitles("Chart", tt.titles, tt.titles, make([][]string, len(tt.titles)))
		if !slices.Equal(got, tt.want) || phrase != tt.wantPhrase {
			t.Errorf("%s: BarTitles(%q) = %q, %q, want %q, %q", tt.name, tt.titles, got, phrase, tt.want, tt.wantPhrase)
		}
	}
}

// TestBarTitlesPhraseTitled: the phrase every bar's title ends with is
// not said again where the view's title says it (s29z-overflows:
// "…; England" under "Storm overflow spills in England, 2022 and 2023").
func TestBarTitlesPhraseTitled(t *testing.T) {
	titles := []string{"Deaths of men, England and Wales", "Deaths of women, England and Wales"}
	for _, tc := range []struct{ view, phrase string }{
		{"Deaths in England and Wales, 2023", ""},
		{"Deaths, 2023", "England and Wales"},
	} {
		if _, got := BarTitles(tc.view, titles, titles, make([][]string, len(titles))); got != tc.phrase {
			t.Errorf("BarTitles(%q, %q) phrase = %q, want %q", tc.view, titles, got, tc.phrase)
		}
	}
}

func TestSubtitleWith(t *testing.T) {
	tests := []struct{ sub, phrase, want string }{
		{"Percent, 2009/10 (estimates)", "15+", "Percent, 2009/10 (estimates); 15+"},
		{"Deaths per 100,000 people; 2018", "per 100,000 people", "Deaths per 100,000 people; 2018"},
		{"", "traditional survey area", "Traditional survey area"},
		{"Percent", "", "Percent"},
		{"Thousands of tonnes; 2014", "US", "Thousands of tonnes; 2014; US"}, // "us" of "thousands" is no word
		{"Exports of the us, 2014", "US", "Exports of the us, 2014"},
		{"Persons aged 15+", "15+", "Persons aged 15+"},
		// s28y-gpappts, s29z-foi: "percent of" says the share of its whole.
		{"Wales; percent of attended appointments", "share", "Wales; percent of attended appointments"},
		{"Wales; percent of attended appointments", "share of attended appointments", "Wales; percent of attended appointments"},
		{"Percent of samples", "share computed from stated figures", "Percent of samples; share computed from stated figures"},
		// s26w-language: the whole said once, in full.
		{"Ireland; percent of people who finished full-time education, 2011 and 2022", "share of people who finished full-time education before they were 16",
			"Ireland; percent of people who finished full-time education before they were 16, 2011 and 2022"},
		{"United Kingdom; number of potential victims, annual totals for the years on the bars", "potential victims of modern slavery referred to the Home Office",
			"United Kingdom; number of potential victims of modern slavery referred to the Home Office, annual totals for the years on the bars"},
	}
	for _, tt := range tests {
		if got := SubtitleWith(tt.sub, tt.phrase); got != tt.want {
			t.Errorf("SubtitleWith(%q, %q) = %q, want %q", tt.sub, tt.phrase, got, tt.want)
		}
	}
}
