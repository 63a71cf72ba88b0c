package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// bar returns the bar of a figure stated as stated, of status st and
// measure m over period p.
func bar(t *testing.T, stated string, st indicators.Status, m indicators.MeasureKind, p string) Bar {
	t.Helper()
	q, u, err := indicators.ParseStated(stated)
	if err != nil {
		t.Fatal(err)
	}
	return Bar{Figure: Figure{Status: st, Measure: m, Period: period(t, p), Unit: u}, Label: stated, Q: q}
}

func TestSubtitle(t *testing.T) {
	tests := []struct {
		name, title    string
		bars           []Bar
		unit, subtitle string
	}{
		{"one flow", "Two-way trade",
			[]Bar{bar(t, "$279 billion", indicators.Fact, indicators.Flow, "2014")},
			"US$ billion", "US$ billion; annual total, 2014"},
		{"the title says the period", "Two-way trade, 2014",
			[]Bar{bar(t, "$279 billion", indicators.Fact, indicators.Flow, "2014")},
			"US$ billion", "US$ billion, annual total"},
		{"a fact and a target", "Funding",
			[]Bar{bar(t, "$5 billion", indicators.Fact, indicators.Flow, "2014"), bar(t, "$8 billion", indicators.Target, indicators.Flow, "2020")},
			"US$ billion", "US$ billion; annual total, 2014, and a target for 2020"},
		{"a quarter's flows the title dates", "Prison and probation events, January to March 2022",
			[]Bar{bar(t, "15,354", indicators.Fact, indicators.Flow, "2022-Q1"), bar(t, "11,324", indicators.Fact, indicators.Flow, "2022-Q1")},
			"Number", "Number, total for the quarter"},
		{"a month's flow the title dates", "Arrivals, June 2019",
			[]Bar{bar(t, "213,500", indicators.Fact, indicators.Flow, "2019-06")},
			"Number", "Number, total for the month"},
		{"shares and targets the title dates (s26w-driving)", "Performance against targets, 2016/17",
			[]Bar{bar(t, "92%", indicators.Target, indicators.Share, "2016/17"), bar(t, "almost 99%", indicators.Fact, indicators.Share, "2016/17"),
				bar(t, "95%", indicators.Target, indicators.Share, "2016/17"), bar(t, "76%", indicators.Fact, indicators.Share, "2016/17")},
			"Percent", "Percent, facts and targets"},
		{"cents", "Price cuts",
			[]Bar{bar(t, "30 cents", indicators.Fact, indicators.Level, "2014"), bar(t, "80 cents", indicators.Fact, indicators.Level, "2014")},
			"US cents", "US cents, 2014"},
	}
	// One share computed beside two as published: the subtitle counts
	// the computed one, never calls all three computed (s29z-foi).
	computed := bar(t, "50.2%", indicators.Fact, indicators.Share, "2023")
	computed.Op = "share"
	tests = append(tests, struct {
		name, title    string
		bars           []Bar
		unit, subtitle string
	}{"one share computed beside stated shares", "Requests withheld, stated and recomputed",
		[]Bar{computed, bar(t, "34%", indicators.Fact, indicators.Share, "2023"), bar(t, "17%", indicators.Fact, indicators.Share, "2023")},
		"Percent", "Percent; one share computed from stated figures, 2023"})
	up, down := bar(t, "3%", indicators.Fact, indicators.Change, "2022-06"), bar(t, "1%", indicators.Fact, indicators.Change, "2022-Q1")
	up.Signed, down.Signed = true, true
	down.Q.Direction = indicators.Down
	tests = append(tests, struct {
		name, title    string
		bars           []Bar
		unit, subtitle string
	}{"changes said by the unit", "Change on a year earlier", []Bar{up, down},
		"Percent change", "Percent change, Q1 2022 and June 2022"})
	for _, tt := range tests {
		unit, sub := Subtitle(tt.title, tt.bars)
		if unit != tt.unit || sub != tt.subtitle {
			t.Errorf("Subtitle(%q) [%s] = %q, %q, want %q, %q", tt.title, tt.name, unit, sub, tt.unit, tt.subtitle)
		}
	}
}

