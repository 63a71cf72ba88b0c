package indicators

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestDateString holds Date.String, which writes without fmt, to the ISO
// 8601 forms fmt's %04d and %02d give, for years of any width and sign.
func TestDateString(t *testing.T) {
	if got := (Date{}).String(); got != "" {
		t.Errorf("Date{}.String() = %q, want %q", got, "")
	}
	for _, y := range []int{-12345, -999, -5, 0, 7, 42, 999, 1000, 2015, 9999, 10000, 123456} {
		for _, md := range [][2]int{{0, 0}, {1, 0}, {4, 0}, {12, 0}, {1, 1}, {4, 28}, {12, 31}} {
			d := Date{Year: y, Month: time.Month(md[0]), Day: md[1]}
			if d.IsZero() {
				continue
			}
			want := fmt.Sprintf("%04d", y)
			if md[0] != 0 {
				want += fmt.Sprintf("-%02d", md[0])
				if md[1] != 0 {
					want += fmt.Sprintf("-%02d", md[1])
				}
			}
			if got := d.String(); got != want {
				t.Errorf("Date{%d, %d, %d}.String() = %q, want %q", y, md[0], md[1], got, want)
			}
		}
	}
}

func TestPeriodParts(t *testing.T) {
	for _, c := range []struct {
		in, str, label string
	}{
		{"2024-Q3", "2024-Q3", "Q3 2024"},
		{"2024-07/2024-09", "2024-Q3", "Q3 2024"},
		{"2024-01/2024-03", "2024-Q1", "Q1 2024"},
		{"2024-10/2024-12", "2024-Q4", "Q4 2024"},
		{"2024-H1", "2024-H1", "January–June 2024"}, // as releases write a half, never "H1"
		{"2024-07/2024-12", "2024-H2", "July–December 2024"},
		{"2024-02/2024-04", "2024-02/2024-04", "February–April 2024"},
		{"2024-04/2024-09", "2024-04/2024-09", "April–September 2024"},
		{"2024-07-01/2024-09-30", "2024-07-01/2024-09-30", "1 July–30 September 2024"},
		{"2024-01/2024-12", "2024-01/2024-12", "January–December 2024"},
		// Spans of quarters or halves: "across Quarter 3 and Quarter 4 2023".
		{"2023-Q3/2023-Q4", "2023-H2", "July–December 2023"},
		{"2023-Q3/2024-Q2", "2023-07/2024-06", "year ending June 2024"},
		// Spans of quarters are labelled in quarters, as the document
		// counts them (s16h-police: "between Q2 of 2009 and Q4 of 2021").
		{"2009-Q2/2021-Q4", "2009-Q2/2021-Q4", "Q2 2009–Q4 2021"},
		{"2023-Q1/2023-Q3", "2023-Q1/2023-Q3", "Q1–Q3 2023"},
		{"2022-Q4/2023-Q4", "2022-Q4/2023-Q4", "Q4 2022–Q4 2023"},
		{"2009-04/2021-12", "2009-04/2021-12", "April 2009–December 2021"},
		{"2023-H2/2024-H1", "2023-07/2024-06", "year ending June 2024"},
		{"2023-Q4/2024-03", "2023-10/2024-03", "October 2023–March 2024"},
		// Fiscal years, named as their governments name them.
		{"FY2020", "FY2020", "FY 2020"},
		{"FY2024-25", "FY2024-25", "FY 2024–25"},
		{"FY1999-00", "FY1999-00", "FY 1999–00"},
		// Spans of fiscal years: a program "over six years (2008-09 to 2013-14)".
		{"FY2008-09/FY2013-14", "FY2008-09/FY2013-14", "FY 2008–09 to FY 2013–14"},
		{"FY2020/FY2024", "FY2020/FY2024", "FY 2020 to FY 2024"},
		// Running totals up to a date: "to date", "so far", "since the
		// program began" in a release of that day.
		{"../2018-06-02", "../2018-06-02", "to 2 June 2018"},
		{"../2018-05", "../2018-05", "to May 2018"},
		{"../2018", "../2018", "to 2018"},
		// A week, a year to date, spans across years and of mixed ends.
		{"2020-04-12/2020-04-18", "2020-04-12/2020-04-18", "12–18 April 2020"},
		{"2020-03-29/2020-04-25", "2020-03-29/2020-04-25", "29 March–25 April 2020"},
		{"2015-04/2015-10", "2015-04/2015-10", "April–October 2015"},
		{"2019-12-30/2020-01-05", "2019-12-30/2020-01-05", "30 December 2019–5 January 2020"},
		{"2019-09/2019-11", "2019-09/2019-11", "September–November 2019"},
		{"2019-11/2020-01", "2019-11/2020-01", "November 2019–January 2020"},
		{"2019-03/2020-04-10", "2019-03/2020-04-10", "March 2019–10 April 2020"},
		{"2020-03/2020-04-10", "2020-03/2020-04-10", "March 2020–10 April 2020"},
		// Rolling years: twelve months off the calendar year, as UK
		// statistics write them; thirteen months or a calendar year are
		// no rolling year.
		{"2023-10/2024-09", "2023-10/2024-09", "year ending September 2024"},
		{"2023-04/2024-03", "2023-04/2024-03", "year ending March 2024"},
		{"2023-10/2024-10", "2023-10/2024-10", "October 2023–October 2024"},
		{"2024-01/2024-12", "2024-01/2024-12", "January–December 2024"},
	} {
		p, err := ParsePeriod(c.in)
		if err != nil {
			t.Errorf("ParsePeriod(%q): %v", c.in, err)
			continue
		}
		if got := p.String(); got != c.str {
			t.Errorf("ParsePeriod(%q).String() = %q, want %q", c.in, got, c.str)
		}
		if got := p.Label(); got != c.label {
			t.Errorf("ParsePeriod(%q).Label() = %q, want %q", c.in, got, c.label)
		}
	}
	for _, c := range []struct {
		p    Period
		year bool
	}{
		{YearPeriod(2020), true}, {FiscalYear(2020), false}, {FiscalYearAcross(2024), false},
		{QuarterPeriod(2024, 3), false}, {Period{From: Date{Year: 2024, Month: 5}}, false}, {NotStated, false},
		{UpToDate(Date{Year: 2018}), false},
	} {
		if got := c.p.IsYear(); got != c.year {
			t.Errorf("%v.IsYear() = %v, want %v", c.p, got, c.year)
		}
	}
	for _, c := range []struct{ in, want string }{
		{"FY2013-14/FY2008-09", "the span ends before it starts"},
		{"FY2020/FY2020", "the span ends before it starts"},
		{"FY2008-09/FY2013", "named alike"},
		{"FY2008-09/2013", "names both in fiscal years"},
		{"FY2008-10/FY2013-14", "runs into the next year"},
		{"2024-Q2/2023-Q3", "the span ends before it starts"},
		{"2023-Q5/2024-Q2", "2023-Q3/2024-Q2"},
		{"../", "a running total up to a date"},
		{"../2018-13", "a running total up to a date"},
		{"../2018/2019", "a running total up to a date"},
		{"../FY2018", "a running total up to a date"},
	} {
		if _, err := ParsePeriod(c.in); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("ParsePeriod(%q) = %v, want an error saying %q", c.in, err, c.want)
		}
	}
	if FiscalYearAcross(2024).IsSpan() || !FiscalYears(2008, 2013, true).IsSpan() {
		t.Errorf("a budget year across two years is one period, a run of them a span: IsSpan %v, %v", FiscalYearAcross(2024).IsSpan(), FiscalYears(2008, 2013, true).IsSpan())
	}
	if FiscalYear(2020) == YearPeriod(2020) {
		t.Errorf("FiscalYear(2020) == YearPeriod(2020): a fiscal year is not the calendar year")
	}
	if got, want := QuarterPeriod(2024, 5), NotStated; got != want {
		t.Errorf("QuarterPeriod(2024, 5) = %v, want %v", got, want)
	}
	if p := UpToDate(Date{Year: 2018, Month: 6, Day: 2}); p.IsSpan() || !p.IsStated() || p.From != (Date{Year: 2018, Month: 6, Day: 2}) {
		t.Errorf("UpToDate(2018-06-02) = %+v, want a stated period from that day, no span", p)
	}
	if got, want := UpToDate(Date{}), NotStated; got != want {
		t.Errorf("UpToDate(Date{}) = %v, want %v", got, want)
	}
	if got, want := HalfPeriod(2024, 0), NotStated; got != want {
		t.Errorf("HalfPeriod(2024, 0) = %v, want %v", got, want)
	}
}

