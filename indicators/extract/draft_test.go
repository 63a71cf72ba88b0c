package extract

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// loadDraft writes text and its draft catalog into a temporary directory and
// loads the catalog with indicators.Load.
func loadDraft(t *testing.T, text string) (*indicators.Catalog, string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "doc.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := WriteDraft(&buf, DraftSource{TextPath: "doc.txt", Text: text}); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(dir, "catalog.yaml")
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := indicators.Load(name)
	if err != nil {
		t.Fatalf("draft does not load: %v\n%s", err, buf.String())
	}
	return c, buf.String()
}

func TestDraftReferenceDocument(t *testing.T) {
	text := usjapan2015.Text()
	c, yaml := loadDraft(t, text)
	if testing.Verbose() {
		t.Log(yaml)
	}
	for _, want := range usjapan2015.Catalog().Indicators {
		wp := want.Provenance[0]
		found := false
		for _, got := range c.Indicators {
			gp := got.Provenance[0]
			if got.Stated != want.Stated || !got.Quantity.Value.Equal(want.Quantity.Value) ||
				!got.Quantity.Low.Equal(want.Quantity.Low) || !got.Quantity.High.Equal(want.Quantity.High) ||
				got.Quantity.Qualifier != want.Quantity.Qualifier || got.Quantity.Direction != want.Quantity.Direction ||
				got.Unit.Kind != want.Unit.Kind || got.Unit.Kind != indicators.Rank && got.Unit != want.Unit {
				continue
			}
			// The draft quotes the whole sentence; the catalog may quote
			// part of it.
			if gp.Span.Start <= wp.Span.Start && gp.Span.End >= wp.Span.End || wp.Span.Start <= gp.Span.Start && wp.Span.End >= gp.Span.End {
				found = true
				if strings.Join(gp.Section, "/") != strings.Join(wp.Section, "/") {
					t.Errorf("%s: section %q, catalog has %q", want.ID, gp.Section, wp.Section)
				}
				if want.Period.IsStated() && got.Period != want.Period {
					t.Errorf("%s: period %v, catalog has %v", want.ID, got.Period, want.Period)
				}
			}
		}
		if !found {
			t.Errorf("draft has no indicator for %s (%q)", want.ID, want.Stated)
		}
	}
}

func TestDraftSentences(t *testing.T) {
	var b strings.Builder
	b.WriteString("Hard sentences\n\n")
	for _, s := range sentences {
		b.WriteString(s.in + "\n\n")
	}
	c, _ := loadDraft(t, b.String())
	if len(c.Indicators) < 150 {
		t.Errorf("draft has %d indicators, want at least 150", len(c.Indicators))
	}
}
