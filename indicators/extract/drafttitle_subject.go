package extract

import (
	"regexp"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles that name the figure's subject (drafts36). A title is never a
// scale word ("Billion"), a direction ("Up"), a verb phrase ("Experienced
// gains"), a unit noun ("People was"), a phrase ending on a preposition
// ("Increase in") or a name cut inside its quotes. In their place:
//   - a figure in parentheses right after a noun phrase is that phrase's
//     ("reduction in emissions from electricity (down 1.2 per cent)" →
//     "Change in emissions from electricity"); a place "experiencing the
//     largest increase (N)" and the place gapped after it ("and Tasmania
//     the smallest (M)") get "Increase in <place>'s <noun>";
//   - figures after a dash belong to the clause before it;
//   - otherwise the subject of the figure's clause, read past footnote
//     markers ("[2]", "¹", "(a)"), glosses in parentheses, "such as …"
//     examples and date phrases ("for the year to June 2019"), which a
//     title drops whole;
//   - "over half (54%) of <whole>" is the share of the whole due to the
//     clause's subject; a bare rate ("Annual growth rate") is the rate of
//     the sentence's subject.
// A change's title says it is a change, and names the base its sentence
// gives ("since 2005", "since the peak").

// footnoteRE matches footnote markers a subject is read past.
var footnoteRE = lazyRegexp(`\[\d{1,2}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\s\([a-z]\)`)

// datePhraseRE matches a date phrase a title drops whole: "for the year to
// June 2019", "in the June quarter 2019", "for the year to the June"
// (whose year another rule took).
var datePhraseRE = lazyRegexp(`\s*,?\s*\b(?:(?:[Ff]or|[Ii]n|[Dd]uring|[Oo]ver|of) )?the (?:(?:financial |calendar )?year|quarter|month|twelve months|12 months)s? (?:to|ended|ending|until) (?:the )?(?:(?:` + monthAlt + `)\b)?(?: quarter)?(?: of)?(?: \d{4})?|\s*,?\s*\b(?:(?:[Ff]or|[Ii]n|[Dd]uring|[Oo]ver) )?the (?:March|June|September|December) quarter(?: of)?(?: \d{4})?\b|\s*\b(?:over|during|in) (?:this|that|the same) period\b`)

// dropDatePhrases returns s without datePhraseRE's phrases: each holds
// "the " or "period", and most titles neither.
func dropDatePhrases(s string) string {
	if !strings.Contains(s, "the ") && !strings.Contains(s, "period") {
		return s
	}
	return datePhraseRE.ReplaceAllString(s, "")
}

// titleScaleWords, directionWords and unitNouns never make a title alone or
// open one.
var (
	titleScaleWords = map[string]bool{"billion": true, "million": true, "trillion": true, "thousand": true, "hundred": true, "bn": true, "mn": true}
	directionWords  = map[string]bool{"up": true, "down": true, "higher": true, "lower": true, "more": true, "less": true}
	unitNouns       = map[string]bool{"people": true, "persons": true, "person": true, "individuals": true, "residents": true, "percent": true, "per": true}
)

// changeWords say a title names a change.
var changeWords = []string{"change", "increase", "decrease", "rise", "fall", "growth", "decline", "reduction", "cut", "gain", "loss", "drop", "expansion", "contraction", "growing", "grew", "rate", "revision", "upward", "downward", "surplus", "deficit"}

// emptyTitle reports whether t names nothing a reader can use: a scale or
// direction word, a unit noun at its start, a verb phrase, an ending
// preposition, an unbalanced quote or a placeholder.
func emptyTitle(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 || isUnnamedTitle(t) {
		return true
	}
	first := strings.ToLower(strings.Trim(f[0], ",.;:"))
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:"))
	switch {
	case len(f) == 1 && (titleScaleWords[first] || directionWords[first]):
		return true
	case unitNouns[first] && (len(f) == 1 || subjectEnds[strings.ToLower(f[1])] || subjectEnds[last] || clauseVerbEnds[last]):
		// "People was", "People Australia's population increased".
		return true
	case len(f) <= 3 && (first == "experienced" || first == "experiencing" || first == "recorded" || first == "saw"):
		return true
	case first == "since":
		return true
	case (isPrepWord(last) || last == "the" || last == "and") && (len(f) <= 2 || isChangeNoun(first)):
		// "Increase in", not "Orphans … cared for".
		return true
	case unbalancedQuote(t):
		return true
	}
	return false
}

// unbalancedQuote reports whether t opens a quotation it does not close.
func unbalancedQuote(t string) bool {
	return strings.Count(t, "“") != strings.Count(t, "”") || strings.Count(t, "\"")%2 == 1
}

// saysChange reports whether t says it names a change.
func saysChange(t string) bool {
	l := strings.ToLower(t)
	for _, w := range changeWords {
		if hasPhrase(l, w) {
			return true
		}
	}
	return false
}

// clauseVerbEnds end a clause's subject besides subjectEnds and
// finiteVerbs.
var clauseVerbEnds = map[string]bool{"experienced": true, "experiencing": true, "added": true, "adds": true, "recorded": true, "saw": true,
	"increased": true, "decreased": true, "declined": true, "have": true, "has": true, "contributed": true, "contributing": true,
	"representing": true, "reached": true, "were": true, "was": true, "lost": true, "gained": true}

// suchAsRE matches a parenthetical list of examples: ", such as air
// purifiers and compressors,".
var suchAsRE = lazyRegexp(`,\s*(?:such as|including|e\.g\.|for example)[^,;]*(?:,|$)`)

// glossRE matches a gloss in parentheses that holds no figure.
var glossRE = lazyRegexp(`\s*\([^()0-9]*\)`)

// cleanSubjectText returns s without footnote markers, glosses,
// examples and date phrases: the words a subject is read from.
func cleanSubjectText(s string) string {
	s = footnoteRE.ReplaceAllString(s, "")
	s = glossRE.ReplaceAllString(s, "")
	s = suchAsRE.ReplaceAllString(s, " ")
	s = dropDatePhrases(s)
	return strings.Join(strings.Fields(s), " ")
}

// clauseSubject returns the subject of a clause s: its words up to the
// first verb, with no opening determiner or "also" and no closing
// preposition.
func clauseSubject(s string) string {
	s = cleanSubjectText(s)
	if f := strings.Fields(s); len(f) > 0 && leadWords[strings.ToLower(f[0])] {
		// "While starting from a small base, sales …": past the lead.
		if i := strings.IndexByte(s, ','); i >= 0 {
			s = s[i+1:]
		}
	}
	var keep []string
	quoted := false
	ws := strings.Fields(s)
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if lw == "" {
			continue
		}
		if quoted || strings.ContainsAny(w, "“”\"") {
			// A quoted name is kept whole, digits and all: "“Detroit 3”".
			if q := strings.Count(w, "“") - strings.Count(w, "”"); q > 0 {
				quoted = true
			} else if q < 0 {
				quoted = false
			}
			if strings.Count(w, "\"")%2 == 1 {
				quoted = !quoted
			}
			keep = append(keep, strings.Trim(w, ",;:"))
			continue
		}
		if finiteVerbs[lw] && !subjectEnds[lw] && (i > 0 && determiners[strings.ToLower(ws[i-1])] || len(keep) > 0 && (i+1 == len(ws) || subjectEnds[strings.ToLower(ws[i+1])] || clauseVerbEnds[strings.ToLower(ws[i+1])])) {
			// "Natural increase was", "the total population": a noun.
			keep = append(keep, strings.Trim(w, ";:"))
			continue
		}
		if subjectEnds[lw] || finiteVerbs[lw] || clauseVerbEnds[lw] || hasDigit(lw) || strings.ContainsAny(w, "$€£%(") {
			break
		}
		if lw == "also" || i == 0 && (lw == "while" || lw == "and" || lw == "but" || lw == "with") {
			continue
		}
		keep = append(keep, strings.Trim(w, ";:"))
	}
	if n := len(keep); n > 0 {
		keep[n-1] = strings.TrimRight(keep[n-1], ",")
	}
	for len(keep) > 0 && (isPrepWord(strings.ToLower(keep[len(keep)-1])) || titleStop[strings.ToLower(keep[len(keep)-1])]) {
		keep = keep[:len(keep)-1]
	}
	for len(keep) > 0 && titleStop[strings.ToLower(keep[0])] && !strings.EqualFold(keep[0], "the") {
		keep = keep[1:]
	}
	if len(keep) > 0 && strings.EqualFold(keep[0], "the") && (len(keep) < 2 || !isCapitalized(keep[1])) {
		keep = keep[1:]
	}
	if len(keep) > 1 && keep[0] == "The" && isCapitalized(keep[1]) {
		keep[0] = "the" // "the Northern Territory", inside a title
	}
	return strings.Join(keep, " ")
}

