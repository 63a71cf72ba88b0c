package extract

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Row labels (label22). A statistics release names a figure the way a
// table labels its row: what is measured, in the document's own noun
// phrase for it, then, after a comma, what sets this figure apart from its
// neighbours — a place, a group, a category ("Business birth rate,
// London"). A sentence that ranks its breakdowns writes both around a
// superlative, the breakdown as the clause's subject or after "was in":
// "<X> had the highest <NP> at <figure>", "<X> was the <class> with the
// highest <NP> at <figure>", "The lowest <NP> was in <X> (<figure>)",
// "<NP> was highest in <X> (<figure>)", and goes on "followed by <Y>
// (<figure>)", "and lowest in <Y> (<figure>)" or "while <Y> had the
// lowest [<NP>] at <figure>", the measured phrase left to the clause
// before.
// Drafted from the clause alone, such a figure is titled by its
// breakdown ("London") or by its measured phrase with the superlative
// ("Lowest annual growth rate"); rowLabel puts the two together.

// rowLabelREs are the sentence shapes of a ranked breakdown, matched
// against the words before the figure (rowLabelShapes); built once.
var rowLabelREs = sync.OnceValue(func() [6]*lazyRE {
	sups := make([]string, 0, len(superlatives))
	for w := range superlatives {
		if w != "most" && w != "least" && !strings.Contains(w, "-") {
			sups = append(sups, w)
		}
	}
	slices.Sort(sups)
	// The superlative: one word of superlatives, or "most"/"least" and
	// the adjective it grades ("least busy").
	sup := `((?:most|least) [a-z]+|` + strings.Join(sups, "|") + `)`
	// The start of the breakdown's clause: the sentence's, after a comma
	// or semicolon, or after a conjunction that opens a new clause.
	lead := `(?:^|[,;:]\s+(?:(?:while|whereas|and|but)\s+)?|\b(?:while|whereas|and|but)\s+)`
	// The breakdown and the measured phrase hold no figure, comma or
	// bracket: "accommodation and food services", "rate of cancer incidence".
	x := `((?:[Tt]he\s+)?[^\s,;:()\d%][^,;:()\d%]*?)`
	np := `([a-z][^,;:()\d%]*?)`
	return [6]*lazyRE{
		// "London was the region with the highest birth rate at"
		lazyRegexp(lead + x + `\s+(?:was|were|is|are)\s+the\s+([a-z]+)\s+with\s+the\s+` + sup + `\s+` + np + `\s+(?:at|of)\s*$`),
		// "The North East had the highest rate of cancer incidence at"
		lazyRegexp(lead + x + `\s+(?:had|has|have|recorded|saw|reported|showed)\s+the\s+` + sup + `(?:\s+` + np + `)?\s+(?:at|of)\s*$`),
		// "The lowest annual growth rate was in the South East of England ("
		lazyRegexp(`(?i:the)\s+` + sup + `\s+` + np + `\s+(?:was|were)\s+(?:in|for|among)\s+` + x + `\s*(?:\(|,?\s+at)\s*$`),
		// "…, followed by the West Midlands ("
		lazyRegexp(`,?\s+followed\s+by\s+` + x + `\s*\(\s*$`),
		// "male life expectancy at birth was highest in East Dorset ("
		lazyRegexp(lead + `(?:[Tt]he\s+)?` + np + `\s+(?:was|were|is|are)\s+` + sup + `\s+(?:in|for|among)\s+` + x + `\s*(?:\(|,?\s+at)\s*$`),
		// "… (82.9 years) and lowest in Glasgow City ("
		lazyRegexp(`\)?,?\s+(?:and|while|but|whereas)\s+` + sup + `\s+(?:in|for|among)\s+` + x + `\s*(?:\(|,?\s+at)\s*$`),
	}
})

// rowShape is what a ranked breakdown's sentence says of one figure.
type rowShape struct {
	breakdown, class, superlative, measured string
}

