package indicators

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// DefaultMaxTextSize is the largest source text a catalog may name, in
// bytes, unless LoadOptions.MaxTextSize says otherwise: 64 MiB, some forty
// times the longest policy document we know of as plain text.
const DefaultMaxTextSize int64 = 64 << 20

// DefaultMaxCatalogSize is the largest catalog file Load reads, in bytes,
// unless LoadOptions.MaxCatalogSize says otherwise: 64 MiB, about 300,000
// indicators.
const DefaultMaxCatalogSize int64 = 64 << 20

// LoadOptions are the rules of what a catalog may read. A nil or zero
// LoadOptions means the defaults: the catalog file and its source texts
// must be regular files, the texts inside the catalog's own folder tree
// (symbolic links included), and none larger than 64 MiB.
type LoadOptions struct {
	// TextRoots are more folders whose files a catalog may name as source
	// texts, by absolute path or by a relative path that resolves into one
	// of them. The same rules hold inside them: regular files only, no
	// symbolic link out of the folder.
	TextRoots []string
	// MaxTextSize is the largest source text in bytes; 0 means
	// DefaultMaxTextSize.
	MaxTextSize int64
	// MaxCatalogSize is the largest catalog file in bytes; 0 means
	// DefaultMaxCatalogSize.
	MaxCatalogSize int64
}

func (o *LoadOptions) maxText() int64 {
	if o == nil || o.MaxTextSize <= 0 {
		return DefaultMaxTextSize
	}
	return o.MaxTextSize
}

func (o *LoadOptions) maxCatalog() int64 {
	if o == nil || o.MaxCatalogSize <= 0 {
		return DefaultMaxCatalogSize
	}
	return o.MaxCatalogSize
}

// Load reads the catalog file at name with the default LoadOptions; it is
// LoadWith(name, nil).
func Load(name string) (*Catalog, error) { return LoadWith(name, nil) }

// LoadWith reads the catalog file at name (YAML, or JSON, which is YAML
// too), with the source texts it names relative to its folder, and
// verifies it. A catalog is untrusted input: it may read only regular
// files inside its own folder tree and o.TextRoots, none larger than the
// size cap, and a text it may not read is a problem at the "text" field.
// Every problem in the file is reported at once as an ErrorList whose
// entries read "file:line:col: message"; the catalog is returned only when
// there are none. A catalog file that cannot be read at all gives a plain
// error.
func LoadWith(name string, o *LoadOptions) (*Catalog, error) {
	src, err := readCatalogFile(name, o.maxCatalog())
	if err != nil {
		return nil, err
	}
	t, err := newTextOpener(filepath.Dir(name), o)
	if err != nil {
		return nil, err
	}
	defer t.close()
	return Parse(name, src, t.read)
}

// LoadFS is Load for a catalog in a file system such as an embed.FS; text
// paths are relative to the catalog's folder in fsys and may not leave it.
// The catalog and its texts must be regular files no larger than the
// default caps.
func LoadFS(fsys fs.FS, name string) (*Catalog, error) {
	return loadFS(fsys, name, DefaultMaxCatalogSize, DefaultMaxTextSize)
}

func loadFS(fsys fs.FS, name string, maxCatalog, maxText int64) (*Catalog, error) {
	src, err := readFSFile(fsys, name, catalogRule(maxCatalog))
	if err != nil {
		return nil, catalogError(name, err)
	}
	dir := path.Dir(name)
	return Parse(name, src, func(p string) ([]byte, error) {
		switch {
		case path.IsAbs(p) || filepath.IsAbs(p) || filepath.VolumeName(p) != "":
			return nil, &textError{msg: msgAbsolute(false)}
		case !filepath.IsLocal(filepath.FromSlash(p)):
			return nil, &textError{msg: msgLeaves(false)}
		}
		return readFSFile(fsys, path.Join(dir, p), textRule(maxText))
	})
}

