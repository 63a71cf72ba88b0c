package extract

import (
	"github.com/claimbook/claimbook/indicators"
)

// Words of a release's own day, which upToClaim (draftwhen_upto.go)
// reads: "today", and the events a release reports as done today ("the
// United States today announced $575 million": no reading of the day).
// The rules that dated a reading of "today", "halfway through the year" or
// an appeal's year by the release's month (drafts33) changed no draft of
// the 83 dev documents and were deleted (period21); the figure's own
// clause, then its paragraph and headings, date such figures (draft.go's
// period).

// dayWordRe is a word of the day the release speaks from.
var dayWordRe = lazyRegexp(`(?i)\btoday\b`)

// eventTodayRe is an event a release reports as done today, whose figures
// are not readings of the day: "today announced $575 million".
var eventTodayRe = lazyRegexp(`(?i)\b(?:announc|releas|launch|pledg|commit|approv|sign|unveil|award|allocat)(?:e|es|ed|ing)\b`)

// releaseMonth returns the month of the release's dateline.
func (d *docDraft) releaseMonth() indicators.Period {
	return indicators.Period{From: indicators.Date{Year: d.dateline.Year, Month: d.dateline.Month}}
}
