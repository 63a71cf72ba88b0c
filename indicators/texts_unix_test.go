//go:build unix

package indicators_test

import (
	"errors"
	"fmt"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// TestLoadFIFO names a FIFO as the text and as the catalog: refused at
// once; opening one for reading would wait for a writer forever.
func TestLoadFIFO(t *testing.T) {
	tmp := t.TempDir()
	if err := syscall.Mkfifo(filepath.Join(tmp, "facts.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	cat := filepath.Join(tmp, "catalog.yaml")
	writeFile(t, cat, catalogFor("facts.txt", sha(textFacts)))
	_, err := loadSoon(t, cat, nil)
	want := cat + `:5:11: source text "facts.txt" is a named pipe (FIFO), not a regular file: a catalog reads only regular files; write the path of the text file itself`
	if err == nil || err.Error() != want {
		t.Errorf("Load(text is a FIFO) = %v\nwant %s", err, want)
	}

	fifoCat := filepath.Join(tmp, "fifo.yaml")
	if err := syscall.Mkfifo(fifoCat, 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = loadSoon(t, fifoCat, nil)
	want = fmt.Sprintf("catalog %q is a named pipe (FIFO), not a regular file: a catalog reads only regular files; write the path of the catalog file itself", fifoCat)
	var list indicators.ErrorList
	if err == nil || errors.As(err, &list) || err.Error() != want {
		t.Errorf("Load(catalog is a FIFO) = %v\nwant %s", err, want)
	}
}
