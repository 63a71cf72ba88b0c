package indicators_test

import (
	"os"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestREADMECatalog loads the worked example of README.md against the text
// it was written for (testdata/source.txt), so the example stays true.
func TestREADMECatalog(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "```yaml\n")
	if !ok {
		t.Fatal("README.md has no yaml example")
	}
	example, _, _ := strings.Cut(rest, "```")
	text, err := os.ReadFile("testdata/source.txt")
	if err != nil {
		t.Fatal(err)
	}
	read := func(p string) ([]byte, error) {
		if p != "fact-sheet.txt" {
			t.Errorf("the example names text %q, want fact-sheet.txt", p)
		}
		return text, nil
	}
	c, err := indicators.Parse("README.md", []byte(example), read)
	if err != nil {
		t.Fatalf("the README's example catalog does not load:\n%v", err)
	}
	if len(c.Indicators) != 3 || len(c.Derived) != 1 || len(c.Views) != 1 {
		t.Errorf("example has %d indicators, %d derived, %d views; want 3, 1, 1", len(c.Indicators), len(c.Derived), len(c.Views))
	}
}
