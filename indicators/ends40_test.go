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

// TestEnds40 is the table of the one rule of a figure's ends
// (Indicator.HedgeEnds), as the JSON and indicators.csv write them and
// derived arithmetic reads them, with the near misses it must not move.
// Found by the users of s35f: "about 60,000 households" was 59,500 to
// 60,500 beside the README's "some 8,300" 8,250 to 8,350; "around
// two-thirds" 66.2 to 67.2 with a JSON value of 66.6666666666667;
// "around 2¾%" 2.745 to 2.755, narrower than "2%"; Bank Rate "5%" 4.5 to
// 5.5 beside the target's and the minority's rates.
func TestEnds40(t *testing.T) {
	tests := []struct {
		stated, unit, measure, status string // measure "" is a stock, status "" a fact
		set                           bool
		value, low, high              string
	}{
		// A hedged figure is rounded at its last non-zero digit.
		{"about 60,000 households", "", "", "", false, "60000", "55000", "65000"},
		{"some 8,300 stray dogs", "", "", "", false, "8300", "8250", "8350"},
		{"about 60,500 households", "", "", "", false, "60500", "60450", "60550"},
		{"about 300 people", "", "", "", false, "300", "250", "350"},
		{"about 12 people", "", "", "", false, "12", "11.5", "12.5"},
		{"about £60 billion", "", "", "", false, "60000000000", "59500000000", "60500000000"},
		{"about 10%", "", "", "", false, "10", "9.5", "10.5"},
		{"some 6,830 complaints", "", "", "", false, "6830", "6829.5", "6830.5"},
		{"about 2,500 people", "", "", "", false, "2500", "2450", "2550"},
		{"About 62.6 million people", "", "", "", false, "62600000", "62550000", "62650000"},
		{"around 2.50%", "", "", "", false, "2.50", "2.495", "2.505"},
		{"about 2.0 billion people", "", "", "", false, "2000000000", "1950000000", "2050000000"},
		{"nearly 60,000 households", "", "", "", false, "60000", "50000", "60000"},
		// Near misses: said plainly, a count keeps its written digits
		// (rounded at most to the thousand); "an estimated" is a status.
		{"60,000 households", "", "", "", false, "60000", "59500", "60500"},
		{"an estimated 60,000 households", "", "", "estimate", false, "60000", "59500", "60500"},
		{"6,000 households", "", "", "", false, "6000", "", ""},
		{"2%", "", "", "", false, "2", "1.5", "2.5"},
		// A vulgar fraction is said in its steps, hedged or not.
		{"around 2¾%", "", "", "projection", false, "2.75", "2.625", "2.875"},
		{"2¾%", "", "", "", false, "2.75", "2.625", "2.875"},
		{"2½%", "", "", "", false, "2.5", "2.25", "2.75"},
		{"4⅜%", "", "", "", false, "4.375", "4.3125", "4.4375"},
		{"nearly 2¾%", "", "", "", false, "2.75", "2.5", "2.75"},
		{"2½ million people", "", "", "", false, "2500000", "2250000", "2750000"},
		{"5-1/4 percent", "", "", "", false, "5.25", "5.125", "5.375"},
		{"over 2¾%", "", "", "", false, "2.75", "2.75", ""},
		// Near miss: a decimal is not a fraction.
		{"2.75%", "", "", "", false, "2.75", "2.745", "2.755"},
		// A proportion in words gives one figure of its percent.
		{"around two-thirds", "percent", "share", "", false, "66.7", "61.7", "71.7"},
		{"almost two thirds", "percent", "share", "", false, "66.7", "56.7", "66.7"},
		{"around half", "percent", "share", "", false, "50", "45", "55"},
		{"about a third", "percent", "share", "", false, "33.3", "28.3", "38.3"},
		{"about one in five", "percent", "share", "", false, "20", "15", "25"},
		{"more than half", "percent", "share", "", false, "50", "50", ""},
		// Near misses: said plainly, a proportion in words is its fraction.
		{"two-thirds", "percent", "share", "", false, "66.7", "", ""},
		{"half", "percent", "share", "", false, "50", "", ""},
		{"a third", "percent", "share", "", false, "33.3", "", ""},
		// A value set, not measured, is exact as said.
		{"5%", "", "level", "", true, "5", "", ""},
		{"0.25 percentage points", "", "change", "", true, "-0.25", "", ""},
		{"2%", "", "level", "target", false, "2", "", ""},
		{"5.25%", "", "level", "intention", false, "5.25", "", ""},
		{"300,000 homes", "", "flow", "pledge", false, "300000", "", ""},
		// Near misses: a hedged target keeps its hedge's ends; a
		// projection is modelled, not set.
		{"about 300,000 homes", "", "flow", "pledge", false, "300000", "250000", "350000"},
		{"2%", "", "level", "projection", false, "2", "1.5", "2.5"},
	}
	var doc, items strings.Builder
	for i, tt := range tests {
		verb := "was"
		unit, measure, status, set := "", cmpOr(tt.measure, "stock"), cmpOr(tt.status, "fact"), ""
		if tt.unit != "" {
			unit = "\n    unit: " + tt.unit
		}
		if measure == "change" {
			unit += "\n    direction: down\n    base: not stated"
			verb = "decreased by"
		}
		fmt.Fprintf(&doc, "Figure %d %s %s.\n", i, verb, tt.stated)
		if tt.set {
			set = "\n    set: true"
		}
		fmt.Fprintf(&items, "  - id: x%d\n    title: X\n    measure: %s\n    status: %s\n    period: not stated\n    stated: %q%s%s\n    provenance: [{source: doc, quote: %q}]\n",
			i, measure, status, tt.stated, unit, set, fmt.Sprintf("Figure %d %s %s", i, verb, tt.stated))
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
			Value, Low, High *json.Number
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
		if str(j.Value) != tt.value || str(j.Low) != tt.low || str(j.High) != tt.high {
			t.Errorf("%q: JSON value, low, high = %q, %q, %q, want %q, %q, %q", tt.stated, str(j.Value), str(j.Low), str(j.High), tt.value, tt.low, tt.high)
		}
		if row := rows[i+1]; row[3] != tt.value || row[4] != tt.low || row[5] != tt.high {
			t.Errorf("%q: CSV Value, Low, High = %q, %q, %q, want %q, %q, %q", tt.stated, row[3], row[4], row[5], tt.value, tt.low, tt.high)
		}
	}
	// The JSON reads back as the same figures, set kept.
	withText := strings.Replace(js.String(), `"sha256": "`, `"text": "doc.txt", "sha256": "`, 1)
	back, err := indicators.Parse("c.json", []byte(withText), read)
	if err != nil {
		t.Fatalf("Parse(WriteJSON): %v", err)
	}
	for i := range c.Indicators {
		a, b := c.Indicators[i], back.Indicators[i]
		if a.Quantity.Qualifier != b.Quantity.Qualifier || !a.Quantity.Value.Equal(b.Quantity.Value) || a.Set != b.Set {
			t.Errorf("%s: read back as %v set %v, want %v set %v", a.ID, b.Quantity, b.Set, a.Quantity, a.Set)
		}
	}
}

