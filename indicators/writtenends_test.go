package indicators_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestWrittenEndsExported: a figure said with no hedge has the Low and
// High its written digits allow, in the CSV and the JSON alike, as
// derived arithmetic reads it ("2.45 million" was an exact 2,450,000 with
// no ends, s33d-bluebadge; "4 million people" s33d-passports); a figure
// exact by its words keeps none; a proportion in words with a hedge is
// said to a whole percent ("almost two thirds" was 66.6 to 66.7,
// s33d-youthjustice). The JSON reads back.
func TestWrittenEndsExported(t *testing.T) {
	tests := []struct {
		stated, unit, low, high string
	}{
		{"2.45 million badges", "", "2445000", "2455000"},
		{"4 million people", "", "3500000", "4500000"},
		{"617,000 people", "", "616500", "617500"},
		{"11.2 million passengers", "", "11150000", "11250000"},
		{"68%", "", "67.5", "68.5"},
		{"$279 billion", "", "278500000000", "279500000000"},
		{"Almost two thirds", "percent", "65.7", "66.7"},
		{"about a third", "percent", "32.8", "33.8"},
		// Exact by its words: no ends.
		{"6,932 marriages", "", "", ""},
		{"300 people", "", "", ""},
		{"one in five", "percent", "", ""},
		{"highest", "", "", ""},
	}
	var doc, items strings.Builder
	for i, tt := range tests {
		fmt.Fprintf(&doc, "Figure %d was %s.\n", i, tt.stated)
		unit, measure := "", "stock"
		if tt.unit != "" {
			unit, measure = "\n    unit: "+tt.unit, "share"
		}
		fmt.Fprintf(&items, "  - id: x%d\n    title: X\n    measure: %s\n    status: fact\n    period: not stated\n    stated: %q%s\n    provenance: [{source: doc, quote: %q}]\n", i, measure, tt.stated, unit, fmt.Sprintf("Figure %d was %s", i, tt.stated))
	}
	text := doc.String()
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: doc.txt\n    sha256: %s\nindicators:\n%s", sha(text), items.String())
	read := func(string) ([]byte, error) { return []byte(text), nil }
	c, err := indicators.Parse("c.yaml", []byte(y), read)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	var js, cs bytes.Buffer
	if err := indicators.WriteJSON(&js, c); err != nil {
		t.Fatal(err)
	}
	if err := indicators.WriteCSV(&cs, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for i, tt := range tests {
		if row := rows[i+1]; row[4] != tt.low || row[5] != tt.high {
			t.Errorf("%q: CSV Low, High = %q, %q, want %q, %q", tt.stated, row[4], row[5], tt.low, tt.high)
		}
	}
	withText := strings.Replace(js.String(), `"sha256": "`, `"text": "doc.txt", "sha256": "`, 1)
	back, err := indicators.Parse("c.json", []byte(withText), read)
	if err != nil {
		t.Fatalf("Parse(WriteJSON): %v", err)
	}
	for i := range c.Indicators {
		if a, b := c.Indicators[i].Quantity, back.Indicators[i].Quantity; a.Qualifier != b.Qualifier || !a.Value.Equal(b.Value) {
			t.Errorf("%s: read back as %v, want %v", c.Indicators[i].ID, b, a)
		}
	}
}
