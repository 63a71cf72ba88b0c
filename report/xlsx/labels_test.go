package xlsx

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/xuri/excelize/v2"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// nzCatalog is the shape of the New Zealand trade release and the Census
// retail release: figures in NZD written "$", and a view of changes both
// ways whose fall the quote says "down".
func nzCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	money := func(id, stated, unit string) indicators.Indicator {
		q, _, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		u, err := indicators.ParseUnit(unit)
		if err != nil {
			t.Fatalf("ParseUnit(%q): %v", unit, err)
		}
		return indicators.Indicator{ID: id, Title: id, Stated: stated, Quantity: q, Unit: u, Period: indicators.NotStated, Status: indicators.Projection}
	}
	up := indicatortest.Change(t, "may", "0.1 percent", indicators.Up)
	up.Provenance = []indicators.Provenance{{Quote: "up 0.1 percent (±0.4 percent)* from the previous month"}}
	down := indicatortest.Change(t, "april", "0.2 percent", indicators.Down)
	down.Provenance = []indicators.Provenance{{Quote: "revised from virtually unchanged (±0.4 percent)* to down 0.2 percent (±0.2 percent)*."}}
	return &indicators.Catalog{
		Indicators: []indicators.Indicator{
			money("exports", "up to $1.8 billion per year", "NZD per year"), money("day-one", "$100 million", "NZD"),
			up, down,
		},
		Views: []indicators.ChartView{
			{ID: "card", Kind: indicators.Headline, Indicators: []string{"exports"}},
			{ID: "savings", Kind: indicators.Bars, Indicators: []string{"day-one"}},
			{ID: "mom", Kind: indicators.Bars, Indicators: []string{"may", "april"}},
		},
	}
}

// TestBookLabels: the book names a foreign dollar and says a fall where
// the slides do: the native charts' categories, the headline figure on
// the Charts sheet, the Cover's headline figures and the Value column.
func TestBookLabels(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, nzCatalog(t), nil); err != nil {
		t.Fatalf("Write: %v", err)
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetChartData)
	if err != nil {
		t.Fatal(err)
	}
	var cats []string
	for _, r := range rows {
		if len(r) > 1 && r[0] != "Chart view" {
			cats = append(cats, r[1])
		}
	}
	// A figure is not repeated where its bar shows it alone: a fall's
	// data label says "down" and a rise's beside it "up" (turnedFmt).
	want := []string{"day-one", "may", "april"}
	if !cmp.Equal(cats, want) {
		t.Errorf("chart data categories = %q, want %q", cats, want)
	}
	cellOf(t, f, SheetCharts, "Up to NZ$1.8 billion per year")
	cellOf(t, f, SheetCover, "up to NZ$1.8 billion per year")
	// day-one is no headline view's: the Cover lists the card's figure
	// alone (headlines), and day-one's foreign dollar is checked on the
	// Indicators sheet below.
	cell := cellOf(t, f, SheetIndicators, "day-one")
	row := strings.TrimLeft(cell, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	if got, _ := f.GetCellValue(SheetIndicators, colLetter("Value")+row); got != "NZ$100 million" {
		t.Errorf("Value of day-one shows %q, want %q", got, "NZ$100 million")
	}
}

// TestAxisFor: a native chart's value axis ends on round ticks whose
// decimals follow the step, and a share's axis ends at 100%.
func TestAxisFor(t *testing.T) {
	bar := func(v float64) chartItem { return chartItem{span: "X", spanV: v} }
	tests := []struct {
		name  string
		items []chartItem
		sc    indicators.Scale
		share bool
		want  valueAxis
	}{
		// A lowest figure on a tick goes a step further: its bar touched
		// the plot's edge (axis.Range).
		{"signed tenths", []chartItem{bar(0.1), bar(0.2), bar(-0.2)}, indicators.NoScale, false, valueAxis{-0.3, 0.2, 0.1, 1}},
		{"small shares", []chartItem{bar(0.5), bar(1.2)}, indicators.NoScale, true, valueAxis{0, 1.5, 0.5, 1}},
		{"shares to 96%", []chartItem{bar(14), bar(60), bar(0.5), bar(15), bar(96)}, indicators.NoScale, true, valueAxis{0, 100, 25, 0}},
		{"not a share", []chartItem{bar(96)}, indicators.NoScale, false, valueAxis{0, 100, 25, 0}},
		{"percent past 100", []chartItem{bar(120)}, indicators.NoScale, true, valueAxis{0, 150, 50, 0}},
		{"billions", []chartItem{bar(350e9), bar(123e9)}, indicators.Billion, false, valueAxis{0, 400e9, 100e9, 0}},
		{"range", []chartItem{{base: "L", baseV: 26, span: "H-L", spanV: 2}}, indicators.NoScale, false, valueAxis{0, 30, 10, 0}},
		{"across zero", []chartItem{{base: "L", baseV: -5, span: "H", spanV: 5, baseShown: true}}, indicators.NoScale, false, valueAxis{-6, 6, 2, 0}},
	}
	for _, tc := range tests {
		got := axisFor(tc.items, cellDiv(tc.sc, false), tc.share)
		if !cmp.Equal(got, tc.want, cmp.AllowUnexported(valueAxis{}), cmp.Comparer(func(a, b float64) bool { return a == b || (a-b)*(a-b) < 1e-12*(a*a+b*b) })) {
			t.Errorf("axisFor(%s) = %+v, want %+v", tc.name, got, tc.want)
		}
	}
}

