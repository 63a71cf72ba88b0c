package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Titles of the genres of draftsure.go: a growth figure says what it is
// compared with ("GDP growth on the previous quarter"), and one set
// "after" it for an earlier period takes its title; a forecast is titled
// by its subject ("Corn production forecast"), the change after it as a
// revision ("Upward revision of corn production forecast") or a cut ("Cut
// in season-average corn price"), and a crop outlook's title names its
// crop; "There were N X" is X; "Of those, N% were among G" the share of
// the whole of the sentence before among G; "S accounted for N% (M) of W"
// the share and count of W among S; "N X occurred among G" X among G; an
// item of a run its lead's title; abbreviations the text defines, or a
// few well known ones, are spelt out (MSP, minimum support price).

// sureTitle retitles a figure by the rules of this file.
func (d *docDraft) sureTitle(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	set := func(t, why string) {
		if t != "" && t != ind.Title {
			ind.Title, cl.fieldNotes["title"] = t, why
			declare(cl.fieldNotes, "title", "title/sureTitle")
		}
	}
	if t, why := d.sureTitleOf(m, ind.Title, 0); t != "" {
		set(t, why)
	}
	if t := d.withCrop(m, ind.Title); t != ind.Title {
		set(t, "the crop of the outlook's sentence or paragraph")
	}
	if t := d.spelledOut(ind.Title); t != ind.Title {
		set(t, "the abbreviation spelt out")
	}
}

// sureTitleOf returns the title the rules of this file give m, whose title
// so far is cur, and why; depth stops a figure's title from asking for its
// own.
func (d *docDraft) sureTitleOf(m Mention, cur string, depth int) (string, string) {
	if depth > 2 {
		return "", ""
	}
	text := d.src.Text
	if lead, ok := d.runLead(m); ok {
		if t, _ := d.sureTitleOf(lead, "", depth+1); t != "" {
			return t, "the title of the run's lead " + flatText(lead.Text)
		}
		if t := d.countedNP(lead); t != "" {
			return t, "the noun the run's lead " + flatText(lead.Text) + " counts"
		}
	}
	if main, ok := d.afterMain(m); ok {
		if t, _ := d.sureTitleOf(main, "", depth+1); t != "" {
			return t, "the title of " + flatText(main.Text) + ", which this figure of an earlier period is set after"
		}
	}
	if t := d.growthTitle(m); t != "" {
		return t, "the growth's subject and what it is compared with"
	}
	if t := whichIsTitle(text, m); t != "" {
		return t, `"X, which is N": X`
	}
	if t := d.forecastTitle(m); t != "" {
		return t, "the subject of the forecast"
	}
	if t := d.revisionTitle(m, depth); t != "" {
		return t, "a change of the forecast before it in the sentence"
	}
	if t := d.cutTitle(m, cur); t != "" {
		return t, "a change to the level after it"
	}
	if t := experiencedTitle(text, m); t != "" {
		return t, "the subject that experienced the change"
	}
	if t := d.fromToTitle(m); t != "" {
		return t, "the level the change before it runs from or to"
	}
	if t := doneUnderTitle(text, m); t != "" {
		return t, "what was done under the scheme"
	}
	if t := d.budgetTitle(m); t != "" {
		return t, "the budget of the sentence's subject"
	}
	if t := amountDoneTitle(text, m); t != "" {
		return t, "what the amount was done under and for"
	}
	if t := acrossTitle(text, m); t != "" {
		return t, "the places a verb's object was spread across"
	}
	return "", ""
}

// changeVerb matches the verb of a growth figure's subject.
var changeVerb = lazyRegexp(`\b(?:had\s+|has\s+|have\s+)?(?:rose|risen|grew|grown|increased|decreased|fell|fallen|declined|expanded|contracted)\b`)

