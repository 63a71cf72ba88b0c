package extract

import (
	"slices"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The measured noun phrase. An analyst titles a row by what its figure
// measures, in the document's own noun phrase and without verb, hedge,
// number, period or place: a figure linked to a noun phrase by a verb of
// being or of change ("was", "remained at", "decreased by … and was",
// "was 93.0%, down from") is a reading of that noun phrase, the subject
// of the verb, whichever clause of the sentence the figure stands in.
// measuredPhrase reads it once for every genre: past a leading frame
// ("In 2021/22,", "Over the year to 2019"), through a clause that joins
// the subject's verb ("and was", "that the number of … increased"), out
// of "there was a decrease in the number of X" and "the total number of
// X" (the noun counted), and cleaned one way (cleanMeasuredNP).

// linkVerbs link a subject to its figure: the figure is a reading or a
// change of the subject ("The beef herd decreased by 1.5% and was 1.5
// million animals"). They are the verbs of being and standing here, and
// the verbs of change of the lexicon (its words in -ed) and of
// movedVerbs ("rose", "fell", "grew").
var linkVerbs = func() map[string]bool {
	m := stopSet(classCopulas, "remained", "remains", "remain",
		"stood", "stands", "reached", "reaches", "totalled", "totaled", "totals", "amounted",
		"=") // "net migration = +327,000": a summary's sign of being
	for _, w := range strings.Split(movedVerbs, "|") {
		m[w] = true
	}
	for _, d := range vocab.Directions {
		if d.Change && strings.HasSuffix(d.Word, "ed") {
			m[d.Word] = true
		}
	}
	return m
}()

// measuredPhrase returns the measured noun phrase of figure m (the
// subject a verb of being or change links it to) and its clause's
// words from the subject's verb to the figure, or "" when no such
// subject stands before the figure.
//
// A list item goes on from the line that leads its list in: under "the
// number of local bus passenger journeys in:", the item "England was
// 4.31 billion" measures local bus passenger journeys in England, and
// under "Local bus fares increased by:" the item "2.1% in Scotland" is
// their change. An item whose own words name no measured phrase (none,
// or a place alone) is read with its lead-in's words before it.
func (d *docDraft) measuredPhrase(m Mention) (np, gap string) {
	if np, gap = d.measuredPhraseAfter(m, ""); np != "" {
		return np, gap
	}
	text := d.src.Text
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if lead, _, ok := leadInOf(text, m.Span.Start); ok && placeOpens(text[ss:m.Span.Start]) {
		np, gap = d.measuredPhraseAfter(m, strings.TrimSuffix(strings.TrimSpace(lead), ":"))
		if name := d.itemName(m, ss); np != "" && name != "" && !strings.Contains(np, name) {
			np += ", " + name // what tells the item from the list's others
		}
	}
	return np, gap
}

// itemName returns what names list item m (its words from ss) apart from
// its figures: the place it names ("Scotland" of "2.1% in Scotland"), or
// a label of up to three words and no verb ("Excellent" of "38 (43%)
// Excellent"); or "".
func (d *docDraft) itemName(m Mention, ss int) string {
	item := d.src.Text[ss:m.Sentence.End]
	if ps := placesIn(item, 0); len(ps) > 0 {
		return item[ps[0].start:ps[0].end]
	}
	var ws []string
	for _, w := range strings.Fields(vocab.OutsideBrackets(item)) {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		switch {
		case hasDigit(lw):
		case linkVerbs[lw] || subjectEnds[lw] || titleStop[lw] || isPrep(lw):
			return ""
		default:
			ws = append(ws, strings.Trim(w, ",.;:"))
		}
	}
	if len(ws) == 0 || len(ws) > 3 {
		return ""
	}
	return strings.Join(ws, " ")
}

// placeOpens reports whether the words s of a list item before its
// figure are none, or open on a place: "England was", "a" of "a 0.1%
// increase in England", never a subject of the item's own ("this is").
func placeOpens(s string) bool {
	ps := placesIn(s, 0)
	if len(ps) > 0 {
		s = s[:ps[0].start]
	}
	for _, w := range strings.Fields(s) {
		if !titleStop[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

// measuredPhraseAfter is measuredPhrase of m's own sentence read after
// the words lead.
func (d *docDraft) measuredPhraseAfter(m Mention, lead string) (np, gap string) {
	text := d.src.Text
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	end := m.Span.Start
	inParen := false
	if i := strings.LastIndexAny(text[ss:end], "()"); i >= 0 && text[ss+i] == '(' {
		// "The imprisonment rate at yearend 2022 (355 sentenced
		// prisoners …) was", "from yearend 2021 (83,700)": the figure
		// restates the words before its parenthesis.
		end, inParen = ss+i, true
	}
	if end-ss > 400 || end < ss || end == ss && lead == "" {
		return "", ""
	}
	ws := append(measuredWords(lead), measuredWords(text[ss:end])...)
	// starts are where a subject may open: the sentence, and each clause
	// after a comma, a semicolon or "that".
	starts := []int{0}
	var subject []string // the subject's words
	verb := -1           // the index of its verb
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",;:"))
		if lw == "that" && i+1 < len(ws) {
			starts = append(starts, i+1)
			continue
		}
		if w == ";" {
			starts, subject, verb = append(starts, i+1), nil, -1
			continue
		}
		if lw == "has" || lw == "have" || lw == "had" || lw == "will" || lw == "would" {
			// "has remained at", "will be": the auxiliary of a verb of
			// being opens it; "had jurisdiction over" is no such verb.
			if i+1 < len(ws) && (linkVerbs[strings.ToLower(ws[i+1])] || strings.EqualFold(ws[i+1], "been") || strings.EqualFold(ws[i+1], "be")) {
				lw = "is"
			}
		}
		if !linkVerbs[lw] {
			if strings.HasSuffix(w, ",") && i+1 < len(ws) {
				starts = append(starts, i+1)
			}
			if verb >= 0 && (subjectEnds[lw] && !edAdjectives[lw] && lw != "been" && lw != "be" || i > 0 && strings.HasSuffix(ws[i-1], ",") && strings.HasSuffix(lw, "ing")) {
				subject, verb = nil, -1 // a verb of another kind: another clause ("covering 69% of land")
			}
			continue
		}
		if verb >= 0 {
			continue // "decreased by 1.5% and was": the same subject
		}
		for k := len(starts) - 1; k >= 0; k-- {
			s := starts[k]
			if s >= i || s > 0 && strings.HasSuffix(ws[s-1], ",") && strings.HasSuffix(strings.ToLower(ws[s]), "ing") {
				continue // "having decreased": a participle's clause
			}
			if c := withoutAside(ws[s:i]); nounPhraseWords(c) {
				subject, verb = c, i
				break
			}
		}
	}
	switch {
	case verb >= 0:
		gap = strings.Join(ws[verb:], " ")
		np = strings.Join(subject, " ")
		if strings.EqualFold(np, "there") {
			// "There was a small decrease in the number of …": the noun
			// after the verb.
			np = thereNP(ws[verb+1:])
			if hasDigit(np) {
				return "", "" // "there were over 2.1 million fewer workers": the figure's own noun
			}
		}
	case inParen:
		// "The imprisonment rate at yearend 2022 (355 …) was down": the
		// figure restates the noun phrase its parenthesis follows, when a
		// verb of being follows the parenthesis.
		after := strings.Fields(text[end:min(m.Sentence.End, end+400)])
		j := 0
		for j < len(after) && !strings.Contains(after[j], ")") {
			j++
		}
		if j+1 >= len(after) || !linkVerbs[strings.ToLower(after[j+1])] {
			return "", ""
		}
		k := len(ws)
		for k > 0 && !strings.HasSuffix(ws[k-1], ",") && ws[k-1] != ";" {
			k--
		}
		if !nounPhraseWords(ws[k:]) {
			return "", ""
		}
		np = strings.Join(ws[k:], " ")
	default:
		return "", ""
	}
	return cleanMeasuredNP(np), gap
}

// measuredWords returns the words of s with parenthesized asides left
// out ("(UAA)", "(355 sentenced prisoners …)") and ";" a word of its own.
func measuredWords(s string) []string {
	// A clause of its own: "after tax: 410,000 fewer apprentices".
	clauses := strings.NewReplacer(";", " ; ", ":", " ; ")
	return strings.Fields(joinBroken(clauses.Replace(vocab.OutsideBrackets(s))))
}

// withoutAside returns ws without a closing aside between commas: "the
// average Farm Business Income across all UK farm types, at current
// prices," → "the average Farm Business Income across all UK farm types".
func withoutAside(ws []string) []string {
	for j := 0; j+1 < len(ws); j++ {
		if strings.HasSuffix(ws[j], ",") && isPrep(strings.ToLower(ws[j+1])) && strings.HasSuffix(ws[len(ws)-1], ",") {
			out := slices.Clone(ws[:j+1])
			out[j] = strings.TrimSuffix(out[j], ",")
			return out
		}
	}
	return ws
}

// nounPhraseWords reports whether ws can be a subject: a noun phrase of
// up to twelve words, past a leading frame that ends on a year ("Over
// the year to 2019 teacher numbers"), with no verb, figure or clause
// break of its own.
func nounPhraseWords(ws []string) bool {
	ws = pastFrame(ws)
	if len(ws) == 0 || len(ws) > 12 {
		return false
	}
	if isPrep(strings.ToLower(ws[0])) {
		return false
	}
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if hasDigit(lw) && !yearWord(lw) || strings.ContainsAny(w, "$€£%") || subjectStopWords[lw] && lw != "there" ||
			subjectEnds[lw] && !edAdjectives[lw] || finiteVerbs[lw] && lw != "total" && !headOfOf(ws, i) ||
			i < len(ws)-1 && strings.HasSuffix(w, ",") {
			return false
		}
	}
	return true
}

