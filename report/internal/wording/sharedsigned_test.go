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
			// A reported rise says "up" on its bar: its subtitle says
			// "change", never "increase" above "up".
			[]string{"change", "reduction"}, []string{"increase"}},
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

// TestSharedSubtitleOtherBase: changes to one period, most from the
// month before and one from a year earlier, each base on its bar's label
// (BaseAlone): the subtitle names no base, which would be false of the
// other bar (s31b-beds: "Percent change from the previous month" over a
// fall on October 2019). Bases of the bars' own periods stay shared.
func TestSharedSubtitleOtherBase(t *testing.T) {
	change := func(p, base string, signed bool) Bar {
		return Bar{Figure: Figure{Status: indicators.Fact, Measure: indicators.Change, Period: period(t, p), Unit: indicators.PercentUnit},
			Label: "28%", Q: indicators.Quantity{Direction: indicators.Down}, Base: period(t, base), Signed: signed}
	}
	tests := []struct {
		name      string
		bars      []Bar
		want, not string
	}{
		{"s31b-beds", []Bar{change("2020-10", "2019-10", true), change("2020-10", "2020-09", true), change("2020-10", "2020-09", true)},
			"Percent change, October 2020", "previous"},
		{"unsigned", []Bar{change("2020-10", "2019-10", false), change("2020-10", "2020-09", false), change("2020-10", "2020-09", false)},
			"Percent reduction, October 2020", "previous"},
		// A bar of another period says its own span: the rest share theirs.
		{"another period", []Bar{change("2020-09", "2019-09", true), change("2020-10", "2020-09", true), change("2020-10", "2020-09", true)},
			"from the previous month", ""},
	}
	for _, tt := range tests {
		times := make([]BarTime, len(tt.bars))
		for i, b := range tt.bars {
			times[i] = BarTime{b.Period, b.Base}
		}
		_, got := SharedSubtitle("Delayed discharges against earlier months", tt.bars, OwnTimes(times))
		if !strings.Contains(got, tt.want) || tt.not != "" && strings.Contains(got, tt.not) {
			t.Errorf("%s: SharedSubtitle = %q, want %q and no %q", tt.name, got, tt.want, tt.not)
		}
	}
}
