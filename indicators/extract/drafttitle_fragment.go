package extract

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The test of a title (drafts45): one place that says whether a title is
// a real title of what a figure measures or a fragment of its sentence.
// The drafter mends or refuses what it fails (mendFragment), and the
// draft measure (realTitle in draft_corpus_test.go) counts what it fails
// as a miss, so the two never disagree.

// titleFault returns why t is no real title of what a figure measures, or
// "" when it may be one: a placeholder or the drafter's fallback ("Count
// under Main points", "Figure of …"), a list marker or leading article, a
// title that starts on a verb ("Included in those figures"), ends on a
// hedge, comparison word, preposition, article, conjunction or auxiliary
// ("States more than", "Hotel rooms to be"), is cut inside a noun phrase
// ("… owner occupiers'"), names only a month or a state ("Rise in
// March", "Change in flat") or holds a non-word ("whened"). Whether t
// misreads its sentence is quoteFault's to say, and whether it is a
// heading of its document headingTitle's.
func titleFault(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return "no words"
	}
	switch {
	case strings.Contains(t, "TODO") || strings.HasPrefix(t, "Figure of"):
		return "a placeholder"
	case isUnnamedTitle(t):
		return "a placeholder"
	case isUnderTitle(t):
		return "the drafter's fallback of a kind and a heading"
	case listMarkerRE.MatchString(t) || bulletPrefix(t) > 0:
		return "a list marker"
	}
	first := strings.ToLower(strings.Trim(f[0], ",.;:"))
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:()"))
	switch {
	case (first == "a" || first == "an" || first == "the") && !(first == "the" && len(f) > 1 && startsWithPlace(strings.Join(f[1:], " "))):
		// "The Netherlands' rank" names a place whose name takes "the".
		return "a leading article"
	case fragmentStarts[first]:
		return "a verb, not what is measured"
	case len(f) > 1 && verbBeforePrep(f[0], f[1]):
		// "Included in those figures", "Applied for asylum".
		return "a verb, not what is measured"
	case len(f) > 3 && isChangeNoun(first) && (f[1] == "in" || f[1] == "of") && verbBeforePrep(f[2], f[3]):
		// "Decline in Applied for international protection".
		return "a verb, not what changed"
	case len(f) >= 3 && isChangeNoun(first) && (f[1] == "in" || f[1] == "of") && strings.EqualFold(f[2], "there"):
		// "Change in there on the previous quarter" of "There were …, up
		// 2.1% on the previous quarter" (grid22).
		return "an existential there, not what changed"
	case len(f) == 3 && isChangeNoun(first) && (f[1] == "in" || f[1] == "of") && stateWords[strings.ToLower(f[2])]:
		// "Change in flat" of "was flat (0.4%)".
		return "a state, not what changed"
	case len(f) >= 3 && isChangeNoun(first) && (f[1] == "in" || f[1] == "of") && onlyTime(f[2:]):
		// "Rise in March".
		return "a month, not what changed"
	case (fragmentEnds[last] || titleStop[last] || nounBreaks[last] || isPrepWord(last)) && !strandedPrep(f):
		return "ends on " + strconv.Quote(last)
	case adverbEnd(f):
		// "Advance figure for seasonally" of "… for seasonally adjusted
		// initial claims", "Rise in ODA still": a noun phrase cut
		// before its head, or an adverb left over.
		return "cut inside a noun phrase, on " + strconv.Quote(last)
	case noSubjectTitles[strings.ToLower(strings.Join(f, " "))]:
		// "All-time high", "Increase", "Moving average": what the figure
		// is, never of what.
		return "names no subject"
	case clippedTitle(f):
		// "Decrease in output in is now estimated".
		return "a clipped verb phrase"
	case titleScaleWords[first] && (len(f) == 1 || strings.HasSuffix(f[0], ",")):
		// "Million", "Million, all": a scale word is never what is
		// counted.
		return "a scale word, not what is counted"
	case len(f) >= 3 && isChangeNoun(first) && (f[1] == "in" || f[1] == "of") && changeOfChange(f[2:]):
		// "Change in the change": a change of a change names what
		// changed.
		return "a change of a change, not what changed"
	case len(f) <= 4 && bareUnit.MatchString(t):
		// "Annual rate", "Units of April", "Share of average".
		return "a unit or rate word, not what is measured"
	case (first == "when" || first == "compared") && comparisonOpen.MatchString(t):
		// "When compared with the three months".
		return "a comparison, not what is measured"
	case strings.HasSuffix(last, "'") || strings.HasSuffix(last, "’"):
		// "… owner occupiers'"; an elided noun after "'s" may end a
		// title ("… compared with the Japan FTA's").
		return "cut inside a noun phrase"
	}
	if why := verbEndFault(f); why != "" {
		return why
	}
	if why := clauseTitleFault(f); why != "" {
		return why
	}
	if why := listTitleFault(bareLowerWords(f)); why != "" {
		return why
	}
	for _, w := range f {
		if nonWord(strings.ToLower(strings.Trim(w, ",.;:()"))) {
			return "a non-word " + strconv.Quote(w)
		}
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) < 0 {
			return "a symbol " + strconv.Quote(w) // "Immigration =", "Total –"
		}
	}
	return ""
}