// headOfOf reports whether ws[i] heads an of-phrase inside a noun
// phrase, a noun whatever else it can be: "the total amount of household
// waste" (a finite verb is never followed by "of").
func headOfOf(ws []string, i int) bool {
	return i > 0 && i+1 < len(ws) && strings.EqualFold(ws[i+1], "of")
}

// pastFrame returns ws past a leading frame that names a time: "Over the
// year to 2019 teacher numbers" → "teacher numbers", "In 2021/22, the
// average …" → "the average …".
func pastFrame(ws []string) []string {
	if len(ws) == 0 || !isPrep(strings.ToLower(ws[0])) {
		return ws
	}
	for i, w := range ws {
		if yearWord(strings.Trim(w, ",")) && i+1 < len(ws) {
			return ws[i+1:]
		}
		if hasDigit(w) {
			break // "over 2.1 million fewer workers": a figure, no frame
		}
	}
	return ws
}

// yearWord reports whether w is a year or a span of years ("2022",
// "2018/19", "2018-19"), which a subject may name in its closing period
// ("The attendance rate for the 2018/19 school year").
func yearWord(w string) bool {
	y, rest, _ := strings.Cut(strings.ReplaceAll(w, "/", "-"), "-")
	if len(y) != 4 || !isDigit4(y) {
		return false
	}
	for _, r := range rest {
		if r < '0' || r > '9' {
			return false
		}
	}
	return len(rest) <= 4
}

// thereNP returns the noun phrase after "There was": "a small decrease in
// the number of funded registrations" → "the number of funded
// registrations", up to its "from", "to" or "at".
func thereNP(ws []string) string {
	var keep []string
	for _, w := range ws {
		lw := strings.ToLower(w)
		if lw == "from" || lw == "to" || lw == "at" || lw == "of" && len(keep) > 0 && isChangeNoun(strings.ToLower(keep[len(keep)-1])) {
			break
		}
		keep = append(keep, w)
	}
	for i, w := range keep {
		if isChangeNoun(strings.ToLower(w)) && i+1 < len(keep) && strings.EqualFold(keep[i+1], "in") {
			return strings.Join(keep[i+2:], " ")
		}
	}
	return strings.Join(keep, " ")
}

