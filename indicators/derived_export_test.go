package indicators_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// openText is the source of openCatalog: figures hedged open, as a real
// document states them.
const openText = "Exports were more than $54 billion, against over $500 million of aid.\n" +
	"In 2013 solar capacity was less than 2,800 MW.\n" +
	"By 2014 total capacity is to be more than 10,700 MW.\n"

// openCatalog returns a catalog of openText with a ratio that cannot be
// bounded and a share that is "less than" a bound.
func openCatalog(t *testing.T) (src []byte, read func(string) ([]byte, error)) {
	t.Helper()
	src = []byte(fmt.Sprintf(`claimbook: 1
sources:
  - id: s
    title: Open figures
    publisher: Tests
    issued: 2026-01-15
    url: https://example.org/open
    text: open.txt
    sha256: %s
indicators:
  - id: exports
    title: Exports
    entities: [US]
    measure: flow
    status: fact
    stated: more than $54 billion
    period: not stated
    provenance:
      - source: s
        quote: Exports were more than $54 billion
  - id: aid
    title: Aid
    entities: [US]
    measure: flow
    status: fact
    stated: over $500 million
    period: not stated
    provenance:
      - source: s
        quote: over $500 million of aid
  - id: solar
    title: Solar capacity
    entities: [US]
    measure: stock
    status: fact
    stated: less than 2,800 MW
    period: 2013
    provenance:
      - source: s
        quote: In 2013 solar capacity was less than 2,800 MW.
  - id: total
    title: Total capacity
    entities: [US]
    measure: stock
    status: target
    stated: more than 10,700 MW
    period: 2014
    provenance:
      - source: s
        quote: By 2014 total capacity is to be more than 10,700 MW.
derived:
  - id: exports-over-aid
    title: Exports over aid
    formula: ratio
    inputs: [exports, aid]
  - id: solar-share
    title: Solar share of capacity
    formula: share
    inputs: [solar, total]
`, sha(openText)))
	read = func(path string) ([]byte, error) {
		if path != "open.txt" {
			return nil, fmt.Errorf("no file %q", path)
		}
		return []byte(openText), nil
	}
	return src, read
}

func loadOpen(t *testing.T) *indicators.Catalog {
	t.Helper()
	src, read := openCatalog(t)
	c, err := indicators.Parse("open.yaml", src, read)
	if err != nil {
		t.Fatalf("Parse(open.yaml): %v", err)
	}
	return c
}

// TestDerivedJSONContract: every derived figure carries its text,
// qualifier, value, low and high (null where open), period, status and,
// when it cannot be bounded, why.
func TestDerivedJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, loadOpen(t)); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Derived []map[string]any `json:"derived"`
	}
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	want := []map[string]any{
		{"id": "exports-over-aid", "title": "Exports over aid", "formula": "ratio", "inputs": []any{"exports", "aid"},
			"text": "cannot be bounded from these claims", "qualifier": nil, "value": nil, "low": 0.0, "high": nil,
			"unit": "times", "period": nil, "status": "fact", "bounded": false,
			"reason": `the wording of "more than $54 billion" (exports) and "over $500 million" (aid) leaves the ratio open above, with no bound but zero below: it could be any positive number`},
		{"id": "solar-share", "title": "Solar share of capacity", "formula": "share", "inputs": []any{"solar", "total"},
			"text": "less than 27 percent", "qualifier": "less_than", "value": nil, "low": 0.0, "high": 27.0,
			"unit": "percent", "period": "2013/2014", "status": "target", "bounded": true},
	}
	if diff := cmp.Diff(want, doc.Derived); diff != "" {
		t.Errorf("WriteJSON derived mismatch (-want +got):\n%s", diff)
	}
}

// TestDerivedCSV: the CSV of derived figures has the same words.
func TestDerivedCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteDerivedCSV(&buf, loadOpen(t)); err != nil {
		t.Fatal(err)
	}
	got, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	// Base and Restates are the last columns (fix17a, s23q-unions): a
	// reader by position keeps Status, Bounded and Reason where they were
	// before they were added.
	want := [][]string{
		{"ID", "Title", "Formula", "Inputs", "Text", "Qualifier", "Value", "Low", "High", "Unit", "Period", "Status", "Bounded", "Reason", "Base", "Restates"},
		{"exports-over-aid", "Exports over aid", "ratio", "exports;aid", "cannot be bounded from these claims", "", "", "0", "", "times", "not stated", "fact", "false",
			`the wording of "more than $54 billion" (exports) and "over $500 million" (aid) leaves the ratio open above, with no bound but zero below: it could be any positive number`, "", ""},
		{"solar-share", "Solar share of capacity", "share", "solar;total", "less than 27 percent", "less_than", "", "0", "27", "percent", "2013/2014", "target", "true", "", "", ""},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("WriteDerivedCSV mismatch (-want +got):\n%s", diff)
	}
}

// TestDerivedJSONLoads: the JSON export loads back, and a computed field
// edited by hand is reported where it stands.
func TestDerivedJSONLoads(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, loadOpen(t)); err != nil {
		t.Fatal(err)
	}
	_, read := openCatalog(t)
	withText := strings.Replace(buf.String(), `"sha256"`, `"text": "open.txt", "sha256"`, 1)
	c, err := indicators.Parse("open.json", []byte(withText), read)
	if err != nil {
		t.Fatalf("Parse(JSON export): %v", err)
	}
	var again bytes.Buffer
	indicators.WriteJSON(&again, c)
	if again.String() != buf.String() {
		t.Errorf("the JSON export does not load back to the same catalog:\n%s\nwant\n%s", again.String(), buf.String())
	}
	for _, tc := range []struct{ from, to, want string }{
		{`"text": "less than 27 percent"`, `"text": "about 26 percent"`, `derived "solar-share" computes text = "less than 27 percent", not about 26 percent: remove "text" (it is computed) or write that`},
		{`"qualifier": null`, `"qualifier": "approx"`, `derived "exports-over-aid" computes qualifier = null, not approx`},
		{`"bounded": false`, `"bounded": true`, `derived "exports-over-aid" computes bounded = "false", not true`},
	} {
		edited := strings.Replace(withText, tc.from, tc.to, 1)
		if edited == withText {
			t.Fatalf("the export has no %s", tc.from)
		}
		_, err := indicators.Parse("open.json", []byte(edited), read)
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.HasPrefix(err.Error(), "open.json:") {
			t.Errorf("Parse(export with %s) = %v, want a positioned error with %q", tc.to, err, tc.want)
		}
	}
}