// changeOfChange reports whether f, the words after a title's "Change
// in", are only a change noun, bare or with its article ("the change",
// "the increase"): the title names no thing that changed.
func changeOfChange(f []string) bool {
	if len(f) == 2 && determiners[strings.ToLower(f[0])] {
		f = f[1:]
	}
	return len(f) == 1 && isChangeNoun(strings.Trim(f[0], ",.;:"))
}

// clippedTitle reports whether a title's words run a preposition into
// an auxiliary: "… in is …", a clipped verb phrase.
func clippedTitle(f []string) bool {
	for i := 1; i < len(f); i++ {
		switch strings.ToLower(f[i]) {
		case "is", "are", "was", "were", "has", "have", "had":
			switch strings.ToLower(f[i-1]) {
			case "in", "of", "for", "on", "at", "to":
				return true
			}
		}
	}
	return false
}

// bareUnit matches a title that is a unit or rate word alone, or
// a share of no whole: "Annual rate", "Units of April", "Share of
// average".
var bareUnit = lazyRegexp(`(?i)^(?:(?:annual|annuali[sz]ed|monthly|quarterly|weekly|daily)\s+rate|rate|units?(?:\s+of\s+(?:` + monthAlt + `))?|(?:share|percent|percentage)\s+of\s+(?:average|total|level|the average|the total))$`)

// comparisonOpen matches a title that opens on a comparison:
// "When compared with …", "Compared with …".
var comparisonOpen = lazyRegexp(`(?i)^(?:when\s+)?compared\s+(?:with|to)\b`)

// listMarkerRE matches a list marker at a title's start: "•", "1.",
// "(a)", "b)".
var listMarkerRE = lazyRegexp(`^(?:[•◦▪‣·∙*–—-]|\(?[0-9]{1,2}[.)]|\(?[a-z][.)]|\([ivx]+\))\s*`)

// fragmentStarts open a clause, never a title: auxiliaries and copulas.
var fragmentStarts = stopSet(classHaveForms|classCopulas|classModals|classDoForms, "be", "been", "being")

// fragmentEnds cannot end a title besides the stop words and
// prepositions: hedges and comparison words ("more than", "at least"),
// conjunctions, auxiliaries ("to be") and copulas.
var fragmentEnds = stopSet(classConjunctions|classContrasts|classCopulas|classHaveForms|classModals|classDoForms,
	"more", "less", "fewer", "than", "least", "most", "nearly", "almost", "approximately", "roughly", "around",
	"some", "about", "over", "under", "up", "just", "due", "owing", "nor", "yet", "if", "be", "been", "being",
	"without", "whose", "whom", "when", "where", "what", "there", "not", "no")

