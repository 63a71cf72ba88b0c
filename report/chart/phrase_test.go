package chart

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/google/go-cmp/cmp"
)

// fig is an indicator of a test catalog, as a catalog file writes it.
type fig struct {
	id, title, stated, period, source string
	measure                           indicators.MeasureKind
	status                            indicators.Status
	denom                             string
}

// mixedSources are the sources of the test catalogs: two White House
// fact sheets, a BEA article (its short name the initials its text
// writes) and a USTR fact sheet that names its own.
var mixedSources = []indicators.Source{
	{ID: "wh-2014", Title: "Fact Sheet: U.S.-Japan Bilateral Cooperation", Publisher: "The White House", Issued: indicators.Date{Year: 2014, Month: 4, Day: 25}},
	{ID: "wh-2015", Title: "FACT SHEET: U.S.-Japan Cooperation", Publisher: "The White House, Office of the Press Secretary", Issued: indicators.Date{Year: 2015, Month: 4, Day: 28}},
	{ID: "bea-2015", Title: "Direct Investment Positions for 2014", Publisher: "U.S. Bureau of Economic Analysis, Survey of Current Business", Issued: indicators.Date{Year: 2015, Month: 7, Day: 1},
		Text: "The U.S. direct investment position abroad, as BEA measures it, …"},
	{ID: "ustr-2023", Title: "FACT SHEET: Historic Gains", Publisher: "Office of the United States Trade Representative", Short: "USTR 2023", Issued: indicators.Date{Year: 2023, Month: 4, Day: 1}},
}

// figCatalog returns a catalog of figs with one bars view of them all,
// "all", and a headline view of each, named by the figure's ID.
func figCatalog(t *testing.T, figs ...fig) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Sources: mixedSources}
	all := indicators.ChartView{ID: "all", Title: "All", Kind: indicators.Bars}
	for _, f := range figs {
		q, u, err := indicators.ParseStated(f.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", f.stated, err)
		}
		p, err := indicators.ParsePeriod(f.period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", f.period, err)
		}
		src := f.source
		if src == "" {
			src = "wh-2015"
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: f.id, Title: f.title, Stated: f.stated, Quantity: q, Unit: u, Period: p,
			Measure: f.measure, Status: f.status, Denominator: f.denom,
			Provenance: []indicators.Provenance{{Source: src, Quote: f.stated}},
		})
		all.Indicators = append(all.Indicators, f.id)
		c.Views = append(c.Views, indicators.ChartView{ID: f.id, Kind: indicators.Headline, Indicators: []string{f.id}})
	}
	c.Views = append(c.Views, all)
	return c
}

func figSlide(t *testing.T, c *indicators.Catalog, view string) *Slide {
	t.Helper()
	v, ok := c.View(view)
	if !ok {
		t.Fatalf("no view %q", view)
	}
	s, err := NewSlide(c, v, nil)
	if err != nil {
		t.Fatalf("NewSlide(%q): %v", view, err)
	}
	return s
}

