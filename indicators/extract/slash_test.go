package extract

import (
	"slices"
	"testing"
)

// shortRates are sentences of rates written short, as energy outlooks
// write prices and flows ("$47/b", "9.2 million b/d"), with the mentions
// the extractor must read; the slashes that are no base ("24/7", "1/2",
// dates, "and/or") stay as they were.
var shortRates = []struct {
	in   string
	want []string
}{
	{"Spot cargoes sold for $61/barrel last week.", []string{"$61/barrel | currency | 61 | exact | USD per barrel"}},
	{"Diesel averaged $3.12/gal in May, a $0.20/gal gain from April.", []string{
		"$3.12/gal | currency | 3.12 | exact | USD per gallon", "$0.20/gal | currency | 0.20 | exact | USD per gallon | up"}},
	{"Henry Hub gas hit $3.40/MMBtu on Tuesday.", []string{"$3.40/MMBtu | currency | 3.40 | exact | USD per million btu"}},
	{"Lawyers bill $400/hour and interns about $20/hr.", []string{
		"$400/hour | currency | 400 | exact | USD per hour", "about $20/hr | currency | 20 | approx | USD per hour"}},
	{"The firm paid $1.2 billion/year in royalties.", []string{"$1.2 billion/year | currency | 1200000000 | exact | USD per year"}},
	{"Prices fell $6/b, or 11 percent, in the quarter.", []string{
		"$6/b | currency | 6 | exact | USD per barrel | down", "11 percent | percent | 11 | exact | percent | down"}},
	// A range with a base after each end, or after the high end only, is
	// one range; two different bases are two figures.
	{"Futures priced Brent between $58/b and $66/b for March.", []string{"between $58/b and $66/b | currency | 58..66 | range | USD per barrel"}},
	{"Analysts see WTI at $40 to $52/b next year.", []string{"$40 to $52/b | currency | 40..52 | range | USD per barrel"}},
	{"Traders expect the grade to range from $44/b to $51/b in June.", []string{"from $44/b to $51/b | currency | 44..51 | range | USD per barrel"}},
	{"Bids went from $22/b to $35/gal overnight.", []string{"$22/b | currency | 22 | exact | USD per barrel", "$35/gal | currency | 35 | exact | USD per gallon"}},
	// A unit of a rate in one short form.
	{"Exports reached 1.4 million b/d in June and 1.1 million bbl/d in July.", []string{
		"1.4 million b/d | measure | 1400000 | exact | bbl per day", "1.1 million bbl/d | measure | 1100000 | exact | bbl per day"}},
	{"The refinery runs 250,000 bpd of crude.", []string{"250,000 bpd | measure | 250000 | exact | bbl per day"}},
	// A gloss in parentheses after the figure is not part of it.
	{"Heating oil was $2.95/gallon (gal) and crude $48/barrel (b) in the week.", []string{
		"$2.95/gallon | currency | 2.95 | exact | USD per gallon", "$48/barrel | currency | 48 | exact | USD per barrel"}},
	{"Output slipped by 90,000 barrels per day (b/d) in May.", []string{"90,000 barrels per day | measure | 90000 | exact | bbl per day | down"}},
	// No base a catalog can write: the figure alone.
	{"It sold at $47/b/d, then $47/b-e and $5/million.", []string{
		"$47 | currency | 47 | exact | USD", "$47 | currency | 47 | exact | USD", "$5 | currency | 5 | exact | USD"}},
	{"It cost 47 dollars/barrel.", []string{"47 dollars | currency | 47 | exact | USD"}},
	// Slashes that are no base stay as they were.
	{"The desk is staffed 24/7 since 9/11.", []string{}},
	{"Use 1/2 of the stock.", []string{"1/2 | number | 0.5 | exact | -"}},
	{"It opened on 9/9/2015 and/or later.", []string{}},
}

// TestShortRates asserts shortRates, and that every mention reads back
// through indicators.ParseStated to the same figure, with no exclusion.
func TestShortRates(t *testing.T) {
	for _, tc := range shortRates {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if got := strs(ms); !slices.Equal(got, tc.want) {
			t.Errorf("Extract(%q) = %q, want %q", tc.in, got, tc.want)
		}
		for _, m := range ms {
			if d := statedDiff(m); d != "" {
				t.Errorf("ParseStated(%q) of a mention in %q: %s", m.Text, tc.in, d)
			}
		}
	}
}

// TestShortRateFigure asserts that Mention.Figure leaves out the base
// written after a slash, as it leaves out "per day".
func TestShortRateFigure(t *testing.T) {
	tests := []struct{ in, figure string }{
		{"Crude sold for $61/barrel.", "$61"},
		{"It paid $1.2 billion/year.", "$1.2 billion"},
		{"WTI may cost $40 to $52/b.", "$40 to $52"},
	}
	for _, tc := range tests {
		ms := Extract(tc.in)
		if len(ms) != 1 {
			t.Errorf("Extract(%q) = %q, want one mention", tc.in, strs(ms))
			continue
		}
		if got, _ := ms[0].Figure.In(tc.in); got != tc.figure {
			t.Errorf("Extract(%q)[0].Figure = %q, want %q", tc.in, got, tc.figure)
		}
	}
}
