package wording

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// A BarTime is when a bar's figure is: its period, and for a reported change
// the base it is over (zero otherwise). Two changes to one quarter from
// different bases are of different Times.
type BarTime struct {
	Period, Base indicators.Period
}

// OwnTimes returns which of the bars of times say their own time on their
// labels ("(30 September 2022, since 30 September 2021)"). Bars of one
// BarTime say none: the subtitle says it once. Where more than half of the
// bars, two or more, share one stated BarTime, the subtitle says it (SharedSubtitle)
// and only the bars whose period or base differs say theirs; otherwise
// every bar says its own.
func OwnTimes(times []BarTime) []bool {
	own := make([]bool, len(times))
	count := map[BarTime]int{}
	for _, t := range times {
		count[t]++
	}
	if len(count) <= 1 {
		return own
	}
	var shared BarTime
	most := 0
	for _, t := range times { // in order: the first of a tie, never a map's
		if count[t] > most {
			shared, most = t, count[t]
		}
	}
	// A time not stated is no time bars share ("periods not stated in
	// the source"), whatever their number.
	one := most >= 2 && 2*most > len(times) && shared.Period.IsStated()
	// A change to the shared period from another base: the subtitle
	// cannot name the shared base, which that bar's contradicts
	// (SharedSubtitle says the bars' unit alone), so every bar says its
	// own. The bars of the shared time said none, and "up 12%" beside
	// "down 64% (2018–19, compared with 1994–95)" read as over the same
	// span (s33d-adoption).
	for _, t := range times {
		if t.Period == shared.Period && t.Base != shared.Base {
			one = false
		}
	}
	for i, t := range times {
		own[i] = !one || t != shared
	}
	return own
}

// SharedSubtitle returns Subtitle of the bars whose labels do not say
// their time (own, from OwnTimes): the subtitle then says the time they
// share once ("Percent increase from Q3 2021 to Q3 2022"), and a bar of
// another says its own, even where title says that time too among others
// ("…, 2018 and 2019"). Where a bar that says its own is another kind of
// figure (unit, measure, status) or a change to the shared period from
// another base, or every bar or none does, it returns Subtitle of all
// the bars.
func SharedSubtitle(title string, bars []Bar, own []bool) (unit, subtitle string) {
	unit, subtitle = sharedSubtitle(title, bars, own)
	return unit, PlaceSaid(title, subtitle, bars)
}

// PlaceSaid returns the subtitle of a chart of bars all of one place that
// neither its title nor the subtitle names, led by that place:
// "Australia; percent change from Q3 2017 to Q3 2018" (s21o-apprentice:
// only the headline card said "Australia", and a bar chart pasted alone
// said no country). Bars of places of their own, or of none known, leave
// it as it is.
func PlaceSaid(title, subtitle string, bars []Bar) string {
	if len(bars) == 0 || len(bars[0].Entities) == 0 {
		return subtitle
	}
	codes := Outermost(bars[0].Entities)
	if slices.Contains(codes, indicators.World) {
		return subtitle // the world is no place a reader needs told
	}
	for _, b := range bars[1:] {
		if !slices.Equal(Outermost(b.Entities), codes) {
			return subtitle
		}
	}
	for _, code := range codes {
		if NamesPlace(title, code) || NamesPlace(subtitle, code) {
			return subtitle
		}
	}
	place := EntityNames(codes)
	if place == "" || strings.EqualFold(place, strings.Join(codes, " and ")) {
		return subtitle // no name known: a code says nothing to a reader
	}
	if subtitle == "" {
		return place
	}
	return place + "; " + lowerFirstWord(subtitle)
}

