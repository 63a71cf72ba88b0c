package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// jointSubjectChange matches a joined subject and the verb of the changes
// "respectively" splits among its parts: "KSIs and slightly injured
// casualties increased by ". The subject is the first group.
var jointSubjectChange = lazyRegexp(`(?i)(?:^|, )((?:[A-Za-z][\w'’-]*)(?: [\w'’-]+){0,5}?(?:, (?:[\w'’-]+ ){0,5}?[\w'’-]+)*,? and (?:[\w'’-]+ ){0,5}?[\w'’-]+) (?:have |has |had )?(?:` + movedVerbs + `)(?: by)? `)

// percentFigure matches a percentage in the words between the verb and
// "respectively".
var percentFigure = lazyRegexp(`\d[\d.,]*\s?(?:%|percent\b|per cent\b)`)

// jointRespectively titles each change of a list "respectively" closes by
// its own part of the joined subject: in "KSIs and slightly injured
// casualties increased by 7% and 9% respectively", 9% is the increase in
// slightly injured casualties.
func (d *docDraft) jointRespectively(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Unit.String() != "percent" || ind.Quantity.Direction == indicators.NoDirection {
		return
	}
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	at := m.Span.Start - m.Sentence.Start
	resp := strings.Index(sent[at:], "respectively")
	if resp < 0 {
		return
	}
	resp += at
	if resp < at {
		return
	}
	ix := jointSubjectChange.FindStringSubmatchIndex(sent[:at])
	if ix == nil {
		return
	}
	subject := sent[ix[2]:ix[3]]
	figs := percentFigure.FindAllStringIndex(sent[ix[1]:resp], -1)
	parts := strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(subject, ", and ", ", "), " and ", ", "), func(r rune) bool { return r == ',' })
	for len(parts) > len(figs) && leadPrepositions[strings.ToLower(firstWord(parts[0]))] {
		parts = parts[1:] // "In the same quarter, serious injuries, …": a phrase before the subject
	}
	if len(parts) < 2 || len(figs) != len(parts) {
		return
	}
	k := len(percentFigure.FindAllStringIndex(sent[ix[1]:at], -1))
	if k >= len(parts) {
		return
	}
	if _, ok := d.respectivelyClaim(&claim{fieldNotes: map[string]string{}}, m); ok {
		return // a party's changes with partners: the flows rule's
	}
	part := strings.TrimSpace(parts[k])
	ind.Title, cl.fieldNotes["title"] = changeTitle(ind.Quantity.Direction, part), "the part of the joined subject \"respectively\" gives this figure"
	declare(cl.fieldNotes, "title", "title/jointRespectively")
}

// leadPrepositions open a phrase of time or place before a sentence's
// subject, never a part of it.
var leadPrepositions = map[string]bool{"in": true, "across": true, "during": true, "over": true, "for": true, "since": true,
	"after": true, "before": true, "compared": true, "at": true, "on": true, "by": true, "between": true, "from": true}
