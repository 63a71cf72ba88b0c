package indicators_test

import (
	"bytes"
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// periodCatalog returns a catalog of indicators a, b (and c, …), each of
// title titles[i] stated as stated[i] in period periods[i], and one
// derived indicator "x" of op over them all.
func periodCatalog(t *testing.T, op indicators.Op, titles, stated, periods []string) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{}
	var ids []string
	for i := range stated {
		q, u, err := indicators.ParseStated(stated[i])
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated[i], err)
		}
		p, err := indicators.ParsePeriod(periods[i])
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", periods[i], err)
		}
		id := string(rune('a' + i))
		ids = append(ids, id)
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: titles[i], Stated: stated[i], Quantity: q, Unit: u, Period: p, Measure: indicators.Stock})
	}
	c.Derived = []indicators.Derived{{ID: "x", Title: "X", Op: op, Inputs: ids}}
	return c
}

// TestDerivedPeriodBetween checks the rule for a derived figure's time: a
// change between two points is from the earlier to the later, each said
// in its own granularity (Result.Base and Period, said by PeriodLabel),
// never merged into a span that reads as a total over it; a day inside a
// month is that month; only a sum (and a share) spans its inputs.
func TestDerivedPeriodBetween(t *testing.T) {
	tests := []struct {
		name            string
		op              indicators.Op
		stated, periods []string
		period, base    string // String of Result.Period and Base
		label           string // PeriodLabel
	}{
		// s17i-courts: the outstanding caseload, a stock dated by its
		// quarter, Q4 2022 − Q3 2022; it was "H2 2022" (2022-H2).
		{"courts quarter-dated stock", indicators.Difference, []string{"62,440 cases", "62,994 cases"}, []string{"2022-Q4", "2022-Q3"},
			"2022-Q4", "2022-Q3", "Q3 2022 to Q4 2022"},
		// The same stock dated by the quarters' last days; it was the
		// span "30 September–31 December 2022".
		{"courts day-dated stock", indicators.Difference, []string{"62,440 cases", "62,994 cases"}, []string{"2022-12-31", "2022-09-30"},
			"2022-12-31", "2022-09-30", "30 September 2022 to 31 December 2022"},
		// s17i-courts: 371 days (Q4 2022) − 252 days (2019); it was
		// "2019–December 2022".
		{"courts quarter over a year", indicators.Difference, []string{"371 days", "252 days"}, []string{"2022-Q4", "2019"},
			"2022-Q4", "2019", "2019 to Q4 2022"},
		// s17i-broadband: fibre (30 June 2015) over DSL (June 2015); it
		// was "June 2015–30 June 2015".
		{"broadband day inside its month", indicators.Ratio, []string{"46,000 connections", "620,000 connections"}, []string{"2015-06-30", "2015-06"},
			"2015-06", "not stated", "June 2015"},
		// s17i-vehicles and testdata/kinds/smoking: two years of one
		// share; it was "2018–2021".
		{"vehicles years", indicators.Difference, []string{"5.2%", "2.2%"}, []string{"2021", "2018"},
			"2021", "2018", "2018 to 2021"},
		// testdata/kinds/insolvency: a rate over its 2008-09 peak.
		{"insolvency over a span", indicators.Ratio, []string{"52.4 per 10,000", "113.1 per 10,000"}, []string{"2024", "2008/2009"},
			"2024", "2008/2009", "2008–2009 to 2024"},
		// The earlier input first: the earlier less the later is no
		// change from one to the other ("2019 to Q4 2022" would read
		// as one): its span, and no base (fix17a).
		{"earlier first", indicators.Difference, []string{"252 days", "371 days"}, []string{"2019", "2022-Q4"},
			"2019/2022-12", "not stated", "2019–December 2022"},
		// testdata/kinds/prices: items-fewer-than-november, November
		// 2020 less February 2021 (3 items fewer in February); it was
		// "November 2020 to February 2021", a rise.
		{"prices earlier first", indicators.Difference, []string{"23 items", "20 items"}, []string{"2020-11", "2021-02"},
			"2020-11/2021-02", "not stated", "November 2020–February 2021"},
		// A running total up to a date is no end of a change; it was
		// "Q1 2018 to to 2 June 2018".
		{"up to a date", indicators.Difference, []string{"500 cases", "120 cases"}, []string{"../2018-06-02", "2018-Q1"},
			"../2018-06-02", "not stated", "to 2 June 2018"},
		// A sum of two quarters is a total over them: the half-year.
		{"sum of quarters", indicators.Sum, []string{"100 cases", "120 cases"}, []string{"2022-Q3", "2022-Q4"},
			"2022-H2", "not stated", "July–December 2022"},
		// One period shared.
		{"one period", indicators.Difference, []string{"5.2%", "2.2%"}, []string{"2021", "2021"},
			"2021", "not stated", "2021"},
	}
	for _, tc := range tests {
		titles := []string{"Caseload", "Caseload"}
		if tc.op == indicators.Sum {
			titles = []string{"Q3 caseload", "Q4 caseload"}
		}
		c := periodCatalog(t, tc.op, titles, tc.stated, tc.periods)
		r, err := c.Compute("x")
		if err != nil {
			t.Errorf("%s: Compute: %v", tc.name, err)
			continue
		}
		label := tc.label
		if got := r.Period.String(); got != tc.period {
			t.Errorf("%s: Period = %s, want %s", tc.name, got, tc.period)
		}
		if got := r.Base.String(); got != tc.base {
			t.Errorf("%s: Base = %s, want %s", tc.name, got, tc.base)
		}
		if got := r.PeriodLabel(); got != label {
			t.Errorf("%s: PeriodLabel() = %q, want %q", tc.name, got, label)
		}
	}
}

