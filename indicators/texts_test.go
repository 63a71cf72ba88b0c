package indicators_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

const textFacts = "Trade Facts\n\nIn 2014, two-way trade was $279 billion.\n"

// catalogFor returns a catalog that names its text by textPath.
func catalogFor(textPath, sum string) string {
	return fmt.Sprintf(`claimbook: 1
sources:
  - id: facts
    title: Trade Facts
    text: %q
    sha256: %s
indicators:
  - id: trade
    title: Two-way trade
    entities: [US, JP]
    measure: flow
    status: fact
    stated: $279 billion
    period: 2014
    provenance:
      - source: facts
        quote: In 2014, two-way trade was $279 billion.
`, textPath, sum)
}

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// symlink makes a symbolic link, or skips the test where the system or the
// user may not make one (Windows without developer mode).
func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("skipped: cannot make a symbolic link here (%v), so the link rules cannot be exercised", err)
	}
}

// loadSoon runs LoadWith with a deadline, so that a load that blocks (on a
// FIFO, say) fails the test instead of hanging it.
func loadSoon(t *testing.T, name string, o *indicators.LoadOptions) (*indicators.Catalog, error) {
	t.Helper()
	type result struct {
		c   *indicators.Catalog
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, err := indicators.LoadWith(name, o)
		done <- result{c, err}
	}()
	select {
	case r := <-done:
		return r.c, r.err
	case <-time.After(20 * time.Second):
		t.Fatalf("LoadWith(%q) still blocks after 20 s: it must never wait on what it reads", name)
		return nil, nil
	}
}

