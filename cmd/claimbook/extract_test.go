package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

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
	writeTemp(t, dir, "b.txt", "Trade was $6 billion.")
	for _, tc := range []struct {
		args     []string
		code     int
		inStderr string
	}{
		{[]string{"extract"}, 2, "no input"},
		{[]string{"extract", "-h"}, 0, "Usage: claimbook extract"},
		{[]string{"extract", "-format", "xml", a}, 2, "unknown format \"xml\""},
		{[]string{"extract", "-draft", a, a}, 2, "names " + a + " twice"},
		{[]string{"extract", "-draft", dir + "/empty"}, 2, "no such file"},
		{[]string{"extract", filepath.Join(dir, "missing.txt")}, 1, "missing.txt: no such file or directory"},
		{[]string{"extract", "-nope", a}, 2, "flag provided but not defined"},
		{[]string{"extract", "-url", "https://example.org/a", a}, 2, "use it with -draft"},
		{[]string{"extract", "-draft", "-url", "javascript:alert(1)", a}, 2, "-url: url"},
		{[]string{"extract", "-draft", "-url", "https://example.org/a", dir}, 2, "-url is the address of one document, and -draft has 2"},
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
	// 12 mentions and a rank, less "our two countries" (twice) and "our
	// two nations", which name the parties and are explained in comments.
	if len(c.Indicators) != 10 {
		t.Errorf("draft has %d indicators, want 10 (12 mentions and a rank, less 3 that name the two parties)", len(c.Indicators))
	}
	if n := strings.Count(stdout, "(names the two parties, not a count)"); n != 3 {
		t.Errorf("draft explains %d figures as the two parties, want 3", n)
	}
	if code, out, stderr := runCmd("verify", "-catalog", "catalog.yaml"); code != 0 {
		t.Errorf("claimbook verify of the draft: exit %d\n%s%s", code, out, stderr)
	}
	// The draft proposes views, so that it builds a deck with charts as
	// written: the first figure as a headline, bars of figures that compare.
	if len(c.Views) < 2 || c.Views[0].Kind != indicators.Headline {
		t.Fatalf("draft proposes views %+v, want a headline first and bars", c.Views)
	}
	if code, _, stderr := runCmd("build", "-catalog", "catalog.yaml", "-out", "out"); code != 0 {
		t.Fatalf("claimbook build of the draft: exit %d\n%s", code, stderr)
	}
	for _, v := range c.Views {
		if _, err := os.Stat(filepath.Join(dir, "out", "charts", v.ID+".png")); err != nil {
			t.Errorf("build of the draft drew no chart of view %s: %v", v.ID, err)
		}
	}
}

