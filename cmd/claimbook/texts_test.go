package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

const factsText = "Trade Facts\n\nIn 2014, two-way trade was $279 billion.\n"

func sum(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func write(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// catalogOf returns a catalog over sources (id, text path, text); the
// indicator quotes the first.
func catalogOf(sources ...[3]string) string {
	var b strings.Builder
	b.WriteString("claimbook: 1\nsources:\n")
	for _, s := range sources {
		fmt.Fprintf(&b, "  - id: %s\n    title: Trade Facts\n    url: https://example.org/%s\n    text: %q\n    sha256: %s\n", s[0], s[0], s[1], sum(s[2]))
	}
	fmt.Fprintf(&b, `indicators:
  - id: trade
    title: Two-way trade
    entities: [US, JP]
    measure: flow
    status: fact
    stated: $279 billion
    period: 2014
    provenance:
      - source: %s
        quote: In 2014, two-way trade was $279 billion.
views:
  - id: trade-view
    title: Trade
    kind: bars
    indicators: [trade]
`, sources[0][0])
	return b.String()
}

func TestParseSize(t *testing.T) {
	tests := []struct {
		in   string
		want int64 // 0 for an error
	}{
		{"1048576", 1 << 20},
		{"128MiB", 128 << 20},
		{"64 MiB", 64 << 20},
		{"1GiB", 1 << 30},
		{"10KiB", 10 << 10},
		{"2MB", 2e6},
		{"1.5GB", 15e8},
		{"100B", 100},
		{"0", 0},
		{"-5", 0},
		{"12XB", 0},
		{"MiB", 0},
		{"", 0},
		{"99999999999GiB", 0},
	}
	for _, tc := range tests {
		got, err := parseSize(tc.in)
		if tc.want == 0 {
			if err == nil {
				t.Errorf("parseSize(%q) = %d, want an error", tc.in, got)
			}
			continue
		}
		if err != nil || got != tc.want {
			t.Errorf("parseSize(%q) = %d, %v, want %d", tc.in, got, err, tc.want)
		}
	}
}

// TestTextsFlag keeps the text outside the catalog's folder: verify, build
// and export refuse it, and read it once -texts names its folder.
func TestTextsFlag(t *testing.T) {
	tmp := t.TempDir()
	cat := filepath.Join(tmp, "cat", "catalog.yaml")
	texts := filepath.Join(tmp, "texts")
	write(t, filepath.Join(texts, "facts.txt"), factsText)
	write(t, cat, catalogOf([3]string{"facts", "../texts/facts.txt", factsText}))
	refused := `catalog.yaml:6:11: source text "../texts/facts.txt" leaves the catalog's folder`
	tests := []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"verify", "-catalog", cat}, 1, refused},
		{[]string{"verify", "-catalog", cat, "-texts", texts}, 0, ""},
		{[]string{"verify", "-catalog", cat, "-texts", filepath.Join(tmp, "other"), "-texts", texts}, 2, "text folder"},
		{[]string{"verify", "-catalog", cat, "-texts", texts, "-max-text-size", "10B"}, 1, `is larger than the 10B limit for a source text`},
		{[]string{"verify", "-catalog", cat, "-texts", texts, "-max-text-size", "1MiB"}, 0, ""},
		{[]string{"verify", "-catalog", cat, "-max-text-size", "lots"}, 2, `invalid size "lots"`},
		{[]string{"build", "-catalog", cat, "-out", filepath.Join(tmp, "out1")}, 1, refused},
		{[]string{"build", "-catalog", cat, "-out", filepath.Join(tmp, "out2"), "-texts", texts}, 0, "built"},
		{[]string{"export", "-catalog", cat, "-format", "yaml", "-out", filepath.Join(tmp, "bundle1")}, 1, refused},
		{[]string{"export", "-catalog", cat, "-format", "yaml", "-out", filepath.Join(tmp, "bundle2"), "-texts", texts}, 0, "wrote"},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.inStderr) {
			t.Errorf("claimbook %s: exit %d, stdout %q, stderr %q; want exit %d, stderr with %q",
				strings.Join(tc.args, " "), code, stdout, stderr, tc.code, tc.inStderr)
		}
	}
	// The bundle holds the text itself and verifies without -texts.
	if code, _, stderr := runCmd("verify", "-catalog", filepath.Join(tmp, "bundle2", "catalog.yaml")); code != 0 {
		t.Errorf("verify of the exported bundle: exit %d: %s", code, stderr)
	}
	// A later command without -texts does not inherit the last one's.
	if code, _, _ := runCmd("verify", "-catalog", cat); code != 1 {
		t.Errorf("verify without -texts after one with it: exit %d, want 1", code)
	}
}