// TestLoadTextRules loads a catalog in <tmp>/cat whose text path names
// files inside and outside its folder, with and without -texts roots.
func TestLoadTextRules(t *testing.T) {
	sum := sha(textFacts)
	tests := []struct {
		name  string
		setup func(t *testing.T, tmp string) string // makes the files, returns the text path
		roots []string                              // relative to tmp
		max   int64
		want  string // "" for a clean load, else what the one error says after the position
	}{
		{"beside the catalog", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "cat", "facts.txt"), textFacts)
			return "facts.txt"
		}, nil, 0, ""},
		{"in a subfolder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "cat", "texts", "facts.txt"), textFacts)
			return "texts/facts.txt"
		}, nil, 0, ""},
		{"absolute path", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			return filepath.Join(tmp, "elsewhere", "facts.txt")
		}, nil, 0, `is an absolute path: a catalog reads only files in its own folder; write the path relative to the catalog file, or allow the text's folder with -texts DIR`},
		{"absolute path in a -texts folder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			return filepath.Join(tmp, "elsewhere", "facts.txt")
		}, []string{"elsewhere"}, 0, ""},
		{"absolute path outside the -texts folders", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "other", "facts.txt"), textFacts)
			return filepath.Join(tmp, "other", "facts.txt")
		}, []string{"elsewhere"}, 0, `is an absolute path: a catalog reads only files in its own folder and the -texts folders; write the path relative to the catalog file, or allow the text's folder with -texts DIR`},
		{"../ escape", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			return "../elsewhere/facts.txt"
		}, nil, 0, `leaves the catalog's folder: a catalog reads only files in its own folder; put the text beside the catalog and write its relative path, or allow the text's folder with -texts DIR`},
		{"../ into a -texts folder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			return "../elsewhere/facts.txt"
		}, []string{"elsewhere"}, 0, ""},
		{"../ out of a -texts folder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "secret.txt"), textFacts)
			return "../elsewhere/../secret.txt"
		}, []string{"elsewhere"}, 0, `leaves the catalog's folder: a catalog reads only files in its own folder and the -texts folders`},
		{"symlink out", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			os.MkdirAll(filepath.Join(tmp, "cat"), 0o755)
			symlink(t, filepath.Join(tmp, "elsewhere", "facts.txt"), filepath.Join(tmp, "cat", "facts.txt"))
			return "facts.txt"
		}, nil, 0, `is a symbolic link that leads out of the catalog's folder: a catalog reads only files in its own folder; copy the text beside the catalog, or allow the folder the link leads to with -texts DIR`},
		{"symlinked folder out", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			os.MkdirAll(filepath.Join(tmp, "cat"), 0o755)
			symlink(t, filepath.Join(tmp, "elsewhere"), filepath.Join(tmp, "cat", "texts"))
			return "texts/facts.txt"
		}, nil, 0, `is a symbolic link that leads out of the catalog's folder`},
		{"symlink out into a -texts folder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "elsewhere", "facts.txt"), textFacts)
			os.MkdirAll(filepath.Join(tmp, "cat"), 0o755)
			symlink(t, filepath.Join(tmp, "elsewhere", "facts.txt"), filepath.Join(tmp, "cat", "facts.txt"))
			return "facts.txt"
		}, []string{"elsewhere"}, 0, ""},
		{"symlink inside", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "cat", "texts", "facts.txt"), textFacts)
			symlink(t, filepath.Join("texts", "facts.txt"), filepath.Join(tmp, "cat", "facts.txt"))
			return "facts.txt"
		}, nil, 0, ""},
		{"symlink out of a -texts folder", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "secret.txt"), textFacts)
			os.MkdirAll(filepath.Join(tmp, "elsewhere"), 0o755)
			symlink(t, filepath.Join(tmp, "secret.txt"), filepath.Join(tmp, "elsewhere", "facts.txt"))
			return filepath.Join(tmp, "elsewhere", "facts.txt")
		}, []string{"elsewhere"}, 0, "cannot read source text"},
		{"a directory", func(t *testing.T, tmp string) string {
			os.MkdirAll(filepath.Join(tmp, "cat", "facts.txt"), 0o755)
			return "facts.txt"
		}, nil, 0, `is a directory, not a regular file: a catalog reads only regular files; write the path of the text file itself`},
		{"over the size cap", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "cat", "facts.txt"), textFacts)
			return "facts.txt"
		}, nil, int64(len(textFacts)) - 1, fmt.Sprintf(`is larger than the %dB limit for a source text: check that it is the document's text, or raise the limit with -max-text-size`, len(textFacts)-1)},
		{"at the size cap", func(t *testing.T, tmp string) string {
			writeFile(t, filepath.Join(tmp, "cat", "facts.txt"), textFacts)
			return "facts.txt"
		}, nil, int64(len(textFacts)), ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tmp := t.TempDir()
			textPath := tc.setup(t, tmp)
			cat := filepath.Join(tmp, "cat", "catalog.yaml")
			writeFile(t, cat, catalogFor(textPath, sum))
			o := &indicators.LoadOptions{MaxTextSize: tc.max}
			for _, r := range tc.roots {
				o.TextRoots = append(o.TextRoots, filepath.Join(tmp, r))
				if err := os.MkdirAll(filepath.Join(tmp, r), 0o755); err != nil {
					t.Fatal(err)
				}
			}
			c, err := loadSoon(t, cat, o)
			if tc.want == "" {
				if err != nil {
					t.Fatalf("LoadWith(%q) = %v, want no error", textPath, err)
				}
				if s, _ := c.Source("facts"); s.Text != textFacts {
					t.Errorf("LoadWith(%q) read text %q, want %q", textPath, s.Text, textFacts)
				}
				return
			}
			want := fmt.Sprintf("%s:5:11: source text %q %s", cat, textPath, tc.want)
			if tc.want == "cannot read source text" {
				want = fmt.Sprintf("%s:5:11: cannot read source text %q", cat, textPath)
			}
			var list indicators.ErrorList
			if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list[0].Error(), want) {
				t.Fatalf("LoadWith(%q) = %v\nwant one error starting %s", textPath, err, want)
			}
			if !errors.Is(err, indicators.ErrSourceText) {
				t.Errorf("LoadWith(%q) = %v, want errors.Is ErrSourceText", textPath, err)
			}
		})
	}
}

