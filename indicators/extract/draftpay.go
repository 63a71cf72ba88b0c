package extract

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Pay and its gaps (drafts61): what an earnings release's money figures
// and percentages measure. Pay is a level read at a time, never a flow;
// the rate word before it names the unit's base; a pay gap is a level in
// percent, never a share of a whole or a change.

// payNouns are the nouns of pay (and rent, paid alike), and payModifiers
// the words that may stand between a rate or level word and them: every
// regexp of pay reads them (payRateRe, payLevelRe,
// gapRe, measuredRe).
const (
	payNouns     = `earnings|pay|wages?|salary|salaries|rents?|incomes?`
	payModifiers = `gross|net|disposable|household|full-time|part-time|basic`
)

var (
	// payRateRe is pay named with the base it is paid per:
	// "weekly earnings", "median gross hourly pay", "annual household
	// income". Group 1 is the rate word.
	payRateRe = lazyRegexp(`\b(` + payRateWords() + `)\s+(?:(?:` + payModifiers + `|median|mean|average)\s+){0,2}(?:` + payNouns + `)\b`)
	// payLevelRe is pay named as a level of a distribution:
	// "median earnings", "average gross pay", "mean household income".
	payLevelRe = lazyRegexp(`\b(?:median|mean|average)\s+(?:(?:` + payModifiers + `)\s+){0,2}(?:` + payNouns + `)\b`)
	// gapRe is a gap between the pay of two groups: "the gender
	// pay gap", "the ethnicity pay gap", "the earnings gap".
	gapRe = lazyRegexp(`\b(?:(?:[a-z-]+)\s+)?(?:` + payNouns + `)\s+gap\b`)
)

// payPer are the bases the rate words of pay name.
var payPer = map[string]string{"weekly": "week", "hourly": "hour", "annual": "year", "monthly": "month", "daily": "day"}

// payRateWords returns the rate words of payPer as one
// alternation, in sorted order.
func payRateWords() string {
	return strings.Join(slices.Sorted(maps.Keys(payPer)), "|")
}

// notPay are words after a pay phrase that make it no person's
// pay: "the annual pay bill", "an annual pay rise", "the annual income
// tax".
var notPay = map[string]bool{"bill": true, "bills": true, "budget": true, "budgets": true, "cost": true, "costs": true,
	"settlement": true, "settlements": true, "rise": true, "rises": true, "increase": true, "increases": true, "growth": true,
	"award": true, "awards": true, "review": true, "tax": true, "taxes": true, "packages": true, "package": true, "freeze": true,
	"inflation": true, "support": true}

// payClaim applies this file's rules to a drafted claim.
func (d *docDraft) payClaim(cl *claim, m Mention, cs, ce int) {
	d.payLevel(cl, m)
	d.payGap(cl, m)
	d.moneyRateLevel(cl, m)
}

// payLevel makes an amount of pay a level, in money per the base
// its rate word names: "median weekly earnings for full-time employees
// were £538" is a level in GBP per week. An amount of millions is a bill,
// not a person's pay; a change in pay ("up £12") stays a change.
func (d *docDraft) payLevel(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.Kind != indicators.Money || ind.Measure == indicators.Change || m.Quantity.Direction != indicators.NoDirection {
		return
	}
	if scaledAmount(m.Text) {
		return // "£5m", "£1.2bn"
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	per, word, ok := payPhrase(before)
	if !ok {
		return
	}
	if ind.Measure != indicators.Level {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: pay, a level read at a time, not a flow", word)
		declare(cl.fieldNotes, "measure", "measure/payLevel")
	}
	if per != "" && ind.Unit.Per == "" {
		ind.Unit.Per = per
		cl.fieldNotes["unit"] = fmt.Sprintf("%s, as %q is paid", ind.Unit, word)
		declare(cl.fieldNotes, "unit", "unit/payLevel")
	}
}

// payPhrase returns the base and the words of the last phrase of
// pay in before (lower case), and whether there is one; the base is ""
// for pay named with no rate word ("median earnings").
func payPhrase(before string) (per, word string, ok bool) {
	per, word, _, ok = payPhraseAt(before)
	return per, word, ok
}

// payPhraseAt is payPhrase that also returns where the
// phrase starts in before.
func payPhraseAt(before string) (per, word string, at int, ok bool) {
	at = -1
	for _, re := range []*lazyRE{payRateRe, payLevelRe} {
		for _, g := range re.FindAllStringSubmatchIndex(before, -1) {
			next := strings.Fields(before[g[1]:])
			if len(next) > 0 && notPay[strings.Trim(next[0], ",.;:()")] {
				continue
			}
			if g[0] < at {
				continue
			}
			at, word, per = g[0], before[g[0]:g[1]], ""
			if len(g) > 2 && g[2] >= 0 {
				per = payPer[before[g[2]:g[3]]]
			}
			ok = true
		}
	}
	if ok && per == "" {
		if g := payRateRe.FindStringSubmatch(word); g != nil {
			per = payPer[g[1]]
		}
	}
	return per, word, at, ok
}

// payGap makes a pay gap's percentage a level: "the gender pay
// gap … decreased to 9.4%, from 9.6% in 2015" gives the level reached
// and the level it came from, each titled by the gap. A gap that changed
// "by" a figure keeps that figure a change.
func (d *docDraft) payGap(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.String() != "percent" {
		return
	}
	text := d.src.Text
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	loc := gapRe.FindAllStringIndex(before, -1)
	if loc == nil {
		return
	}
	g := loc[len(loc)-1]
	f := strings.Fields(before)
	if len(f) == 0 {
		return
	}
	switch strings.Trim(f[len(f)-1], ",;:(") {
	case "by", "than":
		return
	}
	if ind.Measure != indicators.Level {
		ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a gap between two groups' pay, a level in percent", strings.TrimSpace(before[g[0]:g[1]]))
		declare(cl.fieldNotes, "measure", "measure/payGap")
	}
	ind.Quantity.Direction = indicators.NoDirection
	if t := gapTitle(before[g[0]:]); t != "" && !strings.Contains(strings.ToLower(ind.Title), "gap") {
		ind.Title, cl.fieldNotes["title"] = t, "the pay gap the sentence is about, with its qualifiers"
		declare(cl.fieldNotes, "title", "title/payGap")
	}
}

// gapTitle returns the title of a pay gap from the words that
// start with it (lower case), up to its verb: "gender pay gap (for median
// hourly earnings) for full-time employees decreased to" gives "Gender
// pay gap in median hourly earnings for full-time employees".
func gapTitle(s string) string {
	var out []string
	for _, w := range strings.Fields(s) {
		bare := strings.Trim(w, ",;:")
		if nationalVerbs[bare] || gapVerbs[bare] || bare == "" || strings.ContainsAny(bare, "0123456789%£$€") {
			break
		}
		if strings.HasPrefix(bare, "(") && strings.TrimPrefix(bare, "(") == "for" {
			bare = "in" // "(for median hourly earnings)": what the gap is in
		}
		bare = strings.Trim(bare, "()")
		out = append(out, bare)
		if strings.HasSuffix(w, ",") || strings.HasSuffix(w, ";") {
			break
		}
	}
	if len(out) < 2 {
		return ""
	}
	return upperFirst(strings.Join(out, " "))
}

// gapVerbs end a gap's subject besides nationalVerbs.
var gapVerbs = stopSet(classHaveForms,
	"narrowed", "widened", "stood", "closed", "shrank", "from", "to", "at", "and")
