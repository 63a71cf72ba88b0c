package indicators_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestBadCatalogs(t *testing.T) {
	files, err := filepath.Glob("testdata/bad-catalogs/*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(badCatalogs) {
		t.Errorf("testdata/bad-catalogs has %d files, the table %d: every file needs its messages", len(files), len(badCatalogs))
	}
	if len(badCatalogs) < 25 {
		t.Errorf("only %d bad catalogs; the issue asks for at least 25", len(badCatalogs))
	}
	for _, tc := range badCatalogs {
		t.Run(tc.file, func(t *testing.T) {
			c, err := indicators.Load(filepath.Join("testdata", "bad-catalogs", tc.file))
			if c != nil {
				t.Errorf("Load returned a catalog with errors")
			}
			var list indicators.ErrorList
			if !errors.As(err, &list) {
				t.Fatalf("Load error = %v (%T), want an ErrorList", err, err)
			}
			var got []string
			for _, e := range list {
				got = append(got, strings.TrimPrefix(e.Error(), filepath.Join("testdata", "bad-catalogs")+string(filepath.Separator)))
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("Load(%q) messages (-want +got):\n%s", tc.file, diff)
			}
			for _, e := range list {
				if !e.Pos.IsValid() {
					t.Errorf("error without a position: %v", e)
				}
			}
		})
	}
}

func TestGoodCatalog(t *testing.T) {
	c, err := indicators.Load("testdata/good-catalog.yaml")
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	ind, ok := c.Indicator("stock")
	if !ok {
		t.Fatal("no indicator stock")
	}
	if got, want := ind.Quantity, indicators.Point(indicators.NewDecimal(350, 9), indicators.Nearly); got.Value != want.Value || got.Qualifier != want.Qualifier {
		t.Errorf("stock quantity = %+v, want %+v", got, want)
	}
	// The quote had no span: Load finds it.
	src, _ := c.Source("facts")
	if got, _ := ind.Provenance[0].Span.In(src.Text); got != ind.Provenance[0].Quote {
		t.Errorf("located span gives %q, want the quote %q", got, ind.Provenance[0].Quote)
	}
}

func TestErrorKinds(t *testing.T) {
	tests := []struct {
		file string
		kind error
	}{
		{"03-unknown-field-typo.yaml", indicators.ErrUnknownField},
		{"04-value-not-number.yaml", indicators.ErrType},
		{"12-duplicate-id.yaml", indicators.ErrDuplicateID},
		{"13-dangling-derived-input.yaml", indicators.ErrDangling},
		{"16-quote-not-in-source.yaml", indicators.ErrQuote},
		{"17-quote-moved.yaml", indicators.ErrSpan},
		{"18-sha-mismatch.yaml", indicators.ErrHash},
		{"28-figure-not-in-quote.yaml", indicators.ErrMismatch},
	}
	for _, tc := range tests {
		_, err := indicators.Load(filepath.Join("testdata", "bad-catalogs", tc.file))
		if !errors.Is(err, tc.kind) {
			t.Errorf("Load(%q) = %v, want errors.Is %v", tc.file, err, tc.kind)
		}
	}
}

func TestLoadUnreadable(t *testing.T) {
	_, err := indicators.Load("testdata/no-such-file.yaml")
	var list indicators.ErrorList
	if err == nil || errors.As(err, &list) || !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Load(missing) = %v, want a not-exist error that is not an ErrorList", err)
	}
}

// smallCatalog builds a catalog in Go over a short text.
func smallCatalog() *indicators.Catalog {
	text := "Trade Facts\n\nIn 2014, two-way trade was $279 billion.\nThe stock was nearly $350 billion.\n"
	c := &indicators.Catalog{
		Sources: []indicators.Source{{ID: "facts", Title: "Trade Facts", Text: text, SHA256: sha(text)}},
		Indicators: []indicators.Indicator{{
			ID: "trade", Title: "Trade", Stated: "$279 billion", Period: indicators.YearPeriod(2014),
			Quantity: indicators.Quantity{Value: indicators.NewDecimal(279, 9), Scale: indicators.Billion},
			Unit:     mustUnit("USD"),
			Provenance: []indicators.Provenance{{Source: "facts", Quote: "In 2014, two-way trade was $279 billion.",
				Span: indicators.Span{Start: 13, End: 53}}},
		}},
	}
	return c
}

func mustUnit(s string) indicators.Unit { return indicators.MustParseUnit(s) }