// TestEnds40Derived: derived arithmetic reads the same ends as the
// exports: "about 60,000" of "about 120,000" is no tighter than the
// words allow, and a set rate less a set rate is exact (its digits are
// still said as a difference's are, to the coarser input's place).
func TestEnds40Derived(t *testing.T) {
	text := "There were about 60,000 households of about 120,000. Bank Rate is 5%, down from 5.25%.\n"
	y := fmt.Sprintf(`sources:
  - id: doc
    title: Doc
    text: doc.txt
    sha256: %s
indicators:
  - {id: a, title: A, measure: stock, status: fact, period: not stated, stated: "about 60,000", unit: household, provenance: [{source: doc, quote: "about 60,000 households"}]}
  - {id: b, title: B, measure: stock, status: fact, period: not stated, stated: "about 120,000", unit: household, provenance: [{source: doc, quote: "about 120,000"}]}
  - {id: r, title: R, measure: level, status: fact, period: not stated, stated: "5%%", set: true, provenance: [{source: doc, quote: "Bank Rate is 5%%"}]}
  - {id: s, title: S, measure: level, status: fact, period: not stated, stated: "5.25%%", set: true, provenance: [{source: doc, quote: "down from 5.25%%"}]}
derived:
  - {id: share, title: Share, formula: share, inputs: [a, b]}
  - {id: diff, title: Diff, formula: difference, inputs: [s, r]}
`, sha(text))
	read := func(string) ([]byte, error) { return []byte(text), nil }
	c, err := indicators.Parse("c.yaml", []byte(y), read)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	r, err := c.Compute("share")
	if err != nil {
		t.Fatal(err)
	}
	// 55,000/125,000 to 65,000/115,000: 44 to 56.5 percent.
	if r.Interval.Lo > 44.01 || r.Interval.Hi < 56.5 {
		t.Errorf("share interval = %v, want at least [44, 56.52]", r.Interval)
	}
	d, err := c.Compute("diff")
	if err != nil {
		t.Fatal(err)
	}
	if d.Interval.Lo != 0.25 || d.Interval.Hi != 0.25 {
		t.Errorf("diff interval = %v, want the exact [0.25, 0.25]", d.Interval)
	}
}

func cmpOr(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
