package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The genre's pattern: a noun of change followed by what changed and then
// the figure, "a rise in NOUN of N" or "the fall of NOUN by N", states a
// change of N NOUN, whatever the kind of document:
//
//	This coupled with a rise in pupils of 4,738 has meant …   (schools census)
//	… the fall of public sector workers by 39,000 …            (labour market)
//	… an increase in the number of claimants of 8,100 …        (benefits)
//
// The counted noun is the head of the words after "in" (or "of"), not a
// word after the figure: "4,738 has" is a verb, never hectares
// (headNoun leaves auxiliaries alone).

// changeInRE matches, at the end of the words before a figure, a noun of
// change, what changed and the "of" or "by" that introduces the figure:
// "a rise in pupils of", "the fall of public sector workers by". Group 1
// is the noun of change, group 2 what changed.
var changeInRE = lazyRegexp(`(?i)\b(?:a|an|the)\s+(?:[a-z]+\s+)?(` + changeInNouns + `)\s+(?:in|of)\s+((?:the\s+number\s+of\s+)?[a-z][a-z’' -]{1,48}?)\s+(?:of|by)\s*$`)

// changeInNouns are the nouns of change of changeHeads, the one table of
// them, as a regexp alternation (its adverbs "up" and "down" open no
// "<noun> in X of N" phrase).
var changeInNouns = func() string {
	var ns []string
	for n := range changeHeads {
		if n != "up" && n != "down" {
			ns = append(ns, n)
		}
	}
	slices.Sort(ns)
	return strings.Join(ns, "|")
}()

// changeInClaim makes the figure of "a rise in NOUN of N" a change of N
// NOUN: its measure, direction, unit (for a bare number) and title.
func (d *docDraft) changeInClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number && m.Unit.Kind != indicators.Percent && m.Unit.Kind != indicators.PercentagePoint {
		return
	}
	text := d.src.Text
	before := strings.TrimRight(text[m.Sentence.Start:m.Span.Start], " ")
	if !strings.HasSuffix(before, " of") && !strings.HasSuffix(before, " by") {
		return // the regexp's cheap precondition: it reads every figure
	}
	g := changeInRE.FindStringSubmatch(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	if g == nil {
		return
	}
	noun, what := strings.ToLower(g[1]), strings.TrimSpace(g[2])
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q before the figure: a change of the figure", strings.TrimSpace(g[0]))
	declare(cl.fieldNotes, "measure", "measure/changeInClaim")
	switch {
	case upChangeWords[noun] || noun == "growth" || noun == "jump":
		ind.Quantity.Direction = indicators.Up
	case downChangeWords[noun]:
		ind.Quantity.Direction = indicators.Down
	}
	counted := strings.TrimPrefix(strings.ToLower(what), "the number of ")
	if ind.Unit.IsZero() && m.Kind == Number {
		head := headOfSubject(counted)
		if one := indicators.Singular(head); one != head && len(head) >= 4 && !strings.HasSuffix(head, "ss") {
			ind.Unit, cl.fieldNotes["unit"] = indicators.CountOf(one), fmt.Sprintf("%s, the head noun of %q, what the change counts", one, what)
			declare(cl.fieldNotes, "unit", "unit/changeInClaim")
		}
	}
	setCheckedTitle(cl, changeHeads[noun]+" "+lowerFirst(what), "the noun of change and what changed, before the figure")
}
