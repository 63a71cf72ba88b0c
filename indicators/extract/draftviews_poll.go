package extract

import (
	"github.com/claimbook/claimbook/indicators"
)

// Views of a poll and of a monthly release (drafts57): a poll's shares are
// charted one question (one sentence) at a time, a group comparison
// ("Adults in the most deprived areas …") apart from the population's
// shares. A change's basis (draftviews.go's viewBasis) keeps three-month
// changes, first estimates and changes on a named level apart from
// monthly and yearly changes.

// pollTitleRe matches a poll share's title: a population, then what it
// reported or which group it is.
var pollTitleRe = lazyRegexp(`^(?:` + pollTitleWords + `) (?:reporting|whose|in|spending|using|making|saying|who)\b`)

// pollTitleWords are the populations a poll share's title opens with.
const pollTitleWords = `Adults|People|Respondents|Voters|Parents|Workers|Households|Businesses|Firms|Employees|Students|Residents|Children|Pupils`

// viewQuestion returns the part of a view's key a poll share adds: its
// sentence (one question), and whether it is a group's; "" for any other
// figure.
func viewQuestion(ind *indicators.Indicator) string {
	if ind.Measure != indicators.Share || ind.Unit.Kind != indicators.Percent || len(ind.Provenance) == 0 || !pollTitleRe.MatchString(ind.Title) {
		return ""
	}
	q := "\x00q:" + ind.Provenance[0].Quote
	if pollGroupTitleRe.MatchString(ind.Title) {
		q += "\x00group"
	}
	return q
}

// pollGroupTitleRe matches a group comparison's title: "Adults in the
// most deprived areas …".
var pollGroupTitleRe = lazyRegexp(`^(?:` + pollTitleWords + `) in `)
