package indicators_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestRankOrderExport: a rank's place 1 is said in the CSV's Unit cell
// and the JSON's rank_order, as the book's Unit cell says it, so that a
// script sorting the places does not mix ranks counted from either end
// (s27x-hatecrime: "third lowest" and "largest" both exported "rank");
// every tracked catalog's JSON loads back with it (TestExportsSayAFallOneWay:
// hatecrime's ranks), and a rank_order that disagrees with
// stated is an error.
func TestRankOrderExport(t *testing.T) {
	text := "Sectarian incidents were the third lowest since 2005/06. The increase in transphobic incidents was the largest.\n"
	cat := `claimbook: 1
sources:
  - id: s
    title: S
    text: s.txt
    sha256: ` + sha(text) + `
indicators:
  - id: low
    title: Sectarian incidents, rank among years since 2005/06
    entities: [GB-NIR]
    measure: rank
    status: fact
    stated: third lowest
    unit: rank
    period: 2019/20
    provenance:
      - source: s
        quote: Sectarian incidents were the third lowest since 2005/06.
  - id: big
    title: Increase in transphobic incidents, rank among strands
    entities: [GB-NIR]
    measure: rank
    status: fact
    stated: largest
    unit: rank
    RANKORDER
    period: 2019/20
    provenance:
      - source: s
        quote: The increase in transphobic incidents was the largest.
`
	read := func(string) ([]byte, error) { return []byte(text), nil }
	c, err := indicators.Parse("c.yaml", []byte(strings.Replace(cat, "RANKORDER", "", 1)), read)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := indicators.WriteCSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	unit := -1
	for i, h := range rows[0] {
		if h == "Unit" {
			unit = i
		}
	}
	for i, want := range []string{"rank (1 = lowest)", "rank (1 = largest)"} {
		if got := rows[i+1][unit]; got != want {
			t.Errorf("CSV Unit of %s = %q, want %q", rows[i+1][0], got, want)
		}
	}
	buf.Reset()
	if err := indicators.WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Indicators []struct {
			ID, Unit  string
			RankOrder string `json:"rank_order"`
		}
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"1 = lowest", "1 = largest"} {
		if g := got.Indicators[i]; g.RankOrder != want || g.Unit != "rank" {
			t.Errorf("JSON %s: unit %q, rank_order %q; want \"rank\", %q", g.ID, g.Unit, g.RankOrder, want)
		}
	}
	_, err = indicators.Parse("c.yaml", []byte(strings.Replace(cat, "RANKORDER", `rank_order: "1 = lowest"`, 1)), read)
	if err == nil || !strings.Contains(err.Error(), `rank_order "1 = lowest" disagrees with stated "largest", which gives "1 = largest"`) {
		t.Errorf("a rank_order that disagrees with stated: err = %v", err)
	}
}
