package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// The year of an edition (drafts50, a ministry's annual statistical
// bulletin):
//
//	Finance and economics annual statistical bulletin: international
//	defence 2023 (the heading) … $1,195bn Total military expenditure of
//	NATO members. → not stated: a year that ends a publication's title
//	with no preposition before it names the edition ("Annual Report
//	2023", "Statistical Bulletin 2023/24"), never its figures' year
//	the UN target of 0.7% ODA to GNI under "… Levels in 2022" → not
//	stated: a standing target takes no year from a heading

// headingYearNote reads a period's note that gives the year of a heading
// ("\"2023\" in the heading \"… 2023\""): the year as written and the
// heading.
func headingYearNote(note string) (year, heading string, ok bool) {
	i := strings.Index(note, " in the heading ")
	if i < 0 || !strings.HasPrefix(note, `"`) {
		return "", "", false
	}
	y, err1 := strconv.Unquote(note[:i])
	h, err2 := strconv.Unquote(note[i+len(" in the heading "):])
	if err1 != nil || err2 != nil {
		return "", "", false
	}
	return y, h, true
}

// editionYearRe is a year as an edition names it: "2023", "2023/24",
// "2023-24".
var editionYearRe = lazyRegexp(`^(?:19|20)\d\d(?:[/-]\d\d(?:\d\d)?)?$`)

// editionPrepositions are the words before a year that make it the
// title's data year ("Levels in 2022"), not its edition's.
var editionPrepositions = map[string]bool{"in": true, "for": true, "of": true, "during": true, "to": true, "since": true, "and": true, "from": true, "between": true, "until": true, "through": true, "by": true, "at": true, "on": true, "year": true, "ending": true, "ended": true}

// isEditionYear reports whether year ends heading as an edition's name:
// last in it, after a word (no comma, no preposition).
func isEditionYear(year, heading string) bool {
	h := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(heading), ".:"))
	if !editionYearRe.MatchString(year) || !strings.HasSuffix(h, year) {
		return false
	}
	before := strings.TrimSpace(h[:len(h)-len(year)])
	if before == "" || strings.ContainsAny(before[len(before)-1:], ",(:;–—-") {
		return false
	}
	f := strings.Fields(before)
	last := strings.ToLower(f[len(f)-1])
	if editionPrepositions[last] || last[0] >= '0' && last[0] <= '9' || monthNumber(last) != 0 {
		return false
	}
	return len(f) >= 2
}

// editionNote ends the note of a figure whose heading's year names the
// edition: refYearPeriods dates it by the release's frame, which is the
// edition's year unless the release's lead dates its figures otherwise.
const editionNote = ", the edition's name, not the figures' year"

// editionClaim undoes a heading's year that names the edition, and a
// heading's year on a standing target.
func (d *docDraft) editionClaim(cl *claim) {
	ind := &cl.ind
	year, heading, ok := headingYearNote(cl.fieldNotes["period"])
	if !ok {
		return
	}
	switch {
	case isEditionYear(year, heading):
		ind.Period = indicators.NotStated
		cl.fieldNotes["period"] = fmt.Sprintf("not stated: %q ends the title %q", year, heading) + editionNote
		declare(cl.fieldNotes, "period", "period/editionClaim#1")
	case ind.Status == indicators.Target:
		ind.Period = indicators.NotStated
		cl.fieldNotes["period"] = fmt.Sprintf("not stated: a standing target takes no year from the heading %q", heading)
		declare(cl.fieldNotes, "period", "period/editionClaim#2")
	}
}