func TestVerify(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *indicators.Catalog)
		want   string
		kind   error
	}{
		{"clean", func(c *indicators.Catalog) {}, "", nil},
		{"moved span", func(c *indicators.Catalog) {
			c.Indicators[0].Provenance[0].Span = indicators.Span{Start: 12, End: 52}
		}, `indicator "trade", provenance 1: quote is not at its span 12..52 but occurs once at 13..53: write start: 13 and end: 53`, indicators.ErrSpan},
		{"edited quote", func(c *indicators.Catalog) {
			c.Indicators[0].Provenance[0].Quote = "In 2014, two-way trade was $297 billion."
		}, `indicator "trade", provenance 1: quote "In 2014, two-way trade was $297 billion." is not in source "facts"; the text there reads "In 2014, two-way trade was $279 billion.": copy it verbatim from the text`, indicators.ErrQuote},
		{"changed source text", func(c *indicators.Catalog) {
			c.Sources[0].Text = strings.Replace(c.Sources[0].Text, "279", "297", 1)
		}, `source "facts": the text of source "facts" has sha256 ` + sha(strings.Replace(smallCatalog().Sources[0].Text, "279", "297", 1)), indicators.ErrHash},
		{"number disagrees with quote", func(c *indicators.Catalog) {
			c.Indicators[0].Stated = "$280 billion"
			c.Indicators[0].Quantity.Value = indicators.NewDecimal(280, 9)
		}, `indicator "trade", provenance 1: the quote does not state "$280 billion": the numbers in the quote ("2014", "279") disagree with the indicator; fix the quote or the figure`, indicators.ErrMismatch},
		{"quantity disagrees with stated", func(c *indicators.Catalog) {
			c.Indicators[0].Quantity.Qualifier = indicators.Nearly
		}, `indicator "trade": quantity disagrees with stated "$279 billion": qualifier nearly here, exact in the words`, indicators.ErrMismatch},
		{"no stated: formatted figure found", func(c *indicators.Catalog) {
			c.Indicators[0].Stated = ""
		}, "", nil},
		{"unknown entity", func(c *indicators.Catalog) {
			c.Indicators[0].Entities = []string{"XX"}
		}, `indicator "trade": unknown entity "XX": write an ISO 3166-1 alpha-2 country code such as "US" or "JP", an ISO 3166-2 subdivision code such as "GB-ENG" (England), "WLD" for the world, a UN M49 region code such as "202" (Sub-Saharan Africa) or "150" (Europe), "EU" or "EZ" (the euro area)`, indicators.ErrValue},
		{"span off the text", func(c *indicators.Catalog) {
			c.Indicators[0].Provenance[0].Span = indicators.Span{Start: 500, End: 540}
		}, `indicator "trade", provenance 1: quote is not at its span`, indicators.ErrSpan},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := smallCatalog()
			tc.change(c)
			err := c.Verify()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("Verify() = %v, want nil", err)
				}
				return
			}
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("Verify() = %v\nwant prefix %s", err, tc.want)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("Verify() = %v, want errors.Is %v", err, tc.kind)
			}
		})
	}
}

func TestLocate(t *testing.T) {
	c := smallCatalog()
	c.Indicators[0].Provenance[0].Span = indicators.Span{}
	c.Locate()
	if got := c.Indicators[0].Provenance[0].Span; got != (indicators.Span{Start: 13, End: 53}) {
		t.Errorf("Locate gave span %v, want 13..53", got)
	}
	if err := c.Verify(); err != nil {
		t.Errorf("Verify after Locate: %v", err)
	}
}

func TestZeroCatalog(t *testing.T) {
	var c indicators.Catalog
	if err := c.Verify(); err != nil {
		t.Errorf("zero Catalog Verify() = %v, want nil", err)
	}
	if _, ok := c.Indicator("x"); ok {
		t.Errorf("zero Catalog has an indicator")
	}
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, &c); err != nil {
		t.Fatal(err)
	}
	if got, want := buf.String(), "{\n  \"sources\": [],\n  \"indicators\": [],\n  \"derived\": [],\n  \"views\": [],\n  \"series\": [],\n  \"conflicts\": []\n}\n"; got != want {
		t.Errorf("WriteJSON(zero) = %q, want %q", got, want)
	}
}

