package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// When and how sure, in a survey or statistics release's main points
// (drafts58):
//
//	Around 4.2 million adults (8.1%) drank daily in Wales in 2022; this is
//	… since records began in 2009 → 2022 for both figures: the year that
//	ends the figures' clause dates them, a later clause's year does not
//	… fell by 6.1 percentage points between 2009 (20.3%) and 2022 (14.2%)
//	→ 20.3% is 2009's, 14.2% 2022's; the change is 2022 with base 2009
//	Alcohol use in Wales: 2022 (the title) → 2022 for an undated bullet
//	… based on our estimates from the National Drinking Survey (NDS) →
//	an estimate, and so are the later bullets of the same block

var (
	// clauseYearRe is a year that ends the figure's clause: "… in Wales
	// in 2022;", "… in 2022, based on …", "… in 2022." (read from the
	// figure's end: no comma, no other figure but one in brackets on the
	// way, and no figure a change is from: "almost 60 per cent – having
	// risen from just 14 per cent in 2008" is not of 2008).
	clauseYearRe = lazyRegexp(`^[^;,%()$£€]*?(?:\([^()]*\)[^;,%()$£€]*?)*\bin ((?:19|20)\d\d)\s*(?:[;,.]|$)`)
	// bracketYearRe is a year right before the figure's bracket: "2009
	// (20.3%)".
	bracketYearRe = lazyRegexp(`\b((?:19|20)\d\d) \(\s*$`)
	// changeBetweenYearsRe is the span of a change after it: "between 2009
	// (20.3%) and 2022 (14.2%)".
	changeBetweenYearsRe = lazyRegexp(`^[^.;]{0,80}?\bbetween ((?:19|20)\d\d)\b[^;]{0,30}?\band ((?:19|20)\d\d)\b`)
	// titleYearTailRe ends an annual release's title with its year:
	// "Alcohol use in Wales: 2022".
	titleYearTailRe = lazyRegexp(`\s*(?::|,|—|–| -)\s*((?:19|20)\d\d)\s*$`)
)

// bulletLine reports whether the line starting at ls is an item of a
// bulleted list.
func bulletLine(text string, ls int) bool {
	l := strings.TrimLeft(text[ls:lineEnd(text, ls)], " \t")
	return strings.HasPrefix(l, "- ") || strings.HasPrefix(l, "• ") || strings.HasPrefix(l, "* ")
}

// lineStart returns where the line holding at starts.
func lineStart(text string, at int) int {
	return strings.LastIndexByte(text[:at], '\n') + 1
}

// clauseYearClaim dates a figure with no period by its clause's closing year,
// the year its bracket follows, the span of a change "between Y1 and Y2",
// or, in a bulleted item, the year its release's title ends on.
func (d *docDraft) clauseYearClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Period.IsStated() {
		return
	}
	text := d.src.Text
	set := func(y int, why string) {
		ind.Period, cl.fieldNotes["period"] = indicators.YearPeriod(y), why
		declare(cl.fieldNotes, "period", "period/clauseYearClaim")
	}
	if ind.Measure == indicators.Change && !ind.Base.IsStated() {
		if g := changeBetweenYearsRe.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil {
			y1, _ := strconv.Atoi(g[1])
			y2, _ := strconv.Atoi(g[2])
			if y1 < y2 {
				set(y2, fmt.Sprintf("\"between %d … and %d\": a change is dated by its end, with base %d", y1, y2, y1))
				ind.Base = indicators.YearPeriod(y1)
				return
			}
		}
	}
	if g := bracketYearRe.FindStringSubmatch(text[max(m.Sentence.Start, m.Span.Start-8):m.Span.Start]); g != nil {
		y, _ := strconv.Atoi(g[1])
		set(y, fmt.Sprintf("%q: the figure in brackets after a year is that year's", g[1]+" ("+strings.TrimPrefix(m.Text, "(")+")"))
		return
	}
	after := text[m.Span.End:m.Sentence.End]
	if g := clauseYearRe.FindStringSubmatchIndex(after); g != nil && !hasPhrase(strings.ToLower(after[:g[2]]), "since") && !fromFigureRe.MatchString(after[:g[2]]) &&
		yearRoleOf(text[m.Sentence.Start:m.Span.End+g[2]], after[g[3]:]) == yearPeriod {
		y, _ := strconv.Atoi(after[g[2]:g[3]])
		set(y, fmt.Sprintf("\"in %d\" ends the figure's clause: the year of its figures", y))
		return
	}
	if !bulletLine(text, lineStart(text, m.Span.Start)) {
		return
	}
	title := strings.TrimSpace(text[:lineEnd(text, 0)])
	if len(title) > 150 || lineEnd(text, 0) > m.Span.Start {
		return
	}
	if g := titleYearTailRe.FindStringSubmatch(title); g != nil {
		y, _ := strconv.Atoi(g[1])
		set(y, fmt.Sprintf("the year the release's title ends on (%q), for a main point with no year of its own", title))
	}
}

