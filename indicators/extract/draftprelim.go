package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// estimatedByRe attributes a figure to a named body's estimates after it:
// "according to IISS estimates", "on SIPRI's estimates" (a fixed phrase
// such as "as estimated by" is a cue of cues.go, dataNoteCues).
var estimatedByRe = lazyRegexp(`^[^.;]{0,80}?\b((?:according to|on|by) (?:the )?[A-Z][\w’'&.-]*(?: [A-Z][\w’'&.-]*){0,3}(?:’s|'s)? estimates?)\b`)

// attributedEstimateClaim makes a figure an estimate when its sentence
// attributes it to a named body's estimates after it.
func (d *docDraft) attributedEstimateClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Status != indicators.Fact {
		return
	}
	after := d.src.Text[m.Span.End:min(m.Sentence.End, m.Span.End+160)]
	if !strings.Contains(after, "stimate") {
		return
	}
	if g := estimatedByRe.FindStringSubmatch(after); g != nil {
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q: an estimate", g[1])
		declare(cl.fieldNotes, "status", "status/attributedEstimateClaim")
	}
}

// nextReleaseLineRe is a line that dates the next release on the line
// itself: "Next release: July to August 2021 (provisional)".
var nextReleaseLineRe = lazyRegexp(`(?i)^(?:next (?:release|publication|update)(?: date)?|cyhoeddiad nesaf)\s*:`)

// ownRelease returns text without the lines that speak of the next
// release (a statistics page's furniture: "Next release:" and its date,
// on one line or two), which say nothing of this release's figures:
// ONS's "Next release: July to August 2021 (provisional)" calls the
// next edition provisional, not this one's figures.
func ownRelease(text string) string {
	var b strings.Builder
	prev := ""
	for l := range strings.Lines(text) {
		if afterNextRelease(&prev, l) || nextReleaseLineRe.MatchString(strings.TrimSpace(l)) {
			b.WriteString("\n")
			continue
		}
		b.WriteString(l)
	}
	return b.String()
}
