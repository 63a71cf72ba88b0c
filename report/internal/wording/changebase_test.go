package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestChangeSpan: a reported change's bar says the span it is over, never
// its end alone ("Rise since 2001 (2012)" reads as a rise in 2012), its
// period first and then its base, so that a reader tells which is which.
func TestChangeSpan(t *testing.T) {
	tests := []struct {
		base, period, want string
	}{
		{"2001", "2012", "2001–2012"},
		{"2012", "2013", "2012–2013"},
		{"2014-Q4", "2015-Q1", "Q1 2015, on Q4 2014"},
		{"FY2013-14", "FY2014-15", "FY 2014–15, on FY 2013–14"},
		{"2020-02", "2024-02", "February 2024, compared with February 2020"},
		{"2023-09/2023-11", "2023-12/2024-02", "December 2023–February 2024, on September–November 2023"},
		{"2022-12/2023-02", "2023-12/2024-02", "December 2023–February 2024, compared with December 2022–February 2023"},
		// Rolling years, short on a bar: "on" the year before, "compared with" an
		// earlier one.
		{"2022-10/2023-09", "2023-10/2024-09", "year ending September 2024, on year ending September 2023"},
		{"2018-10/2019-09", "2023-10/2024-09", "year ending September 2024, compared with year ending September 2019"},
		{"not stated", "2012", ""},
		{"2001", "not stated", ""},
		{"2012", "2012", ""},
	}
	for _, tt := range tests {
		if got := ChangeSpan(period(t, tt.base), period(t, tt.period)); got != tt.want {
			t.Errorf("ChangeSpan(%q, %q) = %q, want %q", tt.base, tt.period, got, tt.want)
		}
	}
}

// TestBasePhrase: wherever a change is written alone (Cover, card, the
// deck's list of claims) its base follows it, "on" the period just
// before, "compared with" an earlier one, unless the title says it.
func TestBasePhrase(t *testing.T) {
	tests := []struct {
		title, base, period string
		commitment          bool
		want                string
	}{
		{"Change in recorded crime on the year before", "FY2013-14", "FY2014-15", false, "on FY 2013–14"},
		{"Rise in live births", "2001", "2012", false, "compared with 2001"},
		{"Fall in UK exports of goods", "2014-Q4", "2015-Q1", false, "on Q4 2014"},
		{"Emissions cut", "2005", "2025", true, "from 2005 levels"},
		{"Rise in live births since 2001", "2001", "2012", false, ""},
		{"Fall in recorded crime", "not stated", "FY2014-15", false, ""},
	}
	for _, tt := range tests {
		if got := BasePhrase(tt.title, period(t, tt.base), period(t, tt.period), tt.commitment); got != tt.want {
			t.Errorf("BasePhrase(%q, %q, %q) = %q, want %q", tt.title, tt.base, tt.period, got, tt.want)
		}
	}
}

// TestAloneBase: a change shown alone says what it is from after its
// figure ("down 5% on FY 2013–14"); other figures take no base.
func TestAloneBase(t *testing.T) {
	down := indicators.Quantity{Direction: indicators.Down}
	up := indicators.Quantity{Direction: indicators.Up}
	tests := []struct {
		s    Shown
		want string
	}{
		{Shown{Label: "5%", Quote: "crime fell by 5% on the year before", Unit: indicators.PercentUnit, Q: down, Measure: indicators.Change, Base: "on FY 2013–14"}, "down 5% on FY 2013–14"},
		{Shown{Label: "23%", Quote: "live births rose by 23%", Unit: indicators.PercentUnit, Q: up, Measure: indicators.Change, Base: "compared with 2001"}, "up 23% compared with 2001"},
		{Shown{Label: "23%", Quote: "live births rose by 23%", Unit: indicators.PercentUnit, Q: up, Measure: indicators.Change}, "up 23%"},
		{Shown{Label: "49%", Unit: indicators.PercentUnit, Measure: indicators.Share, Base: "compared with 2001"}, "49%"},
	}
	for _, tt := range tests {
		if got := Alone(tt.s); got != tt.want {
			t.Errorf("Alone(%q) = %q, want %q", tt.s.Label, got, tt.want)
		}
	}
}

