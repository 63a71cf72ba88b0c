package wording

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// A Bar is one figure of a chart as its subtitle reads it: what it is and
// when (Figure, its Denom resolved by Denominator), the figure as the
// document writes it and its quantity.
type Bar struct {
	Figure
	// Label is the figure as the document writes it ("30 cents").
	Label string
	Q     indicators.Quantity
	// Base is the base period of a change ("from 2005 levels").
	Base indicators.Period
	// Signed marks a figure of a chart of changes that go both ways
	// (indicators.SignedChanges): the subtitle says "change", not
	// "increase" or "reduction".
	Signed bool
	// yearEarlier marks a change among others each over the same part of
	// the year before its own (yearEarlier), bases that differ, said
	// once as "a year earlier" (BaseSpan).
	yearEarlier bool
	// point marks a series' point (PointBar), labelled as stated, never
	// "up": its subtitle says "increase" of a rise.
	point bool
}

// Subtitle returns what a chart of bars says under its title, in every
// rendering alike (the slide's PNG, the book's native chart): the unit
// alone ("US$ billion", a headline's subtitle, whose card says what and
// when), and the whole subtitle, "<unit>; <what and when>" ("US$
// billion; values as of 2013", "Millions of beneficiaries; 2014"). A
// period that title states, the one period of every bar, is not said
// again, nor what the figures are where the title says that too
// ("Percent" under "UK labour market rates, September to November 2019").
func Subtitle(title string, bars []Bar) (unit, subtitle string) {
	if len(bars) == 0 {
		return "", ""
	}
	sc := ScaleOf(bars)
	bars = titledBase(title, OneRate(bars)) // a clone, one rate said one way
	based := bars
	if titleNamesBase(title, bars) {
		bars = slices.Clone(bars)
		for i := range bars {
			bars[i].Base = indicators.Period{} // said once, in the title
		}
	}
	annualBases(bars)
	changesOneWay(bars)
	if titleSaysWhole(title, bars) {
		bars = slices.Clone(bars)
		for i := range bars {
			bars[i].Denom = "" // "Percent", the whole said once, in the title
		}
	}
	var units []string
	for _, b := range bars {
		units = AppendOnce(units, UnitPhrase(b, sc))
	}
	if sub := Subunit(bars); sub != "" && sc == indicators.NoScale {
		units = []string{subunitPhrase(bars[0].Unit, sub)} // as the axis speaks
	}
	if code := codeWritten(bars); code != "" {
		// "USD billion" over figures the document writes "USD 12.8
		// billion", as their labels and the book's cells say them.
		for i, u := range units {
			if p := CurrencyPrefix(bars[0].Unit); strings.HasPrefix(u, p+" ") || u == p {
				units[i] = code + strings.TrimPrefix(u, p)
			}
		}
	}
	if note := rankNote(bars); note != "" {
		units = []string{"Rank (" + note + ")"} // which end is first
	}
	// What the figures are and when, as one clause (whatAndWhen), unless
	// the title says it already: "rate" under "Business birth and death
	// rates, 2014" read "Percent; rate" (s13b-business). A commitment's
	// word ("target") and periods are said as whatAndWhen says them.
	said := whatAndWhen(title, units, bars)
	promised := slices.ContainsFunc(bars, func(b Bar) bool { return b.Status.IsCommitment() })
	if low, w := strings.ToLower(title), strings.ToLower(said); w != "" && !promised && !strings.ContainsAny(w, "0123456789") && (hasWords(low, w) || hasWords(low, w+"s")) {
		said = ""
	}
	if len(units) > 1 && oneKind(bars) {
		// "Percent of new HIV infections among men … and percent of new
		// HIV infections among people …" over five lines: the whole they
		// share, once, or the unit alone.
		if c := commonUnit(units); c != "" {
			units = []string{c}
		}
	}
	// One sentence: a phrase after the first starts in lower case unless
	// its first word is a symbol or all capitals ("US$", "MW").
	for i := 1; i < len(units); i++ {
		units[i] = lowerFirstWord(units[i])
	}
	unit = perCent(strings.Join(units, " and "), bars)
	said = perCent(said, bars)
	subtitle = unit
	if titleSaysUnit(title, unit) || titleSaysChange(title, unit, based) {
		// "…, 2023 (percent)" over "Percent": the unit once.
		subtitle = upperFirst(said)
	} else if said != "" {
		subtitle = joinSubtitle(unit, said)
	}
	if OneStatus(bars) && subtitle != "" {
		// Figures all of one status no key tells apart say it, as ONS
		// and OWID subtitles say "(provisional)": four estimates' bars
		// read as facts on a pasted chart (s17j-ports).
		subtitle += " (" + bars[0].Status.String() + "s)"
	}
	return unit, subtitle
}

// titleSaysWhole reports whether title says every word of the one whole
// all of bars, percents, are shares of ("UK ODA by channel, share of
// total" of "total UK ODA"), in any order: the subtitle then names the
// unit alone, "Percent, 2019", where "Percent of total UK ODA, 2019"
// restated the title under it (s36g-aid). Words that join a name ("of",
// "the", "and") need not be there; a whole of a word the title does not
// say ("UK ODA by channel" of "total UK ODA") is kept.
func titleSaysWhole(title string, bars []Bar) bool {
	whole := bars[0].Denom
	if whole == "" {
		return false
	}
	for _, b := range bars {
		if b.Unit.Kind != indicators.Percent || b.Denom != whole {
			return false
		}
	}
	low, n := strings.ToLower(title), 0
	for _, w := range strings.Fields(strings.ToLower(whole)) {
		w = strings.Trim(w, ",;:()'’")
		switch w {
		case "", "of", "the", "a", "an", "and", "all", "in", "for", "to":
			continue
		}
		if !hasWords(low, w) {
			return false
		}
		n++
	}
	return n > 0
}

