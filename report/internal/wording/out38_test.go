package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestLowerFirstWordAfterPlace: the subtitle after a place's "; " starts
// in lower case unless its first word begins a name: "Percent, December
// 2019" is lowered (s34e-retail's "Great Britain; Percent, …"), "United
// Kingdom" and an acronym are not.
func TestLowerFirstWordAfterPlace(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Percent, December 2019 and January 2020 (estimates)", "percent, December 2019 and January 2020 (estimates)"},
		{"Percent change from the previous month", "percent change from the previous month"},
		{"Number, March 2022", "number, March 2022"},
		{"United Kingdom, 2019", "United Kingdom, 2019"},
		{"GDP, 2019", "GDP, 2019"},
		{"New York City", "New York City"},
	}
	for _, tt := range tests {
		if got := lowerFirstWord(tt.in); got != tt.want {
			t.Errorf("lowerFirstWord(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSeriesSubtitleMixedCounts: a series chart of counts of different
// things says "Number" (or its scale), never the first series' noun for
// all: "number of applications" stood over applications, charities
// registered and removals (s34e-charities). Series of one noun keep it.
func TestSeriesSubtitleMixedCounts(t *testing.T) {
	bar := func(noun, stated string) Bar {
		q, _, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		return Bar{Figure: Figure{Status: indicators.Fact, Measure: indicators.Flow, Period: indicators.YearPeriod(2024), Unit: indicators.Unit{Kind: indicators.Count, Name: noun}}, Q: q, point: true}
	}
	tests := []struct {
		name string
		bars []Bar
		want string
	}{
		{"three nouns", []Bar{bar("application", "2,366"), bar("charity", "1,359"), bar("removal", "1,142")}, "Number"},
		{"three nouns in thousands", []Bar{bar("application", "2.4 thousand"), bar("charity", "1.4 thousand")}, "Thousands"},
		{"one noun", []Bar{bar("application", "2,366"), bar("application", "2,434")}, "Number of applications"},
	}
	for _, tt := range tests {
		got := SeriesSubtitle("Casework by quarter", tt.bars, true)
		if !strings.HasPrefix(got, tt.want+",") && !strings.HasPrefix(got, tt.want+";") && got != tt.want {
			t.Errorf("%s: SeriesSubtitle = %q, want it to start %q", tt.name, got, tt.want)
		}
	}
}

// TestAloneMultiple: a change stated as a multiple says which way
// itself and is written with no "up" or "down" ("over 40 times", never
// "up over 40 times", which read as a rise of 40-fold on top,
// s33d-airports); a percent change beside it keeps its word.
func TestAloneMultiple(t *testing.T) {
	up := indicators.Quantity{Direction: indicators.Up}
	times := indicators.Unit{Kind: indicators.Times}
	tests := []struct {
		s    Shown
		want string
	}{
		{Shown{Label: "over 40 times", Unit: times, Q: up, Measure: indicators.Change}, "over 40 times"},
		{Shown{Label: "more than doubled", Unit: times, Q: up, Measure: indicators.Change}, "more than doubled"},
		{Shown{Label: "6%", Unit: indicators.PercentUnit, Q: up, Measure: indicators.Change}, "up 6%"},
	}
	for _, tt := range tests {
		if got := Alone(tt.s); got != tt.want {
			t.Errorf("Alone(%q) = %q, want %q", tt.s.Label, got, tt.want)
		}
	}
}

// TestNamesPlaceAdjective: a country's adjective names it in a title
// ("Passengers through the five main Irish airports" names Ireland, so no
// ", Ireland" follows it, s33d-airports); the adjective inside another
// place's name ("Northern Irish") does not, nor another country's.
func TestNamesPlaceAdjective(t *testing.T) {
	tests := []struct {
		title, code string
		want        bool
	}{
		{"Passengers through the five main Irish airports", "IE", true},
		{"Flights to and from Irish airports", "IE", true},
		{"Northern Irish students", "IE", false},
		{"Northern Irish students", "GB-NIR", true},
		{"Swiss franc deposits", "CH", true},
		{"Passengers through the five main airports", "IE", false},
		{"Irish airports", "GB", false},
	}
	for _, tt := range tests {
		if got := NamesPlace(tt.title, tt.code); got != tt.want {
			t.Errorf("NamesPlace(%q, %q) = %v, want %v", tt.title, tt.code, got, tt.want)
		}
	}
}
