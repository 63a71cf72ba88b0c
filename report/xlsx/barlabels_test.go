package xlsx

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestTurnedFmt: in a chart of rises and falls, a bar's cell, and so its
// data label, says which way the figure went, as the slide does.
func TestTurnedFmt(t *testing.T) {
	tests := []struct {
		f    string
		one  bool
		v    float64
		want string
	}{
		{`#,##0.0"%"`, false, -0.3, "down 0.3%"},
		{`#,##0.0"%"`, false, 0.7, "up 0.7%"},
		{`"$"#,##0.0,,," billion";-"$"#,##0.0,,," billion"`, false, -4.9e9, "down $4.9 billion"},
		{`#,##0.00" pp"`, false, 1.49, "up 1.49 pp"},
		{`[=1]0" person";#,##0" people"`, false, -41000, "down 41,000 people"},
		{`[=1]0" person";#,##0" people"`, true, -1, "down 1 person"},
	}
	for _, tt := range tests {
		f := turnedFmt(tt.f, tt.one)
		if got := displayText(tt.v, f); got != tt.want {
			t.Errorf("displayText(%v, turnedFmt(%q, %v)) = %q, want %q (format %q)", tt.v, tt.f, tt.one, got, tt.want, f)
		}
	}
}

// TestBarLabelsOutside: a native bar chart's data labels sit outside
// their bars' ends, where they cannot spill over a short bar or sit dark
// on a dark bar; only a bar so long that its label would run past the
// plot holds it inside its end, in the colour that reads on it.
func TestBarLabelsOutside(t *testing.T) {
	mk := func(id, stated string, d indicators.Direction) indicators.Indicator {
		return indicatortest.Change(t, id, stated, d)
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("gdp", "0.3 percent", indicators.Down),
			mk("services", "0.1 percent", indicators.Down),
			mk("income", "0.7 percent", indicators.Up),
		},
		Views: []indicators.ChartView{{ID: "quarter", Kind: indicators.Bars, Indicators: []string{"gdp", "services", "income"}}},
	}
	_, parts := writeParts(t, c)
	xml := parts["xl/charts/chart1.xml"]
	for _, tt := range []struct {
		what, re string
		want     bool
	}{
		{"labels outside the bars' ends", `<dLbls>(<dLbl>.*?</dLbl>)*<numFmt[^>]*>.*?<dLblPos val="outEnd">`, true},
		{"labels centred", `<dLblPos val="ctr">`, false},
		{"a stacked chart, which cannot label outside", `<grouping val="stacked">`, false},
	} {
		if got := regexp.MustCompile(tt.re).MatchString(xml); got != tt.want {
			t.Errorf("chart1.xml: %s = %v, want %v", tt.what, got, tt.want)
		}
	}

	// The series in reverse document order, their plot order kept:
	// LibreOffice's legend of horizontal bars side by side reads the
	// document backwards, Excel's the plot order; both read fact first.
	lvl := func(id, stated string) indicators.Indicator {
		ind := mk(id, stated, indicators.NoDirection)
		ind.Measure = indicators.Level
		return ind
	}
	_, parts = writeParts(t, &indicators.Catalog{
		Indicators: []indicators.Indicator{lvl("median", "4.5 percent"), lvl("poorest", "more than 6 percent")},
		Views:      []indicators.ChartView{{ID: "growth", Kind: indicators.Bars, Indicators: []string{"median", "poorest"}}},
	})
	var orders []string
	for _, m := range regexp.MustCompile(`<ser><idx val="\d+"></idx><order val="(\d+)">`).FindAllStringSubmatch(parts["xl/charts/chart1.xml"], -1) {
		orders = append(orders, m[1])
	}
	if len(orders) < 2 || orders[0] < orders[len(orders)-1] {
		t.Errorf("chart1.xml: series plot orders %v in document order, want them descending", orders)
	}

	// Which labels go inside: the bar whose label has no room beyond it.
	items := []chartItem{
		{spanV: 0.95, fmt: `#,##0.00"%"`},
		{spanV: 0.2, fmt: `#,##0.00"%"`},
		{spanV: -0.9, fmt: `#,##0.0"%"`, hedged: true},
		{spanV: 0.02, fmt: `#,##0.00"%"`, status: indicators.Fact},
	}
	cd := &chartData{items: items, axis: valueAxis{min: -1, max: 1, step: 0.5}}
	got := insideLabels(cd, cdStated, false)
	want := map[int]placed{0: {color: "FFFFFF"}}
	if len(got) != len(want) || got[0] != want[0] {
		t.Errorf("insideLabels(stated, no room) = %v, want %v", got, want)
	}
	// With room left past the plot (labelRoom), a rise keeps its label
	// outside its end; a fall still holds it inside.
	if got := insideLabels(cd, cdStated, true); len(got) != 0 {
		t.Errorf("insideLabels(stated, room) = %v, want none", got)
	}
	if got := insideLabels(cd, cdHedged, true); len(got) != 1 || got[2] != (placed{color: labelColor}) {
		t.Errorf("insideLabels(hedged) = %v, want map[2:%s]", got, labelColor)
	}
}