// TestTimeChangeSpan: a bar label's time of a reported change with a base
// is its span; a commitment and a figure of no base keep their own time.
func TestTimeChangeSpan(t *testing.T) {
	tests := []struct {
		f    Figure
		want string
	}{
		{Figure{Status: indicators.Fact, Measure: indicators.Change, Period: period(t, "2012"), Base: period(t, "2001")}, "2001–2012"},
		{Figure{Status: indicators.Fact, Measure: indicators.Change, Period: period(t, "2013")}, "2013"},
		{Figure{Status: indicators.Target, Measure: indicators.Change, Period: period(t, "2025"), Base: period(t, "2005")}, "target for 2025"},
		{Figure{Status: indicators.Fact, Measure: indicators.Flow, Period: period(t, "2012"), Base: period(t, "2001")}, "2012"},
		// A level at a day is as of it, as a stock is (s29z-civilservice:
		// "31 March 2022" beside "As of 31 March 2022"); of a month or a
		// year, of it.
		{Figure{Status: indicators.Fact, Measure: indicators.Level, Period: period(t, "2022-03-31")}, "as of 31 March 2022"},
		{Figure{Status: indicators.Fact, Measure: indicators.Stock, Period: period(t, "2022-03-31")}, "as of 31 March 2022"},
		{Figure{Status: indicators.Fact, Measure: indicators.Level, Period: period(t, "2022-03")}, "March 2022"},
	}
	for _, tt := range tests {
		if got := Time(tt.f); got != tt.want {
			t.Errorf("Time(%v over %v) = %q, want %q", tt.f.Period, tt.f.Base, got, tt.want)
		}
	}
}

// TestPeriodAndBase: a change written alone says its period before its
// base, "down 5% from FY 2013–14 to FY 2014–15", never "down 5% on FY
// 2013–14, FY 2014–15".
func TestPeriodAndBase(t *testing.T) {
	tests := []struct {
		title, base, period string
		commitment          bool
		want                string
		said                bool
	}{
		{"Change in recorded crime", "FY2013-14", "FY2014-15", false, "from FY 2013–14 to FY 2014–15", true},
		{"Rise in live births", "2001", "2012", false, "from 2001 to 2012", true},
		{"Rise in live births in 2012", "2001", "2012", false, "compared with 2001", false},
		{"Volumes, three months on the previous three months", "2023-09/2023-11", "2023-12/2024-02", false, "from September–November 2023 to December 2023–February 2024", true},
		{"Emissions", "2005", "2025", true, "from 2005 levels", false},
		{"Rise in live births", "not stated", "2012", false, "", false},
		// The title names the base: ChangeTitle says the period.
		{"Change in admissions to prison from 2021", "2021", "2022", false, "", true},
	}
	for _, tt := range tests {
		got, said := PeriodAndBase(tt.title, period(t, tt.base), period(t, tt.period), tt.commitment)
		if got != tt.want || said != tt.said {
			t.Errorf("PeriodAndBase(%q, %q, %q, %v) = %q, %v, want %q, %v", tt.title, tt.base, tt.period, tt.commitment, got, said, tt.want, tt.said)
		}
	}
}

// TestLabelDropsTitleBase: a title whose own parenthesis names the base
// a bar's part says is not spliced into ("(February 2020; February
// 2024)" read base then period with nothing to tell them apart).
func TestLabelDropsTitleBase(t *testing.T) {
	tests := []struct {
		title string
		parts []string
		want  string
	}{
		{"Volumes on their pre-pandemic level (February 2020)", []string{"February 2024, compared with February 2020"}, "Volumes on their pre-pandemic level (February 2024, compared with February 2020)"},
		{"Low end (95% confidence)", []string{"projection"}, "Low end (95% confidence), projection"},
	}
	for _, tt := range tests {
		if got := Label(tt.title, tt.parts...); got != tt.want {
			t.Errorf("Label(%q, %q) = %q, want %q", tt.title, tt.parts, got, tt.want)
		}
	}
}

// TestChangeTitle: a change's title that names its base as "from <base>"
// says its period after it, so every output reads "from 2021 to 2022" as
// it does for a day's base (s13b-prisons).
func TestChangeTitle(t *testing.T) {
	tests := []struct {
		title, base, period string
		commitment          bool
		want                string
	}{
		{"Change in admissions to prison from 2021", "2021", "2022", false, "Change in admissions to prison from 2021 to 2022"},
		{"Rise from 2021 in admissions", "2021", "2022", false, "Rise from 2021 to 2022 in admissions"},
		{"Change in İstanbul's exports from 2021", "2021", "2022", false, "Change in İstanbul's exports from 2021 to 2022"}, // "İ" is longer in lower case
		{"Change in UK coverage from Q3 2022", "2022-Q3", "2022-Q4", false, "Change in UK coverage from Q3 2022 to Q4 2022"},
		{"Change in admissions from 2021 to 2022", "2021", "2022", false, "Change in admissions from 2021 to 2022"},
		{"Change in admissions", "2021", "2022", false, "Change in admissions"},
		{"Rise in live births since 2001", "2001", "2012", false, "Rise in live births since 2001"},
		{"Cut in emissions from 2005", "2005", "2030", true, "Cut in emissions from 2005"},
		{"Change from 20210 levels", "2021", "2022", false, "Change from 20210 levels"},
		// s14-tourism: a calendar year named as the year to December.
		{"Change in UK net long-term migration from the year ending December 2015", "2015", "2015-04/2016-03", false,
			"Change in UK net long-term migration from the year ending December 2015 to year ending March 2016"},
		// A fire release: the same, short.
		{"Change in incidents from YE Dec 2022", "2022", "2022-10/2023-09", false, "Change in incidents from YE Dec 2022 to year ending September 2023"},
	}
	for _, tt := range tests {
		if got := ChangeTitle(tt.title, period(t, tt.base), period(t, tt.period), tt.commitment); got != tt.want {
			t.Errorf("ChangeTitle(%q, %q, %q, %v) = %q, want %q", tt.title, tt.base, tt.period, tt.commitment, got, tt.want)
		}
	}
}