// fitTitle cuts a title longer than n characters at its first comma
// when what is before it is a whole name ("Increase in exports of
// electrical equipment, appliances, and components" → "… equipment"),
// or else as shorten does.
func fitTitle(t string, n int) string {
	if utf8Len(t) > n {
		if i := strings.IndexByte(t, ','); i > 0 && len(strings.Fields(t[:i])) >= 3 && !isPrepWord(strings.ToLower(lastWord(t[:i]))) {
			return t[:i]
		}
	}
	return shorten(t, n)
}

// determiners make the word after them a noun: "the total".
var determiners = stopSet(classArticles, "its", "their", "our")

// leadWords open a subordinate lead a subject is read past.
var leadWords = map[string]bool{"while": true, "although": true, "though": true, "despite": true, "after": true, "thanks": true}

// clauseStartOf returns where the clause holding byte at starts: after
// the last ";" or a dash-free sentence start, past a list marker.
func (d *docDraft) clauseStartOf(m Mention) int {
	text := d.src.Text
	s := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if i := strings.LastIndexByte(text[s:m.Span.Start], ';'); i >= 0 {
		s += i + 1
	}
	// "… (2,800 people) while net overseas migration added": a clause
	// of its own subject.
	for _, w := range []string{" while ", " whereas "} {
		if i := strings.LastIndex(text[s:m.Span.Start], w); i > 0 {
			s += i + len(w)
		}
	}
	return s
}

