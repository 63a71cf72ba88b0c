package extract

import "strings"

// A government statistics release dated by a year across two (drafts52):
//
//	Recorded Crime in Offshire, 2030-31 … Official Statistics … → a
//	release whose title line carries "2030-31" and whose opening names
//	official statistics or a government reads every "YYYY-YY" as the
//	reporting (financial) year FY2030-31, wherever it is, as the UK's
//	government documents do; a crop's or sport's "2030-31 season" stays a
//	season

// releaseAcrossRe is a year across two in a title line: "2030-31".
var releaseAcrossRe = lazyRegexp(`\b(?:19|20)\d\d[-–]\d\d\b`)

// statsReleaseRe is a government statistics release's word in its
// opening: "Official Statistics", "statistical bulletins", "the Scottish
// Government".
var statsReleaseRe = lazyRegexp(`(?i)\b(?:official statistics|statistical (?:bulletin|release)s?|national statistics|government)\b`)

// acrossYearRelease reports whether the document is a government
// statistics release whose title line carries a year across two that is
// no season.
func (d *docDraft) acrossYearRelease() bool {
	if d.fyRelease == nil {
		r := d.readAcrossYearRelease()
		d.fyRelease = &r
	}
	return *d.fyRelease
}

// readAcrossYearRelease is acrossYearRelease, read afresh.
func (d *docDraft) readAcrossYearRelease() bool {
	text := d.src.Text
	title, _, _ := strings.Cut(text, "\n")
	if !releaseAcrossRe.MatchString(title) || seasonNear.MatchString(title) {
		return false
	}
	return statsReleaseRe.MatchString(text[:min(len(text), 600)])
}
