package extract

import (
	"fmt"
	"math"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Figures that are no claim of their own, in the genres of drafts31: an
// age band that defines a population ("(aged 16 to 64 years)", "people
// over 70 years"), a chart's caption that restates the figures of the
// main points, a lead bullet the body restates, "the IDB loan of $100
// million" restating the lead's amount, and a rounded fraction ("only
// one-quarter funded") restating a percentage of the same whole. Each is
// a comment that says which figure is kept.

// ageBandBefore matches the end of the words before an age band: "aged",
// "people over", "children under", "persons older than", "for persons"
// ("For persons 45 years and over", what45).
var ageBandBefore = lazyRegexp(`(?:\baged|\bages|\bage)\s*(?:between\s+|from\s+)?$|\b(?:for|among|amongst)\s+(?:people|persons|adults|children|women|men|workers|residents)\s*$|\b(?:people|persons|adults|children|women|men|members|residents|workers|households\s+with\s+people)\s+(?:over|under|above|below|older\s+than|younger\s+than|aged)\s*$`)

// openEnds end an open-ended age band: "18 years and over",
// "65 and older".
var openEnds = map[string]bool{"over": true, "older": true, "above": true}

// ownSources matches a number word counting a document's own
// sources or methods: "two main surveys", "three data sources".
var ownSources = lazyRegexp(`(?i)^(?:two|three|four|five|several)\s+(?:main\s+|separate\s+|different\s+|official\s+)?(?:surveys|data\s+sources|sources|methods|questionnaires)$`)

// bareRange matches a range of two whole numbers with no unit: "18-24",
// "10–17", "25 to 29".
var bareRange = lazyRegexp(`^\d{1,3}\s*(?:-|–|to)\s*\d{1,3}$`)

// openBand matches an open-ended band with no counted noun: "two or
// more", "3 or fewer".
var openBand = lazyRegexp(`^(?i:[a-z]+|\d{1,2})\s+or\s+(?:more|fewer|less)$`)

// shareBefore matches a share written before a figure in its sentence.
var shareBefore = lazyRegexp(`(?i)\d\s*(?:%|per\s*cent\b|percent\b)|\bper\s*cent\b`)

// bandAfter matches the words after a range that make it the name of a
// band, a category rather than a figure: "age category", "age group",
// "year olds", "-year-olds", or "at" and the band's own figure ("then
// 25-29 at 167.6").
var bandAfter = lazyRegexp(`^(?:\s*-?\s*(?:age|year|size)\s*-?\s*(?:categor(?:y|ies)|groups?|bands?|brackets?|olds?)\b|\s+at\s+[£$€]?\d)`)

// bandLabel returns why a bare range names a band of the people or things
// a figure is of ("The 18-24 age category had the highest rate", "then
// 25-29 at 167.6", "people aged 16-64"), or "".
func bandLabel(text string, m Mention) string {
	if !bareRange.MatchString(strings.TrimSpace(m.Text)) {
		return ""
	}
	before := strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start])
	if !bandAfter.MatchString(strings.ToLower(text[m.Span.End:min(m.Sentence.End, m.Span.End+24)])) && !ageBandBefore.MatchString(strings.TrimRight(before, " ")) {
		return ""
	}
	return "a band's name that says which people or things a figure is of, not a figure: nothing to add"
}

// openBandLabel returns why an open band after a share ("Nineteen per
// cent had access to two or more", its noun left to the sentence before)
// is no figure but the group the share is of, or "". The drafter asks it
// last, after the readers of a band with a better reason ("2 or more"
// that "the recommended" defines).
func openBandLabel(text string, m Mention) string {
	if !openBand.MatchString(strings.TrimSpace(m.Text)) || !shareBefore.MatchString(text[m.Sentence.Start:m.Span.Start]) {
		return ""
	}
	return "an open band that says which group a share is of, not a figure: nothing to add"
}