// rowLabelShape reads the ranked breakdown of the figure whose sentence
// runs before it as before, or reports false. A measured phrase of one
// word ("the lowest rate") or none ("followed by …") is the phrase of
// the ranking before it in the sentence.
func rowLabelShape(before string) (rowShape, bool) {
	res := rowLabelREs()
	for i, re := range res {
		g := re.FindStringSubmatchIndex(before)
		if g == nil {
			continue
		}
		sub := func(k int) string {
			if g[2*k] < 0 {
				return ""
			}
			return strings.Join(strings.Fields(before[g[2*k]:g[2*k+1]]), " ")
		}
		var r rowShape
		switch i {
		case 0:
			r = rowShape{breakdown: sub(1), class: sub(2), superlative: sub(3), measured: sub(4)}
		case 1:
			r = rowShape{breakdown: sub(1), superlative: sub(2), measured: sub(3)}
		case 2:
			r = rowShape{superlative: sub(1), measured: sub(2), breakdown: sub(3)}
		case 3:
			r = rowShape{breakdown: sub(1)}
		case 4:
			r = rowShape{measured: sub(1), superlative: sub(2), breakdown: sub(3)}
		case 5:
			r = rowShape{superlative: sub(1), breakdown: sub(2)}
		}
		if r.measured == "" || !strings.Contains(r.measured, " ") {
			// The phrase of the ranking before: "… the highest rate of
			// cancer incidence at 653 cases …, while London had the
			// lowest rate at".
			prev, ok := rowLabelShape(beforeFigure(before[:g[0]]))
			switch {
			case ok && (r.measured == "" || hasPhrase(strings.ToLower(prev.measured), strings.ToLower(r.measured))):
				r.measured = prev.measured
				if r.superlative == "" && !strings.HasPrefix(prev.superlative, "second ") {
					// "The lowest … (1.2%), followed by the West Midlands"
					r.superlative, r.class = "second "+prev.superlative, prev.class
				}
			case r.measured == "":
				return rowShape{}, false
			}
		}
		r.breakdown = strings.TrimPrefix(strings.TrimPrefix(r.breakdown, "the "), "The ")
		if r.breakdown == "" || r.measured == "" || rowLabelRefused(r) {
			return rowShape{}, false
		}
		return r, true
	}
	return rowShape{}, false
}

// rowLabelRefused reports whether a ranked breakdown's words cannot make
// a row label: a measured phrase that is a change ("the largest regional
// increase was in London": what changed is named elsewhere) or a pronoun
// or frame for a breakdown ("it", "this").
func rowLabelRefused(r rowShape) bool {
	f := strings.Fields(strings.ToLower(r.measured))
	if _, ok := changeNouns[f[len(f)-1]]; ok || f[len(f)-1] == "change" || f[len(f)-1] == "growth" && len(f) == 1 {
		return true
	}
	b := strings.ToLower(r.breakdown)
	return titleStop[b] || strings.EqualFold(b, "there") || len(strings.Fields(b)) > 8
}

// rowLabelMax is the most runes a row label runs to: the length of a
// title a person keeps (the wording measure's), the superlative dropped
// first.
const rowLabelMax = 64

// rowLabel returns the row label of m's figure when its sentence ranks
// breakdowns (rowLabelShape): "<measured>, <breakdown> (<superlative>
// [<class>])", or "". A title that already names both ("Spending in
// computer science") is kept: "".
func (d *docDraft) rowLabel(m Mention, title string) string {
	text := d.src.Text
	from := m.Sentence.Start
	if m.Span.Start-from > 400 {
		return ""
	}
	if !mayRank(text[from:m.Span.Start]) {
		return "" // most sentences rank nothing: no regexp run for them
	}
	r, ok := rowLabelShape(joinBroken(text[from:m.Span.Start]))
	if !ok || containsFold(title, r.measured) && containsFold(title, r.breakdown) {
		return ""
	}
	t := upperFirst(r.measured) + ", " + r.breakdown
	if utf8.RuneCountInString(t) > rowLabelMax {
		return "" // a label no person would keep whole
	}
	if r.superlative == "" {
		return t
	}
	rank := " (" + strings.ToLower(r.superlative)
	if r.class != "" {
		rank += " " + r.class
	}
	if utf8.RuneCountInString(t+rank+")") > rowLabelMax {
		return t
	}
	return t + rank + ")"
}

// beforeFigure returns s up to the figure it ends with, cut after the
// last "(" or " at " that leads to it: "… South East of England (1.2%)"
// → "… South East of England (".
func beforeFigure(s string) string {
	i := strings.LastIndex(s, "(") + 1
	if j := strings.LastIndex(s, " at "); j >= 0 && j+len(" at ") > i {
		i = j + len(" at ")
	}
	return s[:i]
}

// changedLead matches a change's title and splits it into its change
// word ("Change in", "Growth of") and the phrase it changes.
var changedLead = lazyRegexp(`^((?:Change|Rise|Fall|Increase|Decrease|Decline|Drop|Growth|Reduction|Cut|Gain|Loss) (?:in|of)) (.+)$`)

