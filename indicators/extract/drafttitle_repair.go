package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of the eighth session's genres (drafts32): a title is never a
// bare actor, a comparison phrase ("Higher than a year earlier", "Record
// low"), a participle ("Aiming to help"), a date predicate ("Were approved
// on September") or a placeholder when the sentence names the figure. A
// comparison tail is the change in the figure before it on its base; a
// figure's own clause gives its subject; "for <X> (including …)" names a
// series; "In real terms" reaches every figure of its sentence; a list of
// places is kept whole or counted.

// titleMemo is what repairTitle keeps of the last figure drafted in a
// sentence: where it ends and the subject a comparison tail after it
// changes.
type titleMemo struct {
	end     int
	kind    Kind
	subject string
	series  string // the level title of a "from A to B" series the figure is a point of
}

// repairTitle mends the title of cl by the rules of this file, keeps
// the figure's subject for the comparison tails after it, and names the
// unit where it tells figures apart (unitTitle).
func (d *docDraft) repairTitle(cl *claim, m Mention, cs, ce int) {
	d.mendTitle(cl, m, cs, ce)
	cl.ind.Title = d.unitTitle(cl.ind.Title, m, cl.ind.Measure, cl.ind.Unit)
}

// mendTitle is repairTitle's rules, in order.
func (d *docDraft) mendTitle(cl *claim, m Mention, cs, ce int) {
	if cl.fieldNotes[keptTitleMark] != "" {
		// Titled by a rule of drafts63: still the subject a comparison
		// tail after it changes.
		d.keepTitleMemo(m, titleMemo{end: m.Span.End, kind: m.Kind, subject: cl.ind.Title})
		return
	}
	ind := &cl.ind
	set := func(t, why string) {
		if t = strings.TrimSpace(t); t != "" && t != ind.Title {
			ind.Title, cl.fieldNotes["title"] = t, why
			declare(cl.fieldNotes, "title", "title/mendTitle")
		}
	}
	text := d.src.Text
	// The rules read the words near the figure only: a long sentence is
	// not read whole for each of its figures.
	after := joinBroken(text[m.Span.End:min(m.Sentence.End, back(text, m.Span.End+300))])
	from := m.Sentence.Start
	if m.Span.Start-from > 240 {
		from = back(text, m.Span.Start-240)
		if i := strings.IndexByte(text[from:m.Span.Start], ' '); i >= 0 {
			from += i + 1
		}
	}
	before := joinBroken(text[from:m.Span.Start])
	opening := strings.ToLower(text[m.Sentence.Start:min(m.Span.Start, m.Sentence.Start+40)])
	prev, hasPrev := d.titleMemos[m.Sentence.Start]
	hasPrev = hasPrev && prev.end <= m.Span.Start
	subjectKept := ""

	if hasPrev && prev.subject != "" && m.Kind == Currency && prev.kind == Currency && restates(text[prev.end:m.Span.Start]) {
		// "about US$242 million (SDR 178.4 million)": the amount restated
		// in another unit has the title of the one it restates.
		set(prev.subject, "the figure it restates in another unit")
		subjectKept = prev.subject
	} else if base := comparisonBase(after); base != "" && hasPrev && prev.subject != "" && onlyFigureBetween(text[prev.end:m.Span.Start]) {
		// "76.3%, 0.6 percentage points higher than a year earlier":
		// the change in the figure before, on its base.
		set(changeIn(prev.subject, " on "+base), "a comparison tail: the change in the figure before it, on its base")
		subjectKept = prev.subject
	}
	if comparisonTitle(ind.Title) {
		s, _ := sentenceSubject(text, max(cs, m.Sentence.Start+bulletPrefix(text[m.Sentence.Start:m.Sentence.End])), m.Span.Start)
		if s == "" || titleStop[strings.ToLower(s)] || strings.EqualFold(s, "there") {
			s, _ = sentenceSubject(text, m.Sentence.Start+bulletPrefix(text[m.Sentence.Start:m.Sentence.End]), m.Span.Start)
		}
		if strings.EqualFold(s, "there") || len(strings.Fields(s)) < 2 && strings.EqualFold(s, "figure") {
			s = ""
		}
		switch {
		case s != "" && !comparisonTitle(s):
			set(title(s), "the sentence's subject, not a comparison phrase")
		case s == "" && ind.Measure == indicators.Change && hasPrev && prev.subject != "" && !comparisonTitle(prev.subject) && !isFallbackTitle(prev.subject):
			// "The volume of traffic … was 43.5 billion vehicle kms: 0.4%
			// more than 2011": no subject of its own, the change in the
			// figure before it.
			set(changeIn(prev.subject, ""), "a comparison with no subject of its own: the change in the figure before it")
		}
	}
	if t := d.ownClauseTitle(m, ind.Title, before, after, ind.Status); t != "" {
		set(t, "the subject of the clause the figure's verb belongs to")
	}
	if t := seriesFor(ind.Title, after); t != "" {
		set(t, "the series \"for <X> (including …)\" names")
	}
	if strings.Contains(opening, "in real terms") || strings.Contains(strings.ToLower(before), "in real terms") {
		set(inRealTerms(ind.Title), "\"in real terms\": every figure of its sentence is real")
	}
	if t := trimTitleEnd(ind.Title); t != ind.Title && len(strings.Fields(t)) > 1 {
		set(t, "no closing conjunction or month")
	}
	if t, why := d.subjectTitle(m, ind.Title, ind.Measure); t != "" {
		set(t, why)
	}
	if t, why := d.measuredTitle(cl, m, before, after, prev, hasPrev); t != "" {
		set(t, why)
	}
	if f := strings.Fields(ind.Title); len(f) == 1 && d.countedNP(m) == "" {
		// A count's noun is countedTitle's, below; another figure's one
		// word takes the phrase after it here.
		if t := nounNarrowed(f[0], text[m.Span.Start:m.Span.End], after); t != "" {
			set(t, "the noun and the phrase that narrows it")
		}
	}
	if t, why := d.frameTitle(m, ind.Title, ind.Measure); t != "" {
		set(t, why)
	}
	d.remember(ind)
	series := ""
	if seriesVerbAt(before) >= 0 {
		if series = seriesSubject(before); series == "" {
			series = ind.Title
		}
	} else if hasPrev && prev.series != "" && prev.kind == m.Kind && seriesGapRE.MatchString(text[prev.end:m.Span.Start]) {
		series = prev.series
	}
	if t := d.indexTitle(m); t != "" {
		set(t, "a price index's annual inflation rate, monthly rise or contribution")
	}
	if t, why := d.mendFragment(ind.Title, text[m.Sentence.Start:m.Sentence.End]); why != "" {
		// One test of a title, the measure's too (drafttitle_fragment.go).
		switch {
		case t != "":
			set(t, why)
		case d.parenFallback(m) != "":
		default:
			ind.Title, _ = d.fallbackTitle(m, ind.Measure)
			cl.notes = append(cl.notes, "title: the sentence's words for the figure are "+why+"; name it")
		}
	}
	if isFallbackTitle(ind.Title) || titleFault(ind.Title) != "" {
		if t := d.parenFallback(m); t != "" {
			set(t, "what the words before the parenthesis say the figure is")
		}
	}
	if t := d.measuredNPTitle(m, ind.Measure, ind.Title); t != "" {
		set(t, "the noun phrase a verb of being or change links the figure to")
	}
	if isFallbackTitle(ind.Title) || titleFault(ind.Title) != "" || len(strings.Fields(ind.Title)) == 1 {
		if t := d.partTitle(m); t != "" {
			set(t, "a part of the whole the figure before its lead counts, narrowed by its predicate")
		}
	}
	if t := d.countedTitle(m, ind.Measure, ind.Title); t != "" {
		set(t, "the noun the figure counts, with its modifiers")
	}
	if t := d.changedTitle(m, ind.Measure, ind.Title); t != "" {
		set(t, "the noun phrase the change changes: its own words after it, the count it restates or follows, or the sentence's subject")
	}
	if t := d.shareWholeTitle(m, ind.Title); t != "" {
		set(t, "the share's whole and what its part does")
	}
	if ind.Measure == indicators.Change {
		ps := ""
		if hasPrev && (m.Kind == Percent && prev.kind != Percent || m.Kind != Percent && prev.kind == m.Kind) {
			ps = prev.subject
		}
		if t := changeTail(ind.Title, ps, text[m.Sentence.Start:m.Sentence.End]); t != "" {
			set(t, "a change with no measured phrase of its own: what the figure before it in its sentence measures, or the sentence's subject")
		}
	}
	if t := d.rankedItemTitle(m, ind.Measure); t != "" {
		set(t, "its own item of a ranked list of parts, with the lead's whole")
	}
	if t := d.rowLabel(m, ind.Title); t != "" {
		set(t, "a row label: what the ranking measures, then the breakdown it ranks")
	}
	if hasPrev && ind.Measure == indicators.Change && changeBesideLevel(text[prev.end:m.Span.Start], after) && namesLevel(prev.subject) && len(strings.Fields(prev.subject)) > 1 &&
		(isFallbackTitle(ind.Title) || titleFault(ind.Title) != "" || !sharesContent(ind.Title, prev.subject)) && changeOfLevel(prev.subject) != "" {
		// "1.11 billion items, a 1.9% decrease", "seized 42 tonnes, a 12%
		// increase": a change set beside a level is the change in that
		// level, whatever else the sentence names.
		set(changeOfLevel(prev.subject), "a change set beside the level before it: the change in that level")
	}
	if t := phraseEnd(ind.Title, text[m.Span.End:m.Sentence.End]); t != ind.Title {
		set(t, "ended at a phrase boundary: not in the next sentence or clause")
	}
	if t := hedgedTitle(ind.Title); t != "" {
		set(t, "a title never opens on its figure's hedge: the share of the whole after the fraction, or the words after the hedge")
	}
	if isFallbackTitle(ind.Title) {
		// The last reader before the fallback stands (drafttitle_named.go).
		if t := d.namedFrame(m, ind.Measure, prev, hasPrev); t != "" {
			set(t, "what a frame of its sentence names the figure: a dash's definition, a passive predicate, the count it restates or the figure whose noun it elides")
		}
	}
	if slug(ind.Title, 6) == "" {
		// "!At": no word an id can be made of.
		var note string
		ind.Title, note = d.fallbackTitle(m, ind.Measure)
		cl.notes = append(cl.notes, note)
	}
	if t := ind.Title; d.rankTitle(cl, m) {
		if subjectKept == t {
			subjectKept = ""
		}
	}
	if subjectKept == "" {
		subjectKept = ind.Title
	}
	d.keepTitleMemo(m, titleMemo{end: m.Span.End, kind: m.Kind, subject: subjectKept, series: series})
	d.bandShareTitle(cl, m)
}

