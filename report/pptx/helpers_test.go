package pptx_test

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"image"
	"image/color"
	"image/png"
	"io"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/chart"
	"github.com/claimbook/claimbook/report/pptx"
)

var (
	chartsOnce sync.Once
	charts     map[string][]byte
	chartsErr  error
)

// defaultCharts returns the PNGs report/chart renders for the deck of the
// embedded catalog (embedded: no title or footer; ChartWidth×ChartHeight),
// made once.
func defaultCharts(t testing.TB) map[string][]byte {
	t.Helper()
	chartsOnce.Do(func() {
		c := usjapan2015.Catalog()
		charts = map[string][]byte{}
		for i := range c.Views {
			b, err := chart.PNG(c, &c.Views[i], &chart.Options{Embed: true, Width: pptx.ChartWidth, Height: pptx.ChartHeight, DPI: pptx.ChartDPI})
			if err != nil {
				chartsErr = err
				return
			}
			charts[c.Views[i].ID] = b
		}
	})
	if chartsErr != nil {
		t.Fatal(chartsErr)
	}
	return charts
}

// defaultDeck is the deck of the embedded catalog with its charts.
func defaultDeck(t testing.TB) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pptx.Write(&buf, usjapan2015.Catalog(), &pptx.Options{Charts: defaultCharts(t)}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return buf.Bytes()
}

// fakePNG returns a w×h PNG of one colour.
func fakePNG(t testing.TB, w, h int) []byte {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = 0x80
	}
	img.Set(0, 0, color.Black)
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// unzip returns the parts of a package by name, and their names in the
// order the zip holds them.
func unzip(t testing.TB, b []byte) (map[string][]byte, []*zip.File) {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatalf("zip: %v", err)
	}
	parts := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		data, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatalf("%s: %v", f.Name, err)
		}
		if _, dup := parts[f.Name]; dup {
			t.Errorf("part %s is in the zip twice", f.Name)
		}
		parts[f.Name] = data
	}
	return parts, zr.File
}

// paragraphs returns the text of each <a:p> of a DrawingML part, its runs
// joined and each <a:br/> a newline.
func paragraphs(t testing.TB, b []byte) []string {
	t.Helper()
	var out []string
	var cur strings.Builder
	inT := false
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("xml: %v", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "p":
				cur.Reset()
			case "t":
				inT = true
			case "br":
				cur.WriteByte('\n')
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "p":
				out = append(out, cur.String())
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				cur.Write(tok)
			}
		}
	}
	return out
}

// attrs returns the values of every attribute named local in the part.
func attrs(t testing.TB, b []byte, local string) []string {
	t.Helper()
	var out []string
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatalf("xml: %v", err)
		}
		if se, ok := tok.(xml.StartElement); ok {
			for _, a := range se.Attr {
				if a.Name.Local == local {
					out = append(out, a.Value)
				}
			}
		}
	}
}

// A relationship of a .rels part.
type relationship struct {
	ID         string `xml:"Id,attr"`
	Type       string `xml:"Type,attr"`
	Target     string `xml:"Target,attr"`
	TargetMode string `xml:"TargetMode,attr"`
}

func readRels(t testing.TB, b []byte) []relationship {
	t.Helper()
	var r struct {
		Rels []relationship `xml:"Relationship"`
	}
	if err := xml.Unmarshal(b, &r); err != nil {
		t.Fatalf("rels: %v", err)
	}
	return r.Rels
}

// relsOf returns the relationships part of the part name.
func relsOf(name string) string {
	dir, file := "", name
	if i := strings.LastIndex(name, "/"); i >= 0 {
		dir, file = name[:i+1], name[i+1:]
	}
	return dir + "_rels/" + file + ".rels"
}

// resolve returns the part a relative target of part src names.
func resolve(src, target string) string {
	if strings.HasPrefix(target, "/") {
		return target[1:]
	}
	dir := ""
	if i := strings.LastIndex(src, "/"); i >= 0 {
		dir = src[:i]
	}
	segs := strings.Split(dir, "/")
	if dir == "" {
		segs = nil
	}
	for _, s := range strings.Split(target, "/") {
		switch s {
		case "..":
			if len(segs) > 0 {
				segs = segs[:len(segs)-1]
			}
		case ".", "":
		default:
			segs = append(segs, s)
		}
	}
	return strings.Join(segs, "/")
}

// target returns the part that the relationship of type typ (the last
// word of the type URI) of part src points to, or "".
func target(t testing.TB, parts map[string][]byte, src, typ string) string {
	t.Helper()
	for _, r := range readRels(t, parts[relsOf(src)]) {
		if strings.HasSuffix(r.Type, "/"+typ) {
			return resolve(src, r.Target)
		}
	}
	return ""
}

// slideParts returns the slides of the deck in presentation order.
func slideParts(t testing.TB, parts map[string][]byte) []string {
	t.Helper()
	var p struct {
		Slides []struct {
			RID string `xml:"http://schemas.openxmlformats.org/officeDocument/2006/relationships id,attr"`
		} `xml:"sldIdLst>sldId"`
	}
	if err := xml.Unmarshal(parts["ppt/presentation.xml"], &p); err != nil {
		t.Fatalf("presentation.xml: %v", err)
	}
	byID := map[string]string{}
	for _, r := range readRels(t, parts["ppt/_rels/presentation.xml.rels"]) {
		byID[r.ID] = resolve("ppt/presentation.xml", r.Target)
	}
	var out []string
	for _, s := range p.Slides {
		out = append(out, byID[s.RID])
	}
	return out
}

// quotesOf returns the quotes behind the indicator or derived indicator id.
func quotesOf(c *indicators.Catalog, id string) []indicators.Provenance {
	if ind, ok := c.Indicator(id); ok {
		return ind.Provenance
	}
	var out []indicators.Provenance
	if d, ok := c.DerivedIndicator(id); ok {
		for _, in := range d.Inputs {
			out = append(out, quotesOf(c, in)...)
		}
	}
	return out
}

func sortedNames(m map[string][]byte) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
