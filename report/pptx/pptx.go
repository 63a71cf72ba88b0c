package pptx

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Options says how Write builds a deck. The zero Options, like a nil
// *Options, are the defaults.
type Options struct {
	// Charts maps a chart view's ID to a PNG of the view, placed on the
	// view's slide at its own aspect ratio below the slide's title, above
	// its source line, with both as alt text. The slide carries the title
	// and source as text a user can edit, so the PNG should not repeat
	// them: render it with report/chart's Options{Embed: true, Width:
	// ChartWidth, Height: ChartHeight, DPI: ChartDPI}, which fills the
	// picture box.
	// Views without a PNG get their figures as text instead; PNGs under
	// IDs that are no view of the catalog are not used.
	Charts map[string][]byte
	// Parts maps a chart view's ID to the PNGs of a view drawn over more
	// than one slide (report/chart.Parts with MinLabel: ChartMinLabel),
	// so that no bar label is set below BodyFloor. Each PNG goes on a
	// slide of its own, in order, titled "… (1 of 2)"; a view with Parts
	// takes no image from Charts. A view with one PNG here is one slide.
	Parts map[string][][]byte
	// PartClaims maps a view of Parts to the indicator IDs each of its
	// PNGs draws (report/chart's Slide.Claims), so that the closing
	// slides name the part that holds a claim ("slide 4"), not the
	// view's first. A claim of a split view not listed here is named on
	// the view's first slide.
	PartClaims map[string][][]string
	// Stamp is the build time written in the document properties and the
	// zip entries. The zero Stamp writes fixed times, so that the same
	// catalog and charts give the same bytes.
	Stamp time.Time
}

// ChartWidth and ChartHeight are the pixel size of a chart image that
// fills a slide's picture box (12.33 × 5.5 inches, below the title and
// above the source line) exactly, and ChartDPI the resolution that makes
// report/chart's text slide-sized there: bar labels about 15 points,
// values 18, the smallest text 12.
const (
	ChartWidth  = 1920
	ChartHeight = 856
	ChartDPI    = 144
)

// BodyFloor is the least size, in points, of a deck's body text, the
// bar labels of its charts included; ChartMinLabel is that size in the
// points of a ChartWidth × ChartHeight image at ChartDPI, which the
// picture box shows at 12.33 of its 13.33 inches: the MinLabel of
// report/chart's Options for a deck's charts.
const (
	BodyFloor     = 14
	ChartMinLabel = BodyFloor * (ChartWidth * 72 / ChartDPI) / (float64(SlideWidth-emuPerInch) / emuPerPoint)
)

// Slide size: 16:9, 13.333 × 7.5 inches, in EMU (914,400 to the inch).
const (
	SlideWidth  = 12192000
	SlideHeight = 6858000
)

const emuPerInch = 914400

