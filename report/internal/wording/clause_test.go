package wording

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestSubtitleMixedViews reads the subtitles of views that mix measures,
// statuses and periods as one clause: unit; what, once; when; statuses
// as a short note only where they are mixed.
func TestSubtitleMixedViews(t *testing.T) {
	ofWhole := func(b Bar, whole string) Bar { b.Denom = whole; return b }
	tests := []struct {
		name, title string
		bars        []Bar
		want        string
	}{
		{"weekly counts and a 4-week moving average", "Initial claims, this week and last",
			[]Bar{
				bar(t, "4,442,000", indicators.Fact, indicators.Flow, "2020-04-12/2020-04-18"),
				bar(t, "3,839,000", indicators.Estimate, indicators.Flow, "2020-04-19/2020-04-25"),
				bar(t, "5,033,250", indicators.Estimate, indicators.Level, "2020-03-29/2020-04-25"),
			},
			"Number; weekly totals and a 4-week average for the periods on the bars; some figures are estimates"},
		{"a target of no year beside facts and estimates of one year", "Shares of GDP and of world spending",
			[]Bar{
				bar(t, "2%", indicators.Target, indicators.Share, "not stated"),
				bar(t, "2.29%", indicators.Fact, indicators.Share, "2022"),
				bar(t, "39%", indicators.Estimate, indicators.Share, "2022"),
			},
			"Percent; 2022 and a target with no year stated in the source; some figures are estimates"},
		{"a total of no period beside an annual one", "Military expenditure",
			[]Bar{
				bar(t, "$1,195 billion", indicators.Estimate, indicators.Flow, "not stated"),
				bar(t, "$2,240 billion", indicators.Fact, indicators.Flow, "2022"),
			},
			"US$ billion; totals for 2022 and a period not stated in the source; some figures are estimates"},
		// s24s-flooding: a stock of no stated time is of a date, as its
		// bar says ("Date not stated"), beside a stock of a year.
		{"a stock of no date beside one of a year", "Properties signed up",
			[]Bar{
				bar(t, "300,000 properties", indicators.Fact, indicators.Stock, "2008"),
				bar(t, "1,100,000 properties", indicators.Fact, indicators.Stock, "not stated"),
			},
			"Number of properties, values for 2008 and a date not stated in the source"},
		{"shares of one whole and a target", "ODA as a share of GNI against the UN 0.7% target",
			[]Bar{
				ofWhole(bar(t, "0.33%", indicators.Fact, indicators.Share, "2021"), "their combined GNI"),
				ofWhole(bar(t, "0.36%", indicators.Estimate, indicators.Share, "2022"), "their combined GNI"),
				ofWhole(bar(t, "0.7%", indicators.Target, indicators.Share, "not stated"), "GNI"),
			},
			"Percent of GNI; 2021 and 2022, and a target with no year stated in the source; some figures are estimates"},
		{"shares of wholes that differ", "Shares",
			[]Bar{
				ofWhole(bar(t, "2.29%", indicators.Fact, indicators.Share, "2022"), "GDP"),
				ofWhole(bar(t, "3%", indicators.Fact, indicators.Share, "2022"), "world GDP"),
			},
			"Percent, 2022"},
		{"targets of two years", "Targets",
			[]Bar{
				bar(t, "0.7%", indicators.Target, indicators.Share, "2022"),
				bar(t, "0.5%", indicators.Target, indicators.Share, "2021"),
			},
			"Percent, targets for the years on the bars"},
		{"weekly stocks beside a 4-week average", "Insured unemployment",
			[]Bar{
				bar(t, "15,976,000 people", indicators.Fact, indicators.Stock, "2020-04-05/2020-04-11"),
				bar(t, "17,756,000 people", indicators.Estimate, indicators.Stock, "2020-04-12/2020-04-18"),
				bar(t, "12,000,000 people", indicators.Estimate, indicators.Level, "2020-03-22/2020-04-18"),
			},
			"Number of people; weekly levels and a 4-week average for the periods on the bars; some figures are estimates"},
		{"weekly rates", "Insured unemployment rate",
			[]Bar{
				bar(t, "11.0 percent", indicators.Fact, indicators.Level, "2020-04-05/2020-04-11"),
				bar(t, "12.4 percent", indicators.Estimate, indicators.Level, "2020-04-12/2020-04-18"),
			},
			"Percent; 5–11 April 2020 and 12–18 April 2020; some figures are estimates"},
		// s14d-finances: stocks at the date the title says are the
		// unit alone, never "£ billion; value"; at a date it does not
		// say, their time.
		{"stocks at the title's date", "Public sector net debt, end of September 2017",
			[]Bar{
				bar(t, "£1,785.4 billion", indicators.Fact, indicators.Stock, "2017-09"),
				bar(t, "£1,637.9 billion", indicators.Fact, indicators.Stock, "2017-09"),
			},
			"£ billion"},
		{"stocks at a date the title does not say", "Public sector net debt",
			[]Bar{
				bar(t, "£1,785.4 billion", indicators.Fact, indicators.Stock, "2017-09"),
				bar(t, "£1,637.9 billion", indicators.Fact, indicators.Stock, "2017-09"),
			},
			"£ billion, as of September 2017"},
		// Estimates alone, keyed by no colour, say so once at the end,
		// as an ONS subtitle says "(provisional)" (s17j-ports).
		{"estimates alone say so in brackets", "Spending",
			[]Bar{
				bar(t, "$5 billion", indicators.Estimate, indicators.Flow, "2014"),
				bar(t, "$6 billion", indicators.Estimate, indicators.Flow, "2015"),
			},
			"US$ billion, annual totals for the years on the bars (estimates)"},
	}
	for _, tt := range tests {
		if _, got := Subtitle(tt.title, tt.bars); got != tt.want {
			t.Errorf("Subtitle(%q) [%s] = %q, want %q", tt.title, tt.name, got, tt.want)
		}
	}
}

