package extract

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Titles that name what is measured (drafts39), for the genres of a
// statistics office's release, a minister's funding release and an
// international body's programme page:
//
//	a change is "<change> in <what is measured> [in <place>]": "an
//	increase of 48,177" → "Increase in students attending school in
//	Australia"; judging adjectives ("small", "largest") and relative
//	words ("where student numbers") are dropped; "student numbers" and
//	"the number of students" are the students an earlier title named
//	the two ends of a from-to pair, and every point of a series
//	("increased from 4% in 2019 to 8% in 2022 and 16% in 2023"), share
//	the level's title
//	"a further $4.2 billion committed in the Budget" → "Funding committed
//	in the Budget"; "doubled road spending" → "Road spending"; "will
//	double" → "Rise in the cost of congestion"; "<actor> contributing
//	$X" → "Contribution of <actor>"; a share keeps what it is earmarked
//	for; "is $11.8 billion to upgrade X" → "Funding to upgrade X"; a
//	length "stretching over 3,589 kilometres" is the length of the noun
//	before; a bullet "Name - text" names its figures' subject
//	a count takes its predicate ("Countries that launched …"), its
//	gerund ("Girls fully immunised"), the noun after a linking verb
//	("which translates to over 605,000 future deaths averted"), a goal's
//	object ("Girls the Alliance aims to reach"), its cause ("Deaths
//	from cervical cancer"); "these cancers" is the last one named; a
//	rate keeps its base ("per 1,000 children").

// titleDocMemo is what measuredTitle keeps of a whole document as its
// figures are titled in order: the last change's measured phrase and the
// phrases earlier titles named, by their head noun.
type titleDocMemo struct {
	lastWhat string
	phrases  map[string]string // "students" → "students attending school"
}

var (
	// hedgeTitles are words of "more of it" a title cannot be.
	hedgeTitles = map[string]bool{"further": true, "additional": true, "another": true, "extra": true, "more": true, "a further": true, "an additional": true}
	// judgingWords judge a change; a title does not.
	judgingWords = map[string]bool{"small": true, "major": true, "largest": true, "large": true, "record": true, "big": true, "biggest": true,
		"significant": true, "slight": true, "modest": true, "strong": true, "sharp": true, "substantial": true, "smaller": true, "larger": true,
		"greatest": true, "smallest": true, "huge": true, "considerable": true, "marked": true}
	// linkingTitles are verbs that link a figure to what it is.
	linkingTitles = map[string]bool{"translates": true, "amounts": true, "equates": true, "corresponds": true, "means": true, "equals": true,
		"represents": true, "translate": true, "amount": true}
	// multipleWords are figures that are multiples.
	multipleWords = map[string]bool{"double": true, "doubled": true, "triple": true, "tripled": true, "quadruple": true, "quadrupled": true,
		"halve": true, "halved": true, "doubling": true, "tripling": true}
	// gerundsNoCount do not act on the count after them.
	gerundsNoCount = map[string]bool{"including": true, "excluding": true, "during": true, "according": true, "following": true,
		"remaining": true, "existing": true, "leading": true, "outstanding": true, "totaling": true, "totalling": true,
		"amounting": true, "representing": true, "accounting": true, "bringing": true, "making": true, "causing": true}

	changeVerbRE   = lazyRegexp(`(?i)\b(rose|risen|rises|increased|increases|grew|grown|grows|fell|fallen|falls|decreased|decreases|declined|declines|dropped|drops|climbed|jumped)\b`)
	changeByRE     = tailRegexp{regexp.MustCompile(`(?i)\b(rose|increased|grew|fell|decreased|declined|dropped|climbed|jumped)\s+by\s+(?:(?:just|only|a further|another|about|around|some|nearly|almost)\s+)?$`), []string{"by", "just", "only", "further", "another", "about", "around", "some", "nearly", "almost"}}
	changeNounOfRE = tailRegexp{regexp.MustCompile(`(?i)\b((?:[a-z]+\s+){0,2})(increase|rise|decrease|fall|growth|decline|drop|reduction|gain|loss)\s+of\s+$`), []string{"of"}}
	changeNounInRE = lazyRegexp(`(?i)\b(increase|rise|decrease|fall|growth|decline|drop|reduction)\s+in\s+([a-z][a-z -]*?)\s+(?:occurred|was|were|is|came|took|happened|in\b|at\b|,)`)
	fallVerbRE     = lazyRegexp(`(?i)\b(fell|decreased|declined|dropped)\b`)
	// seriesGapRE is the gap between two points of a series: the first
	// point's time ("in 2011", "in the tax year 2005 to 2006", "in
	// 2005/06", "in June 2019") and "to" or "and".
	seriesGapRE = lazyRegexp(`(?i)^(?:\s+(?:in|at|on|during)\s+(?:the\s+)?(?:[a-z]+\s+){0,3}?(?:19|20)\d\d(?:[-–/]\d{2,4}|\s+to\s+(?:19|20)\d\d)?)?,?\s+(?:to|and)\s+$`)
	yearWordRE  = lazyRegexp(`\s*\b(?:19|20)\d\d(?:[-–/]\d{2,4})?\b`)
)

