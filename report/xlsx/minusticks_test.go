package xlsx

import (
	"regexp"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/indicatortest"
)

// TestMinusTicks: the value axis of a native chart that goes below zero
// writes its ticks with the reader's minus sign, "−10%", as the slide's
// axis does; Excel's own was the hyphen, "-10%" (s21o-apprentice).
func TestMinusTicks(t *testing.T) {
	tests := []struct {
		name   string
		stated []string
		dirs   []indicators.Direction
		minus  bool
	}{
		{"rises and falls", []string{"5.0%", "8.2%", "3.1%"}, []indicators.Direction{indicators.Down, indicators.Down, indicators.Up}, true},
		{"rises alone", []string{"5.0%", "8.2%"}, []indicators.Direction{indicators.Up, indicators.Up}, false},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{}
		var ids []string
		for i, st := range tt.stated {
			ind := indicatortest.Change(t, string(rune('a'+i)), st, tt.dirs[i])
			ind.Base = indicators.YearPeriod(2012)
			c.Indicators = append(c.Indicators, ind)
			ids = append(ids, ind.ID)
		}
		c.Views = []indicators.ChartView{{ID: "v", Title: "Changes", Kind: indicators.Bars, Indicators: ids}}
		_, parts := writeParts(t, c)
		m := regexp.MustCompile(`(?s)<valAx>.*?<numFmt formatCode="([^"]*)"`).FindStringSubmatch(parts["xl/charts/chart1.xml"])
		if m == nil {
			t.Fatalf("%s: no value axis format", tt.name)
		}
		if got := strings.Contains(m[1], "−"); got != tt.minus {
			t.Errorf("%s: value axis format %q says the minus sign: %v, want %v", tt.name, m[1], got, tt.minus)
		}
		if strings.Contains(m[1], "&#34;-") {
			t.Errorf("%s: value axis format %q writes a hyphen", tt.name, m[1])
		}
	}
}
