package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestVerifyTypedQuote: a quote typed with ' where the source has ’ is
// found and passes, with a notice on stderr that gives the quote to write;
// -strict makes the notice a failure.
func TestVerifyTypedQuote(t *testing.T) {
	dir := t.TempDir()
	text := "The Council\u2019s plan adds 30 plants.\n"
	sum := sha256.Sum256([]byte(text))
	catalog := fmt.Sprintf(`claimbook: 1
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
    stated: 30 plants
    period: not stated
    provenance:
      - source: s
        quote: The Council's plan adds 30 plants.
`, hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, "plan.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "typo.yaml")
	if err := os.WriteFile(path, []byte(catalog), 0o644); err != nil {
		t.Fatal(err)
	}
	// A notice says it is one, so that it is not read as an error: round
	// F's smoking user could not tell whether the catalog passed.
	msg := `quote differs from source "s" in typography ("'" for "’"): write quote: "The Council’s plan adds 30 plants."`
	for _, tc := range []struct {
		args   []string
		code   int
		notice string
	}{
		{[]string{"verify", "-catalog", path}, 0, "typo.yaml:20:16: notice: " + msg},
		{[]string{"verify", "-strict", "-catalog", path}, 1, "typo.yaml:20:16: notice (-strict: a problem): " + msg},
		// A strict run that fails says so in one line (s33d-bluebadge).
		{[]string{"verify", "-strict", "-catalog", path}, 1, "typo.yaml: 1 problem under -strict (1 notice)\n"},
	} {
		code, stdout, stderr := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.notice) {
			t.Errorf("claimbook %s: exit %d, stderr %q; want exit %d and %s", strings.Join(tc.args, " "), code, stderr, tc.code, tc.notice)
		}
		// The "ok" line counts the notices, so that it is not read as a
		// clean run (round N).
		if code == 0 && !strings.HasSuffix(stdout, "verified against 1 source, with 1 notice to read on stderr\n") {
			t.Errorf("claimbook %s: stdout %q, want the ok line to count 1 notice", strings.Join(tc.args, " "), stdout)
		}
	}
	code, stdout, stderr := runCmd("export", "-catalog", path)
	if code != 0 || !strings.Contains(stdout, `"quote": "The Council’s plan adds 30 plants."`) {
		t.Errorf("claimbook export: exit %d, %s%s; want the source's quote", code, stdout, stderr)
	}
}

// TestVerifyErrorsWithNotices: a catalog with an error still gives the
// notices of its other indicators, in one list sorted by line, so that
// one run says everything to write (round N: a view's error held back
// "write unit: migrant"); the exit status is 1 for the error.
func TestVerifyErrorsWithNotices(t *testing.T) {
	dir := t.TempDir()
	text := "The Council\u2019s plan adds 30 plants.\nIt will also plant 5 orchards.\n"
	sum := sha256.Sum256([]byte(text))
	catalog := fmt.Sprintf(`claimbook: 1
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
    stated: 30 plants
    period: not stated
    provenance:
      - source: s
        quote: The Council's plan adds 30 plants.
  - id: orchards
    title: Orchards
    entities: [US]
    measure: count
    status: promised
    stated: 5 orchards
    period: not stated
    provenance:
      - source: s
        quote: It will also plant 5 orchards.
`, hex.EncodeToString(sum[:]))
	if err := os.WriteFile(filepath.Join(dir, "plan.txt"), []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "both.yaml")
	if err := os.WriteFile(path, []byte(catalog), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCmd("verify", "-catalog", path)
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	want := []string{"both.yaml:20:16: notice: quote differs from source", "both.yaml:25:13: unknown status \"promised\"", "both.yaml: 1 problem"}
	if code != 1 || len(lines) != len(want) {
		t.Fatalf("verify: exit %d, stderr %q; want exit 1 and %d lines", code, stderr, len(want))
	}
	for i, w := range want {
		if !strings.Contains(lines[i], w) {
			t.Errorf("verify: line %d = %q, want one holding %q", i+1, lines[i], w)
		}
	}
	// Under -strict the notice is a problem, and the count says so.
	code, _, stderr = runCmd("verify", "-strict", "-catalog", path)
	if want := "both.yaml: 2 problems"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("verify -strict: exit %d, stderr %q; want exit 1 and %q", code, stderr, want)
	}
}
