package indicators

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// statusNotices reads each figure's status against its quote and its
// source's date: a fact whose quote says it was worked out ("we estimate
// that 89.7% of unoccupied dwellings …", "it was estimated that", "(provisional)",
// the drafter's estimate cues, lexicon.EstimateCues and EstimateDataNotes)
// is an estimate (s31b-emptyhomes); and a fact or an estimate of a period
// that starts after its source was issued (September and October figures
// in an item of August, s31b-blood) is a projection, unless a note says
// what was counted when.
func (c *Catalog) statusNotices() ErrorList {
	var l ErrorList
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Status == Fact {
			if cue := c.estimateCue(ind); cue != "" {
				c.addField(&l, ind.ID, "status", ErrValue, fmt.Sprintf("status fact is a figure counted as reported, but its quote says %q: a figure worked out rather than counted (a survey's, a model's, a split of a census by other data) is an estimate: write status: estimate", cue))
			}
		}
		if msg := c.afterIssued(ind); msg != "" {
			c.addField(&l, ind.ID, "status", ErrValue, msg)
		}
	}
	return l
}

// estimateCue returns the estimate cue that governs ind's figure in one
// of its quotes, as the quote writes it, or "": a note on the data
// anywhere in the quote ("(provisional)"); a clause cue before the figure
// ("we estimate that 89.7% …, while 10.3%", "it was estimated that");
// or a cue right before it, with "at", "to be" or a hedge between
// ("an estimated 650,000", "estimated at around 5,000"). "The SILC 2022
// estimate of 12.5%" names a figure of a series by its release, and takes
// the status the catalog gives the series (s16h-poverty). A cue
// before another figure is that one's ("an estimated 228 million cases of
// malaria in 89 countries": 89 is counted), and one after ("with a street
// value of around £3 billion") is of what follows; one stated keeps
// ("estimated 9.7 billion") is read there, as a hedge of the figure.
func (c *Catalog) estimateCue(ind *Indicator) string {
	for _, p := range ind.Provenance {
		src, ok := c.Source(p.Source)
		if !ok || p.Span.Start < 0 || p.Span.End > len(src.Text) || p.Span.Start >= p.Span.End {
			continue
		}
		quote := src.Text[p.Span.Start:p.Span.End]
		low := lowerASCII(foldString(quote))
		if len(low) != len(quote) {
			continue // folding moved the bytes; offsets would not hold
		}
		for _, cue := range lexicon.EstimateDataNotes {
			if i := strings.Index(low, cue); i >= 0 && (strings.HasPrefix(cue, "(") || hasWord(low, cue)) {
				return quote[i : i+len(cue)]
			}
		}
		at := figureIn(src.Text, p.Span, ind.Stated) - p.Span.Start
		for _, cue := range lexicon.EstimateCues {
			i := strings.LastIndex(low[:at], cue)
			if i < 0 || !hasWord(low[i:at], cue) || hasWord(lowerASCII(ind.Stated), cue) {
				continue
			}
			rest := strings.TrimSpace(low[i+len(cue) : at])
			if (rest == "that" || strings.HasPrefix(rest, "that ")) && !strings.Contains(rest, ";") || estimateBinds(rest) {
				return quote[i : i+len(cue)]
			}
		}
	}
	return ""
}

// estimateBinds reports whether the words between an estimate cue and a
// figure, lower case, bind the cue to the figure: none, "at", "to be", or
// one of those and a hedge ("at around").
func estimateBinds(between string) bool {
	for _, w := range []string{"at", "to be"} {
		if r, ok := strings.CutPrefix(between, w); ok && (r == "" || r[0] == ' ') {
			between = strings.TrimSpace(r)
			break
		}
	}
	if between == "" {
		return true
	}
	for _, h := range lexicon.Hedges {
		if between == h.Phrase {
			return true
		}
	}
	return false
}

// afterIssued says what status to write for a fact or an estimate whose
// period starts after the day its first source was issued ended, or "":
// a figure of a date to come is a projection; one the text counts already
// (the share of September's appointments booked in August) keeps its
// status with a note that says what was counted when, which clears this.
func (c *Catalog) afterIssued(ind *Indicator) string {
	if ind.Status > Estimate || len(ind.Provenance) == 0 || len(ind.Notes) > 0 {
		return ""
	}
	src, ok := c.Source(ind.Provenance[0].Source)
	if !ok || src.Issued.IsZero() {
		return ""
	}
	if ind.Period.IsYear() {
		return "" // a year to come is a season set in advance or a forecast's year: the quote's own words tell those
	}
	first, _, ok := ind.Period.days()
	_, issued, ok2 := Period{From: src.Issued}.days()
	if !ok || !ok2 || !issued.before(first) {
		return ""
	}
	return fmt.Sprintf("period %s starts after source %q was issued (%s): a figure of a date to come is a projection: write status: projection; where the text counts it already (bookings made for a month to come), keep status: %s and say in notes what was counted when",
		ind.Period, src.ID, src.Issued, ind.Status)
}
