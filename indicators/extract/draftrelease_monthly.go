package extract

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// What a monthly statistics release's figures are and how sure (drafts57):
//
//	Retail sales remain unchanged, according to a first estimate. (its
//	standfirst) → every figure of the release is an estimate, and so is
//	the earlier estimate a figure revises
//	… were estimated to be flat (0.0%) → a change (no direction)
//	The rate of capacity utilization … to 76.9 percent → a level
//	At 93.1 percent of its 2007 average → an index level, never a share
//	from an annual rate of 9.0 million units → unit per year
//	The output of mines advanced 0.8 percent → "Output of mines change on
//	the previous month"
//
// and what is no claim of its own: a release code's number ("G.17
// (419)"), the estimate a revised figure replaced ("previously it was
// reported to have edged up 0.1 percent"), a span ("the three months to
// February 2023"), and a proportion in words before its exact percentage
// ("Around 9 in 10 (94%)").

// flatChangeBefore matches the words before a bracketed percentage that name
// no change: "flat (", "unchanged (", "little changed (".
var flatChangeBefore = lazyRegexp(`(?i)\b(?:flat|unchanged|no change|little changed|broadly flat|stable)\s*\(\s*$`)

// rateSeriesNouns name a rate whose percentage is a level: what a
// capacity is used at. A rate of a part of a population ("the
// unemployment rate", "the response rate") is a share (partRate).
var rateSeriesNouns = lazyRegexp(`(?i)\b(?:capacity utili[sz]ation|utili[sz]ation rate|operating rate|rate of (?:capacity )?utili[sz]ation)\b`)

// ofAverage matches the words after an index reading on a base
// year: " of its 2007 average", " of its 2015 level".
var ofAverage = lazyRegexp(`^\s+of\s+(?:its|their|the)\s+(\d{4})\s+(?:average|level|base)\b`)

// monthlyWhatClaim applies the rules of this file to a drafted figure.
func (d *docDraft) monthlyWhatClaim(cl *claim, m Mention, cs int) {
	ind := &cl.ind
	text := d.src.Text
	before := text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	if m.Unit.Kind == indicators.Percent && ind.Measure == indicators.Share {
		switch {
		case strings.HasSuffix(strings.TrimSpace(before), "(") && flatChangeBefore.MatchString(before):
			ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("%q before the bracketed figure: no change, a change of zero", strings.TrimSpace(strings.TrimRight(strings.TrimSpace(before), "(")))
			declare(cl.fieldNotes, "measure", "measure/monthlyWhatClaim#1")
		case ofAverage.MatchString(after):
			g := ofAverage.FindStringSubmatch(after)
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("percent of its %s average: an index reading on a base year, a level, not a share", g[1])
			declare(cl.fieldNotes, "measure", "measure/monthlyWhatClaim#2")
		case (strings.Contains(text[cs:m.Span.Start], "rate") || strings.Contains(text[cs:m.Span.Start], "tili")) && rateSeriesNouns.MatchString(text[cs:m.Span.Start]):
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a named rate, read as a level", rateSeriesNouns.FindString(text[cs:m.Span.Start]))
			declare(cl.fieldNotes, "measure", "measure/monthlyWhatClaim#3")
		}
	}
	// The extractor reads "an annual rate of 9.0 million units" and "a 1.2
	// million SAAR" as units per year (the draft keeps that base, written
	// apart from the figure); the end of "from an annual rate of X … to
	// Y" is read here.
	apart := ind.Unit.Per == "year" && m.Unit.Per == "year" && !strings.Contains(strings.ToLower(m.Text), "year")
	if ind.Unit.Kind == indicators.Count && ind.Unit.Name != "" && (apart || ind.Unit.Per == "" && d.annualTo(m)) {
		ind.Unit.Per = "year"
		cl.fieldNotes["unit"] = fmt.Sprintf("%q: a count at an annual rate, %s per year", "annual rate", ind.Unit.Name)
		declare(cl.fieldNotes, "unit", "unit/monthlyWhatClaim")
	}
	d.monthlyChangeTitle(cl, m)
}