// ageBand returns why a figure is an age band that defines a population,
// or "": a span of years after "aged" or "people over".
func ageBand(text string, m Mention) string {
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) == 0 {
		return ""
	}
	if why := lifeNotClaim(text, m); why != "" {
		return why
	}
	if why := ownPartsNotClaim(text, m); why != "" {
		return why
	}
	if why := measuredAtAge(text, m); why != "" {
		return why
	}
	if why := bandLabel(text, m); why != "" {
		return why
	}
	if ownSources.MatchString(m.Text) {
		// Not an age band, but as little a claim: the document's own
		// sources ("two main surveys").
		return "a count of the document's own sources or methods, not a claim: nothing to add"
	}
	// "18 years and over", "16 and older": an open-ended band.
	if n := len(f); n > 2 && (f[n-2] == "and" || f[n-2] == "or") && openEnds[strings.Trim(f[n-1], ",.;:()")] {
		f = f[:n-2]
		if len(f) == 1 && hasDigit(f[0]) {
			f = append(f, "years")
		}
	}
	if last := strings.Trim(f[len(f)-1], ",.;:()"); last != "year" && last != "years" {
		return ""
	}
	before := strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start])
	// "people over 70 years": the extractor may keep "over" in the figure.
	if len(f) > 1 && (f[0] == "over" || f[0] == "under" || f[0] == "above" || f[0] == "below") {
		before += f[0]
	}
	if !ageBandBefore.MatchString(strings.TrimRight(before, " ")) {
		return ""
	}
	return "an age band that says which people are counted, not a claim: nothing to add"
}

// captionRe matches the label that opens a chart's or a table's caption:
// "Figure 1:", "Chart 2.3:", "Table 4 -", an exhibit's name
// (exhibitNames) and its number.
var captionRe = lazyRegexp(`^\s*(?:` + exhibitNames + `)\s+\d+(?:\.\d+)*[a-z]?\s*[:.–—-]`)

// lineOf returns the line of text that holds byte at, or "" when the
// line reaches further than 400 bytes before it (a text without line
// breaks is not scanned back to its start for every figure).
func lineOf(text string, at int) string {
	lo := max(0, at-400)
	s := strings.LastIndexByte(text[lo:at], '\n')
	if s < 0 && lo > 0 {
		return ""
	}
	s += lo + 1
	hi := min(len(text), at+2000)
	e := strings.IndexByte(text[at:hi], '\n')
	if e < 0 {
		return text[s:hi]
	}
	return text[s : at+e]
}

// isCaptionOf reports whether the sentence of m is a chart's or table's
// caption.
func isCaptionOf(text string, m Mention) bool {
	return captionRe.MatchString(lineOf(text, m.Sentence.Start))
}

// quoteUpTo returns the words of the sentence of o up to the end of o,
// without a bullet: what a comment quotes of the figure it keeps.
func quoteUpTo(text string, o Mention) string {
	s := o.Sentence.Start
	s += bulletPrefix(text[s:o.Span.End])
	return snippet(text, s, o.Span.End)
}

// sameFigure reports whether o states the quantity and unit of m.
func sameFigure(o, m Mention) bool {
	return o.Unit == m.Unit && o.Quantity.Value.Equal(m.Quantity.Value) && o.Quantity.Low.Equal(m.Quantity.Low) && o.Quantity.High.Equal(m.Quantity.High)
}

