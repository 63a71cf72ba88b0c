package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// This file reads the paragraphs of a weekly or monthly release that
// reports a series (issue 11): "In the week ending April 25, the advance
// figure for seasonally adjusted initial claims was 3,839,000, a decrease
// of 603,000 from the previous week's revised level. The previous week's
// level was revised up by 15,000 from 4,427,000 to 4,442,000. The 4-week
// moving average was 5,033,250, …".
//
// The paragraph's first sentence names its series after a cue of a first
// reading ("advance", "flash", "preliminary"). Every figure of the
// paragraph is of that series: its level (titled by the series, an
// estimate), its change on the previous period ("Weekly change in …"), its
// moving average ("Four-week moving average of …", a level) and the
// previous period's figure as revised (a fact, "… in the previous week
// (revised)"). In "was revised up by D from A to B" only B is a claim: D
// (the revision) and A (the figure it replaced) are comments, and "from A
// to B" is a move, never a range.

// seriesLeadRE finds the series a paragraph's first sentence reports
// after a cue of a first reading: "the advance figure for seasonally
// adjusted initial claims was", "The advance seasonally adjusted insured
// unemployment rate was", "The flash estimate of euro area inflation is".
var seriesLeadRE = lazyRegexp(`(?i)\b(advance|flash|preliminary)\s+(?:(?:figure|number|estimate|reading|total|level)\s+(?:for|of)\s+)?((?:[a-z][a-z-]*\s+){0,6}?[a-z][a-z-]*)\s+(?:during|in|for|was|were|is|are|stood|totaled|totalled)\b`)

// revisedRE reads a revision: "was revised up by 15,000 from 4,427,000 to
// 4,442,000", "was revised down by 0.1 from 11.0 to 10.9 percent". Its
// groups are the revision, the figure replaced and the revised figure.
var revisedRE = lazyRegexp(`(?i)\b(?:was|were|has been|have been|had been)\s+revised\s+(?:up|down|upward|downward|higher|lower)s?\s+by\s+(\S+)(?:\s+(?:percentage\s+points?|points?|percent))?\s+from\s+\S*?(\d[\d,.]*)(?:\s+percent)?\s+to\s+\S*?(\d[\d,.]*)`)

// movingAverageRE reads a moving average at a sentence's start: "The
// 4-week moving average was".
var movingAverageRE = lazyRegexp(`(?i)^(?:the\s+)?(\w+)-(week|month|day|quarter)\s+moving\s+average\b`)

// previousPeriodRE reads the subject of a revision sentence: "The previous
// week's level", "The previous month's average".
var previousPeriodRE = lazyRegexp(`(?i)^(?:the\s+)?(?:previous|prior|last)\s+(week|month|quarter|year)['’]s\s+(level|average|rate|figure|number|total|reading)\b`)

// changeOnPreviousRE reads a change on the previous period after the
// figure: "from the previous week's revised level".
var changeOnPreviousRE = lazyRegexp(`(?i)^\s*(?:percentage\s+points?\s+|points?\s+)?(?:from|on|over)\s+the\s+(?:previous|prior)\s+(week|month|quarter|year)['’]s\b`)

// averageLengthWords spell the lengths of moving averages.
var averageLengthWords = map[string]string{"2": "two", "3": "three", "4": "four", "5": "five", "6": "six", "7": "seven", "8": "eight",
	"10": "ten", "12": "twelve", "13": "thirteen", "26": "twenty-six", "52": "fifty-two"}

// periodAdjective names a change on the previous period.
var periodAdjective = map[string]string{"week": "Weekly", "month": "Monthly", "quarter": "Quarterly", "year": "Annual"}

// A releaseSeries is what a paragraph of a release reports.
type releaseSeries struct {
	name    string // "seasonally adjusted initial claims"
	cue     string // "advance"
	unit    indicators.Unit
	measure indicators.MeasureKind
	why     string // why the measure
}

