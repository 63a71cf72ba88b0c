package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// comparativeCount matches a count written as a change, at the start of a
// mention's text: "1.3 million fewer people", "over 260,000 more nurses".
// The comparative stands between the number and the counted noun; the
// number may be written in words ("Almost half a million more
// passengers").
var comparativeCount = lazyRegexp(`(?i)^(?:[a-z]+ )*?(?:[\d][\d.,]*(?: (?:thousand|million|billion))?|(?:half a|a quarter of a|a|one|two|three|four|five|six|seven|eight|nine|ten|several|a few) (?:hundred|thousand|million|billion)) (fewer|more) ([a-z][a-z' -]*)$`)

// colonListHead matches the first item of a list after a colon, when it
// is a count written as a change: ": 260,000 fewer children, ".
var colonListHead = lazyRegexp(`(?i):\s*(?:[a-z]+ )?[\d][\d.,]*(?: (?:thousand|million|billion))? (fewer|more) [^:;]*$`)

// pointsToShare matches the words before a percentage a change in points
// reaches: "a decrease of one percentage point to ", "a fall of 2
// points to ".
var pointsToShare = lazyRegexp(`(?i)\b(?:decrease|increase|fall|rise|drop|reduction|decline|change)s? of [\w.,]+ (?:percentage )?points? to $`)

// changeListHead matches a change noun that heads a list of percentages,
// each in its own part, up to a later item: "declines of 0.1% in services,
// 1.1% in production, and ". The noun is the first group.
var changeListHead = lazyRegexp(`(?i)\b(declines?|decreases?|falls?|drops?|increases?|rises?|gains?) of [\d.]+(?:%| per ?cent) in [^,;:]+(?:, [\d.]+(?:%| per ?cent) in [^,;:]+)*,? (?:and )?$`)

// changeListFirst matches a change noun right before the first item of
// a list of percentages: "declines of " before "0.1% in services, 1.1% in
// production"; listContinues matches the rest of that first item.
var (
	changeListFirst = lazyRegexp(`(?i)\b(declines?|decreases?|falls?|drops?|increases?|rises?|gains?) of $`)
	listContinues   = lazyRegexp(`^ in [^,;:]+, (?:and )?[\d.]+(?:%| per ?cent) in `)
)

// listItemAfter matches what an item of a change list names: "in
// production" in "1.1% in production, and".
var listItemAfter = lazyRegexp(`^ in ((?:the )?[a-z][a-z -]*?)(?: output)?(?:[,;.]|$| and )`)

// changedClaim applies the rules of this file: counts written as
// changes, shares a change in points reaches, and lists a change noun
// heads.
func (d *docDraft) changedClaim(cl *claim, m Mention) {
	d.comparativeClaim(cl, m)
	d.pointsShareClaim(cl, m)
	d.changeListClaim(cl, m)
	d.restatedCountClaim(cl, m)
	d.thereClaim(cl, m)
	d.jointRespectively(cl, m)
	d.thisClaim(cl, m)
}