// annualTo reports whether a count is the end of a "from an
// annual rate of X … to Y" clause, which states Y at the same annual rate.
func (d *docDraft) annualTo(m Mention) bool {
	before := d.src.Text[m.Sentence.Start:m.Span.Start]
	if !strings.Contains(before, "nnual") {
		return false
	}
	i := strings.LastIndex(strings.ToLower(before), "annual rate of")
	if i < 0 {
		return false
	}
	rest := strings.ToLower(before[i:])
	return strings.HasSuffix(strings.TrimSpace(rest), " to") && !strings.ContainsAny(rest, ";")
}

// codeBefore matches a release code before a bracketed number:
// "G.17 (", "H.8 (", "Z.1 (".
var codeBefore = lazyRegexp(`\b[A-Z]{1,3}\.\d{1,3}[A-Za-z]?\s*\(\s*$`)

// previouslyReported matches the words that give a revised figure's
// earlier estimate: "previously it was reported to have", "previously
// estimated at", "was previously published as".
var previouslyReported = lazyRegexp(`(?i)\bpreviously,?\s+(?:it\s+)?(?:was\s+|had\s+been\s+|were\s+)?(?:reported|estimated|published|shown|put|recorded)\s+(?:to\s+have|at|as)\b|\b(?:was|were|had been)\s+previously\s+(?:reported|estimated|published|shown|put|recorded)\s+(?:to\s+have|at|as)\b`)

// spanBefore matches the words before a number of months or
// quarters that make it a span: "the three months", "the previous three
// months", "the latest 12 months".
var spanBefore = lazyRegexp(`(?i)\bthe\s+(?:previous\s+|preceding\s+|latest\s+|last\s+|past\s+|same\s+|most\s+recent\s+)?$`)

// proportionBefore matches the exact percentage in brackets right
// after a proportion in words: "9 in 10 (94%)", "half (57%)".
var proportionAfter = lazyRegexp(`^\s*(?:adults\s+|people\s+|respondents\s+)?\(\s*(\d+(?:\.\d+)?)\s*(?:%|per ?cent|percent)\s*\)`)

// monthlyNotClaim returns why a figure is no claim of its own, by the
// rules of this file, or "".
func (d *docDraft) monthlyNotClaim(m Mention) string {
	text := d.src.Text
	before := text[max(m.Sentence.Start, m.Span.Start-60):m.Span.Start]
	after := text[m.Span.End:m.Sentence.End]
	if m.Unit.IsZero() && codeBefore.MatchString(before) && strings.HasPrefix(strings.TrimSpace(after), ")") {
		code := strings.TrimSpace(strings.TrimRight(strings.TrimSpace(codeBefore.FindString(before)), "("))
		return fmt.Sprintf("%q: the number of a release code, part of its name, not a claim", code+" ("+m.Text+")")
	}
	if m.Unit.IsZero() && m.Quantity.Value.Float64() > 0 && m.Quantity.Value.Float64() < 1 {
		if g := proportionAfter.FindStringSubmatch(after); g != nil {
			if p, err := strconv.ParseFloat(g[1], 64); err == nil && p/100-m.Quantity.Value.Float64() <= 0.05 && m.Quantity.Value.Float64()-p/100 <= 0.05 {
				return fmt.Sprintf("a proportion in words before the exact %s%% in brackets: one figure, the percentage; the words are a comment on it", g[1])
			}
		}
	}
	if u := indUnitName(m); (u == "month" || u == "quarter" || u == "week") && spanBefore.MatchString(before) {
		return fmt.Sprintf("%q: a span of time a figure is measured over or against, not a count", "the "+m.Text)
	}
	cs := m.Sentence.Start
	if i := strings.LastIndexAny(text[cs:m.Span.Start], ";"); i >= 0 {
		cs += i + 1
	}
	if strings.Contains(text[cs:m.Span.Start], "reviously") && previouslyReported.MatchString(text[cs:m.Span.Start]) {
		return fmt.Sprintf("%q: the earlier estimate of the revised figure before it, a comment on that figure, not a claim", strings.TrimSpace(previouslyReported.FindString(text[cs:m.Span.Start])))
	}
	return ""
}

// indUnitName returns the counted noun of a count, "" for any other.
func indUnitName(m Mention) string {
	if m.Unit.Kind != indicators.Count {
		return ""
	}
	return m.Unit.Name
}
