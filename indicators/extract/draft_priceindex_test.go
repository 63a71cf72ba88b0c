package extract

import "testing"

// priceIndexIndexText is a price index release of our own: an annual rate
// and the month before, a monthly rise and the year before, and the
// contributions to the annual rate.
const priceIndexIndexText = "Retail price inflation, Ruritania: May 2023\n\n1. Main points\n\n" +
	"  • The Retail Prices Index (RPI) rose by 4.1% in the 12 months to May 2023, up from 3.9% in April.\n\n" +
	"  • On a monthly basis, RPI rose by 0.5% in May 2023, compared with a rise of 0.2% in May 2022.\n\n" +
	"  • The largest upward contributions to the annual RPI inflation rate in May 2023 came from food (0.42 percentage points, principally from bread) and fuel (0.31 percentage points).\n"

// priceIndexIndex are the titles of its figures.
var priceIndexIndex = []struct{ stated, title string }{
	{"4.1%", "RPI annual inflation rate"},
	{"3.9%", "RPI annual inflation rate"},
	{"0.5%", "Monthly rise in RPI"},
	{"0.2%", "Monthly rise in RPI"},
	{"0.42 percentage points", "Contribution of food to annual RPI inflation"},
	{"0.31 percentage points", "Contribution of fuel to annual RPI inflation"},
}

// TestDraftNoIndexOfPrices: an index of other things has no inflation
// rate.
func TestDraftNoIndexOfPrices(t *testing.T) {
	const text = "Harbour bulletin\n\nThe Harbour Traffic Index (HTI) rose by 3.1% in the 12 months to May 2023.\n"
	if got := firstDraft(t, text, "3.1%"); got.ind.Title == "HTI annual inflation rate" {
		t.Errorf("title of %q = %q, want no inflation rate", "3.1%", got.ind.Title)
	}
}

func TestDraftIndexTitles(t *testing.T) {
	for _, tc := range priceIndexIndex {
		t.Run(tc.stated, func(t *testing.T) {
			checkWhat(t, firstDraft(t, priceIndexIndexText, tc.stated), tc.stated, "", "", tc.title)
		})
	}
}
