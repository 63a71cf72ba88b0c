package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

func period(t *testing.T, s string) indicators.Period {
	t.Helper()
	p, err := indicators.ParsePeriod(s)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestSaysPeriod(t *testing.T) {
	tests := []struct {
		title, period string
		want          bool
	}{
		{"Initial EU funding for Chad announced in January 2024", "2024-01", true},
		{"U.S. security investments in the LAF since 2006", "2006/2021", true},
		{"Funding from 2006", "2006/2021", true},
		{"Trade, 2006 to 2021", "2006/2021", true},
		{"Trade in 2021", "2006/2021", false}, // the end alone is not the span
		// A year across two in gov.uk's words (s26w-taxgap).
		{"Tax gap as a share of theoretical liabilities, 2005 to 2006 and 2022 to 2023", "2005/06", true},
		{"Tax gap, 2005 to 2007", "2005/06", false},
		{"Military grant assistance, FY 2020", "2020", true},
		{"Trade in 20145 units", "2014", false},
		{"Funding for Chad", "not stated", false},
		// A quarter or a span of months said in months, the year once.
		{"Job vacancies, October to December 2019", "2019-Q4", true},
		{"UK labour market rates, September to November 2019", "2019-09/2019-11", true},
		{"Rates, September–November 2019", "2019-09/2019-11", true},
		{"Job vacancies, December 2019", "2019-Q4", false},
		{"Funding for Chad", "2024", false},
		// A span of calendar years as documents write it (s16g-insolvency,
		// s16g-lifeexp), and a census-like span of another kind.
		{"Company insolvency rate at its 2008-09 recession peak", "2008/2009", true},
		{"Life expectancy at birth, highest and lowest UK local areas, 2010-12", "2010/2012", true},
		{"Population growth, 2001/11", "2001/2011", true},
		{"Life expectancy, 2010-11", "2010/2012", false},
		// A fiscal year across two calendar years, as documents write it.
		{"Fall in recorded crime since 2005-06", "FY2005-06", true},
		{"Recorded crime, 2014/15", "FY2014-15", true},
		{"Recorded crime, 2013-14", "FY2014-15", false},
	}
	for _, tt := range tests {
		if got := SaysPeriod(tt.title, period(t, tt.period)); got != tt.want {
			t.Errorf("SaysPeriod(%q, %q) = %v, want %v", tt.title, tt.period, got, tt.want)
		}
	}
}

func TestLabel(t *testing.T) {
	f := Figure{Status: indicators.Pledge, Measure: indicators.Flow}
	fact := Figure{Measure: indicators.Flow}
	tests := []struct {
		title          string
		f              Figure
		periods, mixed bool
		source, value  string
		want           string
	}{
		// The time first, then the source, then the figure: one order in
		// the slide's labels and the book's categories.
		{"EU funding for Burkina Faso", fact, true, false, "", "€26.9 million", "EU funding for Burkina Faso (period not stated, €26.9 million)"},
		{"New EU funding for Chad", f, true, false, "", "€8.7 million", "New EU funding for Chad (pledge, year not stated, €8.7 million)"},
		{"EU funding announced in January 2024", Figure{Measure: indicators.Flow, Period: indicators.Period{From: indicators.Date{Year: 2024, Month: 1}}}, true, false, "", "€45.3 million", "EU funding announced in January 2024 (€45.3 million)"},
		{"Partners", f, false, true, "WH", "", "Partners (pledge, WH)"},
		{"Pledged partners", f, false, true, "", "", "Pledged partners"},
		{"Low end (95% confidence)", fact, true, false, "", "", "Low end (95% confidence), period not stated"},
	}
	for _, tt := range tests {
		got := Label(tt.title, append(Parts(tt.title, tt.f, tt.periods, tt.mixed, tt.source), tt.value)...)
		if got != tt.want {
			t.Errorf("Label(%q, …) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestLabels: the bars of one chart take their periods in one form,
// after a comma on every bar where one title ends with a parenthesis of
// its own (s31b-leakage), in brackets where none does.
func TestLabels(t *testing.T) {
	tests := []struct {
		titles []string
		parts  [][]string
		want   []string
	}{
		{[]string{"Average consumption, lowest month", "Median consumption, lowest month (with November)"}, [][]string{{"November 2016"}, {"July 2016"}},
			[]string{"Average consumption, lowest month, November 2016", "Median consumption, lowest month (with November), July 2016"}},
		{[]string{"Average consumption, lowest month", "Median consumption, highest month"}, [][]string{{"November 2016"}, {"May 2016"}},
			[]string{"Average consumption, lowest month (November 2016)", "Median consumption, highest month (May 2016)"}},
		{[]string{"Average consumption", "Median consumption (with November)"}, [][]string{{"November 2016"}, nil},
			[]string{"Average consumption (November 2016)", "Median consumption (with November)"}},
	}
	for _, tt := range tests {
		if got := Labels(tt.titles, tt.parts); !slices.Equal(got, tt.want) {
			t.Errorf("Labels(%q, %q) = %q, want %q", tt.titles, tt.parts, got, tt.want)
		}
	}
}

// across parses the period s of a test, failing t if it does not parse.
func across(t *testing.T, s string) indicators.Period {
	t.Helper()
	p, err := indicators.ParsePeriod(s)
	if err != nil {
		t.Fatalf("ParsePeriod(%q): %v", s, err)
	}
	return p
}

func TestCardLine(t *testing.T) {
	y := func(n int) indicators.Period { return indicators.YearPeriod(n) }
	span := indicators.Period{From: indicators.Date{Year: 2006}, To: indicators.Date{Year: 2021}}
	upTo := indicators.UpToDate(indicators.Date{Year: 2018, Month: 5, Day: 31})
	tests := []struct {
		title string
		f     Figure
		want  string
	}{
		{"Federal budget deficit", Figure{Status: indicators.Projection, Measure: indicators.Flow, Period: y(2025)}, "Projection for 2025"},
		{"Federal deficit in 2025", Figure{Status: indicators.Projection, Measure: indicators.Flow, Period: y(2025)}, "Projection"},
		{"U.S. investments since 2006", Figure{Measure: indicators.Flow, Period: span}, ""},
		{"U.S. investments", Figure{Measure: indicators.Flow, Period: span}, "2006–2021"},
		// s14d-energy: a reported total's year across two, never "For"
		// (a target's word), and not at all under a title of "2021-22".
		{"Total electricity generation", Figure{Measure: indicators.Flow, Period: across(t, "2021/22")}, "2021/22"},
		{"Australia's electricity generation, 2021-22", Figure{Measure: indicators.Flow, Period: across(t, "2021/22")}, ""},
		{"Two-way trade", Figure{Measure: indicators.Flow, Period: y(2014)}, "2014"},
		// s19m-students: a count of an academic year is in it, never
		// "As of 2021/22"; a stock at a month is as of it (s19m-elections).
		{"Students enrolled at NI higher education institutions", Figure{Measure: indicators.Stock, Period: indicators.Period{From: indicators.Date{Year: 2021}, Split: true}}, "In 2021/22"},
		{"UK Parliamentary electoral registrations", Figure{Measure: indicators.Stock, Period: indicators.Period{From: indicators.Date{Year: 2021, Month: 12}}}, "As of December 2021"},
		{"Investment stock", Figure{Measure: indicators.Stock}, "At a point in time, date not stated in the source"},
		// No period of its own, a source of a date: when it was
		// reported, which a total or a change over an unstated period
		// does not read as its own date; a stock's is its date.
		{"IDB loan approved", Figure{Measure: indicators.Flow, Issued: indicators.Date{Year: 2023, Month: 9, Day: 22}}, "Period not stated (reported 22 September 2023)"},
		{"UK gross domestic product", Figure{Status: indicators.Estimate, Measure: indicators.Change, Issued: indicators.Date{Year: 2024, Month: 3, Day: 28}}, "Estimate, period not stated (reported 28 March 2024)"},
		{"People in the programme", Figure{Measure: indicators.Stock, Issued: indicators.Date{Year: 2023, Month: 9, Day: 22}}, "Date not stated (reported 22 September 2023)"},
		{"Share of adults", Figure{Measure: indicators.Level, Unit: indicators.PercentUnit, Issued: indicators.Date{Year: 2022, Month: 11, Day: 25}}, "Period not stated (reported 25 November 2022)"},
		{"Share of adults", Figure{Measure: indicators.Share, Unit: indicators.PercentUnit, Issued: indicators.Date{Year: 2022, Month: 11, Day: 25}}, "Period not stated (reported 25 November 2022)"},
		{"Aid", Figure{Status: indicators.Pledge, Measure: indicators.Flow, Issued: indicators.Date{Year: 2023, Month: 9, Day: 22}}, "Pledge, year not stated in the source"},
		{"Job vacancies, October to December 2019", Figure{Status: indicators.Estimate, Measure: indicators.Stock, Period: indicators.QuarterPeriod(2019, 4)}, "Estimate"},
		{"Job vacancies, October to December 2019", Figure{Status: indicators.Estimate, Measure: indicators.Stock, Period: indicators.QuarterPeriod(2019, 4), Card: "An estimated 805,000 vacancies"}, ""},
		// s20n-population: the big figure says the day; the line says
		// the estimate alone.
		{"Annual increase in Australia's population", Figure{Status: indicators.Estimate, Measure: indicators.Change, Period: indicators.Period{From: indicators.Date{Year: 2023, Month: 6, Day: 30}},
			Card: "Up 624,000 people in the year to 30 June 2023"}, "Estimate"},
		// An estimate says so, as its bars' key does.
		{"Real GDP change on the previous quarter", Figure{Status: indicators.Estimate, Measure: indicators.Change, Period: indicators.QuarterPeriod(2023, 4)}, "Estimate, Q4 2023"},
		{"Road deaths", Figure{Status: indicators.Estimate, Measure: indicators.Flow, Period: indicators.Period{From: indicators.Date{Year: 2013, Month: 7}, To: indicators.Date{Year: 2014, Month: 6}}}, "Estimate, year ending June 2014"},
		{"Unemployment rate", Figure{Status: indicators.Estimate, Measure: indicators.Level, Unit: indicators.PercentUnit, Period: indicators.Period{From: indicators.Date{Year: 2022, Month: 5}}}, "Estimate, May 2022"},
		// A title that writes the quarter in words says it.
		{"UK real GDP, Quarter 4 2023", Figure{Measure: indicators.Change, Period: indicators.QuarterPeriod(2023, 4)}, ""},
		{"Asylum applicants in the first quarter of 2017", Figure{Measure: indicators.Flow, Period: indicators.QuarterPeriod(2017, 1)}, ""},
		{"Road deaths, year ending June 2014", Figure{Status: indicators.Estimate, Measure: indicators.Flow, Period: indicators.Period{From: indicators.Date{Year: 2013, Month: 7}, To: indicators.Date{Year: 2014, Month: 6}}}, "Estimate"},
		{"Years of schooling", Figure{Measure: indicators.Level, Period: y(2014)}, "2014"},
		// A running total up to a date ("to date", "so far").
		{"Cost to FEMA", Figure{Measure: indicators.Flow, Period: upTo}, "Cumulative to 31 May 2018"},
		{"Households assisted", Figure{Measure: indicators.CountKind, Period: upTo}, "Cumulative to 31 May 2018"},
		{"Funds pledged", Figure{Status: indicators.Pledge, Measure: indicators.Flow, Period: upTo}, "Pledge, cumulative to 31 May 2018"},
		{"Homes in the programme", Figure{Measure: indicators.Stock, Period: upTo}, "As of 31 May 2018"},
	}
	for _, tt := range tests {
		if got := CardLine(tt.f, tt.title); got != tt.want {
			t.Errorf("CardLine(%+v, %q) = %q, want %q", tt.f, tt.title, got, tt.want)
		}
	}
	// The view's title above the card says the year: the card does not
	// again (s13b-air); a view's title of no period leaves it.
	for _, tt := range []struct {
		titles []string
		want   string
	}{
		{[]string{"Household waste generated", "Household waste generated in Scotland, 2023"}, ""},
		{[]string{"Household waste generated", "Household waste in Scotland"}, "2023"},
		{[]string{"Household waste generated", ""}, "2023"},
	} {
		f := Figure{Measure: indicators.Flow, Period: y(2023)}
		if got := CardLine(f, tt.titles...); got != tt.want {
			t.Errorf("CardLine(%+v, %q) = %q, want %q", f, tt.titles, got, tt.want)
		}
	}
	for _, tt := range []struct {
		f    Figure
		want string
	}{
		{Figure{Measure: indicators.Flow, Period: upTo}, "to 31 May 2018"},
		{Figure{Status: indicators.Pledge, Measure: indicators.Flow, Period: upTo}, "pledge to 31 May 2018"},
		{Figure{Measure: indicators.Stock, Period: upTo}, "as of 31 May 2018"},
		// A stock over a week is of the week, not "as of" it.
		{Figure{Measure: indicators.Stock, Period: indicators.Period{From: indicators.Date{Year: 2020, Month: 4, Day: 5}, To: indicators.Date{Year: 2020, Month: 4, Day: 11}}}, "5–11 April 2020"},
		// A stock of a whole year is of it (an annual average), not "as of" it.
		{Figure{Measure: indicators.Stock, Period: indicators.YearPeriod(2013)}, "2013"},
		{Figure{Measure: indicators.Stock, Period: indicators.Period{From: indicators.Date{Year: 2013, Month: 6}}}, "as of June 2013"},
	} {
		if got := Time(tt.f); got != tt.want {
			t.Errorf("Time(%+v) = %q, want %q", tt.f, got, tt.want)
		}
	}
}

func TestStatusColor(t *testing.T) {
	seen := map[string]indicators.Status{}
	for s := indicators.Fact; s <= indicators.Intention; s++ {
		c := StatusColor(s)
		if prev, ok := seen[c]; ok {
			t.Errorf("StatusColor(%v) = %s, the colour of %v", s, c, prev)
		}
		seen[c] = s
	}
	if got, want := Tint("0072B2", 0.5), "80B9D9"; got != want {
		t.Errorf("Tint(%q, 0.5) = %q, want %q", "0072B2", got, want)
	}
}

// TestUntitled: bars of one title, each adding something, are labelled
// by what they add alone, the title said once in the subtitle where the
// chart's title does not say it.
func TestUntitled(t *testing.T) {
	tests := []struct {
		chart  string
		titles []string
		parts  [][]string
		want   bool
		said   string
	}{
		{"Students attending school in Australia", []string{"Students attending school", "Students attending school"}, [][]string{{"2011"}, {"2012"}}, true, ""},
		{"students ATTENDING school", []string{"Students attending school", "Students attending school"}, [][]string{{"2011"}, {"2012"}}, true, ""},
		{"All", []string{"Students attending school", "Students attending school"}, [][]string{{"2011"}, {"2012"}}, true, "students attending school"},
		{"Journeys with walking as the main mode", []string{"Share of journeys with walking as the main mode", "Share of journeys with walking as the main mode"}, [][]string{{"2016"}, {"2017"}}, true, ""},
		{"Change in Christchurch gaming machine expenditure", []string{"Change in gaming machine expenditure in Christchurch", "Change in gaming machine expenditure in Christchurch"}, [][]string{{"on Q4 2010"}, {"on Q1 2010"}}, true, ""},
		{"Weekly household spending on housing, fuel and power, UK", []string{"Average weekly household spending on housing, fuel and power", "Average weekly household spending on housing, fuel and power"}, [][]string{{"2009"}, {"2010"}}, true, ""},
		{"Fatal work injuries", []string{"Total fatal work injuries", "Total fatal work injuries"}, [][]string{{"2004"}, {"2005"}}, true, ""},
		{"Household spending", []string{"Median household spending", "Median household spending"}, [][]string{{"2009"}, {"2010"}}, true, "median household spending"},
		// A title that says more than two thirds of the bars' words, whole
		// or by their stems, says it: the subtitle said it again over two
		// lines (s30a-nursing, s29z-overflows).
		{"First-time joiners from outside the EEA", []string{"People from outside the EEA joining the register for the first time", "People from outside the EEA joining the register for the first time"}, [][]string{{"2019"}, {"2020"}}, true, ""},
		{"Hours of monitored storm overflow spills in England, 2022 and 2023", []string{"Total duration of monitored storm overflow spills, England", "Total duration of monitored storm overflow spills, England"}, [][]string{{"2022"}, {"2023"}}, true, ""},
		{"Properties signed up to flood warnings", []string{"Homes and businesses signed up to the free flood warning service", "Homes and businesses signed up to the free flood warning service"}, [][]string{{"2019"}, {"2020"}}, true, "homes and businesses signed up to the free flood warning service"},
		{"Walking", []string{"UK coverage", "UK coverage"}, [][]string{{"2016"}, {"2017"}}, true, "UK coverage"},
		{"Trade", []string{"Trade", "Trade in goods"}, [][]string{{"2011"}, {"2012"}}, false, ""},
		{"Trade", []string{"Trade", "Trade"}, [][]string{{"2011"}, nil}, false, ""},
		{"Trade", []string{"Trade"}, [][]string{{"2011"}}, false, ""},
	}
	for _, tt := range tests {
		if got, said := Untitled(tt.chart, tt.titles, tt.parts); got != tt.want || said != tt.said {
			t.Errorf("Untitled(%q, %q, %q) = %v, %q, want %v, %q", tt.chart, tt.titles, tt.parts, got, said, tt.want, tt.said)
		}
	}
	if got, want := Bare("target for 2025", "", "second"), "Target for 2025, second"; got != want {
		t.Errorf("Bare(%q, %q, %q) = %q, want %q", "target for 2025", "", "second", got, want)
	}
}

func TestUpperFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"an estimated", "An estimated"},
		{"état", "État"}, // a first letter of two bytes stays whole
		{"$5", "$5"},
		{"\xff5", "\xff5"},
		{"‘tipper lorry load’ or larger", "‘Tipper lorry load’ or larger"}, // s24s-flytipping
		{"“quoted” words", "“Quoted” words"},
		{"'", "'"},
		{"(15+)", "(15+)"},
	}
	for _, tc := range tests {
		if got := UpperFirst(tc.in); got != tc.want {
			t.Errorf("UpperFirst(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
