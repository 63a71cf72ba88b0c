package pptx_test

import (
	"bytes"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
)

// Tests with real programs run when CLAIMBOOK_CLIENTS=1; then a missing
// program is a failure. They need LibreOffice Impress (Debian's
// libreoffice-impress-nogui), poppler-utils (pdftotext) and /usr/bin/python3.

func clients(t *testing.T) {
	t.Helper()
	if os.Getenv("CLAIMBOOK_CLIENTS") != "1" {
		t.Skip("real-client test: set CLAIMBOOK_CLIENTS=1 to run it with soffice (libreoffice-impress-nogui), pdftotext (poppler-utils) and /usr/bin/python3")
	}
}

// convert converts the deck to format with LibreOffice, in a fresh
// profile, and returns the file it wrote and what it printed.
func convert(t *testing.T, deck []byte, format, ext string) ([]byte, string) {
	t.Helper()
	exe, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatalf("soffice: %v (install libreoffice-impress-nogui)", err)
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "deck.pptx")
	if err := os.WriteFile(in, deck, 0o644); err != nil {
		t.Fatal(err)
	}
	outDir := filepath.Join(dir, "out")
	cmd := exec.Command(exe, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"), "--convert-to", format, "--outdir", outDir, in)
	msg, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("soffice --convert-to %s: %v\n%s", format, err, msg)
	}
	b, err := os.ReadFile(filepath.Join(outDir, "deck."+ext))
	if err != nil {
		t.Fatalf("soffice --convert-to %s wrote no file: %v\n%s", format, err, msg)
	}
	return b, string(msg)
}

// TestLibreOffice converts the default deck to PDF and checks a page per
// slide, each slide's title and source line on its page; and converts it
// to ODP and back to PPTX without complaint.
func TestLibreOffice(t *testing.T) {
	clients(t)
	c := usjapan2015.Catalog()
	deck := defaultDeck(t)
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	pdf, _ := convert(t, deck, "pdf", "pdf")
	os.WriteFile(filepath.Join(t.ArtifactDir(), "deck.pdf"), pdf, 0o644)
	pdftotext, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatalf("pdftotext: %v (install poppler-utils)", err)
	}
	cmd := exec.Command(pdftotext, "-layout", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	text, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	// pdftotext ends every page with a form feed.
	pages := strings.Split(strings.TrimSuffix(string(text), "\f"), "\f")
	if len(pages) != len(slides) {
		t.Fatalf("the PDF has %d pages, want %d, one per slide", len(pages), len(slides))
	}
	for i, s := range slides {
		page := strings.Join(strings.Fields(pages[i]), " ")
		if !strings.Contains(page, s.Title) {
			t.Errorf("page %d lacks the slide title %q:\n%s", i+1, s.Title, page)
		}
		if !strings.Contains(page, s.Source) {
			t.Errorf("page %d lacks the source line %q:\n%s", i+1, s.Source, page)
		}
	}
	for _, f := range []struct{ format, ext string }{{"odp", "odp"}, {"pptx:Impress MS PowerPoint 2007 XML", "pptx"}} {
		b, msg := convert(t, deck, f.format, f.ext)
		if len(b) == 0 || !bytes.HasPrefix(b, []byte("PK")) {
			t.Errorf("soffice --convert-to %s wrote %d bytes, not a zip", f.format, len(b))
		}
		for _, line := range strings.Split(msg, "\n") {
			if strings.Contains(strings.ToLower(line), "error") {
				t.Errorf("soffice --convert-to %s: %s", f.format, line)
			}
		}
		os.WriteFile(filepath.Join(t.ArtifactDir(), "deck."+f.ext), b, 0o644)
		if f.ext == "odp" {
			checkODP(t, b, slides)
		}
	}
}

// checkODP checks that LibreOffice read the speaker notes and the alt
// text: the ODP's content holds every note and every chart's description.
func checkODP(t *testing.T, odp []byte, slides []pptx.Slide) {
	t.Helper()
	parts, _ := unzip(t, odp)
	var text strings.Builder
	d := xml.NewDecoder(bytes.NewReader(parts["content.xml"]))
	for {
		tok, err := d.Token()
		if err != nil {
			break
		}
		if cd, ok := tok.(xml.CharData); ok {
			text.Write(cd)
		}
	}
	all := text.String()
	for _, s := range slides[1:] {
		if !strings.Contains(all, s.Alt()) {
			t.Errorf("LibreOffice lost the alt text %q", s.Alt())
		}
		for _, n := range s.Notes {
			if !strings.Contains(all, n) {
				t.Errorf("LibreOffice lost the note %q of view %s", n, s.View)
			}
		}
	}
}

// TestLibreOfficeHostile converts the hostile deck to PDF: the text is
// there as written, and no slide is lost.
func TestLibreOfficeHostile(t *testing.T) {
	clients(t)
	var buf bytes.Buffer
	c := hostileCatalog()
	if err := pptx.Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	pdf, _ := convert(t, buf.Bytes(), "pdf", "pdf")
	cmd := exec.Command("pdftotext", "-", "-")
	cmd.Stdin = bytes.NewReader(pdf)
	text, err := cmd.Output()
	if err != nil {
		t.Fatalf("pdftotext: %v", err)
	}
	slides, err := pptx.Slides(c)
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(string(text), "\f"); n != len(slides) {
		t.Errorf("the hostile deck's PDF has %d pages, want %d (a title slide, %d views and the claims)", n, len(slides), len(c.Views))
	}
	flat := strings.Join(strings.Fields(string(text)), " ")
	for _, h := range []string{hostile[0], hostile[1], hostile[2], hostile[3], hostile[6]} {
		if !strings.Contains(flat, h) {
			t.Errorf("the hostile deck's PDF lacks %q", h)
		}
	}
}

// pyScript opens the deck with Python's zipfile, tests every member's CRC
// and parses every XML part with xml.etree; it prints the number of parts.
const pyScript = `
import sys, zipfile, xml.etree.ElementTree as ET
z = zipfile.ZipFile(sys.argv[1])
bad = z.testzip()
if bad is not None:
    sys.exit("bad CRC: " + bad)
n = 0
for name in z.namelist():
    if name.endswith(".xml") or name.endswith(".rels"):
        ET.fromstring(z.read(name))
    n += 1
print(n)
`

func TestPythonZipXML(t *testing.T) {
	clients(t)
	py := "/usr/bin/python3"
	if _, err := os.Stat(py); err != nil {
		t.Fatalf("%s: %v", py, err)
	}
	for name, deck := range map[string][]byte{"default": defaultDeck(t), "hostile": hostileDeck(t)} {
		dir := t.TempDir()
		path := filepath.Join(dir, "deck.pptx")
		os.WriteFile(path, deck, 0o644)
		out, err := exec.Command(py, "-c", pyScript, path).CombinedOutput()
		if err != nil {
			t.Errorf("%s deck: python: %v\n%s", name, err, out)
			continue
		}
		parts, _ := unzip(t, deck)
		if got := strings.TrimSpace(string(out)); got != strconv.Itoa(len(parts)) {
			t.Errorf("%s deck: python read %s parts, want %d", name, got, len(parts))
		}
	}
}

func hostileDeck(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := pptx.Write(&buf, hostileCatalog(), &pptx.Options{Charts: map[string][]byte{"v-0": fakePNG(t, 16, 9)}}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
