package chart

import (
	"image/color"
	"strings"
	"testing"

	"gonum.org/v1/plot/vg"

	"github.com/claimbook/claimbook/indicators"
)

// TestCardStartsWithCapital: a figure written inside a sentence ("an
// estimated 228 million cases") starts its card with a capital, as a
// headline does; a figure that starts with a sign or a capital is kept.
func TestCardStartsWithCapital(t *testing.T) {
	tests := []struct{ stated, want string }{
		// A count's card is the figure, its hedge kept, and its counted
		// noun, as the book's card writes it (wording.Card), a phrase of
		// the document's whole.
		{"an estimated 228 million cases", "An estimated 228 million cases"},
		// The words between the figure and its unit stay where the
		// title ("Figure") does not say them (review22).
		{"31,800 estimated new HIV infections", "31,800 estimated new HIV infections"},
		{"3-5 countries", "3-5 countries"},
		{"more than 1,000 students", "More than 1,000 students"},
		{"nearly $350 billion", "Nearly $350 billion"},
		{"about 30%", "About 30%"},
		{"US$ 5 billion", "US$ 5 billion"},
		{"$279 billion", "$279 billion"},
		{"More than half", "More than half"},
	}
	for _, tc := range tests {
		c := figCatalog(t, fig{id: "x", title: "Figure", stated: tc.stated, period: "2018", measure: indicators.Stock})
		cd, ok := figSlide(t, c, "x").body.(*Card)
		if !ok {
			t.Fatalf("headline of %q is no *Card", tc.stated)
		}
		if cd.Value != tc.want {
			t.Errorf("card of %q = %q, want %q", tc.stated, cd.Value, tc.want)
		}
	}
}

// TestCardLabelBalanced: a card's label that wraps leaves no word alone
// on its last line ("… Lake Chad / countries").
func TestCardLabelBalanced(t *testing.T) {
	o, err := (*Options)(nil).resolved()
	if err != nil {
		t.Fatal(err)
	}
	cd := NewCard("€201 million", "", "")
	cd.style(o, Blue)
	width := vg.Length(1500)
	label := "EU humanitarian funding for the Sahel and Lake Chad"
	for more := strings.Fields("and the other countries of the region"); len(wrap(label+" countries", cd.LabelStyle, width*0.85)) < 2; more = more[1:] {
		label += " " + more[0]
	}
	cd.Label = label + " countries"
	got := cd.labelLines(width)
	if len(got) != 2 {
		t.Fatalf("labelLines(%q) = %q, want 2 lines", cd.Label, got)
	}
	if !strings.Contains(got[1], " ") {
		t.Errorf("labelLines(%q) = %q: a word alone on the last line", cd.Label, got)
	}
}

// TestCardInStatusColor: a card draws its figure and rule in its status's
// colour, as the bars of the deck and the book draw the figure, says no
// period its slide's title says, and marks an estimate.
func TestCardInStatusColor(t *testing.T) {
	for _, tt := range []struct {
		status indicators.Status
		want   color.NRGBA
	}{
		{indicators.Fact, color.NRGBA{0x00, 0x72, 0xB2, 0xFF}},
		{indicators.Estimate, color.NRGBA{0x00, 0x9E, 0x73, 0xFF}},
		{indicators.Projection, color.NRGBA{0xD5, 0x5E, 0x00, 0xFF}},
	} {
		c := figCatalog(t, fig{id: "x", title: "UK job vacancies", stated: "805,000 vacancies", period: "2019-Q4", measure: indicators.Stock, status: tt.status})
		c.Views[0].Title = "Job vacancies, October to December 2019"
		cd := figSlide(t, c, "x").body.(*Card)
		if got := color.NRGBAModel.Convert(cd.ValueStyle.Color); got != tt.want {
			t.Errorf("card of a %v: figure colour = %v, want %v", tt.status, got, tt.want)
		}
		if got := color.NRGBAModel.Convert(cd.Accent.Color); got != tt.want {
			t.Errorf("card of a %v: rule colour = %v, want %v", tt.status, got, tt.want)
		}
		// An estimate says so, as the bars' key does; the card says its
		// period though the view's title says it too, with the title (a
		// PNG) and without (a slide, whose title is the view's): a card
		// pasted alone says when (s14d-homeless).
		want := "Q4 2019"
		if tt.status == indicators.Estimate {
			want = "Estimate, Q4 2019"
		}
		if cd.Period != want && !tt.status.IsCommitment() {
			t.Errorf("card of a %v under %q: period line = %q, want %q", tt.status, "Job vacancies, October to December 2019", cd.Period, want)
		}
		embedded, err := NewSlide(c, &c.Views[0], &Options{Embed: true})
		if err != nil {
			t.Fatal(err)
		}
		if got := embedded.body.(*Card).Period; got != cd.Period {
			t.Errorf("card of a %v: period line %q with Embed, want %q as without", tt.status, got, cd.Period)
		}
	}
}

// TestCardSubtitleSaysUnitOnce: a headline's subtitle names the unit
// only when the card's figure does not write it already.
func TestCardSubtitleSaysUnitOnce(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"about US$242 million", ""},
		{"US$ 3.2 billion", ""},
		{"an estimated 805,000 vacancies", ""},
		{"$279 billion", "US$ billion"}, // the subtitle names the dollar
		{"20.4 million people", ""},
		{"about 30%", ""},
	}
	for _, tc := range tests {
		c := figCatalog(t, fig{id: "x", title: "Figure", stated: tc.stated, period: "2018", measure: indicators.Stock})
		if got := figSlide(t, c, "x").Subtitle; got != tc.want {
			t.Errorf("subtitle of the card of %q = %q, want %q", tc.stated, got, tc.want)
		}
	}
}

// TestCardLabelNotTitle: a card's caption that would repeat the chart's
// title word for word says the place instead, or nothing; another caption
// stays.
func TestCardLabelNotTitle(t *testing.T) {
	for _, tt := range []struct {
		view     string
		entities []string
		want     string
	}{
		{"Households in temporary accommodation", []string{"GB-ENG"}, "England"},
		{"households in temporary accommodation ", nil, ""},
		// A card is pasted alone: its place is said whatever the view's
		// title names (s29z-foi).
		{"Homelessness, September 2022", []string{"GB-ENG"}, "Households in temporary accommodation, England"},
	} {
		c := figCatalog(t, fig{id: "x", title: "Households in temporary accommodation", stated: "99,270 households", period: "2022-09-30", measure: indicators.Stock})
		c.Indicators[0].Entities = tt.entities
		c.Views[0].Title = tt.view
		if got := figSlide(t, c, "x").body.(*Card).Label; got != tt.want {
			t.Errorf("card under %q: caption = %q, want %q", tt.view, got, tt.want)
		}
	}
}
