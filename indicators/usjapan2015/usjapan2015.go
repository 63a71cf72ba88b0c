// Package usjapan2015 is the embedded catalog of the numeric claims of the
// White House fact sheet "U.S.-Japan Cooperation for a More Prosperous and
// Stable World" of 28 April 2015, with the pinned text of the fact sheet.
// It is claimbook's reference document and its default catalog.
package usjapan2015

import (
	"embed"
	"io/fs"
	"sync"

	"github.com/claimbook/claimbook/indicators"
)

//go:embed catalog.yaml us-japan-fact-sheet-2015.txt
var files embed.FS

// CatalogFile is the name of the catalog in FS.
const CatalogFile = "catalog.yaml"

// TextFile is the name of the fact sheet's text in FS.
const TextFile = "us-japan-fact-sheet-2015.txt"

// SHA256 is the hex SHA-256 of the fact sheet's text.
const SHA256 = "f2dc2cf07bd64d90e99c03d2ff6a50d4bb0a0b640bb813b6b4dd8f69ec84526f"

// FS returns the embedded files: the catalog and the source text.
func FS() fs.FS { return files }

var load = sync.OnceValues(func() (*indicators.Catalog, error) {
	return indicators.LoadFS(files, CatalogFile)
})

// Catalog returns a fresh copy of the embedded catalog, loaded and verified.
// It panics if the embedded catalog does not verify, which the package's
// tests rule out.
func Catalog() *indicators.Catalog {
	c, err := load()
	if err != nil {
		panic("usjapan2015: embedded catalog does not verify: " + err.Error())
	}
	return c.Clone()
}

// Text returns the fact sheet's exact text.
func Text() string {
	b, _ := files.ReadFile(TextFile)
	return string(b)
}