// measuredTitle returns the title of the rules above for the figure m of
// cl, and why, or "" when none applies. It reads the sentence of m only.
func (d *docDraft) measuredTitle(cl *claim, m Mention, before, after string, prev titleMemo, hasPrev bool) (string, string) {
	ind := &cl.ind
	t := ind.Title
	lt := strings.ToLower(t)
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	tb := strings.TrimRight(before, " ")
	lb := strings.ToLower(before)
	mt := strings.ToLower(strings.TrimSpace(m.Text))

	// A series: the ends of "from A to B (and C)" share the level's title.
	if hasPrev && prev.series != "" && prev.kind == m.Kind && seriesGapRE.MatchString(text[prev.end:m.Span.Start]) {
		return prev.series, "a point of the series its sentence's subject names"
	}
	if seriesVerbAt(before) >= 0 {
		// "X reduced from A in 2005 to B in 2022": A and B are levels of
		// X; the change between them is another claim.
		if s := seriesSubject(before); s != "" && s != t && (isChangeTitle(t) || strings.HasPrefix(lt, "number of ") || runOnVerb(lt, strings.ToLower(s))) {
			return s, "the level its sentence's subject names, not the change"
		}
	}

	// Multiples: "doubled road spending" → "Road spending"; "X will
	// double" → "Rise in X".
	if multipleWords[mt] {
		if np := objectAfter(after); np != "" && ind.Measure == indicators.Change {
			return title(np), "what the multiple's verb doubles"
		}
		if np := subjectBefore(before); np != "" && ind.Measure == indicators.Change {
			return "Rise in " + lowerFirst(np), "a multiple is the rise in what its verb's subject names"
		}
	}

	// A change is "<change> in <what> [in <place>]".
	if ct := d.changeTitleOf(m, t, before, sent); ct != "" {
		return ct, "a change names what it changes and where"
	}

	// "a further $4.2 billion committed in the Budget" → "Funding
	// committed in the Budget".
	if f := strings.Fields(lt); len(f) > 0 && hedgeTitles[f[len(f)-1]] && m.Kind == Currency {
		if p := participleAfter(after); p != "" {
			return "Funding " + p, "the participle after the figure, not its hedge"
		}
	}
	// "<actor> contributing a further $6 billion" → "Contribution of
	// <actor>".
	if a := contributorBefore(tb); a != "" && m.Kind == Currency {
		return "Contribution of " + a, "who contributes the amount"
	}
	// A share keeps what it is earmarked for.
	if strings.HasPrefix(lt, "share of ") {
		if p := earmarkedAfter(after); p != "" {
			return t + " " + p, "what the share is set aside for"
		}
	}
	// "is $11.8 billion to upgrade X" → "Funding to upgrade X".
	if m.Kind == Currency && !strings.HasPrefix(lt, "funding") {
		if strings.HasSuffix(lb, " is ") || strings.HasSuffix(lb, " are ") || strings.HasSuffix(lb, " was ") {
			if p := toVerbObject(after); p != "" {
				return "Funding " + p, "what the amount is to do"
			}
		}
	}
	// A length: "N (stretching|spanning) over 3,589 kilometres" or "N km
	// long".
	if isLength(m) {
		if np := lengthOf(before, after); np != "" {
			return "Length of " + np, "a length is the length of the noun before it"
		}
	}
	// Counts.
	if counted(m) || m.Kind == Measure {
		if ct := d.countTitle(m, t, before, after, sent); ct != "" {
			return ct, "what the count counts, from its clause"
		}
	}
	// "X is associated with 90% of these cancers" → "Share of cervical
	// cancers associated with X".
	if strings.HasPrefix(lt, "share of ") {
		if st := d.shareOfTheseTitle(m, before, after); st != "" {
			return st, "the share of what \"these\" points back to, with its predicate"
		}
	}
	// A rate keeps its base: "per 1,000 children vaccinated".
	if i := strings.Index(t, " per "); i >= 0 {
		w := strings.Fields(t[i+len(" per "):])
		if len(w) > 0 && !hasDigit(w[0]) {
			if k := strings.Index(sent, " per "); k >= 0 {
				rest := strings.Fields(sent[k+len(" per "):])
				if len(rest) > 1 && hasDigit(rest[0]) && strings.EqualFold(strings.Trim(rest[1], ",.;:"), w[0]) {
					return t[:i] + " per " + rest[0] + " " + t[i+len(" per "):], "a rate keeps its base"
				}
			}
		}
	}
	// A bullet "Name - text" names its figures' subject.
	line := text[strings.LastIndexByte(text[:m.Sentence.Start+1], '\n')+1 : m.Sentence.End]
	if name := bulletName(line); name != "" && !strings.Contains(lt, strings.ToLower(name)) && !strings.Contains(strings.ToLower(name), lt) {
		return name + ": " + lowerFirst(t), "the bullet's name"
	}
	return "", ""
}