// seriesOf returns the series the paragraph holding byte at reports, or
// false.
func (d *docDraft) seriesOf(at int) (releaseSeries, bool) {
	text := d.src.Text
	ps, pe := paragraphOf(text, at)
	first := text[ps:pe]
	if i := strings.Index(first, ". "); i >= 0 {
		first = first[:i]
	}
	if !firstReadingWord(first) {
		return releaseSeries{}, false
	}
	g := seriesLeadRE.FindStringSubmatch(first)
	if g == nil {
		return releaseSeries{}, false
	}
	s := releaseSeries{name: strings.Join(strings.Fields(strings.ToLower(g[2])), " "), cue: strings.ToLower(g[1])}
	f := strings.Fields(s.name)
	head := f[len(f)-1]
	switch {
	case head == "rate" || head == "ratio" || head == "index":
		s.measure, s.why = indicators.Level, "a rate of the series, read at a time"
	case head == "claims" || head == "applications" || head == "filings":
		s.unit = indicators.Unit{Kind: indicators.Count, Name: strings.TrimSuffix(head, "s")}
		if strings.Contains(s.name, "continued") || strings.Contains(s.name, "continuing") {
			s.measure, s.why = indicators.Stock, "claims in force at a time"
		} else {
			s.measure, s.why = indicators.Flow, "claims filed in the period"
		}
	case head == "unemployment" || head == "employment" || head == "unemployed" || head == "employed" || head == "payrolls":
		s.unit = indicators.Unit{Kind: indicators.Count, Name: "person"}
		s.measure, s.why = indicators.Stock, "people in a state at a time"
	default:
		return releaseSeries{}, false
	}
	return s, true
}

// core returns the series without its adjustment, for the titles of what
// is derived from it: "initial claims".
func (s releaseSeries) core() string {
	return strings.TrimPrefix(s.name, "seasonally adjusted ")
}

// revision is a sentence's "revised up by D from A to B": the byte
// offsets of the three figures.
type revision struct{ d, a, b int }

// revisionIn returns the revision a sentence states, or false.
func revisionIn(text string, sent indicators.Span) (revision, bool) {
	if !strings.Contains(text[sent.Start:sent.End], "revised") {
		return revision{}, false
	}
	g := revisedRE.FindStringSubmatchIndex(text[sent.Start:sent.End])
	if g == nil {
		return revision{}, false
	}
	return revision{d: sent.Start + g[2], a: sent.Start + g[4], b: sent.Start + g[6]}, true
}

// revisionPart returns why a figure of a revision is no claim: the size of
// the revision and the figure it replaced comment on the revised figure.
func (d *docDraft) revisionPart(m Mention) string {
	r, ok := revisionIn(d.src.Text, m.Sentence)
	if !ok || m.Quantity.IsRange() {
		return ""
	}
	switch m.Numbers[0].Start {
	case r.d:
		return "the size of a revision: a comment on the revised figure after \"to\", which is drafted"
	case r.a:
		return "the figure a revision replaced, as first published: a comment on the revised figure after \"to\", which is drafted"
	}
	return ""
}

// revisedRange returns the revised figure B of a range "from A to B" that
// follows "revised up by D": a move from the old figure to the new one,
// never a range. The note says what A was.
func (d *docDraft) revisedRange(m Mention) (Mention, string, bool) {
	if !m.Quantity.IsRange() {
		return m, "", false
	}
	text := d.src.Text
	r, ok := revisionIn(text, m.Sentence)
	if !ok || m.Numbers[0].Start != r.a || m.Numbers[1].Start != r.b {
		return m, "", false
	}
	b := m
	b.Span = indicators.Span{Start: r.b, End: m.Span.End}
	b.Figure = b.Span
	b.Text = text[b.Span.Start:b.Span.End]
	b.Numbers = [2]indicators.Span{m.Numbers[1], {}}
	b.Quantity.Value, b.Quantity.Low, b.Quantity.High = m.Quantity.High, indicators.Decimal{}, indicators.Decimal{}
	b.Quantity.Qualifier, b.Quantity.Hedge = indicators.Exact, ""
	flat := strings.Join(strings.Fields(text[m.Numbers[0].Start:m.Numbers[0].End]), " ")
	return b, fmt.Sprintf("not drafted: %s in %s (the figure a revision replaced, as first published: a comment on the revised figure after \"to\", which is drafted)", flat, d.source.ID), true
}