func TestDateYears(t *testing.T) {
	for _, c := range []struct {
		d    Date
		want float64
	}{
		{Date{Year: 2014}, 2014},
		{Date{Year: 2014, Month: time.April}, 2014.25},
		{Date{Year: 2014, Month: time.January, Day: 1}, 2014},
		{Date{Year: 2014, Month: time.January, Day: 2}, 2014 + 1/365.25},
	} {
		if got := c.d.Years(); got != c.want {
			t.Errorf("%v.Years() = %v, want %v", c.d, got, c.want)
		}
	}
}

func TestFoldMarks(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Côte d’Ivoire", "Cote d’Ivoire"},
		{"São Tomé and Príncipe", "Sao Tome and Principe"},
		{"Curaçao", "Curacao"},
		{"Trade", "Trade"},
		{"℃ and 日本", "℃ and 日本"},
	} {
		if got := FoldMarks(c.in); got != c.want {
			t.Errorf("FoldMarks(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestStatedUnitAllowsBase(t *testing.T) {
	for _, c := range []struct {
		stated, given string
		ok            bool
		fix           string
	}{
		{"$1.8 billion per year", "NZD per year", true, ""},
		{"$1.8 billion per year", "NZD", false, "keep its base: write unit: NZD per year"},
		{"$1.8 billion", "NZD", true, ""},
		{"$47", "USD per barrel", true, ""}, // a base the sentence gives apart
		{"$1.8 billion per year", "USD", false, "keep its base: write unit: USD per year"},
		{"16 cents/gal", "CAD per gallon", true, ""},
		{"16 cents/gal", "CAD", false, "keep its base: write unit: CAD per gallon"},
		{"1.5 degrees", "degC", true, ""}, // warming: the catalog names the scale
		{"2 degrees", "degF", true, ""},
		{"1.5 degrees", "K", false, "bare degrees may be named degC or degF, or left as deg"},
		{"1.5 °C", "degF", false, "write unit: degC, as the stated words read, or leave unit out"},
		// A rate's base written once for two figures: "fell to 4.7 per
		// thousand total births, from 4.9 in 2012".
		{"4.9", "per thousand total births", true, ""},
		{"4.9 per thousand", "per thousand total births", false, "write unit: per 1,000, as the stated words read, or leave unit out"},
		// An average per farm (round B's farming user): the base is the
		// quote's to say, before the figure or after it; verify checks
		// that a quote names it (baseNamed), as s17i-fisheries' "price
		// per tonne … was €6,761".
		{"£72,000", "GBP per farm", true, ""},
		{"€6,761", "EUR per tonne", true, ""},
	} {
		_, read, err := ParseStated(c.stated)
		if err != nil {
			t.Fatal(err)
		}
		given := MustParseUnit(c.given)
		if got := statedUnitAllows(c.stated, read, given); got != c.ok {
			t.Errorf("statedUnitAllows(%q, %v, %v) = %v, want %v", c.stated, read, given, got, c.ok)
		}
		if !c.ok {
			if got := unitFix(c.stated, read, given); got != c.fix {
				t.Errorf("unitFix(%q, %v, %v) = %q, want %q", c.stated, read, given, got, c.fix)
			}
		}
	}
}

func TestSignedDirection(t *testing.T) {
	for _, c := range []struct {
		stated string
		dir    Direction
		bad    bool
	}{
		{"-43,000", Down, true},
		{"−2.4%", Down, true},
		{"-43,000", NoDirection, false},
		{"43,000", Down, false},
		{"-5 to 5 percent", Up, true},
		{"1.0%", Down, false},
	} {
		q, _, err := ParseStated(c.stated)
		if err != nil {
			t.Fatal(err)
		}
		if got := signedDirection(q, c.dir, c.stated, nil) != ""; got != c.bad {
			t.Errorf("signedDirection(%q, %v) refuses = %v, want %v", c.stated, c.dir, got, c.bad)
		}
	}
	// A catalog built in Go is checked as a loaded one is: a signed figure
	// with a direction, and a negative count with its noun given apart
	// (a stock of jobs, which no net figure is: MeasureKind.Nets).
	q, _, err := ParseStated("-43,000")
	if err != nil {
		t.Fatal(err)
	}
	q.Direction = Down
	u := CountOf("job")
	c := &Catalog{
		Sources: []Source{{ID: "s", Title: "S", Text: "Jobs fell: -43,000 jobs in May.", SHA256: func() string {
			h := sha256.Sum256([]byte("Jobs fell: -43,000 jobs in May."))
			return hex.EncodeToString(h[:])
		}()}},
		Indicators: []Indicator{{ID: "jobs", Title: "Jobs", Stated: "-43,000", Quantity: q, Unit: u, Measure: Stock, Period: NotStated, Provenance: []Provenance{{Source: "s", Quote: "-43,000 jobs in May", Span: Span{Start: 11, End: 30}}}}},
	}
	err = c.Verify()
	for _, want := range []string{"which says its fall with its sign", "a count cannot be negative"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Verify of a negative count with a direction = %v, want %q", err, want)
		}
	}
	// As the messages advise: the figure without its sign, and the fall
	// in direction; the quote's minus sign is that fall.
	q, _, _ = ParseStated("43,000")
	q.Direction = Down
	c.Indicators[0].Stated, c.Indicators[0].Quantity, c.Indicators[0].Measure = "43,000", q, Change
	if err := c.Verify(); err != nil {
		t.Errorf("Verify of \"43,000\", direction down, quoting \"-43,000\": %v", err)
	}
	q.Direction = Up
	c.Indicators[0].Quantity = q
	if err := c.Verify(); err == nil {
		t.Errorf("Verify of \"43,000\", direction up, quoting \"-43,000\" passed")
	}
}

func TestLineStartIndex(t *testing.T) {
	text := "Labour Force Survey, May 2022\n\nb.      Environment and Climate Change\n  • Global Health\n## Trade\n(iv) Aid\nActual Results. Exports grew.\nThe Global Health agenda grew.\n"
	for _, c := range []struct {
		h    string
		want bool
	}{
		{"Labour Force Survey, May 2022", true},
		{"Labour Force Survey", true},
		{"May 2022", false}, // a YAML list split the heading at its comma
		{"Environment and Climate Change", true},
		{"Global Health", true},
		{"Trade", true},
		{"Aid", true},
		{"Actual Results.", true},
		{"agenda", false},
	} {
		if got := lineStartIndex(text, c.h) >= 0; got != c.want {
			t.Errorf("lineStartIndex(text, %q) found = %v, want %v", c.h, got, c.want)
		}
	}
}

func TestPeriodShortAndRangeLabel(t *testing.T) {
	mustPeriod := func(s string) Period {
		p, err := ParsePeriod(s)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", s, err)
		}
		return p
	}
	for _, c := range []struct{ in, short string }{
		{"2023-10/2024-09", "YE Sep 2024"},
		{"2023-07/2024-06", "YE Jun 2024"},
		{"2024-Q3", "Q3 2024"},
		{"2014", "2014"},
	} {
		if got := mustPeriod(c.in).ShortLabel(); got != c.short {
			t.Errorf("ParsePeriod(%q).ShortLabel() = %q, want %q", c.in, got, c.short)
		}
	}
	for _, c := range []struct{ first, last, want string }{
		{"2013-10/2014-09", "2023-10/2024-09", "years ending September 2014 to 2024"},
		{"2013-10/2014-09", "2023-07/2024-06", "year ending September 2014 to year ending June 2024"},
		{"2014", "2024", "2014 to 2024"},
		{"2023-10/2024-09", "2023-10/2024-09", "year ending September 2024"},
		// A running total ends a range at its date (review18 item 11:
		// a series subtitle read "FY 2028 to to 2030"), and starts none.
		{"FY2028", "../2030", "FY 2028 to 2030"},
		{"2018-Q1", "../2018-06-02", "Q1 2018 to 2 June 2018"},
		{"../2018-06-02", "2018-Q3", "to 2 June 2018 and Q3 2018"},
	} {
		if got := RangeLabel(mustPeriod(c.first), mustPeriod(c.last)); got != c.want {
			t.Errorf("RangeLabel(%q, %q) = %q, want %q", c.first, c.last, got, c.want)
		}
	}
}

