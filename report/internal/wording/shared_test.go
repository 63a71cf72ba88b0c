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
		{"one base differs", []BarTime{q3, {Period: q3.Period, Base: p("2020-Q3")}, q3}, []bool{false, true, false}},
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