func TestSaysUnit(t *testing.T) {
	tests := []struct {
		figure, unit string
		want         bool
	}{
		{"About US$242 million", "US$ million", true},
		{"US$ 3.2 billion", "US$ billion", true},
		{"A$1.5 billion", "A$ billion", true},
		// s28y-prescriptions, s28y-drugseizures: "£ million" over "£356
		// million", "£ billion" over "Around £3 billion".
		{"£356 million", "£ million", true},
		{"Around £3 billion", "£ billion", true},
		{"€1.2 billion", "€ billion", true},
		{"$43.3 billion", "US$ billion", false}, // the subtitle names the dollar
		{"An estimated 805,000 vacancies", "Number of vacancies", true},
		{"3.9 million visitor arrivals", "Millions of arrivals", true},
		{"20.4 million", "Millions of people", false},
		{"Up 2.7 percent", "Percent increase", false},
		{"76.3%", "Percent", true},
		{"187", "Number of centers", false},
		{"About US$242 million", "", false},
	}
	for _, tt := range tests {
		if got := SaysUnit(tt.figure, tt.unit); got != tt.want {
			t.Errorf("SaysUnit(%q, %q) = %v, want %v", tt.figure, tt.unit, got, tt.want)
		}
	}
}

// TestSubtitlePerWeek: money a week is neither "annual totals" (a flow
// the quote says is weekly) nor a "price" (a level per week): earnings
// of £539 a week are no total of the year nor the price of a thing
// (s11b-earnings).
func TestSubtitlePerWeek(t *testing.T) {
	weekly := func(b Bar) Bar {
		b.Cadence = Cadence("Median weekly earnings", "were £539, up 2.2% from £527 in 2015")
		return b
	}
	perBarrel := bar(t, "$47 per barrel", indicators.Fact, indicators.Level, "2015")
	tests := []struct {
		name, title    string
		bars           []Bar
		unit, subtitle string
	}{
		{"weekly flows", "Earnings",
			[]Bar{weekly(bar(t, "£539", indicators.Estimate, indicators.Flow, "2016")), weekly(bar(t, "£527", indicators.Fact, indicators.Flow, "2015"))},
			"£", "£; weekly amounts for the years on the bars; some figures are estimates"},
		{"a level per week", "Earnings",
			[]Bar{bar(t, "£539 per week", indicators.Fact, indicators.Level, "2016-04")},
			"£ per week", "£ per week, April 2016"},
		{"a price per barrel", "Oil", []Bar{perBarrel}, "US$ per barrel", "US$ per barrel; price, 2015"},
	}
	for _, tt := range tests {
		unit, sub := Subtitle(tt.title, tt.bars)
		if unit != tt.unit || sub != tt.subtitle {
			t.Errorf("Subtitle(%q) [%s] = %q, %q, want %q, %q", tt.title, tt.name, unit, sub, tt.unit, tt.subtitle)
		}
	}
}

func TestCadence(t *testing.T) {
	tests := []struct {
		texts []string
		want  string
	}{
		{[]string{"Median gross weekly earnings"}, "weekly"},
		{[]string{"Earnings", "pay of £539 a week"}, "weekly"},
		{[]string{"Oil output", "3 million barrels per day"}, "daily"},
		{[]string{"Two-way trade", "trade of $279 billion in 2014"}, ""},
		{[]string{"Weekday traffic"}, ""},
	}
	for _, tt := range tests {
		if got := Cadence(tt.texts...); got != tt.want {
			t.Errorf("Cadence(%q) = %q, want %q", tt.texts, got, tt.want)
		}
	}
}

// TestSubtitleWholeNotCut: a unit's whole is said whole or left out,
// never cut inside a phrase ("Percent of people aged; 2011 and 2023",
// s11b-smoking); a unit the title says already is not said again.
func TestSubtitleWholeNotCut(t *testing.T) {
	aged := func(title, stated, p string) Bar {
		b := bar(t, stated, indicators.Estimate, indicators.Share, p)
		b.Denom = Denominator(title, "", b.Unit)
		return b
	}
	tests := []struct {
		name, title    string
		bars           []Bar
		unit, subtitle string
	}{
		{"an age band", "Smoking prevalence among people aged 18 to 24, 2011 and 2023",
			[]Bar{aged("Share of people aged 18 to 24 who smoked cigarettes", "25.7%", "2011"), aged("Share of people aged 18 to 24 who smoked cigarettes", "9.8%", "2023")},
			"Percent", "Percent (estimates)"}, // the title says the years
		{"a whole before a year", "Debt",
			[]Bar{aged("Debt as a percent of GDP 2014", "74%", "2014")},
			"Percent of GDP", "Percent of GDP, 2014 (estimates)"},
		{"the title says the unit", "Smokers by age, 2023 (percent)",
			[]Bar{bar(t, "14%", indicators.Fact, indicators.Level, "2023"), bar(t, "9.8%", indicators.Fact, indicators.Level, "2023")},
			"Percent", ""},
	}
	for _, tt := range tests {
		unit, sub := Subtitle(tt.title, tt.bars)
		if unit != tt.unit || sub != tt.subtitle {
			t.Errorf("Subtitle(%q) [%s] = %q, %q, want %q, %q", tt.title, tt.name, unit, sub, tt.unit, tt.subtitle)
		}
	}
}