// keepTitleMemo keeps tm as what the last figure titled in m's sentence
// leaves the figures after it.
func (d *docDraft) keepTitleMemo(m Mention, tm titleMemo) {
	if m.Kind == Rank {
		return // "40,639 seizures, the highest on record and a 57% increase": a place is no figure a tail changes
	}
	if d.titleMemos == nil {
		d.titleMemos = map[int]titleMemo{}
	}
	d.titleMemos[m.Sentence.Start] = tm
}

// comparisonRE matches the comparison right after a figure of change and
// its base: " higher than a year earlier", " up on the previous quarter".
var comparisonRE = lazyRegexp(`^,?\s+(?:(?:higher|lower|more|fewer|less|up|down|above|below|greater|smaller)\s+(?:than|on|from)|(?:an? )?(?:increase|decrease|rise|fall|drop) (?:on|from))\s+(a year earlier|a year ago|a month earlier|a quarter earlier|the (?:previous|preceding|prior|same) (?:year|quarter|month|week|period)(?: (?:a year earlier|last year))?|last (?:year|quarter|month)|the year before|the quarter before)\b`)

// comparisonBase returns the base a comparison right after a figure names,
// or "".
func comparisonBase(after string) string {
	g := comparisonRE.FindStringSubmatch(strings.ToLower(after))
	if g == nil {
		return ""
	}
	return g[1]
}

