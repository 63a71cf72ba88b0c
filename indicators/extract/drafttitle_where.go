package extract

import (
	"strings"
)

// Titles of counts a clause describes (drafts45): a count after "in" or
// "at" counts the places where its clause happens ("more than 19,000
// people have stayed at shelters in 40 counties" → "Counties where people
// have stayed at shelters"); a count an inverted "Included in … are"
// introduces is titled by its relative clause ("46 Ohio shelters that
// continue to house 605 tenants" → "Ohio shelters that still house
// tenants"); a bare number after "and" whose verb follows takes the noun
// of the count before it ("7,027 households …, and 5,048 have found other
// housing" → "Households that have found other housing").

// countNounRE matches a count and its noun: "19,000 people", "40
// counties".
var countNounRE = lazyRegexp(`[0-9][0-9,.\x{00a0}]*\s+([a-z][a-z-]*)`)

// hedgeOpen are words that may open a count.
var hedgeOpen = map[string]bool{"more": true, "than": true, "over": true, "about": true, "nearly": true, "almost": true,
	"some": true, "around": true, "approximately": true, "at": true, "least": true, "roughly": true}

// clauseCountTitle returns the title of a count its clause describes, or
// "".
func (d *docDraft) clauseCountTitle(m Mention) string {
	if m.Kind != Number && m.Kind != Count {
		return ""
	}
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	noun := countedNoun(m.Text)
	if f := strings.Fields(noun); len(f) > 0 && fragmentStarts[strings.ToLower(f[0])] {
		// "2,970 have found permanent homes" read as a count of homes: a
		// bare number and its verb.
		after, noun = " "+noun+after, ""
	}
	switch {
	case noun != "" && (strings.HasSuffix(before, " in ") || strings.HasSuffix(before, " at ")):
		return whereCount(before, noun)
	case noun != "" && (strings.HasSuffix(before, "are ") || strings.HasSuffix(before, "were ")) && inversionRE.MatchString(before):
		return relativeCount(noun, after)
	case noun == "" && (strings.HasSuffix(before, ", and ") || strings.HasSuffix(before, " and ")):
		ms := countNounRE.FindAllStringSubmatch(before, -1)
		if len(ms) == 0 {
			return ""
		}
		return elidedSubject(ms[len(ms)-1][1], after)
	}
	return ""
}

// countedNoun returns the noun of a count as stated ("40 states" →
// "states"), or "" for a bare number.
func countedNoun(stated string) string {
	var keep []string
	for _, w := range strings.Fields(stated) {
		lw := strings.ToLower(w)
		if hedgeOpen[lw] || hasDigit(lw) {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// whereCount titles a count of places after "in" or "at": the clause
// before it, from its last comma, with the count that is its subject.
func whereCount(before, noun string) string {
	if f := strings.Fields(noun); len(f) > 2 || !strings.HasSuffix(noun, "s") || strings.EqualFold(f[0], "per") {
		return "" // places are a plural noun: not "per quintal"
	}
	clause := before
	if i := strings.LastIndex(clause, ", "); i >= 0 {
		clause = clause[i+2:]
	}
	ws := strings.Fields(clause)
	ws = ws[:len(ws)-1] // "in", "at"
	for len(ws) > 0 && (hedgeOpen[strings.ToLower(ws[0])] || hasDigit(ws[0])) {
		ws = ws[1:]
	}
	if len(ws) < 3 {
		return ""
	}
	verb := false
	for _, w := range ws[1:] {
		lw := strings.ToLower(w)
		if hasDigit(lw) {
			return "" // another figure: not one clause's count
		}
		if fragmentStarts[lw] || strings.HasSuffix(lw, "ed") {
			verb = true
		}
	}
	t := upperFirst(noun) + " where " + lowerFirst(strings.Join(ws, " "))
	if !verb || len(t) > 64 {
		return ""
	}
	return t
}

// inversionRE matches an inverted "Included in those figures are " right
// before a count.
var inversionRE = lazyRegexp(`(?i)\b(?:included|counted|among)\b[^,]*\b(?:are|were)\s+$`)

// relativeClauseRE matches the relative clause after a count's noun:
// " that continue to house 605 applicants."
var relativeClauseRE = lazyRegexp(`^\s+(that|who|which)\s+([^,;.]+)`)

// relativeCount titles a count by its noun and the relative clause after
// it, without its figures; "continue to" is "still".
func relativeCount(noun, after string) string {
	g := relativeClauseRE.FindStringSubmatch(after)
	if g == nil {
		return ""
	}
	vp := continueToRE.ReplaceAllString(g[2], "still ")
	var keep []string
	for _, w := range strings.Fields(vp) {
		if !hasDigit(w) {
			keep = append(keep, w)
		}
	}
	t := upperFirst(noun) + " " + g[1] + " " + strings.Join(keep, " ")
	if len(t) > 64 || titleFault(t) != "" {
		return ""
	}
	return t
}

// continueToRE matches "continue to " before a verb.
var continueToRE = lazyRegexp(`\bcontinu(?:e|es|ed|ing) to `)

// elidedSubjectRE matches the verb phrase after a bare number: "have
// found other housing arrangements".
var elidedSubjectRE = lazyRegexp(`^\s+((?:have|has|had|were|are|was|is)\s+[^,;.]+)`)

// elidedSubject titles a bare number whose verb follows by the noun of the
// count before it: "Households that have found other housing".
func elidedSubject(noun, after string) string {
	g := elidedSubjectRE.FindStringSubmatch(after)
	if g == nil || hasDigit(g[1]) {
		return ""
	}
	t := upperFirst(noun) + " that " + strings.TrimSpace(g[1])
	if len(t) > 64 || titleFault(t) != "" {
		return ""
	}
	return t
}