// TestUnitPhraseDuration: a figure in units of time is a length, not a
// count: life expectancy reads "Years", never "Number of years".
func TestUnitPhraseDuration(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"78.7 years", "Years"},
		{"six weeks", "Weeks"},
		{"12 days", "Days"},
		{"187 centers", "Number of centers"},
	}
	for _, tt := range tests {
		b := bar(t, tt.stated, indicators.Fact, indicators.Stock, "2012")
		if got := UnitPhrase(b, indicators.NoScale); got != tt.want {
			t.Errorf("UnitPhrase(%q) = %q, want %q", tt.stated, got, tt.want)
		}
	}
}

// TestJoinSubtitle: a chart's unit and when are joined by a comma, as a
// caption writes them, in the slide, the PNG and the book alike
// (s16g-marriages, s16g-lifeexp); by a semicolon only where
// what-and-when has a comma or semicolon of its own.
func TestJoinSubtitle(t *testing.T) {
	for _, tt := range []struct{ unit, said, want string }{
		{"Percent of same-sex marriages", "2017", "Percent of same-sex marriages, 2017"}, // s16g-marriages
		{"Years", "2010–2012", "Years, 2010–2012"},                                       // s16g-lifeexp
		// Another kind: testdata/kinds/prices' monthly changes, a
		// what-and-when with a comma of its own.
		{"Percent change", "rates, January 2021 and February 2021", "Percent change; rates, January 2021 and February 2021"},
		{"Percent", "2022; some figures are estimates", "Percent; 2022; some figures are estimates"},
		{"", "total for 2014", "Total for 2014"},
		{"Number", "", "Number"},
	} {
		if got := joinSubtitle(tt.unit, tt.said); got != tt.want {
			t.Errorf("joinSubtitle(%q, %q) = %q, want %q", tt.unit, tt.said, got, tt.want)
		}
	}
}

// TestProperCase: a word the quotes capitalise inside their sentences,
// and never write in lower case, keeps its capital in a subtitle
// (s26w-language: "irish speakers"); a sentence's first word does not
// count, nor a word the quotes also write in lower case.
func TestProperCase(t *testing.T) {
	quotes := []string{"The proportion of Irish speakers in Gaeltacht areas continued to decrease.", "Most people spoke it. Most were well."}
	for _, tt := range []struct{ s, want string }{
		{"Ireland; percent; irish speakers as a proportion of people in gaeltacht areas", "Ireland; percent; Irish speakers as a proportion of people in Gaeltacht areas"},
		{"Percent; most people", "Percent; most people"},
		{"Percent; the proportion", "Percent; the proportion"},
	} {
		if got := ProperCase(tt.s, quotes); got != tt.want {
			t.Errorf("ProperCase(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}

// TestSubtitleTitledPeriods: a title that says every bar's period leaves
// it out of the subtitle, which still says the figures are many
// ("annual totals", never "total for the period" of two years,
// ambulance), or says it where the title does not.
func TestSubtitleTitledPeriods(t *testing.T) {
	bars := []Bar{bar(t, "8.49 million", indicators.Fact, indicators.Flow, "FY2011-12"), bar(t, "9.08 million", indicators.Fact, indicators.Flow, "FY2012-13")}
	for _, tc := range []struct{ title, want string }{
		{"Ambulance activity, England, 2011–12 and 2012–13", "Millions, annual totals"},
		{"Ambulance activity, England", "Millions, annual totals for the periods on the bars"},
	} {
		if _, got := Subtitle(tc.title, bars); got != tc.want {
			t.Errorf("Subtitle(%q) = %q, want %q", tc.title, got, tc.want)
		}
	}
}