// comparativeClaim drafts "1.3 million fewer people in low income" as a
// fall in people in low income, and the later items of a list after a
// colon ("260,000 fewer children, 890,000 working age adults") as falls
// too: the first item's comparative covers the list.
func (d *docDraft) comparativeClaim(cl *claim, m Mention) {
	if m.Kind != Count && m.Kind != Number || m.Kind == Count && m.Unit.Kind != indicators.Count {
		return
	}
	text := d.src.Text
	stated := strings.Join(strings.Fields(m.Text), " ")
	if m.Kind == Number {
		// "188 fewer racist incidents", "over 6,600 (+7%) more people": a
		// bare number's comparative and noun after it, past a bracket
		// that restates the figure's change.
		if _, end, ok := headNounPhrase(text, m.Span.End, m.Sentence.End); ok {
			rest := text[m.Span.End:end]
			if strings.HasPrefix(rest, " (") {
				rest = rest[strings.IndexByte(rest, ')')+1:]
			}
			stated += " " + strings.Join(strings.Fields(rest), " ")
		}
	}
	if !strings.Contains(stated, "fewer") && !strings.Contains(stated, "more") && strings.IndexByte(text[m.Sentence.Start:m.Span.Start], ':') < 0 {
		return // neither a comparative nor a list after a colon: the cheap test first
	}
	after := strings.ToLower(wordsAfter(text[m.Span.End:m.Sentence.End], 1))
	if after == "than" && !comparativeCount.MatchString(stated) {
		return // "2,000 more than last year": the compared figure, another rule's; "2,000 more people than …" is a change in people
	}
	var dirWord, noun, why string
	if g := comparativeCount.FindStringSubmatch(stated); g != nil {
		dirWord, noun, why = strings.ToLower(g[1]), g[2], "\""+strings.ToLower(g[1])+"\" before the counted noun: a change in the count"
	} else {
		before := text[m.Sentence.Start:m.Span.Start]
		g := colonListHead.FindStringSubmatch(before)
		if g == nil {
			return
		}
		dirWord, noun = strings.ToLower(g[1]), stated
		if i := firstDigitEnd(stated); i >= 0 {
			noun = strings.TrimSpace(stated[i:])
		}
		if noun == "" && m.Kind == Number {
			noun = thereNoun(text[m.Span.End:m.Sentence.End]) // "890,000 working age adults", the noun past the figure
		}
		why = "an item of a list whose first item is \"" + strings.ToLower(g[1]) + "\": a change in the count"
	}
	dir := indicators.Up
	lead := "Rise in "
	if dirWord == "fewer" {
		dir, lead = indicators.Down, "Fall in "
	}
	if noun == "" || indicators.DirectionWord(text[m.Sentence.Start:m.Sentence.End], dir) == "" {
		return
	}
	ind := &cl.ind
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, why
	declare(cl.fieldNotes, "measure", "measure/comparativeClaim")
	ind.Quantity.Direction = dir
	rest := inPhraseAfter(text[m.Span.End:m.Sentence.End])
	if rest == "" {
		rest = verbPhraseAfter(text[m.Span.End:m.Sentence.End])
	}
	ind.Title, cl.fieldNotes["title"] = lead+lowerFirst(noun)+rest, "the counted noun a comparative makes a change in"
	declare(cl.fieldNotes, "title", "title/comparativeClaim")
}

// firstDigitEnd returns where the number (and its scale word) at the
// start of s ends, or -1.
func firstDigitEnd(s string) int {
	f := strings.Fields(s)
	for i, w := range f {
		if w[0] < '0' || w[0] > '9' {
			continue
		}
		k := i + 1
		if k < len(f) && (f[k] == "thousand" || f[k] == "million" || f[k] == "billion") {
			k++
		}
		return len(strings.Join(f[:k], " "))
	}
	return -1
}

// inPhraseAfter returns " in …" when the words after a counted noun open
// with "in" up to the next clause break: "in absolute low income" in
// "fewer people in absolute low income, after housing costs".
func inPhraseAfter(after string) string {
	a := strings.TrimLeft(after, " ")
	if !strings.HasPrefix(a, "in ") {
		return ""
	}
	if i := strings.IndexAny(a, ",;:.("); i >= 0 {
		a = a[:i]
	}
	a = strings.TrimSpace(a)
	if len(strings.Fields(a)) > 6 || len(strings.Fields(a)) < 2 {
		return ""
	}
	return " " + a
}

// verbPhraseEnds end the verb phrase verbPhraseAfter keeps: its time, a
// comparison, a clause break.
var verbPhraseEnds = map[string]bool{"in": true, "during": true, "over": true, "since": true, "between": true, "when": true, "than": true,
	"compared": true, "from": true, "on": true, "this": true, "last": true, "and": true}

// verbPhraseAfter returns " that …" when the counted noun a comparative
// makes a change in is the subject of a verb in the past right after it:
// "more passengers used Irish airports in Q2" titles the change "… in
// passengers that used Irish airports", the verb's object kept and its
// time, comparison or next clause left out; "" otherwise.
func verbPhraseAfter(after string) string {
	f := strings.Fields(after)
	if len(f) < 2 {
		return ""
	}
	v := f[0]
	if !isLowerWord(v) || !strings.HasSuffix(v, "ed") && !slices.Contains(vocab.IrregularPasts, v) {
		return ""
	}
	var out []string
	for _, w := range f {
		if len(out) > 0 && verbPhraseEnds[strings.ToLower(w)] || len(out) == 5 {
			break
		}
		t := strings.TrimRight(w, ",;:.(")
		out = append(out, t)
		if t != w {
			break
		}
	}
	return " that " + strings.Join(out, " ")
}

