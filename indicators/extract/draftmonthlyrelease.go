package extract

import (
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// A statRelease is what makes a text a monthly statistics release: the
// month its title names ("Retail sales, Great Britain: February 2024",
// "Housing starts for June 2025", "Labour Force Survey, May 2022"), or a
// statistical body's release header ("FEDERAL RESERVE STATISTICAL
// RELEASE"). One function, statReleaseOf, decides it (drafts60): the
// month rules of draftwhen_release.go and draftrelease_refmonth.go (through
// titledMonth) and the change titles of drafttitle_monthly.go (through
// isMonthlyRelease) read it.
//
// The change titles read the narrower officeStyle: a title line "Name:
// Month Year" or the header. A title that names its month after a comma or
// a dash ("Labour Force Survey, May 2022", "Money and Credit - January
// 2020") is a monthly release to the month rules, but its changes keep
// the titles of their clauses: there a signed percentage beside a count
// ("135,000 (+0.7%)") is the count's percent change, titled by the
// count's subject, not a series "on the previous month" (the statistics
// cases of draft_statistics_test.go and the corpus's Labour Force Survey
// hold these titles and their ids).
type statRelease struct {
	month  indicators.Date // the month the title names; zero when none
	title  string          // the title that names it
	colon  bool            // the text's title line ends ": Month Year"
	header bool            // a statistical body's release header opens the text
}

// is reports whether the text is a monthly release at all.
func (r statRelease) is() bool { return !r.month.IsZero() || r.colon || r.header }

// officeStyle reports whether the release titles itself as a statistics
// office's monthly release: "Name: Month Year" on its title line, or a
// statistical body's header.
func (r statRelease) officeStyle() bool { return r.colon || r.header }

// statReleaseOf returns what makes d's text a monthly release, read
// once.
func (d *docDraft) statReleaseOf() statRelease {
	if d.statReleaseRead == nil {
		r := statRelease{colon: monthlyTitleLine.MatchString(d.src.Text), header: releaseHeader.MatchString(d.src.Text)}
		if t := strings.TrimRight(d.source.Title, " \t\n\f\r"); t != "" && t[len(t)-1] >= '0' && t[len(t)-1] <= '9' {
			// every match ends on a year; most titles on none
			if g := releaseTitleMonthRe.FindStringSubmatch(monthsCased(d.source.Title)); g != nil {
				y, _ := strconv.Atoi(g[2])
				r.month, r.title = indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))}, d.source.Title
			}
		}
		if r.month.IsZero() {
			r.month, r.title = leadRefMonth(d.src.Text) // "… statistics for August 2019" (drafts66)
		}
		d.statReleaseRead = &r
	}
	return *d.statReleaseRead
}
