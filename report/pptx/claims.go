package pptx

import (
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	"github.com/claimbook/claimbook/report/internal/wording"
)

// The closing slides list every claim of the catalog, so that a claim no
// chart shows is in the deck too.
const (
	// listSize is the type size of a claim line, in hundredths of a
	// point, BodyFloor, and listSpace the space before each: a list too
	// long for one slide is split, never set smaller (12 points of 11
	// claims on a 13.3-inch slide read as 7, s25u-charging).
	listSize, listSpace = BodyFloor * 100, 400
	// leading is a printed line's height over its type size.
	leading = 1.2
	// maxListed bounds the claims the closing slides list: a catalog of
	// thousands of claims is read in the book, not on slides.
	maxListed = 200
)

// listHeight is the height in points of the body box a slide's claims
// may fill, a line's worth short of the box so that a renderer whose
// lines run a little taller still fits them.
var listHeight = float64(bodyBox.cy)/emuPerPoint - leading*float64(listSize)/100

// claimHeight returns the height in points of a claim's line at size
// (hundredths of a point) with space before it: its printed lines as the
// body box wraps them.
func claimHeight(line string, size, space int) float64 {
	width := float64(bodyBox.cx) / emuPerPoint
	n := len(wrapIn(bodyFont, breakable(line), float64(size)/100, width))
	return float64(n)*leading*float64(size)/100 + float64(space)/100
}

// claimSlides returns the closing slides of c's deck: every indicator in
// catalog order, one line each, "title: figure, period (source)" and the
// slide a chart shows it on ("slide 3"), as many slides as the lines need
// (titled "All claims (1 of 2)"), at most maxListed claims, the rest
// counted on the last line. Each slide's notes hold the quotes of its
// claims. charted maps an indicator's ID to the number of the first
// slide whose chart shows it.
func claimSlides(c *indicators.Catalog, spans *indicators.RuneSpans, charted map[string]int) []Slide {
	if len(c.Indicators) == 0 {
		return nil
	}
	var claims []string
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if i == maxListed {
			rest := len(c.Indicators) - maxListed
			claims = append(claims, "… and "+plural(rest, "more claim")+", each in the briefing book's Indicators sheet")
			break
		}
		claims = append(claims, claimLine(c, ind, charted[ind.ID]))
	}
	notes := make([][]string, len(claims))
	for k := range claims {
		if k < len(c.Indicators) && k < maxListed {
			notes[k] = appendNotes(nil, c, spans, c.Indicators[k].ID, map[string]bool{}, 0)
		}
	}
	return listingSlides("All claims", claims, notes)
}

// listingSlides returns closing slides (Listing) titled title that list
// lines, each line's notes on its slide: as many slides as the lines need
// at the list's type size (listPages), titled "… (1 of 2)" when more than
// one.
func listingSlides(title string, lines []string, notes [][]string) []Slide {
	starts := listPages(lines, listSize, listSpace)
	var out []Slide
	for p, from := range starts {
		to := len(lines)
		if p+1 < len(starts) {
			to = starts[p+1]
		}
		s := Slide{Listing: true}
		for k := from; k < to; k++ {
			s.Body = append(s.Body, lines[k])
			s.Notes = append(s.Notes, notes[k]...)
		}
		out = append(out, s)
	}
	for i := range out {
		out[i].Title = title
		if len(out) > 1 {
			out[i].Title += " (" + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(out)) + ")"
		}
	}
	return out
}

// listPages returns where each closing slide starts when lines are set
// at size with space before each (hundredths of a point): as many slides
// as full ones take, the lines spread evenly over them, so that no last
// slide holds one line and no first is half empty.
func listPages(lines []string, size, space int) []int {
	hs := make([]float64, len(lines))
	total := 0.0
	for i, l := range lines {
		hs[i] = claimHeight(l, size, space)
		total += hs[i]
	}
	// pages returns where each slide starts when a slide holds at most
	// room points of lines (one line at least).
	pages := func(room float64) []int {
		starts, used := []int{0}, 0.0
		for k, h := range hs {
			if used > 0 && used+h > room {
				starts, used = append(starts, k), 0
			}
			used += h
		}
		return starts
	}
	starts := pages(listHeight)
	for room := total / float64(len(starts)); room < listHeight; room += leading * float64(size) / 100 / 4 {
		if s := pages(room); len(s) == len(starts) {
			return s
		}
	}
	return starts
}

