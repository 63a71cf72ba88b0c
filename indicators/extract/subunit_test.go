package extract

import (
	"slices"
	"strings"
	"testing"
)

// subunitCases are sentences with amounts in cents and pence, which are
// money (hundredths of the currency), with the mentions the extractor must
// read.
var subunitCases = []struct {
	in   string
	want []string
}{
	{"Petrol cost 16 cents more on Monday.", []string{"16 cents | currency | 0.16 | exact | USD | up"}},
	{"A loaf is 95 pence at the corner shop.", []string{"95 pence | currency | 0.95 | exact | GBP"}},
	{"Each text costs 12 euro cents abroad.", []string{"12 euro cents | currency | 0.12 | exact | EUR"}},
	{"He found 30 pennies and 1 cent under the seat.", []string{"30 pennies | currency | 0.30 | exact | GBP", "1 cent | currency | 0.01 | exact | USD"}},
	{"The bid was 84.75 cents a gallon.", []string{"84.75 cents a gallon | currency | 0.8475 | exact | USD per gallon"}},
	// A base after a slash, as outlooks write prices.
	{"Diesel was 62 cents/gal cheaper than a year ago, a fall of 9 cents/gal from June.", []string{
		"62 cents/gal | currency | 0.62 | exact | USD per gallon", "9 cents/gal | currency | 0.09 | exact | USD per gallon | down"}},
	// A range writes its hundredths after the high end.
	{"The levy is 10-20 cents per share.", []string{"10-20 cents per share | currency | 0.10..0.20 | range | USD per share"}},
	{"Stamps cost between 10 and 20 pence.", []string{"between 10 and 20 pence | currency | 0.10..0.20 | range | GBP"}},
	{"Bus fares run 10 cents to 20 cents.", []string{"10 cents | currency | 0.10 | exact | USD", "20 cents | currency | 0.20 | exact | USD"}},
	{"It sold above 10 and below 20 cents.", []string{"above 10 and below 20 cents | currency | 0.10..0.20 | range | USD"}},
	{"It paid more than 50 cents and less than 20.", []string{"more than 50 cents | currency | 0.50 | more_than | USD", "less than 20 | number | 20 | less_than | -"}},
	// A level after a change in cents is in cents.
	{"Fares rose from 20 to 30 cents.", []string{"20 | currency | 0.20 | exact | USD", "30 cents | currency | 0.30 | exact | USD"}},
	{"The stock rose 5 cents to 80.", []string{"5 cents | currency | 0.05 | exact | USD | up", "80 | currency | 0.80 | exact | USD"}},
	// Pence glued to the digits, as British news writes share prices.
	{"The shares ended at 212p, up 4.5p.", []string{"212p | currency | 2.12 | exact | GBP", "4.5p | currency | 0.045 | exact | GBP | up"}},
	// What stays as it was: dollars and cents, "per cent", a sign before
	// cents, video formats and times.
	{"The toll is 3 dollars 25 cents.", []string{"3 dollars 25 cents | currency | 3.25 | exact | USD"}},
	{"Growth was 5 per cent.", []string{"5 per cent | percent | 5 | exact | percent"}},
	{"It sells at $5 cents.", []string{"$5 | currency | 5 | exact | USD"}},
	{"Stream it in 720p at 6p.m. tonight.", []string{}},
}

// TestSubunits asserts subunitCases, and that each mention reads back
// through indicators.ParseStated or is of a kind TestMentionStated
// excludes ("212p": letters glued to the digits).
func TestSubunits(t *testing.T) {
	for _, tc := range subunitCases {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if got := strs(ms); !slices.Equal(got, tc.want) {
			t.Errorf("Extract(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for _, m := range ms {
			d := statedDiff(m)
			l := strings.Join(strings.Fields(strings.ToLower(m.Text)), " ")
			if d != "" && !slices.ContainsFunc(exclusions, func(e exclusion) bool { return e.match(m, l) }) {
				t.Errorf("ParseStated(%q) of a mention in %q: %s", m.Text, tc.in, d)
			}
		}
	}
}
