package indicators_test

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// typoText has the typography of a published document: a curly
// apostrophe, an en dash and a no-break space.
const typoText = "The Council\u2019s plan adds 3\u20135 plants.\nIt cost\u00a0$2 billion.\n"

// typoCatalog is a catalog of typoText whose quotes are typed with a
// straight apostrophe, a hyphen and a space.
func typoCatalog(t *testing.T) *indicators.Catalog {
	t.Helper()
	src := fmt.Sprintf(`claimbook: 1
sources:
  - id: s
    title: Plan
    publisher: Council
    issued: 2026-01-15
    url: https://example.org/plan
    text: plan.txt
    sha256: %s
indicators:
  - id: plants
    title: Plants
    entities: [US]
    measure: count
    status: pledge
    stated: 3-5 plants
    period: not stated
    provenance:
      - source: s
        quote: The Council's plan adds 3-5 plants.
  - id: cost
    title: Cost
    entities: [US]
    measure: flow
    status: fact
    stated: $2 billion
    period: not stated
    provenance:
      - source: s
        quote: It cost $2 billion.
        start: 36
        end: 55
`, sha(typoText))
	c, err := indicators.Parse("typo.yaml", []byte(src), func(path string) ([]byte, error) { return []byte(typoText), nil })
	if err != nil {
		t.Fatalf("Parse(typo.yaml): %v", err)
	}
	return c
}

// TestQuoteVerbatim: a quote found by folding typography passes, but the
// model and every export carry the source's own characters at the span,
// and a notice says how to write the quote exactly.
func TestQuoteVerbatim(t *testing.T) {
	c := typoCatalog(t)
	tests := []struct{ id, quote, typed string }{
		{"plants", "The Council\u2019s plan adds 3\u20135 plants.", "The Council's plan adds 3-5 plants."},
		{"cost", "It cost\u00a0$2 billion.", "It cost $2 billion."},
	}
	for _, tc := range tests {
		ind, _ := c.Indicator(tc.id)
		p := ind.Provenance[0]
		if p.Quote != tc.quote || p.Typed != tc.typed {
			t.Errorf("%s: Quote, Typed = %q, %q; want %q, %q", tc.id, p.Quote, p.Typed, tc.quote, tc.typed)
		}
		if at, _ := p.Span.In(typoText); at != p.Quote {
			t.Errorf("%s: the span holds %q, the quote is %q", tc.id, at, p.Quote)
		}
	}
	notices := c.QuoteNotices()
	want := []string{
		`typo.yaml:20:16: quote differs from source "s" in typography ("'" for "’", "-" for "–"): write quote: "The Council’s plan adds 3–5 plants."`,
		`typo.yaml:30:16: quote differs from source "s" in typography (" " for "\u00a0"): write quote: "It cost\u00a0$2 billion."`,
	}
	if len(notices) != len(want) {
		t.Fatalf("QuoteNotices() = %v, want %d notices", notices, len(want))
	}
	for i, n := range notices {
		if n.Error() != want[i] || !errors.Is(n, indicators.ErrVerbatim) {
			t.Errorf("QuoteNotices()[%d] = %s, want %s", i, n, want[i])
		}
	}
	if err := c.Verify(); err != nil {
		t.Errorf("Verify() = %v, want nil: a folded match passes", err)
	}
	for name, write := range map[string]func(*bytes.Buffer, *indicators.Catalog) error{
		"WriteJSON": func(b *bytes.Buffer, c *indicators.Catalog) error { return indicators.WriteJSON(b, c) },
		"WriteCSV":  func(b *bytes.Buffer, c *indicators.Catalog) error { return indicators.WriteCSV(b, c) },
		"WriteYAML": func(b *bytes.Buffer, c *indicators.Catalog) error { return indicators.WriteYAML(b, c) },
	} {
		var buf bytes.Buffer
		if err := write(&buf, c); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(buf.String(), "Council\u2019s plan adds 3\u20135") || strings.Contains(buf.String(), "Council's") {
			t.Errorf("%s does not carry the source's characters:\n%s", name, buf.String())
		}
	}
}

