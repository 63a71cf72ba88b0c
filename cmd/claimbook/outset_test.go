package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// someSet is a small output set.
var someSet = []buildFile{
	{name: "indicators.json", data: []byte("{}\n")},
	{name: "charts/a.png", data: []byte("png a")},
	{name: "charts/b.png", data: []byte("png b")},
	{name: "briefing.xlsx", data: []byte("book")},
}

// otherSet differs from someSet in names and bytes.
var otherSet = []buildFile{
	{name: "indicators.json", data: []byte("{\"x\": 1}\n")},
	{name: "charts/a.png", data: []byte("png a, new")},
	{name: "sub/deep/c.txt", data: []byte("c")},
	{name: "briefing.xlsx", data: []byte("book 2")},
}

// treeOf is what readTree gives for a folder written by writeSet(files).
func treeOf(t *testing.T, files []buildFile) map[string]string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "want")
	if err := writeSet(context.Background(), dir, files, nil); err != nil {
		t.Fatal(err)
	}
	return readTree(t, dir)
}

func TestManifest(t *testing.T) {
	got, err := makeManifest(someSet)
	if err != nil {
		t.Fatal(err)
	}
	want := manifestHeader + "\nbriefing.xlsx\ncharts/a.png\ncharts/b.png\nindicators.json\n"
	if string(got) != want {
		t.Errorf("makeManifest(someSet) = %q, want %q", got, want)
	}
}

func TestWriteSetNames(t *testing.T) {
	tests := []struct {
		names []string
		err   string
	}{
		{[]string{"../x"}, `output name "../x" is not a plain relative path`},
		{[]string{"/abs"}, `output name "/abs" is not a plain relative path`},
		{[]string{"a/../b"}, `output name "a/../b" is not a plain relative path`},
		{[]string{"a//b"}, `output name "a//b" is not a plain relative path`},
		{[]string{""}, `output name "" is not a plain relative path`},
		{[]string{".claimbook-build"}, `output name ".claimbook-build" is not a plain relative path`},
		{[]string{"a\nb"}, `output name "a\nb" is not a plain relative path`},
		{[]string{`a\b`}, `output name "a\\b" is not a plain relative path`},
		{[]string{"a", "a"}, `output name "a" is given twice`},
		{[]string{"a/b", "a"}, `output name "a" is both a file and a folder`},
	}
	for _, tt := range tests {
		var files []buildFile
		for _, n := range tt.names {
			files = append(files, buildFile{name: n})
		}
		parent := t.TempDir()
		err := writeSet(context.Background(), filepath.Join(parent, "out"), files, nil)
		if err == nil || err.Error() != tt.err {
			t.Errorf("writeSet(%q) = %v, want %s", tt.names, err, tt.err)
		}
		if got := names(t, parent); len(got) != 0 {
			t.Errorf("writeSet(%q) left %q", tt.names, got)
		}
	}
}

