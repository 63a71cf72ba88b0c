package pptx

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Colours of slide text, as RGB hex.
const (
	colorTitle = "1A1A1A"
	colorBody  = "333333"
	colorMuted = "595959"
)

// A textStyle is how a run of text is drawn: size in hundredths of a point.
type textStyle struct {
	size  int
	bold  bool
	color string
	font  string // "+mj-lt" (headings) or "+mn-lt" (body), the theme's fonts
	space int    // space before each paragraph but the first, in hundredths of a point
}

func (st textStyle) rPr(tag string) string {
	b := ""
	if st.bold {
		b = ` b="1"`
	}
	return fmt.Sprintf(`<a:%s lang="en-US" sz="%d"%s dirty="0"><a:solidFill><a:srgbClr val="%s"/></a:solidFill><a:latin typeface="%s"/></a:%s>`,
		tag, st.size, b, st.color, st.font, tag)
}

// para writes text as one paragraph, its line breaks as <a:br/>, aligned
// "l" or "ctr".
func para(b *strings.Builder, text string, st textStyle, algn string, first bool) {
	if first || st.space == 0 {
		b.WriteString(`<a:p><a:pPr marL="0" indent="0" algn="` + algn + `"><a:buNone/></a:pPr>`)
	} else {
		fmt.Fprintf(b, `<a:p><a:pPr marL="0" indent="0" algn="%s"><a:spcBef><a:spcPts val="%d"/></a:spcBef><a:buNone/></a:pPr>`, algn, st.space)
	}
	for i, line := range lines(text) {
		if i > 0 {
			b.WriteString(`<a:br>` + st.rPr("rPr") + `</a:br>`)
		}
		if line == "" {
			continue
		}
		b.WriteString(`<a:r>` + st.rPr("rPr") + `<a:t>` + esc(line) + `</a:t></a:r>`)
	}
	b.WriteString(st.rPr("endParaRPr") + `</a:p>`)
}

// A box is a rectangle on a slide, in EMU.
type box struct{ x, y, cx, cy int64 }

func (r box) xfrm() string {
	return fmt.Sprintf(`<a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm>`, r.x, r.y, r.cx, r.cy)
}

func in(f float64) int64 { return int64(f * emuPerInch) }

// emuPerPoint is how many EMU a point is.
const emuPerPoint = emuPerInch / 72

// Where the text of a chart slide goes.
var (
	titleBox  = box{in(0.5), in(0.25), SlideWidth - in(1), in(1.0)}
	sourceBox = box{in(0.5), in(6.9), SlideWidth - in(1), in(0.5)}
	bodyBox   = box{picLeft, picTop, picWidth, picHeight}

	coverTitleBox = box{in(0.75), in(1.5), SlideWidth - in(1.5), in(2.4)}
	coverBodyBox  = box{in(0.75), in(4.1), SlideWidth - in(1.5), in(2.6)}
)

// titleSize is the title's font size, in hundredths of a point: smaller
// for long titles, so that they fit their box in two lines.
func titleSize(title string, sizes [3]int) int {
	switch n := utf8.RuneCountInString(title); {
	case n <= 60:
		return sizes[0]
	case n <= 110:
		return sizes[1]
	}
	return sizes[2]
}

// panelFrame is the outline of a chart's picture: three quarters of a
// point of light grey.
const panelFrame = `<a:ln w="9525"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln>`

// chartTitleSizes are the sizes a chart slide's title may take, in
// hundredths of a point, largest first; at each, a title may wrap to two
// lines of the title box.
var chartTitleSizes = []int{3200, 2800, 2400, 2200}

// titleLeading is the height of a line of a slide's title, in ems, as
// LibreOffice and PowerPoint set the theme's bold sans serif.
const titleLeading = 1.2

// deckTitleSize returns the one size of every chart slide's title of a
// deck (hundredths of a point): the largest of chartTitleSizes at which
// each of titles fits two lines of a box width points wide; the smallest
// if none. One deck, one title size: a long title wraps to two lines
// rather than shrinks, and a short one is not set larger than the rest.
func deckTitleSize(titles []string, width float64) int {
	const most = 2
	// The lines must also fit the box's height, a line's leading apart,
	// so that a title of two lines never reaches the chart's frame below
	// it (two lines at 32 points overflowed the inch onto it).
	high := float64(titleBox.cy) / emuPerPoint
	for _, sz := range chartTitleSizes {
		fits := true
		for _, t := range titles {
			if textPoints(t, float64(sz)/100) < 0 {
				continue
			}
			n := len(wrapWords(strings.Fields(t), float64(sz)/100, width))
			if n > most || float64(n)*titleLeading*float64(sz)/100 > high {
				fits = false
				break
			}
		}
		if fits {
			return sz
		}
	}
	return chartTitleSizes[len(chartTitleSizes)-1]
}

