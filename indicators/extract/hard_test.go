package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// reading is what a test expects of one mention, field by field: the
// text, the value (or the ends of a range) with the qualifier, the unit,
// the counted noun as written and the direction.
type reading struct {
	Text, Value, Low, High, Qualifier, Unit, Noun, Direction string
}

// readingOf writes m the way a reading is written.
func readingOf(m Mention) reading {
	r := reading{Text: m.Text, Qualifier: m.Quantity.Qualifier.String(), Unit: m.Unit.String(),
		Noun: m.Quantity.Noun, Direction: m.Quantity.Direction.String()}
	if m.Quantity.IsRange() {
		r.Low, r.High = m.Quantity.Low.String(), m.Quantity.High.String()
	} else {
		r.Value = m.Quantity.Value.String()
	}
	return r
}

// hardCases are sentences of policy documents and news the extractor once
// misread (issue 11), by kind, each with every mention it must report.
var hardCases = []struct {
	in   string
	want []reading
}{
	// A hedge after the figure and its unit bounds it, as ParseStated reads
	// it ("110 GW or more" is at least 110 GW).
	{"The plan sets the nation on a pathway to 110 GW or more by 2050.",
		[]reading{{Text: "110 GW or more", Value: "110", Qualifier: "at_least", Unit: "GW"}}},
	{"Grants of $5 million or less go to small towns.",
		[]reading{{Text: "$5 million or less", Value: "5000000", Qualifier: "up_to", Unit: "USD"}}},
	{"Tariffs of 25 percent or higher apply to steel.",
		[]reading{{Text: "25 percent or higher", Value: "25", Qualifier: "at_least", Unit: "percent"}}},
	{"Firms with 50 employees or fewer are exempt.",
		[]reading{{Text: "50 employees or fewer", Value: "50", Qualifier: "up_to", Unit: "employee"}}},
	{"Projects rated 20 MW or above qualify.",
		[]reading{{Text: "20 MW or above", Value: "20", Qualifier: "at_least", Unit: "MW"}}},
	{"Wages of about 300 dollars or more a week are rare.", // the bound wins over "about"
		[]reading{{Text: "300 dollars or more", Value: "300", Qualifier: "at_least", Unit: "USD"}}},
	{"At least 40 countries or more signed.", // a bound before keeps its own
		[]reading{{Text: "At least 40 countries", Value: "40", Qualifier: "at_least", Unit: "country"}}},
	// Coordinate modifiers of a counted noun: a comma and a space between
	// modifiers; a comma right before the head ends a list.
	{"The project will create 77,000 good-paying, union jobs.",
		[]reading{{Text: "77,000 good-paying, union jobs", Value: "77000", Qualifier: "exact", Unit: "job", Noun: "good-paying, union jobs"}}},
	{"Offshore wind will create tens of thousands of good-paying, union jobs.",
		[]reading{{Text: "tens of thousands of good-paying, union jobs", Low: "10000", High: "100000", Qualifier: "range", Unit: "job", Noun: "good-paying, union jobs"}}},
	{"The law adds tens of thousands of new, well-paid jobs.",
		[]reading{{Text: "tens of thousands of new, well-paid jobs", Low: "10000", High: "100000", Qualifier: "range", Unit: "job", Noun: "new, well-paid jobs", Direction: "up"}}},
	{"It supports 500 well-paid jobs.",
		[]reading{{Text: "500 well-paid jobs", Value: "500", Qualifier: "exact", Unit: "job", Noun: "well-paid jobs"}}},
	{"About 300 large, family-owned farms joined.",
		[]reading{{Text: "About 300 large, family-owned farms", Value: "300", Qualifier: "approx", Unit: "farm", Noun: "large, family-owned farms"}}},
	{"The fund rebuilt 5,000 homes, schools and clinics.",
		[]reading{{Text: "5,000 homes", Value: "5000", Qualifier: "exact", Unit: "home"}}},
	{"The firm had 500 invested, analysts said.",
		[]reading{{Text: "500", Value: "500", Qualifier: "exact"}}},
	// A counted noun after a proper name: the head is the last plural.
	{"The United States sent 130 Peace Corps Volunteers to Ghana.",
		[]reading{{Text: "130 Peace Corps Volunteers", Value: "130", Qualifier: "exact", Unit: "volunteer", Noun: "Peace Corps Volunteers"}}},
	{"Some 60 Peace Corps volunteers serve in Togo.",
		[]reading{{Text: "Some 60 Peace Corps volunteers", Value: "60", Qualifier: "approx", Unit: "volunteer", Noun: "Peace Corps volunteers"}}},
	{"The program funds 25 Fulbright scholars a year.",
		[]reading{{Text: "25 Fulbright scholars a year", Value: "25", Qualifier: "exact", Unit: "scholar per year", Noun: "Fulbright scholars"}}},
	{"The base hosts 3 Marine Corps.",
		[]reading{{Text: "3 Marine Corps", Value: "3", Qualifier: "exact", Unit: "corps", Noun: "Marine Corps"}}},
	{"Some 12 Democrats voted against it.", // a name alone is the counted noun
		[]reading{{Text: "Some 12 Democrats", Value: "12", Qualifier: "approx", Unit: "democrat"}}},
	// After a word of change, "X percent to Y percent" is a change and the
	// level it reached where Y lies apart from X; close ends, or a bare low
	// end, make the range of a change.
	{"Inflation rose 0.5 percent to 2.6 percent in May.",
		[]reading{{Text: "0.5 percent", Value: "0.5", Qualifier: "exact", Unit: "percent", Direction: "up"},
			{Text: "2.6 percent", Value: "2.6", Qualifier: "exact", Unit: "percent"}}},
	{"Unemployment fell by 1.2% to 3.4%.",
		[]reading{{Text: "1.2%", Value: "1.2", Qualifier: "exact", Unit: "percent", Direction: "down"},
			{Text: "3.4%", Value: "3.4", Qualifier: "exact", Unit: "percent"}}},
	{"The rate fell 2.6 percent to 0.5 percent.",
		[]reading{{Text: "2.6 percent", Value: "2.6", Qualifier: "exact", Unit: "percent", Direction: "down"},
			{Text: "0.5 percent", Value: "0.5", Qualifier: "exact", Unit: "percent"}}},
	{"Inflation rose 2 to 3 percent.",
		[]reading{{Text: "2 to 3 percent", Low: "2", High: "3", Qualifier: "range", Unit: "percent", Direction: "up"}}},
	{"Shares rose 2.5% to 3.5% on the day.",
		[]reading{{Text: "2.5% to 3.5%", Low: "2.5", High: "3.5", Qualifier: "range", Unit: "percent", Direction: "up"}}},
	{"We will cut emissions by 26 to 28 percent.",
		[]reading{{Text: "26 to 28 percent", Low: "26", High: "28", Qualifier: "range", Unit: "percent", Direction: "down"}}},
	{"Emissions fall by 26% to 28% below 2005 levels.",
		[]reading{{Text: "26% to 28%", Low: "26", High: "28", Qualifier: "range", Unit: "percent", Direction: "down"}}},
	// Two bare counts after a word of change and "to" are a change and the
	// level it reached when they lie apart as percentages do (at most the
	// first, or at least twice it); close counts, a "from" or "between"
	// before them, or a percentage or measure after a bare low end keep
	// the range.
	{"Over the year to 2019 teacher numbers increased by 288 to 52,247.",
		[]reading{{Text: "288", Value: "288", Qualifier: "exact", Direction: "up"},
			{Text: "52,247", Value: "52247", Qualifier: "exact"}}},
	{"Sales were up 40 to 900 units.",
		[]reading{{Text: "40", Value: "40", Qualifier: "exact", Direction: "up"},
			{Text: "900 units", Value: "900", Qualifier: "exact", Unit: "unit"}}},
	{"The claimant count fell 3,000 to 41,500 in March.",
		[]reading{{Text: "3,000", Value: "3000", Qualifier: "exact", Direction: "down"},
			{Text: "41,500", Value: "41500", Qualifier: "exact"}}},
	{"Membership dropped by 1,200 to 900 members.",
		[]reading{{Text: "1,200", Value: "1200", Qualifier: "exact", Direction: "down"},
			{Text: "900 members", Value: "900", Qualifier: "exact", Unit: "member"}}},
	{"The staff grew by 2 to 3 people.",
		[]reading{{Text: "2 to 3 people", Low: "2", High: "3", Qualifier: "range", Unit: "person", Direction: "up"}}},
	{"Sales rose from 288 to 52,247.",
		[]reading{{Text: "288", Value: "288", Qualifier: "exact"}, {Text: "52,247", Value: "52247", Qualifier: "exact"}}},
	{"Each school will add between 3 and 50 places.",
		[]reading{{Text: "between 3 and 50 places", Low: "3", High: "50", Qualifier: "range", Unit: "place", Direction: "up"}}},
	{"Prices rose by 10 to 25 percent.",
		[]reading{{Text: "10 to 25 percent", Low: "10", High: "25", Qualifier: "range", Unit: "percent", Direction: "up"}}},
	{"The project covers 3-5 countries.",
		[]reading{{Text: "3-5 countries", Low: "3", High: "5", Qualifier: "range", Unit: "country"}}},
	{"Rents will be 26 to 28 percent higher.",
		[]reading{{Text: "26 to 28 percent", Low: "26", High: "28", Qualifier: "range", Unit: "percent", Direction: "up"}}},
	// An age group names the people a figure counts, not a figure; an age
	// of one person stays a count of years; a number after "dose" names
	// the dose.
	{"An estimated 11% of two year olds were registered.",
		[]reading{{Text: "An estimated 11%", Value: "11", Qualifier: "approx", Unit: "percent"}}},
	{"Uptake was 95% among three and four year olds.",
		[]reading{{Text: "95%", Value: "95", Qualifier: "exact", Unit: "percent"}}},
	{"Some 70% of 3-4 year olds and 60% of 2 year-olds attend.",
		[]reading{{Text: "Some 70%", Value: "70", Qualifier: "approx", Unit: "percent"}, {Text: "60%", Value: "60", Qualifier: "exact", Unit: "percent"}}},
	{"Coverage of 5-year-olds was 80%.",
		[]reading{{Text: "80%", Value: "80", Qualifier: "exact", Unit: "percent"}}},
	{"A 45-year-old man was 10 years old in 1990.",
		[]reading{{Text: "45-year-old", Value: "45", Qualifier: "exact", Unit: "year", Noun: "years old"}, {Text: "10 years old", Value: "10", Qualifier: "exact", Unit: "year", Noun: "years old"}}},
	{"Coverage of PCV dose 1 fell by 0.1% to 92.3%.",
		[]reading{{Text: "0.1%", Value: "0.1", Qualifier: "exact", Unit: "percent", Direction: "down"}, {Text: "92.3%", Value: "92.3", Qualifier: "exact", Unit: "percent"}}},
	// News writing: the yen sign of wire services, currencies named with
	// the country's word, dotted abbreviations of measures.
	{"In Tokyo trade, the maker fell to Y=28,030.",
		[]reading{{Text: "Y=28,030", Value: "28030", Qualifier: "exact", Unit: "JPY"}}},
	{"Y=5 billion was raised.",
		[]reading{{Text: "Y=5 billion", Value: "5000000000", Qualifier: "exact", Unit: "JPY"}}},
	{"Why=5 is no figure of money.",
		[]reading{{Text: "5", Value: "5", Qualifier: "exact"}}},
	{"Deposits above 7.5 million Danish crowns pay a fee.",
		[]reading{{Text: "above 7.5 million Danish crowns", Value: "7500000", Qualifier: "more_than", Unit: "DKK"}}},
	{"The fine was 200,000 Swedish crowns.",
		[]reading{{Text: "200,000 Swedish crowns", Value: "200000", Qualifier: "exact", Unit: "SEK"}}},
	{"The museum shows 3 crowns.",
		[]reading{{Text: "3 crowns", Value: "3", Qualifier: "exact", Unit: "crown"}}},
	{"The cars reached about 80 m.p.h. on the track.",
		[]reading{{Text: "about 80 m.p.h.", Value: "80", Qualifier: "approx", Unit: "mph"}}},
	// The level a change in a counted noun reached shares its noun.
	{"The Dow fell 190 points to 33,500 on Friday.",
		[]reading{{Text: "190 points", Value: "190", Qualifier: "exact", Unit: "point", Direction: "down"},
			{Text: "33,500", Value: "33500", Qualifier: "exact", Unit: "point"}}},
	{"They added 40 schools to 12 districts.",
		[]reading{{Text: "40 schools", Value: "40", Qualifier: "exact", Unit: "school", Direction: "up"},
			{Text: "12 districts", Value: "12", Qualifier: "exact", Unit: "district"}}},
	{"The staff of 40 rose to 45.", // no noun before "to": none to share
		[]reading{{Text: "40", Value: "40", Qualifier: "exact"}, {Text: "45", Value: "45", Qualifier: "exact"}}},
}