// growthBase returns what a growth figure's sentence compares it with, as
// a title's end, or "": "compared with the previous quarter" → "on the
// previous quarter"; "compared with the same quarter of the previous
// year" → "on the same quarter of the previous year".
func growthBase(sent string) string {
	i := strings.Index(sent, "compared with")
	if i < 0 {
		i = strings.Index(sent, "compared to")
	}
	if i < 0 {
		if hasPhrase(sent, "year-on-year") || hasPhrase(sent, "year on year") {
			return "year-on-year"
		}
		return ""
	}
	rest := sent[i:]
	if j := strings.IndexAny(rest, ",;()"); j >= 0 {
		rest = rest[:j]
	}
	for _, p := range []string{"quarter", "month", "week"} {
		switch {
		case strings.Contains(rest, "same "+p+" of the previous year"), strings.Contains(rest, "same "+p+" of last year"):
			return "on the same " + p + " of the previous year"
		case strings.Contains(rest, "previous "+p), strings.Contains(rest, "preceding "+p):
			return "on the previous " + p
		}
	}
	if strings.Contains(rest, "previous year") || strings.Contains(rest, "a year earlier") {
		return "on the previous year"
	}
	return ""
}

// growthTitle titles a percentage change whose sentence says what it is
// compared with: the subject of its verb and that base ("Seasonally
// adjusted GDP rose by 0.2% …, compared with the previous quarter" → "GDP
// growth on the previous quarter"; "The number of employed persons
// increased by 0.2%" → "Growth in the number of employed persons on the
// previous quarter").
func (d *docDraft) growthTitle(m Mention) string {
	if m.Unit.String() != "percent" {
		return ""
	}
	text := d.src.Text
	sent := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Sentence.End]))
	verbs := changeVerb.FindAllString(strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start])), -1)
	if len(verbs) == 0 {
		return ""
	}
	dir := m.Quantity.Direction
	if dir == indicators.NoDirection {
		dir = indicators.Up
		if v := verbs[len(verbs)-1]; strings.Contains(v, "fell") || strings.Contains(v, "fallen") || strings.Contains(v, "decreased") ||
			strings.Contains(v, "declined") || strings.Contains(v, "contracted") {
			dir = indicators.Down
		}
	}
	base := growthBase(sent)
	if base == "" && pluperfect.MatchString(sent) {
		// "In the first quarter of 2019, GDP had grown by 0.4%": the
		// earlier period's growth, on the base of the sentence before.
		if p, ok := d.mentionBeforeSentenceAt(m.Sentence.Start); ok {
			base = growthBase(strings.ToLower(joinBroken(text[p.Sentence.Start:p.Sentence.End])))
		}
	}
	if base == "" {
		return ""
	}
	subj := d.changeSubject(m)
	if subj == "" {
		return ""
	}
	noun := "growth"
	if dir == indicators.Down {
		noun = "fall"
	}
	if len(strings.Fields(subj)) >= 3 {
		return capitalize(noun + " in the " + lowerFirst(subj) + " " + base)
	}
	return capitalize(subj + " " + noun + " " + base)
}

// changeSubject returns the subject of the change verb before m in its
// sentence, without articles, a leading "seasonally adjusted" or a place
// after "in": "GDP in the United States increased by" → "GDP".
func (d *docDraft) changeSubject(m Mention) string {
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	locs := changeVerb.FindAllStringIndex(strings.ToLower(before), -1)
	if len(locs) == 0 {
		return ""
	}
	v := locs[len(locs)-1][0]
	head := before[:v]
	if j := strings.LastIndexAny(head, ",;:("); j >= 0 {
		head = head[j+1:]
	}
	w := strings.Fields(head)
	for len(w) > 0 {
		lw := strings.ToLower(w[0])
		if lw == "the" || lw == "seasonally" || lw == "adjusted" || lw == "a" || lw == "an" {
			w = w[1:]
			continue
		}
		break
	}
	for i, x := range w {
		if strings.EqualFold(x, "in") && i > 0 && len(placesIn(strings.Join(w[i:], " "), 0)) > 0 {
			w = w[:i]
			break
		}
	}
	if len(w) == 0 || len(w) > 6 {
		return ""
	}
	s := strings.Join(w, " ")
	if len(placesIn(s, 0)) > 0 && len(w) <= 3 {
		return "" // "in the euro area": no subject
	}
	return s
}

