package wording

import (
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNamesPlace: a title names a place by its name, a name the
// gazetteer knows, or its name's initials, so that a card or a list of
// claims adds the place only where no title says it.
func TestNamesPlace(t *testing.T) {
	for _, c := range []struct {
		title, code string
		want        bool
	}{
		{"Students enrolled at NI higher education institutions", "GB-NIR", true}, // s19m-students
		{"Students at NI HEIs domiciled outside the EU, share", "GB-NIR", true},
		{"UK Parliamentary electoral registrations", "GB", true},
		{"Children looked after in Northern Ireland", "GB-NIR", true}, // s18k-children
		{"Marriages", "GB-ENW", false},
		{"Landings by Irish vessels in Norway", "NO", true}, // s17i-fisheries
		{"Nicaraguan exports", "GB-NIR", false},
		{"London's share of Right to Buy sales", "E12000007", true},                   // s29z-righttobuy: the possessive names the region
		{"Noise complaints received, Newry, Mourne and Down Council", "GB-NMD", true}, // s32c-noise: a name of commas
		{"Noise complaints received in Newry", "GB-NMD", false},
	} {
		if got := NamesPlace(c.title, c.code); got != c.want {
			t.Errorf("NamesPlace(%q, %s) = %v, want %v", c.title, c.code, got, c.want)
		}
	}
}

// TestCardCaptionPlaceOnce: a card adds the place its view's title names
// only where the figure's title does not name it already, by any name.
func TestCardCaptionPlaceOnce(t *testing.T) {
	for _, c := range []struct {
		view, title, value string
		entities           []string
		want               string
	}{
		{"Students at Northern Ireland's universities, 2021/22", "Students enrolled at NI higher education institutions", "69,565 students", []string{"GB-NIR"},
			"Students enrolled at NI higher education institutions"}, // s19m-students: never "…, Northern Ireland"
		{"Rough sleeping in England, autumn 2024", "People sleeping rough on a single night, autumn snapshot", "4,667", []string{"GB-ENG"},
			"People sleeping rough on a single night, autumn snapshot, England"}, // s14d-homeless
	} {
		if got := CardCaption(c.view, c.title, c.value, c.entities); got != c.want {
			t.Errorf("CardCaption(%q, %q) = %q, want %q", c.view, c.title, got, c.want)
		}
	}
}

// TestChangeOf: a headline card shows the change the catalog states of
// its figure: of its places and period, whose title adds only change
// words, the change on the period before and in percent first.
func TestChangeOf(t *testing.T) {
	split := func(y int) indicators.Period { return indicators.Period{From: indicators.Date{Year: y}, Split: true} }
	ni := []string{"GB-NIR"}
	mk := func(id, title, stated string, m indicators.MeasureKind, p, base indicators.Period) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatal(err)
		}
		q.Direction = indicators.Up
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: m, Period: p, Base: base, Entities: ni}
	}
	c := &indicators.Catalog{Indicators: []indicators.Indicator{
		mk("enrol", "Students enrolled at NI higher education institutions", "69,565 students", indicators.Stock, split(2021), indicators.Period{}),
		mk("decade", "Change in enrolments at NI higher education institutions over the decade", "24%", indicators.Change, split(2021), split(2012)),
		mk("year", "Change in enrolments at NI higher education institutions", "5%", indicators.Change, split(2021), split(2020)),
		mk("pg", "Change in postgraduate enrolments at NI higher education institutions", "12%", indicators.Change, split(2021), split(2020)),
		mk("fires", "Fire-related fatalities", "269", indicators.Flow, indicators.YearPeriod(2023), indicators.Period{}),
		mk("deaths", "Change in road deaths", "3%", indicators.Change, indicators.YearPeriod(2023), indicators.YearPeriod(2022)),
		mk("rate", "Persons uninsured at the time of interview", "8.8%", indicators.Share, indicators.YearPeriod(2016), indicators.Period{}),
		mk("fewer", "Change in persons uninsured at the time of interview", "0.4 million people", indicators.Change, indicators.YearPeriod(2016), indicators.YearPeriod(2015)),
		mk("fibre", "Fibre connections", "100,000 connections", indicators.Stock, indicators.YearPeriod(2015), indicators.Period{}),
		mk("doubled", "Change in fibre connections", "doubled", indicators.Change, indicators.YearPeriod(2015), indicators.YearPeriod(2014)),
		mk("requests", "New requests for adult social care support received by local authorities", "1.8 million requests", indicators.Flow, indicators.YearPeriod(2018), indicators.Period{}),
		mk("per-day", "New requests for adult social care support received by local authorities, daily equivalent", "5,100 requests per day", indicators.Flow, indicators.YearPeriod(2018), indicators.Period{}),
		mk("requests-up", "Change in new requests for adult social care support", "1.6%", indicators.Change, indicators.YearPeriod(2018), indicators.YearPeriod(2017)),
		mk("union", "Union membership rate of wage and salary workers", "10.7%", indicators.Share, indicators.YearPeriod(2019), indicators.Period{}),
		mk("union-men", "Union membership rate, men", "11.2%", indicators.Share, indicators.YearPeriod(2019), indicators.Period{}),
		mk("union-down", "Change in the union membership rate", "0.4 percentage points", indicators.Change, indicators.YearPeriod(2019), indicators.YearPeriod(2018)),
		mk("noise", "Noise complaints received by district councils", "13,261", indicators.Flow, split(2021), indicators.Period{}),
		mk("noise-up", "Change in noise complaints received on the previous year", "26.4%", indicators.Change, split(2021), split(2020)),
	}}
	for _, tc := range []struct{ id, want string }{
		{"enrol", "up 5% on 2020/21"}, // s19m-students: the year's change, never postgraduates'
		{"fires", ""},                 // s16g-fire's kind: another figure's change is none of its own
		{"rate", ""},                  // s27x-insurance: a change in people is no change of a rate
		{"fibre", "doubled on 2014"},  // s17i-broadband: a multiple is a change of any figure
		{"requests", "up 1.6% on 2017"},
		{"union", "up 0.4 percentage points on 2018"}, // a group's figure, of fewer words, is no nearer (the unions kind's "Union membership rate, men")
		{"per-day", ""},                               // s28y-socialcare: the change is of the year's requests, whose title it is nearer
		{"noise", "up 26.4% on 2020/21"},              // s32c-noise: "on the previous year" names the base, no more of the figure
	} {
		ind, _ := c.Indicator(tc.id)
		got := ""
		if ch := ChangeOf(c, ind); ch != nil {
			got = ChangeLine(ch)
		}
		if got != tc.want {
			t.Errorf("ChangeOf(%s) says %q, want %q", tc.id, got, tc.want)
		}
	}
}

// TestOutermost: a list of a document's places drops those inside
// another of them (s20n-cancer, s20n-gambling page headers).
func TestOutermost(t *testing.T) {
	tests := []struct {
		codes, want []string
	}{
		{[]string{"GB-ENG", "E12000001", "E12000007"}, []string{"GB-ENG"}},
		{[]string{"NZ", "NZ-CAN"}, []string{"NZ"}},
		{[]string{"E12000001", "E12000007"}, []string{"E12000001", "E12000007"}},
		{[]string{"US", "CA"}, []string{"US", "CA"}},
		{[]string{"AU-WA", "AU", "AU-VIC"}, []string{"AU"}},
	}
	for _, tt := range tests {
		if got := Outermost(tt.codes); !slices.Equal(got, tt.want) {
			t.Errorf("Outermost(%q) = %q, want %q", tt.codes, got, tt.want)
		}
	}
}
