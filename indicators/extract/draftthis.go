package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// thisChange matches a clause whose subject points back, with the change
// it reports: "this was a decrease of ", "it was a fall of ".
var thisChange = lazyRegexp(`(?i)(?:^|, )(?:this|it) (?:was|is|has been|represents) an? (?:[a-z]+ )?(?:decrease|increase|fall|rise|drop|reduction|decline|change) of $`)

// prevSubject matches the subject of a sentence up to its verb, past a
// phrase before a comma: "the proportion of people below the absolute low
// income line" in "Between 2018-19 and 2019-20, the proportion of people
// below the absolute low income line fell."
var prevSubject = lazyRegexp(`^(?:[^,]*, )?((?:the |a |an )?[a-z][\w' -]*?) (?:fell|rose|increased|decreased|declined|grew|dropped|was|were|is|are|has|have|had)\b`)

// qualifyingLead matches a phrase that opens a sentence and qualifies its
// every figure: "Before housing costs, ", "After tax, ".
var qualifyingLead = lazyRegexp(`^(?i)((?:before|after) (?:housing costs|tax|taxes|inflation|transfers|deductions)), `)

// thisClaim titles a change whose subject is "this" or "it" by the
// subject of the sentence before, and adds a qualifying phrase that opens
// the sentence to the title of every figure in it.
func (d *docDraft) thisClaim(cl *claim, m Mention) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	ind := &cl.ind
	if ind.Measure == indicators.Change && ind.Quantity.Direction != indicators.NoDirection {
		raw := text[m.Sentence.Start:m.Span.Start]
		if strings.HasSuffix(raw, " of ") && (strings.Contains(strings.ToLower(raw), "this ") || strings.Contains(strings.ToLower(raw), "it ")) && thisChange.MatchString(raw) {
			if subj := d.previousSubject(m); subj != "" {
				ind.Title, cl.fieldNotes["title"] = changeTitle(ind.Quantity.Direction, subj), "\"this\" or \"it\" points to the subject of the sentence before"
				declare(cl.fieldNotes, "title", "title/thisClaim")
			}
		}
	}
	if c := sent[0]; c != 'B' && c != 'A' && c != 'b' && c != 'a' {
		return
	}
	g := qualifyingLead.FindStringSubmatch(sent)
	if g == nil || ind.Title == "" || strings.Contains(strings.ToLower(ind.Title), strings.ToLower(g[1])) {
		return
	}
	ind.Title = strings.TrimRight(ind.Title, " ,") + " " + strings.ToLower(g[1])
	cl.notes = append(cl.notes, "title: \""+g[1]+"\" opens the sentence and qualifies its every figure")
}

// previousSubject returns the subject of the sentence before m's, or "".
func (d *docDraft) previousSubject(m Mention) string {
	text := d.src.Text
	end := strings.TrimRight(text[:m.Sentence.Start], " \n")
	if !strings.HasSuffix(end, ".") {
		return ""
	}
	end = end[:len(end)-1]
	start := max(strings.LastIndex(end, ". "), strings.LastIndex(end, "\n")) + 1
	prev := strings.TrimSpace(end[start:])
	g := prevSubject.FindStringSubmatch(prev)
	if g == nil || len(strings.Fields(g[1])) > 12 {
		return ""
	}
	return g[1]
}