// TestWriteSetReplaces writes a set over each kind of folder writeSet
// accepts; the folder then holds exactly the new set.
func TestWriteSetReplaces(t *testing.T) {
	want := treeOf(t, otherSet)
	tests := []struct {
		name       string
		setup      func(t *testing.T, out string)
		noExchange bool
	}{
		{"missing", func(t *testing.T, out string) {}, false},
		{"missing, parents too", func(t *testing.T, out string) {}, false},
		{"empty", func(t *testing.T, out string) { os.Mkdir(out, 0o777) }, false},
		{"an earlier set", func(t *testing.T, out string) { mustWriteSet(t, out, someSet) }, false},
		{"an earlier set, by two renames", func(t *testing.T, out string) { mustWriteSet(t, out, someSet) }, true},
		{"an earlier set, a file removed by hand", func(t *testing.T, out string) {
			mustWriteSet(t, out, someSet)
			os.Remove(filepath.Join(out, "charts", "a.png"))
		}, false},
		{"a set of claimbook before manifests", func(t *testing.T, out string) {
			mustWriteFiles(t, out, "briefing.xlsx", "indicators.json", "indicators.csv", "charts/a.png", ".briefing.xlsx.tmp-123", "charts/.a.png.tmp-4")
		}, false},
		{"sets of several catalogs before manifests", func(t *testing.T, out string) {
			mustWriteFiles(t, out, "trade/briefing.xlsx", "trade/charts/a.png", "energy/indicators.csv")
		}, false},
	}
	for _, tt := range tests {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		if strings.Contains(tt.name, "parents") {
			out = filepath.Join(parent, "a", "b", "out")
		}
		tt.setup(t, out)
		w := setWriter{noExchange: tt.noExchange}
		if err := w.write(context.Background(), out, otherSet); err != nil {
			t.Errorf("%s: writeSet = %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(want, readTree(t, out)); diff != "" {
			t.Errorf("%s: the folder after writeSet differs from the set (-want +got):\n%s", tt.name, diff)
		}
		if got := names(t, filepath.Dir(out)); !cmp.Equal(got, []string{"out"}) {
			t.Errorf("%s: beside the folder: %q, want only out", tt.name, got)
		}
	}
}

// TestWriteSetRefuses: writeSet never replaces a folder claimbook did not
// write, and leaves it and its parent as they were.
func TestWriteSetRefuses(t *testing.T) {
	tests := []struct {
		name  string
		setup func(t *testing.T, out string)
		err   string
	}{
		{"foreign files", func(t *testing.T, out string) {
			mustWriteFiles(t, out, "notes.txt", "briefing.xlsx")
		}, `out "OUT" holds files claimbook did not write: name a new or empty folder`},
		{"a set with a file added", func(t *testing.T, out string) {
			mustWriteSet(t, out, someSet)
			mustWriteFiles(t, out, "charts/mine.txt")
		}, `out "OUT" holds "charts/mine.txt", which claimbook did not write: move it out, or name a new or empty folder`},
		{"a set with a folder added", func(t *testing.T, out string) {
			mustWriteSet(t, out, someSet)
			os.Mkdir(filepath.Join(out, "keep"), 0o777)
		}, `out "OUT" holds "keep", which claimbook did not write: move it out, or name a new or empty folder`},
		{"a set with a listed file replaced by a link", func(t *testing.T, out string) {
			mustWriteSet(t, out, someSet)
			os.Remove(filepath.Join(out, "briefing.xlsx"))
			os.Symlink("/etc/passwd", filepath.Join(out, "briefing.xlsx"))
		}, `out "OUT" holds "briefing.xlsx", which claimbook did not write: move it out, or name a new or empty folder`},
		{"a manifest of something else", func(t *testing.T, out string) {
			mustWriteFiles(t, out, ".claimbook-build", "briefing.xlsx")
		}, `out "OUT" holds files claimbook did not write: name a new or empty folder`},
		{"an old set with a foreign file", func(t *testing.T, out string) {
			mustWriteFiles(t, out, "briefing.xlsx", "charts/a.png", "charts/notes.txt")
		}, `out "OUT" holds files claimbook did not write: name a new or empty folder`},
		{"a file", func(t *testing.T, out string) {
			os.WriteFile(out, []byte("x"), 0o666)
		}, `out "OUT" is a file, not a folder: name a new or empty folder`},
	}
	for _, tt := range tests {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		tt.setup(t, out)
		before := readTree(t, parent)
		err := writeSet(context.Background(), out, otherSet, nil)
		want := strings.ReplaceAll(tt.err, "OUT", out)
		if err == nil || err.Error() != want {
			t.Errorf("%s: writeSet = %v, want %s", tt.name, err, want)
		}
		if diff := cmp.Diff(before, readTree(t, parent)); diff != "" {
			t.Errorf("%s: writeSet changed the folder or its parent (-before +after):\n%s", tt.name, diff)
		}
	}
}

func TestWriteSetUnderAFile(t *testing.T) {
	parent := t.TempDir()
	file := filepath.Join(parent, "file")
	os.WriteFile(file, []byte("x"), 0o666)
	out := filepath.Join(file, "sub", "out")
	err := writeSet(context.Background(), out, someSet, nil)
	want := fmt.Sprintf("out %q is inside %q, which is a file, not a folder: name a folder elsewhere", out, file)
	if err == nil || err.Error() != want {
		t.Errorf("writeSet(%q) = %v, want %s", out, err, want)
	}
}

// TestWriteSetSymlink: a link to the output folder stays a link, and the
// folder it leads to gets the new set.
func TestWriteSetSymlink(t *testing.T) {
	parent := t.TempDir()
	real := filepath.Join(parent, "real")
	mustWriteSet(t, real, someSet)
	link := filepath.Join(parent, "link")
	if err := os.Symlink("real", link); err != nil {
		t.Fatal(err)
	}
	if err := writeSet(context.Background(), link, otherSet, nil); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("after writeSet through a link, the link is %v, %v; want it kept", fi, err)
	}
	if diff := cmp.Diff(treeOf(t, otherSet), readTree(t, real)); diff != "" {
		t.Errorf("the folder behind the link (-want +got):\n%s", diff)
	}
}

