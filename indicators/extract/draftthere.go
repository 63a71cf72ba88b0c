package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// thereBefore matches the existential clause a count follows: "there
// were ", "there have been ".
var thereBefore = lazyRegexp(`(?i)\bthere (?:is|are|was|were|have been|had been|has been) $`)

// thereNounPhrase matches the noun phrase after a bare count, up to a
// clause break: "seriously injured or killed (SIK) cyclists" in "31,200
// seriously injured or killed (SIK) cyclists, a 5% fall". An acronym in
// brackets may stand inside it.
var thereNounPhrase = lazyRegexp(`^ ((?:[a-z][a-z'-]*|\([A-Z]{2,6}\))(?: (?:[a-z][a-z'-]*|\([A-Z]{2,6}\))){0,8})(?:[,;.]|$| and | compared| in the | for the )`)

// countBeforeComma matches a count and its noun phrase that end right
// before a comma and what follows it: "31,200 seriously injured cyclists, a ".
var countBeforeComma = lazyRegexp(`\b\d[\d.,]*(?: (?:thousand|million|billion))? ((?:[a-z][a-z'-]*|\([A-Z]{2,6}\))(?: (?:[a-z][a-z'-]*|\([A-Z]{2,6}\))){0,8}), (?:an? |the )?$`)

// comparedWith matches the words before a figure compared with another:
// "6% lower than the ", "4% higher than ".
var comparedWith = lazyRegexp(`(?i)\b(higher|lower|more|fewer|less) than (?:the )?$`)

// thereClaim applies the rules of this file to a count a clause "there
// were" opens, the change set off after it by a comma, and the figure
// that change is compared with.
func (d *docDraft) thereClaim(cl *claim, m Mention) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	raw := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	tail := strings.ToLower(raw[max(0, len(raw)-24):])
	there := m.Kind == Number && strings.Contains(tail, "there ")
	comma := m.Unit.String() == "percent" && (strings.HasSuffix(raw, ",") || strings.Contains(tail[max(0, len(tail)-6):], ", "))
	than := (m.Kind == Number || m.Kind == Count) && (strings.HasSuffix(tail, "than") || strings.HasSuffix(tail, "than the"))
	if !there && !comma && !than {
		return // the cheap tests first: none of the three rules can hold
	}
	before := joinBroken(text[m.Sentence.Start:m.Span.Start])
	ind := &cl.ind
	if there && thereBefore.MatchString(before) {
		// "there were 24,580 killed or seriously injured (KSI)
		// casualties": the noun phrase names the count.
		if np := thereNoun(text[m.Span.End:m.Sentence.End]); np != "" {
			ind.Title, cl.fieldNotes["title"] = title(np), "the noun phrase \"there were\" counts"
			declare(cl.fieldNotes, "title", "title/thereClaim#1")
		}
		return
	}
	var g []string
	if comma {
		g = countComma(before)
	}
	if g != nil {
		dir := ind.Quantity.Direction
		after := strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End]))
		if len(after) > 1 && after[1] == "than" {
			if cd, ok := comparatives[after[0]]; ok && indicators.DirectionWord(sent, cd) != "" {
				// "193,290 casualties, 4% higher than the 185,738": a
				// change in the count, not a spread of prices.
				dir = cd
				ind.Measure, cl.fieldNotes["measure"] = indicators.Change, "\""+after[0]+" than\" another count of the same thing: a change"
				declare(cl.fieldNotes, "measure", "measure/thereClaim")
				ind.Quantity.Direction = dir
			}
		}
		if ind.Measure == indicators.Change && dir != indicators.NoDirection {
			ind.Title, cl.fieldNotes["title"] = changeTitle(dir, g[1]), "a change set off by a comma after the count it changes"
			declare(cl.fieldNotes, "title", "title/thereClaim#2")
		}
		return
	}
	if than {
		// "4% higher than the 185,738": the compared figure counts what
		// the count before the change counts.
		c := comparedWith.FindStringIndex(before)
		if c == nil {
			return
		}
		head := before[:c[0]]
		i := strings.LastIndex(head, ", ")
		if i < 0 {
			return
		}
		g := countComma(head[:i+2])
		if g == nil {
			return
		}
		ind.Title, cl.fieldNotes["title"] = title(g[1]), "the count the figure is compared with"
		declare(cl.fieldNotes, "title", "title/thereClaim#3")
	}
}

// thereNoun returns the noun phrase after a bare count, or "" when the
// figure's own text holds its noun.
func thereNoun(after string) string {
	g := thereNounPhrase.FindStringSubmatch(after)
	if g == nil || phraseStops[strings.Fields(g[1])[0]] {
		return ""
	}
	return g[1]
}

// countComma returns the match of countBeforeComma in before when it is
// a count of things: not a percentage ("11.4 percent, "), not an amount
// of money ("$5 billion, ").
func countComma(before string) []string {
	ix := countBeforeComma.FindStringSubmatchIndex(before)
	if ix == nil {
		return nil
	}
	np := before[ix[2]:ix[3]]
	if r, _ := utf8.DecodeLastRuneInString(before[:ix[0]]); strings.ContainsRune("$£€¥", r) || unitWordsFirst[strings.Fields(np)[0]] || phraseStops[strings.Fields(np)[0]] {
		return nil
	}
	return []string{before[ix[0]:ix[1]], np}
}

// unitWordsFirst open the words after a figure that are its unit, not
// what it counts.
var unitWordsFirst = map[string]bool{"percent": true, "per": true, "percentage": true, "points": true, "point": true, "pence": true,
	"times": true, "years": true, "months": true, "days": true, "weeks": true}

// phraseStops cannot open a counted noun phrase: "in the borough" after
// "412 registered charities" is where they are.
var phraseStops = stopSet(classPrepositions|classConjunctions|classArticles, "than")