// joinSubtitle joins a chart's unit and what-and-when into its subtitle,
// the one form of every rendering (slide, PNG, the book's native chart):
// by a comma, as a caption writes it ("Percent of same-sex marriages,
// 2017", "Years, 2010–2012"), where a semicolon ran the two together
// (s16g-marriages, s16g-lifeexp); by a semicolon only where
// what-and-when has a comma or semicolon of its own, which a comma after the unit
// would turn into a list ("Percent; rates, 2013 to 2023").
func joinSubtitle(unit, said string) string {
	if unit == "" {
		return upperFirst(said)
	}
	if said == "" {
		return unit
	}
	if strings.ContainsAny(said, ",;") {
		return unit + "; " + said
	}
	return unit + ", " + said
}

// titleSaysUnit reports whether title names unit whole, in parentheses
// or at its end after "in": "Smokers, 2023 (percent)", "Output in
// million tonnes".
func titleSaysUnit(title, unit string) bool {
	t, u := strings.ToLower(strings.TrimSpace(title)), strings.ToLower(unit)
	if u == "" {
		return false
	}
	return strings.Contains(t, "("+u+")") || strings.HasSuffix(t, " in "+u)
}

// TitledWithUnit returns title and unit as a chart's title writes them
// together: the unit in parentheses after the title ("Total fertility
// rate (children per woman)"), or the title alone where it names the
// unit already, as words (titleSaysUnit, or "gaming machines" in
// "Gaming machines in pubs and clubs", which read "… (gaming machines)",
// s20n-gambling), or the unit is "".
func TitledWithUnit(title, unit string) string {
	low, u := strings.ToLower(title), strings.ToLower(strings.TrimSpace(unit))
	if u == "" || titleSaysUnit(title, unit) || hasWords(low, u) {
		return title
	}
	return title + " (" + unit + ")"
}

// titleNamesBase reports whether title names the base every bar, a
// change, is from, as the change's ("Change on 2017–18", "change from
// 2018", "change since 2010", "change compared with 2019"): the subtitle
// then says it no second time (s25v-loans: "percent change from the
// previous year" under "Change on 2017–18"). A fiscal year is named with
// or without its "FY"; "Road casualties from 2018" names no change.
func titleNamesBase(title string, bars []Bar) bool {
	base := bars[0].Base
	if !base.IsStated() {
		return false
	}
	for _, b := range bars {
		if b.Base != base || b.Measure != indicators.Change {
			return false
		}
	}
	low := strings.ToLower(title)
	label := strings.ToLower(base.Label())
	for _, l := range []string{label, strings.TrimPrefix(label, "fy ")} {
		for _, prep := range []string{"on ", "from ", "since ", "compared with ", "over "} {
			if hasWords(low, "change "+prep+l) {
				return true
			}
		}
	}
	return false
}

// titleSaysChange reports whether title says what unit, the unit of
// changes from one base, says: its head ("Percent change") and the base
// every bar is from ("Percent change from 2018" over "Percent change from
// the previous year", s14-roads, said the base twice and the head three
// times with the bars' labels).
func titleSaysChange(title, unit string, bars []Bar) bool {
	base := bars[0].Base
	if !base.IsStated() {
		return false
	}
	for _, b := range bars[1:] {
		if b.Base != base {
			return false
		}
	}
	low := strings.ToLower(title)
	if !hasWords(low, "from "+strings.ToLower(base.Label())) && !hasWords(low, "since "+strings.ToLower(base.Label())) {
		return false
	}
	head := strings.ToLower(unit)
	for _, prep := range []string{" from ", " over ", " compared with "} {
		head, _, _ = strings.Cut(head, prep)
	}
	return head != "" && strings.Contains(head, " ") && hasWords(low, head)
}

// SeriesSubtitle returns the subtitle of a chart of series whose points
// are bars: "<unit>; <measures>, <first> to <last period>", and ", as
// each source states it" unless oneSource (the footer names it).
//
// Changes are named as their points are drawn: "Percent change" where
// they go both ways or some is a reported fall (Signed: each drawn by
// its sign), never "Percent reduction" over a rise (s15-gdp), with the
// base every point shares ("from the previous quarter", "over a year
// earlier", BaseSpan) and no "changes" after it. Two periods are joined
// by "and" ("January 2021 and February 2021"): "January 2021 to February
// 2021" under changes read as one change between them (s15-prices).
// Periods the title says, each in any of its spellings (SaysPeriod:
// "2005 to 2006" is 2005/06), are not said again (s26w-taxgap: "2005/06
// and 2022/23" under "…, 2005 to 2006 and 2022 to 2023").
func SeriesSubtitle(title string, bars []Bar, oneSource bool) string {
	if len(bars) == 0 {
		return ""
	}
	bars = slices.Clone(bars)
	qs := make([]indicators.Quantity, len(bars))
	st := make([]indicators.Status, len(bars))
	for i, b := range bars {
		qs[i], st[i] = b.Q, b.Status
	}
	signed := Signed(qs, st)
	annualBases(bars)
	span0, previous := BaseSpan(bars[0])
	for i := range bars {
		bars[i].Signed = signed
		if s, p := BaseSpan(bars[i]); !p || s != span0 {
			previous = false
		}
	}
	head := bars[0]
	if !previous {
		head.Base = indicators.Period{}
	}
	sc := ScaleOf(bars)
	unit := perCent(UnitPhrase(head, sc), bars)
	if counts := countNouns(bars); counts > 1 {
		// Series that count different things say "Number" (in their
		// scale, "Thousands"), each line's name saying what it counts:
		// "number of applications" over applications, charities
		// registered and removals named the first line's noun for all
		// three (s34e-charities).
		unit = "Number"
		if sc != indicators.NoScale {
			unit = upperFirst(sc.String()) + "s"
		}
	}
	var kinds []string
	first, last := bars[0].Period, bars[0].Period
	var periods []string
	for _, b := range bars {
		if w := What(b.Figure, true); w != "" && !(b.Measure == indicators.Change && changeSaid([]string{unit})) {
			kinds = AppendOnce(kinds, w)
		}
		if b.Period.From.Years() < first.From.Years() {
			first = b.Period
		}
		if b.Period.From.Years() > last.From.Years() {
			last = b.Period
		}
		periods = AppendOnce(periods, b.Period.Label())
	}
	span := indicators.RangeLabel(first, last)
	if len(periods) == 2 && first != last {
		span = first.Label() + " and " + last.Label()
	}
	if SaysPeriod(title, first) && SaysPeriod(title, last) {
		span = ""
	}
	as := ", as each source states it"
	if oneSource {
		as = ""
	}
	said := strings.TrimPrefix(span+as, ", ")
	if len(kinds) > 0 && said != "" {
		said = JoinAnd(kinds) + ", " + said
	} else if len(kinds) > 0 {
		said = JoinAnd(kinds)
	}
	return joinSubtitle(unit, said)
}

