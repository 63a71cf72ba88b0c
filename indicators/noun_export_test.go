package indicators_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestNounHedgeExport: the noun phrase and a range's hedge, read from
// stated, are in the JSON contract, and a catalog that gives them must
// agree with stated.
func TestNounHedgeExport(t *testing.T) {
	text := "Some 1,500 U.S. jobs and an estimated $55 billion to $93 billion.\n"
	cat := `claimbook: 1
sources:
  - id: s
    title: S
    text: s.txt
    sha256: ` + sha(text) + `
indicators:
  - id: jobs
    title: Jobs
    entities: [US]
    measure: count
    status: fact
    stated: 1,500 U.S. jobs
    noun: %s
    period: not stated
    provenance:
      - source: s
        quote: 1,500 U.S. jobs
  - id: cost
    title: Cost
    entities: [US]
    measure: flow
    status: fact
    stated: an estimated $55 billion to $93 billion
    period: not stated
    provenance:
      - source: s
        quote: an estimated $55 billion to $93 billion
`
	read := func(string) ([]byte, error) { return []byte(text), nil }
	c, err := indicators.Parse("c.yaml", []byte(fmt.Sprintf(cat, "U.S. jobs")), read)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Indicators []struct{ ID, Noun, Hedge, Unit string }
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if g := got.Indicators[0]; g.Noun != "U.S. jobs" || g.Unit != "job" || g.Hedge != "" {
		t.Errorf("jobs exports noun %q, unit %q, hedge %q; want \"U.S. jobs\", \"job\", \"\"", g.Noun, g.Unit, g.Hedge)
	}
	if g := got.Indicators[1]; g.Hedge != "an estimated" || g.Noun != "" {
		t.Errorf("cost exports hedge %q, noun %q; want \"an estimated\", \"\"", g.Hedge, g.Noun)
	}
	_, err = indicators.Parse("c.yaml", []byte(fmt.Sprintf(cat, "jobs")), read)
	if err == nil || !bytes.Contains([]byte(err.Error()), []byte(`noun "jobs" disagrees with stated "1,500 U.S. jobs", which gives "U.S. jobs"`)) {
		t.Errorf("a noun that disagrees with stated: err = %v", err)
	}
}
