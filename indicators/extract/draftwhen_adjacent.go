package extract

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The time at a figure, before any other of its sentence (when40):
//
//	There were no prosecutions for the 2021/22 year, compared to two
//	prosecutions in 2020/21 and four in 2019/20 → 2020/21 and 2019/20:
//	the time phrase right after a figure's words is its own, whatever the
//	sentence opens with
//	This is almost four times more than in the quarter ending June 2024
//	(5,700 arrangements) → 2024-Q2: a figure in brackets after a time is
//	of that time, whatever the list's lead-in says
//	In 2010, one kilogramme … contained 12.21 items, while that same
//	kilogramme today contains 10.88 items → "today" in the figure's own
//	clause is the release's time, not the year of the clause before
//	The following figures cover the week ending Sunday 13 September 2020:
//	… there are 8 new licences → a flow counted in the week is of the
//	seven days ending that day, a stock (21,681 licences) of the day; "a
//	decrease of 2 on the previous week" is compared with the day a week
//	before

// atTimeWords end the words between a figure and the time phrase that is
// its own: "two prosecutions in 2020/21", "received during the quarter
// ending June".
var atTimeWords = wordSet([]string{"in", "during", "for", "over", "throughout"})

// notAtTimeWords, between a figure and a time, make the time another
// thing's: a comparand ("more than in 2019"), a start ("up 4% from 2019
// in"), a deadline ("by 2030").
var notAtTimeWords = wordSet([]string{"than", "from", "since", "compared", "on", "to", "by", "until", "before", "after", "between", "against", "versus", "vs", "ago", "earlier", "same"})

// atTimeMaxWords is the most words between a figure and its own time
// phrase after it: "complaints were received in".
const atTimeMaxWords = 4

// timeAt returns the time phrase that stands at the figure m, in its own
// words: right after it, a few words on, after "in", "during", "for" or
// "over" ("two prosecutions in 2020/21"), or right before it with the
// figure in brackets ("in the quarter ending June 2024 (5,700
// arrangements)"); no other figure, no punctuation and no word of
// comparison between.
func (d *docDraft) timeAt(m Mention) (indicators.Period, string, bool) {
	text := d.src.Text
	if strings.Count(text[m.Sentence.Start:m.Sentence.End], m.Text) > 1 {
		return indicators.Period{}, "", false // "0.4% in the 12 months …, compared with a 0.4% rise": which is the claim's is not known here
	}
	refs := timeRefsIn(text[m.Sentence.Start:m.Sentence.End], m.Sentence.Start)
	var before, after *yearRef
	for i := range refs {
		r := &refs[i]
		if r.end <= m.Span.Start {
			before = r
		} else if r.phraseStart >= m.Span.End && after == nil {
			after = r
		}
	}
	pick := func(r *yearRef) (indicators.Period, string, bool) {
		if r.role == yearName || r.same && r.period.From.Month == 0 || priceBaseWord(strings.ToLower(firstField(text[r.end:m.Sentence.End]))) {
			// "£4.5 billion in March 2020 prices": the base of a price
			return indicators.Period{}, "", false
		}
		p := r.phrase
		if !p.IsStated() || r.same {
			p = r.period // "in the same period in 2023", moved to the months the sentence names (sameMonths)
		}
		return p, text[r.phraseStart:r.end], p.IsStated()
	}
	if after != nil && !hasPhrase(strings.ToLower(m.Text), "times") { // "2.5 times the funds requested in 2014": against that time
		between := text[m.Span.End:after.phraseStart]
		w := strings.Fields(strings.ToLower(between))
		if n := len(w); n > 0 && n <= atTimeMaxWords && !strings.ContainsAny(between, ",;:()–—") && !d.figureBetween(m, m.Span.End, after.phraseStart) {
			last := w[n-1]
			if last == "the" && n > 1 {
				last = w[n-2]
			}
			if atTimeWords[last] && !slices.ContainsFunc(w, func(s string) bool { return notAtTimeWords[s] }) {
				return pick(after)
			}
		}
	}
	if before != nil && strings.TrimSpace(text[before.end:m.Span.Start]) == "(" {
		return pick(before)
	}
	return indicators.Period{}, "", false
}

// whileClauseRe ends the words before a figure in a clause set against
// the one before it: "…, while that same kilogramme", "; whereas".
var whileClauseRe = lazyRegexp(`(?i)(?:,|;|\bwhile\b|\bwhereas\b)[^,;]*$`)

// presentCueAt returns the word of the present ("today", "now",
// "currently") in the clause of figure m, when that clause names no time
// of its own and is set against one that does ("In 2010, … 12.21 items,
// while that same kilogramme today contains 10.88 items").
func (d *docDraft) presentCueAt(m Mention) (string, bool) {
	text := d.src.Text
	head := text[m.Sentence.Start:m.Span.Start]
	loc := whileClauseRe.FindStringIndex(head)
	if loc == nil {
		return "", false
	}
	end := m.Sentence.End
	if i := strings.IndexAny(text[m.Span.End:end], ",;"); i >= 0 {
		end = m.Span.End + i
	}
	clause := text[m.Sentence.Start+loc[0] : end]
	if len(timeRefsIn(clause, 0)) > 0 || len(timeRefsIn(head[:loc[0]], 0)) == 0 {
		return "", false
	}
	c := firstPhrase(strings.ToLower(joinBroken(clause)), presentCues)
	return c, c != ""
}

