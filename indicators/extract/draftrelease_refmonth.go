package extract

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
)

// Who, when and where from in a statistics office's release: an
// opinion survey, a monthly sales release, a central bank's statistical
// release (drafts56):
//
//	Retail sales, Great Britain: February 2024 (the title) → every
//	figure that names no place is Great Britain's (GB-GBN)
//	… for the latest survey period 8 to 20 November 2022, based on adults
//	in Great Britain → the same, from the survey's population
//	FEDERAL RESERVE STATISTICAL RELEASE (the header) → the Federal
//	Reserve publishes, and every figure that names no place is the
//	United States'
//	… because of parts shortages that resulted from the earthquake in
//	Japan → Japan is the cause's place, not the figure's
//	When asked about the issues facing the UK today → the UK is what the
//	opinion is about, not where it was measured

var (
	// basedOnRe is a survey's population: "based on adults in Great
	// Britain", "a sample of 1,018 adults … from the continental U.S.".
	basedOnRe = lazyRegexp(`\bbased on (?:a sample of )?(?:[\d,]+ )?(?:adults|people|respondents|households|individuals|businesses|firms)(?: aged [^,.;\n]{1,20}?)? (?:in|from|across|living in) (?:the )?([A-Z][\w.]*(?: [A-Z][\w.]*){0,3})`)
	// headerBodyRe is a national body's header line: "FEDERAL RESERVE
	// STATISTICAL RELEASE", "BUREAU OF LABOR STATISTICS".
	headerBodyRe = lazyRegexp(`(?m)^[ \t]*([A-Z][A-Z.&' ]{4,60}?)(?: (?:STATISTICAL|NEWS|PRESS) RELEASE)?[ \t\r]*$`)
	// causeBeforeRe ends the words of a cause before a place: "because of
	// parts shortages that resulted from the earthquake in".
	causeBeforeRe = lazyRegexp(`(?i)\b(?:because of|due to|owing to|resulted from|resulting from|caused by|as a result of)\b[^,;:.()]{0,80}$`)
	// opinionObjectRe ends the words naming what an opinion is about
	// before a place: "the issues facing", "views of", "confidence in".
	opinionObjectRe = lazyRegexp(`(?i)\b(?:issues?|problems?|challenges?) facing (?:the )?$|\b(?:views?|opinions?|perceptions?|attitudes?) (?:of|on|about|towards?) (?:the )?$|\b(?:confidence|trust) in (?:the )?$`)
)

// headerIssuer returns the national body a release's header names on a
// line of its own in capitals, in its first lines (300 bytes).
func headerIssuer(text string) (issuer, bool) {
	head := text[:min(len(text), 300)]
	if !strings.Contains(head, "RELEASE") && !strings.Contains(head, "BUREAU") && !strings.Contains(head, "STATISTICS") {
		return issuer{}, false
	}
	for _, g := range headerBodyRe.FindAllStringSubmatch(head, -1) {
		for _, b := range publicBodies {
			if slices.Contains(b.headers, g[1]) {
				return issuer{b.name, b.short, b.code, strings.TrimSpace(g[0]), false}, true
			}
		}
	}
	return issuer{}, false
}

// basedOnHome returns the population a survey's release is based on
// ("based on adults in Great Britain", in its opening).
func basedOnHome(text string) (docHome, bool) {
	head := text[:min(len(text), 1500)]
	if !strings.Contains(head, "based on") {
		return docHome{}, false
	}
	if g := basedOnRe.FindStringSubmatch(head); g != nil {
		if ps := placesIn(g[1], 0); len(ps) == 1 && isCountry(ps[0].code) && ps[0].start == 0 {
			return docHome{code: ps[0].code, why: fmt.Sprintf("the population the survey is based on (%q)", g[0])}, true
		}
	}
	return docHome{}, false
}