// seriesVerbAt returns where the verb of change of a series opens in
// before, the words before its first figure, which end on " from": "the
// tax gap for VAT reduced from", "continued to decrease from", "fell by
// 14 per cent from", "increased by 11.5% …, up from". The verb is the
// last of the lexicon's verbs of change in a finite form (in -ed, an
// irregular past, or after "to" or a modal) before "from", in its
// sentence and not past a dash. It returns -1 when before ends otherwise
// or has no such verb.
func seriesVerbAt(before string) int {
	s, ok := strings.CutSuffix(strings.TrimRight(before, " "), " from")
	if !ok {
		return -1
	}
	ws := strings.Fields(s)
	at := len(s)
	for k := len(ws) - 1; k >= 0; k-- {
		at = strings.LastIndex(s[:at], ws[k])
		w := strings.ToLower(ws[k])
		if w == "–" || w == "—" || w == "-" {
			return -1 // another clause
		}
		if !seriesVerbs[w] || w == "up" || w == "down" {
			continue
		}
		if k > 0 && (strings.EqualFold(ws[k-1], "be") || strings.EqualFold(ws[k-1], "been")) {
			return -1 // "will be reduced from": a pledge's levels, drafttitletarget.go's
		}
		if strings.HasSuffix(w, "ed") || changeVerbRE.MatchString(w) || k > 0 && (strings.EqualFold(ws[k-1], "to") || fragmentStarts[strings.ToLower(ws[k-1])]) {
			return at
		}
	}
	return -1
}

// seriesVerbs are the lexicon's words of change (DirectionWord.Change).
var seriesVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, d := range vocab.Directions {
		if d.Change {
			m[d.Word] = true
		}
	}
	return m
}()

// shortForms returns s with each acronym it defines in brackets after
// its long form left out ("Total Fertility Rate (TFR)" → "Total Fertility
// Rate"), or, when short is set, written for its long form, as a title
// too long to keep would be: "Tax gap for Income Tax, National Insurance
// contributions (NICs) and Capital Gains Tax gap" → "… Income Tax, NICs
// and …".
func shortForms(s string, short bool) string {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '(')
		if j < 0 {
			return s
		}
		open := i + j
		k := strings.IndexByte(s[open:], ')')
		if k < 0 {
			return s
		}
		a := s[open+1 : open+k]
		i = open + k
		if vocab.Acronym(a) == 0 {
			continue
		}
		if long := longFormBefore(s, open, a); long != "" {
			if !short {
				s = strings.TrimRight(s[:open], " ") + s[open+k+1:]
				i = open - 1
				continue
			}
			if at := strings.LastIndex(s[:open], long); at >= 0 {
				s = s[:at] + a + s[open+k+1:]
				i = at + len(a)
			}
		}
	}
}

// withoutVerbGroup returns ws, a subject and the verb group before a verb
// of change, without that group: its auxiliaries and modals ("has",
// "will"), and a verb that takes "to" ("continued to", "is expected to",
// "has begun to").
func withoutVerbGroup(ws []string) []string {
	for n := len(ws); n > 1; n = len(ws) {
		lw := strings.ToLower(ws[n-1])
		switch {
		case fragmentStarts[lw]: // "has", "will", "been"
			ws = ws[:n-1]
		case lw == "to" && n > 2:
			ws = ws[:n-2] // "continued to", "expected to"
		default:
			return ws
		}
	}
	return ws
}

// runOnVerb reports whether title t is the subject s run on into its
// verb: "share of crossings cancelled continued to shrink".
func runOnVerb(t, s string) bool {
	rest, ok := strings.CutPrefix(t, s+" ")
	f := strings.Fields(rest)
	return ok && len(f) > 0 && (fragmentStarts[f[0]] || seriesVerbs[f[0]] || strings.HasSuffix(f[0], "ed"))
}

// listComma reports whether the words after a comma go on a list of
// names ("…, National Insurance contributions and Capital Gains Tax
// gap"): no verb, and "and" or "or" among them.
func listComma(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	if len(ws) == 0 || hasVerb(ws) {
		return false
	}
	return slices.Contains(ws, "and") || slices.Contains(ws, "or")
}

// isChangeTitle reports whether t is titled as a change ("Increase in …").
func isChangeTitle(t string) bool {
	f := strings.Fields(t)
	return len(f) > 0 && isChangeNoun(f[0])
}

// seriesSubject returns the subject of the change verb before a series'
// "from": "HPV vaccine coverage in the 57 countries supported by Gavi
// increased from" → "HPV vaccine coverage in countries supported by Gavi".
func seriesSubject(before string) string {
	at := seriesVerbAt(before)
	if at < 0 {
		if locs := changeVerbRE.FindAllStringIndex(before, -1); len(locs) > 0 {
			at = locs[len(locs)-1][0]
		} else {
			return ""
		}
	}
	ws := strings.Fields(before[:at])
	for k := len(ws) - 1; k >= 0; k-- {
		// The subject opens after a clause break: ";", ":", a comma but
		// one of a list of names ("Income Tax, National Insurance
		// contributions and Capital Gains Tax gap"), or the "and" of
		// another clause ("X increased by 12% (from A to B) and Y").
		w := ws[k]
		lw := strings.ToLower(w)
		if strings.HasSuffix(w, ";") || strings.HasSuffix(w, ":") || strings.HasSuffix(w, ",") && !listComma(strings.Join(ws[k+1:], " ")) ||
			(lw == "and" || lw == "or" || lw == "but" || lw == "while" || lw == "whereas") && hasVerb(ws[:k]) {
			ws = ws[k+1:]
			break
		}
	}
	ws = slices.DeleteFunc(ws, isListMark)
	ws = withoutVerbGroup(pastFrame(ws))
	for len(ws) > 1 && titleStop[strings.ToLower(ws[0])] {
		ws = ws[1:] // "Our bilateral trade"
	}
	s := cleanMeasured(strings.Join(ws, " "))
	if len(strings.Fields(s)) < 2 || len(strings.Fields(s)) > 14 {
		return ""
	}
	s = shortForms(s, utf8Len(s) > 60)
	if utf8Len(s) > 64 {
		s = shorten(s, 64)
	}
	return title(s)
}

