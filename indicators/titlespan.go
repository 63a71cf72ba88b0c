package indicators

import (
	"fmt"
	"regexp"
	"strconv"
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

// comparedWith are the words before a view title's base that compare a
// figure with it ("on 2018", "compared with 2018"); "from" and "since"
// are read by the outputs, which do not say them again.
var comparedWith = []string{"on", "compared with", "compared to", "against", "relative to", "versus", "vs", "vs."}

// yearTo matches a year's span named by its end in a title, lower case:
// "in the year to March 2020", "over the 12 months ending June 2023".
var yearTo = regexp.MustCompile(`\b(?:in|over|during) the (?:year|12 months|twelve months) (?:to|ending) (?:[a-z0-9 ]+ )?(?:19|20)\d\d\b`)

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
	if bi := indexWord(low, bl); bi >= 0 && view && !strings.HasPrefix(strings.TrimLeft(low[bi+len(bl):], " "), "to ") {
		// "Change in UK ODA spend on 2018" over the subtitle "change
		// from 2018 to 2019" (s36g-aid): the comparison's year alone,
		// after a word that compares, which the subtitle says.
		for _, w := range comparedWith {
			if strings.HasSuffix(low[:bi], w+" ") {
				start := bi - len(w) - 1
				if strings.HasSuffix(low[:start], " "+pl+" ") || strings.HasSuffix(low[:start], ","+pl+" ") {
					start -= len(pl) + 1 // "Growth in passengers, 2017 on 2016"
				}
				if said, rest := cut(start, bi+len(bl)); !endsInPreposition(rest) {
					return said, rest
				}
			}
		}
	}
	if loc := yearTo.FindStringIndex(low); loc != nil && view && strings.HasSuffix(low[:loc[1]], strconv.Itoa(max(period.From.Year, period.To.Year))) {
		// "Change on the register in the year to March 2020": the
		// twelve months from base to period.
		if said, rest := cut(loc[0], loc[1]); !endsInPreposition(rest) {
			return said, rest
		}
	}
	for _, loc := range spanWords.FindAllStringIndex(low, -1) {
		// "waits of over two years", "waiting over two years": a band
		// of what is counted, no span (s25v-waiting).
		before := strings.Fields(low[:loc[0]])
		if len(before) > 0 && (before[len(before)-1] == "of" || strings.HasPrefix(before[len(before)-1], "wait")) {
			continue
		}
		if said, rest := cut(loc[0], loc[1]); !endsInPreposition(rest) {
			return said, rest
		}
	}
	return "", ""
}