// Write writes c as a PowerPoint deck (PresentationML, .pptx) to w: a title
// slide, then one slide per chart view with its chart image, title and
// source line, and the quotes behind its figures in the speaker notes.
// Nothing is written to w unless the whole deck could be built. Write
// returns a *TextError for text XML 1.0 cannot carry, and an error for a
// chart that is not a PNG.
func Write(w io.Writer, c *indicators.Catalog, opt *Options) error {
	var o Options
	if opt != nil {
		o = *opt
	}
	counts := map[string]int{}
	for id, pngs := range o.Parts {
		counts[id] = len(pngs)
	}
	slides, err := slides(c, counts, o.PartClaims)
	if err != nil {
		return err
	}
	p := newPkg()
	p.defaults["png"] = "image/png"
	const (
		ctMain     = "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
		ctSlide    = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
		ctNotes    = "application/vnd.openxmlformats-officedocument.presentationml.notesSlide+xml"
		ctMaster   = "application/vnd.openxmlformats-officedocument.presentationml.slideMaster+xml"
		ctLayout   = "application/vnd.openxmlformats-officedocument.presentationml.slideLayout+xml"
		ctNotesMst = "application/vnd.openxmlformats-officedocument.presentationml.notesMaster+xml"
		ctTheme    = "application/vnd.openxmlformats-officedocument.theme+xml"
		ctPresPr   = "application/vnd.openxmlformats-officedocument.presentationml.presProps+xml"
		ctViewPr   = "application/vnd.openxmlformats-officedocument.presentationml.viewProps+xml"
		ctTblSt    = "application/vnd.openxmlformats-officedocument.presentationml.tableStyles+xml"
		ctCore     = "application/vnd.openxmlformats-package.core-properties+xml"
		ctApp      = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
	)
	p.add("_rels/.rels", "", rels(
		rel{relOffice, "ppt/presentation.xml"},
		rel{relCore, "docProps/core.xml"},
		rel{relApp, "docProps/app.xml"},
	))
	p.add("docProps/core.xml", ctCore, coreXML(slides[0].Title, o.Stamp))
	p.add("docProps/app.xml", ctApp, appXML(slides))
	p.add("ppt/slideMasters/slideMaster1.xml", ctMaster, []byte(slideMasterXML))
	p.add("ppt/slideMasters/_rels/slideMaster1.xml.rels", "", rels(
		rel{relLayout, "../slideLayouts/slideLayout1.xml"},
		rel{relTheme, "../theme/theme1.xml"},
	))
	p.add("ppt/slideLayouts/slideLayout1.xml", ctLayout, []byte(slideLayoutXML))
	p.add("ppt/slideLayouts/_rels/slideLayout1.xml.rels", "", rels(rel{relMaster, "../slideMasters/slideMaster1.xml"}))
	p.add("ppt/notesMasters/notesMaster1.xml", ctNotesMst, []byte(notesMasterXML))
	p.add("ppt/notesMasters/_rels/notesMaster1.xml.rels", "", rels(rel{relTheme, "../theme/theme2.xml"}))
	p.add("ppt/theme/theme1.xml", ctTheme, themeXML("claimbook"))
	p.add("ppt/theme/theme2.xml", ctTheme, themeXML("claimbook notes"))
	p.add("ppt/presProps.xml", ctPresPr, []byte(presPropsXML))
	p.add("ppt/viewProps.xml", ctViewPr, []byte(viewPropsXML))
	p.add("ppt/tableStyles.xml", ctTblSt, []byte(tableStylesXML))

	presRels := []rel{
		{relMaster, "slideMasters/slideMaster1.xml"},
		{relNotesMaster, "notesMasters/notesMaster1.xml"},
		{relPresProps, "presProps.xml"},
		{relViewProps, "viewProps.xml"},
		{relTheme, "theme/theme1.xml"},
		{relTableStyles, "tableStyles.xml"},
	}
	firstSlideRel := len(presRels) + 1
	images := 0
	var titles []string
	for i := 1; i < len(slides); i++ {
		titles = append(titles, slides[i].Title)
	}
	size := deckTitleSize(titles, float64(titleBox.cx)/emuPerPoint)
	for i := range slides {
		s := &slides[i]
		n := strconv.Itoa(i + 1)
		name := "ppt/slides/slide" + n + ".xml"
		presRels = append(presRels, rel{relSlide, "slides/slide" + n + ".xml"})
		srels := []rel{{relLayout, "../slideLayouts/slideLayout1.xml"}}
		var img *picture
		png := o.Charts[s.View]
		if pngs := o.Parts[s.View]; len(pngs) > 0 {
			png = pngs[max(s.Part, 1)-1]
		}
		if s.View != "" && png != nil {
			pic, err := fitPNG(s.View, png)
			if err != nil {
				return err
			}
			images++
			media := "image" + strconv.Itoa(images) + ".png"
			p.add("ppt/media/"+media, "", png)
			srels = append(srels, rel{relImage, "../media/" + media})
			pic.rID = "rId" + strconv.Itoa(len(srels))
			img = &pic
		}
		if i == 0 {
			p.add(name, ctSlide, titleSlideXML(s))
		} else {
			srels = append(srels, rel{relNotesSlide, "../notesSlides/notesSlide" + n + ".xml"})
			p.add(name, ctSlide, chartSlideXML(s, img, size))
			p.add("ppt/notesSlides/notesSlide"+n+".xml", ctNotes, notesSlideXML(s))
			p.add("ppt/notesSlides/_rels/notesSlide"+n+".xml.rels", "", rels(
				rel{relNotesMaster, "../notesMasters/notesMaster1.xml"},
				rel{relSlide, "../slides/slide" + n + ".xml"},
			))
		}
		p.add("ppt/slides/_rels/slide"+n+".xml.rels", "", rels(srels...))
	}
	p.add("ppt/presentation.xml", ctMain, presentationXML(len(slides), firstSlideRel))
	p.add("ppt/_rels/presentation.xml.rels", "", rels(presRels...))

	var buf bytes.Buffer
	if err := p.writeZip(&buf, o.Stamp); err != nil {
		return err
	}
	_, err = w.Write(buf.Bytes())
	return err
}

