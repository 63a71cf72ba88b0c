package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// comparedLeadRe opens a sentence with the year its figures are compared
// with: "Compared to 2009-10, there were …", "Compared with 2015, …"
// (drafts46): the point of comparison, a change's base (comparandAfter),
// never the figure's period.
var comparedLeadRe = lazyRegexp(`^\s*(?i:compared (?:to|with)) ((?:19|20)\d\d(?:[-–/]\d\d)?),`)

// betweenLeadClaim gives a change its paragraph's lead dates ("Between
// 2018-19 and 2019-20, the proportion … fell. … this was a decrease of
// one percentage point", drafts46) the earlier of the two times the lead
// compares as its base: the pair "between … and …" joins (betweenTimes),
// whatever form the times take, when the later is the change's time.
//
// A figure its sentence goes on to set "between" two times, nothing but
// words and brackets between ("a decrease of 3,540 hectares (0.2% of the
// total) in the area of land between 31 March 2023 and 31 March 2024"),
// is of the later: a change from the earlier (betweenAfter).
func (d *docDraft) betweenLeadClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if a, b, ok := d.betweenAfter(m); ok && !strings.Contains(cl.fieldNotes["period"], "after the figure") {
		ind.Period, cl.fieldNotes["period"] = b.period, fmt.Sprintf("%q: the later of the two times its sentence goes on to set it between", d.src.Text[a.phraseStart:b.end])
		declare(cl.fieldNotes, "period", "period/betweenLeadClaim")
		if ind.Measure == indicators.Change {
			ind.Base, cl.fieldNotes["base"] = a.period, fmt.Sprintf("%q: the earlier of the two times", d.src.Text[a.phraseStart:b.end])
			declare(cl.fieldNotes, "base", "base/betweenLeadClaim#1")
		}
		return
	}
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() || ind.Period.IsSpan() && !isQuarter(ind.Period) {
		return
	}
	text := d.src.Text
	ps := paragraphStart(text, m.Sentence.Start)
	lead := text[ps:m.Span.Start]
	if !strings.Contains(lead, "etween") { // spare the reading
		return
	}
	refs := timeRefsIn(lead, ps)
	for i := len(refs) - 2; i >= 0; i-- {
		a, b := refs[i], refs[i+1]
		if a.role != yearBase || b.period != ind.Period || !betweenGapRe.MatchString(text[a.end:b.phraseStart]) {
			continue
		}
		ind.Base = a.period
		cl.fieldNotes["base"] = fmt.Sprintf("%q: the paragraph's lead compares the later with the earlier", text[a.phraseStart:b.end])
		declare(cl.fieldNotes, "base", "base/betweenLeadClaim#2")
		return
	}
}

// betweenAfter returns the pair of times "between … and …" joins
// (betweenTimes) later in m's sentence, when only words stand between
// the figure and the pair: no figure, time or clause break outside the
// brackets that restate it ("3,540 hectares (0.2% of the total, or
// 0.03% of …) in the area … between"), the figure perhaps in one of them.
func (d *docDraft) betweenAfter(m Mention) (yearRef, yearRef, bool) {
	text := d.src.Text
	s, e := m.Sentence.Start, m.Sentence.End
	if !strings.Contains(text[m.Span.End:e], "etween") { // spare the reading
		return yearRef{}, yearRef{}, false
	}
	from := m.Span.End
	if open := strings.LastIndexByte(text[s:m.Span.Start], '('); open >= 0 && !strings.Contains(text[s+open:m.Span.Start], ")") {
		j := strings.IndexByte(text[m.Span.End:e], ')')
		if j < 0 {
			return yearRef{}, yearRef{}, false
		}
		from = m.Span.End + j + 1 // a figure in the bracket that restates another
	}
	refs := timeRefsIn(text[from:e], from)
	if len(refs) < 2 || refs[0].role != yearBase || refs[1].role != yearPeriod || !betweenGapRe.MatchString(text[refs[0].end:refs[1].phraseStart]) {
		return yearRef{}, yearRef{}, false
	}
	gap := withoutParens(text[from:refs[0].phraseStart])
	if !strings.HasSuffix(strings.ToLower(strings.TrimRight(gap, " ")), "between") || strings.ContainsAny(gap, "0123456789;:,()") || len(strings.Fields(gap)) > 16 {
		return yearRef{}, yearRef{}, false
	}
	return refs[0], refs[1], true
}