func TestYAMLRoundTrip(t *testing.T) {
	c := usjapan2015.Catalog()
	dir := t.TempDir()
	var buf bytes.Buffer
	if err := indicators.WriteYAML(&buf, c); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "catalog.yaml"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, usjapan2015.TextFile), []byte(usjapan2015.Text()), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatalf("loading the exported YAML: %v", err)
	}
	if diff := cmp.Diff(c, back, cmpopts.IgnoreUnexported(indicators.Catalog{}), cmpopts.EquateComparable(currency.Unit{})); diff != "" {
		t.Errorf("catalog changed through YAML (-before +after):\n%s", diff)
	}
	// And once more: the YAML of the reloaded catalog is the same bytes.
	var again bytes.Buffer
	if err := indicators.WriteYAML(&again, back); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), again.Bytes()) {
		t.Errorf("WriteYAML is not idempotent through Load")
	}
}

func TestJSONContract(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, usjapan2015.Catalog()); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sources    []map[string]any `json:"sources"`
		Indicators []map[string]any `json:"indicators"`
		Derived    []map[string]any `json:"derived"`
	}
	dec := json.NewDecoder(&buf)
	dec.UseNumber()
	if err := dec.Decode(&doc); err != nil {
		t.Fatal(err)
	}
	byID := map[string]map[string]any{}
	for _, ind := range doc.Indicators {
		for _, k := range []string{"id", "title", "entities", "counterpart", "measure", "status", "value", "low", "high", "qualifier", "direction", "unit", "scale", "stated", "period", "provenance"} {
			if _, ok := ind[k]; !ok {
				t.Errorf("indicator %v has no %q field", ind["id"], k)
			}
		}
		byID[ind["id"].(string)] = ind
	}
	tests := []struct {
		id, field string
		want      any
	}{
		{"us-japan-trade-2014", "value", json.Number("279000000000")},
		{"us-japan-trade-2014", "period", "2014"},
		{"us-japan-trade-2014", "unit", "USD"},
		{"us-japan-trade-2014", "scale", "billion"},
		{"us-japan-trade-2014", "stated", "$279 billion"},
		{"japan-investment-stock-in-us", "qualifier", "nearly"},
		{"japan-investment-stock-in-us", "period", nil},
		{"japan-investment-stock-in-us", "counterpart", "US"},
		{"us-ghg-target-2025", "value", nil},
		{"us-ghg-target-2025", "low", json.Number("-28")}, // a fall below zero, as the CSV and the book hold it
		{"us-ghg-target-2025", "high", json.Number("-26")},
		{"us-ghg-target-2025", "qualifier", "range"},
		{"us-ghg-target-2025", "direction", "down"},
		{"us-ghg-target-2025", "unit", "percent"},
		{"us-ghg-target-2025", "status", "target"},
		{"us-ghsa-partner-countries", "unit", "country"},
		{"us-ghsa-partner-countries", "status", "pledge"},
		{"japan-ghsa-partner-countries", "status", "intention"},
		{"global-warming-limit", "unit", "degC"},
		{"japan-investor-rank-in-us", "unit", "rank"},
		{"japan-investor-rank-in-us", "value", json.Number("2")},
	}
	for _, tc := range tests {
		if got := byID[tc.id][tc.field]; !cmp.Equal(got, tc.want) {
			t.Errorf("%s.%s = %#v, want %#v", tc.id, tc.field, got, tc.want)
		}
	}
	prov := byID["us-japan-trade-2014"]["provenance"].([]any)[0].(map[string]any)
	start, _ := prov["start"].(json.Number).Int64()
	end, _ := prov["end"].(json.Number).Int64()
	runes := []rune(usjapan2015.Text())
	if got := string(runes[start:end]); got != prov["quote"] {
		t.Errorf("code point span %d..%d gives %q, want the quote %q", start, end, got, prov["quote"])
	}
	if len(doc.Derived) != 3 || doc.Derived[2]["low"] != json.Number("6") || doc.Derived[2]["high"] != json.Number("10") || doc.Derived[2]["unit"] != "times" {
		t.Errorf("derived = %v, want the GHSA ratio as 6 to 10 times", doc.Derived)
	}
}

