package indicators_test

import (
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSignWritten: a derived amount writes its currency as its inputs'
// labels do (s18k-construction: "about HKD 23.9 billion" beside
// "HK$23.9 billion"); inputs that write the code keep it, and a
// currency Format has a sign of its own (testdata/kinds/prices' pounds,
// U.S. dollars) is written as before.
func TestSignWritten(t *testing.T) {
	tests := []struct {
		name, code string
		stated     []string
		text       string
		allowed    string
	}{
		{"s18k-construction sites", "HKD", []string{"$8.0 billion", "$4.0 billion", "$11.8 billion"},
			"about HK$23.8 billion", "from HK$23.6 billion to HK$24.0 billion"},
		{"a document that writes the code", "HKD", []string{"HKD 8.0 billion", "HKD 4.0 billion"},
			"HKD 12.0 billion", ""},
		{"New Zealand dollars", "NZD", []string{"$1.8 billion", "$0.4 billion"}, "NZ$2.2 billion", ""},
		{"pounds", "GBP", []string{"£539", "£100"}, "£639", ""},
		{"U.S. dollars", "USD", []string{"$279 billion", "$21 billion"}, "$300 billion", ""},
	}
	for _, tt := range tests {
		u, err := indicators.MoneyUnit(tt.code)
		if err != nil {
			t.Fatalf("MoneyUnit(%q): %v", tt.code, err)
		}
		c := &indicators.Catalog{}
		var ids []string
		for i, s := range tt.stated {
			q, _, err := indicators.ParseStated(s)
			if err != nil {
				t.Fatalf("ParseStated(%q): %v", s, err)
			}
			id := string(rune('a' + i))
			ids = append(ids, id)
			c.Indicators = append(c.Indicators, indicators.Indicator{ID: id, Title: id, Stated: s, Quantity: q, Unit: u, Measure: indicators.Flow})
		}
		c.Derived = []indicators.Derived{{ID: "x", Title: "X", Op: indicators.Sum, Inputs: ids}}
		r, err := c.Compute("x")
		if err != nil {
			t.Fatalf("%s: Compute: %v", tt.name, err)
		}
		if got := r.Text(indicators.Style{}); got != tt.text {
			t.Errorf("%s: Text = %q, want %q", tt.name, got, tt.text)
		}
		if got := r.Allowed(); tt.allowed != "" && got != tt.allowed {
			t.Errorf("%s: Allowed = %q, want %q", tt.name, got, tt.allowed)
		}
	}
}