// TestLoadDevice names a device inside a -texts folder: refused without
// reading a byte (reading /dev/zero would never end).
func TestLoadDevice(t *testing.T) {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		t.Skip("skipped: no /dev here; the FIFO and directory cases cover the regular-file rule")
	}
	fi, err := os.Stat("/dev/zero")
	if err != nil || fi.Mode()&os.ModeDevice == 0 {
		t.Skipf("skipped: /dev/zero is not a device on this system (%v)", err)
	}
	tmp := t.TempDir()
	cat := filepath.Join(tmp, "catalog.yaml")
	writeFile(t, cat, catalogFor("/dev/zero", sha(textFacts)))
	_, err = loadSoon(t, cat, &indicators.LoadOptions{TextRoots: []string{"/dev"}})
	want := cat + `:5:11: source text "/dev/zero" is a character device, not a regular file: a catalog reads only regular files; write the path of the text file itself`
	if err == nil || err.Error() != want {
		t.Errorf("LoadWith(/dev/zero in -texts /dev) = %v\nwant %s", err, want)
	}
}

// TestLoadCatalogFileRules: the catalog file itself must be a regular file
// under its cap; otherwise a plain error, not an ErrorList.
func TestLoadCatalogFileRules(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, cat string)
		max   int64
		want  string
	}{
		{"a directory", func(t *testing.T, cat string) { os.MkdirAll(cat, 0o755) }, 0,
			`is a directory, not a regular file: a catalog reads only regular files; write the path of the catalog file itself`},
		{"over the cap", func(t *testing.T, cat string) { writeFile(t, cat, catalogFor("facts.txt", sha(textFacts))) }, 100,
			`is larger than the 100B limit for a catalog: split it into several catalogs`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			cat := filepath.Join(t.TempDir(), "catalog.yaml")
			tc.setup(t, cat)
			_, err := loadSoon(t, cat, &indicators.LoadOptions{MaxCatalogSize: tc.max})
			want := fmt.Sprintf("catalog %q %s", cat, tc.want)
			var list indicators.ErrorList
			if err == nil || errors.As(err, &list) || err.Error() != want {
				t.Errorf("LoadWith(%s) = %v\nwant the plain error %s", tc.name, err, want)
			}
		})
	}
}

// TestVerifyNoExcerptUnpinned: "the text there reads ..." comes only from a
// text whose sha256 is pinned and matched.
func TestVerifyNoExcerptUnpinned(t *testing.T) {
	tests := []struct {
		name    string
		pin     bool
		excerpt bool
	}{
		{"pinned", true, true},
		{"unpinned", false, false},
	}
	for _, tc := range tests {
		c := smallCatalog()
		if !tc.pin {
			c.Sources[0].SHA256 = ""
		}
		c.Indicators[0].Provenance[0].Quote = "In 2014, two-way trade was $297 billion."
		err := c.Verify()
		if got := err != nil && strings.Contains(err.Error(), "the text there reads"); got != tc.excerpt {
			t.Errorf("%s: Verify() = %v; excerpt %v, want %v", tc.name, err, got, tc.excerpt)
		}
	}
}

