package indicators_test

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/claimbook/claimbook/indicators"
)

// trackedCatalogs returns the catalogs the repository tracks, the bad
// catalogs aside: `git ls-files '*.yaml' | grep -v bad-catalogs` (43 on
// fix17a), found by their folders so that the test needs no git.
func trackedCatalogs(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, g := range []string{"testdata/good-catalog.yaml", "usjapan2015/catalog.yaml", "../testdata/kinds/*/catalog.yaml",
		"../testdata/corpus/catalog.yaml", "../report/pptx/testdata/*/catalog.yaml", "../report/xlsx/testdata/*/catalog.yaml"} {
		m, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 40 {
		t.Fatalf("found %d tracked catalogs, want the 43 of git ls-files", len(files))
	}
	return files
}

// loadJSONExport writes c as JSON, gives each source its text path back
// (the JSON contract carries no path), and loads it with the texts of dir;
// an "issued" of "" (the contract's "not known") loads as no date.
func loadJSONExport(t *testing.T, name, dir string, c *indicators.Catalog) (*indicators.Catalog, []byte, error) {
	t.Helper()
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for i, s := range doc["sources"].([]any) {
		m := s.(map[string]any)
		m["text"] = c.Sources[i].TextPath
	}
	b, err := json.MarshalIndent(doc, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	read := func(p string) ([]byte, error) { return os.ReadFile(filepath.Join(dir, p)) }
	back, err := indicators.Parse(name+".json", b, read)
	return back, buf.Bytes(), err
}

// TestJSONExportOfEveryCatalogLoads checks the README's promise that the
// JSON export "is itself a valid catalog" on every tracked catalog: a
// settled move is written as the catalog writes it (stated "-6.5%" as
// -6.5 with no direction, as WriteYAML does), so Load, which refuses a
// direction beside a signed figure, reads it back; and the catalog loaded
// back exports the same bytes. On main 113190b 12 direction refusals
// stood in the way (8 down, 4 up).
func TestJSONExportOfEveryCatalogLoads(t *testing.T) {
	for _, f := range trackedCatalogs(t) {
		c, err := indicators.Load(f)
		if err != nil {
			t.Errorf("Load(%s): %v", f, err)
			continue
		}
		back, first, err := loadJSONExport(t, f, filepath.Dir(f), c)
		if err != nil {
			t.Errorf("%s: the JSON export loads with %v, want no problem", f, err)
			continue
		}
		var again bytes.Buffer
		if err := indicators.WriteJSON(&again, back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(first), again.String()); diff != "" {
			t.Errorf("%s: the JSON export loaded back exports otherwise (-first +again):\n%s", f, diff)
		}
	}
}

// TestExportsSayAFallOneWay checks that the JSON export and the CSV write
// every figure with a direction one way, on every tracked catalog: the
// same Value, Low, High and Direction ("down 3,533" and "-3,786" alike
// -3533 and -3786 with direction down), and that the JSON loaded back is
// the same catalog, each figure the same Quantity. On main 9465a05e the
// JSON wrote "down 3,533" as 3533 and "-3,786" as -3786 with no direction
// (s25v-waiting), the CSV both below zero with direction down.
func TestExportsSayAFallOneWay(t *testing.T) {
	for _, f := range trackedCatalogs(t) {
		c, err := indicators.Load(f)
		if err != nil {
			t.Errorf("Load(%s): %v", f, err)
			continue
		}
		back, js, err := loadJSONExport(t, f, filepath.Dir(f), c)
		if err != nil {
			t.Errorf("%s: the JSON export loads with %v", f, err)
			continue
		}
		for i := range c.Indicators {
			if diff := cmp.Diff(c.Indicators[i].Quantity, back.Indicators[i].Quantity); diff != "" {
				t.Errorf("%s: %s loads back from its JSON otherwise (-built +loaded):\n%s", f, c.Indicators[i].ID, diff)
			}
		}
		var doc struct {
			Indicators []struct {
				ID                string
				Value, Low, High  *json.Number
				Direction, Stated string
			}
		}
		if err := json.Unmarshal(js, &doc); err != nil {
			t.Fatal(err)
		}
		var csvBuf bytes.Buffer
		if err := indicators.WriteCSV(&csvBuf, c); err != nil {
			t.Fatal(err)
		}
		rows, err := csv.NewReader(&csvBuf).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for k, h := range rows[0] {
			col[h] = k
		}
		str := func(n *json.Number) string {
			if n == nil {
				return ""
			}
			return string(*n)
		}
		for i, j := range doc.Indicators {
			if j.Direction == "" || indicators.ProportionInWords(j.Stated) {
				continue // a proportion in words: the table writes its percent to the digits shown
			}
			row := rows[i+1]
			got := [4]string{str(j.Value), str(j.Low), str(j.High), j.Direction}
			want := [4]string{row[col["Value"]], row[col["Low"]], row[col["High"]], row[col["Direction"]]}
			if got != want {
				t.Errorf("%s: %s (stated %q) is value, low, high, direction %q in the JSON, %q in the CSV", f, j.ID, j.Stated, got, want)
			}
		}
	}
}

// TestOneShapeWhicheverWayBuilt checks that a catalog built in Go with a
// change's sign in its value (stated "-6.5%", value -6.5, no direction)
// is settled by Verify into the shape Load gives, so that its exports are
// a loaded catalog's: the review's proof of fix17a, with the signed
// figures -6.5%, +1.2% and "-3 to -1 percent" (s17i-vehicles, and a range
// of another kind).
func TestOneShapeWhicheverWayBuilt(t *testing.T) {
	const doc = "pickup trucks (-6.5%) and cars (+1.2% in 2021); prices moved by -3 to -1 percent.\n"
	tests := []struct{ stated, quote string }{
		{"-6.5%", "pickup trucks (-6.5%)"},
		{"+1.2%", "cars (+1.2% in 2021)"},
		{"-3 to -1 percent", "prices moved by -3 to -1 percent"},
	}
	for _, tc := range tests {
		q, u, err := indicators.ParseStatedAs(tc.stated, indicators.Change)
		if err != nil {
			t.Fatalf("ParseStatedAs(%q, change): %v", tc.stated, err)
		}
		p, _ := indicators.ParsePeriod("2021")
		start := strings.Index(doc, tc.quote)
		built := &indicators.Catalog{
			Sources: []indicators.Source{{ID: "doc", Title: "Doc", Text: doc, SHA256: sha(doc), TextPath: "a.txt"}},
			Indicators: []indicators.Indicator{{ID: "x", Title: "X", Entities: []string{"CA"}, Status: indicators.Fact, Measure: indicators.Change,
				Period: p, Stated: tc.stated, Quantity: q, Unit: u,
				Provenance: []indicators.Provenance{{Source: "doc", Quote: tc.quote, Span: indicators.Span{Start: start, End: start + len(tc.quote)}}}}},
		}
		if err := built.Verify(); err != nil {
			t.Errorf("Verify(built with stated %q, value signed) = %v, want nil", tc.stated, err)
			continue
		}
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    entities: [CA]\n    status: fact\n    period: 2021\n    measure: change\n    stated: %q\n    provenance:\n      - source: doc\n        quote: %q\n", sha(doc), tc.stated, tc.quote)
		read := func(string) ([]byte, error) { return []byte(doc), nil }
		loaded, err := indicators.Parse("c.yaml", []byte(y), read)
		if err != nil {
			t.Fatalf("Parse(stated %q): %v", tc.stated, err)
		}
		if diff := cmp.Diff(loaded.Indicators[0].Quantity, built.Indicators[0].Quantity); diff != "" {
			t.Errorf("stated %q: built in Go and verified, the quantity is not the loaded one (-loaded +built):\n%s", tc.stated, diff)
		}
		var bj, lj, bc, lc bytes.Buffer
		indicators.WriteJSON(&bj, built)
		indicators.WriteJSON(&lj, loaded)
		indicators.WriteCSV(&bc, built)
		indicators.WriteCSV(&lc, loaded)
		if bj.String() != lj.String() || bc.String() != lc.String() {
			t.Errorf("stated %q: the exports of the catalog built in Go differ from the loaded one's:\nJSON %s\nwant %s\nCSV %s\nwant %s", tc.stated, bj.String(), lj.String(), bc.String(), lc.String())
		}
		back, err := indicators.Parse("back.json", jsonWithText(t, built, "a.txt"), read)
		if err != nil {
			t.Errorf("stated %q: the JSON export loads with %v, want no problem (3 problems on main 113190b)", tc.stated, err)
			continue
		}
		if diff := cmp.Diff(built.Indicators[0].Quantity, back.Indicators[0].Quantity); diff != "" {
			t.Errorf("stated %q: the JSON export loads to another quantity (-exported +loaded):\n%s", tc.stated, diff)
		}
	}
}

// jsonWithText returns the JSON export of c with its first source's text
// path given.
func jsonWithText(t *testing.T, c *indicators.Catalog, path string) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := indicators.WriteJSON(&buf, c); err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(buf.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	s := doc["sources"].([]any)[0].(map[string]any)
	s["text"] = path
	if s["issued"] == "" {
		delete(s, "issued")
	}
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSignsInArithmetic checks the one rule of signs (SignedMoves) in
// derived arithmetic: falls count below zero where a chart would draw
// them so (changes both ways, or a reported fall), and commitments to
// cut alone count as their sizes, as the charts draw them. On main
// 113190b the first two read "-15 to -11 percentage points" and
// "-8,000,000 t".
func TestSignsInArithmetic(t *testing.T) {
	const doc = "The EU will cut emissions by 40% and the US by 26-28%. Plant A will cut 5 Mt and plant B will cut 3 Mt.\n" +
		"pickup trucks (-6.5%) and cars (+1.2% in 2021); vans fell 13.9%.\n"
	change := func(id, status, fields, quote string) string {
		var b strings.Builder
		fmt.Fprintf(&b, "  - id: %s\n    title: %s\n    entities: [EU]\n    status: %s\n    period: 2030\n    measure: change\n", id, id, status)
		for _, l := range strings.Split(fields, "\n") {
			fmt.Fprintf(&b, "    %s\n", l)
		}
		fmt.Fprintf(&b, "    provenance:\n      - source: doc\n        quote: %q\n", quote)
		return b.String()
	}
	y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n", sha(doc)) +
		change("eu", "target", "stated: 40%\ndirection: down", "The EU will cut emissions by 40%") +
		change("us", "target", "stated: 26-28%\ndirection: down", "The EU will cut emissions by 40% and the US by 26-28%") +
		change("a", "target", "stated: 5 Mt\ndirection: down", "Plant A will cut 5 Mt") +
		change("b", "target", "stated: 3 Mt\ndirection: down", "plant B will cut 3 Mt") +
		change("truck", "fact", "stated: -6.5%", "pickup trucks (-6.5%)") +
		change("car", "fact", "stated: +1.2%", "cars (+1.2% in 2021)") +
		change("van", "fact", "stated: 13.9%\ndirection: down", "vans fell 13.9%") +
		"derived:\n" +
		"  - {id: gap, title: EU over US, formula: difference, inputs: [eu, us]}\n" +
		"  - {id: cuts, title: Total fossil cuts, formula: sum, inputs: [a, b]}\n" +
		"  - {id: truck-car, title: Trucks less cars, formula: difference, inputs: [truck, car]}\n" +
		"  - {id: truck-van, title: Trucks less vans, formula: difference, inputs: [truck, van]}\n"
	c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ id, want string }{
		{"gap", "12 to 14 percentage points"}, // commitments to cut alone: sizes; a target's 40% is exact (ends40)
		{"cuts", "8,000,000 t"},
		{"truck-car", "-7.7 percentage points"}, // both ways: signed
		{"truck-van", "7.4 percentage points"},  // reported falls: signed, -6.5 − -13.9
	} {
		r, err := c.Compute(tc.id)
		if err != nil {
			t.Errorf("Compute(%s): %v", tc.id, err)
			continue
		}
		if got := r.Text(indicators.Style{}); got != tc.want {
			t.Errorf("Compute(%s) = %q, want %q", tc.id, got, tc.want)
		}
	}
	// The same rule draws the charts: wording.Signed reads SignedMoves.
	eu, _ := c.Indicator("eu")
	us, _ := c.Indicator("us")
	if indicators.SignedMoves([]indicators.Quantity{eu.Quantity, us.Quantity}, []indicators.Status{eu.Status, us.Status}) {
		t.Errorf("SignedMoves(two targets to cut) = true, want false")
	}
}

// TestInputNamesApart checks that inputs sharing a title and a period are
// told apart by their places, and then by their IDs: the review's proof
// of fix17a gave "X − X" for two places, and with three inputs two of
// the same "(Q4 2022)".
func TestInputNamesApart(t *testing.T) {
	p := func(s string) indicators.Period {
		v, err := indicators.ParsePeriod(s)
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	ind := func(id, title, period string, ents ...string) indicators.Indicator {
		return indicators.Indicator{ID: id, Title: title, Period: p(period), Entities: ents}
	}
	tests := []struct {
		name string
		inds []indicators.Indicator
		want string
	}{
		{"two places", []indicators.Indicator{ind("ie", "Caseload", "2022-Q4", "IE"), ind("gb", "Caseload", "2022-Q4", "GB")},
			"Caseload (Ireland) + Caseload (United Kingdom)"},
		{"three, two in one quarter", []indicators.Indicator{ind("a", "Caseload", "2022-Q4", "IE"), ind("b", "Caseload", "2022-Q4", "GB"), ind("c", "Caseload", "2022-Q3", "IE")},
			"Caseload (Q4 2022, Ireland) + Caseload (Q4 2022, United Kingdom) + Caseload (Q3 2022)"},
		{"one place and period", []indicators.Indicator{ind("a", "Caseload", "2022", "IE"), ind("b", "Caseload", "2022", "IE")},
			"Caseload (a) + Caseload (b)"},
		{"titles apart", []indicators.Indicator{ind("a", "Civil", "2017", "GB"), ind("b", "Religious", "2017", "GB")},
			"Civil + Religious"},
	}
	for _, tc := range tests {
		var ids []string
		for _, in := range tc.inds {
			ids = append(ids, in.ID)
		}
		c := &indicators.Catalog{Indicators: tc.inds, Derived: []indicators.Derived{{ID: "x", Op: indicators.Sum, Inputs: ids}}}
		d, _ := c.DerivedIndicator("x")
		if got := strings.Join(c.InputNames(d), " + "); got != tc.want {
			t.Errorf("%s: InputNames = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestSignedRangeWords checks that a signed range keeps the document's
// form in its label ("-5 to -3%", not a second wording "3 to 5
// percent"), and that the advice for a signed range given a direction
// strips both signs ("3 to 1 percent", not "3 to -1 percent").
func TestSignedRangeWords(t *testing.T) {
	const doc = "prices moved by -5 to -3% and rents by -3 to -1 percent; a fall of 15 (-0.1%) from March.\n"
	for _, tc := range []struct{ stated, quote, label string }{
		// The document's form, its signs written for a reader (sign20).
		{"-5 to -3%", "prices moved by -5 to -3%", "−5 to −3%"},
		{"-3 to -1 percent", "rents by -3 to -1 percent", "−3 to −1 percent"},
		{"-0.1%", "a fall of 15 (-0.1%) from March", "0.1%"}, // a point loses its sign to the Direction
	} {
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    entities: [GB]\n    status: fact\n    period: 2021\n    measure: change\n    stated: %q\n    provenance:\n      - source: doc\n        quote: %q\n", sha(doc), tc.stated, tc.quote)
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
		if err != nil {
			t.Errorf("Parse(stated %q): %v", tc.stated, err)
			continue
		}
		if got := c.Indicators[0].Label(); got != tc.label {
			t.Errorf("stated %q: Label() = %q, want %q", tc.stated, got, tc.label)
		}
	}
	got := parseEntryIn(t, doc, "entities: [GB]\nstatus: fact\nperiod: 2021\nmeasure: change\nstated: -3 to -1 percent\ndirection: down", "rents by -3 to -1 percent")
	want := []string{`direction down given to the signed figure "-3 to -1 percent", which says its fall with its sign: leave direction out, or write "3 to 1 percent" and keep direction: down`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("advice for a signed range with a direction (-want +got):\n%s", diff)
	}
}

// TestOneNegation checks that the three readers of a fall's sign agree,
// now that they share one negation (Quantity.negated): a loaded fall's
// SignedEnds are its stated ends, a point ("-6.5%", s17i-vehicles) and a
// range ("-3 to -1 percent"), and a commitment to cut's ("reduce by 26 to
// 28 percent", another kind) are its size turned below zero.
func TestOneNegation(t *testing.T) {
	const doc = "pickup trucks (-6.5%); prices moved by -3 to -1 percent; we will reduce emissions by 26 to 28 percent.\n"
	tests := []struct {
		fields, quote string
		lo, hi        float64
	}{
		{"stated: -6.5%", "pickup trucks (-6.5%)", -6.5, -6.5},
		{"stated: -3 to -1 percent", "prices moved by -3 to -1 percent", -3, -1},
		{"stated: 26 to 28 percent\ndirection: down", "we will reduce emissions by 26 to 28 percent", -28, -26},
	}
	for _, tc := range tests {
		y := fmt.Sprintf("sources:\n  - id: doc\n    title: Doc\n    text: a.txt\n    sha256: %s\nindicators:\n  - id: x\n    title: X\n    entities: [US]\n    status: fact\n    period: 2021\n    measure: change\n", sha(doc))
		for _, l := range strings.Split(tc.fields, "\n") {
			y += "    " + l + "\n"
		}
		y += fmt.Sprintf("    provenance:\n      - source: doc\n        quote: %q\n", tc.quote)
		c, err := indicators.Parse("c.yaml", []byte(y), func(string) ([]byte, error) { return []byte(doc), nil })
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.fields, err)
			continue
		}
		q := c.Indicators[0].Quantity
		if lo, hi := q.SignedEnds(); lo != tc.lo || hi != tc.hi {
			t.Errorf("%q: SignedEnds() = %v, %v, want %v, %v", tc.fields, lo, hi, tc.lo, tc.hi)
		}
		if lo, _ := q.Ends(); lo < 0 {
			t.Errorf("%q: Ends() low = %v, want the size, not below zero (one shape for a move)", tc.fields, lo)
		}
	}
}