// restatedFigure returns why a figure restates one the text drafts
// elsewhere, or "": a caption's figure stated before it, a lead bullet's
// figure the body states after it, "the … loan of $X" after the lead's $X.
func (d *docDraft) restatedFigure(m Mention) string {
	text := d.src.Text
	switch {
	case isCaptionOf(text, m):
		for _, o := range d.mentions {
			if o.Span.Start >= m.Sentence.Start {
				break
			}
			if sameFigure(o, m) && !isCaptionOf(text, o) {
				return fmt.Sprintf("a chart's caption restating %q, drafted before and kept: a comment, not a claim", quoteUpTo(text, o))
			}
		}
	case isBulletLine(lineOf(text, m.Sentence.Start)) && d.leadBullet(m):
		for _, o := range d.mentions {
			if o.Span.Start < m.Sentence.End || sameFigure(o, m) && (isBulletLine(lineOf(text, o.Sentence.Start)) || isCaptionOf(text, o)) {
				continue
			}
			if sameFigure(o, m) && datelineParagraph.MatchString(lineOf(text, o.Sentence.Start)) {
				return fmt.Sprintf("a lead bullet's figure, restated in the body: %q is kept; a comment, not a claim", quoteUpTo(text, o))
			}
		}
	case m.Unit.Kind == indicators.Money && restatingLoan.MatchString(strings.ToLower(text[m.Sentence.Start:m.Span.Start])):
		for _, o := range d.mentions {
			if o.Span.Start >= m.Sentence.Start {
				break
			}
			if sameFigure(o, m) {
				return fmt.Sprintf("restates the amount of the lead, %q, which is kept: a comment, not a claim", quoteUpTo(text, o))
			}
		}
	}
	return ""
}

// datelineParagraph matches a paragraph that opens a release's body with
// a dateline: "Washington, DC – June 29, 2026:", "(Geneva, 21 June
// 2017):". A release's lead bullets summarize that body; bullets over a
// page of prose without one are its key points, kept.
var datelineParagraph = lazyRegexp(`^\s*\(?[A-Z][A-Za-z.,' ]{1,40}?[,–—-]\s*(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})\)?\s*[:–—-]`)

// restatingLoan matches the words before an amount that names the
// financing the lead announced: "The IDB loan of", "the credit of".
var restatingLoan = lazyRegexp(`\b(?:the|this)\s+(?:[a-z0-9-]+\s+){0,2}(?:loan|credit|grant|financing|operation|program|programme)\s+of\s*$`)

// maxLeadBullets is how many figures the bullets that lead a release may
// hold.
const maxLeadBullets = 20

// leadBullet reports whether m is in the bullets that lead a release:
// among the first maxLeadBullets figures, and no figure before it in a
// line that is no bullet.
func (d *docDraft) leadBullet(m Mention) bool {
	if !d.what.leadRead {
		d.what.leadRead = true
		d.what.leadEnd = 0
		for i, o := range d.mentions {
			if i >= maxLeadBullets || !isBulletLine(lineOf(d.src.Text, o.Sentence.Start)) {
				break
			}
			d.what.leadEnd = o.Span.End
		}
	}
	return m.Span.End <= d.what.leadEnd
}

// spelledFraction reports whether a figure is a fraction in words: "one-
// quarter", "a third", "half", "two-thirds".
func spelledFraction(m Mention) bool {
	if !m.Unit.IsZero() || strings.ContainsAny(m.Text, "0123456789") {
		return false
	}
	v := m.Quantity.Value.Float64()
	return v > 0 && v < 1
}

// fractionStops are words a fraction's neighbour skips: articles,
// copulas, "of" ("one-quarter of the") and the degree words "only", "just".
var fractionStops = stopSet(classArticles|classCopulas, "of", "only", "just")

