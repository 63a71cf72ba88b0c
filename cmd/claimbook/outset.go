package main

// An output set is everything one build writes: a folder that is replaced as
// a whole, never file by file. writeSet writes the new set into a staging
// folder beside the target (same parent, so same file system), syncs it, and
// swaps it into place in one step, so that a reader, a crash or a kill -9
// sees the complete old set or the complete new one, never a mix:
//
//	out/                               the target (-out)
//	.out.claimbook-staging-<pid>/      the new set while it is written; after
//	                                   the swap, the old set until it is removed
//	.out.claimbook-lock                the lock file, while a build holds it
//
// On Linux the swap is renameat2(RENAME_EXCHANGE) when the target exists and
// renameat2(RENAME_NOREPLACE) when it does not. Elsewhere, and on Linux file
// systems without RENAME_EXCHANGE, the old set is renamed aside and the new
// one renamed into place: two renames, between which the target is briefly
// absent (a kill there leaves the old set in the staging name, which the next
// build removes).
//
// Safety: writeSet swaps away or deletes only a folder that claimbook wrote.
// Each set holds a manifest (.claimbook-build) listing its files; a target
// that is not empty must hold a manifest and nothing it does not list (or be
// a set written by claimbook before manifests existed), or writeSet refuses
// and touches nothing.

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"
	"unicode"
)

// manifestName is the file in every output set that lists the set's files.
const manifestName = ".claimbook-build"

// manifestHeader is the first line of a manifest.
const manifestHeader = "claimbook build output: claimbook wrote the files below, and the next build replaces this folder"

// pauseEnv names the environment variable of the test-only pause hook: set
// to a stage name (see setWriter.pause), the build prints a line to stderr
// at that stage and waits there for a minute, or until a signal, so that a
// test can kill it at a known moment.
const pauseEnv = "CLAIMBOOK_TEST_PAUSE"

// buildFile is one file of an output set: its bytes, or a function that
// writes them straight into the staging folder, so that a large output is
// never held in memory whole.
type buildFile struct {
	name string // slash-separated, relative to the set's folder
	data []byte // the file's bytes, when write is nil
	// write, if not nil, writes the file to w (buffered). An error it
	// returns is returned by writeSet as it is; an error of w's file is
	// returned as "writing NAME: ...".
	write func(w io.Writer) error
}

// setFile is the part of *os.File that writeSet uses to write a file.
type setFile interface {
	io.Writer
	Sync() error
	Close() error
}

// setWriter writes output sets. The zero value writes to the file system;
// the fields are for tests.
type setWriter struct {
	// create makes the named new file in the staging folder; nil means
	// root.OpenFile with mode 0666, so that the umask applies.
	create func(root *os.Root, name string) (setFile, error)
	// noExchange makes the swap use the two-rename fallback even where
	// RENAME_EXCHANGE is available.
	noExchange bool
	// stderr gets the lock's waiting note and the pause hook's lines; nil
	// discards them.
	stderr io.Writer
}

// writeSet replaces the folder dir by one that holds exactly files and a
// manifest listing them, atomically (see the package comment above): on any
// error, on a signal (ctx done before the swap) or after a kill, dir is left
// as it was and no staging folder stays behind. It waits for another build
// into the same dir to finish first. Files are created with mode 0666 and
// folders with 0777, less the umask.
func writeSet(ctx context.Context, dir string, files []buildFile, stderr io.Writer) error {
	return setWriter{stderr: stderr}.write(ctx, dir, files)
}

// write is writeSet with w's hooks.
func (w setWriter) write(ctx context.Context, dir string, files []buildFile) (err error) {
	if w.stderr == nil {
		w.stderr = io.Discard
	}
	manifest, err := makeManifest(files)
	if err != nil {
		return err
	}
	target, err := resolveTarget(dir)
	if err != nil {
		return err
	}
	// What the target is can be checked before locking; what it holds only
	// under the lock, as another build may be swapping it.
	if _, err := statTarget(dir, target); err != nil {
		return err
	}
	parent, base := filepath.Dir(target), filepath.Base(target)
	if err := os.MkdirAll(parent, 0o777); err != nil {
		return fmt.Errorf("out %q: cannot make its parent folder: %w", dir, err)
	}
	unlock, err := lockTarget(ctx, filepath.Join(parent, "."+base+".claimbook-lock"), dir, w.stderr)
	if err != nil {
		return err
	}
	defer unlock()
	exists, err := checkTarget(dir, target)
	if err != nil {
		return err
	}
	if err := checkNotCurrent(dir, target); err != nil {
		return err
	}
	stagingPrefix := "." + base + ".claimbook-staging-"
	if err := removeStale(parent, stagingPrefix); err != nil {
		return err
	}
	w.pause(ctx, "locked")
	staging, err := makeStaging(parent, stagingPrefix)
	if err != nil {
		return fmt.Errorf("out %q: %w", dir, err)
	}
	swapped := false
	defer func() {
		if !swapped {
			os.RemoveAll(staging)
		}
	}()
	if err := w.fill(ctx, staging, files, manifest); err != nil {
		return err
	}
	w.pause(ctx, "staged")
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	old, err := w.swap(staging, target, exists)
	if err != nil {
		return fmt.Errorf("out %q: %w", dir, err)
	}
	swapped = true
	syncDir(parent)
	w.pause(ctx, "swapped")
	if old != "" {
		if err := os.RemoveAll(old); err != nil {
			return fmt.Errorf("out %q is built, but the previous outputs stay in %q: %w", dir, old, err)
		}
	}
	return nil
}

