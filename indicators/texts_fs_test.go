package indicators

import (
	"strings"
	"testing"
	"testing/fstest"
)

// TestLoadFSRules: LoadFS keeps the regular-file rule, the folder rule and
// the size cap (here a small one) of Load.
func TestLoadFSRules(t *testing.T) {
	const text = "Trade Facts\n\nIn 2014, two-way trade was $279 billion.\n"
	catalog := func(textPath string) string {
		return "claimbook: 1\nsources:\n  - id: facts\n    title: Trade Facts\n    text: " + textPath +
			"\n    sha256: 6f0fb3a0d2b4b6fd2f1d4a3f4d0f0dd7a2f1b2e0a0a9c9f1d1a1e5b0e8a1c2d3\n" +
			"indicators:\n  - id: trade\n    title: Two-way trade\n    measure: flow\n    status: fact\n    stated: $279 billion\n    period: 2014\n" +
			"    provenance:\n      - source: facts\n        quote: In 2014, two-way trade was $279 billion.\n"
	}
	tests := []struct {
		name     string
		textPath string
		max      int64
		want     string
	}{
		{"a directory", "texts", 1 << 20, `cat/catalog.yaml:5:11: source text "texts" is a directory, not a regular file`},
		{"over the cap", "facts.txt", 10, `cat/catalog.yaml:5:11: source text "facts.txt" is larger than the 10B limit for a source text`},
		{"../ escape", "../outside.txt", 1 << 20, `cat/catalog.yaml:5:11: source text "../outside.txt" leaves the catalog's folder`},
		{"absolute", "/outside.txt", 1 << 20, `cat/catalog.yaml:5:11: source text "/outside.txt" is an absolute path`},
	}
	for _, tc := range tests {
		fsys := fstest.MapFS{
			"cat/catalog.yaml":    {Data: []byte(catalog(tc.textPath))},
			"cat/facts.txt":       {Data: []byte(text)},
			"cat/texts/facts.txt": {Data: []byte(text)},
			"outside.txt":         {Data: []byte(text)},
		}
		_, err := loadFS(fsys, "cat/catalog.yaml", DefaultMaxCatalogSize, tc.max)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("%s: loadFS = %v\nwant an error starting %s", tc.name, err, tc.want)
		}
	}
	fsys := fstest.MapFS{"catalog.yaml": {Data: []byte(catalog("facts.txt"))}}
	want := `catalog "catalog.yaml" is larger than the 100B limit for a catalog: split it into several catalogs`
	if _, err := loadFS(fsys, "catalog.yaml", 100, DefaultMaxTextSize); err == nil || err.Error() != want {
		t.Errorf("loadFS(a catalog over the cap) = %v, want %s", err, want)
	}
}
