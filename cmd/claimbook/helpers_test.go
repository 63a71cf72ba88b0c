package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/claimbook/claimbook/indicators"
)

// readTree returns the files under dir, by slash-separated relative path,
// each as the hex sha256 of its bytes (folders as "dir").
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	tree := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if rel == "." {
			return nil
		}
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			tree[rel] = "dir"
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		tree[rel] = hex.EncodeToString(sum[:])
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return tree
}

// copyTree copies the files and folders under from into to, which must not
// exist.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		if d.IsDir() {
			return os.Mkdir(filepath.Join(to, rel), 0o777)
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		return os.WriteFile(filepath.Join(to, rel), b, 0o666)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// names returns the names in dir, sorted.
func names(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var ns []string
	for _, e := range entries {
		ns = append(ns, e.Name())
	}
	return ns
}

// reducedCatalog writes into a new folder a copy of the embedded catalog
// without its last view, under each of the file names given (beside its
// source text), and returns the folder and the id of the view left out.
func reducedCatalog(t *testing.T, fileNames ...string) (dir, gone string) {
	t.Helper()
	dir = t.TempDir()
	src := filepath.Join("..", "..", "indicators", "usjapan2015")
	copyTree(t, src, filepath.Join(dir, "src"))
	c, err := indicators.Load(filepath.Join(dir, "src", "catalog.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	gone = c.Views[len(c.Views)-1].ID
	c.Views = slices.Clip(c.Views[:len(c.Views)-1])
	var buf bytes.Buffer
	if err := indicators.WriteYAML(&buf, c); err != nil {
		t.Fatal(err)
	}
	for _, n := range fileNames {
		if err := os.WriteFile(filepath.Join(dir, "src", n), buf.Bytes(), 0o666); err != nil {
			t.Fatal(err)
		}
	}
	return filepath.Join(dir, "src"), gone
}

// refBuild builds the catalog (the embedded one if "") into a new folder in
// this process and returns the folder.
func refBuild(t *testing.T, catalog string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "ref")
	args := []string{"build", "-out", dir}
	if catalog != "" {
		args = append(args, "-catalog", catalog)
	}
	if code, _, stderr := runCmd(args...); code != 0 {
		t.Fatalf("claimbook build: exit %d: %s", code, stderr)
	}
	return dir
}
