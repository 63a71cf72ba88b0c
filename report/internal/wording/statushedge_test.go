package wording

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestStatusOnce: a hedge that is the figure's own status ("estimated" of
// an estimate) is its status, said once: the figure is exact in every
// output, its label bare (s21o-traffic: "estimated 9.7 billion" beside
// "7.1 billion", five estimates); a hedge of another status, or a true
// hedge, stays.
func TestStatusOnce(t *testing.T) {
	tests := []struct {
		stated    string
		status    indicators.Status
		wantLabel string
		wantQual  indicators.Qualifier
	}{
		{"estimated 9.7 billion", indicators.Estimate, "9.7 billion", indicators.Exact},
		{"an estimated 14.7 billion", indicators.Estimate, "14.7 billion", indicators.Exact},
		{"an estimated 805,000 vacancies", indicators.Estimate, "805,000 vacancies", indicators.Exact},
		{"an estimated 805,000 vacancies", indicators.Fact, "an estimated 805,000 vacancies", indicators.Approx},
		{"about 9.7 billion", indicators.Estimate, "about 9.7 billion", indicators.Approx},
		{"7.1 billion", indicators.Estimate, "7.1 billion", indicators.Exact},
	}
	for _, tt := range tests {
		q, u, err := indicators.ParseStated(tt.stated)
		if err != nil {
			t.Fatalf("ParseStated(%q): %v", tt.stated, err)
		}
		c := &indicators.Catalog{Indicators: []indicators.Indicator{{ID: "x", Stated: tt.stated, Quantity: q, Unit: u, Status: tt.status, Measure: indicators.Flow}}}
		got := StatusOnce(c)
		ind := &got.Indicators[0]
		if ind.Quantity.Qualifier != tt.wantQual {
			t.Errorf("StatusOnce(%q, %s) qualifier = %s, want %s", tt.stated, tt.status, ind.Quantity.Qualifier, tt.wantQual)
		}
		if l := LabelOf(ind); l != tt.wantLabel {
			t.Errorf("LabelOf(StatusOnce(%q, %s)) = %q, want %q", tt.stated, tt.status, l, tt.wantLabel)
		}
		if c.Indicators[0].Quantity.Qualifier != q.Qualifier {
			t.Errorf("StatusOnce(%q) changed its argument", tt.stated)
		}
		if ind.Stated != tt.stated {
			t.Errorf("StatusOnce(%q) stated = %q, want the document's words", tt.stated, ind.Stated)
		}
	}
}
