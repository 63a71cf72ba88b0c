package xlsx

import (
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// studentsSeries is s19m-students' enrolments: three academic years,
// the last two consecutive.
func studentsSeries(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Series: []indicators.Series{{ID: "enrol", Title: "Students enrolled at Northern Ireland HEIs"}},
		Sources: []indicators.Source{{ID: "src", Title: "Higher education statistics"}}}
	for _, p := range []struct{ id, period, stated string }{
		{"e13", "2012/13", "55,895 students"}, {"e21", "2020/21", "66,245 students"}, {"e22", "2021/22", "69,565 students"},
	} {
		q, u, err := indicators.ParseStated(p.stated)
		if err != nil {
			t.Fatal(err)
		}
		per, err := indicators.ParsePeriod(p.period)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: p.id, Title: "Students enrolled at NI HEIs", Stated: p.stated, Quantity: q, Unit: u,
			Measure: indicators.Stock, Period: per, Series: "enrol", Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: p.stated, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	return c
}

// gamblingSeries is s20n-gambling's quarterly spend: Q1 2010, Q4 2010 and
// Q1 2011, the last two consecutive.
func gamblingSeries(t *testing.T) *indicators.Catalog {
	t.Helper()
	c := &indicators.Catalog{Series: []indicators.Series{{ID: "spend", Title: "Gaming machine expenditure in pubs and clubs, by quarter"}},
		Sources: []indicators.Source{{ID: "src", Title: "Gaming machine spend lifts"}}}
	for _, p := range []struct{ id, period, stated string }{
		{"q1-10", "2010-Q1", "$199.9 million"}, {"q4-10", "2010-Q4", "$215.8 million"}, {"q1-11", "2011-Q1", "$205.1 million"},
	} {
		q, u, err := indicators.ParseStated(p.stated)
		if err != nil {
			t.Fatal(err)
		}
		per, err := indicators.ParsePeriod(p.period)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: p.id, Title: "Gaming machine expenditure in pubs and clubs", Stated: p.stated, Quantity: q, Unit: u,
			Measure: indicators.Flow, Period: per, Series: "spend", Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: p.stated, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	return c
}

// TestSeriesPeriodLabels: a series chart of points not one after another
// joins its consecutive points by a line unnamed in the legend; where a
// period runs across the turn of a year, each point says it under its
// figure and the year axis prints no numbers, the labels placed off
// their neighbours and the value axis (seriesperiods.go). s19m-students'
// academic years drew at "2013", "2021" and "2022", unjoined, the first
// label over the axis's "60,000"; culture's years ending December and
// April say so; fire's calendar years keep the year axis; s20n-gambling's
// quarters name their points, the labels of Q4 2010 and Q1 2011 a
// quarter apart one above and one under (they overprinted).
func TestSeriesPeriodLabels(t *testing.T) {
	load := func(kind string) *indicators.Catalog {
		c, err := indicators.Load(filepath.Join("..", "..", "testdata", "kinds", kind, "catalog.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	tests := []struct {
		name    string
		c       *indicators.Catalog
		periods []string // the points' period lines, in order; none for a year axis
		pos     []string // the labels' positions, where checked
		runs    int      // the legend entries deleted: the runs' lines
	}{
		// The axis starts a year before the first point's year (each
		// year ticked at its start, atMiddles): the first label is a
		// year clear of the value axis, above its point.
		{"s19m-students", studentsSeries(t), []string{"2012/13", "2020/21", "2021/22"}, []string{"t", "b", "t"}, 1},
		{"s20n-gambling: quarters name their points", gamblingSeries(t), []string{"Q1 2010", "Q4 2010", "Q1 2011"}, []string{"b", "t", "b"}, 1},
		{"culture", load("culture"), []string{"YE Dec 1995", "YE Apr 1999"}, nil, 0},
		{"fire", load("fire"), nil, nil, 1},
	}
	period := regexp.MustCompile(`<a:p><a:r><a:rPr lang="en-US" sz="800" b="0"></a:rPr><a:t>([^<]*)</a:t></a:r></a:p></rich></tx><dLblPos val="(\w+)">`)
	for _, tt := range tests {
		_, parts := writeParts(t, tt.c)
		xml := parts["xl/charts/chart1.xml"] // the Series sheet's first chart
		if !strings.Contains(xml, "<scatterChart>") {
			t.Fatalf("%s: chart1 is no scatter chart", tt.name)
		}
		var got, pos []string
		for _, m := range period.FindAllStringSubmatch(xml, -1) {
			got, pos = append(got, m[1]), append(pos, m[2])
		}
		if strings.Join(got, "|") != strings.Join(tt.periods, "|") {
			t.Errorf("%s: points say periods %q, want %q", tt.name, got, tt.periods)
		}
		if tt.pos != nil && strings.Join(pos, "|") != strings.Join(tt.pos, "|") {
			t.Errorf("%s: labels at %q, want %q", tt.name, pos, tt.pos)
		}
		hidden := strings.Contains(xml, `<tickLblPos val="none">`)
		if hidden != (tt.periods != nil) {
			t.Errorf("%s: year axis numbers hidden %v, want %v", tt.name, hidden, tt.periods != nil)
		}
		// A chart of one series its view's title names has no legend, and
		// no entry of a run's line to delete.
		if n := strings.Count(xml, "<legendEntry>"); strings.Contains(xml, "<legend>") && n != tt.runs {
			t.Errorf("%s: %d legend entries deleted, want %d, one a run's line", tt.name, n, tt.runs)
		}
		if tt.periods != nil && !strings.Contains(xml, `type="VALUE"`) {
			t.Errorf("%s: the labels do not say the figure as its Value cell does", tt.name)
		}
	}
}

// TestSnapshotLineLabels: snapshots of a stock a year apart are joined,
// over their dates, each point saying its figure (s20n-gambling: operators
// at 31 March 2010 and 2011 were two unjoined dots; joined, excelize's
// line chart showed no figures).
func TestSnapshotLineLabels(t *testing.T) {
	c := &indicators.Catalog{Series: []indicators.Series{{ID: "ops", Title: "Gaming machine operators in pubs and clubs"}},
		Sources: []indicators.Source{{ID: "src", Title: "Gaming machine spend lifts"}}}
	for _, p := range []struct{ id, period, stated string }{{"o10", "2010-03-31", "374 operators"}, {"o11", "2011-03-31", "365 operators"}} {
		q, u, err := indicators.ParseStated(p.stated)
		if err != nil {
			t.Fatal(err)
		}
		per, err := indicators.ParsePeriod(p.period)
		if err != nil {
			t.Fatal(err)
		}
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: p.id, Title: "Gaming machine operators in pubs and clubs", Stated: p.stated, Quantity: q, Unit: u,
			Measure: indicators.Stock, Period: per, Series: "ops", Status: indicators.Fact,
			Provenance: []indicators.Provenance{{Source: "src", Quote: p.stated, Span: indicators.Span{Start: -1, End: -1}}}})
	}
	_, parts := writeParts(t, c)
	xml := parts["xl/charts/chart1.xml"]
	ser, _, _ := strings.Cut(xml, "</ser>")
	if !strings.Contains(ser, "<lineChart>") && !strings.Contains(ser, `<c:lineChart>`) && !strings.Contains(xml, "<lineChart>") {
		t.Errorf("the series chart is no line over the dates:\n%s", xml)
	}
	if strings.Count(ser, "<dLbls>") != 1 || !strings.Contains(ser, `<showVal val="1">`) {
		t.Errorf("the series' points say no figure (want one dLbls with showVal 1):\n%s", ser)
	}
}
