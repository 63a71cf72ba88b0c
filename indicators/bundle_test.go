package indicators

import (
	"strings"
	"testing"
)

func TestSafeFileName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"facts.txt", "facts.txt"},
		{".bashrc", "bashrc"},
		{"..", ""},
		{"fact sheet (2015).txt", "fact_sheet__2015_.txt"},
		{"日本.txt", "__.txt"},
		{"-rf", "rf"},
	}
	for _, tc := range tests {
		if got := safeFileName(tc.in); got != tc.want {
			t.Errorf("safeFileName(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestBundleNames: texts keep safe, unique names, never the catalog's, and
// Bundle leaves the catalog as it was.
func TestBundleNames(t *testing.T) {
	c := &Catalog{Sources: []Source{
		{ID: "a", Title: "A", TextPath: "texts/facts.txt", Text: "one"},
		{ID: "b", Title: "B", TextPath: "other/FACTS.TXT", Text: "two"},
		{ID: "c", Title: "C", TextPath: "sub/catalog.yaml", Text: "three"},
		{ID: "d", Title: "D", TextPath: "../.hidden", Text: "four"},
		{ID: "e", Title: "E", TextPath: "again/facts.txt", Text: "one"},
	}}
	files, err := Bundle(c)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range files {
		names = append(names, f.Name)
	}
	want := "facts.txt,b-FACTS.TXT,c-catalog.yaml,hidden,catalog.yaml"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("Bundle names = %s, want %s", got, want)
	}
	if c.Sources[0].TextPath != "texts/facts.txt" {
		t.Errorf("Bundle changed the catalog: text path %q", c.Sources[0].TextPath)
	}
	cat := string(files[len(files)-1].Data)
	for _, n := range []string{"text: facts.txt", "text: b-FACTS.TXT", "text: c-catalog.yaml", "text: hidden"} {
		if !strings.Contains(cat, n) {
			t.Errorf("the bundle's catalog lacks %q:\n%s", n, cat)
		}
	}
}
