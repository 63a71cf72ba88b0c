package extract

import (
	"strings"
	"unicode/utf8"
)

// titleOf guesses a document's title. Web page boilerplate ("Skip to
// Content", "ARCHIVE", "Menu", breadcrumbs, cookie notices) is never
// taken. In order: the first heading that says "fact sheet"; a
// heading-like line just before a dateline, or one that opens a statement
// or remarks ("Statement by Ambassador …"); the first heading; a first
// line that says "fact sheet"; a short first line standing alone ("Direct
// investment positions for 2013: country and industry detail.").
func titleOf(text string, hs []heading) string {
	for _, h := range hs {
		if h.level == 1 && strings.Contains(strings.ToLower(h.text), "fact sheet") && !isBoilerplate(h.text) {
			return h.text
		}
	}
	if t := titleNearDateline(text); t != "" {
		return t
	}
	for _, h := range hs {
		if h.level == 1 && !h.runIn && !isBoilerplate(h.text) {
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
	// A short first line with a blank line after it.
	if n := utf8.RuneCountInString(first); n > 0 && n <= 120 && len(lines) > 1 && strings.TrimSpace(lines[1]) == "" &&
		!isBoilerplate(first) && !strings.ContainsAny(first, "$%") && strings.Count(first, ". ") == 0 {
		return strings.TrimSuffix(first, ".")
	}
	return ""
}

// titleOpeners begin the title line of a statement, a speech or a notice.
var titleOpeners = []string{"statement by", "statement of", "statement from", "joint statement", "remarks by", "remarks of", "readout of",
	"press release:", "fact sheet:", "testimony of", "op-ed by"}

// titleNearDateline returns, from the top of text, a heading-like line
// that stands just before a dateline ("Statement by … \n\nMarch 13,
// 2015") or opens with a title opener, past boilerplate.
func titleNearDateline(text string) string {
	var prev string // the last heading-like line that is no boilerplate
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
			if prev != "" {
				return prev
			}
			continue
		}
		prev = ""
		if isBoilerplate(t) || utf8.RuneCountInString(t) > 200 || strings.HasSuffix(t, ".") {
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
	"submit": true, "press releases": true, "press office": true, "news": true, "a-z index": true}

// isBoilerplate reports whether a line is part of a web page's frame:
// a navigation word, a skip link, a breadcrumb trail, a cookie or archive
// notice.
func isBoilerplate(line string) bool {
	l := strings.ToLower(strings.TrimSpace(line))
	l = strings.TrimRight(l, " :.|»›>")
	if webBoilerplate[l] {
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