// claimWords returns the words a claim is said in, on the closing
// slides and in every slide's notes: its title, its place where the
// title names none, its figure as a card shows it alone (wording.Alone:
// "down 0.3%"), its period unless the title says it ("period not
// stated" where none is), and its status unless a fact.
func claimWords(c *indicators.Catalog, ind *indicators.Indicator) string {
	// A change says its period and base one way, as the Cover does
	// (wording.ClaimBase): "up 20% from 2023 to 2024", never "up 20%,
	// 2024" under "… since 2023" (s14d-homeless).
	base, said := wording.ClaimBase(ind)
	sh := wording.Shown{Label: wording.LabelOf(ind), Unit: ind.Unit, Q: ind.Quantity, Measure: wording.ClaimMeasure(ind), Period: ind.Period, Base: base, Against: ind.AgainstWhat()}
	if len(ind.Provenance) > 0 {
		sh.Quote = ind.Provenance[0].Quote
	}
	title := ind.Title
	if ind.Measure == indicators.Change && !(said && base != "") {
		title = wording.ChangeTitle(title, ind.Base, ind.Period, ind.Status.IsCommitment())
	} else if said && base != "" {
		title = wording.TitleWithoutBase(title, ind.Base) // the line says it: "from 2012 to 2013"
	}
	// A line pasted alone says its place (wording.WithPlace).
	title = wording.WithPlace(title, ind)
	line := orID(title, ind.ID) + ": " + quotedFirst(wording.Alone(sh), ind.Stated)
	// A span the title names by its start alone ("added since 2015")
	// still says its end: the line is pasted where "now" is another year
	// (s17i-water: 2015–2023).
	p := ind.Period
	startOnly := p.IsSpan() && !strings.Contains(ind.Title, strconv.Itoa(p.To.Year))
	if !said && (!wording.SaysPeriod(ind.Title, p) || startOnly) {
		l := p.Label()
		if !p.IsStated() {
			// As the catalog says (wording.When), of a commitment too:
			// one slide said "year not stated" beside "period not
			// stated" (s33d-passports).
			l = "period not stated"
		}
		line += ", " + l
	}
	// "… from Q1 2008 to Q1 2009 (estimate)", as the Cover says it; a
	// commitment says its status as the Cover's title does: "9.5 million
	// applications, 2022" read as a fact of a projection, "700 staff
	// members" of an intention (s33d-passports).
	if ind.Status.IsCommitment() {
		return line + " (" + ind.Status.String() + ")"
	}
	return line + wording.StatusAfter(ind.Status)
}

// quotedFirst returns figure with its first word in the characters of
// stated, the document's, where they are that word in another case and
// a number: a figure said in words after the claim's colon is quoted as
// the document writes it ("Twelve per cent", never "twelve per cent",
// s24s-cycling), as the book's cells quote it. A hedge before the figure
// is no name and stays in lower case mid-line, as the charts write it
// ("…: over a quarter", never "…: Over a quarter", s30a-roads).
func quotedFirst(figure, stated string) string {
	first, rest, _ := strings.Cut(figure, " ")
	doc, _, _ := strings.Cut(stated, " ")
	if _, _, err := indicators.ParseStated(doc); err == nil && first != doc && strings.EqualFold(first, doc) {
		return strings.TrimSuffix(doc+" "+rest, " ")
	}
	return figure
}

// claimLine returns the closing slides' line of ind: its words
// (claimWords), the short names of its sources, and the slide a chart
// shows it on, if slide > 0.
func claimLine(c *indicators.Catalog, ind *indicators.Indicator, slide int) string {
	line := claimWords(c, ind)
	var srcs []string
	for _, p := range ind.Provenance {
		// A source is named as a reader knows it, never by its ID (a
		// draft's "doc"); one of no name is left out.
		name := ""
		if src, ok := c.Source(p.Source); ok {
			name = src.ShortName()
		}
		if name != "" && !contains(srcs, name) {
			srcs = append(srcs, name)
		}
	}
	if len(srcs) > 0 {
		line += " " + wording.InBrackets(srcs)
	}
	if slide > 0 {
		// The reference is one unbreakable run, tied to the word before
		// it: a line never breaks to leave "· slide" or "5" alone.
		line += nbsp + "·" + nbsp + "slide" + nbsp + strconv.Itoa(slide)
	}
	return line
}

// nbsp is the no-break space, which joins words a line must not part.
const nbsp = "\u00a0"

// breakable returns the runs of s a line may break between: its words
// parted by plain spaces, never by a no-break space (strings.Fields
// parts both).
func breakable(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ' ' })
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