// surveyEstimateClaim makes a figure an estimate when its sentence, or an
// earlier item of its bulleted block, says how its figures are measured
// (methodWords): "based on our estimates from the Opinions and Lifestyle
// Survey".
func (d *docDraft) surveyEstimateClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Status != indicators.Fact {
		return
	}
	text := d.src.Text
	if !strings.Contains(text, "Survey") {
		return
	}
	from := m.Sentence.Start
	if ls := lineStart(text, m.Span.Start); bulletLine(text, ls) {
		from = ls
		for from > 0 {
			prev := lineStart(text, from-1)
			if !bulletLine(text, prev) {
				break
			}
			from = prev
		}
	}
	if cue := methodWords(text[from:m.Sentence.End]); cue != "" {
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q: a survey's figures are estimates", cue)
		declare(cl.fieldNotes, "status", "status/surveyEstimateClaim")
	}
}

// Who publishes, in the two genres' own words (drafts58):
//
//	From:
//	Department for Transport (a GOV.UK page's "From:" line, the body on
//	it or the next line) → publisher Department for Transport, short DfT
//	The Office for National Statistics (ONS) collects data … (the first
//	paragraph of prose, after the bulleted main points) → ONS

var (
	// fromLineRe is a GOV.UK page's "From:" line and the body it names, on
	// the same line or the next.
	fromLineRe = lazyRegexp(`(?m)^From:[ \t]*\n?[ \t]*([A-Z][^\n]{2,80}?)[ \t]*$`)
	// subjectBodyRe opens a sentence with a body and its acronym as the
	// subject of a verb: "The Office for National Statistics (ONS)
	// collects".
	subjectBodyRe = lazyRegexp(`^The ([A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|and|for|on))*) \(([A-Z][A-Za-z]{1,9})\) [a-z]+s\b`)
)

// fromLinePublisher returns the body a GOV.UK page's "From:" line (in its
// first 1,500 bytes) names, when it is a known publishing body or a
// body's name.
func fromLinePublisher(text string) (name, short, evidence string) {
	head := text[:min(len(text), 1500)]
	g := fromLineRe.FindStringSubmatch(head)
	if g == nil {
		return "", "", ""
	}
	n := strings.TrimSpace(g[1])
	if b, ok := bodyNamed(n); ok {
		return b.name, b.short, strings.Join(strings.Fields(g[0]), " ")
	}
	for _, w := range bodyWords {
		if hasWord(n, w) && !strings.ContainsAny(n, ".:;") {
			return n, "", strings.Join(strings.Fields(g[0]), " ")
		}
	}
	return "", "", ""
}

// subjectPublisher returns the known publishing body that the document's
// first paragraph of prose (a line of at least 80 bytes ending on a
// full stop, no bulleted item) opens with as its subject.
func subjectPublisher(text string) (name, short, evidence string) {
	for from := 0; from < len(text); {
		end := lineEnd(text, from)
		l := strings.TrimSpace(text[from:end])
		from = end + 1
		if len(l) < 80 || !strings.HasSuffix(l, ".") || bulletLine(l, 0) {
			continue
		}
		g := subjectBodyRe.FindStringSubmatch(l)
		if g == nil {
			return "", "", ""
		}
		if b, ok := bodyNamed(g[1]); ok && (b.short == "" || b.short == g[2]) {
			return b.name, g[2], strings.TrimSuffix(g[0], " ")
		}
		return "", "", ""
	}
	return "", "", ""
}

// A lead-in line over bullets that compares two periods (drafts58, a
// ports release: "When comparing April to June 2021 with April to June
// 2020:") is read by draftsection.go as a section; its rule that gave the
// bullets' changes the base it names changed no draft of the 83 dev
// documents and was deleted (period21).

var (
	// comparingLeadRe is a lead-in line that compares two periods: "When
	// comparing P1 with P0 through UK major ports:".
	comparingLeadRe = lazyRegexp(`(?i)\bcompar(?:ing|ed) (.+?) (?:with|against) (.+?)(?:,? (?:through|in|for|across|at|by)\b[^:]*)?:\s*$`)
)

// inMonthYearOpenRe opens a sentence with its month and year: "In April
// 2016 median weekly earnings …".
var inMonthYearOpenRe = lazyRegexp(`^In ` + monthNameRe + ` ((?:19|20)\d\d)\b`)