// TestSubtitle: the subtitle reads as English for every unit, measure
// and status, and says a stock's date as "as of", a commitment's year as
// "for".
func TestSubtitle(t *testing.T) {
	const (
		fact   = indicators.Fact
		target = indicators.Target
		pledge = indicators.Pledge
		intent = indicators.Intention
	)
	tests := []struct {
		name string
		figs []fig
		want string
	}{
		{"money flow of a year", []fig{{stated: "$279 billion", period: "2014", measure: indicators.Flow}}, "US$ billion; annual total, 2014"},
		{"money flow over years", []fig{{stated: "$1.2 trillion", period: "2010/2014", measure: indicators.Flow}}, "US$ trillion, total for 2010–2014"},
		{"money flow, no period", []fig{{stated: "$90 billion", period: "not stated", measure: indicators.Flow}}, "US$ billion, period not stated (reported 28 April 2015)"},
		{"money stock with a date", []fig{{stated: "$4,920.7 billion", period: "2014", measure: indicators.Stock}}, "US$ billion, 2014"},
		{"money stock, no date", []fig{{stated: "nearly $350 billion", period: "not stated", measure: indicators.Stock}}, "US$ billion, date not stated (reported 28 April 2015)"},
		{"money stocks of two dates", []fig{{stated: "$2,764.0 billion", period: "2013", measure: indicators.Stock}, {stated: "$2,901.1 billion", period: "2014", measure: indicators.Stock}}, "US$ billion, for the years on the bars"},
		{"count with a scale", []fig{{stated: "1.5 million beneficiaries", period: "2014", measure: indicators.CountKind}}, "Millions of beneficiaries, 2014"},
		{"count without a scale", []fig{{stated: "approximately 444,000 jobs", period: "2021", measure: indicators.CountKind}}, "Number of jobs, 2021"},
		{"count pledge and intention", []fig{{stated: "30 countries", period: "not stated", measure: indicators.CountKind, status: pledge}, {stated: "3-5 countries", period: "not stated", measure: indicators.CountKind, status: intent}}, "Number of countries, pledge and intention with no year stated in the source"},
		{"percent reduction target", []fig{{stated: "26 to 28 percent", period: "2025", measure: indicators.Change, status: target}}, "Percent, target for 2025"},
		{"percent share", []fig{{stated: "nearly 30 percent", period: "not stated", measure: indicators.Share, denom: "world GDP"}}, "Percent of world GDP, period not stated (reported 28 April 2015)"},
		{"percent change", []fig{{stated: "5.3 percent", period: "2014", measure: indicators.Change}}, "Percent; change, 2014"},
		{"count of an academic year (s19m-students)", []fig{{stated: "30,450 enrolments", period: "2021/22", measure: indicators.Stock}, {stated: "17,020 enrolments", period: "2021/22", measure: indicators.Stock}}, "Number of enrolments, 2021/22"},
		{"measure in MW", []fig{{stated: "less than 2,800 MW", period: "2013", measure: indicators.Stock}, {stated: "more than 10,700 megawatts", period: "2013", measure: indicators.Stock}}, "Megawatts, 2013"},
		{"measure with a scale", []fig{{stated: "1.5 million tonnes", period: "2020", measure: indicators.Flow}}, "Million tonnes; annual total, 2020"},
		{"stock beside a target", []fig{{stated: "$350 billion", period: "2014", measure: indicators.Stock}, {stated: "$500 billion", period: "2025", measure: indicators.Stock, status: target}}, "US$ billion, 2014 and a target for 2025"},
		{"money flow of a fiscal year", []fig{{stated: "$216 million", period: "FY2020", measure: indicators.Flow}}, "US$ million; annual total, FY 2020"},
		// A span of fiscal years is no year: its flow is a total for it.
		{"money flow over fiscal years", []fig{{stated: "$27.7 billion", period: "FY2008-09/FY2013-14", measure: indicators.Flow}}, "US$ billion, total for FY 2008–09 to FY 2013–14"},
		{"flows of fiscal years", []fig{{stated: "$216 million", period: "FY2020", measure: indicators.Flow}, {stated: "$1.9 trillion", period: "FY2024-25", measure: indicators.Flow}}, "US$ trillion, annual totals for the periods on the bars"},
		{"flows of several years", []fig{{stated: "$290 billion", period: "2012", measure: indicators.Flow}, {stated: "$279 billion", period: "2014", measure: indicators.Flow}}, "US$ billion, annual totals for the years on the bars"},
		{"flows of a year and a span", []fig{{stated: "$290 billion", period: "2012", measure: indicators.Flow}, {stated: "$1.2 trillion", period: "2010/2014", measure: indicators.Flow}}, "US$ trillion, totals for the periods on the bars"},
		{"targets of several years", []fig{{stated: "$400 billion", period: "2020", measure: indicators.Stock, status: target}, {stated: "$500 billion", period: "2025", measure: indicators.Stock, status: target}}, "US$ billion, targets for the years on the bars"},
		{"rank", []fig{{stated: "second-largest", period: "2014", measure: indicators.RankKind}}, "Rank (1 = largest), 2014"},
		{"times", []fig{{stated: "6 to 10 times", period: "not stated", measure: indicators.Change}}, "Times; change, period not stated (reported 28 April 2015)"},
		{"money rate", []fig{{stated: "$200 a month", period: "2024", measure: indicators.Flow}}, "US$ per month; rate, 2024"},
		{"measure rate with a scale", []fig{{stated: "450,000 barrels per day", period: "2024", measure: indicators.Flow}}, "Barrels per day; rate, 2024"},
		{"count rate", []fig{{stated: "31 points per game", period: "2024", measure: indicators.CountKind}}, "Points per game, 2024"},
		{"share and count", []fig{{stated: "nearly 30 percent", period: "2014", measure: indicators.Share, denom: "world GDP"}, {stated: "30 countries", period: "2014", measure: indicators.CountKind}}, "Percent of world GDP and number of countries, 2014"},
		{"price level of a month", []fig{{stated: "$82 per barrel", period: "2024-05", measure: indicators.Level}}, "US$ per barrel; price, May 2024"},
		{"price levels of quarters", []fig{{stated: "$85 per barrel", period: "2024-Q3", measure: indicators.Level, status: indicators.Projection}, {stated: "$82 per barrel", period: "2024-Q2", measure: indicators.Level}}, "US$ per barrel; price, Q2 2024, and a projected price for Q3 2024"},
		{"facts beside pledges", []fig{{stated: "90%", period: "not stated", measure: indicators.Share}, {stated: "85%", period: "not stated", measure: indicators.Share}, {stated: "over 100%", period: "not stated", measure: indicators.Share, status: pledge}, {stated: "10%", period: "not stated", measure: indicators.Share, status: pledge}}, "Percent; facts and pledges, year not stated in the source"},
		{"a fact beside a pledge", []fig{{stated: "90%", period: "2014", measure: indicators.Share}, {stated: "85%", period: "2014", measure: indicators.Share, status: pledge}}, "Percent, 2014 and a pledge for 2014"},
		{"a fact beside a pledge of another year", []fig{{stated: "90%", period: "2014", measure: indicators.Share}, {stated: "85%", period: "2016", measure: indicators.Share, status: pledge}}, "Percent, 2014 and a pledge for 2016"},
		{"tariff rates before and pledged", []fig{{stated: "150%", period: "not stated", measure: indicators.Level}, {stated: "75%", period: "not stated", measure: indicators.Level, status: pledge}, {stated: "40%", period: "not stated", measure: indicators.Level, status: pledge}}, "Percent; fact and pledged levels, year not stated in the source"},
		{"other level", []fig{{stated: "5.3 times", period: "2014", measure: indicators.Level}}, "Times, 2014"},
		{"projected prices of one month", []fig{{stated: "$32 per barrel", period: "2015-12", measure: indicators.Level, status: indicators.Projection}, {stated: "$73 per barrel", period: "2015-12", measure: indicators.Level, status: indicators.Projection}}, "US$ per barrel, projected prices for December 2015"},
		{"flows mostly without a period", []fig{{stated: "€201 million", period: "not stated", measure: indicators.Flow}, {stated: "€26.9 million", period: "not stated", measure: indicators.Flow}, {stated: "€45.3 million", period: "2024-01", measure: indicators.Flow}}, "€ million, totals for January 2024 and periods not stated in the source"},
		{"pledges with and without a year", []fig{{stated: "$3 billion", period: "2025", measure: indicators.Flow, status: pledge}, {stated: "$1 billion", period: "not stated", measure: indicators.Flow, status: pledge}}, "US$ billion, pledges for 2025 and a year not stated in the source"},
		{"count and megawatts", []fig{{stated: "30 countries", period: "2014", measure: indicators.CountKind}, {stated: "500 MW", period: "2014", measure: indicators.Stock}}, "Number of countries and megawatts, 2014"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for i := range tt.figs {
				tt.figs[i].id = string(rune('a' + i))
				tt.figs[i].title = "Figure " + tt.figs[i].id
			}
			c := figCatalog(t, tt.figs...)
			if got := figSlide(t, c, "all").Subtitle; got != tt.want {
				t.Errorf("subtitle of %s = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestBarLabelsMixed: bars from different periods and sources say so on
// the bar, and two bars of one title never read alike.
func TestBarLabelsMixed(t *testing.T) {
	tests := []struct {
		name string
		figs []fig
		want []string
	}{{
		name: "one title, two years, two sources",
		figs: []fig{
			{id: "t12", title: "Two-way trade", stated: "$290 billion", period: "2012", source: "wh-2014"},
			{id: "t14", title: "Two-way trade", stated: "$279 billion", period: "2014", source: "wh-2015"},
			{id: "g22", title: "Two-way goods trade", stated: "nearly $230 billion", period: "2022", source: "ustr-2023"},
		},
		want: []string{"Two-way trade (2012, White House 2014)", "Two-way trade (2014, White House 2015)", "Two-way goods trade (2022, USTR 2023)"},
	}, {
		name: "stocks of two dates from one source",
		figs: []fig{
			{id: "a13", title: "Position abroad", stated: "$4,660.9 billion", period: "2013", measure: indicators.Stock, source: "bea-2015"},
			{id: "a14", title: "Position abroad", stated: "$4,920.7 billion", period: "2014", measure: indicators.Stock, source: "bea-2015"},
		},
		want: []string{"2013", "2014"}, // the title is the subtitle's
	}, {
		name: "one year, two sources",
		figs: []fig{
			{id: "wh", title: "Trade", stated: "$279 billion", period: "2014", source: "wh-2015"},
			{id: "bea", title: "Trade", stated: "$280 billion", period: "2014", source: "bea-2015"},
		},
		want: []string{"White House 2015", "BEA 2015"},
	}, {
		name: "a stock beside a target",
		figs: []fig{
			{id: "now", title: "Investment", stated: "$350 billion", period: "2014", measure: indicators.Stock},
			{id: "goal", title: "Investment", stated: "$500 billion", period: "2025", measure: indicators.Stock, status: indicators.Target},
			{id: "vague", title: "Investment", stated: "$600 billion", period: "not stated", measure: indicators.Stock, status: indicators.Pledge},
		},
		want: []string{"2014", "Target for 2025", "Pledge, year not stated"},
	}, {
		name: "alike in every way but the figure",
		figs: []fig{
			{id: "low", title: "Trade", stated: "$270 billion", period: "2014"},
			{id: "high", title: "Trade", stated: "$279 billion", period: "2014"},
		},
		want: []string{"Trade (low)", "Trade (high)"},
	}, {
		name: "alike pledges: told apart by the ID, never by the figure, which the value label says",
		figs: []fig{
			{id: "automotive-tariffs", title: "Automotive tariffs", stated: "over 100%", period: "not stated", measure: indicators.Share},
			{id: "automotive-tariffs-2", title: "Automotive tariffs", stated: "10%", period: "not stated", measure: indicators.Share, status: indicators.Pledge},
			{id: "automotive-tariffs-3", title: "Automotive tariffs", stated: "5%", period: "not stated", measure: indicators.Share, status: indicators.Pledge},
		},
		want: []string{"Automotive tariffs (automotive-tariffs)", "Automotive tariffs (automotive-tariffs-2), pledge", "Automotive tariffs (automotive-tariffs-3), pledge"},
	}, {
		name: "alike to the figure: by their IDs",
		figs: []fig{
			{id: "x", title: "Tariff", stated: "5%", period: "2014", measure: indicators.Share},
			{id: "y", title: "Tariff", stated: "5%", period: "2014", measure: indicators.Share},
		},
		want: []string{"Tariff (x)", "Tariff (y)"},
	}, {
		name: "a title in parentheses takes the status after them",
		figs: []fig{
			{id: "lo", title: "Low end (95% confidence)", stated: "$32", period: "2015-12", measure: indicators.Level, status: indicators.Projection},
			{id: "now", title: "Price now (average)", stated: "$47", period: "2015-12", measure: indicators.Level},
		},
		want: []string{"Low end (95% confidence), projection", "Price now (average)"},
	}, {
		name: "one status, one period: the subtitle says it, and the words every title ends with",
		figs: []fig{
			{id: "lo", title: "Low end (95% confidence)", stated: "$32", period: "2015-12", measure: indicators.Level, status: indicators.Projection},
			{id: "hi", title: "High end (95% confidence)", stated: "$73", period: "2015-12", measure: indicators.Level, status: indicators.Projection},
		},
		want: []string{"Low end", "High end"},
	}, {
		name: "one year and source: the title alone",
		figs: []fig{
			{id: "a", title: "Exports", stated: "$80.3 billion", period: "2022"},
			{id: "b", title: "Imports", stated: "$148 billion", period: "2022"},
		},
		want: []string{"Exports", "Imports"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := figSlide(t, figCatalog(t, tt.figs...), "all")
			var got []string
			for _, b := range s.body.(*Bars).Bars {
				got = append(got, b.Label)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("bar labels of %s (-want +got):\n%s", tt.name, diff)
			}
		})
	}
}

// TestBarLabelsUntitled: bars of one title are labelled by what differs
// alone ("2011", not "Students … (2011)"), the title said once, by the
// slide's title or else the subtitle (s24s-flooding said a long title on
// both bars); where the titles differ, every bar keeps its title.
func TestBarLabelsUntitled(t *testing.T) {
	years := []fig{
		{id: "s11", title: "Students attending school", stated: "3,548,948", period: "2011"},
		{id: "s12", title: "Students attending school", stated: "3,589,986", period: "2012"},
	}
	tests := []struct {
		name, title string
		figs        []fig
		want        []string
		subtitle    string
	}{
		{"one title over years", "Students attending school in Australia", years, []string{"2011", "2012"}, "Number, annual totals for the years on the bars"},
		{"the title not said", "All", years, []string{"2011", "2012"}, "Number, annual totals for the years on the bars; students attending school"},
		{"a fact and a target of one title", "Investment by 2025", []fig{
			{id: "now", title: "Investment", stated: "$350 billion", period: "2014", measure: indicators.Stock},
			{id: "goal", title: "Investment", stated: "$500 billion", period: "2025", measure: indicators.Stock, status: indicators.Target},
		}, []string{"2014", "Target for 2025"}, ""},
		{"titles differ", "Trade and investment", []fig{
			{id: "t", title: "Trade", stated: "$279 billion", period: "2014"},
			{id: "i", title: "Investment", stated: "$350 billion", period: "2015"},
		}, []string{"Trade (2014)", "Investment (2015)"}, ""},
	}
	for _, tt := range tests {
		c := figCatalog(t, tt.figs...)
		c.Views[len(c.Views)-1].Title = tt.title
		s := figSlide(t, c, "all")
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Label)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("bar labels under %q (%s) (-want +got):\n%s", tt.title, tt.name, diff)
		}
		if tt.subtitle != "" && s.Subtitle != tt.subtitle {
			t.Errorf("subtitle under %q (%s) = %q, want %q", tt.title, tt.name, s.Subtitle, tt.subtitle)
		}
	}
}

// TestOneSpellingPerUnit: "MW" and "megawatts" on one slide are written
// one way, in values, ticks and subtitle alike: the subtitle's
// "Megawatts", the values their figures alone (unitOnce).
func TestOneSpellingPerUnit(t *testing.T) {
	c := figCatalog(t,
		fig{id: "solar", title: "Solar capacity", stated: "less than 2,800 MW", period: "2013", measure: indicators.Stock},
		fig{id: "total", title: "Total capacity", stated: "more than 10,700 megawatts", period: "2013", measure: indicators.Stock},
	)
	s := figSlide(t, c, "all")
	var values []string
	for _, b := range s.body.(*Bars).Bars {
		values = append(values, b.Value)
	}
	if diff := cmp.Diff([]string{"less than 2,800", "more than 10,700"}, values); diff != "" {
		t.Errorf("values (-want +got):\n%s", diff)
	}
	all := strings.Join(append(s.texts(), bodyTexts(s)...), "\n")
	if strings.Contains(all, "MW") || !strings.Contains(strings.ToLower(s.Subtitle), "megawatts") {
		t.Errorf("slide spells MW two ways:\n%s", all)
	}
	card := figSlide(t, c, "total").body.(*Card)
	if want := "More than 10,700 megawatts"; card.Value != want {
		t.Errorf("card value = %q, want %q", card.Value, want)
	}
}

func TestRespell(t *testing.T) {
	mw := indicators.MustParseUnit("MW")
	tests := []struct {
		label string
		u     indicators.Unit
		want  string
	}{
		{"more than 10,700 megawatts", mw, "more than 10,700 megawatts"},
		{"1 megawatt", mw, "1 megawatt"},
		{"less than 2,800 MW", mw, "less than 2,800 megawatts"},
		{"10,700 Megawatts.", mw, "10,700 Megawatts."},
		{"1.5 million tonnes", indicators.MustParseUnit("t"), "1.5 million tonnes"},
		{"119.3 million t", indicators.MustParseUnit("t"), "119.3 million tonnes"},
		{"30 countries", indicators.CountOf("country"), "30 countries"},
		{"55.3°F", indicators.MustParseUnit("degF"), "55.3 degrees Fahrenheit"}, // NOAA national climate report 2012
		{"about 2.1°C", indicators.MustParseUnit("degC"), "about 2.1 degrees Celsius"},
		{"500MW", mw, "500 megawatts"},
		// A symbol with its scale prefixed, which the old symbol swap
		// kept (review19 item 9), and the singular after one.
		{"7 MtCO2e", indicators.MustParseUnit("tCO2e"), "7 million tonnes of CO₂ equivalent"},
		{"about 7 MtCO2e", indicators.MustParseUnit("tCO2e"), "about 7 million tonnes of CO₂ equivalent"},
		{"40 Mt", indicators.MustParseUnit("t"), "40 million tonnes"},
		{"1 t", indicators.MustParseUnit("t"), "1 tonne"},
		// The document's hedge, never its qualifier's word (s25v-greenbelt).
		{"just under 13,046,230 ha", indicators.MustParseUnit("ha"), "just under 13,046,230 hectares"},
		{"Almost 40 Mt", indicators.MustParseUnit("t"), "Almost 40 million tonnes"},
	}
	for _, tt := range tests {
		if got := respell(tt.label, tt.u); got != tt.want {
			t.Errorf("respell(%q, %v) = %q, want %q", tt.label, tt.u, got, tt.want)
		}
	}
}

// TestRespellIsFormat: a label's unit in words is Format's, one route
// (review19 item 9): respell of a stated figure writes what
// indicators.Format(Style{Words}) writes of its parse, the book's
// wording, hedge and all.
func TestRespellIsFormat(t *testing.T) {
	for _, stated := range []string{"7 MtCO2e", "about 7 MtCO2e", "more than 10,700 MW", "15,040 ha", "55.3°F", "1.2 GW", "40 Mt"} {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		if got, want := respell(stated, u), indicators.Format(q, u, indicators.Style{Words: true}); got != want {
			t.Errorf("respell(%q) = %q, want Format's %q", stated, got, want)
		}
	}
}

// TestCardWhen: a card says a stock's date as "as of", a commitment's
// year as "for", and a flow's year as it is; a figure of no date of its
// own, the source's date.
func TestCardWhen(t *testing.T) {
	c := figCatalog(t,
		fig{id: "stock", title: "Investment", stated: "$350 billion", period: "2014", measure: indicators.Stock},
		fig{id: "target", title: "Investment", stated: "$500 billion", period: "2025", measure: indicators.Stock, status: indicators.Target},
		fig{id: "pledge", title: "Aid", stated: "$1 billion", period: "not stated", status: indicators.Pledge},
		fig{id: "flow", title: "Trade", stated: "$279 billion", period: "2014"},
		fig{id: "old", title: "Investment", stated: "$300 billion", period: "not stated", measure: indicators.Stock},
	)
	for _, tt := range []struct{ view, want string }{
		{"stock", "In 2014"}, // a stock of a whole year is of it (wording.AsOf)
		{"target", "Target for 2025"},
		{"pledge", "Pledge, year not stated in the source"},
		{"flow", "2014"},
		// No date of its own: said so, with when its source reported
		// it (28 April 2015), never that date "as of".
		{"old", "Date not stated (reported 28 April 2015)"},
	} {
		if got := figSlide(t, c, tt.view).body.(*Card).Period; got != tt.want {
			t.Errorf("card period of %q = %q, want %q", tt.view, got, tt.want)
		}
	}
}

// TestMagnitudeKey: a range written as an order of magnitude is keyed as
// what the words allow, not as "both ends as stated".
func TestMagnitudeKey(t *testing.T) {
	for _, tt := range []struct {
		name string
		figs []fig
		want []string
	}{
		{"magnitude only", []fig{{id: "a", title: "Protesters", stated: "tens of thousands of people", period: "2014", measure: indicators.CountKind}},
			[]string{"Range: the source says “tens of thousands of people”; the bar runs from the low end to ten times it, as the words allow"}},
		{"both kinds", []fig{
			{id: "a", title: "Protesters", stated: "tens of thousands of people", period: "2014", measure: indicators.CountKind},
			{id: "b", title: "Marchers", stated: "2,000 to 3,000 people", period: "2014", measure: indicators.CountKind}},
			[]string{"Range: both ends as stated", "Range: the source says “tens of thousands of people”; the bar runs from the low end to ten times it, as the words allow"}},
	} {
		s := figSlide(t, figCatalog(t, tt.figs...), "all")
		var got []string
		for _, k := range s.Key {
			got = append(got, k.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s: key =\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
	}
}

// TestCardPeriodOfLevel: a headline card of a level says what the level
// is — a price, a rate — never "over a period" as of a total.
func TestCardPeriodOfLevel(t *testing.T) {
	tests := []struct {
		f    fig
		want string
	}{
		{fig{stated: "$47 per barrel", period: "2015-08", measure: indicators.Level}, "Price, August 2015"},
		{fig{stated: "$47 per barrel", period: "not stated", measure: indicators.Level}, "Price, period not stated (reported 28 April 2015)"},
		{fig{stated: "$59 per barrel", period: "2016", measure: indicators.Level, status: indicators.Projection}, "Projected price for 2016"},
		{fig{stated: "75%", period: "not stated", measure: indicators.Level, status: indicators.Pledge}, "Pledged level, year not stated in the source"},
		// A total of no period: when it was reported, not "as of".
		{fig{stated: "$90 billion", period: "not stated", measure: indicators.Flow}, "Period not stated (reported 28 April 2015)"},
	}
	for _, tt := range tests {
		tt.f.id, tt.f.title = "x", "Figure"
		c := figCatalog(t, tt.f)
		if got := figSlide(t, c, "x").body.(*Card).Period; got != tt.want {
			t.Errorf("card period of %q (%v, %v) = %q, want %q", tt.f.stated, tt.f.measure, tt.f.status, got, tt.want)
		}
	}
}

// TestBarNotes: a bar's note says its status and year only where the
// subtitle does not say them for every bar, nor the time the note would
// say ("price and projected price for December 2015" needs no
// "projection for December 2015" beside the hatched bar; the infrastructure
// user's slide said "pledge" four times).
func TestBarNotes(t *testing.T) {
	proj := indicators.Projection
	tests := []struct {
		name string
		figs []fig
		want []string
	}{
		{"one status, one month", []fig{
			{id: "lo", title: "Low", stated: "$32 per barrel", period: "2015-12", measure: indicators.Level, status: proj},
			{id: "hi", title: "High", stated: "$73 per barrel", period: "2015-12", measure: indicators.Level, status: proj},
		}, []string{"", ""}},
		{"a fact beside projections of one month", []fig{
			{id: "now", title: "Now", stated: "$47 per barrel", period: "2015-12", measure: indicators.Level},
			{id: "hi", title: "High", stated: "$73 per barrel", period: "2015-12", measure: indicators.Level, status: proj},
		}, []string{"", ""}},
		{"a pledge beside an estimate of one span", []fig{
			{id: "share", title: "Federal contribution", stated: "$1.5 billion", period: "2010/2013", measure: indicators.Flow, status: indicators.Pledge},
			{id: "cost", title: "Total cost", stated: "$1.7 billion", period: "2010/2013", measure: indicators.Flow, status: indicators.Estimate},
		}, []string{"", ""}},
	}
	for _, tt := range tests {
		s := figSlide(t, figCatalog(t, tt.figs...), "all")
		var got []string
		for _, b := range s.body.(*Bars).Bars {
			got = append(got, b.Note)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("bar notes of %s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestSubtitleBaseAndWhole: a change says what it is from (the
// indicator's base) and a percentage what it is of, when only its title
// says so; a percent of GDP is no "rate".
func TestSubtitleBaseAndWhole(t *testing.T) {
	tests := []struct {
		name, title, stated, period, base string
		measure                           indicators.MeasureKind
		status                            indicators.Status
		view                              string
		want                              string
	}{
		{"target cut below a base year", "Emissions reduction target", "43 per cent", "2030", "2005", indicators.Change, indicators.Target, "a", "Per cent reduction from 2005 levels"}, // as "43 per cent" spells it
		{"percent of GDP in the title", "Federal debt held by the public as a percent of GDP", "106 percent", "1946", "", indicators.Level, indicators.Fact, "all", "Percent of GDP, 1946"},
		{"share of GDP in the title", "Deficit, share of GDP (average)", "3.8 percent", "1946", "", indicators.Level, indicators.Fact, "all", "Percent of GDP, 1946"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := figCatalog(t, fig{id: "a", stated: tt.stated, period: tt.period, measure: tt.measure, status: tt.status})
			ind := &c.Indicators[0]
			ind.Title = tt.title
			if tt.base != "" {
				ind.Base, _ = indicators.ParsePeriod(tt.base)
				ind.Quantity.Direction = indicators.Down
			}
			if got := figSlide(t, c, tt.view).Subtitle; got != tt.want {
				t.Errorf("subtitle of %s = %q, want %q", tt.name, got, tt.want)
			}
		})
	}
}

// TestCardSaysTimeOnce: a headline's subtitle is its unit, and its card
// says what and when under the title, unless the title says when.
func TestCardSaysTimeOnce(t *testing.T) {
	tests := []struct {
		title, stated, period string
		status                indicators.Status
		subtitle, period2     string
	}{
		{"U.S. security investments since 2006", "more than $2.5 billion", "2006/2021", indicators.Fact, "US$ billion", ""},
		{"Federal budget deficit", "$1.9 trillion", "2025", indicators.Projection, "US$ trillion", "Projection for 2025"},
	}
	for _, tt := range tests {
		c := figCatalog(t, fig{id: "a", stated: tt.stated, period: tt.period, measure: indicators.Flow, status: tt.status})
		c.Indicators[0].Title = tt.title
		s := figSlide(t, c, "a")
		cd := s.body.(*Card)
		if s.Subtitle != tt.subtitle || cd.Period != tt.period2 {
			t.Errorf("headline %q: subtitle %q, card period %q; want %q, %q", tt.title, s.Subtitle, cd.Period, tt.subtitle, tt.period2)
		}
	}
}

// TestDenomOfTitle: what a percent is of, read from a title, is the whole
// alone, up to a preposition, a time phrase or a mark.
func TestDenomOfTitle(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Federal debt held by the public as a percent of GDP", "GDP"},
		{"Average federal budget deficit as a share of GDP over the past 50 years", "GDP"},
		{"Exports as a percent of world GDP in 2014", "world GDP"},
		{"Debt, percent of GDP 2035", "GDP"},
		{"Deficit, share of GDP (average)", "GDP"},
		{"Outlays as a share of GDP since 1975", "GDP"},
		{"Spending as a percentage of national income, by region", "national income"},
		{"Growth rate", ""},
	}
	for _, tt := range tests {
		it := item{title: tt.title, u: indicators.Unit{Kind: indicators.Percent}}
		if got := denomOf(it); got != tt.want {
			t.Errorf("denomOf(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestSubtitleWholeOnce: bars whose titles say "of GDP", one with a time
// phrase after it, say "Percent of GDP" once.
func TestSubtitleWholeOnce(t *testing.T) {
	c := figCatalog(t,
		fig{id: "a", stated: "3.8 percent", period: "1975/2024", measure: indicators.Share, status: indicators.Fact},
		fig{id: "b", stated: "6.2 percent", period: "2025", measure: indicators.Share, status: indicators.Projection})
	c.Indicators[0].Title = "Average federal budget deficit as a share of GDP over the past 50 years"
	c.Indicators[1].Title = "Federal budget deficit as a share of GDP"
	got := figSlide(t, c, "all").Subtitle
	if unit, _, _ := strings.Cut(got, ","); unit != "Percent of GDP" {
		t.Errorf("subtitle = %q, want it to start %q", got, "Percent of GDP,")
	}
}

// TestSubtitleSaysPeriodOnce: a subtitle says no period its slide's title
// says, in any form, and a span of months says its year once.
func TestSubtitleSaysPeriodOnce(t *testing.T) {
	figs := []fig{
		{id: "a", title: "Employment rate", stated: "76.3%", period: "2019-09/2019-11", measure: indicators.Level, status: indicators.Estimate},
		{id: "b", title: "Unemployment rate", stated: "3.8%", period: "2019-09/2019-11", measure: indicators.Level, status: indicators.Estimate},
	}
	for _, tt := range []struct{ title, want string }{
		// The title says "rates" and the period: neither again.
		// Estimates alone say so once, at the end (s17j-ports).
		{"UK labour market rates, September to November 2019", "Percent (estimates)"},
		{"Employment and unemployment rate, September to November 2019", "Percent (estimates)"},
		{"UK labour market rates", "Percent, September–November 2019 (estimates)"},
	} {
		c := figCatalog(t, figs...)
		c.Views[len(c.Views)-1].Title = tt.title
		if got := figSlide(t, c, "all").Subtitle; got != tt.want {
			t.Errorf("subtitle under %q = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// statedSlide draws one bar chart of figures stated as given, titled
// "<stem> A", "<stem> B", …, all of one period and measure, and returns
// the slide and its bars' value labels in order.
func statedSlide(t *testing.T, stated []string, stem, period string, m indicators.MeasureKind) (*Slide, []string) {
	t.Helper()
	var figs []fig
	for i, st := range stated {
		figs = append(figs, fig{id: string(rune('a' + i)), title: stem + " " + string(rune('A'+i)), stated: st, period: period, measure: m})
	}
	s := figSlide(t, figCatalog(t, figs...), "all")
	var got []string
	for _, b := range s.body.(*Bars).Bars {
		got = append(got, b.Value)
	}
	return s, got
}