// onlyFigureBetween reports whether s, the text between two figures,
// holds no more than a comma, "and" or "but": the second figure is a tail
// of the first.
func onlyFigureBetween(s string) bool {
	if len(s) > 160 || strings.Contains(s, ". ") {
		return false
	}
	if i := strings.LastIndexByte(s, ';'); i >= 0 {
		// "805,000 vacancies …; this is 11,000 fewer than …"
		rest := strings.ToLower(strings.TrimSpace(s[i+1:]))
		return rest == "this is" || rest == "that is" || rest == "it is" || rest == "this was" || rest == "that was"
	}
	return true
}

// restates reports whether s, the text between two figures, makes the
// second a restatement of the first in parentheses: " (".
func restates(s string) bool { return strings.TrimSpace(s) == "(" }

// comparisonWords open a title that is only a comparison or record.
var comparisonWords = map[string]bool{"higher": true, "lower": true, "fewer": true, "more": true, "less": true, "record": true,
	"above": true, "below": true, "up": true, "down": true, "greater": true, "smaller": true}

// comparisonTitle reports whether t is a comparison phrase, not a name:
// "Higher than a year earlier", "Record low", "Growth of Higher than …",
// "Growth of growing".
func comparisonTitle(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return false
	}
	if f[0] == "growth" && len(f) > 2 && f[1] == "of" && (comparisonWords[f[2]] || strings.HasSuffix(f[2], "ing")) {
		return true
	}
	if f[0] == "record" {
		return len(f) == 2 && (f[1] == "low" || f[1] == "high" || f[1] == "lows" || f[1] == "highs")
	}
	return comparisonWords[f[0]] && len(f) > 1 && (f[1] == "than" || f[1] == "on" || f[1] == "from")
}

