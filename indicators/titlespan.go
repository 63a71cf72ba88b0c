package indicators

import (
	"fmt"
	"regexp"
	"strings"
)

// Titles leave period and base out (README): every output adds them, a
// change's as its span ("from 2012/13 to 2021/22"). The outputs read a
// title's own "from 2021" or "since 2009" and do not say it again, but
// not a span said in years or decades ("Change in enrolments … over the
// decade", s19m-students, printed "… over the decade: up 24% from
// 2012/13 to 2021/22"), nor a view title's span of its figures' base and
// period ("Change in UK electoral registrations, December 2020 to
// December 2021" over the subtitle "Percent change from December 2020 to
// December 2021", s19m-elections; it reads "from 2015 to 2016"). Such a title of an indicator with a
// base, or of a view all of whose figures have one base and one period,
// takes a notice with the title to write. "Over the year" (or month,
// quarter) stays: it says which change a figure is, beside its twin over
// the month, as UK releases word them.

// spanWords matches a span said in words, lower case.
var spanWords = regexp.MustCompile(`\b(?:(?:over|in|during) the (?:past |last |previous )?(?:decade|[a-z0-9]+ (?:years|decades))|over [a-z0-9]+ (?:years|decades))\b`)

// titleSpan returns the words of title that say the span from base to
// period, and the title without them, or "": a span in years or decades
// (spanWords), and in a view's title (view) the base and the period both.
func titleSpan(title string, base, period Period, view bool) (said, rest string) {
	low, offs := foldedLower(title)
	cut := func(i, j int) (string, string) {
		s, e := offs[i], offs[j]
		r := strings.TrimSpace(title[:s]) + " " + strings.TrimSpace(title[e:])
		r = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(r), ",;:–-"))
		r = strings.ReplaceAll(r, " ,", ",")
		return strings.TrimSpace(title[s:e]), r
	}
	if !base.IsStated() || !period.IsStated() {
		return "", ""
	}
	bl, _ := foldedLower(base.Label())
	pl, _ := foldedLower(period.Label())
	if bi := indexWord(low, bl); bi >= 0 && view {
		if pi := indexWord(low[bi+len(bl):], pl); pi >= 0 && pi <= len(" and ") {
			if !strings.HasSuffix(low[:bi], "from ") {
				// "from 2015 to 2016" the outputs read (wording's
				// titleSaysChange); "2023 to 2024" they say again.
				start := bi
				if strings.HasSuffix(low[:start], "between ") {
					start -= len("between ")
				}
				return cut(start, bi+len(bl)+pi+len(pl))
			}
		}
	}
	if loc := spanWords.FindStringIndex(low); loc != nil {
		return cut(loc[0], loc[1])
	}
	return "", ""
}

// titleSpanNotices gives a notice, of kind ErrValue, at the title of each
// indicator with a base, and of each view all of whose figures have one
// base and one period, whose title says the span again (titleSpan).
func (c *Catalog) titleSpanNotices() ErrorList {
	var l ErrorList
	msg := func(title, said, rest string, base, period Period) string {
		return fmt.Sprintf("title %q says its span, %q, which the outputs add from base and period (\"from %s to %s\"): leave it out of the title: write title: %q",
			title, said, base.Label(), period.Label(), rest)
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if !ind.Base.IsStated() {
			continue
		}
		if said, rest := titleSpan(ind.Title, ind.Base, ind.Period, false); said != "" && rest != "" {
			c.addField(&l, ind.ID, "title", ErrValue, msg(ind.Title, said, rest, ind.Base, ind.Period))
		}
	}
	for i := range c.Views {
		vw := &c.Views[i]
		var base, period Period
		one := len(vw.Indicators) > 0
		for k, id := range vw.Indicators {
			ind, ok := c.Indicator(id)
			if !ok || !ind.Base.IsStated() || k > 0 && (ind.Base != base || ind.Period != period) {
				one = false
				break
			}
			base, period = ind.Base, ind.Period
		}
		if !one {
			continue
		}
		if said, rest := titleSpan(vw.Title, base, period, true); said != "" && rest != "" {
			pos := c.positionNear("views/" + vw.ID + "/title")
			where := ""
			if !pos.IsValid() {
				where = fmt.Sprintf("view %q", vw.ID)
			}
			l.addAt(pos, where, ErrValue, "%s", msg(vw.Title, said, rest, base, period))
		}
	}
	return l
}
