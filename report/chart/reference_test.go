package chart

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// TestReferenceLine: a target of a view of shares is a dashed line across
// the bars of its whole, keyed by the head of its title and its figure,
// not a hatched bar; a target in another unit stays a bar.
func TestReferenceLine(t *testing.T) {
	mk := func(id, title, stated string, m indicators.MeasureKind, st indicators.Status, p indicators.Period) indicators.Indicator {
		q, u, err := indicators.ParseStated(stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", stated, err)
		}
		return indicators.Indicator{ID: id, Title: title, Stated: stated, Quantity: q, Unit: u, Measure: m, Period: p, Status: st}
	}
	y2022, err := indicators.ParsePeriod("2022")
	if err != nil {
		t.Fatal(err)
	}
	c := &indicators.Catalog{
		Indicators: []indicators.Indicator{
			mk("guideline", "NATO guideline for defence spending as a share of GDP", "2%", indicators.Share, indicators.Target, indicators.NotStated),
			mk("uk", "UK defence expenditure as a share of GDP", "2.29%", indicators.Share, indicators.Fact, y2022),
			mk("us", "US share of global military spending", "39%", indicators.Share, indicators.Estimate, y2022),
			mk("funds", "Funding target", "$5 billion", indicators.Flow, indicators.Target, indicators.NotStated),
			mk("spent", "Funding", "$3 billion", indicators.Flow, indicators.Fact, y2022),
		},
		Views: []indicators.ChartView{
			{ID: "shares", Title: "Shares", Kind: indicators.Bars, Indicators: []string{"guideline", "uk", "us"}},
			{ID: "money", Title: "Money", Kind: indicators.Bars, Indicators: []string{"funds", "spent"}},
		},
	}
	tests := []struct {
		view   int
		values []string
		ref    *Reference
		key    []string
	}{
		{0, []string{"2.29%", "39%"}, &Reference{Value: 2, Label: "NATO guideline 2%", Rows: []int{0}, ID: "guideline"}, []string{"Fact", "Estimate", "NATO guideline 2%"}},
		{1, []string{"$5 billion", "$3 billion"}, nil, nil},
	}
	for _, tt := range tests {
		v := &c.Views[tt.view]
		s, err := NewSlide(c, v, nil)
		if err != nil {
			t.Fatalf("NewSlide(%q): %v", v.ID, err)
		}
		bs := s.body.(*Bars)
		var values []string
		for _, b := range bs.Bars {
			values = append(values, b.Value)
		}
		if !cmp.Equal(values, tt.values) {
			t.Errorf("NewSlide(%q) values = %q, want %q", v.ID, values, tt.values)
		}
		got := bs.Reference
		if got != nil {
			cp := *got
			cp.Color = nil
			got = &cp
		}
		if !cmp.Equal(got, tt.ref) {
			t.Errorf("NewSlide(%q) reference = %+v, want %+v", v.ID, got, tt.ref)
		}
		if tt.key != nil {
			var key []string
			for _, k := range s.Key {
				key = append(key, k.Text)
			}
			if !cmp.Equal(key, tt.key) {
				t.Errorf("NewSlide(%q) key = %q, want %q", v.ID, key, tt.key)
			}
		}
	}
}
