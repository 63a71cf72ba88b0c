package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestCard: a figure shown alone starts with a capital, says its counted
// noun (a count stated bare included), names its currency and says a fall
// as a fall; the book's card and the slide's read this one string.
func TestCard(t *testing.T) {
	center := indicators.CountOf("center")
	vacancy := indicators.CountOf("vacancy")
	claim := indicators.CountOf("claim")
	fourWeeks := period(t, "2020-03-29/2020-04-25")
	usd, err := indicators.MoneyUnit("USD")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		s    Shown
		want string
	}{
		{Shown{Label: "an estimated 805,000 vacancies", Unit: vacancy}, "An estimated 805,000 vacancies"},
		{Shown{Label: "an estimated 805,000", Unit: vacancy}, "An estimated 805,000 vacancies"},
		{Shown{Label: "187", Unit: center}, "187 centers"},
		{Shown{Label: "1", Unit: center}, "1 center"},
		{Shown{Label: "1.5 million", Unit: center, Q: indicators.Quantity{Scale: indicators.Million}}, "1.5 million centers"},
		{Shown{Label: "about US$242 million", Unit: usd}, "About US$242 million"},
		{Shown{Label: "0.2 percentage points", Quote: "3.8%, 0.2 percentage points lower than a year earlier", Unit: indicators.PercentagePointUnit,
			Q: indicators.Quantity{Direction: indicators.Down}, Measure: indicators.Change}, "Down 0.2 percentage points"},
		{Shown{Label: "0.6 percentage points", Unit: indicators.PercentagePointUnit,
			Q: indicators.Quantity{Direction: indicators.Up}, Measure: indicators.Change}, "Up 0.6 percentage points"},
		{Shown{Label: "0.7%", Quote: "RHDI is estimated to have grown by 0.7% following", Unit: indicators.PercentUnit,
			Q: indicators.Quantity{Direction: indicators.Up}, Measure: indicators.Change}, "Up 0.7%"},
		{Shown{Label: "0.7%", Unit: indicators.PercentUnit, Q: indicators.Quantity{Direction: indicators.Up}}, "0.7%"},
		// A level over weeks (a 4-week moving average) is a week's
		// average, never a total of the span; one week's level, a rate
		// or a stock is as it is.
		{Shown{Label: "5,033,250", Unit: claim, Measure: indicators.Level, Period: fourWeeks}, "5,033,250 claims, 4-week average"},
		{Shown{Label: "5,033,250", Unit: claim, Measure: indicators.Level, Period: period(t, "2020-04-19/2020-04-25")}, "5,033,250 claims"},
		{Shown{Label: "5,033,250", Unit: claim, Measure: indicators.Stock, Period: fourWeeks}, "5,033,250 claims"},
		{Shown{Label: "12.4 percent", Unit: indicators.PercentUnit, Measure: indicators.Level, Period: fourWeeks}, "12.4 percent"},
	}
	for _, tt := range tests {
		if got := Card(tt.s); got != tt.want {
			t.Errorf("Card(%q) = %q, want %q", tt.s.Label, got, tt.want)
		}
	}
}

// TestCardColor: a card's figure is drawn in its status's colour, as its
// bar is, dark enough to read on white.
func TestCardColor(t *testing.T) {
	for _, tt := range []struct {
		s    indicators.Status
		want string
	}{
		{indicators.Fact, "0072B2"},
		{indicators.Estimate, "009E73"},
		{indicators.Projection, "D55E00"},
	} {
		if got := CardColor(tt.s); got != tt.want {
			t.Errorf("CardColor(%v) = %q, want %q", tt.s, got, tt.want)
		}
	}
	for s := indicators.Fact; s <= indicators.Intention; s++ {
		if c := Contrast(CardColor(s), "FFFFFF"); c < MinLargeTextContrast {
			t.Errorf("CardColor(%v) = %q has contrast %.2f on white, want at least %v", s, CardColor(s), c, MinLargeTextContrast)
		}
	}
}
