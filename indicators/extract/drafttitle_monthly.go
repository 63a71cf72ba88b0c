package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Titles of a monthly statistics release's changes (drafts57): the series
// the change is of, as the clause's subject names it, and what it is
// compared with.
//
//	The output of mines advanced 0.8 percent → Output of mines change on
//	the previous month
//	Excluding motor vehicles and parts, factory production rose 0.2
//	percent → Factory production excluding motor vehicles and parts
//	change on the previous month
//	volumes fell 0.4% over the year → Volumes change on a year earlier
//	… increase of 3.6% in January (revised from an increase of 3.4%) →
//	"…, revised" and "…, first estimate"

// monthlyTitleLine matches a release's first line that names its
// month: "Retail sales, Great Britain: February 2024".
var monthlyTitleLine = lazyRegexp(`(?i)^[^\n]{3,120}:\s+(?:` + monthAlt + `)\s+\d{4}\s*\n`)

// releaseHeader matches a statistical body's release header:
// "FEDERAL RESERVE STATISTICAL RELEASE".
var releaseHeader = lazyRegexp(`^\s*[A-Z][A-Z .]+ STATISTICAL (?:RELEASE|BULLETIN)\b`)

// isMonthlyRelease reports whether the text is a statistics office's
// monthly release (statReleaseOf decides it: its officeStyle).
func (d *docDraft) isMonthlyRelease() bool {
	return d.statReleaseOf().officeStyle()
}

// monthlyVerb matches the verb a change's subject stands before.
var monthlyVerb = lazyRegexp(`(?i)\b(?:was|were|is|are|has|have|had|rose|risen|rises|fell|fallen|falls|increased|increases|decreased|decreases|declined|dropped|grew|grown|advanced|edged|remained|gained|slipped|climbed|jumped|contracted|expanded|eased|dipped|picked|stood)\b`)

// monthlyClauseBoundary splits a sentence into clauses.
var monthlyClauseBoundary = lazyRegexp(`,\s+|;\s+|\s+(?:while|whereas|as|but|and)\s+`)

// monthlyLeadWords matches the words that open a clause and no subject:
// "In April", "However", "More broadly", "At 93.1 percent of …".
var monthlyLeadWords = lazyRegexp(`(?i)^(?:in\s+(?:` + monthAlt + `)(?:\s+\d{4})?|however|more broadly|meanwhile|overall|also|but|and|by|following|after)\b`)

// conj matches the conjunction that opens a clause.
var conj = lazyRegexp(`(?i)^(?:while|whereas|as|but|and|so)\s+`)

// monthlyExcluding matches a leading exclusion: "Excluding motor vehicles
// and parts,".
var monthlyExcluding = lazyRegexp(`^((?:Excluding|Except for|Apart from|Other than)\s+[^,]{3,60}),\s`)

// withinAfter matches the series a change is of, named after it:
// "a monthly rise of 1.7% within clothing stores".
var withinAfter = lazyRegexp(`^\s+(?:within|at|in|for)\s+((?:[a-z][a-z-]*\s+){0,3}(?:stores|retailers|sector|industry|industries|goods|services|sales|output|production))\b`)

// monthlySubject returns the series a change figure of a sentence is of:
// the subject of the clause's verb, or of the clause before when the
// figure's clause goes on it ("and by 1.0% …").
func monthlySubject(text string, m Mention) string {
	if g := withinAfter.FindStringSubmatch(text[m.Span.End:m.Sentence.End]); g != nil {
		return g[1]
	}
	sent := text[m.Sentence.Start+bulletPrefix(text[m.Sentence.Start:m.Sentence.End]) : m.Span.Start]
	s := sent
	for {
		i := strings.Index(s, "(")
		j := strings.Index(s, ")")
		if i < 0 || j < i {
			break
		}
		s = s[:i] + s[j+1:]
	}
	excl := ""
	if g := monthlyExcluding.FindStringSubmatch(s); g != nil {
		excl = " " + strings.ToLower(g[1][:1]) + g[1][1:]
		s = s[len(g[0]):]
	}
	idx := monthlyClauseBoundary.FindAllStringIndex(s, -1)
	cuts := []int{0}
	for _, p := range idx {
		cuts = append(cuts, p[1])
	}
	for k := len(cuts) - 1; k >= 0; k-- {
		end := len(s)
		if k+1 < len(cuts) {
			end = idx[k][0]
		}
		piece := conj.ReplaceAllString(strings.TrimSpace(s[cuts[k]:end]), "")
		if monthlyLeadWords.MatchString(piece) && !monthlyVerb.MatchString(piece) {
			continue
		}
		v := monthlyVerb.FindStringIndex(piece)
		if v == nil {
			continue
		}
		subj := strings.Fields(piece[:v[0]])
		for len(subj) > 0 {
			w := strings.ToLower(subj[len(subj)-1])
			if w == "now" || w == "also" || w == "still" {
				subj = subj[:len(subj)-1]
				continue
			}
			break
		}
		// "Output in February": the month dates, it does not name.
		if n := len(subj); n >= 3 && strings.EqualFold(subj[n-2], "in") && slicesContainsFold(vocab.Months, subj[n-1]) {
			subj = subj[:n-2]
		}
		if len(subj) > 0 && (strings.EqualFold(subj[0], "the") || strings.EqualFold(subj[0], "total")) && len(subj) > 1 {
			if strings.EqualFold(subj[0], "the") {
				subj = subj[1:]
			}
		}
		if len(subj) == 0 {
			continue
		}
		if len(subj) > 8 {
			return ""
		}
		for _, w := range subj {
			if strings.ContainsAny(w, "0123456789%$£€") || monthlyLeadWords.MatchString(w) {
				return ""
			}
		}
		return rateOfSubject(strings.Join(subj, " ")) + excl
	}
	return ""
}

