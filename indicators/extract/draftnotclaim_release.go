package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// This file holds the figures a statistics release or fact sheet states
// that are no claims of their own (drafts55): a period's name ("quarter
// 1"), the number of groups an exhibit shows ("Chart 2 shows … each of
// the five crime groups"), and a fraction in words that rounds an exact
// percentage beside it ("At 49%, … almost half of …").

// periodNameBefore matches the end of the words before a number that
// names a period of a year: "in quarter", "Q", "week", "month".
var periodNameBefore = lazyRegexp(`(?i)(?:\b(?:quarter|qtr|week|wk|month)\s+|\bQ\s*)$`)

// periodNameMax is the highest number each period word names.
var periodNameMax = map[string]int64{"quarter": 4, "qtr": 4, "q": 4, "week": 53, "wk": 53, "month": 12}

// periodName returns why a number is the name of a period ("quarter 1",
// "Q2", "week 12", "month 3"), never a count, or "": whatever word follows
// it ("the fall in quarter 1 reflects …" is no count of reflects).
func periodName(text string, m Mention) string {
	if m.Kind != Number && m.Kind != Count || m.Numbers[0].Start != m.Span.Start || strings.ContainsAny(text[m.Numbers[0].Start:m.Numbers[0].End], ".,") {
		return ""
	}
	before := text[max(m.Sentence.Start, m.Span.Start-12):m.Span.Start]
	g := periodNameBefore.FindString(before)
	if g == "" {
		return ""
	}
	word := strings.ToLower(strings.TrimSpace(g))
	v := m.Quantity.Value.Float64()
	if v < 1 || v != math.Trunc(v) || v > float64(periodNameMax[word]) {
		return ""
	}
	return fmt.Sprintf("%q: the name of a period, not a count", strings.TrimSpace(g)+" "+text[m.Numbers[0].Start:m.Numbers[0].End])
}

// exhibitNames name a document's exhibits (lexicon.Exhibits), as a
// regular expression's alternatives of their capitalized forms: "Chart
// 2", "Table 2006-08", "Fig. 3". exhibitSentence, captionRe
// (draftnotclaim.go) and exhibitTitleRe (draftwhen_title.go) read them.
var exhibitNames = func() string {
	var alt []string
	for _, w := range vocab.Exhibits {
		w = strings.ToUpper(w[:1]) + w[1:]
		if w == "Fig" {
			w = `Fig\.` // an abbreviation, with its stop
		}
		alt = append(alt, w)
	}
	return strings.Join(alt, "|")
}()

// exhibitSentence matches a sentence that says what an exhibit of the
// document shows: "Chart 2 shows …", "Figure 3 presents …".
var exhibitSentence = lazyRegexp(`^(?:` + exhibitNames + `)\s+\d+[a-z]?\s+(?:shows|presents|illustrates|displays|gives|sets out|breaks down|compares|plots|summarises|summarizes)\b`)

// exhibitGroupsBefore matches the words before a number that counts the
// groups an exhibit is drawn for: "in each of the", "for all", "across
// the", "by the".
var exhibitGroupsBefore = lazyRegexp(`(?i)\b(?:each of the|each of its|all|all of the|across the|across its|for the|by the|between the|among the|of the|the)\s+$`)

// exhibitCount returns why a count in a sentence that describes an
// exhibit ("Chart 2 shows the number of recorded crimes in each of the
// five crime groups") is the number of the exhibit's groups, no claim, or
// "".
func exhibitCount(text string, m Mention) string {
	if m.Kind != Number && m.Kind != Count || m.Unit.Kind == indicators.Money || m.Unit.Kind == indicators.Percent {
		return ""
	}
	s := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if !exhibitSentence.MatchString(text[s:m.Sentence.End]) {
		return ""
	}
	if !exhibitGroupsBefore.MatchString(text[max(s, m.Span.Start-20):m.Span.Start]) {
		return ""
	}
	ex := exhibitSentence.FindString(text[s:m.Sentence.End])
	return fmt.Sprintf("%q: the number of groups an exhibit shows, which describes it, not a claim", strings.Fields(ex)[0]+" "+strings.Fields(ex)[1])
}

// fractionWholeWords are the words after a fraction that a whole skips:
// "almost half of all recorded crime".
var fractionWholeWords = stopSet(classArticles, "of", "all", "its", "their", "total")

// fractionBesideExact returns why a fraction in words rounds an exact
// percentage of the same whole in its sentence or the one next to it in
// its paragraph ("At 49%, crimes of dishonesty account for almost half of
// all recorded crime"), or "": the percentage, a share within five points
// of the fraction with no direction, is the claim, the fraction a comment
// on it. In the next sentence, it must name the fraction's whole.
func (d *docDraft) fractionBesideExact(m Mention) string {
	if !spelledFraction(m) {
		return ""
	}
	text := d.src.Text
	f := m.Quantity.Value.Float64()
	var whole []string
	for _, w := range strings.Fields(strings.ToLower(text[m.Span.End:m.Sentence.End])) {
		w = strings.Trim(w, ",.;:()“”\"")
		if fractionWholeWords[w] {
			continue
		}
		if len(w) < 4 || len(whole) == 2 {
			break
		}
		whole = append(whole, w)
	}
	for _, o := range d.mentionsAround(m.Span.Start) {
		if o.Unit.Kind != indicators.Percent || o.Unit.Per != "" || o.Quantity.Direction != indicators.NoDirection ||
			math.Abs(o.Quantity.Value.Float64()/100-f) > 0.05 {
			continue
		}
		same := o.Sentence == m.Sentence
		if !same && !adjacentSentences(text, o.Sentence, m.Sentence) {
			continue
		}
		if !same {
			sent := strings.ToLower(text[o.Sentence.Start:o.Sentence.End])
			if len(whole) == 0 || !strings.Contains(sent, whole[0]) {
				continue
			}
		}
		return fmt.Sprintf("a fraction in words beside the exact %s of the same thing: a comment on it, not a claim; the percentage is kept", flatText(o.Text))
	}
	return ""
}