// TestQuoteVerbatimExact: a quote written exactly has no notice.
func TestQuoteVerbatimExact(t *testing.T) {
	c := &indicators.Catalog{
		Sources: []indicators.Source{{ID: "s", Title: "S", Text: typoText, SHA256: sha(typoText)}},
		Indicators: []indicators.Indicator{{ID: "x", Title: "X", Entities: []string{"US"}, Stated: "3-5 plants",
			Provenance: []indicators.Provenance{{Source: "s", Quote: "The Council\u2019s plan adds 3\u20135 plants.", Span: indicators.Span{Start: -1, End: -1}}}}},
	}
	q, u, _ := indicators.ParseStated("3-5 plants")
	c.Indicators[0].Quantity, c.Indicators[0].Unit = q, u
	if err := c.Verify(); err != nil {
		t.Fatalf("Verify() = %v", err)
	}
	if n := c.QuoteNotices(); len(n) != 0 {
		t.Errorf("QuoteNotices() = %v, want none", n)
	}
}

// sectionText has a heading with an en dash above its quote.
const sectionText = "Household waste \u2013 2023\nKey points\nThe rate was 43.5% and 0.98 tCO2e per person.\n"

// sectionCatalog is a catalog of sectionText whose one indicator has the
// given section, stated and unit lines.
func sectionCatalog(t *testing.T, section, stated string) (*indicators.Catalog, error) {
	t.Helper()
	src := fmt.Sprintf(`claimbook: 1
sources:
  - id: s
    title: Waste
    publisher: Agency
    issued: 2026-01-15
    url: https://example.org/waste
    text: waste.txt
    sha256: %s
indicators:
  - id: carbon
    title: Carbon per person
    entities: [GB-SCT]
    measure: level
    status: fact
    stated: %s
    period: "2023"
    provenance:
      - source: s
        section: %s
        quote: The rate was 43.5%% and 0.98 tCO2e per person.
`, sha(sectionText), stated, section)
	return indicators.Parse("waste.yaml", []byte(src), func(path string) ([]byte, error) { return []byte(sectionText), nil })
}

// TestSectionVerbatim: a section heading found only by folding typography
// passes, with a notice that gives the heading in the text's own
// characters; one written exactly, or not found at all, has no notice.
func TestSectionVerbatim(t *testing.T) {
	tests := []struct {
		section string
		want    []string
	}{
		{`[Household waste - 2023, Key points]`, []string{
			`waste.yaml:19:9: section heading "Household waste - 2023" is not in source "s" as written, only in other typography ("-" for "–"): write section: ["Household waste – 2023", "Key points"]`}},
		{`[Household waste – 2023, Key points]`, nil},
		{`[Key points]`, nil},
	}
	for _, tc := range tests {
		c, err := sectionCatalog(t, tc.section, "0.98 tCO2e per person")
		if err != nil {
			t.Fatalf("Parse(section %s): %v", tc.section, err)
		}
		var got []string
		for _, n := range c.QuoteNotices() {
			if !errors.Is(n, indicators.ErrVerbatim) {
				t.Errorf("section %s: notice %s is not ErrVerbatim", tc.section, n)
			}
			got = append(got, n.Error())
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("section %s: QuoteNotices() = %q, want %q", tc.section, got, tc.want)
		}
	}
	// Out of order is still an error, folded or not.
	if _, err := sectionCatalog(t, `[Key points, Household waste - 2023]`, "0.98 tCO2e per person"); err == nil || !strings.Contains(err.Error(), `section heading "Household waste - 2023" does not stand above the quote`) {
		t.Errorf("Parse(section out of order) = %v, want the heading not above the quote", err)
	}
}

// TestStatedWording: a stated figure whose number the quote has, worded
// otherwise, is refused with the quote's own words to write; one whose
// number the quote lacks keeps the message that the numbers disagree.
func TestStatedWording(t *testing.T) {
	tests := []struct{ stated, want string }{
		{"0.98 tonnes CO2e per person", `the quote does not state "0.98 tonnes CO2e per person": its number agrees, but the quote words it "0.98 tCO2e per person": write stated: "0.98 tCO2e per person", the quote's own characters`},
		{"0.97 tonnes CO2e per person", `the quote does not state "0.97 tonnes CO2e per person": the numbers in the quote ("43.5", "0.98") disagree with the indicator; fix the quote or the figure`}, // the 2 of CO2e names a gas, not a figure
		{"43.5 percent", `the quote does not state "43.5 percent": its number agrees, but the quote words it "43.5%": write stated: "43.5%", the quote's own characters`},
	}
	for _, tc := range tests {
		_, err := sectionCatalog(t, "[Key points]", tc.stated)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Parse(stated %q) = %v, want %s", tc.stated, err, tc.want)
		}
	}
}