// notFigurePlace reports whether the place at byte at of a sentence that
// starts at sentStart is no party of its figures: a cause's place
// ("because of … the earthquake in Japan") or what an opinion is about
// ("the issues facing the UK").
func notFigurePlace(text string, sentStart, at int) bool {
	before := text[max(sentStart, at-120):at]
	lower := strings.ToLower(before)
	cause, opinion := false, false
	for _, w := range []string{"because of", "due to", "owing to", "result", "caused by"} {
		cause = cause || strings.Contains(lower, w)
	}
	for _, w := range []string{"facing", "view", "opinion", "perception", "attitude", "confidence in", "trust in"} {
		opinion = opinion || strings.Contains(lower, w)
	}
	return cause && causeBeforeRe.MatchString(before) || opinion && opinionObjectRe.MatchString(before)
}

// withoutCausePlaces returns ps without the places notFigurePlace
// rejects and those that name where the people counted come from
// (peopleOrigin); ps itself when it rejects none.
func withoutCausePlaces(text string, sentStart int, ps []placeMention) []placeMention {
	var out []placeMention
	for i, p := range ps {
		if notFigurePlace(text, sentStart, p.start) || peopleOrigin(text, sentStart, p) {
			if out == nil {
				out = append(make([]placeMention, 0, len(ps)), ps[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, p)
		}
	}
	if out == nil {
		return ps
	}
	return out
}

// partyPlacesAt returns the places between from and to of a sentence
// that may be its figures' parties: not in a list the document gives
// (unlisted), not a cause's place nor what an opinion is about
// (notFigurePlace).
func (d *docDraft) partyPlacesAt(text string, sentStart, from, to int) []placeMention {
	return withoutCausePlaces(text, sentStart, d.unlisted(d.placesAt(text, sentStart, from, to)))
}

var (
	// inMonthOpenRe opens a sentence with its month: "In April,".
	inMonthOpenRe = lazyRegexp(`^In ` + monthNameRe + `(?: ((?:19|20)\d\d))?,`)
	// firstMonthNamedRe is the first month a release's lead names: "was
	// unchanged in April".
	firstMonthNamedRe = lazyRegexp(`\b[Ii]n ` + monthNameRe + `\b`)
	// runForRe ends the words before a run of periods: "after rising for".
	runForRe = lazyRegexp(`\b(?:rising|falling|increasing|decreasing|declining|growing|gaining|rose|fell|grew|increased|declined) for $`)
	// runMonthsRe is a run of months: "nine consecutive months".
	runMonthsRe = lazyRegexp(`^(\w+) (?:consecutive|straight|successive) months$`)
	// ofBaseYearRe follows an index read against a base year: " percent
	// of its 2007 average".
	ofBaseYearRe = lazyRegexp(`^(?: percent|%)? of (?:its|their|the) ((?:19|20)\d\d) (?:average|level)\b`)
	// averageSpanRe is a long-run average a figure is set against: "its
	// average from 1972 to 2010".
	averageSpanRe = lazyRegexp(`\baverage (?:from|for|over) ((?:19|20)\d\d) (?:to|through|–|-) ?((?:19|20)\d\d)\b`)
	// threeMonthsToRe is a span of three months: "the three months to
	// February 2024".
	threeMonthsToRe = lazyRegexp(`\b(compared with |compared to |on |than )?the three months to ` + monthNameRe + ` ((?:19|20)\d\d)\b`)
	// monthToRe is a month a change is over: "over the month to February
	// 2024".
	monthToRe = lazyRegexp(`\bover the month to ` + monthNameRe + ` ((?:19|20)\d\d)\b`)
	// overYearRe is a change on a year earlier: "over the year".
	overYearRe = lazyRegexp(`\bover the (?:year|past year|last year)\b|\b(?:its|their) year-earlier level\b`)
	// revisedFromRe ends the words before a figure's earlier estimate:
	// "(revised from an increase of".
	revisedFromRe = lazyRegexp(`\(revised from (?:an? [a-z]+ of )?$`)
	// levelInRe ends the words before a month that is a base: "below
	// their pre-pandemic level in", "above its level in".
	levelInRe = lazyRegexp(`\b(?:level|levels|average) (?:seen |recorded )?in $`)
)

// addMonths returns the month n months after d (before, when n < 0).
func addMonths(d indicators.Date, n int) indicators.Date {
	k := d.Year*12 + int(d.Month) - 1 + n
	return indicators.Date{Year: k / 12, Month: time.Month(k%12 + 1)}
}

// refMonth returns the month a monthly release is for: the month its
// title names ("Retail sales, Great Britain: February 2024") when its
// dateline is later, or, in a
// statistical release under a national body's header, the first month
// its lead names, in the two months before its dateline ("Industrial
// production was unchanged in April", released 17 May 2011).
func (d *docDraft) refMonth() (indicators.Date, string) {
	if !d.ref.read {
		d.ref.read = true
		d.ref.month, d.ref.why = d.readRefMonth()
	}
	return d.ref.month, d.ref.why
}

// A refCache is refMonth's answer, read once.
type refCache struct {
	read  bool
	month indicators.Date
	why   string
}

// readRefMonth is refMonth, read.
func (d *docDraft) readRefMonth() (indicators.Date, string) {
	if d.dateline.IsZero() {
		return indicators.Date{}, ""
	}
	dl := indicators.Date{Year: d.dateline.Year, Month: d.dateline.Month}
	if ref, title := d.titledMonth(); !ref.IsZero() {
		if ref.Year*12+int(ref.Month) >= dl.Year*12+int(dl.Month) {
			return indicators.Date{}, "" // a title's month the release came out in
		}
		return ref, fmt.Sprintf("the month of the release %q", title)
	}
	if _, ok := headerIssuer(d.src.Text); !ok {
		return indicators.Date{}, ""
	}
	seen := 0
	for i, m := range d.mentions {
		if i > 0 && m.Sentence == d.mentions[i-1].Sentence {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		s := d.src.Text[m.Sentence.Start:m.Sentence.End]
		g := firstMonthNamedRe.FindStringSubmatch(s)
		if g == nil {
			continue
		}
		mo := time.Month(monthNumber(g[1]))
		for k := 1; k <= 2; k++ {
			if p := addMonths(dl, -k); p.Month == mo {
				return p, fmt.Sprintf("the month the release's lead names (%q), before its dateline", g[0])
			}
		}
		break
	}
	return indicators.Date{}, ""
}

// monthlyClaim dates a figure of a monthly release by its own words:
// a sentence's opening month, a run of months, a span of three months, a
// month's or a year's change, a base year, a revised figure's period
// (refMonthPeriods dates the rest, after the paragraph carries).
func (d *docDraft) monthlyClaim(cl *claim, m Mention) {
	ref, refWhy := d.refMonth()
	if ref.IsZero() {
		return
	}
	ind := &cl.ind
	text := d.src.Text
	sentence := text[m.Sentence.Start:m.Sentence.End]
	before := text[m.Sentence.Start:m.Span.Start]
	from := m.Sentence.Start
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span.End <= m.Span.Start && o.Span.End > from {
			from = o.Span.End
		}
	}
	own := text[from:d.nextFigureAt(m)]
	after := text[m.Span.End:d.nextFigureAt(m)]
	set := func(p, base indicators.Period, why string) {
		ind.Period, cl.fieldNotes["period"] = p, why
		declare(cl.fieldNotes, "period", "period/monthlyClaim")
		if base.IsStated() {
			ind.Base = base
		}
	}
	month := func(d indicators.Date) indicators.Period { return indicators.Period{From: d} }
	at := ref
	if g := inMonthOpenRe.FindStringSubmatch(sentence); g != nil {
		at = indicators.Date{Year: ref.Year, Month: time.Month(monthNumber(g[1]))}
		if g[2] != "" {
			at.Year, _ = strconv.Atoi(g[2])
		} else if at.Month > ref.Month {
			at.Year--
		}
	}
	carried := strings.Contains(cl.fieldNotes["period"], "sentence before")
	switch {
	case runForRe.MatchString(before) && runMonthsRe.MatchString(m.Text):
		w := runMonthsRe.FindStringSubmatch(m.Text)[1]
		n, ok := numberWord(w, monthsInWords)
		if !ok {
			n, _ = strconv.Atoi(w)
		}
		if n > 1 {
			end := addMonths(at, -1)
			set(indicators.Period{From: addMonths(end, -(n - 1)), To: end}, indicators.Period{}, fmt.Sprintf("%q: a run of months ending the month before %s", strings.TrimSpace(before[max(0, len(before)-20):])+" "+m.Text, at.Long()))
		}
	case ofBaseYearRe.MatchString(after):
		y, _ := strconv.Atoi(ofBaseYearRe.FindStringSubmatch(after)[1])
		set(month(at), indicators.YearPeriod(y), fmt.Sprintf("%q: an index on a base year, of %s (%s)", strings.TrimSpace(ofBaseYearRe.FindString(after)), at.Long(), refWhy))
	case threeMonthsToRe.MatchString(sentence) && threeMonthSpan(sentence, own) != nil:
		g := threeMonthSpan(sentence, own)
		end := indicators.Date{Month: time.Month(monthNumber(g[2]))}
		end.Year, _ = strconv.Atoi(g[3])
		span := indicators.Period{From: addMonths(end, -2), To: end}
		base := indicators.Period{}
		if strings.Contains(clauseRest(text[m.Span.End:m.Sentence.End]), "previous three months") {
			base = indicators.Period{From: addMonths(end, -5), To: addMonths(end, -3)}
		}
		rest := clauseRest(text[m.Span.End:m.Sentence.End])
		if b := threeMonthsToRe.FindStringSubmatch(rest); b != nil && b[1] != "" {
			be := indicators.Date{Month: time.Month(monthNumber(b[2]))}
			be.Year, _ = strconv.Atoi(b[3])
			base = indicators.Period{From: addMonths(be, -2), To: be}
		}
		set(span, base, fmt.Sprintf("%q: the three months ending that month", g[0]))
	case monthToRe.MatchString(after):
		g := monthToRe.FindStringSubmatch(after)
		dt := indicators.Date{Month: time.Month(monthNumber(g[1]))}
		dt.Year, _ = strconv.Atoi(g[2])
		set(month(dt), month(addMonths(dt, -1)), fmt.Sprintf("%q: that month, on the month before", g[0]))
	case overYearRe.MatchString(after):
		dt := at
		if g := monthToRe.FindStringSubmatch(sentence); g != nil {
			dt = indicators.Date{Month: time.Month(monthNumber(g[1]))}
			dt.Year, _ = strconv.Atoi(g[2])
		}
		set(month(dt), month(addMonths(dt, -12)), fmt.Sprintf("%q: %s, on the same month a year earlier", overYearRe.FindString(after), dt.Long()))
	case ind.Period.IsStated() && !ind.Period.IsSpan() && ind.Period.From.Month != 0 && levelBase(text[m.Span.End:m.Sentence.End], ind.Period.From):
		set(month(at), ind.Period, fmt.Sprintf("%s is the level the figure is compared with: the figure is of %s (%s)", ind.Period.From.Long(), at.Long(), refWhy))
	case revisedFromRe.MatchString(before):
		if prev, ok := d.figureBeforeIn(m); ok {
			p, ok := d.spans().drafted[prev.Span.Start]
			if !ok {
				p = indicators.Period{}
			}
			if g := monthInRe.FindStringSubmatch(text[prev.Span.End:m.Span.Start]); g != nil {
				if y, ok := yearAfterWords(text[prev.Span.End:m.Span.Start], g[0]); ok {
					p = month(indicators.Date{Year: y, Month: time.Month(monthNumber(g[1]))})
				}
			}
			if p.IsStated() {
				set(p, indicators.Period{}, fmt.Sprintf("the earlier estimate of %s, which revises it: of the same period", strings.Join(strings.Fields(prev.Text), " ")))
			}
		}
	case carried && at != ref || carried && inMonthOpenRe.MatchString(sentence):
		set(month(at), indicators.Period{}, fmt.Sprintf("%q opens the figure's own sentence", inMonthOpenRe.FindString(sentence)))
	}
	if g := averageSpanRe.FindStringSubmatch(own); g != nil {
		y1, _ := strconv.Atoi(g[1])
		y2, _ := strconv.Atoi(g[2])
		ind.Base = indicators.Period{From: indicators.Date{Year: y1}, To: indicators.Date{Year: y2}}
	}
}

// threeMonthSpan returns the span of three months that dates a figure:
// one its own words give as its period, else the sentence's first that
// is no base ("compared with the three months to …").
func threeMonthSpan(sentence, own string) []string {
	for _, s := range []string{own, sentence} {
		for _, g := range threeMonthsToRe.FindAllStringSubmatch(s, -1) {
			if g[1] == "" {
				return g
			}
		}
	}
	return nil
}

// levelBase reports whether the month dt is named in rest as the level a
// figure is compared with: "below their pre-pandemic level in February
// 2020".
func levelBase(rest string, dt indicators.Date) bool {
	name := dt.Month.String()
	for from := 0; ; {
		i := strings.Index(rest[from:], name)
		if i < 0 {
			return false
		}
		i += from
		if levelInRe.MatchString(rest[:i]) {
			return true
		}
		from = i + len(name)
	}
}

// yearAfterWords returns the year right after the words w in s: "in January
// 2024".
func yearAfterWords(s, w string) (int, bool) {
	i := strings.Index(s, w)
	if i < 0 {
		return 0, false
	}
	f := strings.Fields(s[i+len(w):])
	if len(f) == 0 {
		return 0, false
	}
	y, err := strconv.Atoi(strings.Trim(f[0], ".,;:()"))
	return y, err == nil && y >= 1900 && y < 2100
}

// nextClauseRe opens a clause that goes on to another figure: ", and by".
var nextClauseRe = lazyRegexp(`[,;] (?:and|but|while|whereas) `)

// clauseRest returns the words after a figure up to the next clause.
func clauseRest(rest string) string {
	if loc := nextClauseRe.FindStringIndex(rest); loc != nil {
		return rest[:loc[0]]
	}
	return rest
}

// figureBeforeIn returns the figure right before m in its sentence.
func (d *docDraft) figureBeforeIn(m Mention) (Mention, bool) {
	var prev Mention
	found := false
	for _, o := range d.mentionsOf(m.Sentence) {
		if o.Span.End <= m.Span.Start {
			prev, found = o, true
		}
	}
	return prev, found
}

// refMonthPeriods dates the claims of out that no rule dated, after the
// sentences of a paragraph have carried theirs, by the month of their
// monthly release (refMonth).
func (d *docDraft) refMonthPeriods(out []claim) {
	ref, why := d.refMonth()
	var mo time.Month
	if ref.IsZero() {
		// "… food safety report for November": a report named for a
		// month whose year only its release's date gives, if any.
		mo, ref, why = d.reportMonth()
		if mo == 0 {
			return
		}
		why = "the month the report is named for: " + why
	}
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || cl.ind.Period.IsStated() {
			continue
		}
		if ref.IsZero() {
			cl.fieldNotes["period"] = fmt.Sprintf("no date of its own: %s, of no year the text gives; write period: YYYY-%02d, the %s before the release's date", why, int(mo), mo)
			declare(cl.fieldNotes, "period", "period/refMonthPeriods#1")
			continue
		}
		cl.ind.Period, cl.fieldNotes["period"] = indicators.Period{From: ref}, "no date of its own: "+why
		declare(cl.fieldNotes, "period", "period/refMonthPeriods#2")
	}
}

// subgroupCueRe is a subgroup a clause names: "among those living in",
// "people in".
var subgroupCueRe = lazyRegexp(`(?i)\bamong (?:those|people|adults|respondents|households)\b|\b(?:those|people|adults) (?:living|aged|who)\b`)

// laterPartyPlaces returns the places after a figure, from ce to the
// sentence's end, that may be its parties: not those of a later clause
// about a subgroup ("…; this appeared higher (10%) among those living in
// the most deprived areas in England"), which are the subgroup's, and
// not those another figure of the sentence follows, which are that
// figure's item ("London had the lowest level (6.2 days), compared to
// Northern Ireland and Scotland which had the highest (9.5 and 9.4
// days)": the two nations are the 9.5's and the 9.4's, never the 6.2's).
func (d *docDraft) laterPartyPlaces(m Mention, ce int) []placeMention {
	text := d.src.Text
	// The other side of a later figure's flow ("the remaining 10,200
	// (including about 10,000 taken from food imported from Japan)") is
	// no place of this one (otherSide).
	ps := slices.DeleteFunc(slices.Clone(d.partyPlacesAt(text, m.Sentence.Start, ce, m.Sentence.End)), func(p placeMention) bool { return otherSide(text, p) })
	for i, p := range ps {
		if between := text[ce:p.start]; subgroupCueRe.MatchString(between) && (strings.Contains(between, ";") || len(d.mentionsFrom(ce, p.start)) > 0) {
			return ps[:i]
		}
	}
	for i, p := range ps {
		if len(d.mentionsFrom(p.end, m.Sentence.End)) > 0 {
			continue
		}
		return ps[i:] // the places after the sentence's last figure
	}
	return nil
}

// subgroupAgainRe is a subgroup named with its place: "the most deprived
// areas in England".
var subgroupAgainRe = lazyRegexp(`\b((?:[a-z]+ ){0,2}?[a-z]+ [a-z]+) in $`)

// subgroupPlaceClaim gives a figure whose clause names no place the place
// (or only a heading's) the place its sentence gave earlier to the
// subgroup its clause names again:
// "People living in the most deprived areas in England … whereas those
// living in the least deprived areas … (35%)" → England.
func (d *docDraft) subgroupPlaceClaim(cl *claim, m Mention) {
	ind := &cl.ind
	fromHeading := strings.Contains(cl.fieldNotes["entities"], "heading above")
	if (len(ind.Entities) > 0 && !fromHeading) || ind.Counterpart != "" {
		return
	}
	if s := d.src.Text[m.Sentence.Start:m.Sentence.End]; !strings.Contains(s, "hose ") && !strings.Contains(s, "mong ") && !strings.Contains(s, "eople ") && !strings.Contains(s, "dults ") || !subgroupCueRe.MatchString(s) {
		return
	}
	text := d.src.Text
	from := m.Sentence.Start
	if prev, ok := d.figureBeforeIn(m); ok {
		from = prev.Span.End
	}
	clause := text[from:m.Span.End]
	for _, p := range countries(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, from)) {
		g := subgroupAgainRe.FindStringSubmatch(text[max(m.Sentence.Start, p.start-40):p.start])
		if g == nil {
			continue
		}
		// The subgroup's head noun ("areas" of "the most deprived
		// areas") names it again, with another modifier or the same.
		f := strings.Fields(g[1])
		noun := f[len(f)-1]
		if len(noun) >= 4 && hasPhrase(clause, noun) {
			ind.Entities = []string{p.code}
			cl.fieldNotes["entities"] = fmt.Sprintf("%q: the subgroup its sentence placed in %s before", noun, text[p.start:p.end])
			declare(cl.fieldNotes, "entities", "entities/subgroupPlaceClaim")
			return
		}
	}
}
