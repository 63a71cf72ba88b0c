package extract

import (
	"fmt"
	"strings"
)

// Who publishes, when no header block names an office (drafts37):
//
//	Gavi’s impact (the first heading), Gavi named again and again → the
//	organisation is the proposed publisher
//	4221.0 - Schools, Australia, 2012 / Released at 11:30 AM (CANBERRA
//	TIME) … → a catalogue number and a Canberra release line are the
//	Australian Bureau of Statistics'

// headingOrgRe is a first heading that is an organisation's possessive:
// "Gavi’s impact", "UNICEF's work".
var headingOrgRe = lazyRegexp(`^([A-Z][A-Za-z]{1,30})(?:’s|'s) [a-z]`)

// headingOrgMentions is how many times a text must name the organisation
// of its first heading for it to be the page's own voice.
const headingOrgMentions = 3

// headingOrganisation returns the organisation a text's first line names
// as its possessive ("Gavi’s impact"), when the text names it at least
// headingOrgMentions times and it is no place.
func headingOrganisation(text string) (name, evidence string) {
	t, _, ok := statTitleLine(text)
	if !ok {
		return "", ""
	}
	g := headingOrgRe.FindStringSubmatch(t)
	if g == nil || len(placesIn(g[1], 0)) > 0 || strings.EqualFold(g[1], "the") || strings.EqualFold(g[1], "our") {
		return "", ""
	}
	n := 0
	for from := 0; ; {
		i := strings.Index(text[from:], g[1])
		if i < 0 {
			break
		}
		i += from
		from = i + len(g[1])
		if (i == 0 || !isWordByte(text[i-1])) && (from == len(text) || !isWordByte(text[from]) || strings.HasPrefix(text[from:], "’") || strings.HasPrefix(text[from:], "'")) {
			n++
		}
	}
	if n < headingOrgMentions {
		return "", ""
	}
	return g[1], fmt.Sprintf("%q, the first heading, and %s named %d times", t, g[1], n)
}

// absRelease reports whether a text opens as an Australian Bureau of
// Statistics release: a title line with a catalogue number, and a
// release line in Canberra time.
func absRelease(text string) (string, bool) {
	first := strings.TrimSpace(text[:lineEnd(text, 0)])
	if !catalogueNumberRe.MatchString(first) {
		return "", false
	}
	if _, line := dayFirstReleaseDate(text); line != "" {
		return first + " / " + line, true
	}
	return "", false
}
