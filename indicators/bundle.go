package indicators

import (
	"bytes"
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

// BundleCatalog is the name of the catalog file in a bundle.
const BundleCatalog = "catalog.yaml"

// A BundleFile is one file of a catalog bundle: its name inside the
// bundle's folder and its bytes.
type BundleFile struct {
	Name string
	Data []byte
}

// bundleReserved are the names a source text may not take in a bundle, in
// lower case: the catalog's, and those of the files claimbook writes
// beside it, so that a bundle and a build can share a folder's names.
var bundleReserved = map[string]bool{
	BundleCatalog: true, "catalog.yml": true, "indicators.json": true, "indicators.csv": true,
	"derived.csv": true, "briefing.xlsx": true, "deck.pptx": true, "charts": true,
}

// Bundle returns c as a folder that can be copied, edited and verified
// anywhere: each source text under a safe, unique name, then BundleCatalog,
// which names them. A name is the text's base name made safe (letters,
// digits, ".", "-", "_"; no leading dot or dash), or the source ID with
// ".txt"; where that is reserved or names another text (ignoring case), the
// source ID is put before it, then a number. Sources with the same text
// share one file. Bundle does not change c.
func Bundle(c *Catalog) ([]BundleFile, error) {
	cc := *c
	cc.Sources = append([]Source(nil), c.Sources...)
	var files []BundleFile
	used := map[string]string{} // lower-case name → text
	for i := range cc.Sources {
		s := &cc.Sources[i]
		if s.Text == "" {
			continue
		}
		name := bundleName(s, used)
		s.TextPath = name
		if _, seen := used[strings.ToLower(name)]; !seen {
			used[strings.ToLower(name)] = s.Text
			files = append(files, BundleFile{name, []byte(s.Text)})
		}
	}
	var buf bytes.Buffer
	if err := WriteYAML(&buf, &cc); err != nil {
		return nil, err
	}
	// The catalog last: a writer that writes in order never leaves a
	// catalog without its texts.
	return append(files, BundleFile{BundleCatalog, buf.Bytes()}), nil
}

// bundleName returns the name of source s's text in a bundle (see Bundle).
// A text equal to the one already under a name shares it.
func bundleName(s *Source, used map[string]string) string {
	base := safeFileName(path.Base(filepath.ToSlash(s.TextPath)))
	id := safeFileName(s.ID)
	if id == "" {
		id = "source"
	}
	if base == "" {
		base = id + ".txt"
	}
	free := func(n string) bool {
		l := strings.ToLower(n)
		prev, taken := used[l]
		return !bundleReserved[l] && filepath.IsLocal(n) && (!taken || prev == s.Text)
	}
	if free(base) {
		return base
	}
	if n := id + "-" + base; free(n) {
		return n
	}
	for k := 2; ; k++ {
		if n := fmt.Sprintf("%s-%d-%s", id, k, base); free(n) {
			return n
		}
	}
}

// safeFileName keeps the letters, digits, ".", "-" and "_" of name, writes
// "_" for anything else, and drops leading dots (hidden files, "..") and
// dashes (a name that reads as a flag).
func safeFileName(name string) string {
	var b strings.Builder
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '.', r == '-', r == '_':
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return strings.TrimLeft(b.String(), ".-")
}