// dashBefore returns where a dash between clauses stands before the
// figure in its clause, or -1.
func dashBefore(seg string) int {
	best := -1
	for _, dash := range []string{" – ", " — ", " - "} {
		if i := strings.LastIndex(seg, dash); i > best {
			best = i
		}
	}
	return best
}

// parenOpen returns the byte of the "(" the figure stands in, when only
// a direction word or nothing stands between them, or -1.
func parenOpen(text string, m Mention) int {
	seg := text[m.Sentence.Start:m.Span.Start]
	i := strings.LastIndexByte(seg, '(')
	if i < 0 || strings.ContainsRune(seg[i:], ')') {
		return -1
	}
	in := strings.ToLower(strings.TrimSpace(seg[i+1:]))
	switch in {
	case "", "down", "up", "a", "an", "about", "around", "some", "nearly", "almost", "over":
		return m.Sentence.Start + i
	}
	if siblingInBracketRE.MatchString(in) {
		return m.Sentence.Start + i // "(84% of firms and 83%": the bracket's second figure
	}
	return -1
}

// siblingInBracketRE matches what a bracket holds before its second
// figure: the first, its own whole, and "and".
var siblingInBracketRE = lazyRegexp(`^[\d.,]+\s*(?:%|per ?cent|percent)(?:\s+of\s+[a-z -]+?)?,?\s+(?:and|or)$`)