// failingFile fails as a full disk would, on Write or Sync.
type failingFile struct {
	*os.File
	op string
}

func (f failingFile) Write(b []byte) (int, error) {
	if f.op == "write" {
		n, _ := f.File.Write(b[:len(b)/2])
		return n, &os.PathError{Op: "write", Path: f.Name(), Err: syscall.ENOSPC}
	}
	return f.File.Write(b)
}

func (f failingFile) Sync() error {
	if f.op == "sync" {
		return &os.PathError{Op: "sync", Path: f.Name(), Err: syscall.EIO}
	}
	return f.File.Sync()
}

// TestWriteSetDiskFull: a write that fails anywhere in the set leaves the
// old set untouched and nothing beside it.
func TestWriteSetDiskFull(t *testing.T) {
	old := treeOf(t, someSet)
	for _, set := range [][]buildFile{otherSet, streamed(otherSet)} {
		testWriteSetDiskFull(t, old, set)
	}
}

func testWriteSetDiskFull(t *testing.T, old map[string]string, set []buildFile) {
	for _, op := range []string{"create", "write", "sync"} {
		for _, at := range []string{"indicators.json", "sub/deep/c.txt", "briefing.xlsx", ".claimbook-build"} {
			parent := t.TempDir()
			out := filepath.Join(parent, "out")
			mustWriteSet(t, out, someSet)
			w := setWriter{create: func(root *os.Root, name string) (setFile, error) {
				if name == at && op == "create" {
					return nil, &os.PathError{Op: "open", Path: name, Err: syscall.ENOSPC}
				}
				f, err := root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
				if err != nil || name != at {
					return f, err
				}
				return failingFile{f, op}, nil
			}}
			err := w.write(context.Background(), out, set)
			if err == nil || !strings.HasPrefix(err.Error(), "writing "+at+": ") {
				t.Errorf("%s fails at %s: writeSet = %v, want writing %s: ...", op, at, err, at)
			}
			if diff := cmp.Diff(old, readTree(t, out)); diff != "" {
				t.Errorf("%s fails at %s: the old set changed (-old +now):\n%s", op, at, diff)
			}
			if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
				t.Errorf("%s fails at %s: beside the folder: %q, want only out", op, at, got)
			}
		}
	}
}

// streamed returns files with each file's bytes written by a function, a
// byte at a time, as the build writes its large outputs.
func streamed(files []buildFile) []buildFile {
	out := make([]buildFile, len(files))
	for i, f := range files {
		out[i] = buildFile{name: f.name, write: func(w io.Writer) error {
			for k := range f.data {
				if _, err := w.Write(f.data[k : k+1]); err != nil {
					return err
				}
			}
			return nil
		}}
	}
	return out
}

// TestWriteSetStreams: a file given by a function that writes it is
// written straight into the staging folder and swapped in with the rest,
// as if given by its bytes.
func TestWriteSetStreams(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out")
	mustWriteSet(t, out, someSet)
	mixed := append(streamed(otherSet[:2]), otherSet[2:]...)
	mustWriteSet(t, out, mixed)
	if diff := cmp.Diff(treeOf(t, otherSet), readTree(t, out)); diff != "" {
		t.Errorf("the folder after writeSet of written files differs from the set (-want +got):\n%s", diff)
	}
}

