package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimbook/claimbook/indicators"
)

// The document's frame (frame22). A statistical release reports one
// collection — a survey, a programme, a register, a census, a count —
// for one reference period, and says so once, in its title or its lead:
//
//	Children’s Social Care Statistics for Northern Ireland 2014/15 (the
//	title) → every figure whose own clause names no time is of 2014/15
//	… according to the National Child Measurement Programme, England -
//	2016/17 school year, published today by NHS Digital (the lead) →
//	2016/17, not the year of the dateline (2017)
//	Annual Survey of Hours and Earnings: 2019 → 2019
//
// It also says once what its figures are (statement: provisional, a
// sample survey's estimates, "estimated" figures). The genre's pattern:
// a figure whose own clause gives no time takes the reference period of
// the collection the document reports — never the publication date, a
// dateline or a year in another name — and a figure is an estimate when
// its own clause, or the document's statement about all its figures,
// says so. releaseRef reads the period (with collectionPeriod below);
// statement reads what the figures are.

// releaseNouns are the nouns, lower case, that name a release or the
// collection it reports, and that a title closes on before its period:
// "Births in England and Wales: 2013" is of a register, "Annual Survey
// of Hours and Earnings: 2019" of a survey, "National Child Measurement
// Programme, England - 2016/17" of a programme.
var releaseNouns = []string{"statistics", "estimates", "figures", "data", "report", "bulletin", "release", "review", "yearbook",
	"digest", "summary", "survey", "census", "programme", "program", "register", "analysis"}

// capitalReleaseNouns are releaseNouns with a capital, as a name writes
// them.
var capitalReleaseNouns = strings.Split(capitalAlt(releaseNouns), "|")

// releaseNounAlt is releaseNouns as a regexp alternation, lower case.
func releaseNounAlt() string { return strings.Join(releaseNouns, "|") }

// collectionNameRe matches the name of a collection and the period it is
// of, as a title, a lead or a sentence names it. Either capitalised words
// that end in a release noun (group 1), then perhaps what it is of or its
// place ("of Hours and Earnings", "for Northern Ireland", ", England")
// and a separator, then a year or a year across two (group 2: "2016/17",
// "2016-2017", GOV.UK's "2022 to 2023") and the
// kind of year ("school year"); or the year first (group 3), then the
// capitalised name of a survey or a census (group 4): "the national 2006
// Voluntary Work Survey", "The 2019 Annual Population Survey", "the 2021
// Census". A report, a review or a yearbook named after a year is often
// the year it is published in, so only collections take the year first.
var collectionNameRe = lazyRegexp(`((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|in|at|the)\s+)*){0,8}(?:` + capitalAlt(releaseNouns) + `))` +
	`(?:,?\s+(?:(?:of|for|on|in)\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.-]*){0,4})?\s*(?:[-–—:,]\s*)?` +
	`((?:19|20)\d\d(?:[/–-](?:(?:19|20)\d\d|\d\d)|\s+to\s+(?:19|20)\d\d)?(?:\s+(?:school|academic|financial|crop|farm) year)?)\b` +
	`|(?:^|[\s(])((?:19|20)\d\d(?:[/–-]\d\d)?)\s+((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|in|the)\s+)*){0,6}(?:` + capitalAlt(collectionNouns) + `))\b`)

// collectionNouns are the nouns, lower case, of a collection a name may
// put its year before: the year a survey asks or a census counts in.
var collectionNouns = []string{"survey", "census"}