// cleanMeasuredNP cleans a measured noun phrase one way: no frame, no
// determiner or "total number of" (the noun counted is what is
// measured), no leading place (entities carry places), no closing
// period ("at yearend 2022", "in August", "for the 2018/19 school
// year"); "" if what is left is no title of at most 60 characters.
func cleanMeasuredNP(np string) string {
	ws := pastFrame(strings.Fields(np))
	for len(ws) > 0 {
		lw := strings.ToLower(ws[0])
		switch {
		case titleStop[lw] || lw == "estimated":
			ws = ws[1:]
			continue
		case lw == "total" && len(ws) > 1 && ws[0] == "total":
			ws = ws[1:]
			continue
		case (lw == "number" || lw == "numbers" || lw == "amount") && len(ws) > 2 && strings.EqualFold(ws[1], "of"):
			ws = ws[2:]
			continue
		}
		break
	}
	for i := 1; i+1 < len(ws); i++ {
		// "the 2024 bathing season Scotland's bathing waters": a place's
		// possessive opens the phrase; the words before it are a frame.
		if p, ok := strings.CutSuffix(strings.ReplaceAll(ws[i], "’", "'"), "'s"); ok && onlyPlaces(p) {
			ws = ws[i:]
			break
		}
	}
	if len(ws) > 0 {
		if ps := placesIn(strings.Join(ws, " "), 0); len(ps) > 0 && ps[0].start == 0 && len(ws) > 1 {
			rest := strings.TrimSpace(strings.Join(ws, " ")[ps[0].end:])
			ws = strings.Fields(strings.TrimPrefix(strings.TrimPrefix(rest, "’s"), "'s"))
		}
	}
	for i := 1; i < len(ws); i++ {
		if isPrep(strings.ToLower(ws[i])) && timePhrase(ws[i+1:]) {
			ws = ws[:i]
			break
		}
	}
	for len(ws) > 0 && (titleStop[strings.ToLower(ws[len(ws)-1])] || isPrep(strings.ToLower(ws[len(ws)-1]))) {
		ws = ws[:len(ws)-1]
	}
	if len(ws) > 0 && (strings.EqualFold(ws[0], "and") || strings.EqualFold(ws[0], "but") || strings.EqualFold(ws[0], "or")) {
		return "" // "and Japan": half of a subject
	}
	t := title(strings.Join(ws, " "))
	if t == "" || onlyPlaces(t) || utf8Len(t) > 60 || hasDigit(t) || !unicode.IsLetter(firstRune(t)) {
		return ""
	}
	return t
}

// timePhrase reports whether the words after a preposition name a time:
// a year, a month, "yearend 2022", "the 2018/19 school year", and the
// time nouns the genre writes without a year or before it: "the year
// ending March 2023", "the latest quarter", "the same period", "Q3 2022"
// (the phrases yearsIn reads whole).
func timePhrase(ws []string) bool {
	for i, w := range ws {
		if i > 4 {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, ",.;:"))
		if hasDigit(lw) || monthNumber(lw) != 0 || lw == "yearend" || lw == "year-end" || timeNoun(lw) {
			return true
		}
		if !titleStop[lw] && !timeModifiers[lw] {
			return false
		}
	}
	return false
}

// timeNoun reports whether w names a span of time (the lexicon's
// Durations, singular or plural, or "period"); timeModifiers place or
// qualify one ("the latest quarter", "the financial year ending", "the
// previous 12 months").
func timeNoun(w string) bool {
	return w == "period" || slices.Contains(vocab.Durations, strings.TrimSuffix(w, "s"))
}

var timeModifiers = map[string]bool{"latest": true, "previous": true, "preceding": true, "last": true, "same": true, "current": true, "past": true, "first": true, "second": true, "third": true, "fourth": true,
	"financial": true, "fiscal": true, "academic": true, "school": true, "calendar": true, "rolling": true, "twelve": true, "reporting": true}

// measuredNPTitle returns the title measuredPhrase gives figure m of
// the given measure (the noun phrase, or its change) when it mends the
// current title cur (a placeholder, a fragment, or words that name no
// measure: namesNoMeasure) and names something cur does not; or "".
func (d *docDraft) measuredNPTitle(m Mention, measure indicators.MeasureKind, cur string) string {
	own := d.ownWords(m) // "41.2 ± 0.8 [SE] million birds": the figure with its margin
	if text := d.src.Text; strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '(') > strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], ')') {
		if j := strings.IndexByte(text[m.Span.End:m.Sentence.End], ')'); j >= 0 {
			own = text[m.Span.Start : m.Span.End+j] // "(355 sentenced prisoners per 100,000 U.S. residents of all ages)"
		}
	}
	weak := unkeptTitle(cur, own)
	if f := strings.Fields(cur); !weak && len(f) != 1 && !(len(f) == 3 && isChangeNoun(strings.ToLower(f[0]))) {
		return "" // neither weak nor a head clippedOf may mend: the sentence is not read
	}
	np, _ := d.measuredPhrase(m)
	if len(strings.Fields(np)) == 1 {
		np = d.underLead(m, np)
	}
	switch {
	case np == "":
		return ""
	case weak && (isFallbackTitle(cur) || !sharesContent(cur, np)):
	case clippedOf(cur, np), len(strings.Fields(cur)) == 1 && wordsWithin(cur, np):
		// "Increase in area" of "The area of oilseed crops planted
		// increased": the noun phrase whole; "Excellent" of "Bathing
		// water classifications, Excellent": the label with its lead-in.
	default:
		return ""
	}
	if measure == indicators.Change {
		t := changeOf(m.Quantity.Direction, np)
		sent := d.src.Text[m.Sentence.Start:m.Sentence.End]
		if i := strings.IndexByte(sent[bulletPrefix(sent):], ' '); i >= 0 && strings.Contains(sent[bulletPrefix(sent)+i:], " "+strings.Fields(np)[0]+" ") {
			// "The amount of Scottish household waste": a word the
			// sentence capitalizes inside it keeps its capital.
			t = t[:len(t)-len(lowerName(np))] + np
		}
		return t
	}
	return np
}