// fill writes files and the manifest into the staging folder and syncs
// every file and folder. The files are written on as many goroutines as
// there are cores, each taking the next file in list order, so a list
// that starts with its slowest file finishes soonest; the first error in
// list order is returned. The manifest is written last.
func (w setWriter) fill(ctx context.Context, staging string, files []buildFile, manifest []byte) error {
	root, err := os.OpenRoot(staging)
	if err != nil {
		return err
	}
	defer root.Close()
	dirs := []string{"."}
	for _, f := range files {
		if d := path.Dir(f.name); d != "." && !slices.Contains(dirs, d) {
			if err := root.MkdirAll(d, 0o777); err != nil {
				return err
			}
			for ; d != "." && !slices.Contains(dirs, d); d = path.Dir(d) {
				dirs = append(dirs, d)
			}
		}
	}
	errs := make([]error, len(files))
	var next atomic.Int64
	var failed atomic.Bool // no file is started after an error
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(files)) {
		wg.Go(func() {
			for !failed.Load() {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				if ctx.Err() != nil {
					errs[i] = context.Cause(ctx)
					return
				}
				if errs[i] = w.writeFile(root, files[i]); errs[i] != nil {
					failed.Store(true)
					return
				}
				if i == 0 {
					w.pause(ctx, "writing")
				}
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	if err := w.writeFile(root, buildFile{name: manifestName, data: manifest}); err != nil {
		return err
	}
	for _, d := range dirs {
		f, err := root.Open(d)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

// writeFile writes one new file into root and syncs it. An error of the
// file is returned as "writing NAME: ..."; an error of bf.write as it is.
func (w setWriter) writeFile(root *os.Root, bf buildFile) error {
	create := w.create
	if create == nil {
		create = func(root *os.Root, name string) (setFile, error) {
			return root.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
		}
	}
	f, err := create(root, bf.name)
	if err != nil {
		return fmt.Errorf("writing %s: %w", bf.name, err)
	}
	if err := writeContent(f, bf); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %w", bf.name, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", bf.name, err)
	}
	return nil
}

// writeContent writes bf's bytes to f, through a buffer when bf.write
// makes them.
func writeContent(f io.Writer, bf buildFile) error {
	if bf.write == nil {
		if _, err := f.Write(bf.data); err != nil {
			return fmt.Errorf("writing %s: %w", bf.name, err)
		}
		return nil
	}
	fw := &fileWriter{f: f}
	bw := bufio.NewWriterSize(fw, 256<<10)
	err := bf.write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if fw.err != nil {
		return fmt.Errorf("writing %s: %w", bf.name, fw.err)
	}
	return err
}

// fileWriter keeps the first error of writes to f, to tell it from an
// error of the function that writes a file's content.
type fileWriter struct {
	f   io.Writer
	err error
}

func (w *fileWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	n, err := w.f.Write(p)
	w.err = err
	return n, err
}

// swap puts the staging folder in the place of target and returns where the
// old set now is ("" if there was none).
func (w setWriter) swap(staging, target string, exists bool) (old string, err error) {
	if !exists {
		return "", renameNoReplace(staging, target)
	}
	if !w.noExchange {
		err := exchange(staging, target)
		if err == nil {
			return staging, nil
		}
		if !errors.Is(err, errNoExchange) {
			return "", err
		}
	}
	// The fallback: two renames. The old set goes under the staging name
	// with a suffix, so that the next build removes it if we are killed
	// between the two.
	old = staging + "-old"
	if err := os.Rename(target, old); err != nil {
		return "", err
	}
	if err := os.Rename(staging, target); err != nil {
		if rerr := os.Rename(old, target); rerr != nil {
			return "", fmt.Errorf("%w; the previous outputs are in %q", err, old)
		}
		return "", err
	}
	return old, nil
}

// pause is the test hook named by pauseEnv. The stages are "locked" (the
// lock is held, nothing written yet), "writing" (the first file is in the
// staging folder), "staged" (all of the new set is written and synced, just
// before the swap) and "swapped" (just after the swap, before the old set is
// removed).
func (w setWriter) pause(ctx context.Context, stage string) {
	if os.Getenv(pauseEnv) != stage {
		return
	}
	fmt.Fprintf(w.stderr, "claimbook: test pause at %s\n", stage)
	t := time.NewTimer(time.Minute)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// makeManifest checks the names of files and returns the manifest that lists
// them: the header line, then the names sorted, one a line.
func makeManifest(files []buildFile) ([]byte, error) {
	names := make([]string, 0, len(files))
	for _, f := range files {
		if !validName(f.name) {
			return nil, fmt.Errorf("output name %q is not a plain relative path", f.name)
		}
		names = append(names, f.name)
	}
	slices.Sort(names)
	for i := 1; i < len(names); i++ {
		if names[i] == names[i-1] {
			return nil, fmt.Errorf("output name %q is given twice", names[i])
		}
		if strings.HasPrefix(names[i], names[i-1]+"/") {
			return nil, fmt.Errorf("output name %q is both a file and a folder", names[i-1])
		}
	}
	var b strings.Builder
	b.WriteString(manifestHeader + "\n")
	for _, n := range names {
		b.WriteString(n + "\n")
	}
	return []byte(b.String()), nil
}

// validName reports whether name can be a file of an output set: a clean,
// local, slash-separated path, not the manifest, without control characters.
func validName(name string) bool {
	if name == "" || name == manifestName || path.Clean(name) != name || !filepath.IsLocal(filepath.FromSlash(name)) ||
		strings.Contains(name, `\`) {
		return false
	}
	return !strings.ContainsFunc(name, unicode.IsControl)
}

// resolveTarget returns the absolute path of the folder dir names, following
// dir itself if it is a symbolic link (so that the link stays and its target
// gets the new set).
func resolveTarget(dir string) (string, error) {
	if dir == "" {
		return "", errors.New("out is empty: name a folder")
	}
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if fi, err := os.Lstat(abs); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		if abs, err = filepath.EvalSymlinks(abs); err != nil {
			return "", fmt.Errorf("out %q is a symbolic link that leads nowhere: %w", dir, err)
		}
	}
	if filepath.Dir(abs) == abs {
		return "", fmt.Errorf("out %q is the root folder: name a new or empty folder", dir)
	}
	return abs, nil
}

// checkNotCurrent refuses a target that is the current folder or holds it:
// the swap would leave the shell in the removed old set.
func checkNotCurrent(dir, target string) error {
	ti, err := os.Stat(target)
	if err != nil {
		return nil
	}
	cwd, err := os.Getwd()
	if err != nil {
		return nil
	}
	for d := cwd; ; d = filepath.Dir(d) {
		if di, err := os.Stat(d); err == nil && os.SameFile(di, ti) {
			return fmt.Errorf("out %q is the current folder or holds it: name a new or empty folder, such as \"out\"", dir)
		}
		if filepath.Dir(d) == d {
			return nil
		}
	}
}

// checkTarget reports whether target exists, and refuses (with an error
// that names dir as the user wrote it) anything but a missing folder, an
// empty one, or one that claimbook wrote.
func checkTarget(dir, target string) (exists bool, err error) {
	if exists, err := statTarget(dir, target); !exists || err != nil {
		return exists, err
	}
	entries, err := os.ReadDir(target)
	if err != nil {
		return false, fmt.Errorf("out %q: %w", dir, err)
	}
	if len(entries) == 0 {
		return true, nil
	}
	listed, err := readManifest(target)
	switch {
	case err != nil:
		return false, fmt.Errorf("out %q: %w", dir, err)
	case listed == nil && legacySet(target, true):
		return true, nil
	case listed == nil:
		return false, fmt.Errorf("out %q holds files claimbook did not write: name a new or empty folder", dir)
	}
	if extra := unlisted(target, listed); extra != "" {
		return false, fmt.Errorf("out %q holds %q, which claimbook did not write: move it out, or name a new or empty folder", dir, extra)
	}
	return true, nil
}

// statTarget reports whether target exists, and refuses a target that is
// not a folder or is under a file.
func statTarget(dir, target string) (exists bool, err error) {
	fi, err := os.Lstat(target)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return false, nil
	case errors.Is(err, syscall.ENOTDIR):
		for d := filepath.Dir(target); filepath.Dir(d) != d; d = filepath.Dir(d) {
			if fi, err := os.Stat(d); err == nil && !fi.IsDir() {
				return false, fmt.Errorf("out %q is inside %q, which is a file, not a folder: name a folder elsewhere", dir, d)
			}
		}
		return false, fmt.Errorf("out %q: %w", dir, err)
	case err != nil:
		return false, fmt.Errorf("out %q: %w", dir, err)
	case !fi.IsDir():
		return false, fmt.Errorf("out %q is a file, not a folder: name a new or empty folder", dir)
	}
	return true, nil
}

// readManifest returns the names the manifest in dir lists, or nil if dir
// has no manifest.
func readManifest(dir string) (map[string]bool, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestName))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	if lines[0] != manifestHeader {
		return nil, nil
	}
	listed := map[string]bool{}
	for _, n := range lines[1:] {
		listed[n] = true
	}
	return listed, nil
}

// unlisted returns the first file or folder under dir (slash-separated) that
// the manifest's listed names do not account for, or "".
func unlisted(dir string, listed map[string]bool) string {
	folders := map[string]bool{}
	for n := range listed {
		for d := path.Dir(n); d != "."; d = path.Dir(d) {
			folders[d] = true
		}
	}
	extra := ""
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		switch {
		case err != nil:
			extra = rel
		case rel == "." || rel == manifestName && d.Type().IsRegular():
			return nil
		case d.IsDir() && folders[rel], d.Type().IsRegular() && listed[rel]:
			return nil
		default:
			extra = rel
		}
		return fs.SkipAll
	})
	return extra
}

// legacySet reports whether dir holds only what claimbook wrote before
// output sets had manifests: briefing.xlsx, indicators.json,
// indicators.csv, charts/*.png and their temporary files, or (with nested)
// folders of such sets, one per catalog.
func legacySet(dir string, nested bool) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		n, p := e.Name(), filepath.Join(dir, e.Name())
		switch {
		case e.Type().IsRegular() && (legacyName(n) || legacyTemp(n)):
		case e.IsDir() && n == "charts" && legacyCharts(p):
		case e.IsDir() && nested && legacySet(p, false):
		default:
			return false
		}
	}
	return true
}

// legacyName reports whether n is a top-level file of an old output set.
func legacyName(n string) bool {
	return n == "briefing.xlsx" || n == "indicators.json" || n == "indicators.csv"
}

// legacyTemp reports whether n is a temporary file of writeFileAtomic for a
// file of an old output set.
func legacyTemp(n string) bool {
	i := strings.LastIndex(n, ".tmp-")
	if !strings.HasPrefix(n, ".") || i < 1 {
		return false
	}
	return legacyName(n[1:i]) || strings.HasSuffix(n[1:i], ".png")
}

// legacyCharts reports whether dir holds only PNG files and their temporary
// files.
func legacyCharts(dir string) bool {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.Type().IsRegular() || !strings.HasSuffix(e.Name(), ".png") && !legacyTemp(e.Name()) {
			return false
		}
	}
	return true
}

// removeStale removes what killed builds left in parent: staging folders,
// and old sets set aside by the fallback swap. Call it under the lock.
func removeStale(parent, prefix string) error {
	entries, err := os.ReadDir(parent)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), prefix) {
			if err := os.RemoveAll(filepath.Join(parent, e.Name())); err != nil {
				return fmt.Errorf("removing a stale staging folder: %w", err)
			}
		}
	}
	return nil
}

// makeStaging makes a new staging folder in parent, mode 0777 less the
// umask (os.MkdirTemp would make it 0700, and the swap would then give the
// target that mode).
func makeStaging(parent, prefix string) (string, error) {
	for i := 0; ; i++ {
		name := prefix + strconv.Itoa(os.Getpid())
		if i > 0 {
			name += "-" + strconv.Itoa(i)
		}
		p := filepath.Join(parent, name)
		err := os.Mkdir(p, 0o777)
		if err == nil {
			return p, nil
		}
		if !errors.Is(err, fs.ErrExist) || i == 100 {
			return "", err
		}
	}
}

// syncDir syncs the folder dir, so that a rename in it is durable. Errors
// are ignored: some systems cannot sync a folder.
func syncDir(dir string) {
	if f, err := os.Open(dir); err == nil {
		f.Sync()
		f.Close()
	}
}