// A textError is a file a catalog may not read; its message follows
// "source text %q".
type textError struct{ msg string }

func (e *textError) Error() string { return e.msg }

func msgAbsolute(roots bool) string {
	return "is an absolute path: " + onlyInside(roots) + "; write the path relative to the catalog file, or allow the text's folder with -texts DIR"
}

func msgLeaves(roots bool) string {
	return "leaves the catalog's folder: " + onlyInside(roots) + "; put the text beside the catalog and write its relative path, or allow the text's folder with -texts DIR"
}

func msgSymlinkOut(roots bool) string {
	return "is a symbolic link that leads out of the catalog's folder: " + onlyInside(roots) + "; copy the text beside the catalog, or allow the folder the link leads to with -texts DIR"
}

func onlyInside(roots bool) string {
	if roots {
		return "a catalog reads only files in its own folder and the -texts folders"
	}
	return "a catalog reads only files in its own folder"
}

// notRegular is the refusal of a file that is not a regular file.
func notRegular(m fs.FileMode) *textError {
	return &textError{msg: fmt.Sprintf("is %s, not a regular file: a catalog reads only regular files; write the path of the text file itself", modeWord(m))}
}

func modeWord(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "a special file"
}

// A sizeRule is the cap on one kind of file and what to do about a file
// over it.
type sizeRule struct {
	max  int64
	what string // "source text"
	hint string // "check that it is the document's text, or raise the limit with -max-text-size"
}

func textRule(max int64) sizeRule {
	return sizeRule{max, "source text", "check that it is the document's text, or raise the limit with -max-text-size"}
}

func catalogRule(max int64) sizeRule {
	return sizeRule{max, "catalog", "split it into several catalogs"}
}

func (r sizeRule) refuse() *textError {
	return &textError{msg: fmt.Sprintf("is larger than the %s limit for a %s: %s", FormatSize(r.max), r.what, r.hint)}
}

// FormatSize writes a byte count the way -max-text-size reads it: "64MiB",
// "1500B".
func FormatSize(n int64) string {
	for _, u := range []struct {
		name string
		size int64
	}{{"GiB", 1 << 30}, {"MiB", 1 << 20}, {"KiB", 1 << 10}} {
		if n >= u.size && n%u.size == 0 {
			return fmt.Sprintf("%d%s", n/u.size, u.name)
		}
	}
	return fmt.Sprintf("%dB", n)
}

// catalogError words a refusal of the catalog file itself.
func catalogError(name string, err error) error {
	var te *textError
	if errors.As(err, &te) {
		return fmt.Errorf("catalog %q %s", name, strings.Replace(te.msg, "the text file", "the catalog file", 1))
	}
	return err
}

// readCatalogFile reads a catalog file: a regular file no larger than max.
func readCatalogFile(name string, max int64) ([]byte, error) {
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, catalogError(name, notRegular(fi.Mode()))
	}
	f, err := os.OpenFile(name, openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	b, err := readRegular(f, catalogRule(max))
	if err != nil {
		return nil, catalogError(name, err)
	}
	return b, nil
}

// readRegular reads f, which must be a regular file (checked on the open
// file, so a file swapped for a FIFO after a stat cannot block), reading
// never more than max+1 bytes.
func readRegular(f fs.File, rule sizeRule) ([]byte, error) {
	max := rule.max
	fi, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	if fi.Size() > max {
		return nil, rule.refuse()
	}
	buf := make([]byte, 0, min(fi.Size(), max)+1)
	w := &sliceWriter{buf}
	if _, err := io.Copy(w, io.LimitReader(f, max+1)); err != nil {
		return nil, err
	}
	if int64(len(w.b)) > max {
		return nil, rule.refuse() // it grew since the stat
	}
	return w.b, nil
}

// sliceWriter appends to a slice sized beforehand (io.ReadAll would start
// small and grow).
type sliceWriter struct{ b []byte }

func (w *sliceWriter) Write(p []byte) (int, error) {
	w.b = append(w.b, p...)
	return len(p), nil
}