func TestAverageNoun(t *testing.T) {
	tests := []struct {
		period, want string
	}{
		{"2020-04-12/2020-04-18", "weekly average"},
		{"2020-03-29/2020-04-25", "4-week average"},
		{"2020-03-29/2020-04-20", "average over the period"},
		{"2019/2021", "average over the period"},
	}
	for _, tt := range tests {
		if got := AverageNoun(period(t, tt.period)); got != tt.want {
			t.Errorf("AverageNoun(%q) = %q, want %q", tt.period, got, tt.want)
		}
	}
}

func TestRanksAlike(t *testing.T) {
	tests := []struct {
		labels []string
		places []int
		names  []string
		want   []string
	}{
		{[]string{"second largest", "4th", "6th"}, []int{2, 4, 6}, []string{"largest", "", ""}, []string{"2nd largest", "4th", "6th"}},
		{[]string{"largest", "12th", "23rd"}, []int{1, 12, 23}, []string{"largest", "", ""}, []string{"largest", "12th", "23rd"}},
		{[]string{"largest", "third largest"}, []int{1, 3}, []string{"largest", "largest"}, []string{"largest", "third largest"}},
		{[]string{"1st", "11th", "second"}, []int{1, 11, 2}, []string{"", "", ""}, []string{"1st", "11th", "2nd"}},
	}
	for _, tt := range tests {
		if got := RanksAlike(tt.labels, tt.places, tt.names); !cmp.Equal(got, tt.want) {
			t.Errorf("RanksAlike(%q) = %q, want %q", tt.labels, got, tt.want)
		}
	}
}

// TestWrittenSign: a currency is written as the document writes it,
// by its code or "US$" where the figures do, one way for a whole book.
func TestWrittenSign(t *testing.T) {
	usd, err := indicators.MoneyUnit("USD")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		label, want string
	}{
		{"USD 12.8 billion", "USD "},
		{"nearly USD12.8 billion", "USD "},
		{"about US$242 million", "US$"},
		{"$12.8 billion", ""},
		{"12 countries", ""},
	}
	for _, tt := range tests {
		if got := WrittenSign(tt.label, usd); got != tt.want {
			t.Errorf("WrittenSign(%q) = %q, want %q", tt.label, got, tt.want)
		}
	}
	bars := []Bar{
		bar(t, "USD 204 billion", indicators.Fact, indicators.Flow, "2022"),
		bar(t, "USD 186 billion", indicators.Fact, indicators.Flow, "2021"),
	}
	if _, got := Subtitle("ODA", bars); got != "USD billion, annual totals for the years on the bars" {
		t.Errorf("Subtitle(%q) = %q, want %q", "ODA", got, "USD billion, annual totals for the years on the bars")
	}
}
