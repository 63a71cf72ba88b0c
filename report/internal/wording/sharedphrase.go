package wording

import (
	"strings"
	"unicode"
)

// BarTitles returns the titles that name bars under a view titled
// viewTitle, as every chart of the view names them, the PNG's and the
// book's alike: told apart as told (TellApart), without the words the
// view's title says (Unrepeated), by their places where they are of
// places of their own (Placed: raw are the bars' own titles, entities
// their places), and without the phrase that ends every one of them,
// which it returns for the subtitle to say once (SubtitleWith):
// "Breeding mallards, traditional survey area" on each of five bars is
// "Breeding mallards" under "…; traditional survey area" (s18k-birds).
func BarTitles(viewTitle string, told, raw []string, entities [][]string) ([]string, string) {
	return sharedPhrase(Placed(viewTitle, raw, Unrepeated(viewTitle, told), entities))
}

// sharedPhrase returns titles without the phrase each of them ends with,
// the same in all and set off as a clause of its own, after a comma
// (", per 100,000 people") or in brackets at the end (" (15+)"), and that
// phrase without its comma or brackets. Titles are returned as they are,
// with "", where fewer than two share one, or where the phrase or a
// title without it would say no word or figure.
func sharedPhrase(titles []string) ([]string, string) {
	if len(titles) < 2 {
		return titles, ""
	}
	cut := func(t string) (head, phrase string) {
		if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
			return t[:i], t[i+2 : len(t)-1]
		}
		if i := strings.LastIndex(t, ", "); i > 0 {
			return t[:i], t[i+2:]
		}
		return "", ""
	}
	said := func(s string) bool {
		return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
	}
	_, phrase := cut(titles[0])
	if !said(phrase) {
		return titles, ""
	}
	out := make([]string, len(titles))
	for i, t := range titles {
		head, p := cut(t)
		if p != phrase || !said(head) {
			return titles, ""
		}
		out[i] = head
	}
	return out, phrase
}

// SubtitleWith returns sub saying phrase, the phrase BarTitles took from
// every bar's title, once: after it, set off by a semicolon, unless sub
// says it already ("Deaths per 100,000 people" of "per 100,000 people").
func SubtitleWith(sub, phrase string) string {
	switch {
	case phrase == "" || strings.Contains(strings.ToLower(sub), strings.ToLower(phrase)):
		return sub
	case sub == "":
		return upperFirst(phrase)
	}
	return sub + "; " + phrase
}