// unkeptTitle reports whether title t names nothing a reader of the
// figure's clause may keep: the drafter's fallback, a title with a fault
// (titleFault), or words that name no measure (namesNoMeasure) of the
// figure stated as own.
func unkeptTitle(t, own string) bool {
	return isFallbackTitle(t) || titleFault(t) != "" || namesNoMeasure(t, own)
}

// wordsWithin reports whether every content word of title a is one of
// title b: b says what a did, and more ("Patients" of "Share of patients
// arriving by ambulance").
func wordsWithin(a, b string) bool {
	bw := contentWords(b)
	aw := contentWords(a)
	for _, w := range aw {
		if !slices.Contains(bw, w) {
			return false
		}
	}
	return len(aw) > 0
}

// namesNoMeasure reports whether title t, past the words of a change
// ("Increase in"), names no measure: it opens on a preposition, an
// adverb of direction or a time ("Over the year", "Down slightly",
// "Increase in over the year", "Decrease in yearend"), holds a clause
// ("… revealed that the number"), or is made of the figure's own words
// (stated) and "number" alone ("Animals number", "U.S. residents of all
// ages" of "355 sentenced prisoners per 100,000 U.S. residents of all
// ages").
func namesNoMeasure(t, stated string) bool {
	f := strings.Fields(t)
	if len(f) > 2 && isChangeNoun(strings.ToLower(f[0])) && (f[1] == "in" || f[1] == "of") {
		f = f[2:]
	}
	if len(f) == 0 {
		return false
	}
	lw := strings.ToLower(f[0])
	if isPrep(lw) || directionAdverbs[lw] || timePhrase(f) && !hasDigit(lw) && monthNumber(lw) == 0 || onlyPlaces(strings.Join(f, " ")) {
		return true
	}
	own := contentWords(stated)
	mine := 0
	for _, w := range f {
		lw := strings.ToLower(w)
		if lw == "that" || lw == "which" {
			return true
		}
	}
	for _, w := range contentWords(strings.Join(f, " ")) {
		if slices.Contains(own, w) || w == "number" || w == "count" {
			mine++
		} else {
			return false
		}
	}
	return mine > 0
}

// directionAdverbs open a comparison tail, never a title: "down slightly
// from", "up 1% from".
var directionAdverbs = map[string]bool{"down": true, "up": true, "slightly": true, "higher": true, "lower": true, "unchanged": true}

// clippedOf reports whether title t (past the words of a change) is
// the head of noun phrase np cut from its of-phrase: "Increase in area"
// of "Area of oilseed crops planted".
func clippedOf(t, np string) bool {
	f := strings.Fields(t)
	if len(f) > 2 && isChangeNoun(strings.ToLower(f[0])) && (f[1] == "in" || f[1] == "of") {
		f = f[2:]
	}
	return len(f) == 1 && len(strings.Fields(np)) > 2 && strings.HasPrefix(strings.ToLower(np), strings.ToLower(f[0])+" of ")
}

// sharesContent reports whether titles a and b share a content word
// (contentWords: stop words, places and endings aside).
func sharesContent(a, b string) bool {
	bw := contentWords(b)
	for _, w := range contentWords(a) {
		if slices.Contains(bw, w) {
			return true
		}
	}
	return false
}

// The share's whole. A share states the part of a whole that does
// something: "<share> of <whole> <predicate>" ("57.7 per cent of
// attendances were discharged with a GP follow-up") or "<share> <whole>
// <predicate>" ("one in four patients arrived by ambulance"). Its title
// is the whole narrowed by the predicate made a modifier ("Share of
// attendances discharged with a GP follow-up", "Share of patients
// arriving by ambulance"); a count in parentheses that restates the
// share ("57.7 per cent (11.3 million) of attendances") counts the same
// part ("Attendances discharged with a GP follow-up"); and a later share
// of a list with no whole of its own ("32% of prisoners were black; 31%
// were white") shares the first's whole.

// copulaWords and haveWords are the forms of "be" and of "have".
var (
	copulaWords = stopSet(classCopulas)
	haveWords   = stopSet(classHaveForms)
)

// isShareFigure reports whether m states a part of a whole: a percentage
// or a fraction ("one in four", "over half").
func isShareFigure(m Mention) bool {
	return m.Unit.String() == "percent" || m.Kind == Number && isFraction(m)
}

// shareWholeTitle returns the title the share's whole and predicate give
// figure m, a share or the count that restates one in parentheses, when
// it mends title cur: a title no one would keep (unkeptTitle) or one
// that names the whole alone ("Patients", "Share of attendances"); or "".
func (d *docDraft) shareWholeTitle(m Mention, cur string) string {
	if t := d.listPartTitle(m); t != "" && !strings.Contains(strings.ToLower(cur), "share") {
		return t
	}
	share, count := m, false
	if p, ok := d.figureBeforeParen(m); ok && isShareFigure(m) && !isShareFigure(p) {
		// "Around 2.1 million people aged 16 years and over (8.4%)
		// cycled to work": the share of the count's whole.
		whole, pred := d.countShareClause(p, m)
		return shareTitleOf("Share of ", whole, pred)
	}
	if q, ok := d.shareInParenAfter(m); ok && !isShareFigure(m) {
		whole, pred := d.countShareClause(m, q)
		return shareTitleOf("", whole, pred)
	}
	if !isShareFigure(m) {
		p, ok := d.figureBeforeParen(m)
		if !ok || !isShareFigure(p) {
			return ""
		}
		share, count = p, true
	} else if p, ok := d.figureBeforeParen(m); ok && isShareFigure(p) {
		share = p // "Over half (53.7 per cent) of attendances": one share, twice
	}
	whole, pred := d.shareClause(share)
	if pred == "" {
		if count || !unkeptTitle(cur, m.Text) {
			return ""
		}
		// "21% related to child protection investigations": no whole,
		// and the share's own predicate restricts it.
		return restrictedTitle("Share", ownPredicate(measuredWords(d.src.Text[share.Span.End:share.Sentence.End])))
	}
	if whole == "" {
		// "…; 31% were white": the whole of the list's first share.
		for i := len(d.mentions) - 1; i >= 0; i-- {
			p := d.mentions[i]
			if p.Span.Start >= share.Span.Start || p.Span.Start < share.Sentence.Start || !isShareFigure(p) {
				continue
			}
			if whole, _ = d.shareClause(p); whole != "" {
				break
			}
		}
		if whole == "" {
			whole = d.wholeBefore(share)
		}
		if whole == "" && !count && unkeptTitle(cur, m.Text) {
			return restrictedTitle("Share", pred) // "69% were allocated for further action"
		}
		if whole == "" {
			return ""
		}
	}
	if !unkeptTitle(cur, m.Text) && !wordsWithin(cur, "share "+whole) {
		return ""
	}
	lead := "Share of "
	if count {
		lead = ""
	}
	return shareTitleOf(lead, whole, pred)
}

