package indicators

import "testing"

// TestPositionLookup: an indicator's positions are found under the keys
// the catalog's messages use, and keys that name no recorded field find
// nothing.
func TestPositionLookup(t *testing.T) {
	src := []byte("claimbook: 1\nsources:\n  - id: s\n    title: S\nindicators:\n  - id: a\n    title: A\n    series: x\n    stated: $5 billion\n    provenance:\n      - source: s\n        quote: q\n      - source: s\n        quote: r\n        start: 0\n        end: 1\n  - id: b/c\n    title: B\n    provenance:\n      - {source: s, quote: q}\n")
	d := &decoder{file: "c.yaml", c: &Catalog{pos: map[string]Pos{}}, bad: map[string]bool{}, runes: runeIndexes{}}
	d.decode(src)
	for _, tc := range []struct {
		key  string
		line int // 0: not recorded
	}{
		{"indicators/a", 6},
		{"indicators/a/id", 6},
		{"indicators/a/series", 8},
		{"indicators/a/stated", 9},
		{"indicators/a/value", 0},
		{"indicators/a/provenance/0", 11},
		{"indicators/a/provenance/0/quote", 12},
		{"indicators/a/provenance/1/source", 13},
		{"indicators/a/provenance/1/start", 15},
		{"indicators/a/provenance/01/start", 0},
		{"indicators/a/provenance/2", 0},
		{"indicators/a/provenance/-1", 0},
		{"indicators/a/other", 0},
		{"indicators/b/c", 17},
		{"indicators/b/c/provenance/0/quote", 20},
		{"indicators/b", 0},
		{"indicators/z", 0},
		{"sources/s", 3},
	} {
		p, ok := d.c.lookup(tc.key)
		if ok != (tc.line > 0) || p.Line != tc.line {
			t.Errorf("lookup(%q) = %v, %v, want line %d", tc.key, p, ok, tc.line)
		}
	}
}
