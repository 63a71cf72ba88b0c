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
	// point, and listSpace the space before each.
	listSize, listSpace = 1400, 400
	// listLines is how many printed lines of claims a slide holds: the
	// body box is 5.5 inches high, a line at 14 points about 17 points
	// high, with the space before each claim.
	listLines = 18
	// maxListed bounds the claims the closing slides list: a catalog of
	// thousands of claims is read in the book, not on slides.
	maxListed = 200
)

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
	width := float64(bodyBox.cx) / emuPerPoint
	type claim struct {
		line string
		n    int    // printed lines
		id   string // "" for the count of the rest
	}
	var claims []claim
	total := 0
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if i == maxListed {
			rest := len(c.Indicators) - maxListed
			claims = append(claims, claim{line: "… and " + plural(rest, "more claim") + ", each in the briefing book's Indicators sheet", n: 1})
			total++
			break
		}
		line := claimLine(c, ind, charted[ind.ID])
		n := len(wrapIn(bodyFont, strings.Fields(line), float64(listSize)/100, width))
		claims = append(claims, claim{line, n, ind.ID})
		total += n
	}
	// pages returns where each slide starts when a slide holds at most
	// room lines (one claim at least).
	pages := func(room int) []int {
		starts, used := []int{0}, 0
		for k, cl := range claims {
			if used > 0 && used+cl.n > room {
				starts, used = append(starts, k), 0
			}
			used += cl.n
		}
		return starts
	}
	// As many slides as full ones take, the claims spread evenly over
	// them: no last slide of one line.
	starts := pages(listLines)
	for room := (total + len(starts) - 1) / len(starts); room < listLines; room++ {
		if s := pages(room); len(s) == len(starts) {
			starts = s
			break
		}
	}
	var out []Slide
	for p, from := range starts {
		to := len(claims)
		if p+1 < len(starts) {
			to = starts[p+1]
		}
		s := Slide{Listing: true}
		for _, cl := range claims[from:to] {
			s.Body = append(s.Body, cl.line)
			if cl.id != "" {
				s.Notes = appendNotes(s.Notes, c, spans, cl.id, map[string]bool{}, 0)
			}
		}
		out = append(out, s)
	}
	for i := range out {
		out[i].Title = "All claims"
		if len(out) > 1 {
			out[i].Title += " (" + strconv.Itoa(i+1) + " of " + strconv.Itoa(len(out)) + ")"
		}
	}
	return out
}

// claimLine is the line of a closing slide for ind: its title, its
// figure as a card shows it alone (wording.Alone: "down 0.3%"), its
// period unless the title says it, its source's short name, and the
// slide that charts it, if any.
func claimLine(c *indicators.Catalog, ind *indicators.Indicator, slide int) string {
	sh := wording.Shown{Label: ind.Label(), Unit: ind.Unit, Q: ind.Quantity, Measure: ind.Measure, Period: ind.Period,
		Base: wording.BasePhrase(ind.Title, ind.Base, ind.Period, ind.Status.IsCommitment())}
	if len(ind.Provenance) > 0 {
		sh.Quote = ind.Provenance[0].Quote
	}
	line := orID(ind.Title, ind.ID) + ": " + wording.Alone(sh)
	if !wording.SaysPeriod(ind.Title, ind.Period) {
		line += ", " + ind.Period.Label()
	}
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
		line += " (" + strings.Join(srcs, "; ") + ")"
	}
	if slide > 0 {
		line += " · slide " + strconv.Itoa(slide)
	}
	return line
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