// wholeBefore returns the whole a share's sentence names before its
// first comma, "Of <whole>, N% …; M% …", or through an anaphor ("Of those, 40% were among
// children"), the noun the last figure of the sentence before counts
// (countedNP); or "".
func (d *docDraft) wholeBefore(m Mention) string {
	text := d.src.Text
	before, _, ok := strings.Cut(strings.TrimSpace(text[m.Sentence.Start:m.Span.Start]), ",")
	ws := strings.Fields(before)
	if !ok || len(ws) < 2 || !strings.EqualFold(ws[0], "of") {
		return ""
	}
	ws = ws[1:]
	for len(ws) > 1 && (titleStop[strings.ToLower(ws[0])] || strings.EqualFold(ws[0], "all")) {
		ws = ws[1:] // "Of all marriages": the whole past its determiner
	}
	whole := strings.Join(ws, " ")
	switch strings.ToLower(whole) {
	case "those", "these", "them", "which":
		p, ok := d.mentionBeforeSentenceAt(m.Sentence.Start)
		if !ok {
			return ""
		}
		return lowerFirst(d.countedHead(p))
	}
	return lowerFirst(cleanMeasuredNP(whole))
}

// shareTitleOf returns lead, whole and as much of pred as a title of at
// most 64 characters with no fault holds, never cut after a word that
// governs what was cut; or "".
func shareTitleOf(lead, whole, pred string) string {
	if whole == "" || pred == "" {
		return ""
	}
	pw := strings.Fields(pred)
	for n := len(pw); n > 0; n-- {
		kept := trimTitleWords(pw[:n])
		if len(kept) == 0 || len(kept) < len(pw) && determiners[strings.ToLower(pw[len(kept)])] {
			continue // "generated outside [the sector]": a word that governs what was cut
		}
		if t := title(lead + whole + " " + strings.Join(kept, " ")); utf8Len(t) <= 64 && titleFault(t) == "" {
			return t
		}
	}
	return ""
}

// shareInParenAfter returns the share in parentheses after count m and
// its noun: "Around 2.1 million people aged 16 years and over (8.4%)".
func (d *docDraft) shareInParenAfter(m Mention) (Mention, bool) {
	for _, q := range d.mentions {
		if q.Sentence == m.Sentence && q.Span.Start > m.Span.End && isShareFigure(q) {
			if p, ok := d.figureBeforeParen(q); ok && p.Span == m.Span {
				return q, true
			}
			break
		}
	}
	return Mention{}, false
}

// figureBeforeParen returns the figure whose parenthesis m opens: "57.7
// per cent (11.3 million)", "Over half (53.7 per cent)".
func (d *docDraft) figureBeforeParen(m Mention) (Mention, bool) {
	text := d.src.Text
	b := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(b, "(") {
		return Mention{}, false
	}
	at := m.Sentence.Start + len(b) - 1
	for i := len(d.mentions) - 1; i >= 0; i-- {
		p := d.mentions[i]
		if p.Sentence != m.Sentence || p.Span.End > at {
			continue
		}
		if b := strings.ToLower(strings.TrimRight(text[:p.Span.Start], " ")); strings.HasSuffix(b, " aged") || strings.HasSuffix(b, " to") {
			continue // "aged 16 years and over": an age band inside the whole
		}
		// "Nearly one in four patients (4.5 million)": the words between
		// are the share's whole, no clause of their own.
		if wholeWords(strings.Fields(text[p.Span.End:at])) {
			return p, true
		}
		break
	}
	return Mention{}, false
}

// shareClause returns the whole of share figure m and the predicate its
// part does, made a modifier of the whole; the whole is "" when the share
// names none ("31% were white"), the predicate "" when no verb follows.
func (d *docDraft) shareClause(m Mention) (whole, pred string) {
	ws := measuredWords(d.src.Text[m.Span.End:m.Sentence.End]) // no restatement in parentheses
	i := 0
	if i < len(ws) && strings.EqualFold(ws[i], "of") {
		i++
	} else if !isFraction(m) && i < len(ws) && !shareVerb(ws, i) {
		return "", "" // "95% coverage was achieved": the figure's own noun, no whole
	}
	for i < len(ws) && (titleStop[strings.ToLower(ws[i])] || strings.EqualFold(ws[i], "all")) && !subjectStopWords[strings.ToLower(ws[i])] {
		i++
	}
	w0 := i
	for i < len(ws) && !shareVerb(ws, i) {
		lw := strings.ToLower(ws[i])
		// "of U.S. households were": an abbreviation's dots end no clause
		if hasDigit(lw) || ws[i] == ";" || subjectStopWords[lw] || strings.ContainsAny(ws[i], ",.") && !abbreviated(ws[i]) || i-w0 == 8 ||
			i > w0 && determiners[lw] && !isPrep(ws[i-1]) {
			// "of local authorities the number decreased": another clause's subject
			return "", ""
		}
		i++
	}
	if i == len(ws) {
		return "", ""
	}
	whole = strings.Join(ws[w0:i], " ")
	if whole != "" && cleanMeasuredNP(whole) == "" {
		return "", ""
	}
	if pred = sharePredicate(ws[i:]); pred == "" {
		return "", ""
	}
	return lowerFirst(whole), pred
}

