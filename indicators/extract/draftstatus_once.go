package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// What a statistics release says once of how sure its figures are
// (when77): a release whose title calls its figures estimates — a
// snapshot, a survey, provisional or estimated figures — makes every
// figure of it an estimate unless the figure's own words say otherwise
// (statement, draftcontext.go, reads it, and contextStatus applies it).
//
//	Rough sleeping snapshot in England: autumn 2024 … increasing 20%
//	since 2023 → an estimate, as every figure of the snapshot is
//	Provisional estimates of … : April to June 2014 … 185,738 → the same
//	Key messages … In 2018, there were an estimated 228 million cases of
//	malaria … 93% of malaria cases → a fact: one figure's "an estimated"
//	in a lead is that figure's hedge, not the release's word on all

// releaseEstimateWords in a release's title say its figures are
// estimates: a survey's, a snapshot's, provisional ones.
var releaseEstimateWords = []string{"estimated", "estimates", "an estimate", "snapshot", "provisional", "survey"}

// textSaysEstimated reports whether the document's text calls its own
// figures estimated (lexicon.EstimateCues: "estimated", "estimates") in
// a word of its own: a title's "snapshot" makes a release's figures
// estimates only then. A rough sleeping snapshot that says "estimated"
// reports estimates; a data book's "Visual Snapshot" of the reports it
// received, which says no such word, reports counts, facts.
func (d *docDraft) textSaysEstimated() bool {
	for _, w := range strings.Fields(strings.ToLower(d.src.Text)) {
		if w = strings.Trim(w, ".,;:()[]\"'“”‘’"); slices.Contains(vocab.EstimateCues, w) {
			return true
		}
	}
	return false
}

// surveyedBodies, before "survey" in a release's title, name a survey
// of organisations ("Internet Service Provider Survey", "Business
// Survey"): every one of them reports the counts it keeps, so its
// figures are counts, not a sample's estimates of a population.
var surveyedBodies = []string{"provider", "providers", "business", "businesses", "enterprise", "enterprises", "establishment", "establishments", "employer", "employers", "operator", "operators", "firms", "companies", "local authority", "local authorities", "hospitals", "schools", "payroll", "payrolls"}

// surveyReleaseWords, right after "survey" in a title, say the title is
// the survey's own release: its results, its report, what or where it
// is of.
var surveyReleaseWords = []string{"of", "for", "results", "report", "findings", "estimates", "data", "statistics", "bulletin", "release", "summary"}

// titleNamesSurvey reports whether title (a release's title line) is a
// survey's own release: "survey" ends the title, or stands before a mark,
// a number, a month or one of surveyReleaseWords ("Labour Force Survey,
// April 2022", "Cycling survey results", "Annual Population Survey
// 2023"), not a headline in which a survey does something ("Survey
// Counts Foreign Scholars …", "Survey finds …").
func titleNamesSurvey(title string) bool {
	l := strings.ToLower(title)
	for from := 0; ; {
		i := strings.Index(l[from:], "survey")
		if i < 0 {
			return false
		}
		i += from
		from = i + len("survey")
		if !wordEdge(l, i, from) {
			continue
		}
		rest := strings.TrimLeft(l[from:], " ")
		if rest == "" || !isWordByte(rest[0]) || rest[0] >= '0' && rest[0] <= '9' {
			return true
		}
		w, _, _ := strings.Cut(rest, " ")
		w = strings.TrimRight(w, ",:;.")
		if vocab.MonthNumber(w) > 0 || slices.Contains(surveyReleaseWords, w) {
			return true
		}
	}
}

// surveyResultsRe is a release's lead saying its figures are a survey's
// results: "Survey results released today", "results of the … survey",
// "A survey of public libraries conducted by the ABS shows".
var surveyResultsRe = lazyRegexp(`(?i)\bsurvey results\b|\bresults (?:of|from) (?:the |a |an )?(?:[A-Za-z]+ ){0,6}?survey\b|\b(?:a|an|the|this) (?:[A-Za-z]+ ){0,4}?survey\b[^.;]{0,80}?\b(?:shows?|showed|found|finds|reveals?|revealed|estimates?|estimated)\b`)

// bodiesSurvey reports whether the title line of text names a survey of
// organisations (surveyedBodies right before "survey").
func bodiesSurvey(text string) bool {
	t, _, ok := statTitleLine(text)
	return ok && surveyOfBodies(strings.ToLower(t))
}

// surveyOfBodies reports whether lower-cased l names a survey of
// organisations: one of surveyedBodies right before "survey" ("Business
// Survey") or after its "of" ("Survey of businesses", "a survey of the
// local authorities"). A survey of anything else (people, households,
// their wages or breaches) is a sample's, and so is one that asks
// opinions (lexicon.OpinionSurveyWords), whoever answers.
func surveyOfBodies(l string) bool {
	i := strings.Index(l, "survey")
	if i < 0 {
		return false
	}
	if firstPhrase(l[:i], vocab.OpinionSurveyWords) != "" {
		return false // "Business Tendency Survey": opinions, a sample's estimates (what45)
	}
	before := strings.TrimSuffix(l[:i], " ")
	after, ok := strings.CutPrefix(l[i+len("survey"):], " of ")
	after = strings.TrimPrefix(after, "the ")
	for _, b := range surveyedBodies {
		if before != l[:i] && (strings.HasSuffix(before, " "+b) || before == b) ||
			ok && strings.HasPrefix(after, b) && wordEdge(after, 0, len(b)) {
			return true
		}
	}
	return false
}

// provisionalWords make only the figures of a release's own reference
// period estimates: "Survey of Farm Wages: 2019 provisional results" …
// "up 3.1% from £400 in 2018" → £400 is final, a fact.
var provisionalWords = map[string]bool{"provisional": true}

// lastYear returns the calendar year a period ends in, 0 when not stated.
func lastYear(p indicators.Period) int {
	y := p.From.Year
	if p.To.Year != 0 {
		y = p.To.Year
	}
	if p.Split || p.Fiscal && p.Across {
		y++
	}
	return y
}

// pastModalEstimates makes estimates the figures of out that only a modal
// verb made projections, when they are of a period before the document's
// dateline and the release's opening says how it measures its figures
// (statement): "men in Harrow could expect to live for a further
// 20.9 years" (2010–12, in a release of 2014) states the measure's
// definition, no forecast.
func (d *docDraft) pastModalEstimates(out []claim) {
	cue, where := d.statement().method, d.statement().methodWhere
	if cue == "" {
		return
	}
	for i := range out {
		cl := &out[i]
		note := cl.fieldNotes["status"]
		if cl.skip != "" || cl.ind.Status != indicators.Projection || !projectionModal(note) || !d.pastPeriod(cl.ind.Period) {
			continue
		}
		cl.ind.Status = indicators.Estimate
		cl.fieldNotes["status"] = fmt.Sprintf("%q in %s: how it measures its figures makes them estimates; %s, of the past period %s, is no forecast", cue, where, note, cl.ind.Period)
		declare(cl.fieldNotes, "status", "status/pastModalEstimates")
	}
}