// slicesContainsFold reports whether list holds s, case aside.
func slicesContainsFold(list []string, s string) bool {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return true
		}
	}
	return false
}

// revisedFrom matches the words before a superseded estimate in
// brackets: "(revised from an increase of ".
var revisedFrom = lazyRegexp(`(?i)\(revised from\s+(?:an?\s+(?:increase|decrease|rise|fall|growth|decline|drop)\s+of\s+)?$`)

// monthlyComparison returns what a change is compared with, from the
// words of its clause after it: "change on a year earlier", "change on
// the previous three months", or the default of a monthly release.
func monthlyComparison(text string, m Mention) string {
	after := strings.ToLower(text[m.Span.End:m.Sentence.End])
	if i := strings.IndexAny(after, ",;"); i >= 0 {
		after = after[:i]
	}
	if i := strings.Index(after, " and "); i >= 0 {
		after = after[:i]
	}
	switch {
	case strings.Contains(after, "three months to") && strings.Contains(after, "compared with the three months"):
		return "three-month change on a year earlier"
	case strings.Contains(after, "three months"):
		return "change on the previous three months"
	case strings.Contains(after, "over the year") || strings.Contains(after, "year-earlier") || strings.Contains(after, "year earlier") ||
		strings.Contains(after, "a year ago") || strings.Contains(after, "year on year") || strings.Contains(after, "year-on-year") || strings.Contains(after, "same month"):
		return "change on a year earlier"
	}
	if g := averageGap.FindStringSubmatch(after); g != nil {
		// "below its average from 1972 to 2010": the span is the base,
		// not the title's.
		return "gap " + g[1] + " its long-run average"
	}
	if g := levelIn.FindStringSubmatch(after); g != nil {
		return "compared with " + strings.Join(strings.Fields(monthlyParen.ReplaceAllString(g[1], "")), " ")
	}
	rest := monthlyMonthIn.ReplaceAllString(monthlyParen.ReplaceAllString(after, ""), "")
	if strings.ContainsAny(rest, "0123456789") || otherBase.MatchString(rest) || otherBase.MatchString(strings.ToLower(text[m.Sentence.Start:m.Span.Start])) {
		// "3.1 per cent below freight in 2010", "in the March quarter":
		// a base of its own, or no month's change.
		return ""
	}
	return "change on the previous month"
}

// averageGap matches a distance to a long-run average: "below its
// average from 1972 to 2010".
var averageGap = lazyRegexp(`^\s*(below|above)\s+(?:its|their|the)\s+((?:long-run\s+|long-term\s+)?average(?:\s+(?:from|of|since|over)\s+[^,;.]{2,30})?)`)

// monthlyMonthIn matches a month that dates a figure: "in April", "to
// February 2024".
var monthlyMonthIn = lazyRegexp(`(?i)\b(?:in|to|for|of)\s+(?:` + monthAlt + `)(?:\s+\d{4})?\b`)

// otherBase matches words that give a change a base or span other
// than the month before.
var otherBase = lazyRegexp(`\b(?:than|since|compared|quarter|quarters|year|years|annual|annually|trend)\b`)

// monthlyChangeNoun matches a subject that already names a change:
// "Annual growth in average hourly earnings".
var monthlyChangeNoun = lazyRegexp(`(?i)\b(?:growth|change|changes|increase|decrease|rise|fall|decline|inflation)\b`)

// monthlyParen matches a bracketed aside.
var monthlyParen = lazyRegexp(`\([^)]*\)`)

// levelIn matches a change against a level of a named time:
// "below their pre-coronavirus (COVID-19) pandemic level in February 2020".
var levelIn = lazyRegexp(`^\s*(?:below|above)\s+((?:its|their)\s+(?:[a-z-]+\s+|\([^)]*\)\s+){0,4}level)\b`)

