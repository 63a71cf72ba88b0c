package extract

import (
	"strings"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// titleOf guesses a document's title. Web page boilerplate ("Skip to
// Content", "ARCHIVE", "Menu", breadcrumbs, cookie notices) is never
// taken, nor a caption ("Figure BR.1 …"). In order: the first heading
// that says "fact sheet"; a heading-like line just before a dateline, or
// one that opens a statement or remarks ("Statement by Ambassador …"); a
// block of short lines at the top ending with "2008 Fact Sheet"; the
// first heading near the top; a first line that says "fact sheet"; a
// short first line standing alone, not a dateline nor a list's lead-in
// ending with a colon ("Direct investment positions for 2013: country and industry
// detail."). A title that wraps over several lines is joined
// (unwrapTitle).
func titleOf(text string, hs []heading) string {
	return unwrapTitle(text, titleLine(text, hs))
}

// titleLine is titleOf's guess of the line a title starts on.
func titleLine(text string, hs []heading) string {
	if t := publishedTitle(text); t != "" {
		return t
	}
	// "4221.0 - Schools, Australia, 2012": a statistics office's title
	// line, without its catalogue number (drafts37), before the page's
	// own heading below its furniture (fixL: "Page tools: Print" above
	// "CHARACTERISTICS OF PERSONS WHO PARTICIPATED", a part's heading).
	if t, _, ok := statTitleLine(text); ok && catalogueNumberRe.MatchString(strings.TrimSpace(text[:lineEnd(text, strings.Index(text, t))])) {
		return catalogueTitle(t)
	}
	if t := titleAfterFurniture(text); t != "" {
		return t
	}
	for _, h := range hs {
		if h.level == 1 && strings.Contains(strings.ToLower(h.text), "fact sheet") && !isBoilerplate(h.text) {
			return h.text
		}
	}
	if t := titleNearDateline(text); t != "" {
		return t
	}
	if t := titleBeforeDatelineLead(text); t != "" {
		return t
	}
	if t := titleBlock(text); t != "" {
		return t
	}
	for _, h := range hs {
		if h.level == 1 && !h.runIn && !isBoilerplate(h.text) && !isCaption(h.text) && !isDateLine(h.text) && nearTop(text, h.at) {
			return h.text
		}
	}
	// A first line that says it is a fact sheet, without blank lines
	// around it.
	lines := strings.Split(strings.TrimLeft(text, " \n\r\ufeff"), "\n")
	first := strings.TrimSpace(lines[0])
	if len(first) <= 240 && strings.Contains(strings.ToLower(first), "fact sheet") {
		return first
	}
	// A statistics release's first line with its release line a few
	// lines below, no blank line between ("Labour Force Survey, May 2022"
	// / "Archived Content" / … / "Released: 2022-06-10", drafts54).
	if n := utf8.RuneCountInString(first); n > 0 && n <= 120 && !isBoilerplate(first) && !strings.ContainsAny(first, "$%") &&
		strings.Count(first, ". ") == 0 && !strings.HasSuffix(first, ":") && datelineOf(first).IsZero() {
		for _, l := range lines[1:min(len(lines), 6)] {
			if _, ok := releaseDate(l); ok && !isDateLine(first) {
				return strings.TrimSuffix(first, ".")
			}
		}
	}
	// A short first line with a blank line after it.
	if n := utf8.RuneCountInString(first); n > 0 && n <= 120 && len(lines) > 1 && strings.TrimSpace(lines[1]) == "" &&
		!isBoilerplate(first) && !strings.ContainsAny(first, "$%") && strings.Count(first, ". ") == 0 && !strings.HasSuffix(first, ":") &&
		datelineOf(first).IsZero() {
		return strings.TrimSuffix(first, ".")
	}
	return ""
}

// nearTop reports whether byte at is within the first six lines with
// words of text, past boilerplate, and before any paragraph of two
// sentences or more: a heading further down heads a section, not the
// document ("U.S. Exports" after the first paragraphs, "Exports" after a
// release's opening paragraph).
func nearTop(text string, at int) bool {
	n := 0
	for off := 0; off < at && off < len(text); off = lineEnd(text, off) + 1 {
		if l := strings.TrimSpace(text[off:lineEnd(text, off)]); l != "" && !isBoilerplate(l) {
			n++
			if proseLine(l) {
				return false // a heading below prose heads a part (fixL)
			}
		}
	}
	return n < 6
}

// isCaption reports whether a line is the caption of a table or figure
// ("Figure BR.1 U.S. exports …", "Table 2. …"), never a document's title.
func isCaption(line string) bool {
	f := strings.Fields(line)
	if len(f) < 2 {
		return false
	}
	if vocab.IsExhibit(f[0]) {
		return hasDigit(f[1])
	}
	// "Balance on Goods and Services Trade Chart": a chart's caption on a
	// web page (drafts17).
	last := f[len(f)-1]
	return last == "Chart" || last == "Graph"
}

// titleBlock returns the title of a block of short lines at the top that
// ends with one naming the kind of document ("United States Mission to
// Kenya / President’s Emergency Plan for AIDS Relief / 2008 Fact Sheet"):
// the line before that one and it, joined with a colon. It returns ""
// otherwise.
func titleBlock(text string) string {
	var lines []string
	for _, l := range strings.Split(strings.TrimLeft(text, " \n\r\ufeff"), "\n") {
		t := strings.TrimSpace(l)
		if t == "" {
			break
		}
		lines = append(lines, t)
		if len(lines) > 4 {
			return ""
		}
	}
	for i, l := range lines {
		if utf8.RuneCountInString(l) > 120 || strings.HasSuffix(l, ".") {
			return ""
		}
		if lw := strings.ToLower(l); i > 0 && len(strings.Fields(l)) <= 4 && (strings.HasSuffix(lw, "fact sheet") || strings.HasSuffix(lw, "report")) {
			return lines[i-1] + ": " + l
		}
	}
	return ""
}

// titleOpeners begin the title line of a statement, a speech or a notice.
var titleOpeners = []string{"statement by", "statement of", "statement from", "joint statement", "remarks by", "remarks of", "readout of",
	"press release:", "fact sheet:", "testimony of", "op-ed by", "key points:"}

// titleNearDateline returns, from the top of text, a heading-like line
// that stands just before a dateline ("Statement by … \n\nMarch 13,
// 2015") or opens with a title opener, past boilerplate.
func titleNearDateline(text string) string {
	var prev string   // the last heading-like line that is no boilerplate
	var before string // the heading-like line before an organisation's line
	n := 0
	for _, l := range strings.Split(text, "\n") {
		t := strings.TrimSpace(strings.Trim(l, "\ufeff\r"))
		if t == "" {
			continue
		}
		if n++; n > 40 {
			break
		}
		if isDateLine(t) || isDateLine(strings.TrimSuffix(t, ".")) {
			if _, _, ok := orgLine(prev); ok && before != "" {
				return before // "Housing starts … / Canada Mortgage and Housing Corporation (CMHC) / Jul 16, 2025"
			}
			if _, release := releaseDate(t); prev != "" && !(release && strings.HasPrefix(strings.ToLower(t), "published")) {
				return prev
			}
			// "Published on 20 June 2024" under a page's label ("Monetary
			// Policy Summary and minutes …"): the label is no title.
			prev = ""
			continue
		}
		before = ""
		if _, _, ok := orgLine(t); ok {
			before = prev
		}
		prev = ""
		if isBoilerplate(t) || utf8.RuneCountInString(t) > 200 || strings.HasSuffix(t, ".") || strings.HasSuffix(t, ":") {
			// "Release date:" above its date is a label, no title.
			continue
		}
		lt := strings.ToLower(t)
		for _, o := range titleOpeners {
			if strings.HasPrefix(lt, o) {
				return t
			}
		}
		prev = t
	}
	return ""
}

// webBoilerplate are lines of a web page's frame, not of its document,
// lower case and without trailing punctuation.
var webBoilerplate = map[string]bool{"skip to content": true, "skip to main content": true, "skip navigation": true, "archive": true,
	"archived": true, "menu": true, "main menu": true, "open menu": true, "close menu": true, "search": true, "search form": true,
	"breadcrumb": true, "breadcrumbs": true, "home": true, "navigation": true, "main navigation": true, "toggle navigation": true,
	"close": true, "print": true, "share": true, "share this page": true, "email": true, "back to top": true, "top": true,
	"sign in": true, "log in": true, "subscribe": true, "you are here": true, "español": true, "en español": true,
	"accessibility": true, "site map": true, "sitemap": true, "contact us": true, "related": true, "related links": true,
	"submit": true, "press releases": true, "press office": true, "news": true, "a-z index": true,
	// A release's notice, not its title.
	"for immediate release": true, "immediate release": true, "embargoed": true}

// releaseFurniture matches a lower-case line of a release's furniture:
// "media release" (a "press release" line is a GOV.UK label, drafts46),
// "embargoed: 11:30 am (aest)", "24/2006", "archived
// issue released at …", "page tools: …", a statistical release's
// header (headerFurnitureExpr).
var releaseFurniture = lazyRegexp(`^(?:media release|news release|(?:transmission of materials in this release is )?embargoed\b.*|\d{1,3}/(?:19|20)\d\d|archived issue\b.*|page tools\b.*|` + headerFurnitureExpr + `)$`)

// headerFurnitureExpr is a statistical release's header line: "federal
// reserve statistical release", "for release at 9:15 a.m. (edt)" (a
// dateline), "g.17 (419)" (its code) (drafts56).
const headerFurnitureExpr = `[a-z][a-z.&' ]{2,60} statistical release|for release at\b.*|[a-z]{1,3}\.\d{1,3}(?:\.\d+)? \(\d{1,4}\)`

// headerFurniture matches a lower-case header line of a statistical
// release: never a heading.
var headerFurniture = lazyRegexp(`^(?:` + headerFurnitureExpr + `)$`)

// pageFurniture matches a lower-case line of a release page's contact and
// archive furniture, never a title or a heading: "email retail sales
// team", "contact:", "this is not the latest release" (drafts56).
var pageFurniture = lazyRegexp(`^(?:email [^@]{2,120}|contact:.*|tel .*|(?:` + phoneLabels + `):.*|this is not the latest release\b.*)$`)

// isBoilerplate reports whether a line is part of a web page's frame:
// a navigation word, a skip link, a breadcrumb trail, a cookie or archive
// notice.
func isBoilerplate(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimRight(l, " :.|»›>")
	if webBoilerplate[l] || isNavLink(l) || isGovukLabel(l) {
		return true
	}
	// A release's furniture (drafts34): its kind, embargo, number, archive
	// notice and page tools.
	if releaseFurniture.MatchString(l) || pageFurniture.MatchString(l) {
		return true
	}
	for _, p := range []string{"skip to", "jump to", "click here", "you are here", "back to"} {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	if strings.Contains(l, "cookie") || strings.Contains(l, "archived web") || strings.Contains(l, "javascript") {
		return true
	}
	// A breadcrumb trail or a navigation bar: short parts between
	// separators ("Home > Countries > Korea", "About | Press | Contact").
	for _, sep := range []string{" > ", " » ", " › ", " | ", " / "} {
		parts := strings.Split(l, sep)
		if len(parts) < 2 {
			continue
		}
		short := true
		for _, p := range parts {
			short = short && len(strings.Fields(p)) <= 5
		}
		if short {
			return true
		}
	}
	return false
}

// titleAfterFurniture returns the first headline after a release's
// furniture ("MEDIA RELEASE", "Embargoed: …", "24/2006") in its first
// lines: a short line, not a date, with no full stop (drafts34).
func titleAfterFurniture(text string) string {
	lines := strings.SplitN(text, "\n", 16)
	last := -1
	for i, l := range lines[:min(15, len(lines))] {
		if releaseFurniture.MatchString(strings.ToLower(strings.TrimSpace(l))) || isGovukLabel(l) && strings.TrimSpace(strings.Join(lines[:i], "")) == "" {
			// A GOV.UK label ("Official Statistics") on the first line
			// stands above the title (drafts62).
			last = i
		}
	}
	if last < 0 {
		return ""
	}
	for _, l := range lines[last+1 : min(15, len(lines))] {
		t := strings.TrimSpace(l)
		if t == "" || isBoilerplate(t) || isDateLine(t) || !datelineOf(t).IsZero() {
			continue
		}
		if _, ok := embargoDate("embargoed until " + t); ok {
			continue // "8:30 A.M. (Eastern) Thursday, April 30, 2020" below the embargo line
		}
		if utf8.RuneCountInString(t) > 120 || strings.HasSuffix(t, ".") || strings.Contains(t, ". ") {
			return ""
		}
		if c := capitalsTitleAfter(lines[last+1 : min(15, len(lines))]); c != "" && !isCapitalsLine(t) {
			// "COVID-19 Impact" (a note's heading) above "UNEMPLOYMENT
			// INSURANCE WEEKLY CLAIMS": a news release sets its title in
			// capitals (drafts50).
			return c
		}
		return t
	}
	return ""
}

// titleBeforeDatelineLead returns the headline of a news release whose
// lead opens with a dateline and a dash: the line of its own just above
// "WASHINGTON - The U.S. Department of … announced", in capitals or not
// ("HUD AND CENSUS BUREAU REPORT RESIDENTIAL CONSTRUCTION ACTIVITY IN
// AUGUST 2019"), the first line of the text past blank lines; "" when
// the text does not open so.
func titleBeforeDatelineLead(text string) string {
	rest := strings.TrimLeft(text, " \n\r\ufeff")
	first := strings.TrimSpace(rest[:lineEnd(rest, 0)])
	rest = strings.TrimLeft(rest[lineEnd(rest, 0):], " \n\r")
	if first == "" || utf8.RuneCountInString(first) > 200 || strings.HasSuffix(first, ".") || strings.HasSuffix(first, ":") ||
		isBoilerplate(first) || isDateLine(first) || datelineLead.MatchString(first) {
		return ""
	}
	if !datelineLead.MatchString(rest[:lineEnd(rest, 0)]) {
		return ""
	}
	return first
}