// changeIn returns the title of a change in what np names, with tail
// after it (" on a year earlier"), within maxTitle: "Change in the UK
// employment rate". Every rule that titles a change by the level it
// changes writes it here; changeOfLevel, which drops a phrase whole
// rather than cut it, starts from the same words.
func changeIn(np, tail string) string {
	return shorten("Change in "+theSubject(np)+tail, maxTitle)
}

// theSubject returns a title as the object of "Change in": "UK
// employment rate" → "the UK employment rate"; a plural stays bare.
func theSubject(t string) string {
	f := strings.Fields(t)
	if len(f) == 0 {
		return t
	}
	head := strings.ToLower(f[len(f)-1])
	if n := len(f); n > 1 && isPastParticiple(head) {
		head = strings.ToLower(f[n-2]) // "Homicides recorded": homicides
	}
	for i, w := range f {
		if i > 0 && isPrep(w) {
			head = strings.ToLower(f[i-1]) // "Vacancies in the UK": vacancies
			break
		}
	}
	low := lowerFirst(t)
	if strings.HasPrefix(strings.ToLower(t), "the ") || strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") {
		return low
	}
	return "the " + low
}

// seriesForRE matches "for total pay (including bonuses)" right after a
// figure, past a "from N%" of the same series.
var seriesForRE = lazyRegexp(`^\s*(?:from \S+\s+)?for ([a-z][a-z -]{2,40}?) \((?:including|excluding|incl\.|excl\.|with|without)\b`)

