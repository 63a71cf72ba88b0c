package xlsx

import (
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// webURL reports whether s may be a hyperlink in the book: an absolute
// http or https URL (the scheme in any case) with a host, and without
// user information, white space or backslashes. Anything else a catalog
// holds as a URL (javascript:, file:, data:, \\server\share, a relative
// path) is written as plain text, never as a link: the loader checks URLs
// too, but catalogs built in Go reach the book without it.
func webURL(s string) bool {
	if s == "" || strings.ContainsAny(s, " \t\r\n\\") {
		return false
	}
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	scheme := strings.ToLower(u.Scheme)
	return (scheme == "http" || scheme == "https") && u.Opaque == "" && u.Host != "" && u.User == nil
}

// shortURL returns a web URL as a cell can show it in about max
// characters: without its scheme, its percent-escapes decoded
// (shownURL), and, when still longer, its host, "…/" and the last part
// of its path, cut to max−1 characters and "…" if need be. The link
// keeps the URL as written.
func shortURL(raw string, max int) string {
	s := shownURL(raw)
	if i := strings.Index(s, "://"); i >= 0 {
		s = s[i+3:]
	}
	s = strings.TrimSuffix(s, "/")
	if utf8.RuneCountInString(s) <= max {
		return s
	}
	host, path, _ := strings.Cut(s, "/")
	if k := strings.LastIndex(path, "/"); k >= 0 {
		path = path[k+1:]
	}
	short := host + "/…/" + path
	if utf8.RuneCountInString(short) <= max {
		return short
	}
	r := []rune(short)
	return string(r[:max-1]) + "…"
}

// sheetRef returns a reference to cell (A1, $C$2:$C$9) on sheet, the sheet
// name quoted as formulas and link locations want it when it is not a
// plain word ('Trade & aid'!A1), with a quote in the name doubled.
func sheetRef(sheet, cell string) string {
	plain := sheet != ""
	for i := 0; i < len(sheet); i++ {
		if c := sheet[i]; !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c == '_' || i > 0 && c >= '0' && c <= '9') {
			plain = false
			break
		}
	}
	if plain && !isA1([]byte(strings.ToUpper(sheet))) && !beginsR1C1([]byte(strings.ToUpper(sheet))) {
		return sheet + "!" + cell
	}
	return "'" + strings.ReplaceAll(sheet, "'", "''") + "'!" + cell
}

// rowRef is the reference to column A of a row, for links to rows.
func rowRef(sheet string, row int) string {
	return sheetRef(sheet, "A"+strconv.Itoa(row))
}

// shownURL returns raw with its percent-escapes decoded, as a browser's
// address bar shows it: "publication-‘children’s-social-care" for
// "publication-%E2%80%98children%E2%80%99s-social-care" (s18k-children:
// the Cover showed the escapes). Escapes that decode to no valid UTF-8,
// a control character or a space, or that do not decode, stay as they
// are: what is shown must still read as the one address.
func shownURL(raw string) string {
	d, err := url.PathUnescape(raw)
	if err != nil || !utf8.ValidString(d) || strings.IndexFunc(d, func(r rune) bool { return unicode.IsControl(r) || unicode.IsSpace(r) }) >= 0 {
		return raw
	}
	return d
}