// roundedFraction returns why a fraction in words restates a percentage
// of the same whole elsewhere in the text, or "": the word after the
// fraction ("one-quarter funded") stands next to a percentage within five
// points of it ("funded 26 per cent").
func (d *docDraft) roundedFraction(m Mention) string {
	if !spelledFraction(m) {
		return ""
	}
	text := d.src.Text
	word := ""
	for _, w := range strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End])) {
		w = strings.Trim(w, ",.;:()“”\"")
		if !fractionStops[w] {
			word = w
			break
		}
	}
	if len(word) < 4 {
		return ""
	}
	f := m.Quantity.Value.Float64()
	if !d.what.percentsRead {
		d.what.percentsRead = true
		for _, o := range d.mentions {
			if o.Unit.Kind == indicators.Percent && o.Unit.Per == "" {
				d.what.percents = append(d.what.percents, o)
			}
		}
	}
	for _, o := range d.what.percents {
		if math.Abs(o.Quantity.Value.Float64()/100-f) > 0.05 {
			continue
		}
		if sharedWords(text[m.Sentence.Start:m.Sentence.End], text[o.Sentence.Start:o.Sentence.End]) < 2 {
			continue // another subject, though a near value ("one in ten people who …" beside "270,000 people, or 8%")
		}
		near := strings.Fields(strings.ToLower(text[max(o.Sentence.Start, o.Span.Start-40):min(o.Sentence.End, o.Span.End+40)]))
		for _, w := range near {
			if strings.Trim(w, ",.;:()“”\"") == word {
				return fmt.Sprintf("a rounded fraction restating %q (%q): a comment, not a claim; the percentage is kept", snippet(text, o.Span.Start, o.Span.End), word)
			}
		}
	}
	return ""
}

// sharedWords counts the words of four letters or more, in lower case
// and no stop word ("over", "with"), that sentences a and b both have: a restatement names its subject in
// the words of the figure it restates ("plans … one-third funded" and
// "plans funded 34 per cent" share two).
func sharedWords(a, b string) int {
	words := func(s string) map[string]bool {
		set := map[string]bool{}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			if w = strings.Trim(w, ",.;:()“”\"'"); len(w) >= 4 && isLowerWord(w) && !headStops[w] {
				set[w] = true
			}
		}
		return set
	}
	n, bw := 0, words(b)
	for w := range words(a) {
		if bw[w] {
			n++
		}
	}
	return n
}

// anniversaryBefore matches the end of the words before an age or an
// anniversary: "Programme Turns", "marks", "celebrates its".
var anniversaryBefore = lazyRegexp(`(?i)\b(?:turns|turned|turning|marks|marked|marking|celebrates|celebrated|celebrating)(?:\s+(?:its|their|our|the))?\s*$`)

// anniversary returns why a bare number is an age or an anniversary
// ("Biggest Ever Roads Program Turns Three", "marks 10 years"), not a
// quantity to chart, or "".
func anniversary(text string, m Mention) string {
	if m.Kind != Number && m.Unit.String() != "year" {
		return ""
	}
	if isFraction(m) || !anniversaryBefore.MatchString(text[max(m.Sentence.Start, m.Span.Start-30):m.Span.Start]) {
		return ""
	}
	g := strings.TrimSpace(anniversaryBefore.FindString(text[max(m.Sentence.Start, m.Span.Start-30):m.Span.Start]))
	return fmt.Sprintf("%q %s: an age or anniversary, not a quantity to chart", g, flatText(m.Text))
}

// atAgeBefore matches "at" right before an age: "coverage … at 12 months".
var atAgeBefore = lazyRegexp(`\bat\s*$`)

// measuredAtAge returns why "at N months" in a sentence of a population's
// coverage or uptake ("at least 95% coverage … at 12 months", "MMR1
// coverage at 24 months was 89.2%") is the age the rate is measured at, a
// part of the title, not a claim; or "".
func measuredAtAge(text string, m Mention) string {
	f := strings.Fields(strings.ToLower(m.Text))
	if len(f) != 2 || f[1] != "months" && f[1] != "years" && f[1] != "weeks" {
		return ""
	}
	if !atAgeBefore.MatchString(text[max(m.Sentence.Start, m.Span.Start-8):m.Span.Start]) {
		return ""
	}
	sent := strings.ToLower(text[m.Sentence.Start:m.Sentence.End])
	for _, w := range populationRateNouns {
		if hasPhrase(sent, w) {
			return fmt.Sprintf("the age %q the %s is measured at: a part of the title, not a claim", "at "+m.Text, w)
		}
	}
	return ""
}
