package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The status of a whole release of estimates (drafts46):
//
//	Revised quarterly estimate of gross domestic product (GDP) for the
//	UK. (its opening) … fell by 1.1% in Quarter 4 2023 → an estimate:
//	every figure of the release's own periods (its reference quarter and
//	the earlier quarters of the year it revises) is one
//	…, provisional estimates: April to June 2014 … 4% higher than the
//	185,738 for the year ending June 2013 → a fact: the count of an
//	earlier period the release compares with is final

// releaseStatusClaim makes a figure of a release of estimates an
// estimate when its period is one of the release's own (ending within
// the twelve months to the end of the period its title names), and a
// fact when an earlier period's figure was made an estimate only by the
// release.
func (d *docDraft) releaseStatusClaim(cl *claim, m Mention) {
	d.attributedEstimateClaim(cl, m)
	d.surveyEstimateClaim(cl, m)
	ind := &cl.ind
	if !ind.Period.IsStated() {
		return
	}
	st := d.statement()
	cue := st.own
	if !st.estimates() {
		return
	}
	rp, _, _, ok := d.releaseSpan()
	if !ok || rp.To.Month == 0 {
		return
	}
	end := ind.Period.To
	if end.Year == 0 {
		end = ind.Period.From
	}
	if end.Month == 0 {
		end.Month = 12
	}
	months := func(dt indicators.Date) int { return dt.Year*12 + int(dt.Month) - 1 }
	own := months(end) > months(rp.To)-12 && months(end) <= months(rp.To)+12
	switch {
	case own && ind.Status == indicators.Fact:
		ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q: every figure of the release's own periods is an estimate", cue)
	case !own && months(end) <= months(rp.To)-12 && ind.Status == indicators.Estimate && !d.ownEstimateWords(m):
		ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%s, a period before the release's, whose figure it compares with: the count is final (the release is of %q)", ind.Period, cue)
	}
}

// ownEstimateWords reports whether the figure's own sentence calls it an
// estimate, a projection or provisional.
func (d *docDraft) ownEstimateWords(m Mention) bool {
	s := strings.ToLower(d.src.Text[m.Sentence.Start:m.Sentence.End])
	for _, w := range []string{"estimat", "provisional", "projected", "forecast", "preliminary"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
