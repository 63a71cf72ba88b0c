package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// newsCases are quantities of news (issue 11): rates with their base, ages
// and the measures of sport and technology, each with what the extractor
// must read, field by field. figure is the text of Mention.Figure, which
// leaves out the hedge and the base of a rate; an empty text means no
// measure.
var newsCases = []struct {
	in, text, figure string
	kind             Kind
	unitKind         indicators.UnitKind
	name, per, noun  string
}{
	{"The pipeline carries 450,000 barrels per day.", "450,000 barrels per day", "450,000 barrels", Measure, indicators.Measure, "bbl", "day", ""},
	{"He scored 31 points per game last season.", "31 points per game", "31 points", Count, indicators.Count, "point", "game", ""},
	{"He averaged 31 points a game.", "31 points a game", "31 points", Count, indicators.Count, "point", "game", ""},
	{"He had 3.7 rebounds a game.", "3.7 rebounds a game", "3.7 rebounds", Count, indicators.Count, "rebound", "game", ""},
	{"Women had 1.6 children per woman.", "1.6 children per woman", "1.6 children", Count, indicators.Count, "child", "woman", ""},
	{"Shares closed at 118.5 pence.", "118.5 pence", "118.5 pence", Currency, indicators.Money, "", "", ""},
	{"Rents rose $200 a month.", "$200 a month", "$200", Currency, indicators.Money, "", "month", ""},
	{"GDP was $4,000 per capita a year higher.", "$4,000 per capita a year", "$4,000", Currency, indicators.Money, "", "capita per year", ""},
	{"Deaths fell to 8.4 per 100,000 population.", "8.4 per 100,000 population", "8.4", Number, indicators.NoUnit, "", "100,000 population", ""},
	{"There were 12 cases per 100,000 people.", "12 cases per 100,000 people", "12 cases", Count, indicators.Count, "case", "100,000 people", ""},
	{"It employs 1,500 U.S. workers per year.", "1,500 U.S. workers per year", "1,500 U.S. workers", Count, indicators.Count, "worker", "year", "U.S. workers"},
	{"Inflation ran at 2.6% a year.", "2.6% a year", "2.6%", Percent, indicators.Percent, "", "year", ""},
	{"Inflation was 2.6% a year earlier.", "2.6%", "2.6%", Percent, indicators.Percent, "", "", ""},
	{"A 45-year-old man was arrested.", "45-year-old", "45-year-old", Count, indicators.Count, "year", "", "years old"},
	{"The victim, aged 67, died.", "aged 67", "67", Count, indicators.Count, "year", "", "years old"},
	{"Voters ages 18-24 turned out.", "ages 18-24", "18-24", Count, indicators.Count, "year", "", "years old"},
	{"A 3-month-old baby was found.", "3-month-old", "3-month-old", Count, indicators.Count, "month", "", "months old"},
	{"A 50 year-old man was arrested.", "50 year-old", "50 year-old", Count, indicators.Count, "year", "", "years old"},
	{"It is a 2,900 year-old site.", "2,900 year-old", "2,900 year-old", Count, indicators.Count, "year", "", "years old"},
	{"She is 10 years old.", "10 years old", "10 years old", Count, indicators.Count, "year", "", "years old"},
	{"Maddon, 66, has used the downtime.", "66", "66", Count, indicators.Count, "year", "", "years old"},
	{"Jamie Armstrong, 25, said she left.", "25", "25", Count, indicators.Count, "year", "", "years old"},
	{"John Smith, 45, of Boston was held.", "45", "45", Count, indicators.Count, "year", "", "years old"},
	{"Ann Jones, 34, a teacher, spoke.", "34", "34", Count, indicators.Count, "year", "", "years old"},
	{"He served 10 years in office.", "10 years", "10 years", Count, indicators.Count, "year", "", ""},
	{"The engine produces 300 hp.", "300 hp", "300 hp", Measure, indicators.Measure, "hp", "", ""},
	{"The HP printers cost 300 HP dollars.", "", "", Number, indicators.NoUnit, "", "", ""},
	{"The car makes 300 HP.", "300 HP", "300 HP", Measure, indicators.Measure, "hp", "", ""},
	{"He ran for 120 yards.", "120 yards", "120 yards", Measure, indicators.Measure, "yd", "", ""},
	{"The chip runs at 3.2 GHz.", "3.2 GHz", "3.2 GHz", Measure, indicators.Measure, "GHz", "", ""},
	{"She set a world record of 9.58 seconds.", "9.58 seconds", "9.58 seconds", Measure, indicators.Measure, "s", "", ""},
	{"The storm lasted 24 hours.", "24 hours", "24 hours", Count, indicators.Count, "hour", "", ""},
	// Measures of technology and engineering news.
	{"The pixel pitch employed was 352 μm.", "352 μm", "352 μm", Measure, indicators.Measure, "um", "", ""},
	{"Sampling came back at 4 ppb in Royal Oak.", "4 ppb", "4 ppb", Measure, indicators.Measure, "ppb", "", ""},
	{"The phone has a 4500 mAh battery.", "4500 mAh", "4500 mAh", Measure, indicators.Measure, "mAh", "", ""},
	{"Strength of panel was set to 9 ksi.", "9 ksi", "9 ksi", Measure, indicators.Measure, "ksi", "", ""},
	{"The panel failed at 61.4 MPa.", "61.4 MPa", "61.4 MPa", Measure, indicators.Measure, "MPa", "", ""},
	{"The engine makes 640bhp.", "640bhp", "640bhp", Measure, indicators.Measure, "bhp", "", ""},
	{"It has 586 lb-ft of torque.", "586 lb-ft", "586 lb-ft", Measure, indicators.Measure, "lbft", "", ""},
	{"It has 275 pound-feet of torque.", "275 pound-feet", "275 pound-feet", Measure, indicators.Measure, "lbft", "", ""},
	{"The engine peaks at 3000 rpm.", "3000 rpm", "3000 rpm", Measure, indicators.Measure, "rpm", "", ""},
	{"Economy is 43.5mpg.", "43.5mpg", "43.5mpg", Measure, indicators.Measure, "mpg", "", ""},
	{"A larger 570 sq m space was split.", "570 sq m", "570 sq m", Measure, indicators.Measure, "m2", "", ""},
	{"The store has 2,000 sq ft of floor.", "2,000 sq ft", "2,000 sq ft", Measure, indicators.Measure, "ft2", "", ""},
	{"The company offered a 30Mbps plan.", "30Mbps", "30Mbps", Measure, indicators.Measure, "Mbit/s", "", ""},
	{"Chipmakers produce 7 nanometer chips.", "7 nanometer", "7 nanometer", Measure, indicators.Measure, "nm", "", ""},
	{"The 7nm chips ship.", "", "", Number, indicators.NoUnit, "", "", ""}, // "nm" is no symbol in prose: "Nm" differs only in case
}