const spTreeStart = `<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>` +
	`<p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>`

const spTreeEnd = `</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>`

// titleShape writes the title placeholder.
func titleShape(b *strings.Builder, id int, r box, text string, st textStyle, algn, anchor string) {
	fmt.Fprintf(b, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="Title %d"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>`, id, id-1)
	b.WriteString(`<p:spPr>` + r.xfrm() + `</p:spPr>`)
	b.WriteString(`<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="` + anchor + `"><a:normAutofit/></a:bodyPr><a:lstStyle/>`)
	para(b, text, st, algn, true)
	b.WriteString(`</p:txBody></p:sp>`)
}

// textShape writes a text box of paragraphs.
func textShape(b *strings.Builder, id int, name string, r box, paras []string, st textStyle, algn, anchor string) {
	fmt.Fprintf(b, `<p:sp><p:nvSpPr><p:cNvPr id="%d" name="%s"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>`, id, esc(name))
	b.WriteString(`<p:spPr>` + r.xfrm() + `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>`)
	b.WriteString(`<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="` + anchor + `"><a:normAutofit/></a:bodyPr><a:lstStyle/>`)
	for i, p := range paras {
		para(b, p, st, algn, i == 0)
	}
	b.WriteString(`</p:txBody></p:sp>`)
}

func titleSlideXML(s *Slide) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<p:sld ` + nsPML + `>` + spTreeStart)
	size := titleSize(s.Title, [3]int{4000, 3600, 2800})
	title := balanceTitle(s.Title, float64(size)/100, float64(coverTitleBox.cx)/emuPerPoint)
	titleShape(&b, 2, coverTitleBox, title, textStyle{size, true, colorTitle, "+mj-lt", 0}, "ctr", "b")
	textShape(&b, 3, "Subtitle", coverBodyBox, s.Body, textStyle{2000, false, colorMuted, "+mn-lt", 600}, "ctr", "t")
	b.WriteString(spTreeEnd + `</p:sld>`)
	return []byte(b.String())
}

// chartSlideXML writes a chart slide, its title at size (hundredths of a
// point: deckTitleSize).
func chartSlideXML(s *Slide, img *picture, size int) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<p:sld ` + nsPML + `>` + spTreeStart)
	title := balanceTitle(s.Title, float64(size)/100, float64(titleBox.cx)/emuPerPoint)
	titleShape(&b, 2, titleBox, title, textStyle{size, true, colorTitle, "+mj-lt", 0}, "l", "ctr")
	if img != nil {
		fmt.Fprintf(&b, `<p:pic><p:nvPicPr><p:cNvPr id="3" name="Chart" descr="%s"/><p:cNvPicPr><a:picLocks noChangeAspect="1"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>`, esc(s.Alt()))
		fmt.Fprintf(&b, `<p:blipFill><a:blip r:embed="%s"/><a:stretch><a:fillRect/></a:stretch></p:blipFill>`, img.rID)
		// The chart's white panel is framed: a PDF export recompresses
		// the picture (LibreOffice writes it as JPEG), its white turns
		// 254 and the panel's edge shows faintly on the slide's 255; a
		// frame says the panel is there.
		b.WriteString(`<p:spPr>` + box{img.x, img.y, img.cx, img.cy}.xfrm() + `<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>` + panelFrame + `</p:spPr></p:pic>`)
	} else if s.Listing {
		textShape(&b, 3, "Claims", bodyBox, s.Body, textStyle{listSize, false, colorBody, "+mn-lt", listSpace}, "l", "t")
	} else {
		textShape(&b, 3, "Figures", bodyBox, s.Body, textStyle{2400, false, colorBody, "+mn-lt", 1800}, "l", "t")
	}
	if s.Source != "" {
		src := balanceSource(s.Source, 12, float64(sourceBox.cx)/emuPerPoint)
		textShape(&b, 4, "Source", sourceBox, []string{src}, textStyle{1200, false, colorMuted, "+mn-lt", 0}, "l", "t")
	}
	b.WriteString(spTreeEnd + `</p:sld>`)
	return []byte(b.String())
}

func notesSlideXML(s *Slide) []byte {
	var b strings.Builder
	b.WriteString(xmlHeader + `<p:notes ` + nsPML + `>` + spTreeStart)
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>`)
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/>`)
	b.WriteString(`<p:txBody><a:bodyPr/><a:lstStyle/>`)
	st := textStyle{1200, false, colorTitle, "+mn-lt", 300}
	if len(s.Notes) == 0 {
		b.WriteString(`<a:p>` + st.rPr("endParaRPr") + `</a:p>`)
	}
	for i, n := range s.Notes {
		para(&b, n, st, "l", i == 0)
	}
	b.WriteString(`</p:txBody></p:sp>`)
	b.WriteString(spTreeEnd + `</p:notes>`)
	return []byte(b.String())
}