// cleanMeasured drops from a measured phrase its article, "the number
// of", figures with their article ("the 57 countries" → "countries") and
// years.
func cleanMeasured(s string) string {
	var out []string
	ws := strings.Fields(s)
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		lw := strings.ToLower(w)
		if isListMark(w) {
			continue
		}
		if hasDigit(w) {
			if n := len(out); n > 0 && (out[n-1] == "the" || out[n-1] == "The") {
				out = out[:n-1]
			}
			continue
		}
		out = append(out, w)
		_ = lw
	}
	s = strings.Join(out, " ")
	for _, p := range []string{"the number of ", "The number of ", "number of ", "Number of ", "the ", "The "} {
		if strings.HasPrefix(s, p) {
			s = s[len(p):]
			break
		}
	}
	return strings.TrimSpace(s)
}

// changeTitleOf returns "<change> in <what> [in <place>]" for a figure of
// change whose title t says less, or "".
func (d *docDraft) changeTitleOf(m Mention, t, before, sent string) string {
	lb := strings.ToLower(before)
	noun := ""
	switch {
	case changeByRE.MatchString(lb):
		noun = "Increase"
		if m.Quantity.Direction == indicators.Down || fallVerbRE.MatchString(changeByRE.FindString(lb)) {
			noun = "Decrease"
		}
	case changeNounOfRE.MatchString(lb):
		g := changeNounOfRE.FindStringSubmatch(lb)
		noun = title(g[2])
	default:
		// A restatement in parentheses of the change before it.
		if strings.HasSuffix(strings.TrimRight(lb, " "), "(") {
			if inner := strings.TrimSuffix(strings.TrimRight(before, " "), "("); inner != "" {
				inner = strings.TrimRight(inner, " ")
				return d.changeTitleOf(m, t, inner[:lastFigureStart(inner)]+" ", sent)
			}
		}
		return ""
	}
	lt := strings.ToLower(t)
	bad := isBareChange(t) || strings.Contains(lt, "where ") || strings.Contains(t, " Number of ") || strings.Contains(lt, " in number of ") ||
		!saysChangeWord(lt) // a change titled as its level: "Secondary students"
	if !bad {
		return ""
	}
	what, place, inNoun := d.measuredIn(before, sent)
	if what == "" {
		return ""
	}
	if inNoun != "" {
		noun = inNoun // "the largest increase in student numbers …, with a rise of"
	}
	out := noun + " in " + what
	if place != "" && !strings.Contains(out, place) {
		out += " " + place
	}
	if utf8Len(out) > 64 {
		out = shorten(out, 64)
	}
	return out
}

// saysChangeWord reports whether the lower-case title lt names a change
// anywhere: "GDP growth on the previous quarter".
func saysChangeWord(lt string) bool {
	for _, w := range strings.Fields(lt) {
		if isChangeNoun(strings.Trim(w, ",;:()")) {
			return true
		}
	}
	return false
}

// lastFigureStart returns where the last word holding a digit starts in s.
func lastFigureStart(s string) int {
	i := strings.LastIndexByte(s, ' ')
	for i >= 0 && !hasDigit(s[i:]) {
		i = strings.LastIndexByte(s[:i], ' ')
	}
	if i < 0 {
		return 0
	}
	return i
}

// isBareChange reports whether t is a change noun alone, judging words
// aside: "Increase", "Small decrease".
func isBareChange(t string) bool {
	f := strings.Fields(strings.ToLower(t))
	for len(f) > 1 && judgingWords[f[0]] {
		f = f[1:]
	}
	return len(f) == 1 && isChangeNoun(f[0])
}