// afterMain returns the figure a figure of an earlier period is set after:
// "GDP grew by 2.3% (after +2.7% in the previous quarter)" → 2.3%;
// "rose by 1.1% … and by 1.3% …, after +1.2% and +1.6% respectively" →
// the figure in the same place of the main run.
func (d *docDraft) afterMain(m Mention) (Mention, bool) {
	text := d.src.Text
	if !afterComparison(text, m) {
		return Mention{}, false
	}
	var mains, afters []Mention
	for _, o := range d.sentenceMentions(m) {
		if o.Unit != m.Unit {
			continue
		}
		if afterComparison(text, o) {
			afters = append(afters, o)
		} else if o.Span.End <= m.Span.Start {
			mains = append(mains, o)
		}
	}
	if len(mains) == 0 {
		return Mention{}, false
	}
	k := max(mentionIndex(afters, m), 0)
	rest := strings.ToLower(text[m.Span.End:m.Sentence.End])
	if len(afters) > 1 && strings.Contains(rest+strings.ToLower(text[afters[0].Span.Start:m.Span.Start]), "respectively") && len(mains) >= len(afters) {
		return mains[len(mains)-len(afters)+k], true
	}
	return mains[len(mains)-1], true
}

// forecastAt matches the verb of a forecast or a set level right before
// its figure: "is forecast at", "is predicted to be", "is set at", "has
// been increased to".
var forecastAt = lazyRegexp(`(?i)\b(?:is|are|was|were|has been|have been)\s+(forecast|predicted|projected|estimated|set|increased|raised|fixed)\s+(?:at|to be|to)\s*$`)

// forecastTitle titles a figure by the noun phrase its forecast or setting
// verb follows: "Corn production is forecast at" → "Corn production
// forecast"; "the MSP for Paddy (common) is set at" → "MSP for Paddy
// (common)".
func (d *docDraft) forecastTitle(m Mention) string {
	text := d.src.Text
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	k := tailStart(before, 48)
	g := forecastAt.FindStringSubmatchIndex(before[k:])
	if g == nil {
		return ""
	}
	for i := range g {
		g[i] += k
	}
	np := nounPhraseBefore(before[:g[0]])
	if np == "" {
		return ""
	}
	verb := strings.ToLower(before[g[2]:g[3]])
	if (verb == "forecast" || verb == "predicted" || verb == "projected") && len(strings.Fields(np)) <= 2 {
		return capitalize(np) + " forecast"
	}
	return capitalize(np)
}

// npStops end a noun phrase read backwards: conjunctions, relative words
// and verbs of the clause before. Not "or" nor "who": as the list was
// written, no reason known.
var npStops = lessWords(stopSet(classContrasts|classRelativePronouns|classCopulas, "and"), "who")

// nounPhraseBefore returns the noun phrase that ends s, read back to a
// clause break, a word ending a sentence ("U.S."), a conjunction or eight
// words; a leading article is dropped.
func nounPhraseBefore(s string) string {
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:] // a subject stops at the start of its line
	}
	w := strings.Fields(s)
	start := len(w)
	for start > 0 && len(w)-start < 8 {
		x := w[start-1]
		if listMarker(x) || strings.HasSuffix(x, ",") || strings.HasSuffix(x, ";") || strings.HasSuffix(x, ":") || strings.HasSuffix(x, ".") || npStops[strings.ToLower(x)] {
			break
		}
		start--
	}
	w = w[start:]
	if len(w) > 0 && (strings.EqualFold(w[0], "the") || strings.EqualFold(w[0], "a") || strings.EqualFold(w[0], "an")) {
		w = w[1:]
	}
	return strings.Join(w, " ")
}

// thereRateRE matches what a rate after "There were N" counts and its
// base: " cases of exclusion per 1,000 pupils", " deaths per 100,000
// people". Group 1 is the whole.
var thereRateRE = lazyRegexp(`^\s*([a-z]+(?:\s+of\s+[a-z]+(?:\s+[a-z]+)?)?\s+per\s+[0-9][0-9,]*\s+[a-z]+)\b`)

