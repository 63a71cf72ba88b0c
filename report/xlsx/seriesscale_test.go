package xlsx

import (
	"fmt"
	"testing"
)

// TestChartGroupsByScale: the Series sheet charts series of one unit
// apart where one's largest figure is more than maxScaleRatio times
// another's: s17i-vehicles' ZEV share (2.2–5.2%) and MPV share
// (50.7–55.6%) on one 0–80% axis left the ZEV points on the floor.
// Series of like size stay on one chart (another kind: testdata/kinds
// prices' CPIH and CPI rates, 2.1–4.2%), and so does a series of zeros.
func TestChartGroupsByScale(t *testing.T) {
	pct := func(id string, lo, hi float64) seriesBlock {
		return seriesBlock{id: id, axisFmt: "0%", lo: lo, hi: hi}
	}
	tests := []struct {
		name   string
		blocks []seriesBlock
		want   string
	}{
		{"vehicles", []seriesBlock{pct("zev", 2.2, 5.2), pct("mpv", 50.7, 55.6)}, "[[zev] [mpv]]"},
		{"prices", []seriesBlock{pct("cpih", 2.1, 4.2), pct("cpi", 2.5, 3.9)}, "[[cpih cpi]]"},
		{"zeros", []seriesBlock{pct("a", 0, 0), pct("b", 40, 50), pct("c", 3, 4)}, "[[a b] [c]]"},
	}
	for _, tt := range tests {
		groups, _ := chartGroups(tt.blocks)
		var ids [][]string
		for _, g := range groups {
			var s []string
			for _, bl := range g {
				s = append(s, bl.id)
			}
			ids = append(ids, s)
		}
		if got := fmt.Sprint(ids); got != tt.want {
			t.Errorf("%s: chartGroups = %s, want %s", tt.name, got, tt.want)
		}
	}
}
