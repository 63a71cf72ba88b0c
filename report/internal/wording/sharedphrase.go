package wording

import (
	"slices"
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
//
// A run of words every title starts with, which the view's title does
// not say whole and Unrepeated therefore keeps, goes too, up to the
// joining word it ends on, for the subtitle to say: "Average weekly
// household spending on" of four bars under "Selected recreation and
// culture items, weekly household spending" is "…; average weekly
// household spending", and the bars "Package holidays", "Pets and pet
// food", as a chart whose title says the run labels them
// (s24s-spending). A run that names a change, crosses a comma or leaves
// a bar wordless or two alike stays.
func BarTitles(viewTitle string, told, raw []string, entities [][]string) ([]string, string) {
	titles, phrase := sharedPhrase(Placed(viewTitle, raw, Unrepeated(viewTitle, told), entities))
	if phrase != "" && hasWords(strings.ToLower(viewTitle), strings.ToLower(phrase)) {
		phrase = "" // "England" of "…, England" under "Storm overflow spills in England" (s29z-overflows)
	}
	titles, head := sharedHead(titles)
	if head != "" && phrase != "" {
		return titles, head + "; " + phrase
	}
	return titles, head + phrase
}

// sharedHead returns titles without the run of words they all start
// with, ending on a joining word (leading), and that run without its
// joining words, its first word lowered; titles and "" where there is
// none of two words or more, it names a change, crosses a comma or a
// bracket, or what it leaves would read alike or be empty.
func sharedHead(titles []string) ([]string, string) {
	if len(titles) < 2 || !slices.ContainsFunc(titles, func(t string) bool { return t != titles[0] }) {
		return titles, ""
	}
	words, shortest := wordsOf(titles)
	head := 0
	for head < shortest-1 && !slices.ContainsFunc(words, func(w []string) bool { return !strings.EqualFold(w[head], words[0][head]) }) {
		head++
	}
	// Nor "as", which joins a participle to its complement: "Public
	// charging devices designated" said no thing (s25u-charging).
	joins := func(w string) bool { w = strings.ToLower(w); return leading[w] && !coordinators[w] && w != "as" }
	for head > 0 && !joins(words[0][head-1]) {
		head--
	}
	run := words[0][:head]
	for len(run) > 0 && joins(run[len(run)-1]) {
		run = run[:len(run)-1]
	}
	// Nor a share's run ("Share originating from …"): the subtitle's
	// "percent of" says the share, and its other words dangle
	// (s28y-socialcare: "…; share originating").
	if len(run) < 2 || changeHead(run) || strings.ContainsAny(strings.Join(words[0][:head], " "), ",;:()[]") ||
		slices.Contains(shareLeads, strings.ToLower(run[0])+" of ") {
		return titles, ""
	}
	out := make([]string, len(titles))
	seen := map[string]bool{}
	for i, w := range words {
		// What is left starts with a word, or an acronym ("TV"), not a
		// name or a figure: "Scotland (2023/24)" of "New native woodland
		// created in Scotland" named no woodland, "19" of "Homicide
		// victims aged 13 to 19" no victims.
		if first := w[head]; !lowerStart(first) && (strings.ToUpper(first) != first || strings.ToLower(first) == first) {
			return titles, ""
		}
		out[i] = upperFirst(strings.Join(w[head:], " "))
		if seen[strings.ToLower(out[i])] || !Balanced(out[i]) {
			return titles, ""
		}
		seen[strings.ToLower(out[i])] = true
	}
	return out, lowerFirstWord(strings.Join(run, " "))
}

// sharedPhrase returns titles without the phrase each of them ends with,
// the same in all and set off as a clause of its own, after a comma
// (", per 100,000 people") or in brackets at the end (" (15+)"), and that
// phrase without its comma or brackets. Titles are returned as they are,
// with "", where fewer than two share one, or where the phrase or a
// title without it would say no word or figure or leave a bracket open
// ("(truly vacant" of "… (truly vacant, share …)"), or where the comma is
// inside a list: ", fuel and power" ends "housing, fuel and power", one
// name, never a clause (s24s-spending's bars read "…spending on housing"
// under a subtitle "…; fuel and power").
func sharedPhrase(titles []string) ([]string, string) {
	if len(titles) < 2 {
		return titles, ""
	}
	cut := func(t string) (head, phrase string) {
		if i := strings.LastIndex(t, " ("); i > 0 && strings.HasSuffix(t, ")") {
			return t[:i], t[i+2 : len(t)-1]
		}
		if i := strings.LastIndex(t, ", "); i > 0 && !listEnd(t[:i], t[i+2:]) {
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
		if p != phrase || !said(head) || !Balanced(head) || !Balanced(p) {
			return titles, ""
		}
		out[i] = head
	}
	return out, phrase
}

// SubtitleWith returns sub saying phrase, the phrase BarTitles took from
// every bar's title, once: after it, set off by a semicolon, unless sub
// says it already, as whole words in any case ("Deaths per 100,000
// people" of "per 100,000 people"; "Thousands of tonnes" does not say
// "US"). A view's own subtitle is said so too: it replaces the subtitle
// the chart makes, and the phrase taken off the bars follows it.
func SubtitleWith(sub, phrase string) string {
	switch {
	case phrase == "" || hasWords(strings.ToLower(sub), strings.ToLower(phrase)) || shareSaid(sub, phrase):
		return sub
	case sub == "":
		return upperFirst(phrase)
	}
	if longer, ok := wholeSaid(sub, phrase); ok {
		return longer
	}
	return sub + "; " + phrase
}

// shareSaid reports whether phrase names only a share, which sub's
// "percent" says: "share", or "share of attended appointments" under
// "percent of attended appointments" (s28y-gpappts: "…; share").
func shareSaid(sub, phrase string) bool {
	low, s := strings.ToLower(phrase), strings.ToLower(sub)
	if !hasWords(s, "percent") && !hasWords(s, "per cent") {
		return false
	}
	for _, lead := range shareLeads {
		if low == strings.TrimSuffix(lead, " of ") {
			return true
		}
		if rest, ok := strings.CutPrefix(low, lead); ok && (hasWords(s, "percent of "+rest) || hasWords(s, "per cent of "+rest)) {
			return true
		}
	}
	return false
}

// wholeSaid returns sub with the whole its "percent of" names said as
// phrase, a share of it, says it in full, where phrase's whole begins
// with sub's: "percent of people who finished full-time education,
// 2011 and 2022" with "share of people who finished full-time education
// before they were 16" is "percent of people who finished full-time
// education before they were 16, 2011 and 2022", never both, over two
// lines (s26w-language); and a count's noun after "number of" alike.
func wholeSaid(sub, phrase string) (string, bool) {
	low := strings.ToLower(phrase)
	for _, lead := range append([]string{""}, shareLeads...) {
		rest, ok := strings.CutPrefix(low, lead)
		if !ok {
			continue
		}
		// A share's whole after "percent of", a count's noun after
		// "number of": "number of potential victims" with "potential
		// victims of modern slavery referred …" (s26w-slavery).
		marker := "number of "
		if lead != "" {
			marker = "percent of "
		}
		at := strings.Index(strings.ToLower(sub), marker)
		if at < 0 {
			continue
		}
		from := at + len(marker)
		to := from + strings.IndexAny(sub[from:]+";", ",;")
		if whole := strings.ToLower(sub[from:to]); whole != "" && strings.HasPrefix(rest, whole+" ") {
			return sub[:from] + phrase[len(lead):] + sub[to:], true
		}
	}
	return "", false
}

// listEnd reports whether phrase, after a comma that follows head, ends
// a list of lower-case words that head's last word opens: "fuel and
// power" after "… on housing". A phrase of names ("England and Wales")
// or of no coordinator ("traditional survey area") is no list's end.
func listEnd(head, phrase string) bool {
	h := strings.Fields(head)
	if len(h) == 0 || !lowerStart(h[len(h)-1]) || !lowerStart(phrase) || strings.Contains(phrase, ",") {
		return false
	}
	return slices.ContainsFunc(strings.Fields(phrase), func(w string) bool { return coordinators[w] })
}
