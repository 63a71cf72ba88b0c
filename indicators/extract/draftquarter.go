package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Quarters, in statistical offices' quarterly releases (drafts26):
//
//	In the first quarter of 2019, GDP had grown by 0.4% → 2019-Q1: a
//	quarter before the figure dates it, not only its year
//	rose by 0.2% in both the euro area (EA19) and in the EU28 during the
//	second quarter of 2019 → 2019-Q2: a place's code in parentheses does
//	not end the figure's phrase
//	…in the second quarter of 2019, after +1.2% in the previous quarter
//	→ 2019-Q1: the quarter before the sentence's own (or its
//	paragraph's)
//	Compared with the same quarter of the previous year, GDP grew by 2.3%
//	→ the paragraph's quarter, not only its year
//	compared with the previous quarter → a base, no period
//	a rebound from the previous quarter’s decline of 0.5 per cent → the
//	quarter before the sentence's (when88)

// quarterAt is a quarter (or half) written in a text, or the previous
// quarter, at byte offsets.
type quarterAt struct {
	start, end int
	period     indicators.Period
	previous   bool // "in the previous quarter": the one before the sentence's
	words      string
}

// previousQuarterRe is the quarter before the one a sentence speaks of:
// "in the previous quarter", "the previous quarter’s decline of 0.5 per
// cent".
var previousQuarterRe = lazyRegexp(`(?i)\b(?:(?:in|during|over) the (?:previous|preceding|prior) quarter\b|(?:the )?(?:previous|preceding|prior|last) quarter['’]s\b)`)

// comparedRe closes the words before a base: "compared with the previous
// quarter", "on the same quarter".
var comparedRe = lazyRegexp(`(?i)(?:compared (?:with|to)|relative to|than in|than) (?:the )?$`)

