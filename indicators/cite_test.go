package indicators_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func TestSourceLine(t *testing.T) {
	var c indicators.Catalog
	for _, id := range []string{"a", "b", "c", "d"} {
		c.Sources = append(c.Sources, indicators.Source{ID: id, Publisher: "Pub " + id, Title: "Title " + id, Issued: indicators.Date{Year: 2015, Month: 4, Day: 28}})
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: "ind-" + id, Provenance: []indicators.Provenance{{Source: id}}})
	}
	c.Derived = []indicators.Derived{{ID: "d-ab", Op: indicators.Ratio, Inputs: []string{"ind-a", "ind-b"}}}
	tests := []struct {
		ids  []string
		want string
	}{
		{nil, ""},
		{[]string{"ind-a"}, "Source: Pub a, “Title a”, 28 April 2015"},
		{[]string{"ind-a", "ind-a"}, "Source: Pub a, “Title a”, 28 April 2015"},
		{[]string{"d-ab"}, "Sources: Pub a, “Title a”, 28 April 2015; Pub b, “Title b”, 28 April 2015"},
		{[]string{"ind-a", "ind-b", "ind-c"}, "Sources: Pub a, “Title a”, 28 April 2015; Pub b, “Title b”, 28 April 2015; Pub c, “Title c”, 28 April 2015"},
		{[]string{"ind-a", "ind-b", "ind-c", "ind-d"}, "Sources: Pub a, “Title a”, 28 April 2015; Pub b, “Title b”, 28 April 2015; Pub c, “Title c”, 28 April 2015; and other sources"},
		{[]string{"unknown"}, ""},
	}
	for _, tt := range tests {
		if got := c.SourceLine(tt.ids); got != tt.want {
			t.Errorf("SourceLine(%q) = %q, want %q", tt.ids, got, tt.want)
		}
	}
}

func ExampleCatalog_SourceLine() {
	c := usjapan2015.Catalog()
	fmt.Println(c.SourceLine([]string{"japan-investment-stock-in-us", "us-fdi-stock-in-japan"}))
	// Output:
	// Source: The White House, Office of the Press Secretary, “FACT SHEET: U.S.-Japan Cooperation for a More Prosperous and Stable World”, 28 April 2015
}

// TestIssuedPhrase: a source line does not repeat a date its title says,
// and sets an issue date apart from a title of another date.
func TestIssuedPhrase(t *testing.T) {
	jan12 := indicators.Date{Year: 2023, Month: 1, Day: 12}
	sep26 := indicators.Date{Year: 2023, Month: 9, Day: 26}
	const cover = "Quarterly vaccination coverage statistics: October to December 2022"
	tests := []struct {
		title      string
		d, updated indicators.Date
		want       string
	}{
		{"Industrial Production and Capacity Utilization (G.17), May 17, 2011", indicators.Date{Year: 2011, Month: 5, Day: 17}, indicators.Date{}, ""},
		{"Retail sales, 17 May 2011", indicators.Date{Year: 2011, Month: 5, Day: 17}, indicators.Date{}, ""},
		{"Public opinions and social trends, Great Britain: 8 to 20 November 2022", indicators.Date{Year: 2022, Month: 11, Day: 25}, indicators.Date{}, "published 25 November 2022"},
		{"Retail sales, Great Britain: February 2024", indicators.Date{Year: 2024, Month: 3, Day: 22}, indicators.Date{}, "published 22 March 2024"},
		{"Labour market overview", indicators.Date{Year: 2024, Month: 3, Day: 22}, indicators.Date{}, "22 March 2024"},
		{"Annual report 2015", indicators.Date{Year: 2015}, indicators.Date{}, ""},
		{"Annual report", indicators.Date{}, indicators.Date{}, ""},
		// A GOV.UK page that gives only "Updated 26 September 2023" is
		// never said to be published on it (s13-vaccines).
		{cover, indicators.Date{}, sep26, "updated 26 September 2023"},
		{cover, jan12, sep26, "published 12 January 2023, updated 26 September 2023"},
		{"Labour market overview", jan12, sep26, "12 January 2023, updated 26 September 2023"},
	}
	for _, tt := range tests {
		s := indicators.Source{Title: tt.title, Issued: tt.d, Updated: tt.updated}
		if got := s.IssuedPhrase(); got != tt.want {
			t.Errorf("IssuedPhrase(%q, %v, updated %v) = %q, want %q", tt.title, tt.d.Long(), tt.updated.Long(), got, tt.want)
		}
	}
}