// revisionTitle titles a change that follows a forecast in its sentence
// ("Corn production is forecast at 15 billion bushels, up 246 million
// bushels from last month"): a revision when the change is from the
// forecast before ("from last month", or any change in a crop outlook
// without a base of its own), else a change of what the forecast is of.
func (d *docDraft) revisionTitle(m Mention, depth int) string {
	text := d.src.Text
	ownWords := strings.ToLower(text[m.Span.End:nextFigureOrEnd(d, m)])
	if m.Quantity.Direction == indicators.NoDirection && !strings.HasPrefix(strings.TrimSpace(ownWords), "from last year") {
		return ""
	}
	prev, found := d.lastBeforeIn(m, func(o Mention) bool { return o.Quantity.Direction == indicators.NoDirection })
	if !found {
		return ""
	}
	between := strings.ToLower(text[prev.Span.End:m.Span.Start])
	if strings.Contains(between, ".") {
		return ""
	}
	_, outlook := d.isCropOutlook()
	pcs0, _ := clauseOf(text, prev)
	if !outlook && d.forecastTitle(prev) == "" && firstPhrase(strings.ToLower(text[pcs0:prev.Span.Start]), forecastVerbs) == "" {
		return "" // a change of a forecast only
	}
	pt, _ := d.sureTitleOf(prev, "", depth+1)
	if pt == "" {
		pcs, _ := clauseOf(text, prev)
		pt = d.titleFor(prev, pcs, indicators.Flow)
	}
	pt = d.withCrop(prev, pt)
	if pt == "" {
		return ""
	}
	sent := strings.ToLower(text[m.Sentence.Start:m.Sentence.End])
	own := strings.ToLower(text[m.Span.End:nextFigureOrEnd(d, m)])
	lastYear := strings.Contains(own, "last year") || strings.Contains(own, "a year ago")
	if !lastYear && (strings.Contains(sent, "from last month") || strings.Contains(sent, "than last month") || outlook) {
		if m.Quantity.Direction == indicators.Up {
			return "Upward revision of " + lowerFirst(pt)
		}
		return "Downward revision of " + lowerFirst(pt)
	}
	noun := "Increase in "
	switch m.Quantity.Direction {
	case indicators.Down:
		noun = "Decrease in "
	case indicators.NoDirection:
		noun = "Change in " // "five percent from last year"
	}
	t := noun + lowerFirst(pt)
	if lastYear {
		t += " from last year"
	}
	return t
}

// nextFigureOrEnd returns where the next figure of m's sentence starts, or
// the sentence's end.
func nextFigureOrEnd(d *docDraft, m Mention) int {
	for _, o := range d.sentenceMentions(m) {
		if o.Span.Start >= m.Span.End {
			return o.Span.Start
		}
	}
	return m.Sentence.End
}

// cutTitle titles a change of money that moves a level to the figure right
// after it ("The season-average corn price dropped 30 cents to $5.45 a
// bushel"): "Cut in the season-average corn price", while the level keeps
// the plain title.
func (d *docDraft) cutTitle(m Mention, cur string) string {
	if m.Quantity.Direction == indicators.NoDirection || m.Unit.Kind != indicators.Money || cur == "" {
		return ""
	}
	after := strings.Fields(strings.ToLower(d.src.Text[m.Span.End:nextFigureOrEnd(d, m)]))
	if len(after) != 1 || after[0] != "to" {
		return ""
	}
	lc := strings.ToLower(cur)
	for _, p := range []string{"cut", "rise", "increase", "decrease", "reduction", "change", "growth", "decline", "fall"} {
		if hasPhrase(lc, p) {
			return ""
		}
	}
	if bw := strings.Fields(strings.ToLower(d.src.Text[m.Sentence.Start:m.Span.Start])); len(bw) >= 2 && bw[len(bw)-1] == "by" && !cutVerbs[bw[len(bw)-2]] {
		// "decreased by £6.6 billion to £54.3 billion": a change of that
		// quantity; "Cut in" only where the document says cut.
		return "Change in " + lowerFirst(cur)
	}
	if m.Quantity.Direction == indicators.Down {
		return "Cut in the " + lowerFirst(cur)
	}
	return "Rise in the " + lowerFirst(cur)
}

// cutVerbs say a cut: "cut by $2 billion to".
var cutVerbs = map[string]bool{"cut": true, "cuts": true, "slashed": true, "reduced": true, "lowered": true}

// experiencedVerb matches a subject's verb of experiencing a change before
// its noun: "has experienced a significant increase of".
var experiencedVerb = lazyRegexp(`(?i)\b(?:has|have|had)\s+(?:experienced|seen|registered|recorded|witnessed)\s+(?:an?\s+)?(?:[a-z]+\s+)?(increase|rise|growth|decline|decrease|fall)\s+of\s*$`)

// runInBreak matches the break after a run-in label: "sector- ", ": ".
var runInBreak = lazyRegexp(`[-–—:;]\s`)