// TestExtractDraftURL drafts a release whose text names no place with
// its address, given by -url for one document and by a NAME.url file
// beside each text of a folder: the address is the source's url, its
// nation the place of the figures, and the date in its path the release's.
func TestExtractDraftURL(t *testing.T) {
	dir := t.TempDir()
	text := "Appointments at surgeries\n\nThere were 1,250,000 appointments scheduled in the quarter, up 4% on the quarter before.\n"
	writeTemp(t, dir, "appts.txt", text)
	t.Chdir(dir)
	const address = "https://www.gov.wales/appointments-2031/07/15/quarter"
	code, stdout, stderr := runCmd("extract", "-draft", "-url", address, "appts.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	check := func(how, draft, url, place string) {
		t.Helper()
		writeTemp(t, dir, "catalog.yaml", draft)
		c, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
		if err != nil {
			t.Fatalf("%s: draft does not load: %v\n%s", how, err, draft)
		}
		for _, s := range c.Sources {
			if s.URL != url {
				t.Errorf("%s: source %s url %q, want %q", how, s.ID, s.URL, url)
			}
		}
		for _, ind := range c.Indicators {
			if len(ind.Entities) != 1 || ind.Entities[0] != place {
				t.Errorf("%s: %s entities %v, want [%s]", how, ind.ID, ind.Entities, place)
			}
		}
	}
	check("-url", stdout, address, "GB-WLS")
	if !strings.Contains(stdout, `issued: "2031-07-15"`) {
		t.Errorf("-url: the draft gives no issued date from the address's path:\n%s", stdout)
	}
	os.Mkdir("texts", 0o755)
	writeTemp(t, dir, "texts/a.txt", text)
	writeTemp(t, dir, "texts/a.url", "https://www.cfs.gov.hk/english/press/20311231_1.html\n")
	code, stdout, stderr = runCmd("extract", "-draft", "texts")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	check("a.url", stdout, "https://www.cfs.gov.hk/english/press/20311231_1.html", "HK")
	// A browser's Internet Shortcut gives its address on a URL= line.
	writeTemp(t, dir, "texts/a.url", "[InternetShortcut]\r\nIDList=\r\nURL=https://www.cfs.gov.hk/english/press/20311231_1.html\r\n")
	code, stdout, stderr = runCmd("extract", "-draft", "texts")
	if code != 0 {
		t.Fatalf("an Internet Shortcut: exit %d: %s", code, stderr)
	}
	check("a.url (Internet Shortcut)", stdout, "https://www.cfs.gov.hk/english/press/20311231_1.html", "HK")
	writeTemp(t, dir, "texts/a.url", "file:///etc/passwd\n")
	if code, _, stderr := runCmd("extract", "-draft", "texts"); code != 2 || !strings.Contains(stderr, "a.url:1: url") {
		t.Errorf("a bad NAME.url: exit %d, stderr %q; want exit 2 naming the file's line", code, stderr)
	}
}

// TestExtractDraftDir drafts the corpus of testdata, ten documents in a
// folder, into one catalog with a source each, which loads and verifies
// as written.
func TestExtractDraftDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "texts"), 0o755); err != nil {
		t.Fatal(err)
	}
	corpus := filepath.Join("..", "..", "testdata", "corpus")
	files, err := filepath.Glob(filepath.Join(corpus, "*.txt"))
	if err != nil || len(files) < 7 {
		t.Fatalf("corpus texts: %v, %v", files, err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		writeTemp(t, filepath.Join(dir, "texts"), filepath.Base(f), string(b))
	}
	t.Chdir(dir)
	code, stdout, stderr := runCmd("extract", "-draft", "texts")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	writeTemp(t, dir, "catalog.yaml", stdout)
	c, err := indicators.Load(filepath.Join(dir, "catalog.yaml"))
	if err != nil {
		t.Fatalf("draft does not load: %v\n%s", err, stdout)
	}
	if len(c.Sources) != len(files) {
		t.Errorf("draft has %d sources, want %d", len(c.Sources), len(files))
	}
	for _, ind := range c.Indicators {
		if strings.HasPrefix(ind.Title, "TODO") {
			t.Errorf("indicator %s has a placeholder title %q", ind.ID, ind.Title)
		}
	}
	if code, out, stderr := runCmd("verify", "-catalog", "catalog.yaml"); code != 0 {
		t.Errorf("claimbook verify of the draft: exit %d\n%s%s", code, out, stderr)
	}
}

