package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// netFlowRelease returns the phrase by which the document says its
// amounts are net flows (lexicon.NetFlowPhrases, lexicon.NetFallPhrases:
// "net monthly flow", "net repayments"), or "": a release of money and
// credit, where lending that "declined by €632 million" is a net flow of
// −€632 million. It is read once per document; netFlowNear asks the
// same of the figure's paragraph or section.
func (d *docDraft) netFlowRelease() string {
	if d.netFlows == nil {
		found := netFlowCue(strings.ToLower(d.src.Text))
		d.netFlows = &found
	}
	return *d.netFlows
}

// netFlowCue returns the first phrase of lexicon.NetFlowPhrases or
// lexicon.NetFallPhrases that low, lower-case text, holds as whole words
// at any of its places ("net flows" past "Internet flows"; not "net
// flowers"), or "".
func netFlowCue(low string) string {
	for _, list := range [][]string{vocab.NetFlowPhrases, vocab.NetFallPhrases} {
		for _, p := range list {
			if hasWord(low, p) {
				return p
			}
		}
	}
	return ""
}

// netFlowNear returns the net-flow phrase of the paragraph or the section
// (from the nearest heading above to the next heading; the whole text
// where it has none) that holds the quote of p, or "": a release that
// says "net flow" once, of deposits, does not make every amount of
// another section one.
func (d *docDraft) netFlowNear(p indicators.Provenance) string {
	text := d.src.Text
	at := p.Span.Start
	if p.Span.End <= at || p.Span.End > len(text) || text[at:p.Span.End] != p.Quote {
		if at = strings.Index(text, p.Quote); at < 0 {
			return ""
		}
	}
	ps, pe := paragraphOf(text, at)
	if cue := netFlowCue(strings.ToLower(text[ps:pe])); cue != "" {
		return cue
	}
	from, to := 0, len(text)
	for _, h := range d.heads {
		if h.at < at && !h.runIn {
			from = h.at
		} else if h.at > at {
			to = h.at
			break
		}
	}
	return netFlowCue(strings.ToLower(text[from:to]))
}

// againstReading reports whether after, the lower-case words after a
// figure, set it against another reading ("up £0.5 billion from July",
// "€5 million more than", "compared with"; comparedAfter): the figure is
// then a change from that reading, not a net flow.
func againstReading(after string) bool {
	if comparedAfter(after) != "" {
		return true
	}
	for _, list := range [][]string{vocab.SinceWords, vocab.ComparedWithPhrases} {
		for _, p := range list {
			if strings.HasPrefix(after, strings.TrimLeft(p, " ")) {
				return true
			}
		}
	}
	return false
}

// netFlowOf drafts cl, an amount of money given a direction, as the net
// flow it is in a release of net flows (netFlowRelease): "Lending to
// households declined by €632 million" is a flow of −€632 million,
// "following an increase of €34 million" one of €34 million, where the
// word of change governs the figure (indicators.SignNetFlow) and no other
// reading is set against it ("up £0.5 billion from July" stays a change).
func (d *docDraft) netFlowOf(cl *claim) {
	ind := &cl.ind
	if ind.Unit.Kind != indicators.Money || ind.Measure != indicators.Change && ind.Measure != indicators.Flow ||
		ind.Quantity.Direction == indicators.NoDirection || len(ind.Provenance) == 0 || d.netFlowRelease() == "" {
		return
	}
	q := ind.Provenance[0].Quote
	low := strings.ToLower(q)
	for _, w := range vocab.NotFlowWords {
		if hasWord(low, w) {
			return // "the outstanding stock … declined by €2 billion, reflecting revaluations"
		}
	}
	if d.netFlowNear(ind.Provenance[0]) == "" {
		return
	}
	i := strings.Index(q, ind.Stated)
	if i < 0 || againstReading(strings.ToLower(wordsAfter(q[i+len(ind.Stated):], 3))) {
		return
	}
	flow := *ind
	flow.Measure, flow.Base = indicators.Flow, indicators.Period{}
	// "up from £2.3 billion of net repayments in July": the earlier
	// reading of a net flow, whose way is the later one's, not its own.
	pair := pairLead.MatchString(strings.ToLower(q[:i]))
	if pair {
		flow.Quantity.Direction = indicators.NoDirection
	}
	why := indicators.SignNetFlow(&flow)
	if why == "" && !pair {
		return
	}
	if why == "" {
		why = "an earlier reading of a net flow"
	}
	*ind = flow
	cl.fieldNotes["measure"] = fmt.Sprintf("an amount with a direction in a release of net flows (%q): the net flow", d.netFlowRelease())
	declare(cl.fieldNotes, "measure", "measure/netFlowOf")
	cl.notes = append(cl.notes, why)
}