// measuredIn returns what a change in sent measures and the place it
// happened ("in Queensland"), reading the words before the figure; the
// document's last measured phrase when the sentence names none.
func (d *docDraft) measuredIn(before, sent string) (what, place, noun string) {
	if g := changeNounInRE.FindStringSubmatch(before + " ,"); g != nil {
		what, noun = g[2], title(strings.ToLower(g[1]))
	} else if locs := changeVerbRE.FindAllStringIndex(before, -1); len(locs) > 0 {
		s := before[:locs[len(locs)-1][0]]
		if i := strings.LastIndexAny(s, ",;:"); i >= 0 {
			s = s[i+1:]
		}
		lw := strings.Fields(strings.ToLower(s))
		for k, w := range lw {
			if w == "where" || w == "which" || w == "that" || w == "whose" {
				s = strings.Join(strings.Fields(s)[k+1:], " ")
				break
			}
		}
		what = strings.TrimSpace(s)
	}
	what = cleanMeasured(what)
	for _, w := range strings.Fields(strings.ToLower(what)) {
		if subjectEnds[w] {
			what = ""
			break
		}
	}
	// "student numbers" are students; the students an earlier title named.
	if f := strings.Fields(what); len(f) == 2 && strings.EqualFold(f[1], "numbers") {
		what = pluralPhrase(f[0])
	}
	if full, ok := d.titleDoc.phrases[strings.ToLower(what)]; ok {
		what = full
	}
	if what == "" && d.titleDoc.lastWhat != "" {
		what = d.titleDoc.lastWhat
	}
	if what == "" {
		return "", "", ""
	}
	lwhat := strings.ToLower(what)
	if ps := subdivisionsIn(sent); len(ps) > 0 && !strings.Contains(lwhat, strings.ToLower(ps[0].name)) {
		place = "in " + ps[0].name
	} else if ps := placesIn(sent, 0); len(ps) > 0 {
		name := sent[ps[0].start:ps[0].end]
		if !strings.Contains(lwhat, strings.ToLower(name)) && !strings.Contains(strings.ToLower(d.titleDoc.lastWhat), strings.ToLower(name)) {
			place = "in " + name
			if !placeName(name) {
				place = "in " + indicators.EntityName(ps[0].code) // "the Scottish household waste recycling rate": in Scotland
			}
		}
	}
	if place == "" {
		// "at the primary level of education, where …"
		if i := strings.Index(strings.ToLower(before), ", where "); i >= 0 {
			head := before[:i]
			if j := strings.LastIndex(head, " at the "); j >= 0 {
				p := head[j+1:]
				if k := strings.Index(p, " of "); k >= 0 {
					p = p[:k]
				}
				if len(strings.Fields(p)) <= 4 {
					place = p
				}
			}
		}
	}
	return what, place, noun
}

// remember keeps what a titled figure says of its document: the phrase a
// change measures, and a counted phrase by its head noun.
func (d *docDraft) remember(ind *indicators.Indicator) {
	t := ind.Title
	if d.titleDoc.phrases == nil {
		d.titleDoc.phrases = map[string]string{}
	}
	if isChangeTitle(t) {
		if _, what, ok := strings.Cut(t, " in "); ok {
			for _, p := range []string{" in ", " at "} {
				if i := strings.LastIndex(what, p); i > 0 && (len(subdivisionsIn(what[i:])) > 0 || strings.HasPrefix(what[i:], " at ")) {
					what = what[:i]
				}
			}
			d.titleDoc.lastWhat = what
		}
		return
	}
	if ind.Measure == indicators.CountKind {
		f := strings.Fields(t)
		if len(f) >= 3 && strings.HasSuffix(f[1], "ing") {
			lw := strings.ToLower(f[0])
			phrase := lowerFirst(strings.Join(f, " "))
			if ps := placesIn(phrase, 0); len(ps) > 0 {
				if k := strings.LastIndex(phrase[:ps[0].start], " in "); k > 0 {
					phrase = phrase[:k]
				}
			}
			if _, ok := d.titleDoc.phrases[lw]; !ok {
				d.titleDoc.phrases[lw] = phrase
			}
			if d.titleDoc.lastWhat == "" {
				d.titleDoc.lastWhat = lowerFirst(t)
			}
		}
	}
}

// objectAfter returns the noun phrase a verb before after governs:
// " road spending and set about …" → "road spending".
func objectAfter(after string) string {
	var out []string
	for _, w := range strings.Fields(after) {
		lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if lw == "and" || lw == "or" || isPrep(lw) || titleStop[lw] && len(out) > 0 || subjectEnds[lw] || hasDigit(lw) {
			break
		}
		if !titleStop[lw] {
			out = append(out, strings.TrimRight(w, ",.;:"))
		}
		if strings.ContainsAny(w, ",.;:") || len(out) == 4 {
			break
		}
	}
	if len(out) == 0 || len(out) > 4 {
		return ""
	}
	return strings.Join(out, " ")
}

// subjectBefore returns the subject of an auxiliary right before a
// figure: "the cost of congestion will " → "the cost of congestion".
func subjectBefore(before string) string {
	ws := strings.Fields(before)
	if len(ws) < 2 {
		return ""
	}
	switch strings.ToLower(ws[len(ws)-1]) {
	case "will", "would", "could", "may", "might", "to", "has", "have", "had":
	default:
		return ""
	}
	ws = ws[:len(ws)-1]
	k := len(ws)
	for k > 0 && !strings.ContainsAny(ws[k-1], ",;:") && len(ws)-k < 8 {
		k--
	}
	s := strings.Join(ws[k:], " ")
	if s == "" || len(strings.Fields(s)) > 7 {
		return ""
	}
	return s
}