func TestCSV(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteCSV(&buf, usjapan2015.Catalog()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if got, want := lines[0], strings.Join(indicators.CSVHeader, ","); got != want {
		t.Errorf("header = %q, want %q", got, want)
	}
	if len(lines) != 10 {
		t.Errorf("%d lines, want a header and 9 indicators", len(lines))
	}
	for _, c := range []struct{ in, want string }{
		{"=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"},
		{"-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"},
		{"@SUM(A1)", "'@SUM(A1)"},
		{"-$11.0 billion", "'-$11.0 billion"},
		{"-43,000", "-43,000"}, // a signed number is read as the number it is
		{"-2.4%", "-2.4%"},
		{"+0.9", "+0.9"},
		{"+$0.99", "+$0.99"}, // a currency symbol after the sign is still a number alone
		{"-£5", "-£5"},
		{"+C$0.99", "'+C$0.99"}, // a letter makes it text
		{"+$", "'+$"},
		{"-1,2.3.4", "'-1,2.3.4"},
		{"-", "'-"},
		{"$279 billion", "$279 billion"},
	} {
		if got := indicators.SafeText(c.in); got != c.want {
			t.Errorf("SafeText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// TestJSONExportLoads checks that the JSON export is a catalog once its
// source names its text: JSON is YAML to the loader, nulls included.
func TestJSONExportLoads(t *testing.T) {
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, usjapan2015.Catalog()); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	doc["sources"].([]any)[0].(map[string]any)["text"] = usjapan2015.TextFile
	b, _ := json.MarshalIndent(doc, "", " ")
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "catalog.json"), b, 0o644)
	os.WriteFile(filepath.Join(dir, usjapan2015.TextFile), []byte(usjapan2015.Text()), 0o644)
	c, err := indicators.Load(filepath.Join(dir, "catalog.json"))
	if err != nil {
		t.Fatalf("loading the JSON export: %v", err)
	}
	var again bytes.Buffer
	indicators.WriteJSON(&again, c)
	if again.String() != buf.String() {
		t.Errorf("the JSON export does not load back to the same catalog")
	}
	// A position in a JSON file is reported like one in YAML.
	doc["indicators"].([]any)[0].(map[string]any)["unit"] = "EUR"
	b, _ = json.MarshalIndent(doc, "", " ")
	os.WriteFile(filepath.Join(dir, "catalog.json"), b, 0o644)
	_, err = indicators.Load(filepath.Join(dir, "catalog.json"))
	if err == nil || !strings.Contains(err.Error(), "catalog.json:") || !strings.Contains(err.Error(), `unit "EUR" disagrees with stated "nearly 30 percent"`) {
		t.Errorf("Load(edited JSON) = %v, want a positioned unit mismatch", err)
	}
}

// TestBareDollar: a document's bare "$" may be another dollar, named by
// the catalog's unit; "US$" may not.
func TestBareDollar(t *testing.T) {
	tests := []struct {
		stated, unit string
		ok           bool
	}{
		{"$5 billion", "CAD", true},
		{"$5 billion", "AUD", true},
		{"$5 billion", "EUR", false},
		{"US$5 billion", "CAD", false},
		{"C$5 billion", "CAD", true},
	}
	for _, tc := range tests {
		q, _, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatal(err)
		}
		text := "Canada will invest " + tc.stated + " in transit."
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Stated: tc.stated, Quantity: q, Unit: mustUnit(tc.unit),
				Provenance: []indicators.Provenance{{Source: "s", Quote: text, Span: indicators.Span{Start: 0, End: len(text)}}}}},
		}
		if err := c.Verify(); (err == nil) != tc.ok {
			t.Errorf("stated %q with unit %s: Verify() = %v, want ok %v", tc.stated, tc.unit, err, tc.ok)
		}
	}
}

// TestBareNumberCount: a bare number whose counted noun the sentence
// gives elsewhere ("the number of international students … a record high
// of 723,277") takes the catalog's count unit; no other unit.
func TestBareNumberCount(t *testing.T) {
	tests := []struct {
		unit string
		ok   bool
	}{
		{"student", true},
		{"USD", false},
		{"percent", false},
	}
	const stated = "723,277"
	text := "The number of international students rose to a record high of " + stated + "."
	q, _, err := indicators.ParseStated(stated)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Stated: stated, Quantity: q, Unit: mustUnit(tc.unit),
				Provenance: []indicators.Provenance{{Source: "s", Quote: text, Span: indicators.Span{Start: 0, End: len(text)}}}}},
		}
		if err := c.Verify(); (err == nil) != tc.ok {
			t.Errorf("stated %q with unit %s: Verify() = %v, want ok %v", stated, tc.unit, err, tc.ok)
		}
	}
}

