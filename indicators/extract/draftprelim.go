package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A release of preliminary data (drafts50, a donors' group's first
// figures of a year):
//
//	Preliminary Official Development Assistance (ODA) Levels in 2022 (the
//	title) … The 13.6% increase in real terms (a later sentence, dated
//	2022) → an estimate: every figure of the release's own year is
//	preliminary, in every sentence
//	… up from USD 186 billion in 2021, according to preliminary data →
//	a fact: the earlier year compared with is final

// provisionalYear returns the year whose figures the release calls
// preliminary, and why: the year a figure's own words call so ("$296.4
// billion (preliminary) in 2018", preliminaryYear), else the release's own
// year when its head calls its own period's figures provisional
// (statement); 0 when its head labels its periods itself ("October 2018
// (Provisional) September 2018 (Final)", contextStatus).
func (d *docDraft) provisionalYear() (int, string) {
	if len(d.mentions) == 0 || d.statement().labelled {
		// "October 2018 (Provisional) September 2018 (Final)": the labels
		// say which periods are provisional (contextStatus).
		return 0, ""
	}
	if d.prelimYear != 0 {
		return d.prelimYear, strconv.Quote(d.prelimCue)
	}
	st := d.statement()
	if st.own == "" {
		return 0, ""
	}
	return st.year, fmt.Sprintf("%q in %s", strings.ToLower(st.own), st.where)
}

// prelimClaim makes a figure of the preliminary release's own year an
// estimate, and an earlier year's figure made an estimate only by the
// release's cue a fact.
func (d *docDraft) prelimClaim(cl *claim, cs, ce int) {
	ind := &cl.ind
	if d.prelimPeriodClaim(cl) {
		return
	}
	if !ind.Period.IsStated() || ind.Period.IsSpan() || ind.Period.Fiscal || ind.Period.From.Month != 0 {
		return
	}
	year, cue := d.provisionalYear()
	if year == 0 {
		return
	}
	y := ind.Period.From.Year
	switch {
	case y == year && ind.Status == indicators.Fact:
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, cue+": every figure of the release's own year is preliminary, an estimate"
	case y < year && ind.Status == indicators.Estimate && !ownPeriodCueRe.MatchString(d.src.Text[cs:ce]) && !strings.Contains(strings.ToLower(d.src.Text[cs:ce]), "estimat"):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%d, a year before the release's preliminary %d, compared with: final, a fact", y, year)
	case y < year && ind.Status == indicators.Target && strings.Contains(cl.fieldNotes["status"], "the main clause's") && !strings.Contains(strings.ToLower(d.src.Text[cs:ce]), "target"):
		// "While this ratio is still below the UN target of 0.7% …,
		// increasing from 0.33% in 2021": the target is the main clause's
		// figure, the earlier year's reading a fact.
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%d, a year before the release's preliminary %d, an earlier reading: a fact; the main clause's target is its own figure's", y, year)
	}
}

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
