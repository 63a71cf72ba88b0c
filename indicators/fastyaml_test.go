package indicators

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"go.yaml.in/yaml/v3"
)

// dumpNode writes a node tree as fastYAML promises to give it: kind,
// style, tag, value, line and column of every node, not comments.
func dumpNode(b *strings.Builder, n *yaml.Node, depth int) {
	fmt.Fprintf(b, "%s%d/%d %s %q @%d:%d\n", strings.Repeat(" ", depth), n.Kind, n.Style, n.Tag, n.Value, n.Line, n.Column)
	for _, c := range n.Content {
		dumpNode(b, c, depth+1)
	}
}

func dump(n *yaml.Node) string {
	var b strings.Builder
	dumpNode(&b, n, 0)
	return b.String()
}

// slowYAML is what yaml.v3 makes of src: the top node of its only
// document, or false where it fails or finds more than one document.
func slowYAML(src string) (*yaml.Node, bool) {
	dec := yaml.NewDecoder(strings.NewReader(src))
	var root, more yaml.Node
	if err := dec.Decode(&root); err != nil || len(root.Content) == 0 {
		return nil, false
	}
	if err := dec.Decode(&more); err != io.EOF {
		return nil, false
	}
	return root.Content[0], true
}

// checkFastYAML fails t if fastYAML takes src and gives another tree than
// yaml.v3, or takes what yaml.v3 refuses; it returns whether it took src.
func checkFastYAML(t *testing.T, name, src string) bool {
	t.Helper()
	fast, ok := fastYAML(src)
	if !ok {
		return false
	}
	slow, slowOK := slowYAML(src)
	if !slowOK {
		t.Errorf("fastYAML(%s) took what yaml.v3 refuses:\n%s", name, src)
		return true
	}
	if diff := cmp.Diff(dump(slow), dump(fast)); diff != "" {
		t.Errorf("fastYAML(%s) differs from yaml.v3 (-yaml.v3 +fast):\n%s", name, diff)
	}
	return true
}

func TestFastYAML(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		fast      bool // whether fastYAML takes it (else yaml.v3 does the work)
	}{
		{"block", "a: 1\nb: two\n", true},
		{"nested", "a:\n  b: 1\n  c:\n    - x\n    - y: 2\n      z: [p, \"q r\", 's''t']\nd: ~\n", true},
		{"indentless", "list:\n- a: 1\n  b: 2\n- c\nnext: 3\n", true},
		{"null values", "a:\nb: # note\nc: null\nd: ''\n", true},
		{"tags", "i: 2014\nz: 0\no: 012\nf: 1.5\nt: 2015-04-28\nb: true\nn: no\ns: not stated\nm: -3\nh: 0x10\ne: 1e3\nu: 1_000\nbig: 123456789012345678901\n", true},
		{"quotes", "a: \"x \\\"y\\\" \\u00e9 \\x41 \\n\"\nb: 'it''s'\n\"c d\": e\n", true},
		{"comments", "# head\na: 1 # tail\n\n   # indented\nb: x#y\n", true},
		{"unicode columns", "a: [é, ü, x]\n\"ß\": [\"ñ\", y]\n", true},
		{"colons", "url: https://example.org/a:b\nt: 10:30\n", true},
		{"compact entry spacing", "l:\n  -   a: 1\n      b: 2\n", true},
		{"empty flow", "a: []\n", true},
		{"anchor", "a: &x 1\nb: *x\n", false},
		{"block scalar", "a: |\n  text\n", false},
		{"multi-line plain", "a: two\n  lines\n", false},
		{"multi-line quoted", "a: \"two\n  lines\"\n", false},
		{"flow mapping", "a: {b: 1}\n", false},
		{"second document", "a: 1\n---\nb: 2\n", false},
		{"tab", "a:\t1\n", false},
		{"crlf", "a: 1\r\nb: 2\r\n", false},
		{"value colon", "a: b: c\n", false},
		{"bad indentation", "a: 1\n  b: 2\n", false},
		{"top sequence", "- a\n- b\n", false},
		{"empty", "", false},
		{"only comment", "# nothing\n", false},
		{"tag", "a: !!str 1\n", false},
		{"trailing comma", "a: [x, ]\n", false},
		{"empty entry", "a:\n  -\n  - b\n", false},
		{"key space colon", "a : 1\n", false},
		{"line separator", "a: x\u2028y\n", false},
		{"unknown escape", "a: \"\\q\"\n", false},
		{"slash escape", "a: \"\\/\"\n", false}, // yaml.v3 refuses it (FuzzFastYAML)
		{"surrogate escape", "a: \"\\ud800\"\n", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := checkFastYAML(t, tc.name, tc.src); got != tc.fast {
				t.Errorf("fastYAML(%q) took it = %v, want %v", tc.src, got, tc.fast)
			}
		})
	}
}

// TestFastYAMLFiles holds fastYAML to yaml.v3 on every catalog of the
// repository's testdata and on a synthetic series catalog; the good
// catalogs it must take.
func TestFastYAMLFiles(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.yaml")
	bad, _ := filepath.Glob("testdata/bad-catalogs/*.yaml")
	files = append(append(files, bad...), "usjapan2015/catalog.yaml")
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		took := checkFastYAML(t, f, string(b))
		if !strings.Contains(f, "bad-catalogs") && !took {
			t.Errorf("fastYAML(%s) declined a good catalog", f)
		}
	}
	var buf bytes.Buffer
	if err := WriteYAML(&buf, mustLoadGood(t)); err != nil {
		t.Fatal(err)
	}
	if !checkFastYAML(t, "WriteYAML output", buf.String()) {
		t.Errorf("fastYAML(WriteYAML output) declined it")
	}
}

func mustLoadGood(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load("testdata/good-catalog.yaml")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// FuzzFastYAML: whatever fastYAML takes, yaml.v3 takes too, to the same
// tree.
func FuzzFastYAML(f *testing.F) {
	for _, s := range []string{"a: 1\n", "a:\n  - b: [x, 'y']\n    c: \"\\u00e9\"\n", "l:\n- a\n- b: 2\nm: ~\n", "a: # c\nb:\n"} {
		f.Add(s)
	}
	files, _ := filepath.Glob("testdata/bad-catalogs/*.yaml")
	for _, name := range append(files, "testdata/good-catalog.yaml") {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, src string) {
		checkFastYAML(t, "input", src)
	})
}