// excludedAs returns the name of the exclusion of TestMentionStated that
// excuses m, or "".
func excludedAs(m Mention) string {
	l := strings.Join(strings.Fields(strings.ToLower(m.Text)), " ")
	for _, e := range exclusions {
		if e.match(m, l) {
			return e.name
		}
	}
	return ""
}

// TestHardCases asserts hardCases field by field, and that every mention
// reads back through indicators.ParseStated to the same qualifier and unit
// or is of a kind TestMentionStated excuses by name.
func TestHardCases(t *testing.T) {
	for _, tc := range hardCases {
		ms := Extract(tc.in)
		checkMentions(t, tc.in, ms)
		var got []reading
		for _, m := range ms {
			got = append(got, readingOf(m))
			q, u, err := indicators.ParseStated(m.Text)
			if (err != nil || q.Qualifier != m.Quantity.Qualifier || u != m.Unit) && excludedAs(m) == "" {
				t.Errorf("ParseStated(%q) = %v %v (%v), want %v %v", m.Text, q.Qualifier, u, err, m.Quantity.Qualifier, m.Unit)
			}
		}
		if d := cmp.Diff(tc.want, got); d != "" {
			t.Errorf("Extract(%q) mismatch (-want +got):\n%s", tc.in, d)
		}
	}
}