// experiencedTitle titles "The ground-level credit disbursement in
// agriculture has experienced a significant increase of 349%" as "Increase
// in ground-level credit disbursement in agriculture".
func experiencedTitle(text string, m Mention) string {
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	k := tailStart(before, 80)
	g := experiencedVerb.FindStringSubmatchIndex(before[k:])
	if g == nil {
		return ""
	}
	for i := range g {
		g[i] += k
	}
	subj := before[:g[0]]
	if locs := runInBreak.FindAllStringIndex(subj, -1); len(locs) > 0 {
		subj = subj[locs[len(locs)-1][1]:] // "Institutional credit for agriculture sector- The …"
	}
	subj = strings.TrimSpace(subj)
	if f := strings.Fields(subj); len(f) > 0 && strings.EqualFold(f[0], "the") {
		subj = strings.Join(f[1:], " ")
	}
	if subj == "" || len(strings.Fields(subj)) > 8 {
		return ""
	}
	return capitalize(strings.ToLower(before[g[2]:g[3]])) + " in " + lowerFirst(subj)
}

// crops name what a crop outlook forecasts.
var crops = []string{"corn", "soybeans", "soybean", "wheat", "rice", "cotton", "sorghum", "barley", "oats", "millet", "paddy", "maize", "canola", "sugar", "peanuts", "sunflower"}

// withCrop returns a crop outlook's title t with the crop its figure is
// of when t names none: the crop after the figure in its clause ("$6.60 a
// bushel for wheat"), else the last one named before it in its line.
func (d *docDraft) withCrop(m Mention, t string) string {
	if _, ok := d.isCropOutlook(); !ok || t == "" {
		return t
	}
	lt := strings.ToLower(t)
	for _, c := range crops {
		if hasPhrase(lt, c) {
			return t
		}
	}
	text := d.src.Text
	crop := ""
	_, ce := clauseOf(text, m)
	var fors []string
	for _, c := range crops {
		fors = append(fors, "for "+c)
	}
	if c := firstPhrase(strings.ToLower(text[m.Span.End:max(ce, m.Sentence.End)]), fors); c != "" {
		crop = strings.TrimPrefix(c, "for ")
	} else {
		ls := strings.LastIndexByte(text[:m.Span.Start], '\n') + 1
		line := strings.ToLower(text[ls:m.Span.Start])
		at := -1
		for _, c := range crops {
			if i := lastPhrase(line, c); i > at {
				at, crop = i, c
			}
		}
	}
	if crop == "" {
		return t
	}
	if len(strings.Fields(t)) <= 2 && !strings.Contains(lt, " in ") && !strings.Contains(lt, " of ") {
		return capitalize(crop) + " " + lowerFirst(t)
	}
	return t + " for " + crop
}

// knownAbbreviations are spelt out in titles even where the text does not
// define them.
var knownAbbreviations = map[string]string{"MSP": "minimum support price", "MSPs": "minimum support prices",
	"UTs": "union territories", "UT": "union territory"}

// spelledOut returns title t with a well known abbreviation spelt out
// (MSP), or one the text defines ("Minimum Support Price (MSP)") when it
// opens the title as the noun that the words after it qualify ("MSP for
// wheat"), and the title stays short.
func (d *docDraft) spelledOut(t string) string {
	w := strings.Fields(t)
	changed := false
	for i, x := range w {
		if full, ok := knownAbbreviations[x]; ok {
			w[i], changed = full, true
		}
	}
	if len(w) > 1 && (w[1] == "for" || w[1] == "of") && !changed {
		if full := d.definedAs(w[0]); full != "" {
			w[0], changed = full, true
		}
	}
	out := capitalize(strings.Join(w, " "))
	if !changed || len(out) > 60 {
		return t
	}
	return out
}

// definedAs returns the words the text defines abbreviation a with, "Full
// Name (A)" or "fire and rescue services (FRSs)", read back from the
// parenthesis while the initials of its words spell a (less a plural's
// "s"), or "". The one reader of a defined acronym's long form: titles
// (retitleAbbreviation) and spelledAcronym read it.
func (d *docDraft) definedAs(a string) string {
	i := strings.Index(d.src.Text, "("+a+")")
	if i < 0 {
		return ""
	}
	return longFormBefore(d.src.Text, i, a)
}