// superlativeRE matches "<Name> experiencing the largest increase" at the
// end of the words before a figure's parenthesis, and the gapped "and
// <Name> the smallest".
var (
	superlativeRE   = lazyRegexp(`(?:^|[,;]\s*|\bwith\s+)((?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w.'’-]*)\s+(?:experiencing|recording|having|with|posting|showing|seeing)\s+the\s+(?:largest|smallest|biggest|highest|lowest|greatest|fastest|slowest)\s+(increase|decrease|rise|fall|growth|decline|gain|loss)$`)
	gappedRE        = lazyRegexp(`\band\s+((?:the\s+)?(?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w.'’-]*)\s+the\s+(?:largest|smallest|biggest|highest|lowest|greatest|fastest|slowest)$`)
	itsNounChangeRE = lazyRegexp(`\bits\s+(?:[a-z]+\s+)?([a-z]+)\s+(?:increase|growth|decline|decrease)\b`)
	changedInRE     = lazyRegexp(`\b(?:increased|decreased|grew|rose|fell|declined)\s+in\s+([a-z]+)`)
)

// ownerOf returns "<name>'s": "the Australian Capital Territory's".
func ownerOf(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "’"
	}
	return name + "'s"
}

// carriedChange names a place's change with the noun its sentence
// changes: "Increase in Queensland's population".
func carriedChange(change, place, sent string) string {
	t := capitalize(strings.ToLower(change)) + " in " + ownerOf(place)
	if g := changedInRE.FindStringSubmatch(sent); g != nil {
		return t + " " + g[1]
	}
	if g := itsNounChangeRE.FindStringSubmatch(sent); g != nil {
		return t + " " + g[1]
	}
	return strings.TrimSuffix(strings.TrimSuffix(t, "'s"), "’")
}

// parenTitle titles a figure standing in parentheses after a noun phrase.
func (d *docDraft) parenTitle(m Mention, measure indicators.MeasureKind) string {
	text := d.src.Text
	open := parenOpen(text, m)
	if open < 0 {
		return ""
	}
	cs := d.clauseStartOf(m)
	if open <= cs {
		return ""
	}
	before := strings.TrimSpace(footnoteRE.ReplaceAllString(text[cs:open], ""))
	sentBefore := text[m.Sentence.Start:open]
	if g := superlativeRE.FindStringSubmatch(before); g != nil {
		return carriedChange(g[2], g[1], sentBefore)
	}
	if g := gappedRE.FindStringSubmatch(before); g != nil {
		if h := largestChangeRE.FindStringSubmatch(sentBefore); h != nil {
			return carriedChange(h[1], g[1], sentBefore)
		}
	}
	if hasDigit(lastWord(before)) || strings.HasSuffix(before, "%") {
		return "" // a restatement of the figure before
	}

	lb := strings.ToLower(before)
	for _, c := range []string{" was the main contributor to ", " was the largest contributor to ", " were the main contributors to ", " contributed most to "} {
		if i := strings.Index(lb, c); i >= 0 {
			return title(clauseSubject(before[:i]))
		}
	}
	// The noun phrase right before the parenthesis: back to a verb, a
	// comma or a conjunction.
	ws := strings.Fields(before)
	k := len(ws)
	for k > 0 {
		lw := strings.ToLower(strings.Trim(ws[k-1], ".;:"))
		if strings.HasSuffix(ws[k-1], ",") || lw == "and" || lw == "to" || lw == "than" || lw == "by" || lw == "for" || lw == "among" || subjectEnds[lw] || clauseVerbEnds[lw] || finiteVerbs[lw] || isIrregularPast(lw) || lw == "came" || hasDigit(lw) {
			break
		}
		k--
	}
	np := ws[k:]
	// "the ongoing reduction in emissions from electricity": what is
	// reduced.
	for i := len(np) - 2; i >= 0; i-- {
		if _, ok := changeNouns[strings.ToLower(np[i])]; ok || isChangeNoun(np[i]) {
			if p := strings.ToLower(np[i+1]); p == "in" || p == "of" {
				np = np[i+2:]
				measure = indicators.Change
				break
			}
		}
	}
	// "Half of businesses (50%)": a fraction in words that the figure
	// restates is no part of what it measures, the whole after "of" is.
	for _, o := range d.mentionsOf(m.Sentence) {
		if spelledFraction(o) && o.Span.End < open && strings.HasPrefix(strings.ToLower(text[o.Span.End:open]), " of ") {
			if f := strings.Fields(text[o.Span.End+4 : open]); len(f) > 0 && len(f) < len(np) {
				np = f
			}
		}
	}
	for len(np) > 0 && titleStop[strings.ToLower(np[0])] {
		np = np[1:]
	}
	if len(np) == 0 {
		return ""
	}
	s := strings.Join(np, " ")
	if measure == indicators.Change && !saysChange(s) {
		return "Change in " + lowerFirst(s)
	}
	return title(s)
}

