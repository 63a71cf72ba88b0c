package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSubtitleRiseSaidOnce: reported rises say "up" on their bars, so
// their subtitle says "change", never "percent increase" above "up 3.4
// percent"; a commitment to raise keeps its size on the bar and
// "increase" in the subtitle.
func TestSubtitleRiseSaidOnce(t *testing.T) {
	fact := func(stated, p, base string) Bar {
		b := bar(t, stated, indicators.Fact, indicators.Change, p)
		b.Q.Direction, b.Base = indicators.Up, period(t, base)
		return b
	}
	pledge := bar(t, "20 percent", indicators.Pledge, indicators.Change, "2030")
	pledge.Q.Direction, pledge.Base = indicators.Up, period(t, "2020")
	tests := []struct {
		name string
		bars []Bar
		want string
	}{
		{"reported rises", []Bar{fact("13%", "2023", "2022"), fact("1%", "2023", "2022")}, "Percent change from the previous year, 2023"},
		{"a pledge to raise", []Bar{pledge}, "Percent increase over 2020 levels, pledge for 2030"},
	}
	for _, tt := range tests {
		if _, got := Subtitle("Changes", tt.bars); got != tt.want {
			t.Errorf("%s: Subtitle = %q, want %q", tt.name, got, tt.want)
		}
	}
}