// releaseSeriesClaim measures, marks and titles the figures of a paragraph
// that reports a series.
func (d *docDraft) releaseSeriesClaim(cl *claim, m Mention, cs int) {
	s, ok := d.seriesOf(m.Span.Start)
	if !ok {
		return
	}
	ind := &cl.ind
	text := d.src.Text
	sent := strings.TrimLeft(text[m.Sentence.Start:m.Sentence.End], " ")
	after := text[m.Span.End:m.Sentence.End]
	// The sentence's subject: the series, its moving average or the
	// previous period's figure.
	subject, measure, why := s.name, s.measure, s.why
	if g := movingAverageRE.FindStringSubmatch(sent); g != nil {
		subject, measure, why = averageName(g)+" of "+s.core(), indicators.Level, "a moving average, a level"
	}
	if r, ok := revisionIn(text, m.Sentence); ok {
		g := previousPeriodRE.FindStringSubmatch(sent)
		if g == nil || m.Numbers[0].Start != r.b {
			return
		}
		subject = s.core()
		if strings.EqualFold(g[2], "average") {
			subject, measure, why = strings.Replace(d.paragraphAverage(m.Span.Start), " moving average", " average", 1)+" of "+s.core(), indicators.Level, "a moving average, a level"
		}
		// "Initial claims, previous week (revised)"; "prior" where
		// "previous" would make the title too long to show.
		ind.Title = capitalize(subject) + ", previous " + strings.ToLower(g[1]) + " (revised)"
		if len(ind.Title) > 64 {
			ind.Title = capitalize(subject) + ", prior " + strings.ToLower(g[1]) + " (revised)"
		}
		cl.fieldNotes["title"] = "the paragraph's series, as revised"
		declare(cl.fieldNotes, "title", "title/releaseSeriesClaim#1")
		ind.Measure, cl.fieldNotes["measure"] = measure, why+", as revised"
		declare(cl.fieldNotes, "measure", "measure/releaseSeriesClaim#1")
		ind.Quantity.Direction = indicators.NoDirection
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, `"revised": a figure the release has revised is a fact`
		declare(cl.fieldNotes, "status", "status/releaseSeriesClaim#1")
		d.seriesUnit(cl, m, s)
		return
	}
	status := `"` + s.cue + `": the paragraph's series is a first reading, and so are its changes and averages`
	if g := changeOnPreviousRE.FindStringSubmatch(after); g != nil && ind.Measure == indicators.Change {
		if subject != s.name {
			// "the four-week average of …", short enough to show.
			subject = "the " + strings.Replace(subject, " moving average", " average", 1)
		}
		ind.Title = periodAdjective[strings.ToLower(g[1])] + " change in " + subject
		cl.fieldNotes["title"] = "the change on the previous " + strings.ToLower(g[1]) + " of the sentence's own subject"
		declare(cl.fieldNotes, "title", "title/releaseSeriesClaim#2")
	} else if seriesComplement(text, m) {
		ind.Title = capitalize(subject)
		if subject == s.name {
			ind.Title += " (" + s.cue + ")"
		}
		cl.fieldNotes["title"] = "the series the sentence reports"
		declare(cl.fieldNotes, "title", "title/releaseSeriesClaim#3")
		ind.Measure, cl.fieldNotes["measure"] = measure, why
		declare(cl.fieldNotes, "measure", "measure/releaseSeriesClaim#2")
	} else {
		return
	}
	if ind.Status == indicators.Fact {
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, status
		declare(cl.fieldNotes, "status", "status/releaseSeriesClaim#2")
	}
	d.seriesUnit(cl, m, s)
}

// seriesComplement reports whether a figure completes "… was" or "… is":
// the reading its subject reports.
func seriesComplement(text string, m Mention) bool {
	f := strings.Fields(strings.ToLower(text[m.Sentence.Start:m.Span.Start]))
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "was", "were", "is", "are", "at", "totaled", "totalled":
		return true
	}
	return false
}

// seriesUnit gives a bare count the unit the series counts.
func (d *docDraft) seriesUnit(cl *claim, m Mention, s releaseSeries) {
	if !cl.ind.Unit.IsZero() || m.Kind != Number || s.unit.IsZero() {
		return
	}
	cl.ind.Unit = s.unit
	cl.fieldNotes["unit"] = s.unit.Name + ", what " + s.name + " counts; stated keeps the figure as written"
	declare(cl.fieldNotes, "unit", "unit/seriesUnit")
}

// averageName names the moving average movingAverageRE matched, its length
// in words: "four-week moving average".
func averageName(g []string) string {
	n := strings.ToLower(g[1])
	if w, ok := averageLengthWords[n]; ok {
		n = w
	}
	return n + "-" + strings.ToLower(g[2]) + " moving average"
}

// averageInParagraphRE finds a moving average anywhere in a paragraph.
var averageInParagraphRE = lazyRegexp(`(?i)\b(\w+)-(week|month|day|quarter)\s+moving\s+average\b`)

// paragraphAverage returns the moving average the paragraph holding byte
// at names ("the previous week's average" is of it), or "moving average".
func (d *docDraft) paragraphAverage(at int) string {
	ps, pe := paragraphOf(d.src.Text, at)
	if g := averageInParagraphRE.FindStringSubmatch(d.src.Text[ps:pe]); g != nil {
		return averageName(g)
	}
	return "moving average"
}

// firstReadingWord reports whether s holds a cue of a first reading, in
// any case, before seriesLeadRE is tried.
func firstReadingWord(s string) bool {
	for _, w := range []string{"dvance", "lash", "reliminary"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