// TestAxisNumFmtDecimals: ticks of a step of 0.5 or 0.1 show their
// decimals, not "0%" three times; currencies other than the U.S. dollar
// are named as the labels name them.
func TestAxisNumFmtDecimals(t *testing.T) {
	pct, _ := indicators.ParseUnit("percent")
	nzd, _ := indicators.ParseUnit("NZD")
	chf, _ := indicators.ParseUnit("CHF")
	tonnes, _ := indicators.ParseUnit("t")
	tests := []struct {
		u                 indicators.Unit
		sc                indicators.Scale
		decimals          int
		v                 float64
		wantTick, wantTtl string
	}{
		{pct, indicators.NoScale, 1, -0.5, "-0.5%", ""},
		{pct, indicators.NoScale, 0, 25, "25%", ""},
		{pct, indicators.NoScale, 2, 0.25, "0.25%", ""},
		// A whole tick of a step of 0.5 as the slide writes it: "1%",
		// not "1.0%".
		{pct, indicators.NoScale, 1, 1, "1%", ""},
		{nzd, indicators.Million, 0, 50e6, "NZ$50", "NZ$ million"},
		{chf, indicators.Million, 1, 2.5e6, "CHF 2.5", "CHF million"},
		// The unit in words, as the PNG beside it and the slides say
		// it (s11b-transport): "million tonnes", not "million t".
		{tonnes, indicators.Million, 0, 50e6, "50", "million tonnes"},
	}
	for _, tc := range tests {
		f, title := axisNumFmt(tc.u, tc.sc, tc.decimals)
		if got := render(f, tc.v); got != tc.wantTick || title != tc.wantTtl {
			t.Errorf("axisNumFmt(%v, %v, %d) shows %v as %q titled %q, want %q titled %q", tc.u, tc.sc, tc.decimals, tc.v, got, title, tc.wantTick, tc.wantTtl)
		}
	}
}

// TestCoverSourcesWords: the Cover says in plain words what the Sources
// sheet holds, with no name of a data model a reader need not know.
func TestCoverSourcesWords(t *testing.T) {
	f, err := excelize.OpenReader(bytes.NewReader(defaultBook(t)))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := f.GetRows(SheetCover)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if len(r) > 1 && r[0] == SheetSources {
			if strings.Contains(r[1], "Our World in Data") || !strings.Contains(r[1], "who published each") {
				t.Errorf("Cover on Sources = %q, want plain words of what it holds", r[1])
			}
			return
		}
	}
	t.Errorf("the Cover has no line on the Sources sheet")
}

// TestBookLabelsUntitled: the native chart's categories of bars of one
// title are what differs, as the slide's bar labels are ("2011", not
// "Students attending school (2011)"), whether the chart's title says
// the title or its subtitle does; a hedged figure keeps its words after
// them.
func TestBookLabelsUntitled(t *testing.T) {
	count := func(id, stated, period string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		p, err := indicators.ParsePeriod(period)
		if err != nil {
			t.Fatalf("ParsePeriod(%q): %v", period, err)
		}
		return indicators.Indicator{ID: id, Title: "Students attending school", Stated: stated, Quantity: q, Unit: u, Period: p}
	}
	tests := []struct {
		title string
		want  []string
	}{
		{"Students attending school in Australia", []string{"2011", "2012", "2013 (more than 3.6 million)"}},
		{"Schools", []string{"2011", "2012", "2013 (more than 3.6 million)"}},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{
			Indicators: []indicators.Indicator{count("s11", "3,548,948", "2011"), count("s12", "3,589,986", "2012"), count("s13", "more than 3.6 million", "2013")},
			Views:      []indicators.ChartView{{ID: "students", Title: tt.title, Kind: indicators.Bars, Indicators: []string{"s11", "s12", "s13"}}},
		}
		var buf bytes.Buffer
		if err := Write(&buf, c, nil); err != nil {
			t.Fatalf("Write: %v", err)
		}
		f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
		if err != nil {
			t.Fatal(err)
		}
		rows, err := f.GetRows(SheetChartData)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		var cats []string
		for _, r := range rows {
			if len(r) > 1 && r[0] != "Chart view" {
				// A long name is broken into lines for the chart.
				cats = append(cats, strings.ReplaceAll(r[1], "\n", " "))
			}
		}
		if !cmp.Equal(cats, tt.want) {
			t.Errorf("chart data categories under %q = %q, want %q", tt.title, cats, tt.want)
		}
	}
}
