package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A paragraph whose figures carry margins of error ("7.7 percent (±1.2
// percent)", "up 0.1 percent (±0.4 percent)*") reports survey estimates:
// every figure of it is an estimate, the levels its changes are computed
// from included, whatever their period (housing construction, retail
// sales, new home sales: the revised July rate and the August 2018 rate
// are estimates of the same survey as August's, and the hand catalogs mark
// them so). A margin says nothing of the paragraphs that write none: a
// news story that gives a poll's margin in one paragraph and an official
// count in the next has one paragraph of estimates (drafts67T). A release
// written without blank lines is one paragraph.

// marginBlock is a paragraph of the text whose figures carry a margin of
// error, at byte offsets, with the first margin it writes.
type marginBlock struct {
	start, end int
	written    string
}

// marginCue records the paragraphs of the text that write a margin of
// error, when no heading or lead makes every figure an estimate.
func (d *docDraft) marginCue() {
	if st := d.statement(); st.early && st.own != "" {
		return // "Advance Estimates of …": the release's period is read whole (frameStatuses)
	}
	text := d.src.Text
	for _, m := range d.mentions {
		mg, ok := marginOf(text, m)
		if !ok {
			continue
		}
		if n := len(d.margins); n > 0 && m.Span.Start < d.margins[n-1].end {
			continue
		}
		start, end := paragraphAround(text, m.Span.Start)
		d.margins = append(d.margins, marginBlock{start: start, end: end, written: mg.written})
	}
}

// paragraphAround returns the paragraph of text around at: the text
// between the blank lines before and after it.
func paragraphAround(text string, at int) (start, end int) {
	if i := strings.LastIndex(text[:at], "\n\n"); i >= 0 {
		start = i + 2
	}
	end = len(text)
	if i := strings.Index(text[at:], "\n\n"); i >= 0 {
		end = at + i
	}
	return start, end
}

// marginStatus marks a figure of a paragraph with margins of error an
// estimate.
func (d *docDraft) marginStatus(cl *claim, m Mention) {
	if cl.ind.Status != indicators.Fact {
		return
	}
	for _, b := range d.margins {
		if b.start <= m.Span.Start && m.Span.Start < b.end {
			cl.ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("margins of error (%s) in its paragraph: every figure of a paragraph of survey estimates is one", b.written)
			declare(cl.fieldNotes, "status", "status/marginStatus")
			return
		}
	}
}