// TestSourceLineTitleDate: the footer of a source whose title says its
// date names the date once.
func TestSourceLineTitleDate(t *testing.T) {
	c := &indicators.Catalog{
		Sources:    []indicators.Source{{ID: "s", Publisher: "Federal Reserve", Title: "G.17, May 17, 2011", Issued: indicators.Date{Year: 2011, Month: 5, Day: 17}}},
		Indicators: []indicators.Indicator{{ID: "a", Provenance: []indicators.Provenance{{Source: "s"}}}},
	}
	if got, want := c.SourceLine([]string{"a"}), "Source: Federal Reserve, “G.17, May 17, 2011”"; got != want {
		t.Errorf("SourceLine(a) = %q, want %q", got, want)
	}
}

// TestSourceLineTitleStop: a title's closing full stop gives way to the
// comma after it; "?", "!", an ellipsis, "U.S." and a quoted stop stay.
func TestSourceLineTitleStop(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Drinking water must become more resilient, says EPA.", "Source: EPA, “Drinking water must become more resilient, says EPA”, 1 July 2025"},
		{"Is water safe?", "Source: EPA, “Is water safe?”, 1 July 2025"},
		{"Water, soil and air...", "Source: EPA, “Water, soil and air...”, 1 July 2025"},
		{"Investment in the U.S.", "Source: EPA, “Investment in the U.S.”, 1 July 2025"},
		{`Report "Water is life."`, `Source: EPA, “Report "Water is life."”, 1 July 2025`},
		{"Water quality report", "Source: EPA, “Water quality report”, 1 July 2025"},
	}
	for _, tt := range tests {
		c := &indicators.Catalog{
			Sources:    []indicators.Source{{ID: "s", Publisher: "EPA", Title: tt.title, Issued: indicators.Date{Year: 2025, Month: 7, Day: 1}}},
			Indicators: []indicators.Indicator{{ID: "a", Provenance: []indicators.Provenance{{Source: "s"}}}},
		}
		if got := c.SourceLine([]string{"a"}); got != tt.want {
			t.Errorf("SourceLine with title %q = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestSourceUpdated: a source's "updated:" date loads, is exported as
// "updated" in JSON and YAML, dates the source when it has no issue date,
// and is refused when it comes before the issue date.
func TestSourceUpdated(t *testing.T) {
	const text = "Coverage fell to 92.3%."
	sum := sha256.Sum256([]byte(text))
	read := func(string) ([]byte, error) { return []byte(text), nil }
	catalog := func(dates string) []byte {
		return []byte("claimbook: 1\nsources:\n  - id: s\n    title: COVER\n" + dates +
			"    text: t.txt\n    sha256: " + hex.EncodeToString(sum[:]) + "\n" +
			"indicators:\n  - id: a\n    title: Coverage\n    entities: [GB]\n    measure: share\n    status: fact\n" +
			"    stated: 92.3%\n    period: 2022-Q4\n    provenance:\n      - source: s\n        quote: \"Coverage fell to 92.3%\"\n")
	}
	c, err := indicators.Parse("c.yaml", catalog("    updated: 2023-09-26\n"), read)
	if err != nil {
		t.Fatalf("Parse(updated only): %v", err)
	}
	src := &c.Sources[0]
	if got, want := src.Updated, (indicators.Date{Year: 2023, Month: 9, Day: 26}); got != want {
		t.Errorf("Updated = %v, want %v", got, want)
	}
	if got, want := src.Dated(), src.Updated; got != want {
		t.Errorf("Dated() = %v, want %v", got, want)
	}
	if got, want := src.DatePhrase(), "updated 26 September 2023"; got != want {
		t.Errorf("DatePhrase() = %q, want %q", got, want)
	}
	var js bytes.Buffer
	if err := indicators.WriteJSON(&js, c); err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Sources []map[string]any `json:"sources"`
	}
	if err := json.Unmarshal(js.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	if got, want := doc.Sources[0]["updated"], "2023-09-26"; got != want {
		t.Errorf("JSON sources[0].updated = %v, want %q", got, want)
	}
	if got, want := doc.Sources[0]["issued"], ""; got != want {
		t.Errorf("JSON sources[0].issued = %v, want %q", got, want)
	}
	var y bytes.Buffer
	if err := indicators.WriteYAML(&y, c); err != nil {
		t.Fatal(err)
	}
	back, err := indicators.Parse("back.yaml", y.Bytes(), read)
	if err != nil {
		t.Fatalf("Parse(WriteYAML output): %v", err)
	}
	if got, want := back.Sources[0].Updated, src.Updated; got != want {
		t.Errorf("Updated after WriteYAML and Parse = %v, want %v", got, want)
	}
	_, err = indicators.Parse("c.yaml", catalog("    issued: 2023-09-26\n    updated: 2023-01-12\n"), read)
	if err == nil || !strings.Contains(err.Error(), "before it was issued") {
		t.Errorf("Parse(updated before issued) error = %v, want one saying it is updated before it was issued", err)
	}
}
