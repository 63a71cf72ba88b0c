package extract

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// grammarRateCases are sentences of issue 11's second part, rates in news
// and reports, one kind at a time, each with every mention field by field
// (grammarRow). They join the repository's texts of TestMentionStated. A
// case marked apart has a figure whose base is written outside its span
// ("an annual rate of 9.0 million units"): its text reads back through
// indicators.ParseStated as the same figure without the base.
var grammarRateCases = []struct {
	name  string
	in    string
	want  []string
	apart bool
}{
	// 0. A span of time said after the figure in the words of
	// lexicon.RatePhrases other than "per" and "a" ("each year", "every
	// month", "annually") is the base of a rate, outside the span; a
	// change's pace is one too. A phrase that says when, an adjective
	// before its noun and a capitalised word are none.
	{"Gt glued each year", "The world emits 50 GtCO2e each year.",
		[]string{"50 GtCO2e | measure | 50000000000 | exact | tCO2e per year | billion"}, true},
	{"each year after a list's amount", "The deal will increase wages by £2.2 billion each year in the long run.",
		[]string{"£2.2 billion | currency | 2200000000 | exact | GBP per year | up | billion"}, true},
	{"each year after a vague count", "Ghana attracts hundreds of American students each year.",
		[]string{"hundreds of American students | count | 100..1000 | range | student per year"}, true},
	{"every month", "The fund pays out £40 million every month.",
		[]string{"£40 million | currency | 40000000 | exact | GBP per month | million"}, true},
	{"annually", "The scheme saves around $300 million annually, and 1,200 people every week apply.",
		[]string{"around $300 million | currency | 300000000 | approx | USD per year | million", "1,200 people | count | 1200 | exact | person per week"}, true},
	{"a change's pace", "Prices rose by 3% each year.",
		[]string{"3% | percent | 3 | exact | percent per year | up"}, true},
	{"each year since: a time", "Each year since 2010 the number rose by 400 each year since the reform.",
		[]string{"400 | number | 400 | exact | - | up | year 2010"}, false},
	{"monthly before its noun", "Tenants make £500 monthly payments, or £6,000 yearly.",
		[]string{"£500 | currency | 500 | exact | GBP", "£6,000 | currency | 6000 | exact | GBP per year"}, true},
	// 1. The base of a rate keeps its whole noun phrase: up to two words
	// ending in a plural or a rate noun ("total births", "live births"),
	// and the ages that bound the population ("aged 15 to 44"). It stops
	// there: "in 2022" and "from 4.9" are said of the figure.
	{"base with ages", "The general fertility rate fell to 58.1 live births per 1,000 women aged 15 to 44 in 2022.",
		[]string{"58.1 live births per 1,000 women aged 15 to 44 | count | 58.1 | exact | birth per 1,000 women aged 15 to 44 | year 2022"}, false},
	{"base with ages hyphen", "Teenage pregnancies ran at 13 per 1,000 girls aged 15-17 last year.",
		[]string{"13 per 1,000 girls aged 15-17 | number | 13 | exact | per 1,000 girls aged 15-17"}, false},
	{"base with ages under", "The province recorded 41 deaths per 1,000 children aged under 5.",
		[]string{"41 deaths per 1,000 children aged under 5 | count | 41 | exact | death per 1,000 children aged under 5"}, false},
	{"base total births", "The perinatal rate was 6.8 stillbirths per thousand total births, from 7.1 a decade before.",
		[]string{"6.8 stillbirths per thousand total births | count | 6.8 | exact | stillbirth per thousand total births", "7.1 | number | 7.1 | exact | -"}, false},
	{"base total births digits", "Hospitals reported 3.9 per 1,000 total births.",
		[]string{"3.9 per 1,000 total births | number | 3.9 | exact | per 1,000 total births"}, false},
	{"base population", "Road deaths reached 9.7 deaths per 100,000 population.",
		[]string{"9.7 deaths per 100,000 population | count | 9.7 | exact | death per 100,000 population"}, false},
	{"base live births bare", "Neonatal mortality stood at 2.6 per 1,000 live births.",
		[]string{"2.6 per 1,000 live births | number | 2.6 | exact | per 1,000 live births"}, false},
	{"base ends at place", "The rate was 11.2 per 1,000 women in Wales.",
		[]string{"11.2 per 1,000 women | number | 11.2 | exact | per 1,000 women"}, false},
	// "65 and over" after a figure is a hedge, so the base ends before
	// "aged" and the age is read on its own.
	{"base ends before and over", "Falls sent 20 per 1,000 people aged 65 and over to hospital.",
		[]string{"20 per 1,000 people | number | 20 | exact | per 1,000 people", "aged 65 and over | count | 65 | at_least | year"}, false},
	// "14 per 1,000 women aged 15–44": another dash ends the base.
	{"base ends at en dash", "The rate was 14 per 1,000 women aged 15–44.",
		[]string{"14 per 1,000 women | number | 14 | exact | per 1,000 women", "aged 15–44 | count | 15..44 | range | year"}, false},
	// An average in fractions keeps its noun's modifiers before a base.
	{"average with modifier", "Clinics saw 4.5 new admissions per day over the winter.",
		[]string{"4.5 new admissions per day | count | 4.5 | exact | admission per day"}, false},
	{"fraction without base", "Families had 2.5 young children.",
		[]string{"2.5 | number | 2.5 | exact | -"}, false},

	// 2. An annual rate governs the count after it: the count is a rate
	// per year, as a catalog's unit "unit per year" says where its quote
	// holds the words.
	{"annual rate of", "Builders broke ground at an annual rate of 1.42 million homes in March.",
		[]string{"1.42 million homes | count | 1420000 | exact | home per year | million"}, true},
	{"seasonally adjusted annual rate", "Sales of new cars ran at a seasonally adjusted annual rate of 15.8 million vehicles.",
		[]string{"15.8 million vehicles | count | 15800000 | exact | vehicle per year | million"}, true},
	{"annualized rate hedge", "Permits came in at an annualized rate of about 1.5 million.",
		[]string{"about 1.5 million | number | 1500000 | approx | per year | million"}, true},
	{"SAAR after", "Light-vehicle sales slowed to a 14.9 million SAAR in June.",
		[]string{"14.9 million | number | 14900000 | exact | per year | million"}, true},
	{"annual rate not a percent", "The economy grew at an annual rate of 2.4% in the quarter.",
		[]string{"2.4% | percent | 2.4 | exact | percent"}, false},
	{"rate of without annual", "A rate of 3 million homes would be a record.",
		[]string{"3 million homes | count | 3000000 | exact | home | million"}, false},

	// 3. An amount restated in parentheses shares the base written after
	// them (NewsQuant: value and unit).
	{"restated a year", "The levy raises 4 billion rand ($220 million) a year for roads.",
		[]string{"4 billion rand | currency | 4000000000 | exact | ZAR per year | billion", "$220 million | currency | 220000000 | exact | USD per year | million"}, true},
	{"restated per share", "The bidder offered A$3.10 (US$2.05) per share.",
		[]string{"A$3.10 | currency | 3.10 | exact | AUD per share", "US$2.05 | currency | 2.05 | exact | USD per share"}, true},
	{"parenthesis not a figure", "It costs $40 (before tax) a month.",
		[]string{"$40 | currency | 40 | exact | USD"}, false},

	// 4. A unit's symbol after "per" is the base, in lower case as
	// indicators.Unit.Per keeps it; before a noun it is a modifier.
	{"per MWh", "Wholesale power averaged $61 per MWh in the quarter.",
		[]string{"$61 per MWh | currency | 61 | exact | USD per mwh"}, false},
	{"per kWh cents", "Households pay 28 cents per kWh.",
		[]string{"28 cents per kWh | currency | 0.28 | exact | USD per kwh"}, false},
	{"per MMBtu", "Henry Hub gas settled at $2.95 per MMBtu, a two-month low.",
		[]string{"$2.95 per MMBtu | currency | 2.95 | exact | USD per mmbtu"}, false},
	{"per symbol before noun", "The rebate is $150 per UK household.",
		[]string{"$150 | currency | 150 | exact | USD"}, false},

	// 5. "over" and "under" before a span of time are prepositions, unless
	// "for" or "in" stands before them (NewsQuant: value and change).
	{"for over years", "About 12,000 claimants have waited for over three years.",
		[]string{"About 12,000 claimants | count | 12000 | approx | claimant", "over three years | count | 3 | more_than | year"}, false},
	{"in under minutes", "The crew refuelled the jet in under 25 minutes.",
		[]string{"under 25 minutes | count | 25 | less_than | minute"}, false},
	{"over years a period", "The council will spend $8 million over three years.",
		[]string{"$8 million | currency | 8000000 | exact | USD | million", "three years | count | 3 | exact | year"}, false},
	// After "to", "of" or a form of "be" they bound the span too
	// (twelfth session: "narrowed to under four years" read as 4).
	{"to under years", "The gap narrowed to under four years.",
		[]string{"under four years | count | 4 | less_than | year"}, false},
	{"of over weeks", "Patients faced waits of over 18 weeks.",
		[]string{"over 18 weeks | count | 18 | more_than | week"}, false},
	{"was over years", "The average stay was over two years.",
		[]string{"over two years | count | 2 | more_than | year"}, false},

	// 6. A minus sign after a name is a fall, as a plus is a rise: market
	// reports write an index's change so (NewsQuant: value and change).
	{"minus after index", "Closing levels: Nikkei -0.8% Hang Seng +1.1%.",
		[]string{"-0.8% | percent | -0.8 | exact | percent | down", "1.1% | percent | 1.1 | exact | percent | up"}, false},
	{"minus in parentheses", "Payrolls rose by 12,000 (-0.4%) in May.",
		[]string{"12,000 | number | 12000 | exact | - | up", "-0.4% | percent | -0.4 | exact | percent"}, false},
	{"minus after a lower-case word", "The reading was -0.3% in May.",
		[]string{"-0.3% | percent | -0.3 | exact | percent"}, false},
}