// TestCSVBase checks that a change's base year reaches the table: "43
// percent below 2005 levels" means nothing without 2005.
func TestCSVBase(t *testing.T) {
	c := usjapan2015.Catalog()
	ind := &c.Indicators[0]
	for i := range c.Indicators {
		if c.Indicators[i].ID == "us-ghg-target-2025" {
			ind = &c.Indicators[i]
		}
	}
	ind.Base = indicators.YearPeriod(2005)
	var buf bytes.Buffer
	if err := indicators.WriteCSV(&buf, c); err != nil {
		t.Fatal(err)
	}
	r := csv.NewReader(&buf)
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := slices.Index(rows[0], "Base")
	if col < 0 {
		t.Fatalf("header %q has no Base column", rows[0])
	}
	var got []string
	for _, row := range rows[1:] {
		if row[col] != "" {
			got = append(got, row[0]+"="+row[col])
		}
	}
	if want := []string{ind.ID + "=2005"}; !slices.Equal(got, want) {
		t.Errorf("Base cells %q, want %q", got, want)
	}
}

// TestBareNumberCurrency: a bare number takes a currency only where its
// quote names it: "Rs 122528.77 crore … and 2,817 crore" is in rupees,
// "2,817 crore" alone is in no currency a reader can check.
func TestBareNumberCurrency(t *testing.T) {
	tests := []struct {
		stated, quote, unit string
		ok                  bool
	}{
		{"2,817 crore", "budget of Rs 122528.77 crore, of which 2,817 crore for digital agriculture", "INR", true},
		{"2,817 crore", "budget of ₹1,22,528 crore, of which 2,817 crore for digital agriculture", "INR", true},
		{"2,817 crore", "outlay in rupees: 2,817 crore for digital agriculture", "INR", true},
		{"2,817 crore", "an outlay of 2,817 crore for digital agriculture", "INR", false},
		{"2,817 crore", "budget of Rs 122528.77 crore, of which 2,817 crore for digital agriculture", "USD", false},
		{"2,300 per quintal", "the MSP (in Rs) is set at 2,300 per quintal", "INR per quintal", true},
		{"2,300 per quintal", "the MSP (in Rs) is set at 2,300 per quintal", "INR", false}, // drops the base
		{"2,300 per quintal", "the MSPRs is set at 2,300 per quintal", "INR per quintal", false},
	}
	for _, tc := range tests {
		q, _, err := indicators.ParseStated(tc.stated)
		if err != nil {
			t.Fatal(err)
		}
		text := "Intro. " + tc.quote + "."
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Stated: tc.stated, Quantity: q, Unit: mustUnit(tc.unit),
				Provenance: []indicators.Provenance{{Source: "s", Quote: tc.quote, Span: indicators.Span{Start: 7, End: 7 + len(tc.quote)}}}}},
		}
		if err := c.Verify(); (err == nil) != tc.ok {
			t.Errorf("stated %q with unit %s in %q: Verify() = %v, want ok %v", tc.stated, tc.unit, tc.quote, err, tc.ok)
		}
	}
}

// TestBareNumberMeasure: a bare number takes a measure only where its
// quote names it ("4.37 billion bushels, up 35 million").
func TestBareNumberMeasure(t *testing.T) {
	tests := []struct {
		quote, unit string
		ok          bool
	}{
		{"production is 4.37 billion bushels, up 35 million from last month", "bu", true},
		{"production is 4.37 billion bu, up 35 million from last month", "bu", true},
		{"harvested area is 85.1 million acres, up 35 million", "acre", true},
		{"production is up 35 million from last month", "bu", false},
		{"production is 4.37 billion bushels, up 35 million from last month", "t", false},
	}
	const stated = "35 million"
	q, _, err := indicators.ParseStated(stated)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range tests {
		text := "Intro. " + tc.quote + "."
		c := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "s", Title: "S", Text: text, SHA256: sha(text)}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Stated: stated, Quantity: q, Unit: mustUnit(tc.unit),
				Provenance: []indicators.Provenance{{Source: "s", Quote: tc.quote, Span: indicators.Span{Start: 7, End: 7 + len(tc.quote)}}}}},
		}
		if err := c.Verify(); (err == nil) != tc.ok {
			t.Errorf("stated %q with unit %s in %q: Verify() = %v, want ok %v", stated, tc.unit, tc.quote, err, tc.ok)
		}
	}
}