// TestUnrepeated: a view's bars do not say again the words its title says
// (s13-vaccines: "UK coverage of the … at 12 months" under "UK coverage
// at 12 months, …"), and keep words that only look shared.
func TestUnrepeated(t *testing.T) {
	tests := []struct {
		title  string
		titles []string
		want   []string
	}{
		{"UK coverage at 12 months, October to December 2022",
			[]string{"UK coverage of the 6-in-1 vaccine at 12 months", "UK coverage of the rotavirus vaccine at 12 months", "UK coverage of the first PCV dose at 12 months"},
			[]string{"6-in-1 vaccine", "Rotavirus vaccine", "First PCV dose"}},
		// The title says the age but not the coverage words: the head stays.
		{"Vaccines at 24 months",
			[]string{"UK coverage of the MMR dose at 24 months", "UK coverage of the PCV booster at 24 months"},
			[]string{"UK coverage of the MMR dose", "UK coverage of the PCV booster"}},
		// A shared word that does not end on a joining word is a name's part.
		{"United exports",
			[]string{"United Kingdom exports", "United States exports"},
			[]string{"United Kingdom exports", "United States exports"}},
		// Nothing would be left of one title.
		{"Coverage at 12 months",
			[]string{"at 12 months", "MMR at 12 months"},
			[]string{"at 12 months", "MMR at 12 months"}},
		// s14d-finances: a tail goes whole ("as a share of GDP"), and
		// the comma before it with it.
		{"Public sector net debt as a share of GDP, end of September 2017",
			[]string{"Public sector net debt excluding public sector banks as a share of GDP", "Public sector net debt excluding public sector banks and the Bank of England as a share of GDP"},
			[]string{"Public sector net debt excluding public sector banks", "Public sector net debt excluding public sector banks and the Bank of England"}},
		{"Changes on a year earlier",
			[]string{"Change in borrowing, financial year to date, on a year earlier", "Change in borrowing, in the month, on a year earlier", "Change in debt on a year earlier"},
			[]string{"Change in borrowing, financial year to date", "Change in borrowing, in the month", "Change in debt"}},
		// s16g-research: shared words that end on a comma go with it,
		// never one word short ("GDP, Australia").
		{"Business R&D expenditure as a share of GDP",
			[]string{"Business R&D expenditure as a share of GDP, Australia (2005/06)", "Business R&D expenditure as a share of GDP, Australia (2006/07)", "Business R&D expenditure as a share of GDP, OECD average (period not stated)"},
			[]string{"Australia (2005/06)", "Australia (2006/07)", "OECD average (period not stated)"}},
		// s16g-air: a view titled as a change says "Change in".
		{"Growth in passengers, 2017 on 2016",
			[]string{"Change in systemwide passengers", "Change in passengers on domestic flights", "Change in U.S. airlines' systemwide passengers"},
			[]string{"Systemwide passengers", "Passengers on domestic flights", "U.S. airlines' systemwide passengers"}},
		// s16g-insolvency: and the base every title ends with.
		{"Change on 2023 by type of insolvency, England and Wales, 2024",
			[]string{"Change in CVLs on the year before", "Change in compulsory liquidations on the year before", "Change in CVAs on the year before"},
			[]string{"CVLs", "Compulsory liquidations", "CVAs"}},
		// Another kind: a view not titled as a change keeps the head.
		{"Prices of fuels",
			[]string{"Change in petrol prices", "Change in diesel prices"},
			[]string{"Change in petrol prices", "Change in diesel prices"}},
		// s16g-marriages: a whole and its parts after a comma.
		{"Opposite-sex couples who lived together before marrying, 2017",
			[]string{"Opposite-sex couples who cohabited before marriage", "Opposite-sex couples who cohabited before marriage, civil ceremony", "Opposite-sex couples who cohabited before marriage, religious ceremony"},
			[]string{"All", "Civil ceremony", "Religious ceremony"}},
		// Another kind: smokers by sex, and under a title of another
		// subject, whose titles stay whole.
		{"Adults who smoke, by sex, 2023",
			[]string{"Adults who smoke", "Adults who smoke, men", "Adults who smoke, women"},
			[]string{"All", "Men", "Women"}},
		{"Tobacco use in 2023",
			[]string{"Adults who smoke", "Adults who smoke, men", "Adults who smoke, women"},
			[]string{"Adults who smoke", "Adults who smoke, men", "Adults who smoke, women"}},
		// s16g-marriages: a bracket the view's title says goes whole.
		{"Average age at marriage, opposite-sex couples, 2017",
			[]string{"Average age at marriage, men (opposite-sex couples)", "Average age at marriage, women (opposite-sex couples)"},
			[]string{"Men", "Women"}},
		// Another kind: a prison table's shares (the bracket unsaid stays).
		{"Prisoners on remand",
			[]string{"Prisoners on remand, men (England and Wales)", "Prisoners on remand, women (England and Wales)"},
			[]string{"Men (England and Wales)", "Women (England and Wales)"}},
		// Another kind: a crime survey's rates by sex.
		{"Victims of crime per 100 adults",
			[]string{"Victims of crime per 100 adults, men", "Victims of crime per 100 adults, women"},
			[]string{"Men", "Women"}},
		// Another kind: a labour release's rates of one population.
		{"Employment as a percentage of the population aged 16 to 64",
			[]string{"Male employment as a percentage of the population aged 16 to 64", "Female employment as a percentage of the population aged 16 to 64"},
			[]string{"Male employment", "Female employment"}},
		{"Exports to Japan",
			[]string{"Exports to Japan", "Exports to Japan in 2015"},
			[]string{"Japan", "Japan in 2015"}},
		// s14-roads: the base every change ends with, which the title
		// says, goes with "Change in".
		{"Percent change from 2018",
			[]string{"Change in reported road casualties from 2018", "Change in road fatalities from 2018", "Change in females killed from 2018"},
			[]string{"Reported road casualties", "Road fatalities", "Females killed"}},
		// A rail release: "since 2010" under a title that says it (the
		// head "Change in journeys in" it does not say stays).
		{"Passenger journeys, change since 2010",
			[]string{"Change in journeys in England since 2010", "Change in journeys in Wales since 2010"},
			[]string{"Change in journeys in England", "Change in journeys in Wales"}},
		// A base the title does not say stays on every bar.
		{"Percent change",
			[]string{"Change in road fatalities from 2018", "Change in females killed from 2018"},
			[]string{"Road fatalities from 2018", "Females killed from 2018"}},
		// One title: nothing to share.
		{"UK coverage at 12 months", []string{"UK coverage of the 6-in-1 vaccine at 12 months"}, []string{"UK coverage of the 6-in-1 vaccine at 12 months"}},
		// "Change" is not "Changes": the title does not say it.
		{"Changes in UK coverage, Q3 to Q4 2022",
			[]string{"Change in UK coverage of the 6-in-1 vaccine at 12 months", "Change in UK coverage of the first MMR dose at 24 months"},
			[]string{"Change in UK coverage of the 6-in-1 vaccine at 12 months", "Change in UK coverage of the first MMR dose at 24 months"}},
	}
	for _, tt := range tests {
		if got := Unrepeated(tt.title, tt.titles); !slices.Equal(got, tt.want) {
			t.Errorf("Unrepeated(%q, %q) = %q, want %q", tt.title, tt.titles, got, tt.want)
		}
	}
}

