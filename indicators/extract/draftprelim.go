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

// prelimOpeningRe is the words of a release's title or lead that make
// its own year's figures preliminary.
var prelimOpeningRe = lazyRegexp(`(?i)\b(?:preliminary|provisional)\b|\badvance (?:estimates?|figures?|data)\b`)

// prelimYearRe is a year of a title or lead.
var prelimYearRe = lazyRegexp(`\b(?:19|20)\d\d\b`)

// A prelimRelease is the release's own year that its opening calls
// preliminary, with the words that say so.
type prelimRelease struct {
	year int
	cue  string
}

// prelimReleaseOf returns the year a release's title line or lead
// sentence calls preliminary: the title's year, else the first year of
// the sentence with the cue; read once.
func (d *docDraft) prelimReleaseOf() prelimRelease {
	if d.reads50.prelim != nil {
		return *d.reads50.prelim
	}
	d.reads50.prelim = &prelimRelease{}
	text := d.src.Text
	if len(d.mentions) == 0 || len(periodLabels(text)) > 0 {
		// "October 2018 (Provisional) September 2018 (Final)": a head
		// that labels its periods says which are provisional itself
		// (contextStatus, draftcontext.go).
		return *d.reads50.prelim
	}
	if d.prelimYear != 0 {
		// "$296.4 billion (preliminary) in 2018": the year the text calls
		// preliminary itself.
		d.reads50.prelim.year, d.reads50.prelim.cue = d.prelimYear, strconv.Quote(d.prelimCue)
		return *d.reads50.prelim
	}
	title := strings.TrimSpace(text[:lineEnd(text, 0)])
	if len(title) > 200 {
		title = "" // a text run together on one line has no title line
	}
	first := d.mentions[0]
	lead := text[:min(first.Sentence.End, 1500)]
	cue := prelimOpeningRe.FindString(title)
	where := "the title"
	if cue == "" {
		cue, where = prelimOpeningRe.FindString(ownRelease(lead)), "the lead"
	}
	if cue == "" {
		return *d.reads50.prelim
	}
	y := prelimYearRe.FindString(title)
	if y == "" {
		// The year of the lead's first figure's clause: "Aid from official
		// donors in 2025 fell to USD 180 billion".
		cs, ce := clauseOf(text, first)
		y = prelimYearRe.FindString(text[cs:ce])
	}
	if n, err := strconv.Atoi(y); err == nil {
		d.reads50.prelim.year, d.reads50.prelim.cue = n, fmt.Sprintf("%q in %s", strings.ToLower(cue), where)
	}
	return *d.reads50.prelim
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
	r := d.prelimReleaseOf()
	if r.year == 0 {
		return
	}
	y := ind.Period.From.Year
	switch {
	case y == r.year && ind.Status == indicators.Fact:
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, r.cue+": every figure of the release's own year is preliminary, an estimate"
	case y < r.year && ind.Status == indicators.Estimate && !prelimOpeningRe.MatchString(d.src.Text[cs:ce]) && !strings.Contains(strings.ToLower(d.src.Text[cs:ce]), "estimat"):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%d, a year before the release's preliminary %d, compared with: final, a fact", y, r.year)
	case y < r.year && ind.Status == indicators.Target && strings.Contains(cl.fieldNotes["status"], "the main clause's") && !strings.Contains(strings.ToLower(d.src.Text[cs:ce]), "target"):
		// "While this ratio is still below the UN target of 0.7% …,
		// increasing from 0.33% in 2021": the target is the main clause's
		// figure, the earlier year's reading a fact.
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%d, a year before the release's preliminary %d, an earlier reading: a fact; the main clause's target is its own figure's", y, r.year)
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
