package extract

import (
	"sort"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// reachedNounRe reads the noun of the level a change reaches: "fell by
// 6.2% to 1.7 million claimants", "rose by 130,000 to 12.6 million
// people". Group 1 is the noun.
var reachedNounRe = lazyRegexp(`\bto (?:about |around |nearly |almost |over |more than )?[\d.,]+(?: (?:thousand|million|billion))? ([a-z]+)`)

// stockChange reports whether a change is the change of a stock: its
// counted noun, or the noun of the level it reaches in its sentence, is
// one of people or things present at a date (nounMeasure), as "fell by
// 6.2% to 1.7 million claimants" and "the number of officers rose by
// 300" are; "exports rose by 5%" is not. People alone ("rose by 50,000
// people") name no stock: net migration counts people too.
func stockChange(ind *indicators.Indicator, sent string) bool {
	noun := ind.Unit.Name
	if g := reachedNounRe.FindStringSubmatch(sent); noun == "" && g != nil {
		noun = indicators.Singular(g[1])
	}
	if noun == "person" || noun == "people" {
		return false
	}
	k, _, ok := nounMeasure(noun)
	return ok && k == indicators.Stock
}

// latestYearPeriodBefore returns the latest one-year period before byte
// at that the text reports (not a deadline "by …"): a calendar year, or a
// year across two when the document counts in those ("During 2023/4 …
// last year" is 2023/24), or NotStated.
func (d *docDraft) latestYearPeriodBefore(at int) indicators.Period {
	var p indicators.Period
	for _, r := range d.docYears() {
		if r.end > at {
			continue
		}
		if r.role == yearPeriod && r.period.To.IsZero() && r.period.From.Year >= p.From.Year && !strings.HasSuffix(d.src.Text[:r.start], "by ") {
			if r.period.From.Year > p.From.Year || !p.Split && !p.Fiscal {
				p = r.period
			}
		}
	}
	return p
}

// partPeriods dates each part in out by its whole. The genre's pattern:
// a figure that a list or a sentence gives as a part of the figure before
// it ("… 22.4 million people claimed … in August 2022. Of these: • 12.7
// million were of State Pension Age", "Of these, 3,000 were women",
// "Among them, 40 were …") is of that figure's time, unless its own
// sentence names a year; the time of a list's lead-in above, or the last
// period stated before, does not date it. It runs once every figure is
// dated, so the whole's period is its drafted one.
func (d *docDraft) partPeriods(out []claim) {
	text := d.src.Text
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		if !fromOutside(cl.fieldNotes["period"]) {
			continue // its own clause dates it: "compared with the previous year (183,312)"
		}
		m, ok := d.mentionOf(cl)
		if !ok || yearDigitsRe.MatchString(text[m.Sentence.Start:m.Sentence.End]) {
			continue
		}
		whole, ok := d.wholeOf(m)
		if !ok {
			continue
		}
		for j := range out[:i] {
			w := &out[j]
			if w.skip != "" || len(w.ind.Provenance) == 0 || !w.ind.Period.IsStated() || w.ind.Period == cl.ind.Period {
				continue
			}
			if wm, ok := d.mentionOf(w); ok && wm.Span == whole.Span {
				cl.ind.Period, cl.fieldNotes["period"] = w.ind.Period, "the period of "+strings.Join(strings.Fields(whole.Text), " ")+", the whole this figure is a part of"
				break
			}
		}
	}
}

// mentionOf returns the figure a claim drafts: the first in its quote's
// span whose words open with its stated value.
func (d *docDraft) mentionOf(cl *claim) (Mention, bool) {
	sp := cl.ind.Provenance[0].Span
	f := strings.Fields(cl.ind.Stated)
	if len(f) == 0 {
		return Mention{}, false
	}
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= sp.Start })
	for ; i < len(d.mentions) && d.mentions[i].Span.Start < sp.End; i++ {
		if strings.HasPrefix(d.mentions[i].Text, f[0]) {
			return d.mentions[i], true
		}
	}
	return Mention{}, false
}

// outsideNotes are the evidence of a period taken from outside the
// figure's own sentence: a list's lead-in, a heading, the paragraph, the
// last period stated.
var outsideNotes = []string{"the last period stated before it", "in the lead-in line", "earlier in the paragraph", "in the heading", "for the whole document", "the document's year", "no year"}

// fromOutside reports whether a period's evidence is from outside the
// figure's sentence (outsideNotes).
func fromOutside(note string) bool {
	for _, n := range outsideNotes {
		if strings.Contains(note, n) {
			return true
		}
	}
	return false
}

// yearDigitsRe finds a year's digits.
var yearDigitsRe = lazyRegexp(`\b(?:19|20)\d\d\b`)

// wholeOf returns the figure a part points back to (backWholes): the last
// figure before "Of these:" closing its list's lead-in line, or before
// its own sentence when that opens "Of these," or "Among them,".
func (d *docDraft) wholeOf(m Mention) (Mention, bool) {
	text := d.src.Text
	opensBack := func(s string) bool {
		s = strings.ToLower(strings.TrimLeft(s, " \t•*-–"))
		for _, b := range backWholes {
			if strings.HasPrefix(s, b) && (len(s) == len(b) || !isWordByte(s[len(b)])) {
				return true
			}
		}
		return false
	}
	if line, ls, ok := leadInOf(text, m.Span.Start); ok {
		i := strings.LastIndex(line, ". ")
		if i < 0 || !opensBack(line[i+2:]) {
			return Mention{}, false
		}
		return d.lastMentionBefore(ls + i)
	}
	if opensBack(text[m.Sentence.Start:m.Span.Start]) {
		return d.lastMentionBefore(m.Sentence.Start)
	}
	return Mention{}, false
}

// lastMentionBefore returns the last figure that ends at or before byte
// at, outside an aside in parentheses closed before at ("22.4 million
// people … (of the 17 benefits included). Of these:" points back to 22.4
// million).
func (d *docDraft) lastMentionBefore(at int) (Mention, bool) {
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.End > at })
	for ; i > 0; i-- {
		o := d.mentions[i-1]
		if gap := d.src.Text[o.Span.End:at]; strings.Count(gap, ")") <= strings.Count(gap, "(") {
			return o, true
		}
	}
	return Mention{}, false
}
