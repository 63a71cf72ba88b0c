package main

import (
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestBuildAndRun builds the example as a program and runs it.
func TestBuildAndRun(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "gocatalog")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	out, err := exec.Command(bin).CombinedOutput()
	if err != nil {
		t.Fatalf("running the example: %v\n%s", err, out)
	}
	for _, want := range []string{
		"verified 4 indicators; new plan over last plan: about 1.3 times",
		`"stated": "3-5 new stations"`,
		`"qualifier": "more_than"`,
	} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
}

// TestVerifyCatchesAnEdit shows the example's catalog is really checked.
func TestVerifyCatchesAnEdit(t *testing.T) {
	c := catalog()
	c.Indicators[0].Provenance[0].Quote = strings.Replace(c.Indicators[0].Provenance[0].Quote, "1.2", "1.3", 1)
	if err := c.Verify(); err == nil {
		t.Errorf("Verify accepted a quote that is not in the text")
	}
}