// TestExportBundleNames exports texts whose base names clash with each
// other, with the catalog, ignoring case, or start with a dot; every text
// survives under a name of its own and the bundle verifies.
func TestExportBundleNames(t *testing.T) {
	tmp := t.TempDir()
	cat := filepath.Join(tmp, "cat", "catalog.yaml")
	sources := [][3]string{
		{"main", "a/facts.txt", factsText},
		{"second", "b/facts.txt", factsText + "Second.\n"},
		{"upper", "c/FACTS.TXT", factsText + "Upper.\n"},
		{"inner", "sub/catalog.yaml", factsText + "Named like a catalog.\n"},
		{"hidden", "d/.hidden.txt", factsText + "Hidden.\n"},
		{"same", "e/facts.txt", factsText}, // the same text as main: shares its file
	}
	for _, s := range sources {
		write(t, filepath.Join(tmp, "cat", filepath.FromSlash(s[1])), s[2])
	}
	write(t, cat, catalogOf(sources...))
	out := filepath.Join(tmp, "bundle")
	if code, _, stderr := runCmd("export", "-catalog", cat, "-format", "yaml", "-out", out); code != 0 {
		t.Fatalf("export: exit %d: %s", code, stderr)
	}
	entries, err := os.ReadDir(out)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	want := ".claimbook-build,catalog.yaml,facts.txt,hidden.txt,inner-catalog.yaml,second-facts.txt,upper-FACTS.TXT"
	if got := strings.Join(names, ","); got != want {
		t.Errorf("export -out wrote %s, want %s", got, want)
	}
	c, err := indicators.Load(filepath.Join(out, "catalog.yaml"))
	if err != nil {
		t.Fatalf("the exported catalog does not load: %v", err)
	}
	for _, s := range sources {
		src, ok := c.Source(s[0])
		if !ok || src.Text != s[2] {
			t.Errorf("source %q: exported text lost or changed (found %v)", s[0], ok)
		}
	}
}

// TestVerifyPassesBuildBuilds: one rule for characters the outputs cannot
// hold. A source text with pdftotext's form feeds between its quotes
// verifies and builds; a quote that takes a form feed in is refused by
// verify and by build alike, with the same message.
func TestVerifyPassesBuildBuilds(t *testing.T) {
	text := "Trade Facts\n\f\nIn 2014, two-way trade was $279 billion.\n\fPage 2\n"
	for _, tc := range []struct {
		name, quote string
		ok          bool
	}{
		{"between", "In 2014, two-way trade was $279 billion.", true},
		{"inside", "\fIn 2014, two-way trade was $279 billion.", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			write(t, filepath.Join(dir, "facts.txt"), text)
			cat := strings.Replace(catalogOf([3]string{"facts", "facts.txt", text}),
				"quote: In 2014, two-way trade was $279 billion.", "quote: "+strconv.Quote(tc.quote), 1)
			write(t, filepath.Join(dir, "c.yaml"), cat)
			vcode, _, verr := runCmd("verify", "-catalog", filepath.Join(dir, "c.yaml"))
			bcode, _, berr := runCmd("build", "-catalog", filepath.Join(dir, "c.yaml"), "-out", filepath.Join(dir, "out"))
			if (vcode == 0) != tc.ok || (bcode == 0) != tc.ok {
				t.Fatalf("verify exit %d, build exit %d; want both %v\nverify: %s\nbuild: %s", vcode, bcode, tc.ok, verr, berr)
			}
			if !tc.ok {
				if !strings.Contains(verr, "U+000C form feed") {
					t.Errorf("verify: %q does not name the form feed", verr)
				}
				first := func(s string) string { return strings.SplitN(s, "\n", 2)[0] }
				if first(verr) != first(berr) {
					t.Errorf("verify and build disagree:\n%s\n%s", first(verr), first(berr))
				}
			}
		})
	}
}
