package pptx

import (
	"archive/zip"
	"io"
	"sort"
	"strings"
	"time"
)

// zipEpoch is the timestamp of every part when no stamp is asked for: the
// earliest time a zip file can record.
var zipEpoch = time.Date(1980, time.January, 1, 0, 0, 0, 0, time.UTC)

// A pkg is an OPC package being built: its parts, by name, and their
// content types. writeZip writes it canonically.
//
// It is the small piece of report/xlsx's canonZip a hand-written package
// needs (sorted parts, one fixed timestamp); the report packages do not
// import each other, so it is repeated here.
type pkg struct {
	parts    map[string][]byte
	types    map[string]string // part name → content type override
	defaults map[string]string // extension → content type
}

func newPkg() *pkg {
	return &pkg{parts: map[string][]byte{}, types: map[string]string{}, defaults: map[string]string{
		"rels": "application/vnd.openxmlformats-package.relationships+xml",
		"xml":  "application/xml",
	}}
}

// add adds the part name (no leading slash) with content type ct; an empty
// ct means the default of its extension.
func (p *pkg) add(name, ct string, b []byte) {
	p.parts[name] = b
	if ct != "" {
		p.types[name] = ct
	}
}

// contentTypes returns [Content_Types].xml: the defaults and overrides,
// each sorted.
func (p *pkg) contentTypes() []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">`)
	for _, ext := range sortedKeys(p.defaults) {
		b.WriteString(`<Default Extension="` + esc(ext) + `" ContentType="` + esc(p.defaults[ext]) + `"/>`)
	}
	for _, name := range sortedKeys(p.types) {
		b.WriteString(`<Override PartName="/` + esc(name) + `" ContentType="` + esc(p.types[name]) + `"/>`)
	}
	b.WriteString(`</Types>`)
	return []byte(b.String())
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// writeZip writes the package to w: [Content_Types].xml and the parts,
// sorted by name, each with the timestamp modified (zipEpoch when zero or earlier),
// XML deflated and images stored as they are (PNG is compressed already).
// The same parts give the same bytes.
func (p *pkg) writeZip(w io.Writer, modified time.Time) error {
	modified = modified.UTC()
	if modified.Before(zipEpoch) {
		modified = zipEpoch // also the zero time: no stamp
	}
	all := map[string][]byte{"[Content_Types].xml": p.contentTypes()}
	for k, v := range p.parts {
		all[k] = v
	}
	names := make([]string, 0, len(all))
	for k := range all {
		names = append(names, k)
	}
	sort.Strings(names)
	zw := zip.NewWriter(w)
	for _, name := range names {
		h := &zip.FileHeader{
			Name:         name,
			Method:       zip.Deflate,
			ModifiedDate: uint16(modified.Day() + int(modified.Month())<<5 + (modified.Year()-1980)<<9),
			ModifiedTime: uint16(modified.Second()/2 + modified.Minute()<<5 + modified.Hour()<<11),
		}
		if strings.HasSuffix(name, ".png") {
			h.Method = zip.Store
		}
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(all[name]); err != nil {
			return err
		}
	}
	return zw.Close()
}
