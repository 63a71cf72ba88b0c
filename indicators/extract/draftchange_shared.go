package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Changes a figure shares or a noun of change heads (what42):
//
//	… the main drivers in the increase, up 11% and 4% on 2018 → 4% is a
//	rise too: a figure joined by "and" to a change before it, with no verb
//	of its own, shares its change and direction
//	demand has gone down by five percent for O type blood and three
//	percent for all blood types → three percent a fall, the group each
//	figure is "for" between them
//	the largest absolute increase in cost between 2019/20 and 2020/21 of
//	£78.9 million → a rise: the amount a change noun's "of" gives, however
//	far the noun's complements put it
//	an increase to the register of 9,012 nurses → the same, "to" naming
//	the total changed

// sharedChangeJoin matches the words between a change and a figure that
// shares it: "and", a comma, or the group the first is "for", "in" or
// "among" and then "and" ("for O type blood and").
var sharedChangeJoin = lazyRegexp(`^\s*(?:(?:for|in|among|of) [^,;.:()0-9]{1,40}? )?(?:and|or|,|, and)\s*$`)

// sharedChangeClaim makes a percentage drafted as a share a change, of
// the direction of the change right before it in its sentence, where the
// words between only join the two (sharedChangeJoin).
func (d *docDraft) sharedChangeClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Measure != indicators.Share || m.Unit.String() != "percent" || m.Quantity.Direction != indicators.NoDirection {
		return
	}
	var prev *Mention
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End <= m.Span.Start && (prev == nil || o.Span.End > prev.Span.End) {
			o := o
			prev = &o
		}
	}
	if prev == nil || prev.Unit.String() != "percent" || prev.Quantity.Direction == indicators.NoDirection {
		return
	}
	text := d.src.Text
	between := strings.ToLower(joinBroken(text[prev.Span.End:m.Span.Start]))
	if !sharedChangeJoin.MatchString(between) {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("joined by %q to the change %s before it: the same change", strings.TrimSpace(between), flatText(prev.Text))
	declare(cl.fieldNotes, "measure", "measure/sharedChangeClaim")
	d.setDirection(cl, prev.Quantity.Direction, text[m.Sentence.Start:m.Sentence.End])
}

// changeOfHeads are the nouns of a change whose "of" may give its amount
// some words after them, with the direction each says.
var changeOfHeads = map[string]indicators.Direction{"increase": indicators.Up, "increases": indicators.Up, "rise": indicators.Up,
	"growth": indicators.Up, "gain": indicators.Up, "decrease": indicators.Down, "decreases": indicators.Down,
	"decline": indicators.Down, "fall": indicators.Down, "drop": indicators.Down, "reduction": indicators.Down}

// changeOfBefore returns the change noun whose "of" ends the lower-case
// words before a figure, with its complements between ("increase in cost
// between 2019/20 and 2020/21 of", "increase to the permanent register
// of"), at most ten words back and no clause break between; "" where
// there is none.
func changeOfBefore(before string) string {
	f := strings.Fields(before)
	if len(f) < 2 || f[len(f)-1] != "of" {
		return ""
	}
	for k := len(f) - 2; k >= 0 && k >= len(f)-11; k-- {
		w := f[k]
		if strings.ContainsAny(w, ",;:()") {
			return ""
		}
		if _, ok := changeOfHeads[w]; ok {
			return w
		}
		if numberOfVerbs[w] || w == "than" {
			return "" // another clause's verb, or a comparison
		}
	}
	return ""
}

// changeOfClaim makes an amount or a count drafted as a flow or a stock a
// change, of its noun's direction, where a change noun's "of" leads to it
// (changeOfBefore) and the figure states no direction of its own.
func (d *docDraft) changeOfClaim(cl *claim, m Mention, cs int) {
	ind := &cl.ind
	if ind.Measure != indicators.Flow && ind.Measure != indicators.Stock || m.Quantity.Direction != indicators.NoDirection ||
		m.Unit.Kind != indicators.Money && m.Unit.Kind != indicators.Count && m.Kind != Number {
		return
	}
	text := d.src.Text
	if cs > m.Span.Start {
		return
	}
	h := changeOfBefore(strings.ToLower(joinBroken(text[cs:m.Span.Start])))
	if h == "" {
		return
	}
	ind.Measure, cl.fieldNotes["measure"] = indicators.Change, fmt.Sprintf("the %q whose \"of\" gives the figure: a change", h)
	declare(cl.fieldNotes, "measure", "measure/changeOfClaim")
	d.setDirection(cl, changeOfHeads[h], text[m.Sentence.Start:m.Sentence.End])
}

// pointBackEstimates makes estimates the changes of out that a sentence
// opening "This is", "This represents" (pointBackRe) gives of the
// figures of the sentence before, where every one is an estimate: "local
// authorities sold an estimated 2,856 dwellings. This is a decrease of 3%
// from the 2,941 sold …" — a change computed from an estimate is one too
// (the README's status rule). The figure compared with keeps its own
// status.
func (d *docDraft) pointBackEstimates(out []claim) {
	text := d.src.Text
	type read struct {
		m  Mention
		ok bool
	}
	ms := make([]read, len(out))
	for i := range out {
		if out[i].skip == "" && len(out[i].ind.Provenance) > 0 {
			ms[i].m, ms[i].ok = d.mentionStated(&out[i])
		}
	}
	for i := range out {
		cl := &out[i]
		if !ms[i].ok || cl.ind.Measure != indicators.Change || cl.ind.Status != indicators.Fact || !strings.HasPrefix(cl.fieldNotes["status"], "no cue word") {
			continue
		}
		m := ms[i].m
		if !pointBackRe.MatchString(strings.TrimLeft(text[m.Sentence.Start:m.Span.Start], " \t\n•*-")) {
			continue
		}
		last := -1
		for j := range out {
			if ms[j].ok && ms[j].m.Sentence.End <= m.Sentence.Start && (last < 0 || ms[j].m.Span.Start > ms[last].m.Span.Start) {
				last = j
			}
		}
		if last < 0 || strings.TrimSpace(text[ms[last].m.Sentence.End:m.Sentence.Start]) != "" {
			continue
		}
		// "This" may point to any figure of the sentence before ("over
		// 119 tonnes … seized … with a street value of around £3
		// billion. This is a 52% increase"): only where all are
		// estimates is the change one.
		all := true
		for j := range out {
			if ms[j].ok && ms[j].m.Sentence == ms[last].m.Sentence && out[j].ind.Status != indicators.Estimate {
				all = false
			}
		}
		if !all {
			continue
		}
		cl.ind.Status = indicators.Estimate
		cl.fieldNotes["status"] = fmt.Sprintf("points back to %s, an estimate, in the sentence before: a change of an estimate is one", flatText(out[last].ind.Stated))
		declare(cl.fieldNotes, "status", "status/pointBackEstimates")
	}
}
