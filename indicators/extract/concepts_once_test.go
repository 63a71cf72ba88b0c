package extract

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestConceptsOnce fails when a word list or reading that lives in one
// place is written again in another file of the package: two copies
// drift. Each row is a piece of source text that only its home file may
// hold.
func TestConceptsOnce(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, home string
	}{
		{`"Unnamed `, "draft.go"},
		{`|Count) under `, "draft.go"},
		{`years? (?:ago`, "draft62_when.go"},
	} {
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") || f == tc.home {
				continue
			}
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if strings.Contains(string(b), tc.text) {
				t.Errorf("%s holds %q, which lives in %s alone", f, tc.text, tc.home)
			}
		}
	}
}

func TestIsFallbackTitle(t *testing.T) {
	for _, tc := range []struct {
		title                 string
		fallback, unnamed, un bool
	}{
		{"Unnamed count", true, true, false},
		{"Count under Key results", true, false, true},
		{"Amount under Prevention", true, false, true},
		{"Share of live births", false, false, false},
		{"Counts under review", false, false, false},
	} {
		if got := isFallbackTitle(tc.title); got != tc.fallback {
			t.Errorf("isFallbackTitle(%q) = %v, want %v", tc.title, got, tc.fallback)
		}
		if got := isUnnamedTitle(tc.title); got != tc.unnamed {
			t.Errorf("isUnnamedTitle(%q) = %v, want %v", tc.title, got, tc.unnamed)
		}
		if got := isUnderTitle(tc.title); got != tc.un {
			t.Errorf("isUnderTitle(%q) = %v, want %v", tc.title, got, tc.un)
		}
	}
}