// sharePredicate returns the predicate ws (its verb first) made a
// modifier of a share's whole, up to a figure or the clause's end: "were
// discharged with …" → "discharged with …", "arrived by" → "arriving by",
// "had an FBI" → "with an FBI", "were black" → "that were black"; or "".
func sharePredicate(ws []string) string { return clausePredicate(ws, false) }

// clausePredicate is sharePredicate; with own set (a count's own
// predicate, ownPredicate) it keeps a place phrase, which restricts what
// is counted ("educated in the United States", "with plants in Peru"),
// and ends before the main clause's verb after a relative clause ("that
// have plants in Peru employ …").
func clausePredicate(ws []string, own bool) string {
	verb := strings.ToLower(strings.TrimRight(ws[0], ",.;:"))
	rest := ws[1:]
	if verb != strings.ToLower(ws[0]) {
		rest = nil // "smoked, this is …": the clause ends on its verb
	}
	if copulaWords[verb] && len(rest) > 3 && strings.EqualFold(rest[1], "to") {
		// "were said to have been reported", "is estimated to be": the
		// hedge left to the qualifier, the predicate after it.
		switch {
		case strings.EqualFold(rest[2], "be"):
			rest = rest[3:]
		case strings.EqualFold(rest[2], "have") && strings.EqualFold(rest[3], "been"):
			rest = rest[4:]
		}
	}
	var out []string
	switch {
	case copulaWords[verb] && len(rest) > 0 && (isPastParticiple(strings.ToLower(rest[0])) || isPrep(rest[0]) || own && isPrepWord(strings.ToLower(rest[0]))):
		// "were discharged with", "were for patients": the copula dropped.
	case copulaWords[verb]:
		out = append(out, "that", verb) // "were black"
	case own && haveWords[verb] && len(rest) > 0 && (strings.HasSuffix(strings.ToLower(rest[0]), "ed") || irregularPasts[strings.ToLower(rest[0])]):
		out = append(out, "that") // "had opened their first clinic": "that opened", a past's form
	case haveWords[verb] && len(rest) > 0 && isPastParticiple(strings.ToLower(rest[0])):
		out = append(out, "that", verb) // "have reopened their shops"
	case haveWords[verb]:
		out = append(out, "with") // "had an FBI of over £50,000"
	case presentParticiple(verb) != "":
		out = append(out, presentParticiple(verb)) // "arrived by" → "arriving by"
	default:
		out = append(out, "that", verb)
	}
	skip := 0
	for i, w := range rest {
		lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if i < skip {
			continue
		}
		if n := spanModifier(rest[i:]); n > 0 {
			skip = i + n // "the 5 year war": the war
			continue
		}
		if !own && isPrep(lw) && startsWithPlace(strings.Join(rest[i+1:], " ")) {
			break // "in Wales": the entities', not the title's
		}
		if own && i > 0 && isCapitalized(rest[i-1]) && (subjectEnds[lw] && !auxiliaries[lw] && w == lw || lw == "to" && i+1 < len(rest) && isLowerWord(rest[i+1]) && !titleStop[rest[i+1]]) {
			// "… in Peru employ", "… in Congo to make peace": after a
			// name, a verb opens the main clause or a purpose.
			break
		}
		if own && abbreviated(w) {
			out = append(out, w) // "U.S. exchange programs": its dots end no phrase
			continue
		}
		if k := bandEnd(rest[i:]); own && k > 0 {
			// "completed in 12 weeks or less", "had 50kW of power or
			// above": a band the figure bounds restricts what is counted.
			for _, b := range rest[i : i+k] {
				out = append(out, strings.TrimRight(b, ",.;:"))
			}
			break
		}
		if own && hasDigit(lw) && len(out) == 1 && isPrep(out[0]) && !strings.ContainsAny(w, "$€£%") {
			out = append(out, strings.TrimRight(w, ",.;:")) // "were under 16": a band the figure bounds, all the restriction
			break
		}
		if own && hasDigit(lw) && len(out) > 0 && out[len(out)-1] == "per" {
			out = append(out, w) // "averted per 1,000 children vaccinated": a rate's base
			continue
		}
		if hasDigit(lw) || strings.ContainsAny(w, "$€£%") {
			// "for patients under 40", "aged 16–22": the word before a
			// figure governs it, and goes with it.
			out = out[:max(0, len(out)-1)]
			break
		}
		if w == ";" || len(out) == 9 {
			break
		}
		out = append(out, strings.TrimRight(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") {
			break
		}
	}
	if out = trimTitleWords(out); len(out) == 0 || copulaWords[out[len(out)-1]] {
		return ""
	}
	return strings.Join(out, " ")
}

// bandEnd returns how many words of ws, a figure and at most two words
// of its unit with a hedge after them ("12 weeks or less", "50kW of power
// or above"; lexicon.TrailingHedges), make a band; 0 when ws opens with
// no such band.
func bandEnd(ws []string) int {
	if len(ws) < 3 || !hasDigit(ws[0]) {
		return 0
	}
	for k := 1; k <= 3 && k+1 < len(ws); k++ {
		if trailingHedgeWord(ws[k], ws[k+1]) {
			return k + 2
		}
		if ws[k] != strings.TrimRight(ws[k], ",.;:") {
			return 0
		}
	}
	return 0
}

// spanModifier returns how many words of ws, a number and a singular
// noun of a span of time (vocab.Durations), modify the noun after them
// rather than state a figure ("5 year war", "10-year plan", "3 month
// period"): 2, 1 for one hyphenated word, or 0.
func spanModifier(ws []string) int {
	if len(ws) < 2 || !hasDigit(ws[0]) {
		return 0
	}
	if n, unit, ok := strings.Cut(ws[0], "-"); ok && hasDigit(n) && slices.Contains(vocab.Durations, strings.ToLower(unit)) && npWord(ws[1]) {
		return 1
	}
	if len(ws) > 2 && slices.Contains(vocab.Durations, strings.ToLower(ws[1])) && npWord(ws[2]) {
		return 2
	}
	return 0
}

// countShareClause returns the whole and predicate of a count p and the
// share q in parentheses after its noun: "Around 2.1 million people aged
// 16 years and over (8.4%) cycled to work" → "people aged 16 years and
// over", "cycling to work"; or "", "".
func (d *docDraft) countShareClause(p, q Mention) (whole, pred string) {
	text := d.src.Text
	paren := strings.LastIndexByte(text[:q.Span.Start], '(')
	ne := max(p.Numbers[0].End, p.Numbers[1].End)
	if paren < ne || ne < p.Span.Start {
		return "", ""
	}
	ws := strings.Fields(text[ne:paren])
	if len(ws) == 0 || !wholeWords(ws) {
		return "", ""
	}
	after := measuredWords(text[q.Span.End:q.Sentence.End])
	if len(after) > 1 && strings.HasSuffix(strings.ToLower(after[0]), "ly") {
		after = after[1:] // "currently use": the adverb left out
	}
	if len(after) == 0 || !isLowerWord(after[0]) || isPrep(after[0]) || titleStop[strings.ToLower(after[0])] {
		return "", "" // right after the parenthesis stands the verb: "gambled online", "use an electric bike"
	}
	return lowerFirst(strings.Join(ws, " ")), sharePredicate(after)
}

// wholeWords reports whether ws can be (part of) a share's whole between
// a figure and a parenthesis: at most eight words, no clause break, and
// digits only of an age band ("aged 16 years and over", "aged 18 to 24").
func wholeWords(ws []string) bool {
	for i, w := range ws {
		if strings.ContainsAny(w, ",;:.()") || hasDigit(w) && (i == 0 || !strings.EqualFold(ws[i-1], "aged") && !strings.EqualFold(ws[i-1], "to")) {
			return false
		}
	}
	return len(ws) <= 8
}

// shareVerb reports whether ws[i] is the verb of a share's clause: a form
// of "be" or "have", or a verb in -ed that a preposition, a determiner
// or the clause's end follows ("arrived by", "resulted in", "smoked,"), which an
// adjective before a noun is not ("sentenced prisoners").
func shareVerb(ws []string, i int) bool {
	lw := strings.ToLower(strings.TrimRight(ws[i], ",.;:"))
	if copulaWords[lw] || haveWords[lw] {
		return true
	}
	if !strings.HasSuffix(lw, "ed") || edAdjectives[lw] || len(lw) < 5 {
		return false
	}
	return i+1 == len(ws) || strings.ContainsAny(ws[i][len(ws[i])-1:], ",.;:") || ws[i+1] == ";" || isPrep(ws[i+1]) || titleStop[strings.ToLower(ws[i+1])]
}

// trimTitleWords returns ws without stop words and prepositions at its
// end: a title ends on a content word.
func trimTitleWords(ws []string) []string {
	for len(ws) > 0 && (titleStop[strings.ToLower(ws[len(ws)-1])] || isPrep(ws[len(ws)-1]) || strings.EqualFold(ws[len(ws)-1], "either")) {
		ws = ws[:len(ws)-1]
	}
	return ws
}

// estimateNouns head a list's lead that names a series by what its
// figures are: "Long-Term International Migration estimates … were:".
var estimateNouns = map[string]bool{"estimates": true, "figures": true, "statistics": true, "data": true}

// underLead returns the one-word measured noun np of a list item with the
// modifiers its lead gives it: under "Long-Term International Migration
// estimates in the year ending March 2016 were:", the item "immigration
// = 633,000" measures long-term international immigration. A list's lead
// names the series its items are parts of; a one-word item names only
// the part. It returns np as it is when m's sentence is no item under
// such a lead.
func (d *docDraft) underLead(m Mention, np string) string {
	text := d.src.Text
	ls := strings.LastIndexByte(text[:m.Sentence.Start], '\n') + 1
	if bulletPrefix(strings.TrimLeft(text[ls:m.Sentence.End], " \t")) == 0 {
		return np
	}
	// The lead is the first line above that is no item of the list.
	lead := ""
	for e := ls - 1; e > 0 && lead == ""; {
		s := strings.LastIndexByte(text[:e], '\n') + 1
		switch l := strings.TrimSpace(text[s:e]); {
		case l == "" || bulletPrefix(l) > 0:
		case strings.HasSuffix(l, ":"):
			lead = l
		default:
			return np
		}
		e = s - 1
	}
	var mods []string
	for _, w := range strings.Fields(lead) {
		lw := strings.ToLower(w)
		if estimateNouns[lw] {
			break
		}
		if isPrep(lw) || titleStop[lw] || copulaWords[lw] || hasDigit(lw) {
			return np
		}
		mods = append(mods, lw)
	}
	if len(mods) < 2 || len(mods) > 4 {
		return np
	}
	// "Long-Term International Migration": the series is the last word,
	// the item one of its parts.
	return title(strings.Join(mods[:len(mods)-1], " ") + " " + strings.ToLower(np))
}

// The measure's word. A change is titled by what changed, headed by the
// measure's word: "Change in live births", never "Fall in live births";
// its direction is the figure's sign, which the indicator carries, and a
// title of its direction would name a different thing for each sign of
// the same series ("Increase in UK business deaths" one year, "Decrease
// in …" the next).

// directionHeads are the nouns of a direction that head a change's
// title in a draft: "Increase in", "Fall in".
var directionHeads = map[string]bool{"increase": true, "decrease": true, "rise": true, "fall": true,
	"decline": true, "drop": true, "jump": true, "gain": true}

// headChanges heads the title of every change drafted with the
// measure's word (changeHead), whichever rule titled it, and gives a
// retitled claim its new id.
func (d *docDraft) headChanges(out []claim) []claim {
	for i := range out {
		ind := &out[i].ind
		if out[i].skip != "" {
			continue
		}
		if t := changeHead(ind.Title, ind.Measure); t != ind.Title {
			ind.Title = t
			ind.ID = d.unique(idOf(*ind))
		}
	}
	return out
}

// changeHead returns title t of a figure of the given measure headed by
// the measure's word: a change titled "<direction noun> in <what>"
// becomes "Change in <what>"; any other title is returned as it is.
func changeHead(t string, measure indicators.MeasureKind) string {
	if measure != indicators.Change {
		return t
	}
	head, rest, ok := strings.Cut(t, " in ")
	if !ok || !directionHeads[strings.ToLower(head)] || rest == "" {
		return t
	}
	return "Change in " + rest
}

// The measure's unit. What a figure measures includes what its number
// is per or in, when its title would otherwise say the same of two
// figures: an amount per year names its frequency ("Change in exports to
// the EU each year" of "by up to $1.8 billion per year"), and a change
// stated twice, as an amount and as its percentage ("an increase of 186
// people or 16%", "Increased by $375 million (1 percent)"), titles the
// percentage with its unit ("Change in people sleeping rough in London,
// percent").

// unitTitle returns title t of figure m, an indicator of the given
// measure and unit, with "each year" of a figure per year or the
// percent of a restated change; t as it is otherwise.
func (d *docDraft) unitTitle(t string, m Mention, measure indicators.MeasureKind, u indicators.Unit) string {
	if t == "" || isFallbackTitle(t) {
		return t
	}
	said := func(ws ...string) bool {
		for _, w := range strings.Fields(strings.ToLower(t)) {
			if slices.Contains(ws, strings.Trim(w, ",.;:()")) {
				return true
			}
		}
		return false
	}
	if u.Per == "year" && u.Kind != indicators.Percent && !said("year", "years", "annual", "annually", "yearly", "per", "each") {
		// A span shorter than a year is a level's unit, not its title
		// ("1.2 million barrels per day" of production), and a
		// percentage per year a pace ("Rate of methane leak repair").
		return t + " each year"
	}
	if measure == indicators.Change && u.Kind == indicators.Percent && !said("percent", "percentage") && d.restatesAmount(m) {
		return t + ", percent"
	}
	return t
}

// restatesAmount reports whether percentage m restates the amount of
// change right before it in its sentence: the two are joined by "or" or
// m stands in parentheses after it, past its year ("by $5.2 billion in
// 2013 (95 percent)").
func (d *docDraft) restatesAmount(m Mention) bool {
	text := d.src.Text
	for i := len(d.mentions) - 1; i >= 0; i-- {
		p := d.mentions[i]
		if p.Sentence != m.Sentence || p.Span.End > m.Span.Start {
			continue
		}
		if p.Unit.Kind == indicators.Percent || p.Unit.Kind == indicators.PercentagePoint {
			return false
		}
		between := strings.Fields(strings.ToLower(text[p.Span.End:m.Span.Start]))
		if len(between) > 2 && between[0] == "in" && yearWord(between[1]) {
			between = between[2:]
		}
		switch strings.Join(between, " ") {
		case "(", "or", ", or":
			return true
		}
		return false
	}
	return false
}

// listLeads open a list of the parts of the figure before them: "68% of
// total electricity generation, including coal (47%), gas (19%) and oil
// (2%)".
var listLeads = []string{"including", "specifically", "such as", "of which", "namely", "mainly", "comprising"}

// listPartTitle returns the title of share m when it stands in
// parentheses after an item of a list that a share of a whole leads
// ("including coal (47%)" after "68% of total electricity generation"):
// the item's share of the same whole, "Coal's share of total electricity
// generation"; or "".
func (d *docDraft) listPartTitle(m Mention) string {
	if !isShareFigure(m) {
		return ""
	}
	text := d.src.Text
	pre := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(pre, "(") {
		return ""
	}
	seg := strings.TrimSpace(pre[:len(pre)-1])
	if i := strings.LastIndexAny(seg, ",;:)"); i >= 0 { // "gas (19%) and oil"
		seg = strings.TrimSpace(seg[i+1:])
	}
	low := strings.ToLower(seg)
	for _, w := range append([]string{"and", "or"}, listLeads...) {
		if strings.HasPrefix(low, w+" ") {
			seg, low = seg[len(w)+1:], low[len(w)+1:]
		}
	}
	item := strings.Fields(seg)
	if len(item) == 0 || len(item) > 3 || hasDigit(seg) || strings.ContainsAny(seg, "()") || isPrep(strings.ToLower(item[0])) || onlyPlaces(seg) {
		return "" // "mainly from China": where from, not a part
	}
	// The share that leads the list: a share of a whole, then a lead word
	// before the first item.
	for _, p := range d.mentions {
		if p.Sentence != m.Sentence || p.Span.End > m.Span.Start || !isShareFigure(p) {
			continue
		}
		after := text[p.Span.End:m.Span.Start]
		ws := strings.Fields(after)
		if len(ws) < 2 || !strings.EqualFold(ws[0], "of") {
			continue
		}
		lead := -1
		for _, l := range listLeads {
			if i := strings.Index(strings.ToLower(after), ", "+l+" "); i >= 0 && (lead < 0 || i < lead) {
				lead = i
			}
		}
		if lead < 0 {
			continue
		}
		whole := cleanMeasuredNP(strings.TrimSpace(after[len(" of")+strings.Index(after, "of")-1 : lead]))
		if whole == "" {
			return ""
		}
		name := upperFirst(strings.Join(item, " "))
		if last := strings.ToLower(item[len(item)-1]); strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") && len(last) > 3 {
			name += "'" // "Renewables'"; "Gas's", "Glass's"
		} else {
			name += "'s"
		}
		if t := name + " share of " + lowerFirst(whole); utf8Len(t) <= 64 && titleFault(t) == "" {
			return t
		}
		return ""
	}
	return ""
}