func TestGrammarRateCases(t *testing.T) {
	for _, tc := range grammarRateCases {
		ms := (&Extractor{Ranks: true}).Extract(tc.in)
		checkMentions(t, tc.in, ms)
		got := []string{}
		for _, m := range ms {
			got = append(got, grammarRow(m))
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: Extract(%q) mismatch (-want +got):\n%s", tc.name, tc.in, diff)
		}
		for _, m := range ms {
			if tc.apart && m.Unit.Per != "" && !strings.Contains(strings.ToLower(m.Text), " per ") {
				m.Unit.Per = "" // the base is outside the span
			}
			if d := statedDiff(m); d != "" {
				t.Errorf("%s: ParseStated(%q): %s", tc.name, m.Text, d)
			}
		}
	}
}

// TestBaseAges reads the ages of a rate's base through
// indicators.ParseUnit, as the extractor writes them.
func TestBaseAges(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // "" for an error
	}{
		{"birth per 1,000 women aged 15 to 44", "birth per 1,000 women aged 15 to 44"},
		{"per 1,000 girls aged 15-17", "per 1,000 girls aged 15-17"},
		{"death per 1,000 children aged under 5", "death per 1,000 children aged under 5"},
		{"per 1,000 people aged over 65", "per 1,000 people aged over 65"},
		{"per 1,000 people aged 65", ""},
		{"per 1,000 people aged 65 and over", ""},
		{"per 1,000 people aged fifteen", ""},
		{"per 1,000 people aged 1500 to 2000", ""},
	} {
		u, err := indicators.ParseUnit(tc.in)
		switch {
		case tc.want == "" && err == nil:
			t.Errorf("ParseUnit(%q) = %q, want an error", tc.in, u)
		case tc.want != "" && (err != nil || u.String() != tc.want):
			t.Errorf("ParseUnit(%q) = %q, %v, want %q", tc.in, u, err, tc.want)
		}
	}
}
