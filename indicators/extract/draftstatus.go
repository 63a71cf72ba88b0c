package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// inheritedStatus returns the status of the main clause of a figure's
// sentence when the figure's own clause goes on from it without a verb of
// its own: a participle ("will be slashed, locking in reductions on 90%
// …") or an absolute "with" ("…, with 85% of these becoming tariff-free").
// It returns false when the clause has a verb of its own or the main
// clause no cue.
func inheritedStatus(text string, m Mention, cs int, u indicators.Unit) (indicators.Status, string, bool) {
	if cs <= m.Sentence.Start {
		return indicators.Fact, "", false
	}
	f := strings.Fields(strings.ToLower(text[cs:m.Span.Start]))
	if len(f) == 0 {
		return indicators.Fact, "", false
	}
	w := strings.Trim(f[0], ",;:")
	if (w == "up" || w == "down") && len(f) > 1 && f[1] == "from" {
		// "is estimated at 10.2% in the latest quarter, up from 10.1%":
		// the earlier reading of an estimated series is estimated too;
		// what a target or pledge starts from is no target.
		st, c := statusOf(strings.ToLower(joinBroken(text[m.Sentence.Start:cs])), u)
		return st, c, st == indicators.Estimate
	}
	if w != "with" && (!strings.HasSuffix(w, "ing") || len(w) < 6 || w == "including" || w == "according") {
		return indicators.Fact, "", false
	}
	main := strings.ToLower(joinBroken(text[m.Sentence.Start:cs]))
	st, c := statusOf(main, u)
	if st == indicators.Target && governedTargetRE.MatchString(main) {
		// "below the UN target of 0.7% …, increasing from 0.33% in
		// 2021": the target marks its own figure, not the reading.
		return indicators.Fact, "", false
	}
	return st, c, st != indicators.Fact
}

// inanimateSubjects are nouns that cannot promise: "prices will average",
// "production will fall", "the economy will grow" are what someone
// foresees, not a pledge, which needs an actor.
var inanimateSubjects = map[string]bool{"price": true, "prices": true, "production": true, "output": true, "economy": true,
	"economies": true, "demand": true, "supply": true, "inflation": true, "consumption": true, "inventories": true, "growth": true,
	"rate": true, "rates": true, "market": true, "markets": true, "volatility": true}

// inanimateWill reports whether the "will" of a lower-case clause has an
// inanimate subject and an active verb: "crude oil prices will average"
// (a projection), not "tariffs will be slashed" (someone will slash
// them).
func inanimateWill(clause string) bool {
	f := strings.Fields(clause)
	for k, w := range f {
		if w != "will" || k == 0 || k+1 >= len(f) {
			continue
		}
		return inanimateSubjects[strings.Trim(f[k-1], ",;:")] && f[k+1] != "be"
	}
	return false
}

// governedTargetRE matches a target that governs a figure of its own:
// "the UN target of 0.7%", "a goal of $5 billion".
var governedTargetRE = lazyRegexp(`\b(?:target|goal|guideline|benchmark)s?\s+(?:of|at)\s+(?:about\s+|around\s+|some\s+)?(?:[a-z]{3}\s+)?[$€£]?\d`)

// ofTheTotalRE matches a share of a total right after its figure: "of the
// total global spending", "of total".
var ofTheTotalRE = lazyRegexp(`^\s*of\s+(?:the\s+)?total\b`)

// subLineStatus returns the status of the key figure on the line above a
// share of its total on an indented line under it ("$2,240bn Total
// worldwide military expenditure in 2022, as estimated by SIPRI.\n  The
// USA …, accounting for 39% of the total global spending."): the share of
// an estimated total is an estimate.
func (d *docDraft) subLineStatus(m Mention) (indicators.Status, string, bool) {
	text := d.src.Text
	if !ofTheTotalRE.MatchString(text[m.Span.End:m.Sentence.End]) {
		return indicators.Fact, "", false
	}
	ls := strings.LastIndexByte(text[:m.Sentence.Start], '\n') + 1
	if ls == 0 || !strings.HasPrefix(text[ls:], "  ") || strings.TrimSpace(text[ls:m.Sentence.Start]) != "" {
		return indicators.Fact, "", false
	}
	ps := strings.LastIndexByte(text[:ls-1], '\n') + 1
	parent := text[ps : ls-1]
	if parent == "" || parent[0] == ' ' {
		return indicators.Fact, "", false
	}
	if st, note, ok := dataNoteOf(strings.ToLower(parent)); ok && st == indicators.Estimate {
		return st, note, true
	}
	return indicators.Fact, "", false
}