// longFormBefore returns the long form of acronym a that text writes
// before byte i, where "(a)" stands, or "": the reading of definedAs and
// acronymsIn (drafttrade.go).
func longFormBefore(text string, i int, a string) string {
	letters := a
	if len(a) > 2 && a[len(a)-1] == 's' {
		letters = a[:len(a)-1] // "FRSs"
	}
	if len(letters) < 2 || strings.ToUpper(letters) != letters || strings.ToLower(letters) == letters {
		return ""
	}
	w := strings.Fields(text[max(0, i-120):i])
	initials := ""
	for k := len(w) - 1; k >= 0; k-- {
		x := strings.Trim(w[k], ",;:")
		switch strings.ToLower(x) {
		case "for", "of", "and", "on", "the":
			continue
		}
		ini := ""
		switch {
		case x == "":
			return ""
		case x[0] >= 'a' && x[0] <= 'z':
			ini = strings.ToUpper(x[:1]) // "fire and rescue services"
		case x[0] >= 'A' && x[0] <= 'Z':
			for _, r := range x {
				if r >= 'A' && r <= 'Z' {
					ini += string(r)
					if !strings.Contains(x, ".") {
						break
					}
				}
			}
		default:
			return ""
		}
		initials = ini + initials
		if initials == letters {
			return strings.Join(w[k:], " ")
		}
		if !strings.HasSuffix(letters, initials) {
			return ""
		}
	}
	return ""
}

// fromToTitle titles the levels a change runs between, "rising from 7.30
// lakh crores in FY 2013-14 to 25.48 lakh crores", by the subject of the
// change before them ("… credit disbursement in agriculture has experienced
// a significant increase of 349%").
func (d *docDraft) fromToTitle(m Mention) string {
	text := d.src.Text
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		t := experiencedTitle(text, o)
		if t == "" {
			continue
		}
		between := strings.ToLower(text[o.Span.End:m.Span.Start])
		if !hasPhrase(between, "from") && !hasPhrase(between, "to") {
			return ""
		}
		_, subj, _ := strings.Cut(t, " in ")
		return capitalize(subj)
	}
	return ""
}

// doneUnder matches "in claims have been paid under the Pradhan Mantri
// Fasal Bima Yojana" after a figure.
var doneUnder = lazyRegexp(`^\s*in\s+([a-z][a-z -]*?)\s+(?:have|has)\s+been\s+([a-z]+ed|paid|given|spent|made)\s+(under|through|by|to)\s+([^,;(.]+)`)

// doneUnderTitle titles "Over 1.70 lakh crore in claims have been paid
// under the Pradhan Mantri Fasal Bima Yojana (PMFBY)" as "Claims paid under
// the Pradhan Mantri Fasal Bima Yojana".
func doneUnderTitle(text string, m Mention) string {
	g := doneUnder.FindStringSubmatch(text[m.Span.End:m.Sentence.End])
	if g == nil {
		return ""
	}
	obj := strings.Fields(g[4])
	for len(obj) > 0 && (obj[len(obj)-1] == "and" || obj[len(obj)-1] == "or") {
		obj = obj[:len(obj)-1]
	}
	if len(obj) == 0 {
		return ""
	}
	return capitalize(g[1] + " " + g[2] + " " + g[3] + " " + strings.Join(obj, " "))
}

// budgetTitle titles "The Digital Agriculture Mission, approved on
// 02.09.2024 with a 2,817 crore budget" as "Digital Agriculture Mission
// budget": an amount right before "budget" or "outlay", in a sentence that
// opens with a capitalized name.
func (d *docDraft) budgetTitle(m Mention) string {
	text := d.src.Text
	f := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
	if len(f) == 0 {
		return ""
	}
	noun := strings.Trim(f[0], ",.;:")
	if noun != "budget" && noun != "outlay" {
		return ""
	}
	head := text[m.Sentence.Start:m.Span.Start]
	if i := strings.IndexAny(head, ",;("); i >= 0 {
		head = head[:i]
	}
	w := strings.Fields(head)
	if len(w) > 0 && strings.EqualFold(w[0], "the") {
		w = w[1:]
	}
	if len(w) < 2 || len(w) > 6 {
		return ""
	}
	for _, x := range w {
		if x[0] < 'A' || x[0] > 'Z' {
			return ""
		}
	}
	return strings.Join(w, " ") + " " + noun
}

