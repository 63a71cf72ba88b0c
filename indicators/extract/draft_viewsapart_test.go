package extract

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/currency"

	"github.com/claimbook/claimbook/indicators"
)

// TestDraftViewsKeepApartReleaseViews: proposed bars never put months beside
// quarters, nor a surplus beside deficits as like bars; a change of a
// deficit stands with other changes.
func TestDraftViewsKeepApartReleaseViews(t *testing.T) {
	gbp := indicators.Unit{Kind: indicators.Money, Currency: currency.GBP}
	month := func(m int) indicators.Period {
		return indicators.Period{From: indicators.Date{Year: 2031, Month: time.Month(m)}}
	}
	q1 := indicators.QuarterPeriod(2031, 1)
	ind := func(id, title string, m indicators.MeasureKind, p indicators.Period) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: title, Measure: m, Unit: gbp, Stated: id, Period: p}
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want [][]string // the bar views' indicators
	}{
		{"months apart from quarters", []indicators.Indicator{
			ind("m3", "Northland deficit on trade", indicators.Flow, month(3)),
			ind("m2", "Northland deficit on trade", indicators.Flow, month(2)),
			ind("q", "Northland deficit on trade", indicators.Flow, q1),
			ind("q2", "Goods deficit", indicators.Flow, q1),
		}, [][]string{{"m3", "m2"}, {"q", "q2"}}},
		{"a surplus apart from deficits", []indicators.Indicator{
			ind("t", "Northland deficit on trade", indicators.Flow, month(3)),
			ind("g", "Northland deficit on goods", indicators.Flow, month(3)),
			ind("s", "Northland surplus on services", indicators.Flow, month(3)),
		}, [][]string{{"t", "g"}}},
		{"a deficit's change beside other changes", []indicators.Indicator{
			ind("h", "Northland deficit on trade", indicators.Flow, q1),
			ind("w", "Widening of the Northland deficit", indicators.Change, q1),
			ind("x", "Change in exports of timber", indicators.Change, q1),
		}, [][]string{{"w", "x"}}},
	}
	for _, tt := range tests {
		views, _ := proposeViews("doc", tt.inds, map[string]int{})
		var got [][]string
		for _, v := range views {
			if v.Kind == indicators.Bars {
				got = append(got, v.Indicators)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: bar views (-want +got):\n%s", tt.name, diff)
		}
	}
}