// capitalAlt returns words as a regexp alternation, each with a capital
// first letter, as a name writes them.
func capitalAlt(words []string) string {
	out := make([]string, len(words))
	for i, w := range words {
		r, n := utf8.DecodeRuneInString(w)
		out[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(out, "|")
}

// A collectionName is a collection a text names with the period it is
// of: where the name and its period stand, the period, and the words.
type collectionName struct {
	start, end int
	period     indicators.Period
	words      string
}

// collectionsIn returns the collections text names with their period
// (collectionNameRe), in order: only a year or a year across two, never a
// month ("Labour Force Survey, May 2022", which refMonthPeriods reads),
// a span of years or a year in no name. Only the lines that hold a
// release noun with a capital are read: the regexp, with no literal to
// start from, reads slowly.
func collectionsIn(text string) []collectionName {
	var out []collectionName
	for ls := 0; ls < len(text); {
		le := lineEnd(text, ls)
		line := text[ls:le]
		if slices.ContainsFunc(capitalReleaseNouns, func(n string) bool { return strings.Contains(line, n) }) {
			for _, g := range collectionNameRe.FindAllStringSubmatchIndex(line, -1) {
				ps, pe, ns := g[4], g[5], g[2]
				if ps < 0 {
					ps, pe, ns = g[6], g[7], g[6]
					if prev := strings.Fields(line[:ps]); len(prev) > 0 && monthNumber(prev[len(prev)-1]) != 0 {
						continue // "in March 2019 Census …": a month's year
					}
				} else if q, _, ok := titlePeriodOf(line[g[2] : g[4]+4]); ok && q.From.Month != 0 {
					continue // "Labour Force Survey, May 2022": a month
				}
				refs := yearsIn(line[ps:pe], 0)
				if len(refs) == 0 || refs[0].period.From.Month != 0 {
					continue
				}
				if p := refs[0].period; p.IsSpan() {
					if p.To.Year != p.From.Year+1 {
						continue
					}
					// "Statistics Annual 2016-2017": a collection reports one
					// period, so two years in a row are one year across two.
					refs[0].period = indicators.SplitYear(p.From.Year)
				}
				from, to := min(ns, ps), max(g[3], pe, g[9])
				out = append(out, collectionName{ls + from, ls + to, refs[0].period, strings.Join(strings.Fields(line[from:to]), " ")})
			}
		}
		ls = le + 1
	}
	return out
}

// collections returns collectionsIn the document, read once.
func (d *docDraft) collections() []collectionName {
	if d.colls == nil {
		c := collectionsIn(d.src.Text)
		d.colls = &c
	}
	return *d.colls
}

// collectionPeriod returns the period the title or lead names with the
// collection the release reports ("the National Child Measurement
// Programme, England - 2016/17 school year", "Results from the national
// 2006 Voluntary Work Survey show"), and its words; false when they name
// none, or two different periods. The lead runs to the end of the
// sentence of the release's leadFigures-th figure, at most maxOpening
// bytes.
func (d *docDraft) collectionPeriod() (indicators.Period, string, bool) {
	text := d.src.Text
	end := min(len(text), maxOpening)
	if n := len(d.mentions); n > 0 {
		end = min(end, d.mentions[min(n, leadFigures)-1].Sentence.End)
	}
	var p indicators.Period
	words := ""
	for _, c := range collectionsIn(ownRelease(text[:end])) {
		switch {
		case !p.IsStated():
			p, words = c.period, c.words
		case !p.Same(c.period):
			return indicators.Period{}, "", false // two collections, or two periods of one: neither is the release's
		}
	}
	return p, words, p.IsStated()
}

// collectionNote is the period note of a figure dated by the period the
// release's title or lead names with its collection.
func collectionNote(p indicators.Period, words string) string {
	return fmt.Sprintf("%s, the period of the collection the release reports (%q)", p, words)
}

// A frameStatus is what the release says once of how sure its figures
// are (statement), with the period its own-period words are of.
type frameStatus struct {
	// all is the words that make every figure an estimate (how the
	// release measures its figures: statement's method), "" if none, and
	// allWhere where they stand.
	all, allWhere string
	// own is the words that call the figures of the release's own period
	// provisional or estimates, and where they stand; "" if none. early
	// reports whether they stand before its first figure, so that a
	// figure naming no time is of that period too.
	own, where string
	early      bool
	// year is the release's own year, 0 if none is read; end the last
	// month of its own period, when the release names its months.
	year int
	end  indicators.Date
}

// frameStatusOf returns what the release says once of how sure its
// figures are, read once: a head that labels its periods provisional or
// final itself states nothing here (contextStatus applies the labels).
// The own period is the figure's own words' preliminary year ("$296.4
// billion (preliminary) in 2018"), else the release's span of months
// (releaseSpan), else the year of its collection (collectionPeriod), its
// title or its lead's first figure (statement), else the latest year its
// head names.
func (d *docDraft) frameStatusOf() frameStatus {
	var f frameStatus
	st := d.statement()
	if len(d.mentions) == 0 || st.labelled {
		return f
	}
	if st.method == "" && st.own == "" && d.prelimYear == 0 {
		return f // nothing said of all the figures: no period to read
	}
	f.all, f.allWhere = st.method, st.methodWhere
	f.own, f.where, f.early, f.year = st.own, st.where, st.early, st.year
	if rp, _, _, ok := d.releaseSpan(); ok && rp.To.Month != 0 {
		f.end = rp.To
		f.year = rp.To.Year
	}
	if p, _, ok := d.collectionPeriod(); ok && f.end.IsZero() {
		f.year = lastYear(p)
	}
	if f.year == 0 {
		f.year = st.openYear
	}
	if d.prelimYear != 0 {
		f.own, f.where, f.early, f.year = d.prelimCue, "the figure's own words", false, d.prelimYear
	}
	return f
}

// revises reports whether the release calls its own period's figures
// estimates, not provisional or preliminary results, and before its
// first figure ("Revised quarterly estimate of gross domestic product"):
// a release of estimates revises the earlier periods of its year too, so
// the earlier figure a comparison names and dates within them ("after a
// rise of 0.4% in Quarter 2") is one of its estimates; a provisional
// release's is final, as is any release's figure told in the pluperfect
// ("had grown by 0.7 per cent in the previous year") or marked revised.
func (f frameStatus) revises() bool {
	return f.early && strings.Contains(strings.ToLower(f.own), "estimate")
}

// ownPeriod reports whether p is of the release's own period — its year,
// or, when the release names its months, the twelve months to its last —
// and whether it is earlier.
func (f frameStatus) ownPeriod(p indicators.Period) (own, earlier bool) {
	e := p.To
	if e.IsZero() {
		e = p.From
	}
	if e.Month != 0 && !f.end.IsZero() {
		months := func(dt indicators.Date) int { return dt.Year*12 + int(dt.Month) - 1 }
		return months(e) > months(f.end)-12 && months(e) <= months(f.end), months(e) <= months(f.end)-12
	}
	y := lastYear(p)
	return f.year != 0 && y == f.year, f.year != 0 && y < f.year
}

// frameStatuses sets the status of the figures of out by what their
// release says once of all its figures (frameStatusOf). The genre's
// pattern: a figure is an estimate when its own clause, or the
// document's statement about all its figures, says so. A release that
// says how it measures every figure (a survey, a model, an estimated
// measure) makes each an estimate, but a count of registered events; one
// that calls its own period's figures provisional or estimates makes
// each figure of that period one — but, in a release of provisional
// results, the earlier figure a comparison names ("after +1.2%", "had
// grown by", "(revised)"), which is final (revises) — and a figure of an
// earlier period, which it compares them with, a fact unless its own
// clause calls it an estimate. A figure with a cue of its own keeps
// its status. Before all these, a survey named with its year in the
// figure's paragraph (paragraphCollection) makes it an estimate; a census
// counts, so how the release measures does not make its figures
// estimates ("According to the 2021 Census, …"), but a release that calls
// its own period's figures preliminary does ("The numbers reported in
// this release are preliminary").
func (d *docDraft) frameStatuses(out []claim) []claim {
	f := d.frameStatusOf()
	if f.all == "" && f.own == "" && len(d.collections()) == 0 {
		return out
	}
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 {
			continue
		}
		quote := strings.ToLower(joinBroken(ind.Provenance[0].Quote))
		noCue := ind.Status == indicators.Fact && strings.HasPrefix(cl.fieldNotes["status"], "no cue word")
		counts := false // the paragraph's collection counts: a census, or a survey of bodies
		if c, ok := d.paragraphCollection(d.collections(), cl); ok && noCue {
			switch l := strings.ToLower(c.words); {
			case hasWord(l, "census"), hasWord(l, "survey") && surveyOfBodies(l):
				counts = true // "according to the 2021 Census": no method's estimate, though its own period may be preliminary
			case hasWord(l, "survey"):
				ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q named in its paragraph: a survey's figures are estimates", c.words)
				declare(cl.fieldNotes, "status", "status/frameStatuses#1")
				continue
			}
		}
		if noCue && !counts && f.all != "" && !(ind.Unit.Kind == indicators.Count && registeredCountRe.MatchString(quote)) {
			ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q in %s: how it measures its figures makes them estimates", f.all, f.allWhere)
			declare(cl.fieldNotes, "status", "status/frameStatuses#2")
			continue
		}
		if f.own == "" {
			continue
		}
		own, earlier := f.ownPeriod(ind.Period)
		if !ind.Period.IsStated() {
			own, earlier = f.early, false
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		cs, ce := clauseOf(text, m)
		clause := strings.ToLower(text[cs:ce])
		earlierFigure := pluperfect.MatchString(quote) || strings.HasPrefix(strings.TrimSpace(strings.ToLower(text[m.Span.End:m.Sentence.End])), "(revised)")
		compared := afterComparison(text, m)
		switch {
		case noCue && own && !earlierFigure && (!compared || f.revises() && ind.Period.IsStated()):
			ind.Status, cl.fieldNotes["status"] = indicators.Estimate, fmt.Sprintf("%q in %s: every figure of the release's own period is an estimate", f.own, f.where)
			declare(cl.fieldNotes, "status", "status/frameStatuses#3")
		case ind.Status == indicators.Estimate && earlier && !ownEstimateWordsIn(clause):
			ind.Status, cl.fieldNotes["status"] = indicators.Fact, fmt.Sprintf("%s, a period before the release's own, which it compares with: final, a fact (the release is of %q)", ind.Period, f.own)
			declare(cl.fieldNotes, "status", "status/frameStatuses#4")
		}
	}
	return out
}

// ownEstimateWordsIn reports whether a figure's sentence, lower case,
// calls it an estimate, a projection or provisional itself.
func ownEstimateWordsIn(s string) bool {
	for _, w := range []string{"estimat", "provisional", "projected", "forecast", "preliminary"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
