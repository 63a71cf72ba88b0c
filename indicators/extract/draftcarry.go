package extract

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Statistical news releases run on: "Expenditures … totaled $296.4
// billion (preliminary) in 2018. Expenditures were up 8.7 percent from
// $272.8 billion (revised) in 2017 …. Planned total expenditures, which
// include …, were $318.1 billion." A sentence without a year or a place
// of its own goes on from the figure right before it, and the release's
// figures for the year it calls preliminary are estimates.

// maxCarry bounds how many figures back a year or places are carried.
const maxCarry = 8

// figureBefore returns the last figure of the sentence right before m's,
// in the same paragraph, when m's sentence goes on about the same thing:
// a word of six letters or more before the figure in each ("Expenditures
// … totaled $296.4 billion …. Planned total expenditures … were $318.1
// billion"). A figure earlier in m's own sentence is not one: a clause's
// own rules read those ("…; U.S. investment into India exceeded $28
// billion" takes no year from the clause before).
func (d *docDraft) figureBefore(m Mention) (Mention, bool) {
	text := d.src.Text
	// The mentions are in text order; the last before m's sentence.
	i := sort.Search(len(d.mentions), func(i int) bool { return d.mentions[i].Span.Start >= m.Sentence.Start })
	if i == 0 {
		return Mention{}, false
	}
	prev := d.mentions[i-1]
	if prev.Sentence.End > m.Sentence.Start {
		return Mention{}, false
	}
	gap := text[prev.Sentence.End:m.Sentence.Start]
	if strings.TrimSpace(gap) != "" || strings.Count(gap, "\n") > 1 {
		return Mention{}, false
	}
	if !sharesSubject(text[prev.Sentence.Start:prev.Span.Start], text[m.Sentence.Start:m.Span.Start]) {
		return Mention{}, false
	}
	return prev, true
}

// sharesSubject reports whether two stretches of text before figures share
// a word of six letters or more, past the words of amounts.
func sharesSubject(a, b string) bool {
	seen := map[string]bool{}
	for _, w := range subjectWords(a) {
		seen[w] = true
	}
	for _, w := range subjectWords(b) {
		if seen[w] {
			return true
		}
	}
	return false
}

// amountWords say how much, not what.
var amountWords = map[string]bool{"billion": true, "million": true, "thousand": true, "percent": true, "dollars": true,
	"approximately": true, "nearly": true, "including": true, "totaled": true, "reached": true}

func subjectWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !(r >= 'a' && r <= 'z') }) {
		if len(w) >= 6 && !amountWords[w] {
			out = append(out, w)
		}
	}
	return out
}

// carriedPeriod returns the year of the nearest figure before m, in a run
// of sentences with no break between, that has one of its own, in a
// document that calls a year preliminary.
func (d *docDraft) carriedPeriod(m Mention) (indicators.Period, string, bool) {
	p, why, _, ok := d.carriedPeriodAt(m)
	return p, why, ok
}

// carriedPeriodAt is carriedPeriod that also returns where the figure
// whose year is carried starts.
func (d *docDraft) carriedPeriodAt(m Mention) (indicators.Period, string, int, bool) {
	if d.carrying || d.prelimYear == 0 {
		// Only a statistical release, which reports on a year it calls
		// preliminary, runs its figures on without their year: elsewhere a
		// figure without one ("Japanese companies employed approximately
		// 650,000 U.S. workers") states none.
		return indicators.Period{}, "", 0, false
	}
	d.carrying = true
	defer func() { d.carrying = false }()
	text := d.src.Text
	cur := m
	for range maxCarry {
		prev, ok := d.figureBefore(cur)
		if !ok {
			return indicators.Period{}, "", 0, false
		}
		cs, ce := clauseOf(text, prev)
		if p, _, _, _ := d.period(prev, cs, ce); p.IsStated() && !p.IsSpan() {
			return p, fmt.Sprintf("no year of its own: goes on from %s, of %s", strings.Join(strings.Fields(prev.Text), " "), p), prev.Span.Start, true
		}
		cur = prev
	}
	return indicators.Period{}, "", 0, false
}

// carriedEntities returns the places of the nearest figure before m, in a
// run of sentences with no break between, that names any.
func (d *docDraft) carriedEntities(m Mention, measure indicators.MeasureKind) ([]string, string, string, bool) {
	text := d.src.Text
	cur := m
	for range maxCarry {
		prev, ok := d.figureBefore(cur)
		if !ok || strings.Contains(text[prev.Sentence.End:cur.Sentence.Start], "\n") && opensBullet(text, cur.Sentence.Start) {
			// A bullet's places are its own: a sibling bullet's country
			// ("UK bilateral ODA to Yemen was £260 million") is not the
			// counterpart of the next one's sector totals.
			return nil, "", "", false
		}
		cs, ce := clauseOf(text, prev)
		if es, cp, _, _ := d.entities(prev, cs, ce, measure); len(es) > 0 {
			return es, cp, fmt.Sprintf("no place of its own: goes on from %s", strings.Join(strings.Fields(prev.Text), " ")), true
		}
		cur = prev
	}
	return nil, "", "", false
}