// presentPeriod is the release's own time, which "today" names: the year
// it reports on, else the year it was issued, else not stated.
func (d *docDraft) presentPeriod() (indicators.Period, string) {
	if d.docYear.year != 0 {
		return indicators.YearPeriod(d.docYear.year), fmt.Sprintf("the year the release reports on (%q)", d.docYear.evidence)
	}
	if y, why := d.currentYear(); y != 0 {
		return indicators.YearPeriod(y), why
	}
	return indicators.NotStated, "the release's own time, which it does not date"
}

// weekEndings returns the last days of the weeks the text names with
// their day ("week ending Sunday 13 September 2020"), with their words.
func weekEndings(text string) map[indicators.Date]string {
	out := map[indicators.Date]string{}
	lower := strings.ToLower(text)
	for from := 0; ; {
		i := strings.Index(lower[from:], "week ending ")
		if i < 0 {
			return out
		}
		at := from + i + len("week ending ")
		from = at
		rs := timeRefsIn(text[at:min(len(text), at+40)], at)
		if len(rs) == 0 || rs[0].phrase.From.Day == 0 || rs[0].phrase.IsSpan() {
			continue
		}
		if lead := strings.TrimRight(text[at:rs[0].phraseStart], " ,"); lead != "" && !weekdayName(lead) {
			continue
		}
		out[rs[0].phrase.From] = text[at-len("week ending ") : rs[0].end]
	}
}

// weekdayName reports whether s is the name of a day of the week.
func weekdayName(s string) bool {
	for d := time.Sunday; d <= time.Saturday; d++ {
		if strings.EqualFold(s, d.String()) {
			return true
		}
	}
	return false
}

// weekDays dates the figures of a week a release names by its last day
// ("The following figures cover the week ending Sunday 13 September
// 2020:"): a flow is counted over the seven days ending then, a stock and
// a change of one stand at the day, and a change "on the previous week"
// is compared with the day a week before.
func (d *docDraft) weekDays(out []claim) {
	ends := weekEndings(d.src.Text)
	if len(ends) == 0 {
		return
	}
	for i := range out {
		cl := &out[i]
		ind := &cl.ind
		words, ok := ends[ind.Period.From]
		if cl.skip != "" || !ok || ind.Period.IsSpan() || len(ind.Provenance) == 0 {
			continue
		}
		end := time.Date(ind.Period.From.Year, ind.Period.From.Month, ind.Period.From.Day, 0, 0, 0, 0, time.UTC)
		switch ind.Measure {
		case indicators.Flow:
			ind.Period = daySpan(end.AddDate(0, 0, -6), end)
			cl.fieldNotes["period"] = fmt.Sprintf("%q: a flow, counted over the seven days ending then", words)
			declare(cl.fieldNotes, "period", "period/weekDays")
		case indicators.Change:
			if ind.Base.IsStated() {
				continue
			}
			m, ok := d.mentionOfClaim(cl)
			if !ok {
				continue
			}
			after := strings.ToLower(joinBroken(d.src.Text[m.Span.End:m.Sentence.End]))
			for _, b := range vocab.PeriodBackPhrases {
				if b.Days == 0 {
					continue
				}
				if j := strings.Index(after, b.Phrase); j >= 0 && len(strings.Fields(after[:j])) <= 3 && !strings.ContainsAny(after[:j], ",;") {
					ind.Base = indicators.Period{From: daySpan(end.AddDate(0, 0, -b.Days), end).From}
					cl.fieldNotes["base"] = fmt.Sprintf("%q: the day %d days before %s", b.Phrase, b.Days, words)
					declare(cl.fieldNotes, "base", "base/weekDays")
					break
				}
			}
		}
	}
}

// disjoint reports whether p and q share no time: 2024-Q2 and 2024-Q3,
// 2020/21 and 2021/22, but not 1999 and 1998-05/1999-04. A fiscal or
// split year, whose months are not kept, is a year about its middle; a
// span of them or a running total shares time with anything.
func disjoint(p, q indicators.Period) bool {
	pf, pt, pok := p.Extent()
	qf, qt, qok := q.Extent()
	if pok && qok {
		return pt <= qf || qt <= pf
	}
	for _, x := range []indicators.Period{p, q} {
		if x.IsSpan() || x.UpTo || !x.IsStated() {
			return false
		}
	}
	return math.Abs(p.Middle()-q.Middle()) >= 1
}

// changeOnWords end the words between a change and the time it is
// compared with: "2.3 per cent in cash terms on 2016-17", "up 4% from
// 2019", "compared with 2019".
var changeOnWords = wordSet([]string{"on", "from", "since", "than", "with", "to"})

// changeOnTime reports whether the period cur of change m is the time
// its own words compare it with, after it: "an increase of £0.4bn or
// 2.3 per cent in cash terms on 2016-17 (£17.5bn)" is compared with
// 2016-17, not of it.
func (d *docDraft) changeOnTime(m Mention, cur indicators.Period) bool {
	text := d.src.Text
	for _, r := range timeRefsIn(text[m.Span.End:m.Sentence.End], m.Span.End) {
		between := text[m.Span.End:r.phraseStart]
		w := strings.Fields(strings.ToLower(between))
		if n := len(w); n == 0 || n > atTimeMaxWords+1 || strings.ContainsAny(between, ",;:()") {
			return false
		}
		last := w[len(w)-1]
		if last == "the" && len(w) > 1 {
			last = w[len(w)-2]
		}
		if (last == "with" || last == "to") && !slices.Contains(w, "compared") {
			return false
		}
		p := r.phrase
		if !p.IsStated() {
			p = r.period
		}
		return changeOnWords[last] && p.IsStated() && !disjoint(p, cur)
	}
	return false
}