// verbBeforePrep reports whether w, a participle ending in "-ed", stands
// before the preposition p: a verb phrase ("Included in", "Applied for"),
// not a noun ("Planned total expenditures").
func verbBeforePrep(w, p string) bool {
	lw := strings.ToLower(w)
	lp := strings.ToLower(p)
	return len(lw) > 4 && strings.HasSuffix(lw, "ed") && (isPrepWord(lp) || nounBreaks[lp])
}

// stateWords say how a figure stands, never what it measures.
var stateWords = map[string]bool{"flat": true, "unchanged": true, "steady": true, "stable": true, "higher": true, "lower": true,
	"up": true, "down": true, "positive": true, "negative": true}

// onlyTime reports whether ws name a month or a year and nothing else.
func onlyTime(ws []string) bool {
	month := false
	for _, w := range ws {
		w = strings.Trim(w, ",.;:")
		switch {
		case shortMonth(w) != 0 && len(w) >= 3 && unicode.IsUpper(firstRune(w)):
			month = true
		case isDigit4(w):
		default:
			return false
		}
	}
	return month
}

// firstRune returns the first letter of s.
func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// nonWordStems are function words that take no verb ending: "whened",
// "thaning" are cut words run together, never English.
var nonWordStems = stopSet(classDemonstratives|classPrepositions|classConjunctions|classRelativePronouns,
	"when", "where", "what", "whom", "whose", "while", "than", "then", "there", "the", "but", "into", "as",
	"if")

// nonWord reports whether w is a function word with a verb ending.
func nonWord(w string) bool {
	for _, suf := range []string{"ed", "ing"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && nonWordStems[stem] {
			return true
		}
	}
	return false
}

// headingTitle reports whether t is, case and closing colon aside, one of
// the headings heads that the figure's sentence, quote, does not write:
// a section's name, not what a figure in it measures.
func headingTitle(t, quote string, heads []heading) bool {
	if containsFold(quote, t) {
		return false
	}
	for _, h := range heads {
		if strings.EqualFold(strings.TrimRight(h.text, ":. "), strings.TrimRight(t, ":. ")) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds sub, case aside.
func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(strings.TrimRight(sub, ":. ")))
}

// isHeadingTitle reports whether t is one of the document's headings; the
// headings' lower-case texts are kept on the first call.
func (d *docDraft) isHeadingTitle(t string) bool {
	if d.headTexts == nil {
		d.headTexts = make(map[string]bool, len(d.heads))
		for _, h := range d.heads {
			d.headTexts[strings.ToLower(strings.TrimRight(h.text, ":. "))] = true
		}
	}
	return d.headTexts[strings.ToLower(strings.TrimRight(t, ":. "))]
}

