package indicators_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestHedgeEndsExported: every export gives a hedged figure the interval
// its words allow (the README's table), the JSON and indicators.csv
// alike, null or empty where it is open. Nine figures said "some" had
// none while the share computed from one of them had its own
// (s32c-dogs). A figure said with no hedge has the ends its written
// digits allow, as derived arithmetic reads it ("2.45 million" was an
// exact 2,450,000 with no ends, s33d-bluebadge; "4 million people"
// s33d-passports); one exact by its words (a count to the unit, a rank, a
// proportion in words) keeps none; a proportion in words with a hedge
// gives one figure of its percent ("almost two thirds" was 66.6 to 66.7,
// s33d-youthjustice, then 65.7 to 66.7 until ends40). The JSON reads
// back. The rule's own table is TestEnds40 (ends40_test.go).
func TestHedgeEndsExported(t *testing.T) {
	tests := []struct {
		stated, unit, measure, low, high string // measure "" is a stock
	}{
		{"some 6,830 complaints", "", "", "6829.5", "6830.5"},
		// A count said "about" with two zeros or more is rounded at its
		// last non-zero digit, as derived arithmetic reads it.
		{"some 8,300 stray dogs", "", "", "8250", "8350"},
		{"about 300 people", "", "", "250", "350"},
		{"an estimated 240 million small packets", "small packet", "", "239500000", "240500000"},
		{"around 2.5%", "", "", "2.45", "2.55"},
		{"nearly 350 people", "", "", "340", "350"},
		{"almost 40%", "", "", "30", "40"},
		{"over 90%", "", "", "90", ""},
		{"more than 1 million people", "", "", "1000000", ""},
		{"at least 12 people", "", "", "12", ""},
		{"up to 30 people", "", "", "0", "30"},
		{"less than 2.5%", "", "", "", "2.5"},
		{"3,652 taxis", "", "", "", ""},
		// Said with no hedge: the ends its written digits allow.
		{"2.45 million badges", "", "", "2445000", "2455000"},
		{"4 million people", "", "", "3500000", "4500000"},
		{"617,000 people", "", "", "616500", "617500"},
		{"11.2 million passengers", "", "", "11150000", "11250000"},
		{"68%", "", "", "67.5", "68.5"},
		{"$279 billion", "", "", "278500000000", "279500000000"},
		{"Almost two thirds", "percent", "share", "56.7", "66.7"},
		{"about a third", "percent", "share", "28.3", "38.3"},
		// Exact by its words: no ends.
		{"6,932 marriages", "", "", "", ""},
		{"300 people", "", "", "", ""},
		{"a fifth", "percent", "share", "", ""},
		// A ratio rounded to a whole "in M" (verify45, s36g-fraud).
		{"one in five", "percent", "share", "18.1", "22.3"},
		{"highest", "", "", "", ""},
	}
	var doc strings.Builder
	var items strings.Builder
	for i, tt := range tests {
		fmt.Fprintf(&doc, "Figure %d was %s.\n", i, tt.stated)
		unit, measure := "", "stock"
		if tt.unit != "" {
			unit = "\n    unit: " + tt.unit
		}
		if tt.measure != "" {
			measure = tt.measure
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
	var got struct {
		Indicators []struct {
			Low, High *json.Number
		}
	}
	if err := json.Unmarshal(js.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&cs).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	str := func(n *json.Number) string {
		if n == nil {
			return ""
		}
		return string(*n)
	}
	for i, tt := range tests {
		j := got.Indicators[i]
		if str(j.Low) != tt.low || str(j.High) != tt.high {
			t.Errorf("%q: JSON low, high = %q, %q, want %q, %q", tt.stated, str(j.Low), str(j.High), tt.low, tt.high)
		}
		if row := rows[i+1]; row[4] != tt.low || row[5] != tt.high {
			t.Errorf("%q: CSV Low, High = %q, %q, want %q, %q", tt.stated, row[4], row[5], tt.low, tt.high)
		}
	}
	// The JSON reads back as the same figures; ends that disagree with
	// the words are refused.
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
	bad := strings.Replace(withText, `"low": 8250`, `"low": 6000`, 1)
	if _, err := indicators.Parse("c.json", []byte(bad), read); err == nil {
		t.Errorf("Parse of a low of 6000 for \"some 8,300 stray dogs\": no error")
	}
}