// opensBullet reports whether a sentence starting at s opens a bullet
// line: its line is a bullet's and holds nothing before it but the
// bullet's mark.
func opensBullet(text string, s int) bool {
	ls := lineStart(text, s)
	if !isBulletLine(text[ls:lineEnd(text, ls)]) {
		return false
	}
	pre := strings.TrimLeft(text[ls:s], " \t\u00a0")
	return pre == "" || bulletPrefix(pre+"x") == len(pre)
}

// preliminaryRe finds the year a release calls preliminary: "totaled
// $296.4 billion (preliminary) in 2018", "in 2024, according to
// preliminary statistics".
var preliminaryRe = lazyRegexp(`(?i)\(preliminary\)\s+(?:in|for)\s+((?:19|20)\d\d)\b|\bin\s+((?:19|20)\d\d),?\s+according to preliminary\b`)

// preliminaryYear returns the year a document calls preliminary, its
// evidence, or 0.
func preliminaryYear(text string) (int, string) {
	m := preliminaryRe.FindStringSubmatch(text)
	if m == nil {
		return 0, ""
	}
	y := m[1] + m[2]
	n, _ := strconv.Atoi(y)
	return n, strings.Join(strings.Fields(m[0]), " ")
}

// labelNumber says why a bare number is a label and no claim, or "": one
// of a run of bare numbers, as a chart's axis gives them when its text is
// extracted ("Billions $ 450 400 … 100 50 0"), or an identifier after a
// capitalized code ("BEA 19‐31", a release's number).
func labelNumber(text string, m Mention) string {
	bare := func(w string) bool {
		w = strings.Trim(w, ",.;:")
		if w == "" {
			return false
		}
		for _, r := range w {
			if (r < '0' || r > '9') && r != ',' {
				return false
			}
		}
		return true
	}
	before := strings.Fields(text[m.Sentence.Start:m.Span.Start])
	after := strings.Fields(text[m.Span.End:m.Sentence.End])
	// A run's numbers stand apart by spaces alone: a bare number that ends
	// its clause ("As at 30 June 2015, one-third") is none.
	prevBare := len(before) > 0 && bare(before[len(before)-1]) && !strings.ContainsAny(before[len(before)-1][len(before[len(before)-1])-1:], ".,;:")
	if prevBare || len(after) > 0 && bare(after[0]) && !strings.ContainsAny(text[m.Span.End:m.Span.End+len(after[0])+1], ".,;:") {
		return "one of a run of bare numbers (a chart's axis, a table's row), not a claim"
	}
	if len(before) > 0 {
		w := before[len(before)-1]
		if len(w) >= 2 && len(w) <= 6 && strings.ToUpper(w) == w && strings.ToLower(w) != w && !strings.ContainsAny(w, ".,;:()$") {
			return fmt.Sprintf("an identifier after %q (a release's or a document's number), not a claim", w)
		}
	}
	return ""
}

// carriedChangePeriod returns the year of the figure right before m when
// m is a change without a year of its own that goes on from the change
// of the sentence before, in the same paragraph and about the same thing
// (figureBefore): "The value of U.S. exports to Brazil increased by just
// 1 percent … to $37.6 billion in 2013, with increased exports of
// agricultural products driving the growth. Agricultural product exports
// grew by $1.3 billion" — the part of the growth is of the growth's
// year. Unlike carriedPeriod, it needs no release that calls a year
// preliminary: a change is over the period the change it explains is.
func (d *docDraft) carriedChangePeriod(m Mention) (indicators.Period, string, bool) {
	if d.carrying || m.Quantity.Direction == indicators.NoDirection {
		return indicators.Period{}, "", false
	}
	prev, ok := d.figureBefore(m)
	if !ok || !slices.ContainsFunc(d.sentenceMentions(prev), func(o Mention) bool { return o.Quantity.Direction != indicators.NoDirection }) {
		return indicators.Period{}, "", false
	}
	d.carrying = true
	defer func() { d.carrying = false }()
	cs, ce := clauseOf(d.src.Text, prev)
	p, _, _, _ := d.period(prev, cs, ce)
	if !p.IsStated() || p.IsSpan() {
		return indicators.Period{}, "", false
	}
	return p, fmt.Sprintf("no year of its own: a change that goes on from the change of the sentence before (%s, of %s)", strings.Join(strings.Fields(prev.Text), " "), p), true
}