// TestLabelRoom: a native chart whose longest bars' data labels would run
// past the end of its value axis (which ends where the slide's does) lays
// its plot out narrower by as much, each label outside its bar's end and
// within the chart, as on the slide (s11b-smoking: "6.0 million people"
// inside its bar, or across the chart's frame); one whose labels fit
// keeps the spreadsheet's own layout.
func TestLabelRoom(t *testing.T) {
	mk := func(id, title, stated string) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: indicators.CountKind, Period: indicators.YearPeriod(2023)}
	}
	tests := []struct {
		name   string
		inds   []indicators.Indicator
		layout bool
	}{
		{"long labels at the axis end", []indicators.Indicator{
			mk("smokers", "Adults who smoked cigarettes", "6.0 million people"),
			mk("vapers", "Adults who vape", "5.1 million people"),
		}, true},
		{"labels with room", []indicators.Indicator{
			mk("smokers", "Adults who smoked cigarettes", "31%"),
			mk("vapers", "Adults who vape", "12%"),
		}, false},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{Indicators: tt.inds, Views: []indicators.ChartView{{ID: "v", Title: "People", Kind: indicators.Bars, Indicators: []string{tt.inds[0].ID, tt.inds[1].ID}}}}
		_, parts := writeParts(t, c)
		xml := parts["xl/charts/chart1.xml"]
		m := regexp.MustCompile(`<plotArea><layout><manualLayout><layoutTarget val="outer"></layoutTarget>.*?<x val="([0-9.]+)"></x><y val="([0-9.]+)"></y><w val="([0-9.]+)"></w>`).FindStringSubmatch(xml)
		if (m != nil) != tt.layout {
			t.Errorf("%s: plot laid out by hand = %v, want %v", tt.name, m != nil, tt.layout)
			continue
		}
		if strings.Contains(xml, `<dLblPos val="inEnd">`) {
			t.Errorf("%s: a data label inside its bar's end, want every one outside", tt.name)
		}
		if m == nil {
			continue
		}
		x, _ := strconv.ParseFloat(m[1], 64)
		w, _ := strconv.ParseFloat(m[3], 64)
		label := float64(len("6.0 million people"))*labelCharPx + 6
		if right := (1 - x - w) * chartWidth; right < label/2 {
			t.Errorf("%s: %.0f pixels right of the plot, want room for the label past the longest bar (%.0f pixels, at least half of it past the axis end)", tt.name, right, label)
		}
	}
}

// TestShortFallLabelAcrossZero: a fall too short to hold its label, with
// no room left of it before the bars' names, has its label set across
// zero on the rise side (shifted right of the bar's base by the label's
// width), as the slide sets it; a fall with room keeps its label past its
// end, and a long fall holds it inside (s16h-police's quarterly and annual
// falls of 15 and 11 officers on a -50 to 400 axis overprinted the bars'
// names; s16g-fire's falls of 22% and 32% had room).
func TestShortFallLabelAcrossZero(t *testing.T) {
	tests := []struct {
		name  string
		items []chartItem
		axis  valueAxis
		want  map[int]bool // index: shifted across zero
	}{
		{"s16h-police", []chartItem{
			{spanV: -15, fmt: `"down "#,##0" full-time equivalent officers"`},
			{spanV: -11, fmt: `"down "#,##0" full-time equivalent officers"`},
			{spanV: 366, fmt: `"up "#,##0" full-time equivalent officers"`},
		}, valueAxis{min: -50, max: 400, step: 50}, map[int]bool{0: true, 1: true}},
		{"s16g-fire", []chartItem{
			{spanV: -22, fmt: `"down "0"%"`},
			{spanV: -32, fmt: `"down "0"%"`},
			{spanV: 5.6, fmt: `"up "0.0"%"`},
		}, valueAxis{min: -80, max: 20, step: 20}, map[int]bool{}},
	}
	for _, tc := range tests {
		cd := &chartData{items: tc.items, axis: tc.axis}
		got := insideLabels(cd, cdStated, true)
		for k, across := range tc.want {
			if p, ok := got[k]; !ok || (p.shift > 0) != across {
				t.Errorf("%s: insideLabels()[%d] = %+v, want shifted %v", tc.name, k, p, across)
			}
		}
		for k, p := range got {
			if p.shift > 0 && !tc.want[k] {
				t.Errorf("%s: insideLabels()[%d] = %+v, want not shifted", tc.name, k, p)
			}
		}
	}
}
