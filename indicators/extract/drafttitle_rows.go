package extract

import (
	"regexp"
	"strings"
)

// Titles of a bulletin's table of main points (drafts42): a row's first
// cell counts something ("11,324 releases from sentences between January
// and March"), its second cell ("This is a rise of 9% compared to the same
// period in 2021") changes it. The counted noun keeps its phrase, the
// change takes the first cell's title, and a level's "has risen by" is a
// rise in it, never the level.

// rowTailRE matches the opening of a table row's second cell after "|":
// "This is", "This represents", "This number".
var rowTailRE = lazyRegexp(`^this (?:is|was|represents|number|figure)\b`)

// yearEarlierRE matches a base one year before: "the same period in
// 2021", "the same quarter in the previous year".
var yearEarlierRE = lazyRegexp(`\bthe same (?:period|quarter|month|point|week) (?:in|of|last) (?:\d{4}|the previous year|the year before|year)\b`)

// rowTailTitle returns the title of a change in a table row's second cell
// ("| This is a rise of 9% …"): the change in the first cell's title, on a
// year earlier when its base is one; "" otherwise.
func rowTailTitle(prevSubject, between, after string) string {
	i := strings.LastIndexByte(between, '|')
	if i < 0 || prevSubject == "" {
		return ""
	}
	if !rowTailRE.MatchString(strings.ToLower(strings.TrimSpace(between[i+1:]))) {
		return ""
	}
	t := "Change in " + theSubject(lowerFirst(prevSubject))
	la := strings.ToLower(after)
	if j := strings.IndexAny(la, ".|"); j >= 0 {
		la = la[:j]
	}
	if yearEarlierRE.MatchString(la) {
		t += " on a year earlier"
	}
	return shorten(t, 64)
}

// risenByRE matches a change verb and "by" right before a figure: "has
// risen by around ".
var risenByRE = tailRegexp{regexp.MustCompile(`(?i)\b(?:has |have |had )?(risen|rose|grown|grew|increased|fallen|fell|decreased|dropped|declined) by (?:around |about |almost |nearly |some |over |roughly |just )?$`),
	[]string{"by", "around", "about", "almost", "nearly", "some", "over", "roughly", "just"}}

// risenByTitle returns "Rise in <title>" for a figure a change verb and
// "by" precede ("the total prison population has risen by around 2,350"),
// when title, the level's, is no change title; "" otherwise.
func risenByTitle(title, before string) string {
	g := risenByRE.FindStringSubmatch(before)
	if g == nil || title == "" || isChangeTitle(title) {
		return ""
	}
	lead := "Rise in "
	switch strings.ToLower(g[1]) {
	case "fallen", "fell", "decreased", "dropped", "declined":
		lead = "Fall in "
	}
	return shorten(lead+theSubject(lowerFirst(title)), 64)
}

// countedPhraseStops end the phrase of a counted noun: a time or a cell's
// end.
var countedPhraseStops = stopSet(classCopulas, "between", "as", "at", "during", "since", "|", "this")

// countedPhrase returns the counted noun t after a figure (or ending
// stated, the figure as written) with its
// phrase ("releases from sentences between January …" → "Releases from
// sentences"), or "" when the words after the figure do not open with t
// and a preposition.
func countedPhrase(t, stated, after string) string {
	ws := strings.Fields(after)
	if f := strings.Fields(stated); len(ws) > 0 && len(f) > 1 && strings.EqualFold(f[len(f)-1], t) && isPrep(ws[0]) {
		ws = append([]string{t}, ws...) // "11,324 releases" stated with its noun
	}
	if len(ws) < 3 || !strings.EqualFold(strings.Trim(ws[0], ",.;:"), t) || !isPrep(ws[1]) {
		return ""
	}
	keep := []string{ws[0]}
	for _, w := range ws[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if countedPhraseStops[lw] || hasDigit(lw) || monthNumber(lw) > 0 {
			break
		}
		keep = append(keep, strings.Trim(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	for len(keep) > 1 && (isPrep(keep[len(keep)-1]) || titleStop[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	if len(keep) < 3 {
		return ""
	}
	return title(strings.Join(keep, " "))
}