// lowerName lower-cases a subject's first letter as lowerFirst does,
// except in a possessive, which names someone: "Tasmania's population".
func lowerName(s string) string {
	if f := strings.Fields(s); len(f) > 0 && (strings.HasSuffix(f[0], "'s") || strings.HasSuffix(f[0], "’s")) {
		return s
	}
	return lowerFirst(s)
}

// changeOf is changeTitle with the subject lowered by lowerName.
func changeOf(dir indicators.Direction, what string) string {
	t := changeTitle(dir, what)
	lead := t[:len(t)-len(lowerFirst(what))]
	return lead + lowerName(what)
}

// isChangeNoun reports whether w names a change: "reduction", "increase".
func isChangeNoun(w string) bool {
	switch strings.ToLower(w) {
	case "reduction", "increase", "decrease", "rise", "fall", "growth", "decline", "drop", "cut", "gain", "loss", "change":
		return true
	}
	return false
}

// changeVerbBefore returns the direction a change verb right before a
// figure gives ("increased by", "up", "experienced gains of"), and whether
// one stands there.
func changeVerbBefore(before string) (indicators.Direction, bool) {
	f := strings.Fields(strings.ToLower(before))
	for len(f) > 0 && (f[len(f)-1] == "by" || f[len(f)-1] == "of" || f[len(f)-1] == "a" || f[len(f)-1] == "further") {
		f = f[:len(f)-1]
	}
	if len(f) == 0 {
		return indicators.NoDirection, false
	}
	switch strings.Trim(f[len(f)-1], ",") {
	case "increased", "rose", "grew", "gains", "gain", "up", "increase", "growth":
		return indicators.Up, true
	case "decreased", "fell", "declined", "down", "losses", "decrease", "reduction", "lower":
		return indicators.Down, true
	}
	return indicators.NoDirection, false
}

// baseRE matches the base a change's sentence names right after it:
// "per cent since the peak in …", "per cent below emissions in 2000",
// "lower than 1990 by".
var baseRE = lazyRegexp(`(?i)^\s*(?:percent|per cent|%|percentage points?)?\s*(?:(since the (?:peak|trough|low|high))\b|since (\d{4})\b|(?:below|above|lower than|higher than|less than|more than)\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(\d{4})\b)`)

// previousRE matches a base later in the figure's clause: "… or 0.4 Mt
// on the previous year".
var previousRE = lazyRegexp(`(?i)^[^,;()]*?\b(on the (?:previous|preceding|prior) (?:year|quarter|month))\b`)

// monthYearRE matches a month and year ("August 2014"): a base a year
// does not name.
var monthYearRE = lazyRegexp(`[A-Z][a-z]+ \d{4}`)