// TestWriteSetWriteError: an error of a function that writes a file is
// returned as it is (the first in list order, if several fail); the old
// set stays and nothing is left beside it.
func TestWriteSetWriteError(t *testing.T) {
	errJSON, errBook := errors.New("json: bad"), errors.New("book: bad")
	failing := func(err error) func(io.Writer) error {
		return func(w io.Writer) error {
			io.WriteString(w, "half")
			return err
		}
	}
	for _, tt := range []struct {
		json, book error
		want       error
	}{
		{nil, errBook, errBook},
		{errJSON, nil, errJSON},
		{errJSON, errBook, errJSON},
	} {
		parent := t.TempDir()
		out := filepath.Join(parent, "out")
		mustWriteSet(t, out, someSet)
		old := readTree(t, out)
		files := streamed(otherSet)
		if tt.json != nil {
			files[0].write = failing(tt.json) // indicators.json
		}
		if tt.book != nil {
			files[3].write = failing(tt.book) // briefing.xlsx
		}
		if err := writeSet(context.Background(), out, files, nil); err != tt.want {
			t.Errorf("writeSet with json %v, book %v = %v, want %v", tt.json, tt.book, err, tt.want)
		}
		if diff := cmp.Diff(old, readTree(t, out)); diff != "" {
			t.Errorf("the old set changed (-old +now):\n%s", diff)
		}
		if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
			t.Errorf("beside the folder: %q, want only out", got)
		}
	}
}

// TestWriteSetCancelled: a signal before the swap (ctx done) leaves the old
// set and nothing beside it, and gives the signal's error.
func TestWriteSetCancelled(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	mustWriteSet(t, out, someSet)
	old := readTree(t, out)
	ctx, cancel := context.WithCancelCause(context.Background())
	stop := signalError{os.Interrupt}
	cancel(stop)
	err := writeSet(ctx, out, otherSet, nil)
	if !errors.Is(err, stop) {
		t.Errorf("writeSet after a signal = %v, want %v", err, stop)
	}
	if diff := cmp.Diff(old, readTree(t, out)); diff != "" {
		t.Errorf("the old set changed (-old +now):\n%s", diff)
	}
	if got := names(t, parent); !cmp.Equal(got, []string{"out"}) {
		t.Errorf("beside the folder: %q, want only out", got)
	}
}

// TestWriteSetRemovesStale: staging folders that killed builds left beside
// the folder are removed by the next build.
func TestWriteSetRemovesStale(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	mustWriteSet(t, out, someSet)
	mustWriteFiles(t, filepath.Join(parent, ".out.claimbook-staging-99"), "briefing.xlsx")
	mustWriteFiles(t, filepath.Join(parent, ".out.claimbook-staging-98-old"), "briefing.xlsx")
	os.WriteFile(filepath.Join(parent, ".out.claimbook-lock"), nil, 0o666)
	mustWriteFiles(t, filepath.Join(parent, ".other.claimbook-staging-1"), "x")
	if err := writeSet(context.Background(), out, otherSet, nil); err != nil {
		t.Fatal(err)
	}
	if got, want := names(t, parent), []string{".other.claimbook-staging-1", "out"}; !cmp.Equal(got, want) {
		t.Errorf("beside the folder after a build: %q, want %q", got, want)
	}
}

func TestExitCodeSignal(t *testing.T) {
	for _, tt := range []struct {
		sig  os.Signal
		code int
	}{{os.Interrupt, 130}, {syscall.SIGTERM, 143}} {
		if got := exitCode(fmt.Errorf("build: %w", signalError{tt.sig})); got != tt.code {
			t.Errorf("exitCode(signalError{%v}) = %d, want %d", tt.sig, got, tt.code)
		}
	}
}

func mustWriteSet(t *testing.T, dir string, files []buildFile) {
	t.Helper()
	if err := writeSet(context.Background(), dir, files, nil); err != nil {
		t.Fatal(err)
	}
}

// mustWriteFiles makes the named files (slash-separated) under dir, each
// holding its name.
func mustWriteFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	for _, n := range names {
		p := filepath.Join(dir, filepath.FromSlash(n))
		if err := os.MkdirAll(filepath.Dir(p), 0o777); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(n), 0o666); err != nil {
			t.Fatal(err)
		}
	}
}