// quartersIn returns the quarters written in text[from:to], in order,
// without those compared with (a base).
func quartersIn(text string, from, to int) []quarterAt {
	s := text[from:to]
	lower := strings.ToLower(s)
	hasQuarter := strings.Contains(lower, "quarter")
	if !hasQuarter && !strings.ContainsAny(s, "QH") && !strings.Contains(lower, "half") {
		return nil // "the first half of 2024" is a half (when42)
	}
	var out []quarterAt
	for _, g := range quarterMatches(s, lower, hasQuarter) {
		p, w, ok := quarterOf(s[g[0]:g[1]])
		if !ok || comparedRe.MatchString(strings.TrimSuffix(s[:g[0]], "the ")) || comparedTimeAt(text, from+g[0], from+g[1]) {
			continue
		}
		out = append(out, quarterAt{from + g[0], from + g[1], p, false, w})
	}
	if hasQuarter {
		for _, q := range onsQuarterMatches(s, from) {
			if !comparedRe.MatchString(strings.TrimSuffix(s[:q.start-from], "the ")) {
				out = append(out, q)
			}
		}
	}
	for _, g := range previousQuarterMatches(s, hasQuarter) {
		out = append(out, quarterAt{from + g[0], from + g[1], indicators.Period{}, true, s[g[0]:g[1]]})
	}
	for i := 1; i < len(out); i++ { // a few; insertion sort keeps text order
		for j := i; j > 0 && out[j].start < out[j-1].start; j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// quarterMatches is quarterRe.FindAllStringIndex(s, -1), lower being
// strings.ToLower(s): each match holds "quarter", "half" or a digit 1-4
// beside a Q or an H, letters no other letter folds to, and most
// stretches of a text none of them.
func quarterMatches(s, lower string, hasQuarter bool) [][]int {
	if !hasQuarter && !strings.Contains(lower, "half") && !digitBesideQH(s) {
		return nil
	}
	return quarterRe.FindAllStringIndex(s, -1)
}

// previousQuarterMatches is previousQuarterRe.FindAllStringIndex(s, -1):
// each match holds "quarter".
func previousQuarterMatches(s string, hasQuarter bool) [][]int {
	if !hasQuarter {
		return nil
	}
	return previousQuarterRe.FindAllStringIndex(s, -1)
}

// digitBesideQH reports whether s holds a digit 1-4 right before or after
// a Q or an H, in either case ("1Q2019", "H1 2019").
func digitBesideQH(s string) bool {
	qh := func(b byte) bool { return b == 'Q' || b == 'q' || b == 'H' || b == 'h' }
	for i := 0; i+1 < len(s); i++ {
		if s[i] >= '1' && s[i] <= '4' && qh(s[i+1]) || qh(s[i]) && s[i+1] >= '1' && s[i+1] <= '4' {
			return true
		}
	}
	return false
}

// outsideParens reports whether byte at of text stands outside
// parentheses opened after from.
func outsideParens(text string, from, at int) bool {
	return strings.Count(text[from:at], "(") <= strings.Count(text[from:at], ")")
}

// sentenceQuarter returns the quarter a sentence speaks of: its first
// quarter outside parentheses and before any "after", else the first of
// its paragraph's earlier sentences.
func (d *docDraft) sentenceQuarter(sent indicators.Span) (indicators.Period, string, bool) {
	r := memo(&d.memo.quarter, sent, d.readSentenceQuarter)
	return r.p, r.why, r.ok
}

// readSentenceQuarter is sentenceQuarter, read afresh.
func (d *docDraft) readSentenceQuarter(sent indicators.Span) periodWhy {
	p, why, ok := d.quarterOfSentence(sent)
	return periodWhy{p, why, ok}
}

// quarterOfSentence does sentenceQuarter's reading.
func (d *docDraft) quarterOfSentence(sent indicators.Span) (indicators.Period, string, bool) {
	text := d.src.Text
	for _, q := range quartersIn(text, sent.Start, sent.End) {
		if !q.previous && outsideParens(text, sent.Start, q.start) && !afterBetween(text, sent.Start, q.start) {
			return q.period, fmt.Sprintf("%q in the sentence", q.words), true
		}
	}
	ps := paragraphStart(text, sent.Start)
	if ps >= sent.Start {
		return indicators.Period{}, "", false
	}
	for _, q := range quartersIn(text, ps, sent.Start) {
		if !q.previous && outsideParens(text, ps, q.start) && !afterBetween(text, paragraphStartOfSentence(text, ps, q.start), q.start) {
			return q.period, fmt.Sprintf("%q earlier in the paragraph", q.words), true
		}
	}
	return indicators.Period{}, "", false
}

// paragraphStartOfSentence returns where the sentence holding at starts,
// no earlier than ps: after the last full stop before it.
func paragraphStartOfSentence(text string, ps, at int) int {
	if i := strings.LastIndex(text[ps:at], ". "); i >= 0 {
		return ps + i + 2
	}
	return ps
}

// afterBetween reports whether "after" stands as a word in text[from:to]:
// it opens the earlier figures a sentence compares with.
func afterBetween(text string, from, to int) bool {
	return hasPhrase(strings.ToLower(text[from:to]), "after")
}

// quarterClaim dates a figure of a quarterly release by the quarter its
// phrase, its sentence or its paragraph names, where the other rules gave
// no period or only that quarter's year.
func (d *docDraft) quarterClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Period.IsStated() && (ind.Period.IsSpan() || ind.Period.From.Month != 0 && !isQuarter(ind.Period)) {
		return
	}
	text := d.src.Text
	fits := func(p indicators.Period) bool {
		return !ind.Period.IsStated() || ind.Period.From.Year == p.From.Year || isQuarter(ind.Period)
	}
	set := func(p indicators.Period, why string) {
		if fits(p) && p != ind.Period {
			ind.Period, cl.fieldNotes["period"] = p, why
			declare(cl.fieldNotes, "period", "period/quarterClaim#1")
		}
	}
	prev := func(why string) {
		sq, swhy, ok := d.sentenceQuarter(m.Sentence)
		if !ok {
			// "the December quarter 2016": a quarter named by its last
			// month (draftwhen_ending.go).
			for _, e := range d.endingsOf() {
				if e.start >= m.Sentence.Start && e.end <= m.Sentence.End && isQuarter(e.period) {
					sq, swhy, ok = e.period, fmt.Sprintf("%q in the sentence", e.words), true
					break
				}
			}
		}
		if !ok || !isQuarter(sq) {
			return
		}
		y, n := sq.From.Year, (int(sq.From.Month)-1)/3+1
		if n--; n == 0 {
			y, n = y-1, 4
		}
		if p := indicators.QuarterPeriod(y, n); ind.Period == indicators.YearPeriod(sq.From.Year) && p != ind.Period {
			// the sentence's year, read before its quarter: the quarter
			// before may lie in the year before ("March quarter 2018" →
			// 2017-Q4)
			ind.Period, cl.fieldNotes["period"] = p, fmt.Sprintf("%s: the quarter before %s, %s", why, sq, swhy)
			declare(cl.fieldNotes, "period", "period/quarterClaim#2")
			return
		}
		set(indicators.QuarterPeriod(y, n), fmt.Sprintf("%s: the quarter before %s, %s", why, sq, swhy))
	}
	// The first quarter after the figure in its sentence, before another
	// comparison opens ("after", a parenthesis with a figure, ";").
	for _, q := range quartersIn(text, m.Span.End, m.Sentence.End) {
		gap := text[m.Span.End:q.start]
		if afterBetween(text, m.Span.End, q.start) || strings.Contains(gap, ";") || parenWithFigure(gap) || !outsideParens(text, m.Span.End, q.start) {
			break
		}
		if q.previous && (strings.HasSuffix(q.words, "’s") || strings.HasSuffix(q.words, "'s")) {
			break // "…, a rebound from the previous quarter’s decline of …": the next figure's
		}
		if q.previous {
			prev(fmt.Sprintf("%q after the figure", q.words))
			return
		}
		set(q.period, fmt.Sprintf("%q after the figure", q.words))
		return
	}
	// The last quarter before the figure in its sentence, no figure
	// between: "In the first quarter of 2019, GDP had grown by 0.4%".
	var before *quarterAt
	qs := quartersIn(text, m.Sentence.Start, m.Span.Start)
	for i := range qs {
		if !d.figureBetween(m, qs[i].end, m.Span.Start) {
			before = &qs[i]
		}
	}
	if before != nil && before.previous {
		// "a rebound from the previous quarter’s decline of 0.5 per
		// cent": a comparand's time is the quarter before the sentence's.
		prev(fmt.Sprintf("%q before the figure", before.words))
		return
	}
	if before != nil {
		set(before.period, fmt.Sprintf("%q before the figure", before.words))
		return
	}
	// "Compared with the same quarter of the previous year, GDP grew by
	// 2.3%": the paragraph's quarter.
	if sq, why, ok := d.sentenceQuarter(m.Sentence); ok && (!ind.Period.IsStated() || ind.Period == indicators.YearPeriod(sq.From.Year)) {
		set(sq, why)
	} else if ok && acrossHolds(ind.Period, sq) {
		// "In 2031-32 Q3, … This is an increase of 5% …" under the
		// heading "… 2031-32": the quarter within the year across two.
		ind.Period, cl.fieldNotes["period"] = sq, why
		declare(cl.fieldNotes, "period", "period/quarterClaim#3")
	}
}

// parenWithFigure reports whether s holds a parenthesis with a figure in
// it, another figure's aside ("(after +0.8% in …)"), not a code
// ("(EA19)").
func parenWithFigure(s string) bool {
	for {
		i := strings.IndexByte(s, '(')
		if i < 0 {
			return false
		}
		j := strings.IndexByte(s[i:], ')')
		if j < 0 {
			j = len(s) - i
		}
		if in := s[i+1 : i+j]; strings.ContainsAny(in, "0123456789") && (len(strings.Fields(in)) > 1 || !isLetterByte(in[0])) {
			return true
		}
		s = s[i+j:]
	}
}

// isQuarter reports whether p is one quarter of a year.
func isQuarter(p indicators.Period) bool {
	return p.From.Month != 0 && p.To.Month != 0 && p.To.Year == p.From.Year && int(p.To.Month)-int(p.From.Month) == 2 && (int(p.From.Month)-1)%3 == 0
}
