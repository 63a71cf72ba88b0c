package indicators_test

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestDerivedPercentSpelled: derived.csv and the JSON write a derived
// percentage as the document's percentages are written ("58.08%" beside
// "35%", "58.08 per cent" beside "35 per cent"), where they were "58.08
// percent" whatever the document wrote; a document of "percent" keeps it.
func TestDerivedPercentSpelled(t *testing.T) {
	for _, tt := range []struct{ pct, want string }{
		{"%", "58.08%"},
		{" per cent", "58.08 per cent"},
		{" percent", "58.08 percent"},
	} {
		text := fmt.Sprintf("Of 1,200 staff, 697 women and 35%s part-time.\n", tt.pct)
		src := fmt.Sprintf(`sources:
  - id: s
    title: Staff
    text: s.txt
    sha256: %s
indicators:
  - id: staff
    title: Staff
    measure: stock
    status: fact
    stated: "1,200 staff"
    period: 2020
    provenance: [{source: s, quote: "1,200 staff"}]
  - id: women
    title: Women on the staff
    measure: stock
    status: fact
    stated: "697 women"
    period: 2020
    provenance: [{source: s, quote: "697 women"}]
  - id: part-time
    title: Part-time staff, share
    measure: share
    status: fact
    stated: "35%s"
    period: 2020
    provenance: [{source: s, quote: "35%s part-time"}]
derived:
  - id: women-share
    title: Women, share of staff
    formula: share
    inputs: [women, staff]
`, sha(text), tt.pct, tt.pct)
		c, err := indicators.Parse("c.yaml", []byte(src), func(string) ([]byte, error) { return []byte(text), nil })
		if err != nil {
			t.Fatalf("Parse(%q): %v", tt.pct, err)
		}
		var cs bytes.Buffer
		if err := indicators.WriteDerivedCSV(&cs, c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&cs).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := rows[1][4]; got != tt.want {
			t.Errorf("percent written %q: derived.csv Text = %q, want %q", tt.pct, got, tt.want)
		}
	}
}
