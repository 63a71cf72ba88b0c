package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The scope of a status cue (cue28). A release may say how sure its
// figures are above them rather than beside them, and the nearest word
// decides, in this order:
//
//  1. the figure's own clause, then its sentence (statusOf,
//     inheritedStatus and listModal, draft.go): "is estimated to be 4.8%";
//  2. the lead-in the figure's sentence goes on from: a line that ends
//     mid-sentence above it ("The tax gap is estimated to be" / blank line
//     / "4.8% of …"), or the line ending in a colon that leads its bullet
//     list ("Headline estimates are:");
//  3. the headings above it, innermost first ("Headline tax gap
//     estimates", "Population projections");
//  4. the release: its title or lead (contextStatus), or a sentence on
//     all its figures anywhere ("These figures are our best estimates",
//     allFiguresStatusRe; frameStatuses).
//
// Levels 2 and 3 read the words a title uses to call its figures
// estimates (releaseEstimateWords) or projections (vocab.ForecastWords);
// a count of registered events stays a fact, as under a release's word.

// scopeStatusOf returns the status a lead-in or heading line gives the
// figures under it, and the word that says it.
func scopeStatusOf(line string) (indicators.Status, string) {
	l := strings.ToLower(line)
	if c := firstPhrase(l, releaseEstimateWords); c != "" && !(c == "survey" && surveyOfBodies(l)) {
		return indicators.Estimate, c
	}
	if c := firstPhrase(l, vocab.ForecastWords); c != "" {
		return indicators.Projection, c
	}
	return indicators.Fact, ""
}

// sentenceLeadIn returns the line a sentence starting at s goes on from
// across a line break or a blank line: the nearest line above it that
// ends on a word no sentence or heading ends on (leadInEnds), with its
// start; false when there is none.
func sentenceLeadIn(text string, s int) (string, int, bool) {
	ls := lineStart(text, s)
	if strings.TrimSpace(text[ls:s]) != "" && !isBulletLine(text[ls:lineEnd(text, ls)]) {
		return "", 0, false // the sentence starts mid-line: the line above ended another
	}
	for ls > 0 {
		ps := lineStart(text, ls-1)
		line := strings.TrimSpace(text[ps : ls-1])
		if line == "" {
			ls = ps
			continue
		}
		if leadInEnds[strings.ToLower(lastWord(line))] && !strings.ContainsAny(line[len(line)-1:], ".;:!?") {
			return line, ps, true
		}
		return "", 0, false
	}
	return "", 0, false
}

// A level set for the coming period (who35). "Will" pledges only with a
// verb someone acts by ("will provide $5 million"); as the copula of a
// figure it says what a level is for the period the release sets it for:
//
//	The average Band D council tax set by local authorities for 2018-19
//	will be £1,671, an increase of £81 or 5.1% → facts of the release's
//	period, as "is" would state them, and so is every figure of the clause
//	whose only "will" is that copula
//	Rents will be 26 to 28 percent higher → a change foreseen: kept
//	The population will be 70 million by 2040 (a release of 2024) → a year
//	beyond the release's own: kept
//
// Such a figure is read as one with no cue word of its own, so that the
// scope above it decides (a lead-in, a heading or a title that says
// "forecast" or "outlook" makes it a projection): a forecast needs a
// forecaster.

var (
	// willRe is the word "will" in lower-case words.
	willRe = lazyRegexp(`\bwill\b`)
	// copulaWillRe is "will be" with a figure for its complement: "will be
	// £1,671", "will be us$5 million", "will be 12.5%".
	copulaWillRe = lazyRegexp(`\bwill be (?:[a-z]{1,3})?[£$€¥]?\d`)
)

// setLevel reports whether the "will" that made cl's figure m a pledge or
// a projection is only the copula of a figure for the release's period:
// every "will" of its clause is followed by "be" and a figure, m is no
// change that copula foresees ("will be 5% higher"), and m's period starts
// no later than the latest year of the release's title line.
func (d *docDraft) setLevel(cl *claim, m Mention) bool {
	note := cl.fieldNotes["status"]
	if !strings.HasPrefix(note, `"will"`) || strings.Contains(note, "Without") {
		return false
	}
	text := d.src.Text
	cs, ce := clauseOf(text, m)
	clause := strings.ToLower(joinBroken(text[cs:ce]))
	if n := len(willRe.FindAllStringIndex(clause, -1)); n == 0 || n != len(copulaWillRe.FindAllStringIndex(clause, -1)) {
		return false
	}
	if m.Quantity.Direction != indicators.NoDirection && strings.HasSuffix(strings.TrimSpace(strings.ToLower(joinBroken(text[cs:m.Span.Start]))), "will be") {
		return false
	}
	title, _, _ := statTitleLine(text)
	latest := 0
	for _, y := range yearsIn(title, 0) {
		latest = max(latest, lastYear(y.period))
	}
	p := cl.ind.Period
	return latest > 0 && (!p.IsStated() || p.From.Year <= latest)
}

// scopeStatuses gives the figures of out that no word of their own
// sentence made anything but facts the status of their lead-in or, failing
// that, of the headings above them (levels 2 and 3 above); a level set for
// the coming period (setLevel) counts as such a figure.
func (d *docDraft) scopeStatuses(out []claim) []claim {
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 || cl.ind.Status != indicators.Pledge && cl.ind.Status != indicators.Projection {
			continue
		}
		if m, ok := d.mentionStated(cl); ok && d.setLevel(cl, m) {
			cl.ind.Status, cl.fieldNotes["status"] = indicators.Fact, `no cue word of an estimate, projection or commitment: "will be" and the figure state the level set for the release's period`
			declare(cl.fieldNotes, "status", "status/scopeStatuses#1")
		}
	}
	if d.statement().labelled {
		return out // "October 2018 (Provisional) September 2018 (Final)": the head labels its periods (contextStatus)
	}
	text := d.src.Text
	title, _, _ := statTitleLine(text)
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		if cl.skip != "" || len(ind.Provenance) == 0 || ind.Status != indicators.Fact || !strings.HasPrefix(cl.fieldNotes["status"], "no cue word") {
			continue
		}
		if ind.Unit.Kind == indicators.Count && registeredCountRe.MatchString(strings.ToLower(ind.Provenance[0].Quote)) {
			continue
		}
		m, ok := d.mentionStated(cl)
		if !ok {
			continue
		}
		var lines []string
		if l, _, ok := sentenceLeadIn(text, m.Sentence.Start); ok {
			lines = append(lines, l)
		}
		if l, at, ok := leadInOf(text, m.Span.Start); ok {
			lines = append(lines, l)
			for k := 1; k < maxLeadIns; k++ {
				if l, at, ok = leadInAbove(text, at); !ok {
					break
				}
				lines = append(lines, l)
			}
		}
		where := "the lead-in line"
		n := len(lines)
		sec := d.sectionAt(m.Span.Start)
		for k := len(sec) - 1; k >= 0; k-- {
			if strings.TrimSpace(sec[k]) != strings.TrimSpace(title) {
				lines = append(lines, sec[k]) // the title is the release's word (contextStatus)
			}
		}
		for k, l := range lines {
			st, c := scopeStatusOf(l)
			if st == indicators.Fact {
				continue
			}
			if k >= n {
				where = "the heading"
			}
			ind.Status = st
			cl.fieldNotes["status"] = fmt.Sprintf("%q in %s %q above it: the status of every figure under it", c, where, strings.TrimSpace(l))
			declare(cl.fieldNotes, "status", "status/scopeStatuses#2")
			break
		}
	}
	return out
}
