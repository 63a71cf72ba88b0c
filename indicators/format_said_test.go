package indicators_test

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestSaidEveryOutput: derived.csv's Text (and so the JSON export's)
// says a figure below zero as the deck does (Result.Said): s18k-defence's
// joiners less leavers "−2,630 people", never "-2,630 people" (which a
// spreadsheet guard also prefixed with an apostrophe), and a change from
// an earlier period as a fall (testdata/kinds/courts: "down 554 cases")
// and a rise as a rise (testdata/kinds/obesity: "up 0.3 percentage
// points", as the book says it; s24s-cycling's derived.csv said a rise
// bare beside "down 3 percentage points").
func TestSaidEveryOutput(t *testing.T) {
	defence, err := indicators.Load("../testdata/kinds/defence/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	courts, err := indicators.Load("../testdata/kinds/courts/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	obesity, err := indicators.Load("../testdata/kinds/obesity/catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		c    *indicators.Catalog
		id   string
		want string
	}{
		{"defence net flow", defence, "regular-net-flow", "−2,630 people"},
		{"courts change", courts, "crown-outstanding-change", "down 554 cases"},
		{"obesity rise", obesity, "rec-obese-change", "up 0.3 percentage points"},
	}
	for _, tt := range tests {
		r, err := tt.c.Compute(tt.id)
		if err != nil {
			t.Fatalf("%s: Compute: %v", tt.name, err)
		}
		if got := r.Said(indicators.Style{}); got != tt.want {
			t.Errorf("%s: Said = %q, want %q", tt.name, got, tt.want)
		}
		var buf bytes.Buffer
		if err := indicators.WriteDerivedCSV(&buf, tt.c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&buf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, row := range rows[1:] {
			if row[0] == tt.id {
				found = true
				if row[4] != tt.want {
					t.Errorf("%s: derived.csv Text = %q, want %q", tt.name, row[4], tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: derived.csv has no row %q", tt.name, tt.id)
		}
	}
}