// adjacentSentences reports whether sentences a and b follow one another
// in one paragraph, in either order.
func adjacentSentences(text string, a, b indicators.Span) bool {
	if a.Start > b.Start {
		a, b = b, a
	}
	if a.End > b.Start {
		return false
	}
	gap := text[a.End:b.Start]
	return strings.TrimSpace(gap) == "" && strings.Count(gap, "\n") < 2
}

// keyHeadingWords are the one list of the words of a release's heading
// over its main figures ("Key findings", "Main points", "Summary", "In
// this release"), as a regexp alternation: keyFindingsHeading and
// draft62's keySectionRe both read it.
const keyHeadingWords = `(?:key|main) (?:findings|results|points|facts|figures|messages|statistics)|summary|highlights|at a glance|headlines|in this release`

// keyFindingsHeading matches the heading of a release's list of its main
// figures: "Key findings", "1. Main points", "Summary", "Highlights".
var keyFindingsHeading = lazyRegexp(`(?i)^(?:\d+\.?\s*)?(?:` + keyHeadingWords + `)$`)

// underKeyFindings reports whether a section path holds a key findings
// heading.
func underKeyFindings(section []string) bool {
	for _, s := range section {
		if keyFindingsHeading.MatchString(strings.TrimSpace(s)) {
			return true
		}
	}
	return false
}

// restatedKeyFindings folds a figure the body restates from the release's
// "Key findings" (or "Main points", "Summary") into the indicator drafted
// there: the same value, unit, direction, measure, period, base and
// parties is the same claim, so the body's sentence becomes its second
// quote, and the figure a comment that says so.
func (d *docDraft) restatedKeyFindings(out []claim) []claim {
	var keys []int
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		if underKeyFindings(cl.ind.Provenance[0].Section) {
			keys = append(keys, i)
			continue
		}
		for _, j := range keys {
			e := &out[j]
			if !sameClaimOf(&e.ind, &cl.ind) || !strings.Contains(cl.ind.Provenance[0].Quote, e.ind.Stated) {
				continue // a quote that does not state the claim as drafted ("United Kingdom | 46,560,452" for "46,560,452 Parliamentary electoral registrations") is none of its: verify asks it of every quote
			}
			p := cl.ind.Provenance[0]
			e.ind.Provenance = append(e.ind.Provenance, p)
			cl.skip = fmt.Sprintf("not drafted: %s in %s (restates %s under %q, the same value, unit, period and place: a second quote of it, not a new indicator)",
				flatText(cl.ind.Stated), d.source.ID, e.ind.ID, strings.Join(e.ind.Provenance[0].Section, " / "))
			break
		}
	}
	return d.restatedLater(out)
}

// sameClaimOf reports whether two drafted indicators state one claim: the
// same quantity, unit, measure, period and parties, and the same base
// where both state one, and titles that name one thing (titlesMeetOn).
func sameClaimOf(a, b *indicators.Indicator) bool {
	qa, qb := a.Quantity, b.Quantity
	return qa.Value.Equal(qb.Value) && qa.Low.Equal(qb.Low) && qa.High.Equal(qb.High) && qa.Direction == qb.Direction &&
		a.Unit == b.Unit && a.Measure == b.Measure && a.Period == b.Period && (a.Base == b.Base || !a.Base.IsStated() || !b.Base.IsStated()) &&
		slices.Equal(a.Entities, b.Entities) && a.Counterpart == b.Counterpart && titlesMeetOn(a.Title, b.Title)
}

// titlesMeetOn reports whether two drafted titles name one thing: they
// share a content word other than a change's lead ("Change in whole economy
// unit labour costs" and "Change in workers and jobs" share none, so two
// figures of 0.5% with them are two claims, however alike their numbers),
// or one of them names nothing yet. Its words are contentWords', not the
// words as written that clause44's sharesTitleWord reads (see there).
func titlesMeetOn(a, b string) bool {
	wa, wb := titleThings(a), titleThings(b)
	if len(wa) == 0 || len(wb) == 0 {
		return true
	}
	for _, w := range wa {
		if slices.Contains(wb, w) {
			return true
		}
	}
	return false
}

// titleThings returns a title's content words without the words of a
// change's lead (changeTitleLeads: "change", "increase", "growth" …).
func titleThings(t string) []string {
	var out []string
	for _, w := range contentWords(t) {
		lead := false
		for _, l := range changeTitleLeads {
			if strings.EqualFold(strings.Fields(l)[0], w) {
				lead = true
				break
			}
		}
		if !lead {
			out = append(out, w)
		}
	}
	return out
}
