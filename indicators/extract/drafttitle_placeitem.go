package extract

import (
	"strings"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// Titles of the items of a list of places (drafts45): "registered in
// Germany (with almost 49 100 first time applicants, or 30% of total first
// time applicants) and Italy (36 900, or 22%)" counts first time
// applicants in Italy and gives Italy's share of the total; "ahead of
// Afghans (12 500 first time applicants), Nigerians (11 500)" counts first
// time applicants from Nigeria. The counted noun is the one the list's
// first parenthesis states; the whole, the one its percentage is "of".

// itemCountRE matches a parenthesis that opens on a count and its noun:
// "(with almost 49 100 first time applicants,", "(12 500 first time
// applicants)".
var itemCountRE = lazyRegexp(`\((?:with\s+)?(?:(?:almost|over|about|nearly|some|around|more than)\s+)?[0-9][0-9\x{00a0} ,.]*\s+([a-z][a-z -]*?)\s*[,)]`)

// itemWholeRE matches what a list's first percentage is "of": "30% of
// total first time applicants in the EU Member States)".
var itemWholeRE = lazyRegexp(`%\s+of\s+((?:total\s+|all\s+)?[a-z][a-z -]*?)(?:\s+in\s+[^,)]*)?[,)]`)

// itemOpenRE matches what may stand between an item's "(" and its figure:
// nothing or a hedge (a count), or a count and ", or " (a share).
var itemOpenRE = lazyRegexp(`^(?:with\s+)?(?:(?:almost|over|about|nearly|some|around|more than)\s+)?(?:([0-9][0-9\x{00a0} ,.]*(?:\s+[a-z][a-z -]*)?),\s+or\s+)?$`)

// placeItemTitle returns the title of a figure in the parenthesis after a
// place of a list, or "".
func (d *docDraft) placeItemTitle(m Mention) string {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	before := text[m.Sentence.Start:m.Span.Start]
	open := strings.LastIndexByte(before, '(')
	if open < 0 || len(before)-open > 40 || strings.IndexByte(sent, '(') == strings.LastIndexByte(sent, '(') {
		return "" // a list has more than one parenthesis
	}
	g := itemOpenRE.FindStringSubmatch(before[open+1:])
	if g == nil {
		return ""
	}
	lead := strings.TrimRight(before[:open], " ")
	name, from := itemPlace(lead)
	if name == "" {
		return ""
	}
	if g[1] != "" || strings.HasPrefix(strings.TrimSpace(text[m.Span.End:m.Sentence.End]), "of ") {
		// "(36 900, or 22%)": the place's share.
		w := itemWholeRE.FindStringSubmatch(sent)
		if w == nil || !strings.HasSuffix(m.Text, "%") {
			return ""
		}
		return name + "'s share of " + w[1]
	}
	c := itemCountRE.FindStringSubmatch(sent)
	if c == nil {
		return ""
	}
	prep := " in "
	if from {
		prep = " from "
	}
	return upperFirst(c[1]) + prep + name
}

// itemPlace returns the English name of the country s ends on and whether
// s names its people ("Nigerians": applicants from Nigeria), or "".
func itemPlace(s string) (string, bool) {
	f := strings.Fields(s)
	if len(f) == 0 {
		return "", false
	}
	w := strings.Trim(f[len(f)-1], ",;:")
	ps := placesIn(w, 0)
	if len(ps) == 0 && strings.HasSuffix(w, "s") {
		ps = placesIn(strings.TrimSuffix(w, "s"), 0) // "Iraqis"
	}
	if len(ps) != 1 || ps[0].start != 0 || len(ps[0].code) != 2 {
		return "", false
	}
	r, err := language.ParseRegion(ps[0].code)
	if err != nil {
		return "", false
	}
	name := display.English.Regions().Name(r)
	if name == "" || strings.Contains(name, " ") && name != w {
		return "", false // "United Kingdom" is written as the text writes it, elsewhere
	}
	return name, name != w
}