// frameStarts open a phrase that frames a figure in time or in the
// document rather than naming what it measures: "During the financial
// year ending March", "End of September", "Latest release", "Overall
// there", "Year ending March".
var frameStarts = map[string]bool{"during": true, "end": true, "latest": true, "overall": true, "year": true,
	"since": true, "until": true, "current": true, "there": true, "release": true, "statistics": true}

// pointWords name a point of a series, not the series: alone ("Peak",
// "Record") they say what a figure is of nothing.
var pointWords = map[string]bool{"peak": true, "high": true, "low": true, "record": true, "level": true,
	"average": true, "figure": true, "number": true, "amount": true}

// namesMeasure reports whether p can name what a figure measures: a
// noun phrase with a letter and no verb of its own clause, not a place
// alone ("England": where, not what), not a change ("largest regional
// increase": of what?), and no frame of time or of the document
// (frameStarts), nor a word that stands for one.
func namesMeasure(p string) bool {
	f := strings.Fields(strings.ToLower(p))
	for len(f) > 1 && (f[0] == "the" || f[0] == "a" || f[0] == "an") {
		f = f[1:]
	}
	if len(f) == 0 || !hasLetter(p) || onlyPlaces(p) {
		return false
	}
	first, last := strings.Trim(f[0], ",.;:()"), strings.Trim(f[len(f)-1], ",.;:()")
	if frameStarts[first] || subjectStopWords[first] || titleStop[first] || len(f) == 1 && (notChangedWords[first] || pointWords[first]) ||
		isChangeNoun(last) || titleStop[last] || strings.HasSuffix(last, "’s") || strings.HasSuffix(last, "'s") {
		return false
	}
	for i, w := range f {
		if i > 0 && relativeWords[w] {
			// "Share of sailings that were late": a relative clause
			// narrows the noun before it; its verb is no verb of the title.
			f = f[:i]
			break
		}
	}
	for _, w := range f {
		w = strings.Trim(w, ",.;:()")
		if w == "there" || w == "billion" || w == "million" || subjectEnds[w] && !edAdjectives[w] {
			return false
		}
	}
	return !hasVerb(withoutModifierVerbs(f))
}

// withoutModifierVerbs returns the lower-case words f of a noun phrase
// without a verb's bare form that stands between two of its words as a
// modifier of the noun after it ("private hire driver licences", "the
// support staff"): inside a noun phrase a bare "hire" or "support" is a
// noun, never the phrase's verb. A participle or a verb in -s stays, and
// so does one after a plural, its subject ("companies hire workers").
func withoutModifierVerbs(f []string) []string {
	out := make([]string, 0, len(f))
	for i, w := range f {
		lw := strings.Trim(w, ",.;:()")
		if v := doneBy[lw]; v != "" && v != lw && !strings.HasSuffix(lw, "s") && i > 0 && i+1 < len(f) &&
			!titleStop[strings.Trim(f[i+1], ",.;:()")] && !titleStop[strings.Trim(f[i-1], ",.;:()")] && !strings.HasSuffix(f[i-1], "s") {
			continue
		}
		out = append(out, w)
	}
	return out
}

// changeTail returns the title of a change whose drafted title names no
// measured phrase ("Change in Overall there", "Change in End of
// September"). A change that is a tail of its sentence ("…, down 8.2% in
// the three years", "…, an increase of £145.2 billion on September 2016")
// changes what the figure before it in the sentence measures, prev; with
// none, the subject of its sentence after a leading frame. The caller
// gives prev only when the figure before can be what changed: a percent
// change of any level, an amount's change of an amount of its kind. It
// returns ""
// when the title names a measured phrase or neither is one.
func changeTail(title, prev, quote string) string {
	g := changedLead.FindStringSubmatch(title)
	if g == nil || namesMeasure(g[2]) {
		return ""
	}
	if prev != "" && !changedLead.MatchString(prev) && !isFallbackTitle(prev) && namesMeasure(prev) {
		return g[1] + " " + lowerTitle(prev)
	}
	if s := framedSubject(quote); s != "" && namesMeasure(s) {
		return g[1] + " " + lowerTitle(s)
	}
	return ""
}

// mayRank reports whether the words before a figure may rank breakdowns
// (rowLabelShape): a superlative ("-est", "most", "least") or "followed
// by" is in them.
func mayRank(before string) bool {
	return strings.Contains(before, "est ") || strings.Contains(before, "most ") || strings.Contains(before, "followed by")
}
