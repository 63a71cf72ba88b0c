package extract

import (
	"fmt"
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

// releaseNounAlt is releaseNouns as a regexp alternation, lower case.
func releaseNounAlt() string { return strings.Join(releaseNouns, "|") }

// collectionNameRe matches the name of a collection followed by the
// period it is of, as a title or a lead names it: capitalised words that
// end in a release noun (group 1), then perhaps what it is of or its
// place ("of Hours and Earnings", "for Northern Ireland", ", England")
// and a separator, then a year or a year across
// two (group 2) and the kind of year ("school year").
var collectionNameRe = lazyRegexp(`((?:[A-Z][\w’'&.-]*\s+(?:(?:of|for|and|on|in|at|the)\s+)*){0,8}(?:` + capitalAlt(releaseNouns) + `))` +
	`(?:,?\s+(?:(?:of|for|on|in)\s+)?[A-Z][\w’'.-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w’'.-]*){0,4})?\s*(?:[-–—:,]\s*)?` +
	`((?:19|20)\d\d(?:[/-]\d\d)?(?:\s+(?:school|academic|financial|crop|farm) year)?)\b`)

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

// collectionPeriod returns the period the title or lead names with the
// collection the release reports ("the National Child Measurement
// Programme, England - 2016/17 school year"), and its words; false when
// they name none, or two different periods. The lead runs to the end of
// the sentence of the release's leadFigures-th figure, at most
// maxOpening bytes.
func (d *docDraft) collectionPeriod() (indicators.Period, string, bool) {
	text := d.src.Text
	end := min(len(text), maxOpening)
	if n := len(d.mentions); n > 0 {
		end = min(end, d.mentions[min(n, leadFigures)-1].Sentence.End)
	}
	head := ownRelease(text[:end])
	var p indicators.Period
	words := ""
	for _, g := range collectionNameRe.FindAllStringSubmatchIndex(head, -1) {
		w := head[g[4]:g[5]]
		if q, _, ok := titlePeriodOf(head[g[2] : g[4]+4]); ok && q.From.Month != 0 {
			continue // "Labour Force Survey, May 2022": a month, which refMonthPeriods reads
		}
		refs := yearsIn(w, 0)
		if len(refs) == 0 || refs[0].period.IsSpan() || refs[0].period.From.Month != 0 {
			continue
		}
		q := refs[0].period
		switch {
		case !p.IsStated():
			p, words = q, strings.Join(strings.Fields(head[g[2]:g[5]]), " ")
		case !p.Same(q):
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
