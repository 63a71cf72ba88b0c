package wording

import (
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSharedSubtitleSigned: in a chart of changes drawn by their signs,
// a rise among falls still lets the subtitle say the comparison the
// bars without their own time share, so every bar's comparison is said
// once, on its label or in the subtitle (s18k-defence: "Per cent change,
// year ending September 2024 and 1 October 2024" named two periods and
// no base). Changes drawn as rises and reductions (unsigned) of mixed
// directions keep the subtitle of every bar, which names each base.
func TestSharedSubtitleSigned(t *testing.T) {
	p := func(s string) indicators.Period {
		q, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	change := func(period, base string, d indicators.Direction, signed bool) Bar {
		return Bar{Figure: Figure{Status: indicators.Fact, Measure: indicators.Change, Period: p(period), Unit: indicators.PercentUnit},
			Label: "2 per cent", Q: indicators.Quantity{Direction: d}, Base: p(base), Signed: signed}
	}
	day := func(d indicators.Direction, signed bool) Bar { return change("2024-10-01", "2023-10-01", d, signed) }
	year := func(d indicators.Direction, signed bool) Bar {
		return change("2023-10/2024-09", "2022-10/2023-09", d, signed)
	}
	tests := []struct {
		name      string
		bars      []Bar
		want, not []string
	}{
		{"s18k-defence changes-pct", []Bar{day(indicators.Down, true), day(indicators.Down, true), year(indicators.Up, true), year(indicators.Down, true), year(indicators.Down, true)},
			[]string{"change from the previous 12 months, year ending September 2024"}, []string{"September 2024 and 1 October 2024"}},
		// Another kind: quarterly changes, one day's figure among them
		// (testdata/kinds/prices' signed changes), a rise among falls.
		{"quarters, one day", []Bar{change("2022-Q3", "2021-Q3", indicators.Up, true), change("2022-Q3", "2021-Q3", indicators.Down, true), change("2022-Q3", "2021-Q3", indicators.Down, true), change("2022-11-30", "2021-11-30", indicators.Down, true)},
			[]string{"Q3 2022"}, []string{" and 30 November 2022"}},
		{"unsigned rise and reductions", []Bar{day(indicators.Down, false), day(indicators.Down, false), year(indicators.Up, false), year(indicators.Down, false), year(indicators.Down, false)},
			[]string{"increase", "reduction"}, nil},
	}
	for _, tt := range tests {
		times := make([]BarTime, len(tt.bars))
		for i, b := range tt.bars {
			times[i] = BarTime{b.Period, b.Base}
		}
		_, got := SharedSubtitle("Year-on-year change, percent", tt.bars, OwnTimes(times))
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s: subtitle = %q, want it to say %q", tt.name, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("%s: subtitle = %q, want no %q", tt.name, got, w)
			}
		}
	}
}