// thanYearRE matches a base written before the figure: "lower than 1990
// by".
var thanYearRE = tailRegexp{regexp.MustCompile(`(?i)\b(?:lower|higher|less|more|below|above)\s+than\s+(?:in\s+)?(\d{4})\s+by\s*$`), []string{"by"}}

// baseOf returns the base a change's sentence names for it: "since 2000",
// "since the peak", or "".
func baseOf(before, after string) string {
	if g := baseRE.FindStringSubmatch(after); g != nil && !monthYearRE.MatchString(g[0]) && !strings.HasPrefix(strings.TrimSpace(after[len(g[0]):]), "levels") {
		// "below 2005 levels" is a target's, no change since 2005.
		switch {
		case g[1] != "":
			return strings.ToLower(g[1])
		case g[2] != "":
			return "since " + g[2]
		default:
			return "since " + g[3]
		}
	}
	if g := thanYearRE.FindStringSubmatch(before); g != nil {
		return "since " + g[1]
	}
	if g := previousRE.FindStringSubmatch(after); g != nil {
		return strings.ToLower(g[1])
	}
	return ""
}

// dashFromRE matches a change's level pair after a dash: "– from $34.4
// billion in 2011 to …".
var dashFromRE = lazyRegexp(`^\s*(?:percent|per cent|%)?\s*[–—-]\s*from\s+[^;]*?\bin\s+(\d{4})\s+to\b`)