// seriesFor returns t with the series a "for <X> (including …)" after the
// figure names: "Annual growth in average weekly earnings, total pay".
func seriesFor(t, after string) string {
	g := seriesForRE.FindStringSubmatch(after)
	if g == nil || t == "" {
		return ""
	}
	t = strings.TrimPrefix(t, "Estimated ")
	t = title(t)
	if strings.Contains(strings.ToLower(t), g[1]) {
		return ""
	}
	return t + ", " + g[1]
}

// inRealTerms returns t as the title of a figure in real terms: "Annual
// growth in total pay" → "Annual growth in real total pay", "Wages" →
// "Real wages".
func inRealTerms(t string) string {
	lt := strings.ToLower(t)
	if t == "" || strings.Contains(lt, "real ") {
		return t
	}
	for _, p := range []string{" in ", " of "} {
		if i := strings.Index(lt, p); i >= 0 {
			if _, ok := changeNouns[strings.Fields(lt[:i])[len(strings.Fields(lt[:i]))-1]]; ok || strings.HasSuffix(lt[:i], "growth") || strings.HasSuffix(lt[:i], "change") {
				return t[:i+len(p)] + "real " + t[i+len(p):]
			}
		}
	}
	return "Real " + lowerFirst(t)
}

// monthWords and endConjunctions cannot end a title.
var endConjunctions = stopSet(classConjunctions|classContrasts, "yet")

// trimTitleEnd drops a closing conjunction ("Lower than a year earlier
// but") and a closing month after "on" or "in" ("Were approved on
// September"), with the preposition; a base month ("… from January")
// stays.
func trimTitleEnd(t string) string {
	f := strings.Fields(t)
	for len(f) > 1 {
		lw := strings.ToLower(strings.Trim(f[len(f)-1], ",.;:"))
		switch {
		case endConjunctions[lw]:
			f = f[:len(f)-1]
		case len(f) > 2 && len(lw) >= 4 && shortMonth(lw) != 0 && (strings.EqualFold(f[len(f)-2], "on") || strings.EqualFold(f[len(f)-2], "in")):
			f = f[:len(f)-2]
		default:
			return strings.Join(f, " ")
		}
	}
	return strings.Join(f, " ")
}