// TestIsTwelveMonths: twelve whole months, January to December included,
// are one span of a year for every reader (the rolling year's test and
// the wording of "year ending …" read it); other spans are not.
func TestIsTwelveMonths(t *testing.T) {
	tests := []struct {
		in            string
		twelve, rolls bool
	}{
		{"2023-10/2024-09", true, true},
		{"2024-01/2024-12", true, false},
		{"2023-12/2024-02", false, false},
		{"2024", false, false},
		{"2023-10-01/2024-09-30", false, false},
	}
	for _, tt := range tests {
		p, err := ParsePeriod(tt.in)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tt.in, err)
		}
		if got := p.IsTwelveMonths(); got != tt.twelve {
			t.Errorf("ParsePeriod(%q).IsTwelveMonths() = %v, want %v", tt.in, got, tt.twelve)
		}
		if got := p.IsRollingYear(); got != tt.rolls {
			t.Errorf("ParsePeriod(%q).IsRollingYear() = %v, want %v", tt.in, got, tt.rolls)
		}
	}
}

// TestUpToMiddle: a running total up to a date sits on a time axis where
// the date it names sits alone, the year 2030 at 2030.5 (review18 item
// 10: "to 2030" stood at 2031, past the 2030 tick), a month at its
// middle.
func TestUpToMiddle(t *testing.T) {
	for _, c := range []struct {
		upTo, alone string
	}{
		{"../2030", "2030"},
		{"../2018-06", "2018-06"},
		{"../2018-06-02", "2018-06-02"},
	} {
		p, err := ParsePeriod(c.upTo)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", c.upTo, err)
		}
		q, err := ParsePeriod(c.alone)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", c.alone, err)
		}
		if got, want := p.Middle(), q.Middle(); got != want {
			t.Errorf("ParsePeriod(%q).Middle() = %.4f, want %.4f (as %q)", c.upTo, got, want, c.alone)
		}
	}
}