// subjectTitle returns a title for the figure m whose title t names
// nothing, or that is a change not saying so, and why; "" when it has
// none better.
func (d *docDraft) subjectTitle(m Mention, t string, measure indicators.MeasureKind) (string, string) {
	text := d.src.Text
	cs := d.clauseStartOf(m)
	before := text[cs:m.Span.Start]
	after := text[m.Span.End:min(m.Sentence.End, m.Span.End+200)]
	stripped := dropDatePhrases(t)
	stripped = strings.TrimSpace(stripped)
	if stripped != t && stripped != "" && !emptyTitle(stripped) {
		t = stripped
	} else if stripped != t {
		t = stripped
	}
	if isUnderTitle(t) {
		// A fallback names nothing the figure's sentence says; the noun
		// phrase its bracket follows does: "medium businesses (70%)".
		// Not a figure in words the bracket restates ("the majority
		// (98%) of", "one in five (20%)"), a comparison ("more men
		// (77%)"), nor a name, which is the figure's entity ("highest in
		// Wales (77%)").
		if pt := d.parenTitle(m, measure); pt != "" && !emptyTitle(pt) && len(placesIn(pt, 0)) == 0 && !nameOnly(pt) && !comparedGroupRE.MatchString(pt) &&
			d.parenFallback(m) == "" && !d.restatesWords(m) {
			return d.withBase(pt, before, after, measure), "the noun phrase the figure's parenthesis follows"
		}
		return "", ""
	}
	if !emptyTitle(t) {
		if _, isVerb := changeVerbBefore(before); measure == indicators.Change && !saysChange(t) && (isVerb || dashFromRE.MatchString(after)) && hasLetter(t) && !strings.ContainsAny(t, "+-") {
			dir, _ := changeVerbBefore(before)
			if dir == indicators.NoDirection {
				dir = m.Quantity.Direction
			}
			nt := changeOf(dir, t)
			if g := dashFromRE.FindStringSubmatch(after); g != nil && !strings.Contains(nt, " since ") {
				nt += " since " + g[1]
			}
			return nt, "a change's title says it is a change"
		}
		if b := baseOf(before, after); b != "" && measure == indicators.Change && !namesBase(t) && utf8Len(t)+len(b) < 64 {
			return t + " " + b, "the change's base, which its sentence names"
		}
		return t, "a date phrase is the period's, dropped whole"
	}
	// "… share (54%) of the total population growth": the share of the
	// whole due to the clause's subject.
	if g := shareParenRE.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil && parenOpen(text, m) >= 0 {
		whole := clauseSubject(g[1])
		subj := clauseSubject(before)
		if whole != "" && subj != "" {
			return shorten("Share of "+lowerFirst(whole)+" due to "+lowerFirst(subj), 64), "a fraction's percent: the share of the whole due to the subject"
		}
	}
	if open := parenOpen(text, m); open >= 0 && strings.HasSuffix(strings.TrimSpace(text[m.Sentence.Start:open]), "%") {
		// "an annual growth rate of 1.7% (3,400 people)": the change the
		// rate is of, in its count.
		if subj := clauseSubject(before); subj != "" && !emptyTitle(subj) {
			if t := carriedChange("increase", subj, text[m.Sentence.Start:open]); strings.Contains(t, "'s ") || strings.Contains(t, "’ ") {
				return t, "a rate's figure restated as a count: the change the rate is of"
			}
		}
	}
	if pt := d.parenTitle(m, measure); pt != "" && !emptyTitle(pt) {
		return d.withBase(pt, before, after, measure), "the noun phrase the figure's parenthesis follows"
	}
	// Figures after a dash belong to the clause before it.
	seg := before
	if i := dashBefore(seg); i >= 0 {
		seg = seg[:i]
	}
	if ante := d.relativeAntecedent(m, cs); ante != "" {
		// "… 43.4 per cent of global public postal revenues, which
		// reached 234.8 billion SDR": a relative clause's subject is the
		// noun phrase its pronoun stands for.
		nt := title(ante)
		if measure == indicators.Change {
			nt = changeOf(m.Quantity.Direction, ante)
		}
		return d.withBase(nt, before, after, measure), "the noun phrase the figure's relative clause stands for"
	}
	if measure == indicators.Change && d.otherFigureClause(m, cs) {
		// "the CMS received 40,000 new applications, up 5,100 compared
		// with …": the subject before is the clause of another figure;
		// the change's own clause names none, and the rules of a change
		// beside a level read what that figure measures. (A level after
		// another, "46,650 licences were issued in 1982, and 58,400 in
		// 1983", shares its clause's subject.)
		return "", ""
	}
	subj := clauseSubject(seg)
	if len(strings.Fields(subj)) < 2 && !isCapitalized(subj) || emptyTitle(subj) || strings.HasSuffix(strings.ToLower(subj), "ing") {
		return "", ""
	}
	if rest := strings.Fields(subj); len(rest) > 0 && (isChangeNoun(rest[0]) || rest[0] == "Since") {
		return "", ""
	}
	dir, isVerb := changeVerbBefore(text[cs:m.Span.Start])
	if dir == indicators.NoDirection {
		dir = m.Quantity.Direction
	}
	nt := title(subj)
	if measure == indicators.Change || isVerb && m.Kind != Currency && !strings.Contains(strings.ToLower(before), " to ") {
		nt = changeOf(dir, subj)
	}
	return d.withBase(nt, before, after, measure), "the subject of the figure's clause"
}

// relativeClauseRE matches the words of a figure's relative clause before
// it: ", which reached", ", which totalled some", ", who numbered".
var relativeClauseRE = lazyRegexp(`,\s+(?:which|who)\s+([a-z]+)\s+(?:[a-z]+\s+)?$`)

// relativeAntecedent returns the noun phrase that the relative pronoun
// of m's clause stands for when its verb links it to the figure
// (linkVerbs: "global public postal revenues, which reached"): the words before its comma back to the clause start or the
// figure before them, past an opening preposition and determiner; "" when
// m's clause is no relative clause, or those words are no noun phrase of
// one to six words.
func (d *docDraft) relativeAntecedent(m Mention, cs int) string {
	text := d.src.Text
	before := text[cs:m.Span.Start]
	loc := relativeClauseRE.FindStringSubmatchIndex(before)
	if loc == nil || !linkVerbs[before[loc[2]:loc[3]]] {
		return "" // "…, which employ 5,000 people": what the noun does, not what it is
	}
	comma := cs + loc[0]
	start := cs
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence == m.Sentence && o.Span.End <= comma && o.Span.End > start {
			start = o.Span.End
		}
	}
	ws := strings.Fields(text[start:comma])
	for len(ws) > 0 && (isPrepWord(strings.ToLower(ws[0])) || determiners[strings.ToLower(ws[0])]) {
		ws = ws[1:]
	}
	if len(ws) == 0 || len(ws) > 6 || hasVerb(ws) || strings.ContainsAny(strings.Join(ws, " "), ",;:()") {
		return ""
	}
	return strings.Join(ws, " ")
}

