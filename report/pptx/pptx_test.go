package pptx_test

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/indicators/usjapan2015"
	"github.com/claimbook/claimbook/report/pptx"
)

// TestStructure checks the package of the default deck: the parts a
// presentation needs are there, every part has a content type and every
// override a part, every relationship resolves to a part, every XML part
// is well formed, and the slides are what the catalog's views ask for.
func TestStructure(t *testing.T) {
	c := usjapan2015.Catalog()
	deck := defaultDeck(t)
	parts, files := unzip(t, deck)
	for _, name := range []string{
		"[Content_Types].xml", "_rels/.rels", "docProps/core.xml", "docProps/app.xml",
		"ppt/presentation.xml", "ppt/_rels/presentation.xml.rels",
		"ppt/slideMasters/slideMaster1.xml", "ppt/slideLayouts/slideLayout1.xml",
		"ppt/notesMasters/notesMaster1.xml", "ppt/theme/theme1.xml", "ppt/theme/theme2.xml",
	} {
		if parts[name] == nil {
			t.Errorf("part %s missing", name)
		}
	}

	// Content types.
	var ct struct {
		Defaults []struct {
			Ext  string `xml:"Extension,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Default"`
		Overrides []struct {
			Part string `xml:"PartName,attr"`
			Type string `xml:"ContentType,attr"`
		} `xml:"Override"`
	}
	if err := xml.Unmarshal(parts["[Content_Types].xml"], &ct); err != nil {
		t.Fatalf("[Content_Types].xml: %v", err)
	}
	types := map[string]string{}
	for _, d := range ct.Defaults {
		types["ext:"+d.Ext] = d.Type
	}
	for _, o := range ct.Overrides {
		name := strings.TrimPrefix(o.Part, "/")
		if parts[name] == nil {
			t.Errorf("content type override for %s, a part the package does not hold", o.Part)
		}
		types[name] = o.Type
	}
	for _, name := range sortedNames(parts) {
		if name == "[Content_Types].xml" {
			continue
		}
		ext := name[strings.LastIndex(name, ".")+1:]
		if types[name] == "" && types["ext:"+ext] == "" {
			t.Errorf("part %s has no content type", name)
		}
	}
	if got, want := types["ppt/presentation.xml"], "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"; got != want {
		t.Errorf("presentation.xml content type %q, want %q", got, want)
	}

	// Well-formed XML, resolving relationships.
	for _, name := range sortedNames(parts) {
		if strings.HasSuffix(name, ".png") {
			continue
		}
		d := xml.NewDecoder(bytes.NewReader(parts[name]))
		for {
			_, err := d.Token()
			if err != nil {
				if err.Error() != "EOF" {
					t.Errorf("%s: %v", name, err)
				}
				break
			}
		}
		if !strings.HasSuffix(name, ".rels") {
			continue
		}
		src := strings.Replace(strings.TrimSuffix(name, ".rels"), "_rels/", "", 1)
		ids := map[string]bool{}
		for _, r := range readRels(t, parts[name]) {
			if ids[r.ID] {
				t.Errorf("%s: relationship id %s twice", name, r.ID)
			}
			ids[r.ID] = true
			if r.TargetMode == "External" {
				t.Errorf("%s: external relationship %s to %s", name, r.ID, r.Target)
				continue
			}
			if to := resolve(src, r.Target); parts[to] == nil {
				t.Errorf("%s: %s points to %s, which the package does not hold", name, r.ID, to)
			}
		}
	}

	// Zip entries sorted, with the fixed time.
	for i, f := range files {
		if i > 0 && files[i-1].Name >= f.Name {
			t.Errorf("zip entry %s after %s: want the parts sorted", f.Name, files[i-1].Name)
		}
		if got := f.Modified.Format(time.DateTime); got != "1980-01-01 00:00:00" {
			t.Errorf("zip entry %s modified %s, want 1980-01-01 00:00:00", f.Name, got)
		}
	}

	// 16:9, a title slide and a slide per view, each with its notes and
	// its chart.
	p := string(parts["ppt/presentation.xml"])
	if !strings.Contains(p, `<p:sldSz cx="12192000" cy="6858000"/>`) {
		t.Errorf("presentation.xml has no 16:9 slide size: %s", p)
	}
	slides := slideParts(t, parts)
	listed, _ := pptx.Slides(c)
	if len(slides) != len(listed) || len(slides) < len(c.Views)+2 {
		t.Fatalf("%d slides, want %d (a title slide, %d views and the claims)", len(slides), len(listed), len(c.Views))
	}
	for _, s := range slides[len(c.Views)+1:] {
		if got := paragraphs(t, parts[s])[0]; !strings.HasPrefix(got, "All claims") && !strings.HasPrefix(got, pptx.DerivedTitle) {
			t.Errorf("%s: title %q, want a closing slide \"All claims\" or %q", s, got, pptx.DerivedTitle)
		}
		if target(t, parts, s, "notesSlide") == "" {
			t.Errorf("%s (the claims) has no notes", s)
		}
	}
	for i, s := range slides[1 : len(c.Views)+1] {
		v := &c.Views[i]
		if got := target(t, parts, s, "slideLayout"); got != "ppt/slideLayouts/slideLayout1.xml" {
			t.Errorf("%s: layout %q", s, got)
		}
		notes := target(t, parts, s, "notesSlide")
		if notes == "" {
			t.Errorf("%s (view %s) has no notes slide", s, v.ID)
		} else if back := target(t, parts, notes, "slide"); back != s {
			t.Errorf("%s: its notes %s point back to %q", s, notes, back)
		}
		img := target(t, parts, s, "image")
		if !bytes.Equal(parts[img], defaultCharts(t)[v.ID]) {
			t.Errorf("%s: image %q is not the chart of view %s", s, img, v.ID)
		}
		// The title may be balanced into lines (balanceTitle).
		if got := strings.ReplaceAll(paragraphs(t, parts[s])[0], "\n", " "); got != v.Title {
			t.Errorf("%s: title %q, want the view's title %q", s, got, v.Title)
		}
	}
	if target(t, parts, slides[0], "notesSlide") != "" {
		t.Errorf("the title slide has notes")
	}
}

// TestDeterministic builds the default deck twice in one process and
// compares the bytes.
func TestDeterministic(t *testing.T) {
	a, b := defaultDeck(t), defaultDeck(t)
	if !bytes.Equal(a, b) {
		t.Errorf("two builds of the default deck differ: %d and %d bytes", len(a), len(b))
	}
}

// TestReproducible builds the default deck in two processes and compares
// their SHA-256.
func TestReproducible(t *testing.T) {
	if os.Getenv("CLAIMBOOK_PPTX_OUT") != "" {
		return // TestReproducibleChild runs in the child
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	var sums []string
	for i := range 2 {
		out := filepath.Join(t.TempDir(), fmt.Sprintf("deck-%d.pptx", i))
		cmd := exec.Command(exe, "-test.run=^TestReproducibleChild$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CLAIMBOOK_PPTX_OUT="+out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("child: %v\n%s", err, b)
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		s := sha256.Sum256(b)
		sums = append(sums, hex.EncodeToString(s[:]))
	}
	if sums[0] != sums[1] {
		t.Errorf("two processes wrote different decks: sha256 %s and %s", sums[0], sums[1])
	}
}

// TestReproducibleChild writes the deck for TestReproducible in a process
// of its own.
func TestReproducibleChild(t *testing.T) {
	out := os.Getenv("CLAIMBOOK_PPTX_OUT")
	if out == "" {
		t.Skip("run by TestReproducible in a child process")
	}
	if err := os.WriteFile(out, defaultDeck(t), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestStamp(t *testing.T) {
	stamp := time.Date(2026, 1, 2, 3, 4, 6, 0, time.UTC)
	var buf bytes.Buffer
	if err := pptx.Write(&buf, usjapan2015.Catalog(), &pptx.Options{Stamp: stamp}); err != nil {
		t.Fatal(err)
	}
	parts, files := unzip(t, buf.Bytes())
	core := string(parts["docProps/core.xml"])
	for _, want := range []string{
		`<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T03:04:06Z</dcterms:created>`,
		`<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-02T03:04:06Z</dcterms:modified>`,
	} {
		if !strings.Contains(core, want) {
			t.Errorf("core.xml = %s, want it to hold %s", core, want)
		}
	}
	for _, f := range files {
		if !f.Modified.Equal(stamp) {
			t.Errorf("zip entry %s modified %v, want %v", f.Name, f.Modified, stamp)
		}
	}
}

// TestSourceLine checks that a slide's source line is the catalog's, the
// chart footer's words.
func TestSourceLine(t *testing.T) {
	c := usjapan2015.Catalog()
	many := manySources(5)
	for _, tc := range []struct {
		name string
		c    *indicators.Catalog
	}{{"embedded", c}, {"five sources", many}} {
		slides, err := pptx.Slides(tc.c)
		if err != nil {
			t.Fatal(err)
		}
		for i, s := range slides[1 : len(tc.c.Views)+1] {
			v := &tc.c.Views[i]
			if want := tc.c.SourceLine(v.Indicators); s.Source != want {
				t.Errorf("%s: Slides(c)[%d].Source = %q, want SourceLine %q", tc.name, i+1, s.Source, want)
			}
		}
	}
	if s, _ := pptx.Slides(many); !strings.HasSuffix(s[1].Source, "; and other sources") {
		t.Errorf("five sources: Source = %q, want it to end with \"; and other sources\"", s[1].Source)
	}
}

// manySources is a catalog of n indicators, each from a source of its own,
// and a view of all of them and of a derived indicator over the first two.
func manySources(n int) *indicators.Catalog {
	c := &indicators.Catalog{}
	v := indicators.ChartView{ID: "all", Title: "All", Indicators: []string{"d"}}
	for i := range n {
		id := "s" + strconv.Itoa(i)
		c.Sources = append(c.Sources, indicators.Source{ID: id, Title: "Title " + id, Publisher: "Publisher " + id, Issued: indicators.Date{Year: 2020 + i}})
		c.Indicators = append(c.Indicators, indicators.Indicator{ID: "i" + strconv.Itoa(i), Title: "Figure " + id, Stated: "$" + strconv.Itoa(i+1) + " billion",
			Quantity: indicators.Point(indicators.NewDecimal(int64(i+1), 9), 0), Provenance: []indicators.Provenance{{Source: id, Quote: "quote of " + id}}})
		v.Indicators = append(v.Indicators, "i"+strconv.Itoa(i))
	}
	c.Derived = []indicators.Derived{{ID: "d", Title: "Sum", Op: indicators.Sum, Inputs: []string{"i0", "i1"}}}
	c.Views = []indicators.ChartView{v}
	return c
}

// TestNotes checks that the speaker notes of each view's slide hold every
// quote behind its figures, verbatim, with the source URL and the quote's
// code point span, derived figures through their inputs.
func TestNotes(t *testing.T) {
	for _, c := range []*indicators.Catalog{usjapan2015.Catalog(), manySources(4)} {
		var buf bytes.Buffer
		if err := pptx.Write(&buf, c, nil); err != nil {
			t.Fatal(err)
		}
		parts, _ := unzip(t, buf.Bytes())
		slides := slideParts(t, parts)
		for i := range c.Views {
			v := &c.Views[i]
			notesPart := target(t, parts, slides[i+1], "notesSlide")
			notes := strings.Join(paragraphs(t, parts[notesPart]), "\n")
			n := 0
			for _, id := range v.Indicators {
				for _, p := range quotesOf(c, id) {
					n++
					if !strings.Contains(notes, "“"+p.Quote+"”") {
						t.Errorf("view %s: notes lack the quote %q:\n%s", v.ID, p.Quote, notes)
					}
					sp := c.RuneProvenanceSpan(p)
					if want := fmt.Sprintf("code points %d–%d", sp.Start, sp.End); !strings.Contains(notes, want) {
						t.Errorf("view %s: notes lack %q", v.ID, want)
					}
					src, _ := c.Source(p.Source)
					if !strings.Contains(notes, src.URL) || !strings.Contains(notes, src.Title) {
						t.Errorf("view %s: notes lack the source %q %q", v.ID, src.Title, src.URL)
					}
					if len(p.Section) > 0 && !strings.Contains(notes, "Section: "+strings.Join(p.Section, " > ")) {
						t.Errorf("view %s: notes lack the section %q", v.ID, p.Section)
					}
				}
				// Its title; the words are the All claims line's (TestNotesSayClaims).
				if ind, ok := c.Indicator(id); ok && !strings.Contains(notes, ind.Title) {
					t.Errorf("view %s: notes lack %q", v.ID, ind.Title)
				}
			}
			if n == 0 {
				t.Errorf("view %s: no quotes to look for", v.ID)
			}
		}
	}
}

// TestContextNote checks that the context note of the embedded catalog's
// target, knowledge from outside the document, is in the notes and says
// so.
func TestContextNote(t *testing.T) {
	slides, err := pptx.Slides(usjapan2015.Catalog())
	if err != nil {
		t.Fatal(err)
	}
	var notes []string
	for _, s := range slides {
		if s.View == "us-emissions-target-2025" {
			notes = s.Notes
		}
	}
	found := false
	for _, n := range notes {
		if strings.HasPrefix(n, "Context note, not from the document (source: U.S. Cover Note") && strings.Contains(n, "2005") {
			found = true
		}
	}
	if !found {
		t.Errorf("notes of us-emissions-target-2025 = %q, want a context note on the 2005 base year", notes)
	}
}

// hostile are texts that would be markup, or break it, if written raw.
var hostile = []string{
	`<script>alert("x")</script>`,
	"Q&A & more &amp; an entity",
	"a CDATA end ]]> in text",
	`"double" and 'single' quotes`,
	"line one\nline two",
	"tab\tseparated",
	"<p:sp><a:t>injected</a:t></p:sp>",
	"right-to-left \u202Etext\u202C, emoji 🎉 and ℃",
}

// hostileCatalog has one indicator and one view per hostile text, in its
// title, quote and section, and a source whose title, publisher and URL
// are hostile.
func hostileCatalog() *indicators.Catalog {
	c := &indicators.Catalog{Sources: []indicators.Source{{ID: "s", Title: hostile[0], Publisher: hostile[1], URL: "https://example.com/a?b=1&c=<2>\"]]>"}}}
	for i, h := range hostile {
		id := fmt.Sprintf("h-%d", i)
		c.Indicators = append(c.Indicators, indicators.Indicator{
			ID: id, Title: h, Stated: h, Quantity: indicators.Point(indicators.NewDecimal(int64(i), 0), 0),
			Provenance: []indicators.Provenance{{Source: "s", Quote: h, Section: []string{h}}},
		})
		c.Views = append(c.Views, indicators.ChartView{ID: "v-" + strconv.Itoa(i), Title: h, Indicators: []string{id}})
	}
	return c
}

func TestHostileText(t *testing.T) {
	c := hostileCatalog()
	var buf bytes.Buffer
	charts := map[string][]byte{"v-0": fakePNG(t, 16, 9)}
	if err := pptx.Write(&buf, c, &pptx.Options{Charts: charts}); err != nil {
		t.Fatalf("Write: %v", err)
	}
	os.WriteFile(filepath.Join(t.ArtifactDir(), "hostile.pptx"), buf.Bytes(), 0o644)
	parts, _ := unzip(t, buf.Bytes())
	for _, name := range sortedNames(parts) {
		if bytes.Contains(parts[name], []byte("<script")) || bytes.Contains(parts[name], []byte("injected</a:t>")) {
			t.Errorf("%s holds catalog text as markup", name)
		}
	}
	slides := slideParts(t, parts)
	if got := paragraphs(t, parts[slides[0]])[0]; got != hostile[0] {
		t.Errorf("title slide title = %q, want %q", got, hostile[0])
	}
	if got := paragraphs(t, parts[slides[0]])[1]; got != hostile[1] {
		t.Errorf("title slide publisher = %q, want %q", got, hostile[1])
	}
	want, _ := pptx.Slides(c)
	for i, h := range hostile {
		s := slides[i+1]
		paras := paragraphs(t, parts[s])
		if paras[0] != h {
			t.Errorf("%s: title %q, want %q", s, paras[0], h)
		}
		if got := paras[len(paras)-1]; got != want[i+1].Source {
			t.Errorf("%s: source line %q, want %q", s, got, want[i+1].Source)
		}
		notes := paragraphs(t, parts[target(t, parts, s, "notesSlide")])
		if !contains(notes, "“"+h+"”") || !contains(notes, "Section: "+h) {
			t.Errorf("%s: notes %q lack the quote and section %q", s, notes, h)
		}
	}
	descr := attrs(t, parts[slides[1]], "descr")
	if len(descr) != 1 || descr[0] != want[1].Alt() {
		t.Errorf("alt text %q, want [%q]", descr, want[1].Alt())
	}
	if !strings.Contains(want[1].Alt(), hostile[0]) {
		t.Errorf("Alt() = %q, want the title and source", want[1].Alt())
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestBadText(t *testing.T) {
	tests := []struct {
		name  string
		spoil func(c *indicators.Catalog)
		where string
		r     rune
	}{
		{"NUL in a quote", func(c *indicators.Catalog) { c.Indicators[0].Provenance[0].Quote = "a\x00b" }, `indicator "h-0" quote`, 0},
		{"bell in a title", func(c *indicators.Catalog) { c.Indicators[2].Title = "ring\x07" }, `indicator "h-2" title`, 7},
		{"escape in a section", func(c *indicators.Catalog) { c.Indicators[1].Provenance[0].Section = []string{"ok", "\x1b[31m"} }, `indicator "h-1" section`, 0x1b},
		{"form feed in a view title", func(c *indicators.Catalog) { c.Views[3].Title = "page\fbreak" }, `view "v-3" title`, '\f'},
		{"U+FFFE in a source title", func(c *indicators.Catalog) { c.Sources[0].Title = "x\uFFFE" }, `source "s" title`, 0xFFFE},
		{"vertical tab in a note", func(c *indicators.Catalog) {
			c.Indicators[4].Notes = []indicators.Note{{Text: "a\vb"}}
		}, `indicator "h-4" note`, '\v'},
		{"invalid UTF-8 in stated", func(c *indicators.Catalog) { c.Indicators[5].Stated = "\xff" }, `indicator "h-5" stated`, -1}, // CharError: -1 for a byte that is not UTF-8,
	}
	for _, tc := range tests {
		c := hostileCatalog()
		tc.spoil(c)
		var buf bytes.Buffer
		err := pptx.Write(&buf, c, nil)
		var te *pptx.TextError
		if !errors.As(err, &te) {
			t.Errorf("%s: Write = %v, want a *TextError", tc.name, err)
			continue
		}
		if te.Where != tc.where || te.Rune != tc.r {
			t.Errorf("%s: TextError{Where: %q, Rune: %U}, want {%q, %U}", tc.name, te.Where, te.Rune, tc.where, tc.r)
		}
		if !strings.HasPrefix(err.Error(), "pptx: "+tc.where+": ") {
			t.Errorf("%s: error %q, want it to start with %q", tc.name, err, "pptx: "+tc.where+": ")
		}
		if buf.Len() != 0 {
			t.Errorf("%s: Write wrote %d bytes with an error", tc.name, buf.Len())
		}
	}
}

func TestNotPNG(t *testing.T) {
	c := usjapan2015.Catalog()
	for _, b := range [][]byte{[]byte("GIF89a..."), {}, fakePNG(t, 4, 3)[:20]} {
		var buf bytes.Buffer
		err := pptx.Write(&buf, c, &pptx.Options{Charts: map[string][]byte{"trade-2014": b}})
		if err == nil || !strings.HasPrefix(err.Error(), `pptx: chart of view "trade-2014" is not a PNG`) {
			t.Errorf("Write with chart %q = %v, want an error saying the chart of view \"trade-2014\" is not a PNG", b, err)
		}
		if buf.Len() != 0 {
			t.Errorf("Write wrote %d bytes with an error", buf.Len())
		}
	}
}

// TestPictureFit checks that a chart keeps its aspect ratio and stays
// within the slide, below the title and above the source line.
func TestPictureFit(t *testing.T) {
	c := usjapan2015.Catalog()
	tests := []struct{ w, h int }{{1920, 1080}, {1440, 1080}, {1080, 1080}, {3000, 500}, {300, 2000}}
	for _, tc := range tests {
		var buf bytes.Buffer
		err := pptx.Write(&buf, c, &pptx.Options{Charts: map[string][]byte{"trade-2014": fakePNG(t, tc.w, tc.h)}})
		if err != nil {
			t.Fatal(err)
		}
		parts, _ := unzip(t, buf.Bytes())
		var s string
		for _, p := range slideParts(t, parts) {
			if target(t, parts, p, "image") != "" {
				s = p
			}
		}
		var sld struct {
			Pic struct {
				Off struct {
					X int64 `xml:"x,attr"`
					Y int64 `xml:"y,attr"`
				} `xml:"off"`
				Ext struct {
					CX int64 `xml:"cx,attr"`
					CY int64 `xml:"cy,attr"`
				} `xml:"ext"`
			} `xml:"cSld>spTree>pic>spPr>xfrm"`
		}
		if err := xml.Unmarshal(parts[s], &sld); err != nil {
			t.Fatal(err)
		}
		off, ext := sld.Pic.Off, sld.Pic.Ext
		got := float64(ext.CX) / float64(ext.CY)
		want := float64(tc.w) / float64(tc.h)
		if d := got/want - 1; d > 1e-4 || d < -1e-4 {
			t.Errorf("%d×%d chart: picture %d×%d EMU, aspect %.4f, want %.4f", tc.w, tc.h, ext.CX, ext.CY, got, want)
		}
		if off.X < 0 || ext.CX <= 0 || off.X+ext.CX > pptx.SlideWidth || off.Y < 1188720 || off.Y+ext.CY > 6217920 {
			t.Errorf("%d×%d chart: picture at (%d, %d) size %d×%d EMU, outside the chart box", tc.w, tc.h, off.X, off.Y, ext.CX, ext.CY)
		}
	}
}

// TestPictureFramed checks that a chart's picture has an outline: its
// white panel is clearly there on the slide, not a faint 254 edge where a
// PDF export recompresses it.
func TestPictureFramed(t *testing.T) {
	var buf bytes.Buffer
	err := pptx.Write(&buf, usjapan2015.Catalog(), &pptx.Options{Charts: map[string][]byte{"trade-2014": fakePNG(t, 1920, 856)}})
	if err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, buf.Bytes())
	n := 0
	for _, p := range slideParts(t, parts) {
		if target(t, parts, p, "image") == "" {
			continue
		}
		n++
		var sld struct {
			Line struct {
				W    int `xml:"w,attr"`
				Fill struct {
					Val string `xml:"val,attr"`
				} `xml:"solidFill>srgbClr"`
			} `xml:"cSld>spTree>pic>spPr>ln"`
		}
		if err := xml.Unmarshal(parts[p], &sld); err != nil {
			t.Fatal(err)
		}
		if sld.Line.W <= 0 || sld.Line.Fill.Val == "" {
			t.Errorf("%s: the chart picture has outline %+v, want a line of some width and colour", p, sld.Line)
		}
	}
	if n == 0 {
		t.Fatal("no slide has a chart picture")
	}
}

// TestNoChart checks that a view without a chart image shows its figures
// as the document states them.
func TestNoChart(t *testing.T) {
	c := usjapan2015.Catalog()
	var buf bytes.Buffer
	if err := pptx.Write(&buf, c, nil); err != nil {
		t.Fatal(err)
	}
	parts, _ := unzip(t, buf.Bytes())
	for _, name := range sortedNames(parts) {
		if strings.HasPrefix(name, "ppt/media/") {
			t.Errorf("deck without charts holds %s", name)
		}
	}
	slides := slideParts(t, parts)
	v, _ := c.View("ghsa-partners")
	for i := range c.Views {
		if c.Views[i].ID != v.ID {
			continue
		}
		paras := paragraphs(t, parts[slides[i+1]])
		paras[0] = strings.ReplaceAll(paras[0], "\n", " ")                       // the title's balanced lines
		paras[len(paras)-1] = strings.ReplaceAll(paras[len(paras)-1], "\n", " ") // the source's
		want := []string{v.Title,
			"Countries the United States is to partner with under the GHSA: 30 countries",
			"Countries Japan is to consider partnering with under the GHSA: 3-5 countries",
			c.SourceLine(v.Indicators)}
		if strings.Join(paras, "\n") != strings.Join(want, "\n") {
			t.Errorf("slide of %s = %q, want %q", v.ID, paras, want)
		}
	}
}

// TestEmpty writes the deck of an empty catalog: a title slide alone.
func TestEmpty(t *testing.T) {
	for _, c := range []*indicators.Catalog{nil, {}} {
		var buf bytes.Buffer
		if err := pptx.Write(&buf, c, nil); err != nil {
			t.Fatalf("Write(%v): %v", c, err)
		}
		parts, _ := unzip(t, buf.Bytes())
		slides := slideParts(t, parts)
		if len(slides) != 1 {
			t.Errorf("empty catalog: %d slides, want 1", len(slides))
			continue
		}
		if got, want := strings.Join(paragraphs(t, parts[slides[0]]), "|"), "Claims|0 figures, 0 charts"; got != want {
			t.Errorf("empty catalog: title slide %q, want %q", got, want)
		}
	}
}

// TestTitleAndSourceOnce: a chart slide says its title and its source
// line once each, as text, and its picture is a chart without them (the
// embedded rendering, at ChartWidth×ChartHeight, filling the picture box).
func TestTitleAndSourceOnce(t *testing.T) {
	c := usjapan2015.Catalog()
	parts, _ := unzip(t, defaultDeck(t))
	slides := slideParts(t, parts)
	for i := range c.Views {
		v := &c.Views[i]
		name := slides[i+1]
		paras := paragraphs(t, parts[name])
		for _, want := range []string{v.Title, c.SourceLine(v.Indicators)} {
			n := 0
			for _, p := range paras {
				n += strings.Count(strings.ReplaceAll(p, "\n", " "), want) // a title's balanced lines
			}
			if n != 1 {
				t.Errorf("slide of %s says %q %d times, want once; it says %q", v.ID, want, n, paras)
			}
		}
		img := target(t, parts, name, "image")
		cfg, err := png.DecodeConfig(bytes.NewReader(parts[img]))
		if err != nil {
			t.Fatalf("slide of %s: picture %s: %v", v.ID, img, err)
		}
		if cfg.Width != pptx.ChartWidth || cfg.Height != pptx.ChartHeight {
			t.Errorf("slide of %s: picture %d×%d, want %d×%d", v.ID, cfg.Width, cfg.Height, pptx.ChartWidth, pptx.ChartHeight)
		}
	}
}
