package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// netStated reads the figure m as the catalog would state it: a negative
// count in a sentence that says "net" (saysNet, as the extractor's
// netBefore finds it) is a net flow, which may be below zero ("comprising
// +180,000 EU citizens, +190,000 non-EU citizens, and -43,000 British
// citizens" after "net migration"), so it is read as a flow's figure, as
// unsignCount later drafts it; any other figure is read as stated.
func netStated(text string, m Mention) (indicators.Quantity, indicators.Unit, error) {
	q, u, err := indicators.ParseStated(m.Text)
	if err != nil && (strings.HasPrefix(m.Text, "-") || strings.HasPrefix(m.Text, "−")) && saysNet(text[m.Sentence.Start:m.Sentence.End]) {
		if q2, u2, err2 := indicators.ParseStatedAs(m.Text, indicators.Flow); err2 == nil {
			return q2, u2, nil
		}
	}
	return q, u, err
}

// netPartTitles titles each part a sentence lists of a net figure by the
// net figure's title ("net migration = +327,000 (…), comprising +180,000
// EU citizens, …, and -43,000 British citizens": "Net migration of
// British citizens"): a part of a net flow is that flow for the part's
// people or things, not a count of them, and a flow as it is. A part is a
// count or flow drafted after a list lead (listRE) whose title is its own counted words, in the
// sentence of a drafted net flow (its title says "net") that stands
// before the lead.
func (d *docDraft) netPartTitles(out []claim) []claim {
	text := d.src.Text
	var head *claim
	headEnd := -1
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		m, ok := d.mentionOf(cl)
		if !ok {
			continue
		}
		if head == nil || head.ind.Provenance[0].Span != cl.ind.Provenance[0].Span {
			head, headEnd = nil, -1
			if saysNet(cl.ind.Title) && cl.ind.Measure == indicators.Flow {
				head, headEnd = cl, m.Span.End
			}
			continue
		}
		title := strings.ToLower(cl.ind.Title)
		if cl.ind.Measure != indicators.Flow && cl.ind.Measure != indicators.CountKind || title == "" || !strings.Contains(strings.ToLower(m.Text), title) ||
			!listRE.MatchString(strings.TrimRight(text[headEnd:m.Span.Start], "+-−")) {
			continue
		}
		part := cl.ind.Title
		if i := strings.Index(strings.ToLower(m.Text), title); i >= 0 && len(title) == len(part) {
			part = m.Text[i : i+len(part)] // as the text writes it: "non-EU citizens"
		}
		cl.ind.Title = head.ind.Title + " of " + part
		cl.ind.Measure = indicators.Flow
		cl.fieldNotes["title"] = fmt.Sprintf("a part the sentence lists of %q, a net figure: that figure for the part", head.ind.Title)
		declare(cl.fieldNotes, "title", "title/netPartTitles")
		cl.fieldNotes["measure"] = fmt.Sprintf("flow: a part of %q, a net flow", head.ind.Title)
		declare(cl.fieldNotes, "measure", "measure/netPartTitles")
	}
	return out
}