// endsInPreposition reports whether title ends with a word that needs one
// after it ("… waits of"): a title left so by a cut says less, not more.
func endsInPreposition(title string) bool {
	f := strings.Fields(strings.ToLower(title))
	if len(f) == 0 {
		return true
	}
	switch f[len(f)-1] {
	case "of", "in", "for", "to", "with", "over", "at", "by", "from", "than", "and", "or", "the", "a":
		return true
	}
	return false
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

// yearHyphen matches a year span written with a hyphen, "2001-2018" or
// "2017-18", in a title: the outputs write a span's dash as an en dash
// (Period.Label: "2001–2018", "2017–18").
var yearHyphen = regexp.MustCompile(`\b((?:19|20)\d\d)-(\d\d(?:\d\d)?)\b`)

// titlePeriodNotices gives a notice, of kind ErrValue, at the title of
// each rank and each derived figure that holds its own period ("Rank of
// 2018 alcohol-specific deaths among years since 2001", s22p-alcohol,
// whose deck then dropped the period from the line): the outputs add
// the period, as they add a change's span (titleSpanNotices); and at
// the title of each view that writes a year span with a hyphen, each
// told as the outputs label a period ("2001–2018"; "2011/12" where a
// figure it draws is of period 2011/12).
func (c *Catalog) titlePeriodNotices() ErrorList {
	var l ErrorList
	msg := func(title, said, rest string) string {
		return fmt.Sprintf("title %q holds its period, %q, which the outputs add from period: leave it out of the title: write title: %q", title, said, rest)
	}
	for i := range c.Indicators {
		ind := &c.Indicators[i]
		if ind.Unit.Kind != Rank && ind.Measure != RankKind {
			continue
		}
		if said, rest := titlePeriod(ind.Title, ind.Period); said != "" {
			c.addField(&l, ind.ID, "title", ErrValue, msg(ind.Title, said, rest))
		}
	}
	for i := range c.Derived {
		dv := &c.Derived[i]
		r, err := c.Compute(dv.ID)
		if err != nil || r.Base.IsStated() {
			continue // a span: titleSpanNotices' kind
		}
		if said, rest := titlePeriod(dv.Title, r.Period); said != "" {
			pos := c.positionNear("derived/" + dv.ID + "/title")
			where := ""
			if !pos.IsValid() {
				where = fmt.Sprintf("derived %q", dv.ID)
			}
			l.addAt(pos, where, ErrValue, "%s", msg(dv.Title, said, rest))
		}
	}
	return append(l, c.viewTitleHyphenNotices()...)
}

// viewTitleHyphenNotices gives the notices of titlePeriodNotices at the
// title of each view that writes a year span with a hyphen. They read the
// title and the periods of the figures drawn that have decoded, so they
// are given beside an error in one of those figures too (noticesBeside):
// every such title in one run (s25v-loans met them one per run).
func (c *Catalog) viewTitleHyphenNotices() ErrorList {
	var l ErrorList
	for i := range c.Views {
		vw := &c.Views[i]
		// A year across two is labelled as the figures drawn write
		// theirs: "2011/12" keeps its slash (s25u-ambulance's legend said
		// "2011/12" under a title told "2011–12").
		across := "–"
		for _, id := range vw.Indicators {
			if ind, ok := c.Indicator(id); ok && ind.Period.Split && !ind.Period.Dash {
				across = "/"
			}
		}
		var said, labels []string
		dashed := yearHyphen.ReplaceAllStringFunc(vw.Title, func(span string) string {
			if p, err := ParsePeriod(span); err == nil && p.Split && across != "/" {
				// "2023-24" beside figures of 2023-24: the title writes the
				// year as period does, the en dash the outputs' typography
				// (s25v-greenbelt); beside "2023/24" it writes another form.
				return span
			}
			label := strings.Replace(span, "-", "–", 1)
			if y, _ := strconv.Atoi(span[:4]); span[5:] == fmt.Sprintf("%02d", (y+1)%100) {
				label = strings.Replace(span, "-", across, 1)
			}
			said, labels = append(said, strconv.Quote(span)), append(labels, strconv.Quote(label))
			return label
		})
		if said == nil {
			continue
		}
		pos := c.positionNear("views/" + vw.ID + "/title")
		where := ""
		if !pos.IsValid() {
			where = fmt.Sprintf("view %q", vw.ID)
		}
		l.addAt(pos, where, ErrValue, "view title %q writes %s with a hyphen, where the outputs label a period %s (a span of years with an en dash, a year across two as the figures drawn write theirs): write title: %q", vw.Title, strings.Join(said, " and "), strings.Join(labels, " and "), dashed)
	}
	return l
}

// titlePeriod returns the words of title that say period p, with "in"
// or "of" before them if any, and the title without them, or "".
func titlePeriod(title string, p Period) (said, rest string) {
	if !p.IsStated() {
		return "", ""
	}
	for _, w := range []string{p.Label(), p.String()} {
		at := indexWord(title, w)
		if at < 0 {
			continue
		}
		start, end := at, at+len(w)
		next, _, _ := strings.Cut(strings.TrimLeft(title[end:], " "), " ")
		before := strings.TrimRight(title[:start], " ")
		for _, p := range []string{" in", " for", " during", ","} {
			if strings.HasSuffix(before, p) {
				start = len(strings.TrimSuffix(before, p))
			}
		}
		if strings.HasSuffix(before, " of") && (next == "" || next == "among" || nounEnder[next]) {
			start = len(strings.TrimSuffix(before, " of")) // "Rank of 2012 among the warmest years"
		}
		if strings.HasSuffix(title[:start], "since ") || strings.HasSuffix(title[:start], "from ") {
			return "", "" // "since 2001": where the ranking starts, not its period
		}
		rest = strings.Join(strings.Fields(title[:start]+" "+title[end:]), " ")
		rest = strings.ReplaceAll(rest, " ,", ",")
		return strings.TrimSpace(title[at:end]), strings.TrimRight(rest, ",;: ")
	}
	return "", ""
}