// participleAfter returns the participle phrase right after a figure, its
// years dropped and cut at a clause break or an infinitive: " committed
// in the 2010-11 Budget to begin …" → "committed in the Budget".
func participleAfter(after string) string {
	ws := strings.Fields(after)
	if len(ws) < 2 || !strings.HasSuffix(strings.ToLower(ws[0]), "ed") {
		return ""
	}
	var out []string
	for i, w := range ws {
		lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if i > 0 && (lw == "to" || lw == "and") {
			break
		}
		out = append(out, strings.TrimRight(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") || len(out) == 7 {
			break
		}
	}
	s := strings.TrimSpace(yearWordRE.ReplaceAllString(strings.Join(out, " "), ""))
	if f := strings.Fields(s); len(f) < 2 || titleStop[strings.ToLower(f[len(f)-1])] {
		return ""
	}
	return s
}

// contributorBefore returns who "contributing" names right before a
// figure: "with the states and territories contributing a further" → "the
// states and territories".
func contributorBefore(tb string) string {
	l := strings.ToLower(tb)
	for _, tail := range []string{" contributing a further", " contributing an additional", " contributing another", " contributing"} {
		if strings.HasSuffix(l, tail) {
			s := tb[:len(tb)-len(tail)]
			if i := strings.LastIndexAny(s, ",;:"); i >= 0 {
				s = s[i+1:]
			}
			s = strings.TrimSpace(s)
			s = strings.TrimPrefix(strings.TrimPrefix(s, "with "), "With ")
			if n := len(strings.Fields(s)); n == 0 || n > 6 {
				return ""
			}
			return s
		}
	}
	return ""
}

// earmarkedAfter returns what a share's whole is set aside for: " of this
// funding is earmarked for projects in Regional Australia." → "earmarked
// for projects in Regional Australia".
func earmarkedAfter(after string) string {
	ws := strings.Fields(after)
	for i := 0; i+2 < len(ws) && i < 6; i++ {
		switch strings.ToLower(ws[i]) {
		case "is", "are", "was", "were":
		default:
			continue
		}
		v := strings.ToLower(ws[i+1])
		if !strings.HasSuffix(v, "ed") || !(strings.EqualFold(ws[i+2], "for") || strings.EqualFold(ws[i+2], "to")) {
			return ""
		}
		var out []string
		for _, w := range ws[i+1:] {
			out = append(out, strings.TrimRight(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") || len(out) == 7 {
				break
			}
		}
		return strings.Join(out, " ")
	}
	return ""
}

// toVerbObject returns "to <verb> <object>" right after a figure, up to a
// dash or a clause break: " to upgrade Australia's key freight route -
// Network 1 …" → "to upgrade Australia's key freight route".
func toVerbObject(after string) string {
	ws := strings.Fields(after)
	if len(ws) < 3 || ws[0] != "to" || !isLowerWord(ws[1]) || hasDigit(ws[1]) {
		return ""
	}
	out := []string{"to", ws[1]}
	for _, w := range ws[2:] {
		if w == "-" || w == "–" || w == "—" || hasDigit(w) || isPrep(w) && len(out) > 2 {
			break
		}
		out = append(out, strings.TrimRight(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") || len(out) == 8 {
			break
		}
	}
	if len(out) < 3 {
		return ""
	}
	return strings.Join(out, " ")
}

// isLength reports whether m is a length in km or miles.
func isLength(m Mention) bool {
	switch m.Unit.Name {
	case "km", "mi", "kilometre", "kilometer", "mile":
		return true
	}
	l := strings.ToLower(m.Text)
	return strings.HasSuffix(l, "kilometres") || strings.HasSuffix(l, "kilometers") || strings.HasSuffix(l, " km") || strings.HasSuffix(l, "miles")
}

// lengthOf returns the noun a length measures: the noun before
// "stretching over", "spanning", "extending" or before a length followed
// by "long"; a name holding a figure between dashes gives way to the noun
// it names ("Australia's key freight route - Network 1 (N1) -").
func lengthOf(before, after string) string {
	s := strings.TrimRight(before, " ")
	cut := false
	for _, v := range []string{" stretching over", " stretching", " spanning over", " spanning", " extending over", " extending", " running over", " running"} {
		if strings.HasSuffix(strings.ToLower(s), v) {
			s, cut = s[:len(s)-len(v)], true
			break
		}
	}
	if !cut {
		if !strings.HasPrefix(strings.TrimSpace(strings.ToLower(after)), "long") {
			return ""
		}
		s = strings.TrimSuffix(strings.TrimSuffix(s, " is"), " was")
	}
	s = strings.TrimRight(s, " ,-–—")
	for _, dash := range []string{" - ", " – ", " — "} {
		if i := strings.LastIndex(s, dash); i >= 0 && hasDigit(s[i:]) {
			s = strings.TrimRight(s[:i], " ")
		}
	}
	ws := strings.Fields(s)
	var out []string
	the := false
	for k := len(ws) - 1; k >= 0 && len(out) < 6; k-- {
		w := strings.Trim(ws[k], ",;:()")
		lw := strings.ToLower(w)
		if titleStop[lw] || isPrep(lw) || strings.ContainsAny(ws[k], ",;:") || hasDigit(w) {
			break
		}
		out = append([]string{w}, out...)
		if strings.HasSuffix(lw, "'s") || strings.HasSuffix(lw, "’s") {
			the = k > 0 && strings.EqualFold(ws[k-1], "the") // "the city's main line"
			break
		}
	}
	if len(out) == 0 {
		return ""
	}
	if f := strings.ToLower(out[0]); !strings.HasSuffix(f, "'s") && !strings.HasSuffix(f, "’s") && !unicode.IsUpper(rune(out[0][0])) {
		return ""
	}
	if the {
		return "the " + strings.Join(out, " ")
	}
	return strings.Join(out, " ")
}

// countTitle returns the title of a count from its clause: its
// predicate, its gerund, the noun after a linking verb, a goal's object,
// its cause, or "".
func (d *docDraft) countTitle(m Mention, t, before, after, sent string) string {
	lt := strings.ToLower(t)
	noun := ""
	if f := strings.Fields(m.Text); len(f) > 1 && !hasDigit(f[len(f)-1]) {
		noun = strings.Trim(f[len(f)-1], ",.;:")
	}
	bw := strings.Fields(before)
	last := ""
	if len(bw) > 0 {
		last = strings.ToLower(bw[len(bw)-1])
	}
	// "which translates to over 605,000 future deaths averted …"
	if linkingTitles[lt] || linkingTitles[last] || last == "to" && len(bw) > 1 && linkingTitles[strings.ToLower(bw[len(bw)-2])] {
		own := ""
		if f := strings.Fields(m.Text); len(f) > 0 {
			k := len(f)
			for k > 0 && !hasDigit(f[k-1]) {
				k--
			}
			own = strings.Join(f[k:], " ") // "over 9,000 child deaths"
		}
		if np := nounPhraseAfter(" " + own + after); np != "" {
			return title(np)
		}
	}
	if noun == "" || !strings.EqualFold(lt, noun) && !(strings.HasPrefix(lt, "goal ") || strings.HasPrefix(lt, "aim ") || strings.HasPrefix(lt, "target ") || strings.HasPrefix(lt, "deaths caused")) {
		return ""
	}
	// "38 countries had successfully launched their programme" →
	// "Countries that launched a programme".
	if t := restrictedTitle(title(noun), ownPredicate(measuredWords(after))); t != "" {
		return t
	}
	// "fully immunising 27.3 million girls" → "Girls fully immunised".
	if len(bw) > 0 && strings.HasSuffix(last, "ing") && len(last) > 5 && !gerundsNoCount[last] {
		part := pastOf(strings.TrimSuffix(last, "ing"))
		if base := strings.TrimSuffix(last, "ing"); strings.HasSuffix(base, "is") || strings.HasSuffix(base, "iz") || strings.HasSuffix(base, "at") || strings.HasSuffix(base, "v") || strings.HasSuffix(base, "c") || strings.HasSuffix(base, "g") {
			part = base + "ed"
		} else if p, ok := irregularPast[base]; ok {
			part = p
		} else if p, ok := irregularPast[base+"e"]; ok {
			part = p // "taking" → "taken"
		}
		out := title(noun)
		if len(bw) > 1 && strings.HasSuffix(strings.ToLower(bw[len(bw)-2]), "ly") {
			out += " " + strings.ToLower(bw[len(bw)-2])
		}
		return out + " " + part + gerundAgent(bw[:len(bw)-1])
	}
	// "set an ambitious goal to reach over 86 million girls" → "Girls the
	// Alliance aims to reach".
	if len(bw) > 2 && strings.EqualFold(bw[len(bw)-2], "to") && (strings.EqualFold(bw[len(bw)-3], "goal") || strings.EqualFold(bw[len(bw)-3], "aim") || strings.EqualFold(bw[len(bw)-3], "target")) {
		verb := bw[len(bw)-1]
		actor := goalActor(before)
		if actor == "" {
			return title(noun) + " to " + verb
		}
		return title(noun) + " " + actor + " aims to " + verb
	}
	// "Cervical cancer is …, causing more than 209,000 deaths" →
	// "Deaths from cervical cancer".
	if last == "causing" {
		s, _ := sentenceSubject(d.src.Text, m.Sentence.Start, m.Span.Start)
		if s != "" && len(strings.Fields(s)) <= 4 {
			out := title(noun) + " from " + lowerFirst(s)
			if p := placePhraseAfter(after); p != "" {
				out += " " + p
			}
			return shorten(out, 64)
		}
	}
	return ""
}

// gerundAgent returns " by X" when the words before a gerund end on its
// subject after "with" ("with older staff taking 10.8 days": the days are
// taken by older staff), or "" (a subject with a figure of its own too:
// a title holds none).
func gerundAgent(ws []string) string {
	for k := len(ws) - 1; k >= 0 && k >= len(ws)-7; k-- {
		if strings.ContainsAny(ws[k], ",;:()") {
			return ""
		}
		if strings.EqualFold(ws[k], "with") {
			agent := ws[k+1:]
			if len(agent) == 0 || len(agent) > 5 || !isLowerWord(agent[len(agent)-1]) || hasDigit(strings.Join(agent, " ")) {
				return ""
			}
			return " by " + strings.Join(agent, " ")
		}
	}
	return ""
}

// nounPhraseAfter returns the words after a figure up to a clause break,
// when they open with a noun phrase.
func nounPhraseAfter(after string) string {
	var out []string
	for _, w := range strings.Fields(after) {
		lw := strings.ToLower(strings.TrimRight(w, ",.;:"))
		if len(out) == 0 && (titleStop[lw] || subjectEnds[lw] || !isLowerWord(lw)) {
			return ""
		}
		out = append(out, strings.TrimRight(w, ",.;:"))
		if strings.ContainsAny(w, ",.;:") || len(out) == 9 {
			break
		}
	}
	if len(out) < 2 {
		return ""
	}
	return shorten(strings.Join(out, " "), 60)
}

// goalActor returns who sets a goal: "the Alliance has set an ambitious
// goal to reach" → "the Alliance".
func goalActor(before string) string {
	l := strings.ToLower(before)
	for _, v := range []string{" has set ", " have set ", " set ", " aims ", " has ", " adopted "} {
		if i := strings.LastIndex(l, v); i >= 0 {
			s := before[:i]
			if j := strings.LastIndexAny(s, ",;:"); j >= 0 {
				s = s[j+1:]
			}
			s = strings.TrimSpace(s)
			if n := len(strings.Fields(s)); n >= 1 && n <= 4 {
				return s
			}
			return ""
		}
	}
	return ""
}

// placePhraseAfter returns "in <words>" after a figure, years skipped:
// " in 2022 in lower-income countries." → "in lower-income countries".
func placePhraseAfter(after string) string {
	s := yearWordRE.ReplaceAllString(after, "")
	ws := strings.Fields(s)
	for i := 0; i+1 < len(ws); i++ {
		if ws[i] != "in" {
			continue
		}
		if ws[i+1] == "in" {
			continue
		}
		var out []string
		for _, w := range ws[i+1:] {
			out = append(out, strings.TrimRight(w, ",.;:"))
			if strings.ContainsAny(w, ",.;:") || len(out) == 4 {
				break
			}
		}
		return "in " + strings.Join(out, " ")
	}
	return ""
}

// shareOfTheseTitle returns "Share of <whole> <participle> with <subject>"
// for "<subject> is <participle> with N% of these <noun>", with the whole
// the last one named before.
func (d *docDraft) shareOfTheseTitle(m Mention, before, after string) string {
	aw := strings.Fields(after)
	if len(aw) < 3 || aw[0] != "of" || !(aw[1] == "these" || aw[1] == "those") {
		return ""
	}
	noun := strings.ToLower(strings.Trim(aw[2], ",.;:"))
	sing := indicators.Singular(noun)
	// The clause before: "HPV is associated with".
	cl := before
	if i := strings.LastIndexAny(cl, ",;:"); i >= 0 {
		cl = cl[i+1:]
	}
	ws := strings.Fields(cl)
	if len(ws) < 4 {
		return ""
	}
	prep := ws[len(ws)-1]
	part := ws[len(ws)-2]
	aux := strings.ToLower(ws[len(ws)-3])
	if !strings.HasSuffix(part, "ed") || aux != "is" && aux != "are" && aux != "was" && aux != "were" {
		return ""
	}
	subj := strings.Join(ws[:len(ws)-3], " ")
	if n := len(ws) - 3; n < 1 || n > 4 {
		return ""
	}
	// The last named "<word> <noun>" before the sentence.
	start := max(0, m.Sentence.Start-600)
	prior := d.src.Text[start:m.Sentence.Start]
	whole := ""
	pw := strings.Fields(prior)
	for k := len(pw) - 1; k > 0; k-- {
		w := strings.ToLower(strings.Trim(pw[k], ",.;:"))
		if w != sing && w != noun {
			continue
		}
		mod := strings.Trim(pw[k-1], ",.;:")
		lm := strings.ToLower(mod)
		if titleStop[lm] || judgingWords[lm] || lm == "common" || lm == "most" || strings.HasSuffix(lm, "est") || hasDigit(lm) || strings.ContainsAny(pw[k-1], ",.;:") {
			continue
		}
		whole = lm + " " + noun
		break
	}
	if whole == "" {
		return ""
	}
	return "Share of " + whole + " " + part + " " + prep + " " + lowerFirst(subj)
}

// bulletName returns the name a bullet "• Name - text" opens with, or "".
func bulletName(sent string) string {
	sent = strings.TrimLeft(sent, " \t")
	k := bulletPrefix(sent)
	if k == 0 {
		return ""
	}
	rest := sent[k:]
	i := strings.Index(rest, " - ")
	if i < 0 {
		i = strings.Index(rest, " – ")
	}
	if i <= 0 {
		return ""
	}
	name := rest[:i]
	f := strings.Fields(name)
	if len(f) == 0 || len(f) > 5 {
		return ""
	}
	for _, w := range f {
		if r := rune(w[0]); !unicode.IsUpper(r) {
			return ""
		}
	}
	return name
}