// sharedSubtitle is SharedSubtitle before the place is said.
func sharedSubtitle(title string, bars []Bar, own []bool) (unit, subtitle string) {
	unit, subtitle = Subtitle(title, bars)
	var shared []Bar
	for i, b := range bars {
		if i < len(own) && !own[i] {
			shared = append(shared, b)
		}
	}
	if len(shared) == 0 || len(shared) == len(bars) {
		return unit, subtitle
	}
	for i, b := range bars {
		// A bar of the shared period from another base: the shared
		// base is not every bar's, and the subtitle that names it
		// contradicts that bar's label (s31b-beds: "Percent change from
		// the previous month" over a fall on October 2019).
		if own[i] && (!alike(b, shared[0]) || b.Period == shared[0].Period && b.Base != shared[0].Base) {
			return unit, subtitle
		}
	}
	for i, b := range bars {
		if own[i] && SaysPeriod(title, b.Period) {
			// A title of both times ("…, 2018 and 2019") says neither
			// is the bars' without one: the subtitle names it, as the
			// bars of the other name theirs (s13-schools).
			unit, subtitle = Subtitle("", shared)
			return unit, subtitle + otherTimes(bars, own, shared[0].Period)
		}
	}
	unit, subtitle = Subtitle(title, shared)
	return unit, subtitle + otherTimes(bars, own, shared[0].Period)
}

// otherTimes returns what a subtitle that names the bars' shared period
// adds for the bars that say their own: " (2015 where a bar says so)",
// so that "Number of bathing waters, 2024" never reads as the time of
// every bar (s17i-water: two bars of 2015 among six); "" where those
// bars' periods are within the shared one (30 September 2022 in Q3 2022)
// and differ by their base or their day alone, or the subtitle says no
// period.
func otherTimes(bars []Bar, own []bool, shared indicators.Period) string {
	var ps []string
	for i, b := range bars {
		if l := b.Period.Label(); own[i] && b.Period.IsStated() && !shared.Contains(b.Period) && !slices.Contains(ps, l) {
			ps = append(ps, l)
		}
	}
	if len(ps) == 0 || !shared.IsStated() {
		return ""
	}
	return " (" + strings.Join(ps, " and ") + " where a bar says so)"
}

// alike reports whether bars a and b are figures of one kind, whatever
// their times: one unit, measure, status and direction. Changes of a
// chart drawn by their signs (Signed) are alike whichever way each goes:
// the subtitle says "change" of both (UnitPhrase), and a rise among
// falls took the subtitle of every bar, which named their periods and
// no bases (s18k-defence: "Per cent change, year ending September 2024
// and 1 October 2024").
func alike(a, b Bar) bool {
	return a.Unit == b.Unit && a.Measure == b.Measure && a.Status == b.Status &&
		(a.Q.Direction == b.Q.Direction || a.Signed && b.Signed) && a.Signed == b.Signed && a.Denom == b.Denom && a.Op == b.Op
}

// AnyOwn reports whether any bar says its own time (OwnTimes).
func AnyOwn(own []bool) bool {
	for _, o := range own {
		if o {
			return true
		}
	}
	return false
}

// BaseAlone reports whether bars, which OwnTimes would each have say
// their own time, are reported changes to one stated period from bases
// of their own, and the subtitle under title says that period ("Percent
// change; year ending September 2024"): each label then says its base
// alone (BaseLabel), never the period every bar shares.
func BaseAlone(title string, bars []Bar) bool {
	if len(bars) < 2 {
		return false
	}
	p := bars[0].Period
	bases := map[indicators.Period]bool{}
	for _, b := range bars {
		if b.Period != p || b.Measure != indicators.Change || b.Op != "" || b.Status.IsCommitment() || BaseLabel(b.Base, b.Period) == "" {
			return false
		}
		bases[b.Base] = true
	}
	if len(bases) < 2 {
		return false
	}
	_, sub := Subtitle(title, bars)
	return SaysPeriod(title, p) || SaysPeriod(sub, p)
}

// BaseLabel returns what a bar's label says of the base of a change to
// p, where the view says p once and each bar its base (BaseAlone):
// ComparedWith it, as ChangeSpan writes it ("compared with year ending
// September 2019"), the period just before too, so that the bars of one chart say
// their bases one way (s20n-gambling: "(on Q4 2010)" beside "(compared
// with Q1 2010)"); "" where base or p is not stated or open.
func BaseLabel(base, p indicators.Period) string {
	if !base.IsStated() || !p.IsStated() || base.UpTo || p.UpTo || base == p {
		return ""
	}
	return ComparedWith + base.Label()
}