// TestNewsMentions asserts newsCases field by field.
func TestNewsMentions(t *testing.T) {
	for _, tc := range newsCases {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		if tc.text == "" {
			for _, m := range ms {
				if m.Kind == Measure {
					t.Errorf("Extract(%q) has the measure %q, want none", tc.in, m.Text)
				}
			}
			continue
		}
		if len(ms) != 1 {
			t.Errorf("Extract(%q) = %q, want one mention %q", tc.in, strs(ms), tc.text)
			continue
		}
		m := ms[0]
		fig, _ := m.Figure.In(tc.in)
		if m.Text != tc.text || fig != tc.figure || m.Kind != tc.kind || m.Unit.Kind != tc.unitKind || m.Unit.Name != tc.name || m.Unit.Per != tc.per || m.Quantity.Noun != tc.noun {
			t.Errorf("Extract(%q) = text %q figure %q kind %v unit {%v %q per %q} noun %q; want text %q figure %q kind %v unit {%v %q per %q} noun %q",
				tc.in, m.Text, fig, m.Kind, m.Unit.Kind, m.Unit.Name, m.Unit.Per, m.Quantity.Noun,
				tc.text, tc.figure, tc.kind, tc.unitKind, tc.name, tc.per, tc.noun)
		}
	}
}

// TestRanks checks ranks written in words and in digits, which
// indicators.ParseStated reads back (the draft writes them as stated).
func TestRanks(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Korea is the 7th largest goods trading partner.", "7th largest | rank | 7 | exact | rank"},
		{"It is the eleventh-largest market.", "eleventh-largest | rank | 11 | exact | rank"},
		{"Japan is the 23rd-biggest buyer.", "23rd-biggest | rank | 23 | exact | rank"},
		{"Interest is the 2nd highest cost.", "2nd highest | rank | 2 | exact | rank"},
	}
	for _, tc := range tests {
		var got []string
		for _, m := range (&Extractor{Ranks: true}).Extract(tc.in) {
			if m.Kind == Rank {
				got = append(got, m.String())
				if _, _, err := indicators.ParseStated(m.Text); err != nil {
					t.Errorf("ParseStated(%q) of a rank found in %q: %v", m.Text, tc.in, err)
				}
			}
		}
		if len(got) != 1 || got[0] != tc.want {
			t.Errorf("ranks of %q = %q, want [%q]", tc.in, got, tc.want)
		}
	}
}