func TestCheckText(t *testing.T) {
	tests := []struct {
		s    string
		want string // "" for nil
	}{
		{"plain", ""},
		{"tab\tline\nreturn\r", ""},
		{"Japanese 日本, emoji 🙂, U+FFFD \uFFFD", ""},
		{"form\ffeed", "indicators: U+000C form feed at byte 4 is a character XML 1.0 cannot carry"},
		{"\x00", "indicators: U+0000 null at byte 0 is a character XML 1.0 cannot carry"},
		{"esc \x1b[0m", "indicators: U+001B escape at byte 4 is a character XML 1.0 cannot carry"},
		{"ok \uFFFE", "indicators: U+FFFE (not a character) at byte 3 is a character XML 1.0 cannot carry"},
		{"ok \uFFFF", "indicators: U+FFFF (not a character) at byte 3 is a character XML 1.0 cannot carry"},
		{"bad \xff", "indicators: byte 0xFF (not UTF-8) at byte 4 is a character XML 1.0 cannot carry"},
		{"\u007f delete is allowed", ""},
	}
	for _, tc := range tests {
		err := indicators.CheckText(tc.s)
		got := ""
		if err != nil {
			got = err.Error()
		}
		if got != tc.want {
			t.Errorf("CheckText(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestIsXMLChar(t *testing.T) {
	tests := []struct {
		r    rune
		want bool
	}{
		{'\t', true}, {'\n', true}, {'\r', true}, {' ', true}, {'\f', false}, {0, false}, {0x1f, false},
		{0xD7FF, true}, {0xD800, false}, {0xDFFF, false}, {0xE000, true}, {0xFFFD, true}, {0xFFFE, false},
		{0xFFFF, false}, {0x10000, true}, {0x10FFFF, true}, {0x110000, false}, {-1, false},
	}
	for _, tc := range tests {
		if got := indicators.IsXMLChar(tc.r); got != tc.want {
			t.Errorf("IsXMLChar(%U) = %v, want %v", tc.r, got, tc.want)
		}
	}
}

// TestVerifyGoRules: a catalog built in Go meets the same rules on URLs and
// characters as a file.
func TestVerifyGoRules(t *testing.T) {
	tests := []struct {
		name   string
		change func(c *indicators.Catalog)
		want   string // "" for clean
	}{
		{"https url", func(c *indicators.Catalog) { c.Sources[0].URL = "https://example.org/facts" }, ""},
		{"http url", func(c *indicators.Catalog) { c.Sources[0].URL = "HTTP://example.org/facts" }, ""},
		{"javascript url", func(c *indicators.Catalog) { c.Sources[0].URL = "javascript:alert(1)" },
			`source "facts": url "javascript:alert(1)" is a "javascript:" address: a catalog accepts only http and https addresses with a host; write the document's web address, like "https://example.org/fact-sheet", or leave "url" out`},
		{"file url", func(c *indicators.Catalog) { c.Sources[0].URL = "file:///etc/passwd" }, `source "facts": url "file:///etc/passwd" is a "file:" address`},
		{"data url", func(c *indicators.Catalog) { c.Sources[0].URL = "data:,x" }, `source "facts": url "data:,x" is a "data:" address`},
		{"UNC path", func(c *indicators.Catalog) { c.Sources[0].URL = `\\server\share` }, `source "facts": url "\\\\server\\share" is a file path, not a web address`},
		{"drive path", func(c *indicators.Catalog) { c.Sources[0].URL = `C:\facts.txt` }, `source "facts": url "C:\\facts.txt" is a file path, not a web address`},
		{"no scheme", func(c *indicators.Catalog) { c.Sources[0].URL = "example.org/facts" }, `source "facts": url "example.org/facts" has no scheme`},
		{"no host", func(c *indicators.Catalog) { c.Sources[0].URL = "https:///facts" }, `source "facts": url "https:///facts" has no host`},
		{"form feed in a title", func(c *indicators.Catalog) { c.Indicators[0].Title = "Two-way\ftrade" },
			`indicator "trade": "title" holds U+000C form feed, which the workbook cannot carry: remove it, or write a space in its place`},
		{"form feed in a quote", func(c *indicators.Catalog) {
			c.Indicators[0].Provenance[0].Quote += "\f"
		}, `indicator "trade", provenance 1: quote holds U+000C form feed, which the workbook cannot carry: end the quote before the character, or remove it from the text and re-pin the sha256`},
		{"form feed in the text between quotes", func(c *indicators.Catalog) {
			c.Sources[0].Text += "\f"
			c.Sources[0].SHA256 = sha(c.Sources[0].Text)
		}, ""},
		{"escape in a view note", func(c *indicators.Catalog) {
			c.Views = []indicators.ChartView{{ID: "v", Title: "V", Indicators: []string{"trade"}, Notes: []string{"\x1b[1m"}}}
		}, `view "v": "notes" holds U+001B escape`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := smallCatalog()
			tc.change(c)
			err := c.Verify()
			if tc.want == "" {
				if err != nil {
					t.Errorf("Verify() = %v, want nil", err)
				}
				return
			}
			var list indicators.ErrorList
			if !errors.As(err, &list) || len(list) != 1 || !strings.HasPrefix(list[0].Error(), tc.want) {
				t.Errorf("Verify() = %v\nwant one error starting %s", err, tc.want)
			}
		})
	}
}
