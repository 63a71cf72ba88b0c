package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// averageWord matches a word that names an average: "an average of £474",
// "the average (median) walking journey", "median time", "the monthly
// medians varied from 246 litres … to 258 litres" ("means" is a verb as
// often, and is left out).
var averageWord = lazyRegexp(`\b(?:average|mean|median|averages|medians)\b`)

// averageLevel makes an amount or a measure that is an average a level,
// read at a time, not a flow (seensb): "Households spent an average of
// £474 per week", "The average (median) walking journey was 0.9 km", "A
// weekly average of £4.30 was spent". The average is named in the
// figure's clause before it, or, for money, in the release's title line
// ("Households spent an average of £474 per week in 2010" frames every
// amount of spending after it). An amount of millions is a total, however
// averaged; a change stays one.
func (d *docDraft) averageLevel(cl *claim, m Mention, cs int) {
	ind := &cl.ind
	money := ind.Unit.Kind == indicators.Money
	if !money && m.Kind != Measure || ind.Measure == indicators.Change || ind.Measure == indicators.Level || m.Quantity.Direction != indicators.NoDirection || money && scaledAmount(m.Text) {
		return
	}
	text := d.src.Text
	if w := averageNamed(strings.ToLower(joinBroken(text[cs:m.Span.Start]))); w != "" {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q before the figure in its clause: an average, a level", w)
		declare(cl.fieldNotes, "measure", "measure/averageLevel#1")
		return
	}
	if w := averageRightAfter(text[m.Span.End:m.Sentence.End]); w != "" {
		// "$429 median loss", "£12 average fare": the average names the
		// amount as an adjective of the noun right after it.
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q right after the figure: an average, a level", w)
		declare(cl.fieldNotes, "measure", "measure/averageLevelAfter")
		return
	}
	if t := strings.TrimLeft(text, " \t\r\n"); money {
		title, _, _ := strings.Cut(t, "\n")
		if w := averageNamed(strings.ToLower(title)); w != "" && moneyRe.MatchString(title) {
			ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("the title line %q gives the release's amounts as averages: a level", strings.TrimSpace(title))
			declare(cl.fieldNotes, "measure", "measure/averageLevel#2")
		}
	}
}

// averageRightAfter returns the word of an average that the words right
// after a figure open with, before a noun ("median loss", "average
// fare"), or "": "$429 median loss" is the median of the losses.
func averageRightAfter(after string) string {
	f := strings.Fields(strings.ToLower(after))
	if len(f) < 2 {
		return ""
	}
	w := strings.Trim(f[0], ",;:()")
	if w != f[0] || !averageWord.MatchString(w) || strings.HasSuffix(w, "s") {
		return "" // "$429, median …": a clause apart; "medians": a noun of its own
	}
	return w
}

// averageNamed returns the first word of s (lower case) that names an
// average as a noun or an adjective, or "": "will average 12.9 million
// barrels per day" is a verb, whose figure is what it measures.
func averageNamed(s string) string {
	for _, ix := range averageWord.FindAllStringIndex(s, -1) {
		f := strings.Fields(s[:ix[0]])
		if len(f) > 0 && averageVerbBefore[f[len(f)-1]] {
			continue
		}
		return s[ix[0]:ix[1]]
	}
	return ""
}

// averageVerbBefore are the words that make "average" after them a verb:
// "will average", "to average".
var averageVerbBefore = stopSet(classModals|classDoForms, "to")

// moneyRe matches an amount of money written with its symbol: "£474".
var moneyRe = lazyRegexp(`[£$€¥]\s?\d`)

// scaledAmount reports whether an amount of money as written is millions
// or more ("£5m", "$1.2 billion"): a total, not an amount per person or
// household.
func scaledAmount(written string) bool {
	low := strings.TrimSpace(strings.ToLower(written))
	for _, s := range []string{"million", "billion", "trillion"} {
		if hasPhrase(low, s) {
			return true
		}
	}
	return strings.HasSuffix(low, "bn") || strings.HasSuffix(low, "m")
}
