package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Periods and bases of a statistics release (drafts64):
//
//	Highlights for the 3 month period December to February 2019,
//	compared to the same period a year earlier include:
//	  • … fell by 4.8% → period 2018-12/2019-02 (a span of months across
//	    the new year starts the year before), base 2017-12/2018-02 (the
//	    same span a year back, for a change)

// drafts64AcrossYearRe is a span of months whose first month comes later
// in the calendar than its last, one year given: "December to February
// 2019", "between November and January 2016".
var drafts64AcrossYearRe = lazyRegexp(`(?i)\b(?:between )?` + monthNameRe + ` (?:and|to|through|-|–) ` + monthNameRe + `,? ((?:19|20)\d\d)\b`)

// drafts64AcrossYear returns the span of months line names across the new
// year: "December to February 2019" → 2018-12/2019-02.
func drafts64AcrossYear(line string) (indicators.Period, string, bool) {
	g := drafts64AcrossYearRe.FindStringSubmatch(line)
	if g == nil {
		return indicators.Period{}, "", false
	}
	from, to := monthNumber(g[1]), monthNumber(g[2])
	y, _ := strconv.Atoi(g[3])
	if from <= to || from == 0 || to == 0 {
		return indicators.Period{}, "", false
	}
	return indicators.Period{From: indicators.Date{Year: y - 1, Month: time.Month(from)}, To: indicators.Date{Year: y, Month: time.Month(to)}}, g[0], true
}

// drafts64LeadInBase gives a change under a lead-in line that compares
// with "the same period a year earlier" the lead-in's period a year back.
func (d *docDraft) drafts64LeadInBase(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Change || ind.Base.IsStated() || !ind.Period.IsStated() {
		return
	}
	line, _, ok := leadInOf(d.src.Text, m.Span.Start)
	if !ok || !samePeriodLastYear.MatchString(line) {
		return
	}
	lp, _, ok := leadInPeriod(line)
	if !ok || lp != ind.Period {
		return
	}
	ind.Base = lp
	ind.Base.From.Year--
	if ind.Base.To.Year != 0 {
		ind.Base.To.Year--
	}
	cl.fieldNotes["base"] = fmt.Sprintf("%q in the lead-in line: its period a year back", strings.TrimSpace(samePeriodLastYear.FindString(line)))
}

// drafts64WhenClaim runs this file's rules after whenClaim's others.
func (d *docDraft) drafts64WhenClaim(cl *claim, m Mention, cs, ce int) {
	d.drafts64LeadInBase(cl, m)
}
