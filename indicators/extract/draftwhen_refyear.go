package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// An annual release's reference year (drafts66, the kind of a
// government's annual summary statistics for schools):
//
//	Over the year to 2019 teacher numbers increased by 288 to 52,247.
//	This coupled with a rise in pupils of 4,738 has meant that the pupil
//	teacher ratio has remained at 13.6. → the lead names the year the
//	release is of; its figures that name no year of their own are of it
//	… a reduction in PTR to 15.9 (from 16.1 in 2018) → 15.9 is of 2019:
//	"in 2018" dates only the figure it follows
//	An estimated 11% of two year olds were registered for funded ELC, an
//	increase from 10% in 2018. → 11% is of 2019: a year after "from <figure>
//	in" closes the sentence for that figure only
//	The average class size … was 23.5, unchanged since 2016. → 2019:
//	"unchanged since" describes a level that persisted, never a total
//
// The same lead opens other annual releases: "Over the year to 2022,
// the number of … rose", "In the year to March 2020, …" (a year ending
// in a month is read by yearEndingRe, not here), and a press release's
// lead after its headline and dateline (drafts76, a crime survey's):
//
//	YOUTH AT RISK WASHINGTON, D.C. During 1993, the youngest … → every
//	figure of the release that names no year of its own is of 1993

// refYearLeadRe is the year a release's lead gives its figures, before
// its first figure: "Over the year to 2019", "In the year to 2019", or a
// clause of a whole year that opens a sentence, "During 1993," (a press
// release's lead after its headline and dateline, drafts76); "In 2021,"
// dates its own paragraph only (drafts60).
var refYearLeadRe = lazyRegexp(`(?:^|[.:] |\s)(?:(?:Over|In|During) the (?:year|twelve months|12 months) to ((?:19|20)\d\d)\b|During ((?:19|20)\d\d),)`)

// fromFigureClosingRe is a year that closes a sentence after "from
// <figure> in": the year of that figure only.
var fromFigureClosingRe = lazyRegexp(`\bfrom [£$€]?\d[\d,.]*(?:%| per ?cent| percent)? in ((?:19|20)\d\d)\)?\.?\s*$`)

// refYear returns the year an annual release's lead names, and the
// words; 0 when its first figure sentence names none.
func (d *docDraft) refYear() (int, string) {
	if len(d.mentions) == 0 {
		return 0, ""
	}
	m := d.mentions[0]
	s := strings.TrimSpace(d.src.Text[m.Sentence.Start:m.Span.Start])
	g := refYearLeadRe.FindStringSubmatch(s)
	if g == nil {
		return 0, ""
	}
	y, _ := strconv.Atoi(g[1] + g[2])
	return y, strings.TrimRight(strings.TrimLeft(g[0], ".: \t\n"), ",")
}

// refYearPeriods dates the figures of out that name no year of their own,
// or that took the year of a figure they are compared with, by the year
// an annual release's lead names.
func (d *docDraft) refYearPeriods(out []claim) {
	y, words := d.refYear()
	if y == 0 {
		return
	}
	ref := indicators.YearPeriod(y)
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		note := cl.fieldNotes["period"]
		undated := !cl.ind.Period.IsStated() && (note == "no year for this figure" || strings.HasPrefix(note, `"since `))
		compared := false
		if strings.Contains(note, "closes the sentence") {
			if g := fromFigureClosingRe.FindStringSubmatch(cl.ind.Provenance[0].Quote); g != nil && cl.ind.Period == indicators.YearPeriod(atoiOr0(g[1])) && !strings.HasPrefix(cl.ind.Stated, strings.TrimSpace(g[0][5:])) {
				compared = true
			}
		}
		if !undated && !compared {
			continue
		}
		cl.ind.Period = ref
		cl.fieldNotes["period"] = fmt.Sprintf("no year of its own: %d, the year the release's lead names (%q)", y, words)
	}
}
