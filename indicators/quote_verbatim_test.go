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