// monthlyChangeTitle titles a change of a monthly statistics release "<series>
// change on the previous month" (or on a year earlier, on the previous
// three months, compared with a named level), "…, revised" when a
// superseded estimate follows it in brackets and "…, first estimate" for
// that estimate.
func (d *docDraft) monthlyChangeTitle(cl *claim, m Mention) {
	ind := &cl.ind
	d.levelTitle(cl, m)
	d.streakTitle(cl, m)
	if ind.Measure != indicators.Change || (m.Unit.Kind != indicators.Percent && m.Unit.String() != "percentage_point") || !d.isMonthlyRelease() {
		return
	}
	text := d.src.Text
	subj := monthlySubject(text, m)
	if subj == "" || monthlyChangeNoun.MatchString(subj) {
		return
	}
	subj = strings.ReplaceAll(subj, "  ", " ")
	cmpw := monthlyComparison(text, m)
	if cmpw == "" {
		return
	}
	title := upperFirst(subj) + " " + cmpw
	before := text[max(m.Sentence.Start, m.Span.Start-50):m.Span.Start]
	after := text[m.Span.End:min(m.Sentence.End, m.Span.End+60)]
	switch {
	case revisedFrom.MatchString(before):
		title += ", first estimate"
	case strings.Contains(after, "(revised from"):
		title += ", revised"
	}
	ind.Title, cl.fieldNotes["title"] = title, fmt.Sprintf("a monthly release's change: its series, %q, and what it is compared with", subj)
	declare(cl.fieldNotes, "title", "title/monthlyChangeTitle")
}

// levelTitle titles an index reading on a base year ("At 93.1
// percent of its 2007 average, total industrial production was …" →
// "Total industrial production index, percent of its 2007 average") by the
// subject of its sentence, and a count whose unit is at an annual rate by
// annualRateTitle, the one title of such counts.
func (d *docDraft) levelTitle(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	after := text[m.Span.End:m.Sentence.End]
	switch {
	case ind.Measure == indicators.Level && ofAverage.MatchString(after):
		g := ofAverage.FindStringSubmatch(after)
		rest := after[len(g[0]):]
		i := strings.Index(rest, ",")
		if i < 0 {
			return
		}
		rest = strings.TrimSpace(rest[i+1:])
		v := monthlyVerb.FindStringIndex(rest)
		if v == nil || v[0] == 0 {
			return
		}
		subj := strings.Fields(rest[:v[0]])
		if len(subj) > 6 {
			return
		}
		if strings.EqualFold(subj[0], "the") && len(subj) > 1 {
			subj = subj[1:]
		}
		ind.Title = upperFirst(strings.Join(subj, " ")) + " index"
		cl.fieldNotes["title"] = fmt.Sprintf("an index reading on a base year (its %s average = 100): the subject of the sentence, an index", g[1])
		declare(cl.fieldNotes, "title", "title/levelTitle")
	case ind.Unit.Per == "year" && (ind.Measure == indicators.Flow || ind.Measure == indicators.CountKind) && strings.Contains(cl.fieldNotes["unit"], "annual rate"):
		// "… from an annual rate of 4.2 million units in April to 3.8
		// million units in May": the unit says the rate (a count at an
		// annual rate is a flow, measureCounted).
		d.annualRateTitle(cl, m, text[strings.LastIndex(text[:m.Sentence.Start], "\n")+1:m.Span.Start])
	}
}

// rateOfRe matches "rate of X": "rate of capacity utilization for
// total industry".
var rateOfRe = lazyRegexp(`(?i)^rate of ((?:[a-z-]+ ){0,2}[a-z-]+?)( for .*)?$`)

// rateOfSubject writes "rate of X for Y" as "X rate for Y", the series first.
func rateOfSubject(s string) string {
	g := rateOfRe.FindStringSubmatch(s)
	if g == nil {
		return s
	}
	return g[1] + " rate" + g[2]
}

// streakBefore matches the words before a run of periods: "after
// rising for ", "following falls for ".
var streakBefore = lazyRegexp(`(?i)\b(?:after|following)\s+(rising|falling|increasing|decreasing|declining|growing|gains|falls|rises|increases|declines)\s+(?:in|for)\s+$`)

// streakWords name the change a streak is of, by the verb or noun
// before it.
var streakWords = map[string]string{"rising": "rises", "rises": "rises", "increasing": "increases", "increases": "increases", "growing": "rises", "gains": "gains",
	"falling": "falls", "falls": "falls", "decreasing": "decreases", "declining": "declines", "declines": "declines"}

// streakTitle titles a run of consecutive periods of a monthly
// release by what ran and of which series: "manufacturing production fell
// 0.4 percent after rising for nine consecutive months" → "Consecutive
// monthly rises in manufacturing production".
func (d *docDraft) streakTitle(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.Kind != indicators.Count || (ind.Unit.Name != "month" && ind.Unit.Name != "quarter") || !strings.Contains(strings.ToLower(m.Text), "consecutive") {
		return
	}
	text := d.src.Text
	g := streakBefore.FindStringSubmatch(text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start])
	if g == nil {
		return
	}
	subj := monthlySubject(text, m)
	if subj == "" {
		return
	}
	grain := "monthly"
	if ind.Unit.Name == "quarter" {
		grain = "quarterly"
	}
	ind.Title = "Consecutive " + grain + " " + streakWords[strings.ToLower(g[1])] + " in " + strings.ToLower(subj[:1]) + subj[1:]
	cl.fieldNotes["title"] = "a run of consecutive periods: what ran, of the sentence's series"
	declare(cl.fieldNotes, "title", "title/streakTitle")
}