// A picture is where a chart image goes on its slide, in EMU.
type picture struct {
	x, y, cx, cy int64
	rID          string
}

// The box chart images are fitted into: below the title, above the source
// line, the slide's width less half-inch margins.
const (
	picLeft   = emuPerInch / 2
	picTop    = 1.3 * emuPerInch
	picWidth  = SlideWidth - emuPerInch
	picHeight = 5.5 * emuPerInch
)

// fitPNG checks that b is a PNG and places it in the picture box at its
// own aspect ratio, its text aligned with the title's.
func fitPNG(view string, b []byte) (picture, error) {
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		return picture{}, fmt.Errorf("pptx: chart of view %q is not a PNG: %v", view, err)
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return picture{}, fmt.Errorf("pptx: chart of view %q is an empty image", view)
	}
	cx, cy := int64(picWidth), int64(picWidth)*int64(cfg.Height)/int64(cfg.Width)
	if cy > picHeight {
		cx, cy = int64(picHeight)*int64(cfg.Width)/int64(cfg.Height), int64(picHeight)
	}
	// The chart's own text starts at its margin (chartMargin): the picture
	// stands that far left of the title, so that the subtitle and key
	// start under the title's first letter, as on the PNG charts, not
	// indented by the space a centred picture leaves.
	x := max(0, picLeft-min(cx, cy)*chartMargin/1080)
	return picture{x: x, y: picTop + (picHeight-cy)/2, cx: cx, cy: cy}, nil
}

// chartMargin is the margin of a chart rendered with report/chart's
// Options{Embed: true}, in pixels of an image whose short side is 1,080.
const chartMargin = 32

// Relationship types.
const (
	relOffice      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relCore        = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
	relApp         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties"
	relMaster      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideMaster"
	relLayout      = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout"
	relSlide       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
	relNotesMaster = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesMaster"
	relNotesSlide  = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide"
	relTheme       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/theme"
	relImage       = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
	relPresProps   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/presProps"
	relViewProps   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/viewProps"
	relTableStyles = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/tableStyles"
)

// A rel is one relationship of a part; its ID is rId and its place in the
// list, from 1.
type rel struct{ typ, target string }

func rels(rs ...rel) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	for i, r := range rs {
		fmt.Fprintf(&b, `<Relationship Id="rId%d" Type="%s" Target="%s"/>`, i+1, r.typ, esc(r.target))
	}
	b.WriteString(`</Relationships>`)
	return []byte(b.String())
}

const xmlHeader = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// nsPML declares the namespaces of PresentationML parts.
const nsPML = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`

func presentationXML(slides, firstRel int) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<p:presentation ` + nsPML + ` saveSubsetFonts="1">`)
	b.WriteString(`<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst>`)
	b.WriteString(`<p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>`)
	b.WriteString(`<p:sldIdLst>`)
	for i := range slides {
		fmt.Fprintf(&b, `<p:sldId id="%d" r:id="rId%d"/>`, 256+i, firstRel+i)
	}
	b.WriteString(`</p:sldIdLst>`)
	fmt.Fprintf(&b, `<p:sldSz cx="%d" cy="%d"/><p:notesSz cx="6858000" cy="9144000"/>`, SlideWidth, SlideHeight)
	b.WriteString(`</p:presentation>`)
	return []byte(b.String())
}

func coreXML(title string, stamp time.Time) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">`)
	b.WriteString(`<dc:title>` + esc(title) + `</dc:title><dc:creator>claimbook</dc:creator>`)
	ts := zipEpoch
	if !stamp.IsZero() {
		ts = stamp.UTC()
	}
	t := ts.Format("2006-01-02T15:04:05Z")
	b.WriteString(`<dcterms:created xsi:type="dcterms:W3CDTF">` + t + `</dcterms:created>`)
	b.WriteString(`<dcterms:modified xsi:type="dcterms:W3CDTF">` + t + `</dcterms:modified>`)
	b.WriteString(`</cp:coreProperties>`)
	return []byte(b.String())
}

func appXML(slides []Slide) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader)
	b.WriteString(`<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	fmt.Fprintf(&b, `<Application>claimbook</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>%d</Slides><Notes>%d</Notes>`, len(slides), len(slides)-1)
	b.WriteString(`</Properties>`)
	return []byte(b.String())
}