// newsFigures are sentences of news whose every mention is asserted as
// Mention.String writes it: ranges written "from … to", dollars written
// with the country's letters after the sign.
var newsFigures = []struct {
	in   string
	want []string
}{
	{"Claims ranging from $200 to $4 million support it.", []string{"from $200 to $4 million | currency | 200..4000000 | range | USD"}},
	{"A scale of fines from $250,000 to $1 million applies.", []string{"from $250,000 to $1 million | currency | 250000..1000000 | range | USD"}},
	{"Let's get from $10 to $15 billion.", []string{"from $10 to $15 billion | currency | 10000000000..15000000000 | range | USD"}},
	{"It revised its forecast from 5 to 7 per cent to 3 to 5 per cent.", []string{"from 5 to 7 per cent | percent | 5..7 | range | percent", "3 to 5 per cent | percent | 3..5 | range | percent"}},
	{"It revised its network growth forecast from 5 to 7 per cent to 3 to 5 per cent.", []string{"from 5 to 7 per cent | percent | 5..7 | range | percent", "3 to 5 per cent | percent | 3..5 | range | percent"}},
	{"The trade balance fell to $-50.8 billion in April.", []string{"$-50.8 billion | currency | -50800000000 | exact | USD"}},
	// After a word of change "from … to" is a figure and where it went.
	{"The reward rises from $160 to $180.", []string{"$160 | currency | 160 | exact | USD", "$180 | currency | 180 | exact | USD"}},
	{"Unemployment went from 5 to 7 percent.", []string{"5 | percent | 5 | exact | percent", "7 percent | percent | 7 | exact | percent"}},
	{"Prices have dropped since October from $75 to $82.", []string{"$75 | currency | 75 | exact | USD", "$82 | currency | 82 | exact | USD"}},
	// Two alternatives joined by "or" write their unit once, after the
	// second; a larger number before "or" is restated, not an alternative.
	{"A meal costs eight or nine euros, a taxi 8 or $9.", []string{"eight | currency | 8 | exact | EUR", "nine euros | currency | 9 | exact | EUR", "8 | currency | 8 | exact | USD", "$9 | currency | 9 | exact | USD"}},
	{"Over the past three or four years, 2 or 3 million people moved.", []string{"three | count | 3 | exact | year", "four years | count | 4 | exact | year", "2 | count | 2000000 | exact | person", "3 million people | count | 3000000 | exact | person"}},
	{"In 2020/21, 39,000 or 4% of incidents were large.", []string{"39,000 | number | 39000 | exact | -", "4% | percent | 4 | exact | percent"}},
	// A word for the minus sign may be hyphenated to its number.
	{"The offense was minus-5 yards, in minus-130 degrees Fahrenheit.", []string{"minus-5 yards | measure | -5 | exact | yd", "minus-130 degrees Fahrenheit | measure | -130 | exact | degF"}},
	{"Worth $US55,931,000 ($A82,615,680).", []string{"$US55,931,000 | currency | 55931000 | exact | USD", "$A82,615,680 | currency | 82615680 | exact | AUD"}},
	{"Guidance was between $US160 million and $US171 million.", []string{"between $US160 million and $US171 million | currency | 160000000..171000000 | range | USD"}},
	// An order of magnitude is the range up to ten times its lower bound;
	// "several" and "a few" stay lower bounds.
	{"There are tens of thousands of students.", []string{"tens of thousands of students | count | 10000..100000 | range | student"}},
	{"Dell is to announce thousands of job cuts.", []string{"thousands of job cuts | count | 1000..10000 | range | cut"}},
	{"It had the data of millions of Americans.", []string{"millions of Americans | count | 1000000..10000000 | range | american"}},
	{"Dozens of people were killed.", []string{"Dozens of people | count | 12..120 | range | person"}},
	{"It extends hundreds of miles into space.", []string{"hundreds of miles | measure | 100..1000 | range | mi"}},
	{"Several hundred workers and a few thousand people came.", []string{"Several hundred workers | count | 100 | more_than | worker", "a few thousand people | count | 1000 | more_than | person"}},
	{"Thousands of the workers left.", []string{}},
	{"It costs millions.", []string{}},
	// The verbs of market reports give the direction; "up" after "gave" is
	// a particle; a plus sign says a rise.
	{"Nvidia advanced 8%, and Broadcom gained 3%.", []string{"8% | percent | 8 | exact | percent | up", "3% | percent | 3 | exact | percent | up"}},
	{"Tesla shares are up nearly 57% after plummeting 65% in 2022.", []string{"nearly 57% | percent | 57 | nearly | percent | up", "65% | percent | 65 | exact | percent | down"}},
	{"SpeedCast shares plummeted 40.8 per cent.", []string{"40.8 per cent | percent | 40.8 | exact | percent | down"}},
	{"Antarctica is losing about 127 billion tonnes of ice a year.", []string{"about 127 billion tonnes | measure | 127000000000 | approx | t | down"}},
	{"Shares slipped 3%.", []string{"3% | percent | 3 | exact | percent | down"}},
	{"A defense that gave up 517 yards.", []string{"517 yards | measure | 517 | exact | yd"}},
	{"On Wall St: Dow +0.2% and Nasdaq +0.8%.", []string{"0.2% | percent | 0.2 | exact | percent | up", "0.8% | percent | 0.8 | exact | percent | up"}},
	// A bare "points" counts points of an index or a score, in fractions
	// too.
	{"The Dow Jones Industrial Average lost 190 points, or 0.6%.", []string{"190 points | count | 190 | exact | point | down", "0.6% | percent | 0.6 | exact | percent | down"}},
	// A figure after ", or" restates the change just before it.
	{"Exports rose $4 billion, or about 3 percent.", []string{"$4 billion | currency | 4000000000 | exact | USD | up", "about 3 percent | percent | 3 | approx | percent | up"}},
	{"It costs $5, or 4% of income.", []string{"$5 | currency | 5 | exact | USD", "4% | percent | 4 | exact | percent"}},
	{"It fell 5% and, or 2%.", []string{"5% | percent | 5 | exact | percent | down", "2% | percent | 2 | exact | percent"}},
	{"The S&P 500 rose 64.06 points to 4,577.10.", []string{"64.06 points | count | 64.06 | exact | point | up", "4,577.10 | count | 4577.10 | exact | point"}},
	{"He has averaged 7.3 points a game.", []string{"7.3 points a game | count | 7.3 | exact | point per game"}},
	{"The highest forecast is 84.75 cents.", []string{"84.75 cents | currency | 0.8475 | exact | USD"}},
	// A number between commas after a name is an age only where a
	// person's word follows ("said", "has", "of"); otherwise it stays out.
	{"Ohio, 18, and Texas, 38, voted.", []string{}},
	{"Smith, 300, said no; Jones, 34.5, said yes.", []string{"34.5 | number | 34.5 | exact | -"}},
	{"In March, 66 people came.", []string{"66 people | count | 66 | exact | person"}},
	// Pence glued to the digits, as British news writes share prices, are
	// money like "50 pence" (£1.64: hundredths of a pound, not a count of
	// coins); "1080p" is a video format and "6p.m." a time.
	{"Vectura shares rose 6.5% to 164p.", []string{"6.5% | percent | 6.5 | exact | percent | up", "164p | currency | 1.64 | exact | GBP"}},
	{"At 118.5p, it traded at more than 180p last year.", []string{"118.5p | currency | 1.185 | exact | GBP", "more than 180p | currency | 1.80 | more_than | GBP"}},
	{"Shares fell 3p to 42.5p; a stamp costs 50 pence.", []string{"3p | currency | 0.03 | exact | GBP | down", "42.5p | currency | 0.425 | exact | GBP", "50 pence | currency | 0.50 | exact | GBP"}},
	{"Watch it in 1080p or 720p.", []string{}},
	{"He had 3.7 rebounds and 2.5 assists.", []string{"3.7 | number | 3.7 | exact | -", "2.5 | number | 2.5 | exact | -"}},
	{"We met at 6p.m. sharp.", []string{}},
	{"SF90 with 938 horsepower might reset it.", []string{"938 horsepower | measure | 938 | exact | hp"}},
	{"The HP printers cost 300 HP dollars.", []string{}},
	// "one of four" is a share, as "one in four" is; "one of the four" is
	// not.
	{"We cooked each sample for 3min.", []string{"3min | count | 3 | exact | minute"}},
	{"It costs AU $89.99 per year.", []string{"AU $89.99 per year | currency | 89.99 | exact | AUD per year"}},
	// "sub-" bounds a figure from above; "G-7" and "post-2015" stay names.
	{"Demand for sub-300 sq m office space has surged.", []string{"sub-300 sq m | measure | 300 | less_than | m2"}},
	{"It sells a sub-$100 phone.", []string{"sub-$100 | currency | 100 | less_than | USD"}},
	{"The G-7 met post-2015.", []string{}},
	{"HabEx is just one of four separate mission concepts.", []string{"one of four | number | 0.25 | exact | -"}},
	{"He is one of the four founders.", []string{"four founders | count | 4 | exact | founder"}},
	{"It cost $NZ5 million, not $HK3 billion.", []string{"$NZ5 million | currency | 5000000 | exact | NZD", "$HK3 billion | currency | 3000000000 | exact | HKD"}},
}

// TestNewsFigures asserts newsFigures, and that each mention reads back
// through indicators.ParseStated or is of a kind TestMentionStated
// excludes ("5" in "from 5 to 7 percent" has its unit outside its text).
func TestNewsFigures(t *testing.T) {
	for _, tc := range newsFigures {
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