// TestDraftAbsolutePath: a text named by its absolute path inside the
// working folder, where the draft is written, is written relative to it,
// so that the draft loads (a catalog reads only files in its own folder);
// one outside the folder keeps its path, which verify then explains.
func TestDraftAbsolutePath(t *testing.T) {
	dir := t.TempDir()
	text := "The United States and Japan traded $279 billion in 2014.\n"
	if err := os.Mkdir(filepath.Join(dir, "texts"), 0o755); err != nil {
		t.Fatal(err)
	}
	writeTemp(t, filepath.Join(dir, "texts"), "doc.txt", text)
	outside := t.TempDir()
	writeTemp(t, outside, "other.txt", text)
	t.Chdir(dir)
	for _, tc := range []struct{ arg, want string }{
		{filepath.Join(dir, "texts", "doc.txt"), "text: texts/doc.txt\n"},
		{filepath.Join(outside, "other.txt"), "text: " + filepath.ToSlash(filepath.Join(outside, "other.txt")) + "\n"},
	} {
		code, stdout, stderr := runCmd("extract", "-draft", tc.arg)
		if code != 0 {
			t.Fatalf("extract -draft %s: exit %d: %s", tc.arg, code, stderr)
		}
		if !strings.Contains(stdout, tc.want) {
			t.Errorf("extract -draft %s: no %q in\n%s", tc.arg, tc.want, stdout)
		}
	}
	_, stdout, _ := runCmd("extract", "-draft", filepath.Join(dir, "texts", "doc.txt"))
	writeTemp(t, dir, "catalog.yaml", stdout)
	if code, out, stderr := runCmd("verify", "-catalog", "catalog.yaml"); code != 0 {
		t.Errorf("claimbook verify of the draft of an absolute path: exit %d\n%s%s", code, out, stderr)
	}
}

