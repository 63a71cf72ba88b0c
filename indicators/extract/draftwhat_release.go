package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What the figures of a monthly or annual statistics release are, as the
// twelfth session's second unseen round wrote them (drafts65): a bare
// number after "<plural noun> rose to N" counts the subject's head noun
// ("Loan approvals rose to 41,200" → 41,200 approvals, a count); a plural
// possessive modifies the noun after it, which is what is counted
// ("members’ voluntary liquidations" → liquidation); a figure "per 10,000
// companies" is a rate, a level; "N% lower than the record high numbers
// seen in 2019" is a change with its direction; "<X> provided N% of <Y>,
// with A at M%" gives shares of Y, each titled by its own noun; "with A
// down X and B down Y" gives each figure the part right before its own
// direction word; "there were N X" and the items of "comprising …" are
// titled by their own noun phrases.

// releaseFigureClaim applies the drafts65 rules to a drafted claim.
func (d *docDraft) releaseFigureClaim(cl *claim, m Mention) {
	text := d.src.Text
	before := unbracket(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := joinBroken(text[m.Span.End:m.Sentence.End])
	d.lowerThan(cl, m, before, after)
	d.partShareTitle(cl, m, before, after)
	d.verblessPartsTitle(cl, m, before)
	d.thereCountTitle(cl, m, before, after)
	d.monthChangeTitle(cl, m, before, after)
	d.nounAfterTitle(cl, m, after)
	conjunctionTitle(cl)
}

// setCheckedTitle sets the claim's title t, with why, when titleFault takes
// it; repairTitle then leaves it alone.
func setCheckedTitle(cl *claim, t, why string) {
	if t == "" || titleFault(t) != "" || len(t) > 80 {
		return
	}
	cl.ind.Title, cl.fieldNotes["title"], cl.fieldNotes[keptTitleMark] = t, why, "title"
	declare(cl.fieldNotes, "title", "title/setCheckedTitle")
}

// bracketRE matches a gloss in parentheses and the space before
// it: " (an indicator for future lending)".
var bracketRE = lazyRegexp(`\s*\([^()]*\)`)

// unbracket returns s without its glosses in parentheses.
func unbracket(s string) string {
	if !strings.Contains(s, "(") {
		return s
	}
	return bracketRE.ReplaceAllString(s, "")
}

// headPrepositions end a subject's head: "approvals for remortgage".
var headPrepositions = stopSet(classPrepositions, "among", "under", "over")

// headOfSubject returns the head noun of a subject: its last word before
// the first preposition, in lower case.
func headOfSubject(subject string) string {
	f := strings.Fields(strings.ToLower(subject))
	head := ""
	for _, w := range f {
		if headPrepositions[w] {
			break
		}
		head = w
	}
	return head
}

// quoteQ returns s in double quotes.
func quoteQ(s string) string { return `"` + s + `"` }

// lowerThanRE matches a change on an earlier year's count after a
// percentage: "lower than the record high numbers seen in 2023", "higher
// than the level recorded in 2019".
var lowerThanRE = lazyRegexp(`(?i)^\s*(lower|higher|fewer|more)\s+than\s+the\s+(?:[a-z-]+\s+){0,3}(?:numbers?|levels?|figures?|totals?|counts?)\s+(?:seen|recorded|reported|registered)?\s*(?:in|during)\s+(\d{4})\b`)

// whichRE matches the subject of a relative clause right before
// its percentage: "driven by CVLs, which were".
var whichRE = lazyRegexp(`(?:^|\s)([A-Za-z][A-Za-z’'-]*(?:\s+[a-z][a-z’'-]*){0,3}),\s+which\s+(?:were|was|are|is)\s*$`)

// lowerThan makes "N% lower than the numbers seen in YEAR" a
// change with its direction, titled "Change in <subject> on YEAR".
func (d *docDraft) lowerThan(cl *claim, m Mention, before, after string) {
	ind := &cl.ind
	if ind.Unit.String() != "percent" {
		return
	}
	g := lowerThanRE.FindStringSubmatch(after)
	if g == nil {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, quoteQ(strings.ToLower(g[1])+" than")+" an earlier year's count: a change"
	declare(cl.fieldNotes, "measure", "measure/lowerThan")
	dir := indicators.Up
	if w := strings.ToLower(g[1]); w == "lower" || w == "fewer" {
		dir = indicators.Down
	}
	d.setDirection(cl, dir, d.src.Text[m.Sentence.Start:m.Sentence.End])
	if s := whichRE.FindStringSubmatch(before); s != nil {
		subj := s[1]
		for _, w := range []string{" by ", " because of ", " of "} {
			if i := strings.LastIndex(" "+subj, w); i >= 0 {
				subj = subj[max(0, i+len(w)-1):] // "driven by CVLs": the cause's noun
			}
		}
		subj = d.spelledAcronym(subj)
		setCheckedTitle(cl, "Change in "+lowerTitleStart(subj)+" since "+g[2], "the change of the clause's subject on the year it is compared with")
	}
}

// providedRE matches "<X> provided N% of <Y>" in a sentence: the
// part, the figure and the whole.
var providedRE = lazyRegexp(`(?:^|[,;:]\s+)[\s•*–-]*([A-Z][A-Za-z-]*(?:\s+[a-z-]+){0,2})\s+(?:provided|supplied|accounted\s+for|made\s+up|generated)\s+([0-9][0-9.]*\s*(?:%|per\s*cent|percent))\s+of\s+([^,;.()]+)`)

// atItemRE matches a list item and "at" right before its
// figure: "with renewables at", ", nuclear at", "and coal at".
var atItemRE = lazyRegexp(`(?:,\s+(?:with\s+|and\s+)?|\bwith\s+|\band\s+)([A-Za-z][A-Za-z-]*(?:\s+[a-z-]+){0,2})\s+at\s*$`)

// partShareTitle makes "<X> provided N% of <Y>" a share of Y titled "<X>
// share of <Y>", and each "with A at M%" after it A's share of Y.
func (d *docDraft) partShareTitle(cl *claim, m Mention, before, after string) {
	ind := &cl.ind
	if ind.Unit.String() != "percent" {
		return
	}
	sent := d.src.Text[m.Sentence.Start:m.Sentence.End]
	g := providedRE.FindStringSubmatchIndex(sent)
	if g == nil {
		return
	}
	whole := strings.TrimSpace(sent[g[6]:g[7]])
	part := ""
	switch fig := m.Span.Start - m.Sentence.Start; {
	case fig == g[4]:
		part = sent[g[2]:g[3]]
	case fig > g[7]:
		if a := atItemRE.FindStringSubmatch(before); a != nil {
			part = a[1]
		}
	}
	if part == "" {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Share, quoteQ("of "+whole)+": a share of it"
	declare(cl.fieldNotes, "measure", "measure/partShareTitle")
	setCheckedTitle(cl, upperFirst(strings.TrimSpace(part))+" share of "+whole, "the part's share of the whole the sentence names")
}

// partRE matches a part and its direction word right before its
// figure, after the whole's figure: "with coal down", "and gas down".
var partRE = lazyRegexp(`(?:\bwith|,|\band)\s+([a-z][a-z-]*)\s+(down|up)\s*$`)

// wholeRE matches a verbless line's subject and its direction
// word: "Freight traffic by rail down 3.4%".
var wholeRE = lazyRegexp(`^[\s•*–-]*([A-Z][A-Za-z-]*(?:\s+[A-Za-z-]+){1,7}?)\s+(?:[–—-]\s+both\s+)?(?:(?:was|were)\s+)?(down|up)\s+[0-9]`)

// verblessPartsTitle titles the figures of "<Whole> down X%, with A down Y%
// and B down Z%": the whole by its subject, each part by its own noun in
// the whole's place ("coal generation by Major Power Producers").
func (d *docDraft) verblessPartsTitle(cl *claim, m Mention, before string) {
	ind := &cl.ind
	if ind.Measure != indicators.Change {
		return
	}
	sent := d.src.Text[m.Sentence.Start:m.Sentence.End]
	w := wholeRE.FindStringSubmatchIndex(sent)
	if w == nil {
		return
	}
	whole := sent[w[2]:w[3]]
	lead := "Change in "
	switch ind.Quantity.Direction {
	case indicators.Down:
		lead = "Decrease in "
	case indicators.Up:
		lead = "Increase in "
	}
	if m.Span.Start-m.Sentence.Start < w[1] {
		if ind.Title != "" && titleFault(ind.Title) == "" {
			return // the drafter's other rules named it
		}
		setCheckedTitle(cl, lead+lowerTitleStart(whole), "the verbless line's subject, before its direction word")
		return
	}
	p := partRE.FindStringSubmatch(before)
	if p == nil {
		return
	}
	f := strings.Fields(whole)
	if len(f) < 2 {
		return
	}
	setCheckedTitle(cl, lead+p[1]+" "+strings.Join(f[1:], " "), "a part of the line's whole, the noun right before its own direction word")
}

// thereRE matches "there were" right before a count.
var thereRE = lazyRegexp(`(?i)\bthere\s+(?:were|was|are|is)\s*$`)

// listRE matches the word that opens a list of parts before a
// count, or the separator of its items.
var listRE = lazyRegexp(`(?i)\b(?:comprising|including|of\s+which)\b(?:[^.;]*(?:,|\band))?\s*$`)

// thereNPRE matches the noun phrase after a count: its words up to a
// comma, a list word, "and" before another figure, or the end, with an
// acronym in brackets kept: "’ voluntary liquidations (CVLs)",
// " registered company insolvencies".
var thereNPRE = lazyRegexp(`^([’']?(?:\s+[A-Za-z][A-Za-z’'-]*){1,6}?(?:\s+\([A-Z][A-Za-z]+\))?)(?:\s+(?:comprising|including|in|on|at|during|and\s+(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten)\b)|\s*[,;.:(]|\s*$)`)

// andFigureRE matches "and" before another figure of a list,
// which ends a list item's title: "… and three receivership".
var andFigureRE = lazyRegexp(`(?i)\band\s+(?:[0-9]|one|two|three|four|five|six|seven|eight|nine|ten)\b`)

// thereCountTitle titles a count after "there were" by the noun phrase
// after it, and each item of a "comprising" list by its own; a plural
// possessive in the phrase modifies the noun after it, the unit.
func (d *docDraft) thereCountTitle(cl *claim, m Mention, before, after string) {
	ind := &cl.ind
	if ind.Measure != indicators.CountKind && ind.Measure != indicators.Flow && ind.Measure != indicators.Stock {
		return
	}
	there := thereRE.MatchString(before)
	list := listRE.MatchString(before)
	if !there && !list {
		return
	}
	// m.Text holds the number and the noun it read: "6,020 members".
	rest := strings.TrimLeft(m.Text, "0123456789,. ")
	phrase := rest + after
	if rest != "" {
		phrase = " " + phrase
	}
	g := thereNPRE.FindStringSubmatch(phrase)
	if g == nil {
		return
	}
	np := strings.TrimSpace(g[1])
	np = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(np, "’"), "'"))
	if rest != "" && (strings.HasPrefix(after, "’") || strings.HasPrefix(after, "'")) {
		np = strings.TrimSpace(rest) + after[:len(after)-len(strings.TrimLeft(after, "’'"))] + " " + strings.TrimSpace(strings.TrimLeft(strings.TrimPrefix(g[1], " "+strings.TrimSpace(rest)), "’'"))
		words := strings.Fields(unbracket(np))
		head := strings.ToLower(words[len(words)-1])
		stated := strings.TrimSpace(strings.TrimRight(m.Text[:len(m.Text)-len(rest)], " ")) + " " + strings.Join(words, " ")
		if len(words) >= 2 && strings.HasSuffix(head, "s") && strings.HasPrefix(d.src.Text[m.Span.Start:], stated) {
			ind.Stated = stated
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(indicators.Singular(head)), "the noun after the plural possessive, "+quoteQ(head)+": what is counted"
			declare(cl.fieldNotes, "unit", "unit/thereCountTitle")
		}
	}
	if len(strings.Fields(np)) < 1 {
		return
	}
	if cur := strings.ToLower(ind.Title); cur != "" && titleFault(ind.Title) == "" && strings.Contains(cur, strings.ToLower(unbracket(np))) && !andFigureRE.MatchString(cur) {
		return // the drafter's title already names the phrase, and more
	}
	setCheckedTitle(cl, upperFirst(strings.TrimSpace(np)), "the noun phrase the count counts")
}

// monthRE matches the words right after a figure that compare it
// with the month before: ", 4.4% higher than in December".
var onMonthRE = lazyRegexp(`(?:^|[,;:]\s+)[\s•*–-]*([A-Z][a-z]*(?:\s+[a-z]+){0,6}?)\s+(?:also\s+)?(?:` + movedVerbs + `)\s+on\s+the\s+month,?\s+by\s*$`)

// thanMonthRE matches "higher/lower than in <month>" after a
// percentage.
var thanMonthRE = lazyRegexp(`^\s*(?:higher|lower)\s+than\s+in\s+(?:` + monthAlt + `)\b`)

// subjectMovedRE matches a sentence's subject and verb of move,
// at its start: "Loan approvals for car purchase rose".
var subjectMovedRE = lazyRegexp(`^[\s•*–-]*([A-Z][a-z]*(?:\s+[a-z]+){0,6}?)\s+(?:also\s+)?(?:` + movedVerbs + `)\b`)

// monthChangeTitle titles a change on the month: "X rose on the month, by
// N%" and "X rose to M in <month>, N% higher than in <month before>" are
// "Change in X on the previous month".
func (d *docDraft) monthChangeTitle(cl *claim, m Mention, before, after string) {
	ind := &cl.ind
	if ind.Unit.String() != "percent" {
		return
	}
	subj := ""
	if g := onMonthRE.FindStringSubmatch(before); g != nil {
		subj = g[1]
	} else if thanMonthRE.MatchString(after) && strings.HasSuffix(strings.TrimSpace(before), ",") {
		if g := subjectMovedRE.FindStringSubmatch(before); g != nil {
			subj = g[1]
		}
	}
	if subj == "" {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "a change on the month before"
	declare(cl.fieldNotes, "measure", "measure/monthChangeTitle")
	setCheckedTitle(cl, "Change in "+lowerTitleStart(subj)+" on the previous month", "the change of the sentence's subject on the month before")
}

// titleConjunctions open a clause, never a title: "Whilst diesel
// prices".
var titleConjunctions = stopSet(classContrasts, "whilst", "although", "though", "and")

// conjunctionTitle drops a conjunction that opens the claim's title or
// the noun of its change: "Whilst bulk share of freight traffic", "Increase
// in whilst diesel prices".
func conjunctionTitle(cl *claim) {
	f := strings.Fields(cl.ind.Title)
	switch {
	case len(f) >= 3 && titleConjunctions[strings.ToLower(f[0])]:
		cl.ind.Title = upperFirst(strings.Join(f[1:], " "))
	case len(f) >= 4 && isChangeNoun(strings.ToLower(f[0])) && f[1] == "in" && titleConjunctions[strings.ToLower(f[2])]:
		cl.ind.Title = strings.Join(append(f[:2:2], f[3:]...), " ")
	}
}

// listTitleFault returns why the lower-case title words lw are no
// title by the rules of drafts65, or "": a title that ends on a direction
// word ("Decrease in coal down"), opens on a conjunction ("Whilst …") or
// is a comparison's or a period's words ("Slightly below", "Peak of
// late").
func listTitleFault(lw []string) string {
	n := len(lw)
	switch {
	case n >= 2 && (lw[n-1] == "down" || lw[n-1] == "up"):
		return "ends on a direction word, " + quoteQ(lw[n-1])
	case n >= 2 && titleConjunctions[lw[0]] && lw[0] != "and" && lw[0] != "but":
		return "opens on a conjunction, " + quoteQ(lw[0])
	case n <= 3 && (lw[n-1] == "below" || lw[n-1] == "above") || n >= 2 && lw[0] == "in" && lw[1] == "line":
		return "a comparison's words, not what is measured"
	case n >= 3 && lw[n-2] == "of" && (lw[n-1] == "late" || lw[n-1] == "early" || lw[n-1] == "mid"):
		return "a period's words, not what is measured"
	}
	return ""
}

// bareLowerWords returns the title words f in lower case, without the
// punctuation around them.
func bareLowerWords(f []string) []string {
	lw := make([]string, len(f))
	for i, w := range f {
		lw[i] = strings.ToLower(strings.Trim(w, ",.;:()"))
	}
	return lw
}

// structureRE matches the words before a count of the document's
// own parts: "is made up of", "consists of", "is divided into".
var structureRE = lazyRegexp(`(?i)\b(?:made\s+up\s+of|consists\s+of|is\s+divided\s+into|is\s+split\s+into|comprises)\s*$`)

// partsRE matches a count of a document's parts.
var partsRE = lazyRegexp(`(?i)^(?:two|three|four|five|six|seven|eight|nine|ten|[0-9]{1,2})\s+(?:main\s+)?(?:parts|sections|chapters|tables|annexes|volumes)$`)

// overPastRE matches "over past" or "over the last" right before
// a span of time.
var overPastRE = lazyRegexp(`(?i)\bover\s+(?:the\s+)?(?:past|last|previous)\s*$`)

// ownPartsNotClaim returns why m is no claim by the rules of drafts65, or
// "": a count of the document's own parts ("is made up of three parts")
// or a span of time after "over past" ("over past three years").
func ownPartsNotClaim(text string, m Mention) string {
	before := text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start]
	switch {
	case partsRE.MatchString(strings.TrimSpace(m.Text)) && structureRE.MatchString(before):
		return "a count of the document's own parts, not a claim: nothing to add"
	case overPastRE.MatchString(before) && bareUnitWord(strings.ToLower(lastField(m.Text))):
		return "a span of time after \"over past\", not a claim: nothing to add"
	}
	return ""
}

// lastField returns the last word of s, or "".
func lastField(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nounAfterRE matches the noun a figure modifies, right after
// it: " average seen over the past six months", " flow of consumer credit
// in January".
var nounAfterRE = lazyRegexp(`^\s+(average|flow|net\s+flow|total)\b(\s+of\s+(?:[a-z]+\s+){0,3}?[a-z]+)?(?:\s+(?:in|seen|over|since|during|for|from)\b|\s*[,;.]|\s*$)`)

// pastRE matches a span of time in words after "seen over".
var pastRE = lazyRegexp(`^\s+average\s+seen\s+(over\s+the\s+(?:past|last)\s+(?:two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:months|years|quarters))\b`)

// asideRE matches an aside set off by spaced hyphens or dashes:
// " - which lags approvals -".
var asideRE = lazyRegexp(`\s[-–—]\s[^-–—]{1,60}?\s[-–—]`)

// subjectRE matches a sentence's subject before its verb.
var subjectRE = lazyRegexp(`^[\s•*–-]*([A-Z][a-z]*(?:\s+[a-z]+){0,6}?)\s+(?:was|were|is|are|rose|fell|remained)\b`)

// nounAfterTitle titles a figure by the noun it modifies ("the £4.3
// billion average" → "Average <the sentence's subject> over the past six
// months"; "a £1.2 billion flow of consumer credit" → "Flow of consumer
// credit"), where the words before it are a comparison or point back.
func (d *docDraft) nounAfterTitle(cl *claim, m Mention, after string) {
	g := nounAfterRE.FindStringSubmatch(after)
	if g == nil || cl.ind.Unit.Kind == indicators.Percent {
		return
	}
	noun := strings.ToLower(g[1])
	if g[2] != "" {
		setCheckedTitle(cl, upperFirst(strings.TrimSpace(noun+g[2])), "the noun the figure modifies")
		return
	}
	if noun != "average" {
		return
	}
	sent := d.src.Text[m.Sentence.Start:m.Span.Start]
	// The noun of an earlier figure of the sentence: "a £1.2 billion flow
	// of consumer credit …, in line with the £1.1 billion average".
	if p := earlierOfRE.FindStringSubmatch(sent); p != nil {
		setCheckedTitle(cl, "Average "+strings.ToLower(p[1]), "an average of the noun of the sentence's earlier figure")
		return
	}
	subj := asideRE.ReplaceAllString(unbracket(sent), "")
	s := subjectRE.FindStringSubmatch(subj)
	if s == nil {
		return
	}
	t := "Average " + lowerTitleStart(s[1])
	if p := pastRE.FindStringSubmatch(after); p != nil {
		t += " " + p[1]
	}
	setCheckedTitle(cl, t, "an average of the sentence's subject")
}

// earlierOfRE matches an earlier figure's noun in a sentence: "a
// £1.2 billion flow of consumer credit".
var earlierOfRE = lazyRegexp(`\d\s*(?:billion|million|bn|m)?\s+((?:net\s+)?flow\s+of\s+(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:in|during|for)\b`)