// TestDerivedInputNames checks that a formula never reads "X − X": inputs
// that share a title are named each with its period, and inputs whose
// titles tell them apart keep their titles alone.
func TestDerivedInputNames(t *testing.T) {
	tests := []struct {
		name            string
		titles, periods []string
		want            string
	}{
		// s17i-courts: two points of one series.
		{"courts", []string{"Crown Court outstanding caseload", "Crown Court outstanding caseload"}, []string{"2022-Q4", "2022-Q3"},
			"Crown Court outstanding caseload (Q4 2022) − Crown Court outstanding caseload (Q3 2022)"},
		// s17i-broadband: two as-at dates.
		{"broadband", []string{"Broadband connections with no data cap", "Broadband connections with no data cap"}, []string{"2015-06-30", "2014-06-30"},
			"Broadband connections with no data cap (30 June 2015) − Broadband connections with no data cap (30 June 2014)"},
		// testdata/kinds/marriages: titles that differ keep no period.
		{"marriages", []string{"Cohabited, civil ceremony", "Cohabited, religious ceremony"}, []string{"2017", "2017"},
			"Cohabited, civil ceremony − Cohabited, religious ceremony"},
		// s20n-cancer: a title that ends in a bracket takes its period
		// after a comma, never two brackets in a row.
		{"cancer", []string{"New malignant cancer diagnoses (excluding NMSC)", "New malignant cancer diagnoses (excluding NMSC)"}, []string{"2018", "2017"},
			"New malignant cancer diagnoses (excluding NMSC), 2018 − New malignant cancer diagnoses (excluding NMSC), 2017"},
		// A title shared in one period: the period tells nothing apart,
		// the IDs do; it was "Caseload − Caseload".
		{"same title and period", []string{"Caseload", "Caseload"}, []string{"2022", "2022"}, "Caseload (a) − Caseload (b)"},
	}
	for _, tc := range tests {
		c := periodCatalog(t, indicators.Difference, tc.titles, []string{"10 cases", "5 cases"}, tc.periods)
		d, _ := c.DerivedIndicator("x")
		if got := strings.Join(c.InputNames(d), " − "); got != tc.want {
			t.Errorf("%s: InputNames = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestPeriodContains checks which periods hold every day of another.
func TestPeriodContains(t *testing.T) {
	tests := []struct {
		p, q string
		want bool
	}{
		{"2015-06", "2015-06-30", true}, // s17i-broadband
		{"2015-06-30", "2015-06", false},
		{"2022", "2022-Q3", true},
		{"2022-Q3", "2022-Q4", false}, // s17i-courts
		{"2022-Q4", "2022-12-31", true},
		{"2010/2014", "2012", true},
		{"2018/19", "2018/19", true},
		{"2018/19", "2018", false}, // a split year's months are not kept
		{"not stated", "2014", false},
	}
	for _, tc := range tests {
		p, _ := indicators.ParsePeriod(tc.p)
		q, _ := indicators.ParsePeriod(tc.q)
		if got := p.Contains(q); got != tc.want {
			t.Errorf("ParsePeriod(%q).Contains(%q) = %v, want %v", tc.p, tc.q, got, tc.want)
		}
	}
}

// TestPeriodMiddle checks the one rule for where a period sits on a time
// axis: the middle of the time it covers, so that a year and a month or
// a quarter stand as far apart as their middles.
func TestPeriodMiddle(t *testing.T) {
	tests := []struct {
		period string
		want   float64
	}{
		{"2014", 2014.5}, // s17i-broadband: no longer at 1 January
		{"2015-06-30", 2015 + 180.5/365},
		{"2015-06", 2015 + (151+15.0)/365},
		{"2019", 2019.5},                   // s17i-courts
		{"2022-Q3", 2022 + (181+46.0)/365}, // 1 July to 30 September
		{"2022-Q4", 2022 + (273+46.0)/365}, // 1 October to 31 December
		{"2010/2014", 2012.5},              // a span
		{"2023-10/2024-09", 2024.248},      // a rolling year: 1 October 2023 to 1 October 2024
		{"2018/19", 2019},                  // a school year: the turn of its two
		{"FY2020", 2020.5},
		{"FY2024-25", 2025},
		{"../2018-06-02", 2018 + 152.5/365}, // a running total: where its day sits alone
		{"not stated", 0},
	}
	for _, tc := range tests {
		p, err := indicators.ParsePeriod(tc.period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", tc.period, err)
		}
		if got := p.Middle(); math.Abs(got-tc.want) > 0.002 {
			t.Errorf("ParsePeriod(%q).Middle() = %.4f, want %.4f", tc.period, got, tc.want)
		}
	}
	// The gap the broadband user measured: 2014 to 30 June 2015 is a year,
	// not eighteen months.
	y, _ := indicators.ParsePeriod("2014")
	d, _ := indicators.ParsePeriod("2015-06-30")
	if gap := d.Middle() - y.Middle(); math.Abs(gap-1) > 0.01 {
		t.Errorf("2014 to 30 June 2015 on a time axis = %.3f years, want about 1", gap)
	}
}

// TestDerivedBaseExport checks that a derived change's base is exported
// (indicators.json "base", derived.csv's Base column), that the JSON
// loads back, and that a base edited by hand is reported: testdata/kinds
// smoking (2018 to 2019) and police (30 June 2009 to 30 June 2023).
func TestDerivedBaseExport(t *testing.T) {
	for _, tc := range []struct {
		kind, id, base string
		loads          bool // the JSON export of the catalog loads back
	}{
		{"smoking", "uk-smokers-share-change", "2018", true},
		// Its source has no issued date, which the JSON export writes ""
		// and Parse refuses (s17i-fisheries (b)8): not this test's
		// concern.
		{"police", "officers-change-from-2009-peak", "2009-06-30", false},
	} {
		file := filepath.Join("..", "testdata", "kinds", tc.kind, "catalog.yaml")
		c, err := indicators.Load(file)
		if err != nil {
			t.Fatalf("Load(%q): %v", file, err)
		}
		var csvBuf bytes.Buffer
		if err := indicators.WriteDerivedCSV(&csvBuf, c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&csvBuf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := slices.Index(rows[0], "Base")
		found := false
		for _, row := range rows[1:] {
			if row[0] == tc.id {
				found = true
				if row[col] != tc.base {
					t.Errorf("%s: derived.csv Base of %s = %q, want %q", tc.kind, tc.id, row[col], tc.base)
				}
			}
		}
		if !found {
			t.Errorf("%s: derived.csv has no row %s", tc.kind, tc.id)
		}
		var js bytes.Buffer
		if err := indicators.WriteJSON(&js, c); err != nil {
			t.Fatal(err)
		}
		want := `"base": "` + tc.base + `"`
		if !strings.Contains(js.String(), want) {
			t.Fatalf("%s: the JSON export has no %s", tc.kind, want)
		}
		if !tc.loads {
			continue
		}
		// The export names no text file: give the source its text, as
		// TestDerivedJSONLoads does.
		withText := strings.Replace(js.String(), `"sha256"`, `"text": "doc.txt", "sha256"`, 1)
		read := func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(filepath.Dir(file), p)) }
		if _, err := indicators.Parse("export.json", []byte(withText), read); err != nil {
			t.Errorf("%s: Parse(JSON export) = %v, want nil", tc.kind, err)
		}
		edited := strings.Replace(withText, want, `"base": "1999"`, 1)
		_, err = indicators.Parse("export.json", []byte(edited), read)
		if err == nil || !strings.Contains(err.Error(), `computes base = "`+tc.base+`", not 1999`) {
			t.Errorf("%s: Parse(export with base 1999) = %v, want a mismatch of base", tc.kind, err)
		}
	}
}

// TestDerivedLevelLessChange: a level less its change from a base is the
// level at the base (s29z-foi: 70,475 requests in 2023 less the rise of
// 17,735 on 2022 was dated 2023); a level less another level keeps the
// rule of TestDerivedPeriodBetween.
func TestDerivedLevelLessChange(t *testing.T) {
	for _, tc := range []struct {
		name         string
		measure      indicators.MeasureKind
		period, base string
		want         string
	}{
		{"level less its change", indicators.Change, "2023", "2022", "2022"},
		{"level less a level", indicators.Stock, "2023", "", "2023"},
	} {
		c := periodCatalog(t, indicators.Difference, []string{"Requests", "Requests"}, []string{"70,475 requests", "17,735 requests"}, []string{"2023", tc.period})
		c.Indicators[1].Measure = tc.measure
		if tc.base != "" {
			p, err := indicators.ParsePeriod(tc.base)
			if err != nil {
				t.Fatal(err)
			}
			c.Indicators[1].Base = p
		}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s: Compute: %v", tc.name, err)
		}
		if got := r.Period.String(); got != tc.want || r.Base.IsStated() {
			t.Errorf("%s: period = %q (base %v), want %q (no base)", tc.name, got, r.Base, tc.want)
		}
	}
}