// otherFigureClause reports whether another figure of m's sentence stands
// between the clause start cs and m with a comma after it, the object of
// a verb of doing ("the CMS received 40,000 new applications, up 5,100"):
// the subject before is then the doer of that figure's clause, not what
// m measures. A subject linked to its figure ("the rate was 10.7 percent,
// down 0.4 point") is what both measure.
func (d *docDraft) otherFigureClause(m Mention, cs int) bool {
	text := d.src.Text
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Sentence != m.Sentence || o.Span.Start < cs || o.Span.End >= m.Span.Start || !strings.Contains(text[o.Span.End:m.Span.Start], ",") ||
			strings.Contains(text[o.Span.End:m.Span.Start], "(") {
			continue
		}
		ws := strings.Fields(text[cs:o.Span.Start])
		// Past a hedge or article between verb and figure: "received
		// over 40,000", "issued an estimated 5,000".
		for len(ws) > 0 && (hedgeWords[strings.ToLower(ws[len(ws)-1])] || determiners[strings.ToLower(ws[len(ws)-1])] || strings.EqualFold(ws[len(ws)-1], "estimated")) {
			ws = ws[:len(ws)-1]
		}
		if len(ws) > 1 && doneParticipleOf(ws[len(ws)-1]) != "" {
			return true
		}
	}
	return false
}

// comparedGroupRE matches a comparison in a group's noun phrase.
var comparedGroupRE = lazyRegexp(`(?i)\b(?:more|fewer|less|than)\b`)

// restatesWords reports whether the figure m opens a bracket after a
// figure in words and at most two words of its noun, which it restates:
// "one in five (20%)", "one in four patients (4.5 million)".
func (d *docDraft) restatesWords(m Mention) bool {
	open := parenOpen(d.src.Text, m)
	for _, o := range d.mentionsOf(m.Sentence) {
		if open >= 0 && o.Span.End <= open && !hasDigit(o.Text) && len(strings.Fields(d.src.Text[o.Span.End:open])) <= 2 && !strings.ContainsAny(d.src.Text[o.Span.End:open], ",;:") {
			return true
		}
	}
	return false
}

// namesBase reports whether a title already names what a change is
// measured from.
func namesBase(t string) bool {
	l := strings.ToLower(t)
	for _, w := range []string{" since ", " on the ", " on a ", " from ", " earlier", " compared ", " against ", " than "} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// withBase adds the base a change's sentence names to its title.
func (d *docDraft) withBase(t, before, after string, measure indicators.MeasureKind) string {
	if measure != indicators.Change || namesBase(t) {
		return fitTitle(t, 60)
	}
	if b := baseOf(before, after); b != "" && utf8Len(fitTitle(t, 60))+len(b) < 64 {
		return fitTitle(t, 60) + " " + b
	}
	return fitTitle(t, 60)
}

// shareParenRE matches the rest of "over half (54%) of the whole".
var shareParenRE = lazyRegexp(`^\s*\)\s+of\s+([^,;.]+)`)

// largestChangeRE matches "the largest increase" and its kind of change.
var largestChangeRE = lazyRegexp(`the\s+(?:largest|smallest|biggest|highest|lowest|greatest)\s+(increase|decrease|rise|fall|growth|decline|gain|loss)\b`)