// mendFragment mends a title that titleFault, quoteFault (of its
// sentence, quote) or isHeadingTitle refuses: "continue to be" is
// "still"; it drops a list marker and a leading article, cuts a title cut inside
// a noun phrase back to the phrase's head, and drops the words a title
// cannot end on; what it cannot mend becomes the fallback, which the
// measure counts as a miss and a note asks a person to name. It returns
// the title and why it changed, or t and "".
func (d *docDraft) mendFragment(t, quote string) (string, string) {
	fault := titleFault(t)
	qf := quoteFault(t, quote)
	if fault == "" && qf == "" && (!d.isHeadingTitle(t) || containsFold(quote, t)) {
		return t, ""
	}
	m := t
	switch {
	case qf != "":
		// "Applicants to be housed" of "continue to be housed".
		fault = qf
		if m = continueRE.ReplaceAllString(t, "still "); m == t {
			m = strings.Replace(t, " to be ", " still ", 1)
		}
	case fault == "":
		fault = "a heading"
	}
	if loc := listMarkerRE.FindStringIndex(m); loc != nil {
		m = m[loc[1]:]
	} else if n := bulletPrefix(m); n > 0 {
		m = m[n:]
	}
	for _, a := range []string{"The ", "the ", "A ", "An "} {
		if rest, ok := strings.CutPrefix(m, a); ok && rest != "" {
			m = upperFirst(rest)
			break
		}
	}
	f := strings.Fields(m)
	for i, w := range f {
		if i > 0 && nonWord(strings.ToLower(strings.Trim(w, ",.;:()"))) {
			// "First time applicants whened": the words before it.
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return "", fault
	}
	if l := f[len(f)-1]; len(f) > 2 && (strings.HasSuffix(l, "'") || strings.HasSuffix(l, "’")) {
		// "Rise in Consumer Prices Index including owner occupiers'": back
		// to before the phrase the possessive opens.
		for i := len(f) - 2; i > 1; i-- {
			if w := strings.ToLower(f[i]); nounBreaks[w] || w == "including" || w == "excluding" {
				f = f[:i]
				break
			}
		}
		if l := f[len(f)-1]; strings.HasSuffix(l, "'") || strings.HasSuffix(l, "’") {
			f = f[:len(f)-1]
		}
	}
	for len(f) > 2 {
		lw := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:"))
		if !(fragmentEnds[lw] || titleStop[lw] || nounBreaks[lw] || isPrepWord(lw)) {
			break
		}
		f = f[:len(f)-1]
	}
	m = strings.Join(f, " ")
	if titleFault(m) == "" && quoteFault(m, quote) == "" && (!d.isHeadingTitle(m) || containsFold(quote, m)) && len(f) >= 2 {
		return m, "a real title, not " + fault
	}
	return "", fault
}

// continueToBeRE matches "continue to be <participle>" in a quote.
var continueToBeRE = lazyRegexp(`\bcontinu(?:e|es|ed|ing) to be ([a-z]+)`)

// quoteFault returns why title misreads its quote, or "": "continue(s)
// to be housed" says who is still housed, never what is "to be housed".
func quoteFault(title, quote string) string {
	if !strings.Contains(title, " to be ") {
		return ""
	}
	lt := strings.ToLower(title)
	if i := strings.LastIndex(lt, " to be "); i >= 0 {
		// "Applicants to be housed" of "continue to house 605 applicants".
		p := strings.Fields(lt[i+len(" to be "):])
		if len(p) > 0 && strings.HasSuffix(p[0], "ed") {
			for _, stem := range []string{strings.TrimSuffix(p[0], "d"), strings.TrimSuffix(p[0], "ed")} {
				if strings.Contains(strings.ToLower(quote), "continue to "+stem+" ") || strings.Contains(strings.ToLower(quote), "continues to "+stem+" ") {
					return "\"continue to\" read as \"to be\": it means \"still\""
				}
			}
		}
	}
	for _, g := range continueToBeRE.FindAllStringSubmatch(quote, -1) {
		if strings.HasSuffix(strings.ToLower(title), " to be "+g[1]) || strings.Contains(strings.ToLower(title), " to be "+g[1]+" ") {
			return "\"continue to\" read as \"to be\": it means \"still\""
		}
	}
	return ""
}

// startsWithPlace reports whether s opens on the name of a place.
func startsWithPlace(s string) bool {
	ps := placesIn(s, 0)
	return len(ps) > 0 && ps[0].start == 0
}

// strandedPrep reports whether the title words f end on a preposition a
// verb before it strands, as a relative clause may ("Countries Japan is
// to consider partnering with", "Orphans and vulnerable children cared
// for"), not a preposition whose object was cut ("States more than").
func strandedPrep(f []string) bool {
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:()"))
	if len(f) < 3 || last == "than" || !(nounBreaks[last] || isPrepWord(last)) {
		return false
	}
	for _, w := range f[1 : len(f)-1] {
		lw := strings.ToLower(w)
		if fragmentStarts[lw] || len(lw) > 4 && (strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ing")) {
			return true
		}
	}
	return false
}

// continueRE matches "continue to be " in a title.
var continueRE = lazyRegexp(`\b(?:[Cc]ontinu(?:e|es|ed|ing)) to be `)

// parenFallbackRE matches the words before a figure in parentheses that
// say what it restates: a part ("over half (", "a third (") or no change
// ("was flat (", "unchanged (").
var parenFallbackRE = lazyRegexp(`(?i)\b(?:(half|a third|a quarter|two thirds|three quarters|the majority)|(?:was|were|is|are|remained|held)\s+(flat|unchanged|steady|stable))\s*\($`)

// parenFallback titles a figure in parentheses that the drafter would
// leave to the fallback: "over half (54%) of the total population growth"
// is the share of what follows "of"; "The monthly rate of housing starts
// was flat (0.4%)" the change in the sentence's subject. Or "".
func (d *docDraft) parenFallback(m Mention) string {
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	g := parenFallbackRE.FindStringSubmatch(before)

	if g == nil {
		return ""
	}
	after := text[m.Span.End:m.Sentence.End]
	if !strings.HasPrefix(after, ")") {
		return ""
	}
	if g[1] != "" {
		rest, ok := strings.CutPrefix(strings.TrimSpace(after[1:]), "of ")
		if !ok {
			return ""
		}
		ws := strings.Fields(rest)
		for len(ws) > 0 && titleStop[strings.ToLower(ws[0])] {
			ws = ws[1:]
		}
		if np := nounAfter(ws); np != "" {
			return "Share of " + np
		}
		return ""
	}
	// The subject is all before the verb the pattern matched: the
	// sentence's words before "was flat (" (sentenceSubject would stop
	// at a noun that may be a verb: "housing starts", "the total").
	loc := parenFallbackRE.FindStringSubmatchIndex(before)
	ws := strings.Fields(before[bulletPrefix(before):loc[0]])
	for len(ws) > 0 && titleStop[strings.ToLower(ws[0])] {
		ws = ws[1:]
	}
	s := strings.Join(ws, " ")
	if s == "" || titleFault(s) != "" {
		return ""
	}
	if i := strings.Index(s, " for "); i > 0 && len(s) > 40 {
		s = s[:i] // "… of container arrivals for all ports"
	}
	return "Change in " + lowerFirst(s)
}

// leftAdverbs end no title: adverbs a clause leaves when it is cut ("Rise
// in ODA still").
var leftAdverbs = map[string]bool{"still": true, "only": true, "also": true, "even": true, "already": true, "again": true}

// adverbEnd reports whether a title's words f end on an adverb that cannot
// end a noun phrase: one left over ("Rise in ODA still"), or one in "-ally"
// right after a preposition or article, which modifies the adjective the
// title cut off ("Advance figure for seasonally" of "for seasonally
// adjusted initial claims"). After a noun it may close the title ("… in
// women globally").
func adverbEnd(f []string) bool {
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:()"))
	if leftAdverbs[last] {
		return true
	}
	if len(last) <= 5 || !strings.HasSuffix(last, "ally") {
		return false
	}
	if len(f) == 1 {
		return true
	}
	prev := strings.ToLower(strings.Trim(f[len(f)-2], ",.;:()"))
	return isPrepWord(prev) || prev == "the" || prev == "a" || prev == "an" || titleStop[prev]
}

// noSubjectTitles say what kind a figure is, never of what: a title of
// these words alone names nothing.
var noSubjectTitles = map[string]bool{"increase": true, "decrease": true, "rise": true, "fall": true, "change": true, "decline": true,
	"growth": true, "drop": true, "all-time high": true, "record high": true, "record low": true, "all-time low": true, "moving average": true,
	"average": true, "figure target": true, "target": true, "total": true, "increase in real terms": true, "decrease in real terms": true}

// clauseEndVerbs are verbs of change that end a clause, never a title:
// "Outward units held steady", "… traffic increased". They are
// movedVerbs' words and the two of no change.
var clauseEndVerbs = func() map[string]bool {
	m := map[string]bool{"steady": true, "unchanged": true}
	for _, w := range strings.Split(movedVerbs, "|") {
		if !strings.Contains(w, `\s`) {
			m[w] = true
		}
	}
	return m
}()

// verbEndFault reports what is wrong with a title's words f, in every
// genre: a suffix fragment ("People -ed"), a verb of change
// at its end ("… traffic increased", "… held steady"), or "".
func verbEndFault(f []string) string {
	for _, w := range f {
		if len(w) > 1 && (strings.HasPrefix(w, "-") || strings.HasPrefix(w, "–")) && isLowerWord(strings.TrimLeft(w, "-–")) {
			return "a suffix fragment " + strconv.Quote(w)
		}
	}
	last := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:()"))
	if !clauseEndVerbs[last] {
		return ""
	}
	if last == "steady" || last == "unchanged" {
		if len(f) > 1 {
			if p := strings.ToLower(f[len(f)-2]); p == "held" || p == "remained" || p == "was" || p == "were" || p == "stayed" {
				return "ends on a verb of change, " + strconv.Quote(p+" "+last)
			}
		}
		return ""
	}
	return "ends on a verb of change, " + strconv.Quote(last)
}

// clauseAdverbs are adverbs and conjunctions that never name what a
// figure measures: "Increase in therefore".
// The conjunctions are those of draftnational.go.
var clauseAdverbs = withWords(map[string]bool{"therefore": true, "thus": true, "hence": true, "also": true, "which": true, "however": true,
	"then": true, "moreover": true, "furthermore": true, "meanwhile": true}, conjunctions)

// bareUnitWord reports whether the lower-case word w is a unit word that
// alone names no figure ("Years"): a span of time of the lexicon's
// Durations, singular or plural, or one of nonDurationUnits.
func bareUnitWord(w string) bool {
	return durations[vocab.Singular(w)] || nonDurationUnits[w]
}

// nonDurationUnits are the unit words besides spans of time that alone
// name no figure: "Percent".
var nonDurationUnits = map[string]bool{"percent": true, "points": true, "times": true}

// holdsRelative reports whether the lower-case title words w hold a
// relative clause, whose verb may end a title ("Counties where tenants
// have sheltered").
func holdsRelative(w []string) bool {
	for _, x := range w {
		switch x {
		case "where", "that", "which", "who", "whom", "whose", "when":
			return true
		}
	}
	return false
}

// clauseTitleFault returns why the title words f are no title, or "": a
// change of an adverb or conjunction ("Increase in therefore"), a head
// noun said twice ("Households households"), a time ago ("Years ago"), a
// bare unit word ("Years"), or a participle after an auxiliary or
// conjunction ("… has narrowed", "… and therefore owed").
func clauseTitleFault(f []string) string {
	lw := make([]string, len(f))
	for i, w := range f {
		lw[i] = strings.ToLower(strings.Trim(w, ",.;:()"))
	}
	n := len(lw)
	switch {
	case n >= 3 && isChangeNoun(lw[0]) && (lw[1] == "in" || lw[1] == "of") && clauseAdverbs[lw[2]]:
		return "an adverb or conjunction, " + strconv.Quote(lw[2]) + ", not what changed"
	case n == 1 && bareUnitWord(lw[0]):
		return "a bare unit word"
	case lw[n-1] == "ago" && n <= 3 && bareUnitWord(lw[n-2]):
		return "a time ago, not what is measured"
	case n >= 2 && strings.HasSuffix(lw[n-1], "ed") && len(lw[n-1]) >= 4 && (auxiliaries[lw[n-2]] || lw[n-2] == "therefore" || lw[n-2] == "thus") && !holdsRelative(lw):
		return "ends on a verb, " + strconv.Quote(lw[n-2]+" "+lw[n-1])
	}
	for i := 1; i < n; i++ {
		if lw[i] == lw[i-1] && len(lw[i]) > 3 && unicode.IsLetter(rune(lw[i][0])) {
			return "a word said twice, " + strconv.Quote(lw[i])
		}
	}
	return ""
}