// TestListPlaces: with Ranks, a bare ordinal in parentheses right after a
// name is a place in a list that the sentence ranks, read back by
// ParseStated as a rank; an ordinal elsewhere is not.
func TestListPlaces(t *testing.T) {
	tests := []struct {
		in   string
		want []string // text=value
	}{
		{"Other countries send students, including Saudi Arabia (sixth on the top-25 list), Vietnam (eighth), Turkey (10th) and Brazil (14th).",
			[]string{"sixth=6", "eighth=8", "10th=10", "14th=14"}},
		{"Kenya (first among donors in the region) gave most.", []string{"first=1"}},
		{"The fund met for the 10th time (10th) in Geneva.", nil}, // no name before the parenthesis
		{"In the 21st century (first half), trade grew.", nil},    // a word before, not a name
		{"Japan is the second largest investor.", []string{"second largest=2"}},
		{"It is held on the 14th (a Tuesday).", nil},
	}
	e := Extractor{Ranks: true}
	for _, tt := range tests {
		var got []string
		for _, m := range e.Extract(tt.in) {
			if m.Kind != Rank {
				continue
			}
			got = append(got, m.Text+"="+m.Quantity.Value.String())
			q, u, err := indicators.ParseStated(m.Text)
			if err != nil || u.Kind != indicators.Rank || !q.Value.Equal(m.Quantity.Value) {
				t.Errorf("ParseStated(%q) = %v %v, %v; want the rank %s", m.Text, q.Value, u, err, m.Quantity.Value)
			}
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("Extract(%q) ranks (-want +got):\n%s", tt.in, d)
		}
	}
}
