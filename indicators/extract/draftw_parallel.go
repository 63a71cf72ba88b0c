package extract

import "strings"

// The genre's pattern: a sentence of parallel clauses, each opening with
// "in <place>" ("in Scotland at least 95% coverage was achieved …, in
// Wales at least 94% coverage and in Northern Ireland coverage was at
// least 92%"), lists one place per clause. Each figure is about its own
// clause's place; the other clauses' places are not its counterpart.

// inGroup is a run of places after "in", joined by "and" or a comma
// ("in Scotland and Wales"), and where the clause it opens ends: at the
// next run's start, or the sentence's end.
type inGroup struct {
	start, end, reach int
	codes             []string
}

// parallelPlaces returns the places of the "in <place>" clause that holds
// m, when m's sentence has at least two such clauses and another of them
// holds a figure of its own; ok is false otherwise.
func (d *docDraft) parallelPlaces(m Mention) (codes []string, why string, ok bool) {
	text := d.src.Text
	s, e := m.Sentence.Start, m.Sentence.End
	if !strings.Contains(text[s:e], "in ") {
		return nil, "", false
	}
	var groups []inGroup
	for _, p := range countries(d.placesAt(text, s, s, e)) {
		if n := len(groups); n > 0 && joinedPlace(text[groups[n-1].end:p.start]) {
			groups[n-1].end = p.end
			groups[n-1].codes = append(groups[n-1].codes, p.code)
			continue
		}
		if lastWord(text[max(s, p.start-12):p.start]) != "in" || !clauseOpens(text[s:p.start]) {
			continue
		}
		groups = append(groups, inGroup{start: p.start, end: p.end, codes: []string{p.code}})
	}
	if len(groups) < 2 {
		return nil, "", false
	}
	for i := range groups {
		groups[i].reach = e
		if i+1 < len(groups) {
			groups[i].reach = groups[i+1].start
		}
	}
	own, others := -1, 0
	for i, g := range groups {
		held := false
		for _, o := range d.mentionsOf(m.Sentence) {
			if o.Sentence == m.Sentence && o.Span.Start >= g.end && o.Span.End <= g.reach {
				held = true
				if o.Span == m.Span {
					own = i
				}
			}
		}
		if held && own != i {
			others++
		}
	}
	if own < 0 || others == 0 {
		return nil, "", false
	}
	g := groups[own]
	if len(countries(d.placesAt(text, s, g.end, m.Span.Start))) > 0 {
		return nil, "", false // another place stands between: not a bare list
	}
	return distinctCodes(g.codes), "named in its own clause, one of parallel clauses \"in A …, in B …\" that list one place each: none is the other's counterpart", true
}

// joinedPlace reports whether gap, the text between two places, joins them
// into one run: "and", a comma, or both.
func joinedPlace(gap string) bool {
	g := strings.TrimSpace(gap)
	g = strings.TrimSpace(strings.TrimPrefix(g, ","))
	return g == "" || g == "and" || g == "or"
}

// clauseOpens reports whether before, the sentence's text up to a place,
// ends with "in" at the opening of a clause: at the sentence's start, or
// after a comma, a semicolon, a colon or a joining word.
func clauseOpens(before string) bool {
	b := strings.TrimSpace(strings.ToLower(before))
	b = strings.TrimSpace(strings.TrimSuffix(b, " the"))
	b = strings.TrimSpace(strings.TrimSuffix(" "+b, " in"))
	if b == "" {
		return true
	}
	if strings.HasSuffix(b, ",") || strings.HasSuffix(b, ";") || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "•") {
		return true
	}
	switch lastWord(b) {
	case "and", "but", "while", "whereas":
		return true
	}
	return false
}
