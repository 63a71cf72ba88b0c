package wording

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestOwnTimes: bars say their own time only where it is not the one most
// of them share; where none is shared by most, every bar says its own.
func TestOwnTimes(t *testing.T) {
	p := func(s string) indicators.Period {
		q, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	q3 := BarTime{p("2022-Q3"), p("2021-Q3")}
	day := BarTime{p("2022-09-30"), p("2021-09-30")}
	q2 := BarTime{p("2022-Q2"), p("2021-Q2")}
	none := BarTime{Period: indicators.NotStated}
	tests := []struct {
		name  string
		times []BarTime
		want  []bool
	}{
		{"one time", []BarTime{q3, q3, q3}, []bool{false, false, false}},
		{"one bar differs", []BarTime{q3, q3, q3, q3, q3, q3, day}, []bool{false, false, false, false, false, false, true}},
		// The subtitle cannot name the shared base, which the other
		// bar's contradicts (SharedSubtitle): every bar says its own
		// (s33d-adoption).
		{"one base differs", []BarTime{q3, {Period: q3.Period, Base: p("2020-Q3")}, q3}, []bool{true, true, true}},
		{"another period's base differs", []BarTime{q3, {Period: q2.Period, Base: p("2020-Q2")}, q3}, []bool{false, true, false}},
		{"half and half", []BarTime{q3, q3, day, day}, []bool{true, true, true, true}},
		{"all differ", []BarTime{q3, day, q2}, []bool{true, true, true}},
		{"two of three", []BarTime{q2, q3, q3}, []bool{true, false, false}},
		{"most not stated", []BarTime{none, none, q3}, []bool{true, true, true}},
	}
	for _, tt := range tests {
		if got := OwnTimes(tt.times); !cmp.Equal(got, tt.want) {
			t.Errorf("OwnTimes(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBaseAlone: changes to one period from bases of their own say their
// bases alone where the subtitle says the period; not where they share
// their base too, are of several periods, or one is no change.
func TestBaseAlone(t *testing.T) {
	p := func(s string) indicators.Period {
		q, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return q
	}
	pct := indicators.PercentUnit
	change := func(period, base string) Bar {
		return Bar{Figure: Figure{Status: indicators.Fact, Measure: indicators.Change, Period: p(period), Unit: pct}, Label: "1%", Base: p(base)}
	}
	level := Bar{Figure: Figure{Status: indicators.Fact, Measure: indicators.Level, Period: p("2023-10/2024-09"), Unit: pct}, Label: "1%"}
	tests := []struct {
		name string
		bars []Bar
		want bool
	}{
		{"fire release", []Bar{change("2023-10/2024-09", "2022-10/2023-09"), change("2023-10/2024-09", "2018-10/2019-09")}, true},
		{"one base", []Bar{change("2023-10/2024-09", "2022-10/2023-09"), change("2023-10/2024-09", "2022-10/2023-09")}, false},
		{"two periods", []Bar{change("2023-10/2024-09", "2022-10/2023-09"), change("2022-10/2023-09", "2018-10/2019-09")}, false},
		{"a level beside", []Bar{change("2023-10/2024-09", "2022-10/2023-09"), change("2023-10/2024-09", "2018-10/2019-09"), level}, false},
	}
	for _, tt := range tests {
		if got := BaseAlone("Changes", tt.bars); got != tt.want {
			t.Errorf("BaseAlone(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
	for _, tc := range []struct{ base, period, want string }{
		// One way for every base of a chart, the period just before
		// too (s20n-gambling).
		{"2022-10/2023-09", "2023-10/2024-09", "compared with year ending September 2023"},
		{"2010-Q4", "2011-Q1", "compared with Q4 2010"},
		{"2018-10/2019-09", "2023-10/2024-09", "compared with year ending September 2019"},
		{"2021-Q3", "2022-Q3", "compared with Q3 2021"},
		{"not stated", "2022-Q3", ""},
	} {
		if got := BaseLabel(p(tc.base), p(tc.period)); got != tc.want {
			t.Errorf("BaseLabel(%q, %q) = %q, want %q", tc.base, tc.period, got, tc.want)
		}
	}
}