// upperRune reports whether the first letter of s is upper case.
func upperRune(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// trimAt are the words besides prepositions a long title may be cut
// before: each opens a phrase that qualifies what comes before it.
var trimAt = map[string]bool{"within": true, "with": true, "among": true, "across": true, "between": true, "including": true,
	"excluding": true, "after": true, "before": true, "under": true}

// trimTitle cuts a title longer than 64 characters at its last
// preposition that leaves it short enough, or returns "".
func trimTitle(t string) string {
	t = strings.TrimSpace(strings.Trim(t, ",;:"))
	for len(t) > 64 {
		f := strings.Fields(t)
		cut := -1
		for i := len(f) - 1; i > 1; i-- {
			if (isPrepWord(strings.ToLower(f[i])) || trimAt[strings.ToLower(f[i])]) && len(strings.Join(f[:i], " ")) <= 64 {
				cut = i
				break
			}
		}
		if cut < 0 {
			return ""
		}
		t = strings.Join(f[:cut], " ")
	}
	return t
}

// titleClauseOpeners open a clause of their own inside a sentence, which no
// title runs into: a contrast ("while", "but"), a subordinator ("when",
// "because") or a consequence ("with the result being").
var titleClauseOpeners = stopSet(classContrasts, "when", "whilst", "although", "because", "unless")

// sentenceOpeners open a sentence when written with a capital inside a
// title: "… in 2019 The proportion", "… this year It rose".
var sentenceOpeners = stopSet(classArticles|classDemonstratives|classPronouns, "there")

// clauseSubjects open the subject of a clause after its opener: "when
// the patient …", "while their earnings …", "because it …".
var clauseSubjects = stopSet(classArticles|classDemonstratives|classPronouns|classPossessives, "there")

// phraseEnd returns title t ended at a phrase boundary: before a
// capitalised article, demonstrative or pronoun that opens the next
// sentence or heading ("A" may be a name's letter: "category A"), before
// a clause opener with a subject after it (titleClauseOpeners, "with the
// result"), and never on a stop word or preposition. It cuts only at
// words the figure's sentence writes after the figure (after): a clause
// before the figure is its own. t as it is when the cut would leave fewer
// than two words, or t is the fallback.
func phraseEnd(t, after string) string {
	f := strings.Fields(t)
	if len(f) < 3 || isFallbackTitle(t) {
		return t
	}
	for i := 2; i < len(f); i++ {
		w := strings.Trim(f[i], "“”\"'‘’")
		lw := strings.ToLower(w)
		if i+1 < len(f) && !strings.Contains(after, f[i]+" "+f[i+1]) {
			continue // the words the figure's own clause has, not the ones after it
		}
		newSentence := upperRune(w) && sentenceOpeners[lw] && lw != "a" && !isPrep(strings.ToLower(f[i-1])) && !startsWithPlace(strings.Join(f[i:], " "))
		clause := i+1 < len(f) && (titleClauseOpeners[lw] || lw == "with" && strings.EqualFold(f[i+1], "the") && i+2 < len(f) && strings.EqualFold(f[i+2], "result")) &&
			clauseSubjects[strings.ToLower(f[i+1])]
		if !newSentence && !clause {
			continue
		}
		if cut := trimTitleWords(f[:i]); len(cut) >= 2 {
			return strings.TrimRight(strings.Join(cut, " "), ",;:")
		}
		return t
	}
	return t
}

// besideLevelRE matches the words between a level and a change set beside
// it: ", a ", ", an increase of ", ", down by ", "; a fall of ".
var besideLevelRE = lazyRegexp(`^[^;.()]{0,120}?(?:\([^)]*\)\s*)?[,;]\s+(?:and\s+)?(?:(?:an?|up|down|which is|this is|that is)\s+)?(?:(?:small|slight|large|further|sharp|significant|annual|overall)\s+)?(?:(?:increase|decrease|rise|fall|drop|reduction|decline|growth|change|up|down)\s+(?:of|by)\s+)?$`)

// changeBesideLevel reports whether between, the words from a level to a
// change, set the change beside the level (besideLevelRE), and after, the
// words after the change, give it no measured phrase of its own ("an
// increase in fares of").
func changeBesideLevel(between, after string) bool {
	if !besideLevelRE.MatchString(strings.ToLower(between)) {
		return false
	}
	f := strings.Fields(strings.ToLower(after))
	return !(len(f) > 1 && isChangeNoun(strings.Trim(f[0], ",;:")) && (f[1] == "in" || f[1] == "of"))
}

// namesLevel reports whether t, the title kept of the figure before a
// change, names a level a change can be of: no change, fallback or
// comparison itself.
func namesLevel(t string) bool {
	return t != "" && !isChangeTitle(t) && !isFallbackTitle(t) && !comparisonTitle(t) && titleFault(t) == "" && namesMeasure(t)
}

// changeOfLevel returns "Change in <level>" for the title of a level,
// within maxTitle: a phrase that makes it longer is dropped whole from
// the end, at a preposition ("… received [by health and social care
// trusts]"), never cut inside; "" when none fits.
func changeOfLevel(level string) string {
	t := "Change in " + theSubject(level)
	for utf8Len(t) > maxTitle {
		f := strings.Fields(t)
		cut := -1
		for i := len(f) - 1; i > 3; i-- {
			if isPrep(f[i]) || relativeWords[strings.ToLower(f[i])] {
				cut = i
				break
			}
		}
		if cut < 0 {
			return ""
		}
		t = strings.Join(trimTitleWords(f[:cut]), " ")
	}
	return t
}