// TestTitleWithoutBase: a title that ends naming its change's base drops
// it where the line says "from <base> to <period>" after it (s32c-postal:
// "… on 2012: up 3.7 per cent from 2012 to 2013").
func TestTitleWithoutBase(t *testing.T) {
	tests := []struct{ title, base, want string }{
		{"Change in worldwide parcel traffic on 2012", "2012", "Change in worldwide parcel traffic"},
		{"Rise in live births since 2001.", "2001", "Rise in live births"},
		{"Change in UK coverage compared with Q3 2022", "2022-Q3", "Change in UK coverage"},
		{"Change in İstanbul's exports from 2021", "2021", "Change in İstanbul's exports"},
		{"Change in admissions on 2012 levels", "2012", "Change in admissions on 2012 levels"},
		{"Change in admissions", "2012", "Change in admissions"},
		{"Since 2001", "2001", "Since 2001"},
		// s32c-noise: a base named by where it lies.
		{"Change in noise complaints received on the previous year", "2020/2021", "Change in noise complaints received"},
		{"Change in sales compared with the same quarter last year", "2023-Q3", "Change in sales"},
		{"Change in sales on the quarter", "2023-Q3", "Change in sales on the quarter"},
	}
	for _, tt := range tests {
		if got := TitleWithoutBase(tt.title, period(t, tt.base)); got != tt.want {
			t.Errorf("TitleWithoutBase(%q, %q) = %q, want %q", tt.title, tt.base, got, tt.want)
		}
	}
}