// readFSFile reads a regular file of fsys no larger than max.
func readFSFile(fsys fs.FS, name string, rule sizeRule) ([]byte, error) {
	fi, err := fs.Stat(fsys, name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readRegular(f, rule)
}

// A textOpener reads the source texts of one catalog, within the catalog's
// folder and the extra text roots.
type textOpener struct {
	dir   string   // the catalog's folder, absolute
	root  *os.Root // the catalog's folder
	roots []textRoot
	max   int64
}

type textRoot struct {
	dir  string // absolute
	root *os.Root
}

func newTextOpener(dir string, o *LoadOptions) (*textOpener, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	t := &textOpener{dir: abs, max: o.maxText()}
	if t.root, err = os.OpenRoot(abs); err != nil {
		return nil, err
	}
	if o != nil {
		for _, r := range o.TextRoots {
			a, err := filepath.Abs(r)
			if err != nil {
				t.close()
				return nil, err
			}
			root, err := os.OpenRoot(a)
			if err != nil {
				t.close()
				return nil, fmt.Errorf("text folder %q: %w", r, unwrapPathError(err))
			}
			t.roots = append(t.roots, textRoot{dir: a, root: root})
		}
	}
	return t, nil
}

func (t *textOpener) close() {
	if t.root != nil {
		t.root.Close()
	}
	for _, r := range t.roots {
		r.root.Close()
	}
}

// read reads the source text the catalog names p.
func (t *textOpener) read(p string) ([]byte, error) {
	native := filepath.FromSlash(p)
	extra := len(t.roots) > 0
	if filepath.IsAbs(native) || filepath.VolumeName(native) != "" || strings.HasPrefix(p, `\\`) {
		if r, rel, ok := t.inRoots(filepath.Clean(native)); ok {
			return t.readIn(r, rel)
		}
		return nil, &textError{msg: msgAbsolute(extra)}
	}
	if !filepath.IsLocal(native) {
		if r, rel, ok := t.inRoots(filepath.Join(t.dir, native)); ok {
			return t.readIn(r, rel)
		}
		return nil, &textError{msg: msgLeaves(extra)}
	}
	b, err := t.readIn(t.root, native)
	if err == nil || errors.Is(err, fs.ErrNotExist) || errors.Is(err, fs.ErrPermission) {
		return b, err
	}
	var te *textError
	if errors.As(err, &te) {
		return nil, err
	}
	// os.Root refused the path: a symbolic link leads out of the folder.
	// Where to, says whether a -texts folder allows it.
	if real, rerr := filepath.EvalSymlinks(filepath.Join(t.dir, native)); rerr == nil {
		if r, rel, ok := t.inRoots(real); ok {
			return t.readIn(r, rel)
		}
		if dir, derr := filepath.EvalSymlinks(t.dir); derr == nil {
			if rel, rerr := filepath.Rel(dir, real); rerr != nil || !filepath.IsLocal(rel) {
				return nil, &textError{msg: msgSymlinkOut(extra)}
			}
		}
	}
	return nil, err
}

// inRoots returns the text root that holds the absolute path p, and p
// relative to it.
func (t *textOpener) inRoots(p string) (*os.Root, string, bool) {
	for _, r := range t.roots {
		if rel, err := filepath.Rel(r.dir, p); err == nil && filepath.IsLocal(rel) {
			return r.root, rel, true
		}
	}
	return nil, "", false
}

// readIn reads the regular file rel in root. It stats before opening, so
// that a FIFO is never opened, and opens without blocking (where the
// system has the flag) and checks the open file again, so that a file
// swapped in between cannot block either.
func (t *textOpener) readIn(root *os.Root, rel string) ([]byte, error) {
	fi, err := root.Stat(rel)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, notRegular(fi.Mode())
	}
	f, err := root.OpenFile(rel, openFlags, 0)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return readRegular(f, textRule(t.max))
}
