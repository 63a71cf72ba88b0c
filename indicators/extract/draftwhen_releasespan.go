package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Periods and bases of a statistics release (drafts64):
//
//	Highlights for the 3 month period December to February 2019,
//	compared to the same period a year earlier include:
//	  • … fell by 4.8% → period 2018-12/2019-02 (a span of months across
//	    the new year starts the year before), base 2017-12/2018-02 (the
//	    same span a year back, for a change)
//	The total in 2024 was 5% lower than in 2023 → period 2024, base 2023:
//	the year after "than (in)", "from", "compared with" or "on" is the
//	base, never the period; the period is the sentence's other year, else
//	the heading's ("Annual summary for 2024")
//	the peak of 113.1 seen during the 2008-09 recession → 2008/2009
//
// Its rules for a concessive clause's year, a half year ("late 2016"), an
// average over past months and a month's base changed no draft of the 83
// dev documents and were deleted (period21).

// leadInBase gives a change under a lead-in line that compares
// with "the same period a year earlier" the lead-in's period a year back,
// and one under a lead-in line that compares with "the previous quarter"
// (month, year) the period before its own.
func (d *docDraft) leadInBase(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() {
		return
	}
	line, _, ok := leadInOf(d.src.Text, m.Span.Start)
	if !ok {
		return
	}
	if !samePeriodLastYear.MatchString(line) {
		// "In comparison with the previous quarter:": the base its words
		// name, counted back from the change's own period.
		if base, w, ok := baseOfWords(line, ind.Period); ok {
			ind.Base = base
			cl.fieldNotes["base"] = fmt.Sprintf("%q in the lead-in line above the list: %s", strings.TrimSpace(w), base)
			declare(cl.fieldNotes, "base", "base/leadInBase#1")
		}
		return
	}
	lp, _, _, ok := leadInPeriod(line)
	if !ok || lp != ind.Period {
		return
	}
	ind.Base = lp
	ind.Base.From.Year--
	if ind.Base.To.Year != 0 {
		ind.Base.To.Year--
	}
	cl.fieldNotes["base"] = fmt.Sprintf("%q in the lead-in line: its period a year back", strings.TrimSpace(samePeriodLastYear.FindString(line)))
	declare(cl.fieldNotes, "base", "base/leadInBase#2")
}

// releaseSpanClaim runs this file's rules after whenClaim's others.
func (d *docDraft) releaseSpanClaim(cl *claim, m Mention, cs, ce int) {
	d.leadInBase(cl, m)
	d.comparedYear(cl, m)
}

var (
	// headingYearRe is a year.
	headingYearRe = lazyRegexp(`\b(?:19|20)\d\d\b`)
)

// headingYear returns the one year named by the nearest heading
// above byte at that names any.
func (d *docDraft) headingYear(at int) (int, string) {
	for _, h := range slices.Backward(d.headsAbove(at)) {
		ys := headingYearRe.FindAllString(h.text, -1)
		if len(ys) == 1 {
			y, _ := strconv.Atoi(ys[0])
			return y, h.text
		}
		if len(ys) > 1 {
			return 0, ""
		}
	}
	return 0, ""
}

// comparedYear moves a figure dated by the time it is compared
// with, or by none, to the sentence's other time, else the heading's
// year, and makes the compared time a change's base. The times are
// yearsIn's, whatever their form ("than in 2030", "compared with
// 2020/21", "on Q3 2021"): a year across two is no year and its first
// year.
func (d *docDraft) comparedYear(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Period.IsSpan() || ind.Period.From.Month != 0 || ind.Period.Fiscal {
		return
	}
	refs := timeRefsIn(text[m.Sentence.Start:m.Sentence.End], m.Sentence.Start)
	var cmp *yearRef
	for i := range refs {
		if r := &refs[i]; r.start >= m.Span.End && r.role == yearBase && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(text[max(m.Span.End, r.phraseStart-8):r.phraseStart])), "since") {
			if len(strings.Fields(text[m.Span.End:r.phraseStart])) <= 10 {
				cmp = r
			}
			break
		}
	}
	if cmp == nil || ind.Period.IsStated() && ind.Period != cmp.period {
		return
	}
	var other indicators.Period
	why := ""
	for _, r := range refs {
		if r.role != yearPeriod || r.period == cmp.period || r.start >= cmp.start {
			continue
		}
		lead := strings.ToLower(strings.TrimRight(text[max(m.Sentence.Start, r.phraseStart-8):r.phraseStart], " "))
		if strings.HasSuffix(lead, " in") || lead == "in" || strings.HasSuffix(lead, "during") {
			other, why = r.period, fmt.Sprintf("%q in the sentence", strings.TrimSpace(text[r.phraseStart-3:r.end]))
			break
		}
	}
	if !other.IsStated() && cmp.period.IsYear() {
		if hy, h := d.headingYear(m.Sentence.Start); hy != 0 && indicators.YearPeriod(hy) != cmp.period {
			other, why = indicators.YearPeriod(hy), fmt.Sprintf("%d in the heading %q", hy, h)
		}
	}
	if !other.IsStated() {
		return
	}
	w := comparedWordsAt(text, max(m.Span.End, cmp.phraseStart-16), cmp.phraseStart, cmp.end)
	ind.Period = other
	cl.fieldNotes["period"] = fmt.Sprintf("%s; %q is what it is compared with", why, w)
	declare(cl.fieldNotes, "period", "period/comparedYear")
	if ind.Measure == indicators.Change && (!ind.Base.IsStated() || ind.Base == ind.Period) {
		ind.Base = cmp.period
		cl.fieldNotes["base"] = fmt.Sprintf("%q: the time it is compared with", w)
		declare(cl.fieldNotes, "base", "base/comparedYear")
	}
}

var ()