// whichIs matches a noun a relative clause gives the figure of, right
// before it: "yield, which is 176.3 bushels per acre".
var whichIs = lazyRegexp(`(?i)\b([a-z][a-z-]+),\s+which\s+(?:is|are|was|were)\s*$`)

// whichIsTitle titles "… and yield, which is 176.3 bushels per acre" by the
// noun the relative clause is of: "Yield".
func whichIsTitle(text string, m Mention) string {
	before := text[m.Sentence.Start:m.Span.Start]
	g := whichIs.FindStringSubmatch(before[tailStart(before, 48):])
	if g == nil || titleStop[strings.ToLower(g[1])] {
		return ""
	}
	return capitalize(strings.ToLower(g[1]))
}

// amountDone matches what an amount "has been allocated under various
// schemes and programmes for welfare of the farmers".
var amountDone = lazyRegexp(`^\s*(?:has|have)\s+been\s+([a-z]+ed)\s+under\s+(?:various\s+|several\s+|different\s+)?([a-z]+)(?:\s+and\s+[a-z]+)?\s+(?:for|to)\s+([^.,;]+)`)

// amountDoneTitle titles "an amount of Rs 122528.77 crore has been
// allocated under various schemes and programmes for welfare of the
// farmers" as "Amount allocated under schemes for welfare of the farmers".
func amountDoneTitle(text string, m Mention) string {
	b := strings.ToLower(strings.TrimSpace(text[m.Sentence.Start:m.Span.Start]))
	if !strings.HasSuffix(b, "an amount of") && !strings.HasSuffix(b, "a sum of") && !strings.HasSuffix(b, "a total of") {
		return ""
	}
	g := amountDone.FindStringSubmatch(text[m.Span.End:m.Sentence.End])
	if g == nil {
		return ""
	}
	t := "Amount " + g[1] + " under " + g[2] + " for " + strings.TrimSpace(g[3])
	if len(t) > 64 {
		return ""
	}
	return t
}

// spreadAcross matches a clause that spreads a verb's object across places:
// "Integrated 1410 mandis with e-NAM across".
var spreadAcross = lazyRegexp(`^([A-Z][a-z]+ed)\s+[\d,]+\s+([a-z]+)\s+with\s+(\S+)\s+across\s`)

// acrossTitle titles the places counted after "across" (and after "&" or
// "and" that goes on from them): "Integrated 1410 mandis with e-NAM across
// 23 States & 4 UTs" → "States across which mandis were integrated with
// e-NAM", "Union territories across which …".
func acrossTitle(text string, m Mention) string {
	sent := text[m.Sentence.Start:m.Sentence.End]
	g := spreadAcross.FindStringSubmatchIndex(sent)
	if g == nil || m.Sentence.Start+g[1] > m.Span.Start {
		return ""
	}
	between := strings.Fields(text[m.Sentence.Start+g[1] : m.Span.Start])
	for _, w := range between {
		if w != "&" && w != "and" && !strings.ContainsAny(w, "0123456789") && !isCapitalized(w) {
			return ""
		}
	}
	w := strings.Fields(m.Text)
	if len(w) < 2 {
		return ""
	}
	noun := w[len(w)-1]
	if full, ok := knownAbbreviations[noun]; ok {
		noun = full
	}
	return capitalize(strings.ToLower(noun[:1])+noun[1:]) + " across which " + sent[g[4]:g[5]] + " were " + strings.ToLower(sent[g[2]:g[3]]) + " with " + sent[g[6]:g[7]]
}

// isCapitalized reports whether w starts with an upper-case ASCII letter.
func isCapitalized(w string) bool { return w != "" && w[0] >= 'A' && w[0] <= 'Z' }

// tailStart returns where the last n bytes or so of s start, at a space
// (or 0): the reach of a pattern anchored at the end of the words before a
// figure, so that a long sentence is not read whole for each figure.
func tailStart(s string, n int) int {
	if len(s) <= n {
		return 0
	}
	i := strings.IndexByte(s[len(s)-n:], ' ')
	if i < 0 {
		return 0
	}
	return len(s) - n + i
}
