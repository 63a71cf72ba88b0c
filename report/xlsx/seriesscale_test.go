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
// prices' CPIH and CPI rates, 2.1–4.2%), and so does a series of zeros;
// the grouping does not depend on the series' order.
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
		// A series of zeros goes with the smallest.
		{"zeros", []seriesBlock{pct("a", 0, 0), pct("b", 40, 50), pct("c", 3, 4)}, "[[a c] [b]]"},
		// review18 item 9: sizes 1.0, 4.9, 5.1, 1.1 are one chart
		// whatever their order (4.9 and 5.1 were on two); sizes apart
		// by more than maxScaleRatio at one gap are two, whatever
		// their order.
		{"near sizes", []seriesBlock{pct("a", 0, 1), pct("b", 0, 4.9), pct("c", 0, 5.1), pct("d", 0, 1.1)}, "[[a b c d]]"},
		{"near sizes reordered", []seriesBlock{pct("b", 0, 4.9), pct("c", 0, 5.1), pct("a", 0, 1), pct("d", 0, 1.1)}, "[[b c a d]]"},
		{"one gap", []seriesBlock{pct("big", 0, 60), pct("a", 0, 1), pct("b", 0, 4.9), pct("c", 0, 5.1)}, "[[big] [a b c]]"},
		{"one gap reordered", []seriesBlock{pct("c", 0, 5.1), pct("a", 0, 1), pct("big", 0, 60), pct("b", 0, 4.9)}, "[[c a b] [big]]"},
	}
	for _, tt := range tests {
		groups, _ := chartGroups(tt.blocks, nil)
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
