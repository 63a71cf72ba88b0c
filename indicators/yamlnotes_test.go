package indicators_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"golang.org/x/text/currency"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

// TestWriteYAMLWith writes the embedded catalog with notes and figures as
// stated only, and loads it back to an equal catalog.
func TestWriteYAMLWith(t *testing.T) {
	c := usjapan2015.Catalog()
	o := &indicators.YAMLOptions{
		Header:      []string{"a draft"},
		Notes:       map[string][]string{"us-japan-trade-2014": {"two-way: the document's two subjects"}},
		FieldNotes:  map[string]map[string]string{"us-japan-trade-2014": {"period": `"In 2014" in the sentence`}},
		SourceNotes: map[string][]string{"wh-2015-us-japan": {"issued from the dateline"}},
		Trailer:     []string{"not drafted: topped $442 billion"},
		ViewNotes:   map[string][]string{"us-emissions-target-2025": {"proposed: the target's range"}},
		Stated:      true,
	}
	var buf bytes.Buffer
	if err := indicators.WriteYAMLWith(&buf, c, o); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	for _, want := range []string{
		"# a draft\n",
		"  # two-way: the document's two subjects\n  - id: us-japan-trade-2014\n",
		"    period: \"2014\" # \"In 2014\" in the sentence\n",
		"  # issued from the dateline\n  - id: wh-2015-us-japan\n",
		"# not drafted: topped $442 billion\nviews:\n", // after the indicators, before the views
		"  # proposed: the target's range\n  - id: us-emissions-target-2025\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("WriteYAMLWith output lacks %q:\n%s", want, out)
		}
	}
	for _, gone := range []string{"qualifier:", "value:", "scale:"} {
		if strings.Contains(out, gone) {
			t.Errorf("WriteYAMLWith with Stated writes %q, which stated gives:\n%s", gone, out)
		}
	}
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "catalog.yaml"), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, usjapan2015.TextFile), []byte(usjapan2015.Text()), 0o644); err != nil {
		t.Fatal(err)
	}
	back, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatalf("loading the YAML: %v", err)
	}
	if diff := cmp.Diff(c, back, cmpopts.IgnoreUnexported(indicators.Catalog{}), cmpopts.EquateComparable(currency.Unit{})); diff != "" {
		t.Errorf("catalog changed through WriteYAMLWith (-before +after):\n%s", diff)
	}
}
