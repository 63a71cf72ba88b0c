package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
)

func writeTemp(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestExtractUsage(t *testing.T) {
	dir := t.TempDir()
	a := writeTemp(t, dir, "a.txt", "Trade was $5 billion.")
	for _, tc := range []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"extract"}, 2, "no input"},
		{[]string{"extract", "-h"}, 0, "Usage: claimbook extract"},
		{[]string{"extract", "-format", "xml", a}, 2, "unknown format \"xml\""},
		{[]string{"extract", "-draft", a, a}, 2, "exactly one FILE"},
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file or directory"},
		{[]string{"extract", "-nope", a}, 2, "flag provided but not defined"},
	} {
		code, _, stderr := runCmd(tc.args...)
		if code != tc.code || !strings.Contains(stderr, tc.inStderr) {
			t.Errorf("claimbook %q: exit %d, stderr %q; want exit %d and %q", tc.args, code, stderr, tc.code, tc.inStderr)
		}
	}
}

func TestExtractTable(t *testing.T) {
	dir := t.TempDir()
	p := writeTemp(t, dir, "fs.txt", usjapan2015.Text())
	code, stdout, stderr := runCmd("extract", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	lines := strings.Split(strings.TrimSpace(stdout), "\n")
	if len(lines) != 13 {
		t.Fatalf("got %d lines, want a header and 12 mentions:\n%s", len(lines), stdout)
	}
	for _, want := range []string{"1294-1306", "279 billion", "2014", "nearly $350 billion", "26 – 28", "down", "3-5 countries"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("table lacks %q:\n%s", want, stdout)
		}
	}
}

func TestExtractJSONL(t *testing.T) {
	dir := t.TempDir()
	text := usjapan2015.Text()
	p := writeTemp(t, dir, "fs.txt", text)
	code, stdout, stderr := runCmd("extract", "-format", "jsonl", p)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	runes := []rune(text)
	keys := []string{"start", "end", "text", "kind", "value", "low", "high", "unit", "scale", "qualifier", "direction", "year", "sentence_start", "sentence_end"}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		n++
		var m map[string]any
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		for _, k := range keys {
			if _, ok := m[k]; !ok {
				t.Errorf("line %q lacks %q", l, k)
			}
		}
		s, e := int(m["start"].(float64)), int(m["end"].(float64))
		if got := string(runes[s:e]); got != m["text"] {
			t.Errorf("code points %d..%d are %q, text is %q", s, e, got, m["text"])
		}
		ss, se := int(m["sentence_start"].(float64)), int(m["sentence_end"].(float64))
		if ss > s || se < e {
			t.Errorf("sentence %d..%d does not hold %d..%d", ss, se, s, e)
		}
		if m["text"] == "$279 billion" {
			if m["value"] != 279e9 || m["year"] != 2014.0 || m["unit"] != "USD" || m["scale"] != "billion" || m["low"] != nil {
				t.Errorf("$279 billion: %v", m)
			}
		}
		if m["text"] == "26 to 28 percent" {
			if m["value"] != nil || m["low"] != 26.0 || m["high"] != 28.0 || m["qualifier"] != "range" || m["direction"] != "down" {
				t.Errorf("26 to 28 percent: %v", m)
			}
		}
	}
	if n != 12 {
		t.Errorf("%d mentions, want 12", n)
	}
}

func TestExtractManyInOrder(t *testing.T) {
	dir := t.TempDir()
	var names []string
	for i, s := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		names = append(names, writeTemp(t, dir, s+".txt", strings.Repeat("Exports rose 5 percent to $3 billion. ", i+1)))
	}
	writeTemp(t, dir, ".hidden.txt", "Hidden: 99 percent.")
	code, stdout, stderr := runCmd("extract", "-format", "jsonl", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var files []string
	for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var m struct{ File string }
		if err := json.Unmarshal([]byte(l), &m); err != nil {
			t.Fatal(err)
		}
		if len(files) == 0 || files[len(files)-1] != m.File {
			files = append(files, m.File)
		}
	}
	if strings.Join(files, ",") != strings.Join(names, ",") {
		t.Errorf("files in output order %q, want %q", files, names)
	}
	if stderr != "" {
		t.Errorf("progress written to a non-terminal: %q", stderr)
	}
}

func TestExtractHTML(t *testing.T) {
	dir := t.TempDir()
	p := writeTemp(t, dir, "page.html", `<!DOCTYPE html><html><head><title>T</title><script>var n = 2020;</script></head>
<body><h1>Trade</h1><p>In 2014, trade was $279&nbsp;billion.</p><ul><li>nearly 30&nbsp;% of GDP</li></ul></body></html>`)
	code, stdout, _ := runCmd("extract", "-format", "jsonl", p)
	if code != 0 || strings.Count(stdout, "\n") != 2 || !strings.Contains(stdout, `"text":"$279`+"\u00a0"+`billion"`) {
		t.Errorf("HTML extract: exit %d\n%s", code, stdout)
	}
	code, plain, _ := runCmd("extract", "-plain", p)
	if code != 0 || strings.Contains(plain, "var n") || !strings.Contains(plain, "In 2014, trade was") {
		t.Errorf("HTML plain text: exit %d\n%s", code, plain)
	}
	// The JSON code points index the plain text.
	var m struct{ Start, End int }
	json.Unmarshal([]byte(strings.Split(stdout, "\n")[0]), &m)
	if got := string([]rune(plain)[m.Start:m.End]); got != "$279\u00a0billion" {
		t.Errorf("span %d..%d of the plain text is %q", m.Start, m.End, got)
	}
	if code, _, stderr := runCmd("extract", "-draft", p); code != 2 || !strings.Contains(stderr, "-plain") {
		t.Errorf("draft of HTML: exit %d, %q", code, stderr)
	}
}

// TestExtractDraft drafts the reference document with a relative path, as
// the usage says, saves the draft beside the text and loads it.
func TestExtractDraft(t *testing.T) {
	dir := t.TempDir()
	writeTemp(t, dir, "fs.txt", usjapan2015.Text())
	t.Chdir(dir)
	code, stdout, stderr := runCmd("extract", "-draft", "fs.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	writeTemp(t, dir, "catalog.yaml", stdout)
	c, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatalf("draft does not load: %v\n%s", err, stdout)
	}
	if len(c.Indicators) != 13 {
		t.Errorf("draft has %d indicators, want 13 (12 mentions and a rank)", len(c.Indicators))
	}
	if code, out, stderr := runCmd("verify", "-catalog", "catalog.yaml"); code != 0 {
		t.Errorf("claimbook verify of the draft: exit %d\n%s%s", code, out, stderr)
	}
}