// utf16Text encodes s as UTF-16 with a byte-order mark.
func utf16Text(s string, bigEndian bool) string {
	var b []byte
	for _, u := range utf16.Encode([]rune("\ufeff" + s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return string(b)
}

// TestExtractHostile runs the command on bad inputs among good ones: each
// bad one is reported in its turn, the good output is all written, in
// order, and the exit status says whether any input could not be read.
func TestExtractHostile(t *testing.T) {
	const good = "Exports were $5 billion."
	tests := []struct {
		name    string
		files   map[string]string
		links   map[string]string // link name: target
		args    []string
		code    int
		stdout  []string // in this order
		stderr  []string
		without []string // in neither stdout nor stderr
	}{
		{"missing among good", map[string]string{"a.txt": good, "c.txt": "Imports fell 7 percent."}, nil,
			[]string{"-format", "jsonl", "a.txt", "missing.txt", "c.txt"}, 1,
			[]string{`"file":"a.txt"`, `"text":"$5 billion"`, `"file":"c.txt"`, `"text":"7 percent"`},
			[]string{"claimbook extract: missing.txt: no such file or directory\n", "1 of 3 files could not be read"}, nil},
		{"binary", map[string]string{"bin.dat": "\x7fELF\x02\x00\x00Trade was $9 billion.", "a.txt": good}, nil,
			[]string{"bin.dat", "a.txt"}, 1,
			[]string{"==> a.txt <== 1 mention", "$5 billion"},
			[]string{"claimbook extract: bin.dat: binary file (NUL byte at offset 5)"}, []string{"$9 billion"}},
		{"windows-1252 text", map[string]string{"w.txt": "The fund holds \x805 billion; it\x92s 7 percent."}, nil,
			[]string{"-format", "jsonl", "w.txt"}, 0,
			[]string{`"start":15,"end":25,"text":"€5 billion","kind":"currency"`, `"unit":"EUR"`},
			[]string{"claimbook extract: w.txt: not valid UTF-8 (byte 0x80 at offset 15): read as windows-1252\n"}, nil},
		{"windows-1252 text, plain", map[string]string{"w.txt": "The fund holds \x805 billion; it\x92s 7 percent."}, nil,
			[]string{"-plain", "w.txt"}, 0,
			[]string{"The fund holds €5 billion; it’s 7 percent.\n"}, []string{"read as windows-1252"}, nil},
		{"windows-1252 HTML by meta charset", map[string]string{"w.html": `<html><head><meta charset="windows-1252"></head>` +
			"<body><p>The EU gave \x805 billion, the UK\x92s share.</p></body></html>"}, nil,
			[]string{"-plain", "w.html"}, 0, []string{"The EU gave €5 billion, the UK’s share.\n"}, nil, []string{"\ufffd"}},
		{"windows-1252 HTML by http-equiv", map[string]string{"w.htm": `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>` +
			"<body><p>The EU gave \x805 billion.</p></body></html>"}, nil,
			[]string{"-format", "jsonl", "w.htm"}, 0, []string{`"start":12,"end":22,"text":"€5 billion"`}, nil, nil},
		{"Shift_JIS HTML", map[string]string{"j.html": `<!DOCTYPE html><html><head><meta charset="Shift_JIS"></head>` +
			"<body><p>\x93\xfa\x96{ pledged $3 billion.</p></body></html>"}, nil,
			[]string{"-format", "jsonl", "j.html"}, 0, []string{`"start":11,"end":21,"text":"$3 billion"`}, nil, nil},
		{"Shift_JIS HTML, plain", map[string]string{"j.html": `<!DOCTYPE html><html><head><meta charset="Shift_JIS"></head>` +
			"<body><p>\x93\xfa\x96{ pledged $3 billion.</p></body></html>"}, nil,
			[]string{"-plain", "j.html"}, 0, []string{"日本 pledged $3 billion.\n"}, nil, nil},
		{"UTF-16LE text", map[string]string{"le.txt": utf16Text("Trade was €5 billion.", false)}, nil,
			[]string{"-format", "jsonl", "le.txt"}, 0, []string{`"start":10,"end":20,"text":"€5 billion"`}, nil, nil},
		{"UTF-16BE text", map[string]string{"be.txt": utf16Text("Trade was €5 billion.", true)}, nil,
			[]string{"-plain", "be.txt"}, 0, []string{"Trade was €5 billion.\n"}, nil, []string{"\ufeff"}},
		{"symlink to a directory, with a loop", map[string]string{"real/a.txt": good}, map[string]string{"link": "real", "real/up": "."},
			[]string{"-format", "jsonl", "link"}, 0,
			[]string{`"text":"$5 billion"`}, nil, []string{"up"}},
		{"dangling link in a directory", map[string]string{"d/a.txt": good}, map[string]string{"d/b.txt": "nowhere.txt"},
			[]string{"d"}, 1,
			[]string{"==> d/a.txt <==", "$5 billion"}, []string{"claimbook extract: d/b.txt: no such file or directory"}, nil},
		{"a directory to draft", map[string]string{"d/a.txt": good, "d/b.html": "<p>$5 billion</p>"}, nil,
			[]string{"-draft", "d"}, 0, []string{"text: d/a.txt", "stated: $5 billion"}, nil, []string{"b.html"}},
		{"a directory without texts to draft", map[string]string{"d/b.html": "<p>$5 billion</p>"}, nil,
			[]string{"-draft", "d"}, 2, nil, []string{"d has no .txt file to draft"}, nil},
		{"draft of windows-1252 text", map[string]string{"w.txt": "The fund holds \x805 billion."}, nil,
			[]string{"-draft", "w.txt"}, 2, nil, []string{"w.txt: not valid UTF-8 (byte 0x80 at offset 15): a catalog's source text must be UTF-8"}, nil},
		{"draft of UTF-16 text", map[string]string{"le.txt": utf16Text("Trade was €5 billion.", false)}, nil,
			[]string{"-draft", "le.txt"}, 2, nil, []string{"le.txt is UTF-16LE text", "-plain le.txt"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			dir := t.TempDir()
			t.Chdir(dir)
			for name, content := range tc.files {
				if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
					t.Fatal(err)
				}
				writeTemp(t, dir, name, content)
			}
			for name, target := range tc.links {
				if err := os.Symlink(target, name); err != nil {
					t.Fatal(err)
				}
			}
			code, stdout, stderr := runCmd(append([]string{"extract"}, tc.args...)...)
			if code != tc.code {
				t.Errorf("claimbook extract %q: exit %d, want %d; stderr:\n%s", tc.args, code, tc.code, stderr)
			}
			rest := stdout
			for _, want := range tc.stdout {
				i := strings.Index(rest, want)
				if i < 0 {
					t.Errorf("claimbook extract %q: stdout lacks %q (in this place):\n%s", tc.args, want, stdout)
					break
				}
				rest = rest[i+len(want):]
			}
			for _, want := range tc.stderr {
				if !strings.Contains(stderr, want) {
					t.Errorf("claimbook extract %q: stderr lacks %q:\n%s", tc.args, want, stderr)
				}
			}
			for _, not := range tc.without {
				if strings.Contains(stdout+stderr, not) {
					t.Errorf("claimbook extract %q: output has %q:\nstdout:\n%s\nstderr:\n%s", tc.args, not, stdout, stderr)
				}
			}
			if !utf8.ValidString(stdout) {
				t.Errorf("claimbook extract %q: stdout is not valid UTF-8: %q", tc.args, stdout)
			}
		})
	}
}

// TestExtractWholeCap checks that an HTML file over the cap on what is read
// whole is refused, and the files after it are still read.
func TestExtractWholeCap(t *testing.T) {
	defer func(c int64) { extractWholeCap = c }(extractWholeCap)
	extractWholeCap = 1 << 10
	dir := t.TempDir()
	big := writeTemp(t, dir, "big.html", "<p>"+strings.Repeat("Trade was $5 billion. ", 100)+"</p>")
	small := writeTemp(t, dir, "small.html", "<p>Trade was $7 billion.</p>")
	code, stdout, stderr := runCmd("extract", big, small)
	if code != 1 || !strings.Contains(stderr, big+": HTML document larger than 0 MiB") || !strings.Contains(stdout, "$7 billion") {
		t.Errorf("claimbook extract big.html small.html: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit 1, big.html refused, small.html read", code, stdout, stderr)
	}
}

// TestExtractStdin reads "-", which also reads a pipe.
func TestExtractStdin(t *testing.T) {
	defer func(r io.Reader) { extractStdin = r }(extractStdin)
	for _, tc := range []struct {
		in     string
		code   int
		stdout string
		stderr string
	}{
		{"Trade was $5 billion.", 0, `{"start":10,"end":20,"text":"$5 billion"`, ""},
		{"<!DOCTYPE html><p>Trade was <b>$5</b> billion.</p>", 0, `{"start":10,"end":20,"text":"$5 billion"`, ""},
		// Standard input cannot be read twice: it must be UTF-8, and the
		// mentions of the sentences before the bad byte are kept.
		{"Trade was $5 billion. Aid was $7 billion. Costs were \xff3 percent.", 1, `"text":"$7 billion"`,
			"claimbook extract: -: not valid UTF-8 (byte 0xFF at offset 53)"},
	} {
		extractStdin = strings.NewReader(tc.in)
		code, stdout, stderr := runCmd("extract", "-format", "jsonl", "-")
		if code != tc.code || !strings.Contains(stdout, tc.stdout) || !strings.Contains(stderr, tc.stderr) {
			t.Errorf("claimbook extract - < %q: exit %d\nstdout:\n%s\nstderr:\n%s\nwant exit %d, %q and %q", tc.in, code, stdout, stderr, tc.code, tc.stdout, tc.stderr)
		}
	}
}

// aheadReader gives n bytes of repeated sentences and fails when it is
// asked for more than limit bytes beyond what the output has shown.
type aheadReader struct {
	n, read, limit int64
	shown          *atomic.Int64
	overrun        atomic.Int64 // the furthest it was asked to run ahead
}

// aheadSentence is the text aheadReader repeats: two mentions in 200 bytes.
const aheadSentence = "The committee met again in the spring to review the programme, its partners and the results so far. " +
	"Exports rose 5 percent to $3 billion, the report says, after two years of slower growth. "

func (r *aheadReader) Read(p []byte) (int, error) {
	if r.read >= r.n {
		return 0, io.EOF
	}
	if ahead := r.read - r.shown.Load(); ahead > r.limit {
		r.overrun.Store(ahead)
		return 0, fmt.Errorf("read %d bytes ahead of the output", ahead)
	}
	k := 0
	for k < len(p) && r.read < r.n {
		c := copy(p[k:], aheadSentence[r.read%int64(len(aheadSentence)):])
		c = int(min(int64(c), r.n-r.read))
		k += c
		r.read += int64(c)
	}
	return k, nil
}

// progressWriter records how far into the input the output has got: the
// largest end offset it has seen, by format.
type progressWriter struct {
	format string
	shown  *atomic.Int64
	line   []byte
}

func (w *progressWriter) Write(p []byte) (int, error) {
	if w.format == "plain" {
		w.shown.Add(int64(len(p)))
		return len(p), nil
	}
	w.line = append(w.line, p...)
	for {
		i := bytes.IndexByte(w.line, '\n')
		if i < 0 {
			break
		}
		l := string(w.line[:i])
		w.line = w.line[i+1:]
		var end int64
		if w.format == "jsonl" {
			if i := strings.Index(l, `"end":`); i >= 0 {
				fmt.Sscanf(l[i+len(`"end":`):], "%d", &end)
			}
		} else if i := strings.IndexByte(l, '-'); i > 0 {
			fmt.Sscanf(l[i+1:], "%d", &end)
		}
		if end > w.shown.Load() {
			w.shown.Store(end)
		}
	}
	return len(p), nil
}

// TestExtractStreamsBounded streams 8 MiB through the command (standard
// input, which takes the same path as a file once opened) and fails if it
// ever reads more than 2 MiB ahead of its output: memory is bounded by
// the buffers, not by the size of the input. The old command read whole
// files before writing.
func TestExtractStreamsBounded(t *testing.T) {
	defer func(r io.Reader) { extractStdin = r }(extractStdin)
	const size, limit = 8 << 20, 2 << 20
	for _, format := range []string{"jsonl", "text", "plain"} {
		var shown atomic.Int64
		r := &aheadReader{n: size, limit: limit, shown: &shown}
		extractStdin = r
		args := []string{"extract", "-format", format, "-"}
		if format == "plain" {
			args = []string{"extract", "-plain", "-"}
		}
		var errb strings.Builder
		err := run(args, &progressWriter{format: format, shown: &shown}, &errb)
		if err != nil || r.read != size || r.overrun.Load() != 0 {
			t.Errorf("claimbook %q on %d bytes: %v, read %d bytes, ran %d bytes ahead of the output (limit %d); stderr:\n%s",
				args, size, err, r.read, r.overrun.Load(), limit, errb.String())
		}
		// The output reached the last sentence.
		if got := shown.Load(); got < size-int64(len(aheadSentence)) {
			t.Errorf("claimbook %q: the last mention ends at %d, want one in the last %d bytes of %d", args, got, len(aheadSentence), size)
		}
	}
}

// TestDraftOut: -o writes the draft to a file, its texts named relative to
// that file's folder, so the draft verifies wherever the command ran; on
// standard output a text outside the current folder keeps its absolute
// path and stderr says what to do.
func TestDraftOut(t *testing.T) {
	dir := t.TempDir()
	text := "Over the year to 2019 teacher numbers increased by 288 to 52,247.\n"
	for _, d := range []string{"doc", "work", "doc/sub"} {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	writeTemp(t, filepath.Join(dir, "doc"), "doc.txt", text)
	writeTemp(t, filepath.Join(dir, "doc", "sub"), "b.txt", text)
	t.Chdir(filepath.Join(dir, "work"))
	abs := filepath.Join(dir, "doc", "doc.txt")
	tests := []struct {
		name     string
		args     []string
		out      string // the file written, or "" for standard output
		wantText string
		inStderr string
		verifies bool
	}{
		{"-o beside the text, relative", []string{"-o", "../doc/catalog.yaml", "../doc/doc.txt"}, "../doc/catalog.yaml", "text: doc.txt\n", "", true},
		{"-o beside the text, absolute", []string{"-o", filepath.Join(dir, "doc", "c2.yaml"), abs}, filepath.Join(dir, "doc", "c2.yaml"), "text: doc.txt\n", "", true},
		{"-o above a text in a subfolder", []string{"-o", "../doc/c3.yaml", "../doc/sub/b.txt"}, "../doc/c3.yaml", "text: sub/b.txt\n", "", true},
		{"stdout, text outside", []string{abs}, "", "text: " + filepath.ToSlash(abs) + "\n",
			"write the draft next to it with -o " + filepath.Join(dir, "doc", "catalog.yaml") + ", or verify and build with -texts " + filepath.Join(dir, "doc"), false},
	}
	for _, tc := range tests {
		code, stdout, stderr := runCmd(append([]string{"extract", "-draft"}, tc.args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", tc.name, code, stderr)
		}
		draft := stdout
		if tc.out != "" {
			if stdout != "" {
				t.Errorf("%s: stdout = %q, want nothing", tc.name, stdout)
			}
			b, err := os.ReadFile(tc.out)
			if err != nil {
				t.Fatalf("%s: %v", tc.name, err)
			}
			draft = string(b)
		}
		if !strings.Contains(draft, tc.wantText) {
			t.Errorf("%s: no %q in the draft\n%s", tc.name, tc.wantText, draft)
		}
		if tc.inStderr == "" && stderr != "" || !strings.Contains(stderr, tc.inStderr) {
			t.Errorf("%s: stderr = %q, want %q", tc.name, stderr, tc.inStderr)
		}
		if tc.verifies {
			if code, out, stderr := runCmd("verify", "-catalog", tc.out); code != 0 {
				t.Errorf("%s: verify %s: exit %d\n%s%s", tc.name, tc.out, code, out, stderr)
			}
		}
	}
	// A draft verify would refuse is not written: -o in a folder a text
	// is not in is refused before anything is written, with the -o to
	// write instead, whichever of several texts is outside.
	for _, tc := range []struct {
		name string
		args []string
		home string // the folder of -o
	}{
		{"-o in a folder the text is not in", []string{"-o", "c4.yaml", abs}, filepath.Join(dir, "work")},
		{"-o in another folder, absolute", []string{"-o", filepath.Join(dir, "work", "c5.yaml"), abs}, filepath.Join(dir, "work")},
		{"-o beside one text, not the other", []string{"-o", "../doc/sub/c6.yaml", "../doc/sub/b.txt", abs}, filepath.Join(dir, "doc", "sub")},
	} {
		out := tc.args[1]
		want := "is outside " + tc.home + ", the folder of " + out + ", and a catalog reads only files in its own folder, so verify would refuse the draft: write -o " + filepath.Join(dir, "doc", filepath.Base(out)) + ", beside the text"
		code, stdout, stderr := runCmd(append([]string{"extract", "-draft"}, tc.args...)...)
		if code != 2 || stdout != "" || !strings.Contains(stderr, want) {
			t.Errorf("%s: exit %d, stdout %q, stderr %q; want 2, nothing, and %q", tc.name, code, stdout, stderr, want)
		}
		if _, err := os.Stat(out); !os.IsNotExist(err) {
			t.Errorf("%s: %s was written (%v): want nothing written", tc.name, out, err)
		}
	}
	if code, _, stderr := runCmd("extract", "-o", "x.yaml", abs); code != 2 || !strings.Contains(stderr, "-o writes a draft catalog: use it with -draft") {
		t.Errorf("extract -o without -draft: exit %d, stderr %q; want 2 and the advice", code, stderr)
	}
}