// countNouns returns how many different things bars count, where every
// one is a count of a named thing, not a rate; 0 otherwise.
func countNouns(bars []Bar) int {
	var nouns []string
	for _, b := range bars {
		if b.Unit.Kind != indicators.Count || b.Unit.Name == "" || b.Unit.Per != "" {
			return 0
		}
		nouns = AppendOnce(nouns, Plural(b.Unit.Name))
	}
	return len(nouns)
}

// changesOneWay marks bars said as changes ("Percent change from the
// previous year") where they are percent changes some of which state no
// direction beside others that do: one phrase for them all, never
// "Percent from the previous year and percent increase over the
// previous year" over one chart of one kind of figure (s18k-birds,
// whose catalog gives "14% greater" no direction beside four "up").
func changesOneWay(bars []Bar) {
	none, some := false, false
	for _, b := range bars {
		if b.Unit.Kind != indicators.Percent || b.Measure != indicators.Change || b.Signed {
			return
		}
		if b.Q.Direction == indicators.NoDirection {
			none = true
		} else {
			some = true
		}
	}
	if none && some {
		for i := range bars {
			bars[i].Signed = true
		}
	}
}

// PointBar returns the Bar of a point of a series, ind, as
// SeriesSubtitle reads it: what and when the figure is, its quantity,
// the base of a change and its places (PlaceSaid).
func PointBar(ind *indicators.Indicator) Bar {
	f := Figure{Status: ind.Status, Measure: ind.Measure, Period: ind.Period, Unit: ind.Unit, Entities: ind.Entities}
	if ind.Unit.Kind == indicators.Index {
		f.Base = ind.Base // its reference: "Index (2015=100)" (UnitPhrase)
	}
	return Bar{Figure: f, Label: ind.Label(), Q: ind.Quantity, Base: ind.Base, point: true}
}

// perCent returns phrase with its "Percent" spelled "Per cent" where
// every figure of bars in percent writes it so ("6 per cent", as
// British and Australian documents do), as their labels and the axis's
// ticks say it: one spelling on one chart, never "Percent change" over
// "down 6 per cent" (s15-deaths).
func perCent(phrase string, bars []Bar) string {
	seen := false
	for _, b := range bars {
		if b.Unit.Kind != indicators.Percent {
			continue
		}
		if !strings.Contains(strings.ToLower(b.Label), "per cent") {
			return phrase
		}
		seen = true
	}
	if !seen {
		return phrase
	}
	phrase = strings.ReplaceAll(phrase, "Percent", "Per cent")
	return strings.ReplaceAll(phrase, "percent", "per cent")
}

// spanWord names the span of period p: "quarter", "half-year", "month",
// "day", else "period".
func spanWord(p indicators.Period) string {
	for q := 1; q <= 4; q++ {
		if p == indicators.QuarterPeriod(p.From.Year, q) {
			return "quarter"
		}
	}
	for h := 1; h <= 2; h++ {
		if p == indicators.HalfPeriod(p.From.Year, h) {
			return "half-year"
		}
	}
	switch {
	case p.IsSpan():
	case p.From.Day != 0:
		return "day"
	case p.From.Month != 0:
		return "month"
	}
	return "period"
}

// ScaleOf returns the scale an axis of bars is shown in, in every
// rendering alike (the subtitle's unit, the slide's axis, the book's
// native chart): the largest scale word the figures were written with.
func ScaleOf(bars []Bar) indicators.Scale {
	var s indicators.Scale
	for _, b := range bars {
		s = max(s, b.Q.Scale)
	}
	return s
}