// pointsShareClaim drafts the percentage a change in points reaches as a
// share: in "a decrease of one percentage point to 14%", 14% is the level
// the share fell to, not a change.
func (d *docDraft) pointsShareClaim(cl *claim, m Mention) {
	if m.Unit.String() != "percent" {
		return
	}
	text := d.src.Text
	raw := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(raw, " to") || !strings.Contains(raw, "point") || !pointsToShare.MatchString(joinBroken(text[m.Sentence.Start:m.Span.Start])) {
		return
	}
	ind := &cl.ind
	ind.Measure, cl.fieldNotes["measure"] = indicators.Share, "the percentage a change in points reaches: a share"
	declare(cl.fieldNotes, "measure", "measure/pointsShareClaim")
	ind.Quantity.Direction = indicators.NoDirection
	if g := restatedCount.FindStringSubmatch(strings.ToLower(text[m.Span.End:m.Sentence.End])); g != nil {
		ind.Title, cl.fieldNotes["title"] = "Share of "+g[1], "the share of what the count after \"or\" counts"
		declare(cl.fieldNotes, "title", "title/pointsShareClaim")
	}
}

// restatedCount matches a count that restates a share after "or": " or
// 9.2 million people." gives "people".
var restatedCount = lazyRegexp(`^\s*or [\d.,]+(?: (?:thousand|million|billion))? ([a-z][a-z -]*?)\s*(?:[.,;]|$)`)

// shareRestatedBefore matches the share a count restates, before it:
// "to 14% or ".
var shareRestatedBefore = lazyRegexp(`[\d.]+(?:%| per ?cent) or $`)

// restatedCountClaim titles a count that restates a share by its noun:
// in "a decrease of one point to 14% or 9.2 million people", the 9.2
// million are people, not the words between the figures.
func (d *docDraft) restatedCountClaim(cl *claim, m Mention) {
	if m.Kind != Count && m.Kind != Number || m.Kind == Count && m.Unit.Kind != indicators.Count {
		return
	}
	text := d.src.Text
	if raw := text[m.Sentence.Start:m.Span.Start]; !strings.HasSuffix(raw, " or ") || !shareRestatedBefore.MatchString(raw) {
		return
	}
	noun := m.Text
	if i := firstDigitEnd(strings.Join(strings.Fields(noun), " ")); i >= 0 {
		noun = strings.TrimSpace(strings.Join(strings.Fields(noun), " ")[i:])
	}
	if noun == "" {
		return
	}
	cl.ind.Title, cl.fieldNotes["title"] = title(noun), "the counted noun of a count that restates the share before it"
	declare(cl.fieldNotes, "title", "title/restatedCountClaim")
}

// changeListClaim gives every item of a list a change noun heads its
// direction and measure: in "declines of 0.1% in services, 1.1% in
// production, and 0.9% in construction" each figure is a fall.
func (d *docDraft) changeListClaim(cl *claim, m Mention) {
	if m.Unit.String() != "percent" {
		return
	}
	text := d.src.Text
	raw := text[m.Sentence.Start:m.Span.Start]
	later := strings.Contains(raw, "% in ") || strings.Contains(raw, "cent in ")
	first := strings.HasPrefix(text[m.Span.End:m.Sentence.End], " in ") && strings.HasSuffix(raw, " of ")
	if !later && !first {
		return // neither an item after another nor the first of a list
	}
	before := joinBroken(raw)
	var g []string
	if later {
		g = changeListHead.FindStringSubmatch(before)
	}
	if g == nil && first && listContinues.MatchString(text[m.Span.End:m.Sentence.End]) {
		g = changeListFirst.FindStringSubmatch(before)
	}
	if g == nil {
		return
	}
	dir := changeNounDirs[strings.TrimSuffix(strings.ToLower(g[1]), "s")]
	if dir == indicators.NoDirection {
		return
	}
	sent := text[m.Sentence.Start:m.Sentence.End]
	if indicators.DirectionWord(sent, dir) == "" {
		return
	}
	ind := &cl.ind
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "an item of a list \""+strings.ToLower(g[1])+"\" heads: a change"
	declare(cl.fieldNotes, "measure", "measure/changeListClaim")
	ind.Quantity.Direction = dir
	if it := listItemAfter.FindStringSubmatch(strings.ToLower(text[m.Span.End:m.Sentence.End])); it != nil {
		ind.Title, cl.fieldNotes["title"] = changeTitle(dir, strings.TrimSpace(it[1])), "the item the change of the list is in"
		declare(cl.fieldNotes, "title", "title/changeListClaim")
	}
}