// changeSaid reports whether the unit phrases of a subtitle say already
// that its figures are changes ("Percent increase", "Percent change over
// 2005 levels"), so that the subtitle need not say "change" again.
func changeSaid(units []string) bool {
	for _, u := range units {
		for _, w := range []string{"change", "increase", "reduction"} {
			if WordIndex(u, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// manyTimes writes the times of several figures of one sort, which their
// bars say each.
func manyTimes(group []Bar) string {
	b := group[0]
	// Times the document leaves out are said as such: "pledges for 2025
	// and years not stated in the source", never "for the years on the
	// bars" over bars that have none.
	var stated []string
	missing := false
	for _, g := range group {
		if g.Period.IsStated() {
			stated = AppendOnce(stated, g.Period.Label())
		} else {
			missing = true
		}
	}
	// A stock over a span (a week's average) or of a whole year is of
	// it, not "as of" it (AsOf).
	stock := b.Measure == indicators.Stock && b.Op == ""
	weekly := true
	for _, g := range group {
		stock = stock && (!g.Period.IsStated() || AsOf(g.Period))
		weekly = weekly && weeks(g.Period) == 1
	}
	if missing {
		none := "periods"
		switch {
		case b.Status.IsCommitment():
			none = "years"
		case stock:
			none = "dates"
		}
		none += " not stated in the source"
		if len(group)-len(stated) == 1 {
			// One bar of no time: "for 2022 and a period not stated",
			// reported when its source was, as its bar says (When).
			// A stock's time is a date, as its bar says ("Date not
			// stated"), though the stated bars beside it are of years
			// (s24s-flooding: "for 2008 and a date not stated").
			none = "a " + strings.TrimSuffix(strings.Replace(none, "s ", " ", 1), "s")
			for _, g := range group {
				if !g.Period.IsStated() && g.Measure == indicators.Stock && g.Op == "" && !g.Status.IsCommitment() {
					none = strings.Replace(none, "period", "date", 1)
				}
				if !g.Period.IsStated() && !g.Issued.IsZero() && !g.Status.IsCommitment() && g.Op == "" {
					none = strings.TrimSuffix(none, " in the source") + " (reported " + g.Issued.Long() + ")"
				}
			}
		}
		at := "for "
		if stock && !b.Status.IsCommitment() {
			at = "as of "
		}
		if len(stated) <= 2 {
			return at + JoinAnd(stated) + " and " + none
		}
		return at + "the times on the bars, some " + none
	}
	switch {
	case b.Status.IsCommitment():
		return "for the years on the bars"
	case stock:
		return "as of the dates on the bars"
	}
	if weekly {
		return "for the weeks on the bars"
	}
	for _, g := range group {
		if !g.Period.IsYear() {
			return "for the periods on the bars"
		}
	}
	return "for the years on the bars"
}

// TimesInLegend returns sub with the times it says are on the bars
// (manyTimes) said to be in the legend, for grouped bars whose key names
// their periods and whose labels name their measures alone (s31b-blood:
// "Days, as of the dates on the bars" over bars the key dated).
func TimesInLegend(sub string) string {
	return strings.Replace(sub, " on the bars", " in the legend", 1)
}

// UnitPhrase names what the numbers of b count in scale sc, for a
// subtitle: "US$ billion", "Percent of world GDP", "Number of
// countries", "Millions of beneficiaries", "MW".
func UnitPhrase(b Bar, sc indicators.Scale) string {
	if b.Unit.Kind == indicators.Index {
		// The model's one name of an index: "Index (2015=100)", "Index"
		// where its reference is not stated (indicators.IndexPhrase).
		return upperFirst(indicators.IndexPhrase(b.Unit, b.Figure.Base))
	}
	if b.Index != "" {
		return "Index (" + b.Index + ")" // never "Number" of an index level
	}
	if per := b.Unit.Per; per != "" {
		// A rate: "US$ per month", "Thousands of barrels per day".
		base := b
		base.Unit.Per = ""
		if b.Unit.Kind == indicators.Count && b.Unit.Name != "" && sc == indicators.NoScale {
			// A rate is not a number of its counted things: "Deaths per
			// million population", never "Number of deaths per million
			// population" (s15-deaths).
			return upperFirst(Plural(b.Unit.Name)) + " per " + per
		}
		if p := UnitPhrase(base, sc); p != "Number" {
			return p + " per " + per
		}
		// A figure of no stated unit ("2,300 per quintal", its currency
		// not written): "Per quintal", not "Number per quintal".
		return "Per " + per
	}
	scale := sc.String()
	u := b.Unit
	switch u.Kind {
	case indicators.Money:
		return strings.TrimSpace(CurrencyPrefix(u) + " " + scale)
	case indicators.Percent:
		s := "Percent"
		// A reported rise says "up" on its bar (the chart's turned, the
		// book's turnedFmt): the subtitle says "change", never "percent
		// increase" above "up 3.4 percent", the rise said twice. A
		// commitment to raise keeps its size and its "increase".
		// A series' point is labelled as stated: its rise keeps
		// "increase".
		rise := b.Measure == indicators.Change && b.Q.Direction == indicators.Up && !b.Status.IsCommitment() && !b.point
		switch {
		case b.Signed, rise, b.Measure == indicators.Change && b.Q.Direction == indicators.NoDirection && b.Base.IsStated():
			// A change of no stated direction is a change: "Percent
			// change from the previous year", never "Percent from …".
			s += " change"
		case b.Q.Direction == indicators.Down:
			s += " reduction"
		case b.Q.Direction == indicators.Up:
			s += " increase"
		}
		if b.Base.IsStated() {
			// A change is meaningless without what it is from: "Percent
			// reduction from 2005 levels", "Percent increase from Q2 2013
			// to Q2 2014", "Percent increase over the previous month".
			prep := " from "
			if b.Q.Direction == indicators.Up && !b.Signed && !rise {
				prep = " over "
			}
			switch span, previous := BaseSpan(b); {
			case previous:
				s += prep + span
			case span != "":
				s += " " + span
			default:
				s += prep + b.Base.Label() + " levels"
			}
		}
		if b.Denom != "" {
			s += " of " + b.Denom
		}
		return s
	case indicators.PercentagePoint:
		return "Percentage points"
	case indicators.Count:
		if scale != "" {
			return upperFirst(scale) + "s of " + Plural(u.Name)
		}
		if duration(u.Name) || u.Name == "point" {
			// A length of time is no count: life expectancy is "Years",
			// not "Number of years"; nor are the points of an index or
			// a score, "Points", not "Number of points" (s35f-confidence).
			return upperFirst(Plural(u.Name))
		}
		return "Number of " + Plural(u.Name)
	case indicators.Rank:
		return "Rank"
	case indicators.Times:
		return "Times"
	case indicators.Measure:
		if scale != "" {
			return upperFirst(scale) + " " + Spelling(u)
		}
		return upperFirst(Spelling(u))
	}
	if scale != "" {
		return upperFirst(scale) + "s"
	}
	return "Number"
}

// duration reports whether a count's unit is a unit of time ("year",
// "week"), whose figures are lengths of time, not numbers of things.
func duration(name string) bool {
	switch name {
	case "year", "month", "week", "day", "hour", "minute", "second":
		return true
	}
	return false
}

// BaseSpan returns how a subtitle says the base of a reported change b,
// with its own period: "the previous month" (quarter, year) when the
// base is the period just before b's, with previous true, so that bars of
// several months each over its own read alike (never "over February"
// over a March a year earlier); else "from Q2 2013 to Q2 2014", both
// periods in one phrase. It returns "" for a change of no base or
// period, and for a commitment, which says "from 2005 levels" and its
// own year apart ("for 2025").
func BaseSpan(b Bar) (span string, previous bool) {
	if !b.Base.IsStated() || !b.Period.IsStated() || b.Status.IsCommitment() || b.Period.UpTo || b.Base.UpTo {
		return "", false
	}
	if w := previousWord(b.Base, b.Period); w != "" {
		return "the previous " + w, true
	}
	if b.yearEarlier && yearEarlier(b.Base, b.Period) {
		return "a year earlier", true
	}
	return "from " + b.Base.Label() + " to " + b.Period.Label(), false
}

// previousWord returns "month", "quarter" or "year" when base is the one
// of them just before p (calendar or fiscal years alike), "three months"
// when base is the span of months of p's length just before it, else "".
func previousWord(base, p indicators.Period) string {
	if base.Fiscal != p.Fiscal || base.IsSpan() != p.IsSpan() {
		return ""
	}
	months := func(d indicators.Date) int { return d.Year*12 + int(d.Month) }
	bs, ps := base.String(), p.String()
	switch {
	case len(bs) == 7 && len(ps) == 7 && bs[5] == 'Q' && ps[5] == 'Q':
		if months(p.From)-months(base.From) == 3 {
			return "quarter"
		}
	case base.IsSpan():
		// Spans of whole months, of one length, the one just before
		// the other: "three months" (September–November 2023 before
		// December 2023–February 2024).
		n := months(base.To) - months(base.From) + 1
		whole := base.From.Day == 0 && base.To.Day == 0 && p.From.Day == 0 && p.To.Day == 0 && base.From.Month != 0 && p.From.Month != 0
		if whole && n > 1 && months(p.To)-months(p.From)+1 == n && months(p.From)-months(base.To) == 1 {
			return monthsWord(n)
		}
	case base.From.Day == 0 && p.From.Day == 0 && base.From.Month != 0 && p.From.Month != 0:
		if months(p.From)-months(base.From) == 1 {
			return "month"
		}
	case base.From.Month == 0 && p.From.Month == 0 && base.From.Year+1 == p.From.Year:
		return "year"
	}
	return ""
}

// yearEarlier reports whether base is p's month or quarter (or span of
// them) twelve months before it: the base of a 12-month rate ("0.7% in
// the 12 months to February 2021"), said "a year earlier" by BaseSpan
// of bars marked so (annualBases), so that the rates of January and
// February share one subtitle (s15-prices). A calendar year before the
// next is "the previous year" (previousWord).
func yearEarlier(base, p indicators.Period) bool {
	if base.Fiscal != p.Fiscal || base.UpTo || p.UpTo || p.From.Month == 0 || p.From.Day != 0 || base.IsSpan() != p.IsSpan() {
		return false
	}
	back := func(d indicators.Date) indicators.Date {
		d.Year--
		return d
	}
	return base.From == back(p.From) && (!p.IsSpan() || base.To == back(p.To))
}

// annualBases marks bars, in place, to say their bases "a year earlier"
// (BaseSpan) where each is a change over the same part of the year
// before its own and the bases differ: "from January 2020 to January
// 2021" beside "from February 2020 to February 2021" is one thing, the
// 12-month rate, said once. One base is said as it is ("from Q3 2021 to
// Q3 2022").
func annualBases(bars []Bar) {
	differ := false
	for _, b := range bars {
		if !yearEarlier(b.Base, b.Period) {
			return
		}
		differ = differ || b.Base != bars[0].Base
	}
	for i := range bars {
		bars[i].yearEarlier = differ
	}
}

// CurrencyPrefix returns how a subtitle or an axis title writes a
// currency: the sign the figures are written with
// (indicators.CurrencySign), "US$" for the dollar so that no reader
// takes it for another, the sign of another dollar ("NZ$",
// indicators.DollarSign), or the ISO code.
func CurrencyPrefix(u indicators.Unit) string {
	if sign, ok := indicators.DollarSign(u.Currency.String()); ok && u.Kind == indicators.Money {
		return sign // "NZ$", as the figures are written (indicators.CurrencyLabel)
	}
	switch sign := indicators.CurrencySign(u); {
	case sign == "$":
		return "US$"
	case sign != "":
		return strings.TrimSpace(sign) // "SDR", not "SDR  million"
	}
	return u.Currency.String()
}

// Spelling returns how every output spells a measure unit, in the
// plural: in words, the lexicon's name (indicators.MeasureWords: "tonnes",
// "hectares", "megawatts"), never the symbol ("t", "ha", "MW") on a chart
// beside the words in the book, whichever the document wrote; for a
// measure claimbook does not know, as indicators.Format writes it; for
// other units, "". The book's number formats, its native charts, the
// slide images and the deck all read it (Respell for a stated figure,
// indicators.Style.Words for one claimbook writes).
func Spelling(u indicators.Unit) string {
	if u.Kind != indicators.Measure {
		return ""
	}
	u.Per = ""
	if w, ok := indicators.MeasureWords(u, true); ok {
		return w
	}
	two := indicators.Format(indicators.Point(indicators.Decimal{Coef: 2}, indicators.Exact), u, indicators.Style{})
	return strings.TrimPrefix(two, "2 ")
}

// Respell returns the label of a figure in measure unit u with its
// unit in words, as indicators.Format writes it in Style{Words} from the
// lexicon's measure table, the one route to a unit in words (review19
// item 9: "7 MtCO2e" is "7 million tonnes of CO₂ equivalent", as the
// book's cells say it): "more than 10,700 MW" is "more than 10,700
// megawatts", "15,040 ha" "15,040 hectares", "55.3°F" "55.3 degrees
// Fahrenheit", "1 t" "1 tonne", its hedge kept as the label writes it. A label that does not
// read back (indicators.ParseStated) as a figure of u's measure, one that
// says the unit in words already ("1 megawatt"), and labels of other
// units are returned as they are.
func Respell(label string, u indicators.Unit) string {
	if u.Kind != indicators.Measure {
		return label
	}
	if _, ok := indicators.LookupMeasure(u.Name); !ok {
		return label
	}
	q, pu, err := indicators.ParseStated(label)
	if err != nil || pu.Kind != indicators.Measure || pu.Name != u.Name {
		return label
	}
	out := indicators.Format(q, pu, indicators.Style{Words: true})
	// The document's hedge, as written: "just under", never the
	// qualifier's "nearly" (s25v-greenbelt's deck).
	if h, w := indicators.LeadingHedge(label), q.Qualifier.Word(); h != "" && w != "" {
		if rest, ok := strings.CutPrefix(out, w+" "); ok {
			out = h + " " + rest
		}
	}
	return out
}

// subunitPlural are the words for a currency's hundredth a figure may end
// with ("30 cents", "50 pence"), each with its plural.
var subunitPlural = map[string]string{"cent": "cents", "cents": "cents", "penny": "pence", "pence": "pence", "pennies": "pence"}

// Subunit returns the word for a currency's hundredth, plural, when every
// bar is money of one currency written in it ("30 cents", "80 cents",
// "ten cents": "cents"), else "": an axis beside such labels speaks it
// too ("0 20 40 60 80 cents", not "$0 $0.2 … $0.8"), and so does the
// subtitle ("US cents").
//
// A rate of one base is written so too ("3.6 pence per litre", "16
// cents/gal": "pence").
func Subunit(bars []Bar) string {
	word := ""
	for _, b := range bars {
		if b.Unit.Kind != indicators.Money || b.Unit.Per != bars[0].Unit.Per || b.Unit.Currency != bars[0].Unit.Currency {
			return ""
		}
		label := strings.ToLower(b.Label)
		if b.Unit.Per != "" {
			// The amount before its base: "3.6 pence" of "3.6 pence
			// per litre", "16 cents" of "16 cents/gal".
			if i := strings.Index(label, " per "); i >= 0 {
				label = label[:i]
			} else if i := strings.IndexByte(label, '/'); i >= 0 {
				label = label[:i]
			}
		}
		f := strings.Fields(label)
		if len(f) == 0 {
			return ""
		}
		w, ok := subunitPlural[f[len(f)-1]]
		if !ok || word != "" && w != word {
			return ""
		}
		word = w
	}
	return word
}

// subunitPhrase names the subunit sub of the currency of u for a
// subtitle: "US cents", "Euro cents", "Pence".
func subunitPhrase(u indicators.Unit, sub string) string {
	per := ""
	if u.Per != "" {
		per = " per " + u.Per // "Pence per litre"
	}
	switch c := u.Currency.String(); {
	case c == "USD":
		return "US " + sub + per
	case c == "EUR" && sub == "cents":
		return "Euro cents" + per
	}
	return upperFirst(sub) + per
}

// WordIndex returns the index of the last occurrence of w in s as a
// whole word, case-insensitive for words longer than 3 bytes, or -1.
func WordIndex(s, w string) int {
	hay := s
	if len(w) > 3 {
		hay, w = strings.ToLower(s), strings.ToLower(w)
	}
	for end := len(hay); end > 0; {
		i := strings.LastIndex(hay[:end], w)
		if i < 0 {
			return -1
		}
		before := i == 0 || hay[i-1] == ' ' || hay[i-1] >= '0' && hay[i-1] <= '9'
		j := i + len(w)
		after := j == len(hay) || strings.IndexByte(" .,;)", hay[j]) >= 0
		if before && after {
			return i
		}
		end = i
	}
	return -1
}

// lowerFirstWord lowers the first letter of s when its first word is a
// capitalised word ("Percent", "Number"), not a symbol, an acronym or
// the first word of a name a capital follows ("Paying Parents",
// "Northern Ireland").
func lowerFirstWord(s string) string {
	word, rest, _ := strings.Cut(s, " ")
	r, n := utf8.DecodeRuneInString(word)
	next, _ := utf8.DecodeRuneInString(rest)
	// A capital word after it makes a name of the two ("United
	// Kingdom"), but not across the comma that ends the word: "Percent,
	// December 2019" is lowered after a place's "; " (s34e-retail:
	// "Great Britain; Percent, December 2019").
	name := unicode.IsUpper(next) && !strings.HasSuffix(word, ",")
	if n == 0 || !unicode.IsUpper(r) || strings.ToLower(word[n:]) != word[n:] || name {
		return s
	}
	return string(unicode.ToLower(r)) + s[n:]
}

// Denominator returns what a percentage in unit u titled title is a
// percentage of: denom, or what the title says it is a percent of
// ("Federal debt as a percent of GDP" is a percent of "GDP"); "" if
// neither says.
func Denominator(title, denom string, u indicators.Unit) string {
	if denom != "" {
		return denom
	}
	if u.Kind != indicators.Percent {
		return ""
	}
	low := strings.ToLower(title)
	for _, lead := range []string{"percent of ", "per cent of ", "percentage of ", "% of ", "share of "} {
		i := strings.LastIndex(low, lead)
		if i < 0 || i > 0 && lead[0] != '%' && low[i-1] != ' ' || afterNumber(low[:i]) {
			continue
		}
		return wholeAlone(title[i+len(lead):])
	}
	return ""
}

// afterNumber reports whether before, a title's words up to "percent
// of", ends in a number: "… who paid over 90% of the maintenance due"
// names the whole of the 90%, a threshold that tells the part apart,
// never of the share itself (s32c-childmaint read "45% of the
// maintenance due").
func afterNumber(before string) bool {
	before = strings.TrimRight(before, " ")
	return before != "" && before[len(before)-1] >= '0' && before[len(before)-1] <= '9'
}

// wholeAlone returns the words that name a whole at the start of s, the
// rest of a title after "percent of": up to a punctuation mark, a
// preposition or a time phrase ("GDP over the past 50 years" is "GDP",
// "world GDP in 2014" is "world GDP").
func wholeAlone(s string) string {
	whole := s
	if j := phraseEnd(s); j >= 0 {
		s = s[:j]
	}
	words := strings.Fields(s)
	for i, w := range words {
		low := strings.ToLower(w)
		if i > 0 && low[0] >= '0' && low[0] <= '9' && !yearLike(low) {
			// "people aged 18 to 24": a number that is no year
			// qualifies the whole; the whole is said with it or not
			// at all, never cut to "people aged".
			return ""
		}
		if i > 0 && low == "as" && i+1 < len(words) && !wholeStops[strings.ToLower(words[i+1])] && strings.ToLower(words[i+1]) != "of" {
			// "devices designated as destination chargers": "as"
			// ties a participle to its complement, and "devices
			// designated" named no whole (s25u-charging); "as of
			// March" and "as at" are times, which end it.
			return ""
		}
		if i > 0 && (wholeStops[low] || low[0] >= '0' && low[0] <= '9') {
			if slices.ContainsFunc(words[:i], func(w string) bool { return negations[strings.ToLower(w)] }) {
				// "children not sentenced to custody after a custodial
				// remand": a negated participle cut from its complement
				// says the opposite ("children not sentenced", of whom
				// most were sentenced, s33d-youthjustice); the whole
				// runs to the first punctuation mark, a comma of a list
				// after it being the parts' own.
				if j := strings.IndexAny(whole, ",;:()–—"); j >= 0 {
					return strings.Join(strings.Fields(whole[:j]), " ")
				}
				break
			}
			words = words[:i]
			break
		}
	}
	return strings.Join(words, " ")
}

// negations are the words that deny what follows them, lower case: a
// whole that holds one is said with its complement ("not sentenced to
// custody") or not at all.
var negations = map[string]bool{"not": true, "never": true, "no": true, "without": true, "non": true}

// phraseEnd returns where the first phrase of s ends: at its first
// punctuation mark, save a comma inside a list of common nouns ("breast,
// prostate, lung or colorectal cancer"), which cut there named one of
// four ("Percent of registrations that are breast", s20n-cancer); -1
// where no mark ends it.
func phraseEnd(s string) int {
	for j := 0; j < len(s); {
		k := strings.IndexAny(s[j:], ",;:()–—")
		if k < 0 {
			return -1
		}
		j += k
		if s[j] != ',' || !listComma(s[j+1:]) {
			return j
		}
		j++
	}
	return -1
}

// listComma reports whether rest, the words after a comma, go on with
// a list that comma is inside: items of a word or two in lower case,
// a comma apart, up to one joined by "and" or "or" ("prostate, lung or
// colorectal cancer"). A comma before a capital ("GDP, Australia and New
// Zealand") is left to end its phrase: names after it are more often a
// place than an item.
func listComma(rest string) bool {
	for _, item := range strings.Split(rest, ",") {
		f := strings.Fields(item)
		if len(f) == 0 || len(f) > 4 {
			return false
		}
		for i, w := range f {
			if w == "and" || w == "or" {
				return true
			}
			if i < 2 && strings.ToLower(w) != w {
				return false
			}
		}
		if len(f) > 2 {
			return false
		}
	}
	return false
}

// yearLike reports whether w, a word of a title, is a year or starts a
// span of years: "2014", "2014–15", "2014,".
func yearLike(w string) bool {
	n := 0
	for n < len(w) && w[n] >= '0' && w[n] <= '9' {
		n++
	}
	if n != 4 {
		return false
	}
	y, _ := strconv.Atoi(w[:4])
	return y >= 1800 && y <= 2200
}

// wholeStops are the words that end the name of a whole in a title: the
// prepositions and time words that start what follows it.
var wholeStops = map[string]bool{
	"over": true, "in": true, "for": true, "from": true, "since": true, "during": true,
	"by": true, "at": true, "on": true, "between": true, "to": true, "through": true,
	"until": true, "till": true, "as": true, "after": true, "before": true, "per": true,
	"across": true, "under": true, "within": true, "versus": true, "vs": true, "vs.": true,
	"compared": true, "last": true, "this": true, "next": true, "past": true,
	"averaged": true, "average": true, "projected": true, "estimated": true, "with": true,
}

// oneKind reports whether bars are all of one kind of unit and one
// currency, where their unit phrases differ only in what they are of.
func oneKind(bars []Bar) bool {
	for _, b := range bars[1:] {
		if b.Unit.Kind != bars[0].Unit.Kind || b.Unit.Kind == indicators.Money && b.Unit.Name != bars[0].Unit.Name {
			return false
		}
	}
	return true
}

// commonUnit returns the words units all start with, less the words that
// lead to what differs ("of", "among", "from"): "Percent of new HIV
// infections" of "Percent of new HIV infections among men …" and
// "Percent of new HIV infections among women …"; "" if they share no
// word.
func commonUnit(units []string) string {
	common := strings.Fields(units[0])
	for _, u := range units[1:] {
		f := strings.Fields(u)
		n := 0
		for n < len(common) && n < len(f) && strings.EqualFold(common[n], f[n]) {
			n++
		}
		common = common[:n]
	}
	// The shared words end where every unit's whole does: each goes on,
	// if at all, with a joining word ("among men") or a participle
	// ("discharged", "arriving"), never mid-noun: "Percent of A&E" of
	// "… A&E attendances" and "… A&E patients arriving" (s14-hospitals)
	// names no whole.
	// A run that ends on "of" is left to the words after it (below).
	for len(common) > 0 && !strings.EqualFold(common[len(common)-1], "of") &&
		slices.ContainsFunc(units, func(u string) bool { return !wholeEnds(strings.Fields(u), len(common)) }) {
		common = common[:len(common)-1]
	}
	// A rate's base is said whole or not at all: "marriages per 1,000"
	// of "… per 1,000 unmarried men" and "… per 1,000 unmarried women"
	// reads as per 1,000 people (s16g-marriages); the bars say each base.
	if i := slices.IndexFunc(common, func(w string) bool { return strings.EqualFold(w, "per") }); i >= 0 &&
		slices.ContainsFunc(units, func(u string) bool { return len(strings.Fields(u)) > len(common) }) {
		common = common[:i]
	}
	if n := len(common); n > 0 && strings.EqualFold(common[n-1], "of") {
		// "Percent of their combined GNI" and "Percent of GNI" are both
		// of GNI: the words they end with, where each names the whole.
		if tail := commonTail(units, n); len(tail) > 0 && onlyDeterminers(units, n, len(tail)) {
			return strings.Join(append(common, tail...), " ")
		}
	}
	for len(common) > 0 {
		switch strings.ToLower(common[len(common)-1]) {
		case "of", "among", "in", "from", "over", "for", "to", "by", "and", "the", "a", "an", "per", "with", "who", "that",
			"were", "was", "are", "is": // "… prisoners who were" black, white (s13b-prisons)
			common = common[:len(common)-1]
			continue
		}
		break
	}
	return strings.Join(common, " ")
}

// wholeEnds reports whether a unit's words f may end their whole after
// the first n: nothing follows, or a joining word or a participle does.
func wholeEnds(f []string, n int) bool {
	if n >= len(f) {
		return true
	}
	w := strings.ToLower(f[n])
	switch w {
	case "of", "among", "in", "from", "over", "for", "to", "by", "and", "with", "who", "that", "which", "were", "was", "are", "is", "per", "at", "on":
		return true
	}
	return len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing"))
}

// commonTail returns the words every unit ends with after its first
// skip words, none if they share no last word.
func commonTail(units []string, skip int) []string {
	var tail []string
	for i := 1; ; i++ {
		var w string
		for j, u := range units {
			f := strings.Fields(u)
			if len(f)-i < skip {
				return tail
			}
			if j == 0 {
				w = f[len(f)-i]
			} else if !strings.EqualFold(f[len(f)-i], w) {
				return tail
			}
		}
		tail = append([]string{w}, tail...)
	}
}

// onlyDeterminers reports whether the words of units between their
// first skip and last tail words only point at the whole ("their
// combined", "the"), never narrow it ("world" GDP is not GDP).
func onlyDeterminers(units []string, skip, tail int) bool {
	for _, u := range units {
		f := strings.Fields(u)
		for _, w := range f[skip : len(f)-tail] {
			switch strings.ToLower(w) {
			case "the", "their", "its", "our", "combined", "own":
			default:
				return false
			}
		}
	}
	return true
}

// AppendOnce appends s to list unless list holds it already.
func AppendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// JoinAnd joins words as English does: "a", "a and b", "a, b and c".
func JoinAnd(w []string) string {
	switch len(w) {
	case 0:
		return ""
	case 1:
		return w[0]
	}
	return strings.Join(w[:len(w)-1], ", ") + " and " + w[len(w)-1]
}

// JoinOr joins w as JoinAnd does, its last two with "or": "“nearly” or
// “up to”".
func JoinOr(w []string) string {
	s := JoinAnd(w)
	if len(w) > 1 {
		i := strings.LastIndex(s, " and ")
		s = s[:i] + " or " + s[i+len(" and "):]
	}
	return s
}

// SaysUnit reports whether figure, as a card shows it, says already all
// that unit, a subtitle's unit phrase (Subtitle), says: "About US$242
// million" says "US$ million", "An estimated 805,000 vacancies" says
// "Number of vacancies"; "$43.3 billion" does not say "US$ billion" (the
// subtitle names the dollar), nor "20.4 million" "Millions of people". A
// card then has no subtitle, saying each thing once.
func SaysUnit(figure, unit string) bool {
	fig := strings.Fields(strings.ToLower(figure))
	has := func(w string) bool {
		for _, f := range fig {
			f = strings.Trim(f, "(),;:")
			if f == w || currencySign(w) && strings.HasPrefix(f, w) && len(f) > len(w) && f[len(w)] >= '0' && f[len(w)] <= '9' {
				return true
			}
		}
		return false
	}
	words := strings.Fields(strings.ToLower(unit))
	if len(words) == 0 {
		return false
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		switch {
		case w == "number" || w == "of":
			continue
		case w == "percent":
			if !has("percent") && !has("per") && !strings.Contains(figure, "%") {
				return false
			}
			continue
		case w == "millions" || w == "thousands" || w == "billions" || w == "trillions":
			w = strings.TrimSuffix(w, "s")
		}
		if !has(w) {
			return false
		}
	}
	return true
}

// currencySign reports whether w ends in a currency sign ("US$", "£",
// "€"), which a figure writes glued to its number ("£356").
func currencySign(w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	return unicode.Is(unicode.Sc, r)
}

// monthsWord names a span of n months: "three months", "12 months".
func monthsWord(n int) string {
	words := []string{2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine"}
	if n < len(words) && words[n] != "" {
		return words[n] + " months"
	}
	return strconv.Itoa(n) + " months"
}

// ProperCase returns s with each word in lower case that quotes write
// capitalised inside their sentences and never in lower case given the
// case they write it in: a shared phrase lowered after a semicolon
// ("irish speakers as a proportion of …") keeps the proper adjective of
// "The proportion of Irish speakers …" (s26w-language).
func ProperCase(s string, quotes []string) string {
	proper, lower := map[string]string{}, map[string]bool{}
	for _, q := range quotes {
		start := true // a sentence's first word is capitalised as a rule
		for _, w := range strings.Fields(q) {
			word := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
			r, n := utf8.DecodeRuneInString(word)
			switch {
			case n == 0:
			case unicode.IsLower(r) && strings.ToLower(word) == word:
				lower[word] = true
			case !start && unicode.IsUpper(r) && strings.ToLower(word[n:]) == word[n:]:
				proper[strings.ToLower(word)] = word
			}
			start = strings.ContainsAny(w[len(w)-1:], ".?!:")
		}
	}
	f := strings.Split(s, " ")
	for i, w := range f {
		word := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		if p, ok := proper[word]; ok && !lower[word] {
			f[i] = strings.Replace(w, word, p, 1)
		}
	}
	return strings.Join(f, " ")
}
