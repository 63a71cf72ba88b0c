package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Figures of a price bulletin, a migration release and a relief release
// that are no claims (drafts44):
//
//	rose by 7.0% in the 12 months to March → "12 months" is the span of
//	the rate, a comment
//	came ashore two weeks apart → a time between two events, no quantity
//	to chart
//	the four main citizenships (after Syrians, Afghans, Nigerians and
//	Iraqis) → the size of the list the text gives, not a claim

// timeUnitOf returns the unit of time a figure counts ("12 months",
// "two weeks", a bare "12" before "months" or "12-month"), or "".
func timeUnitOf(text string, m Mention) string {
	if durationMonths[m.Unit.Name] > 0 {
		return m.Unit.Name
	}
	if !m.Unit.IsZero() || m.Kind != Number {
		return ""
	}
	rest := text[m.Span.End:m.Sentence.End]
	if strings.HasPrefix(rest, "-") {
		rest = rest[1:] // "12-month"
	}
	f := strings.Fields(strings.ToLower(rest))
	if len(f) == 0 {
		return ""
	}
	if w := strings.TrimSuffix(strings.Trim(f[0], ",.;:()"), "s"); durationMonths[w] > 0 {
		return w
	}
	return ""
}

// rateSpanBefore and rateSpanAfter match the words around a span of time
// that a rate is measured over: "in the 12 months to", "over the twelve
// months ending", "the 12-month rate".
var (
	rateSpanBefore = lazyRegexp(`\b(?:in|over|during|for)\s+the\s*$`)
	rateSpanAfter  = lazyRegexp(`^\s*(?:to|ending|ended|through|until|up\s+to)\b`)
	spanHyphen     = lazyRegexp(`^-(?:month|year|week|quarter)s?\s+(?:[a-z]+\s+){0,2}(?:rate|rise|change|growth|increase|fall|inflation)\b`)
)

// eventGapAfter matches the word after a span of time between two events:
// "two weeks apart" ("three days later" the extractor leaves out itself).
var eventGapAfter = lazyRegexp(`^\s*apart\b`)

// rankedGroupWords stand between the size of a list and its noun: "the
// four main citizenships", "the three largest markets".
var rankedGroupWords = map[string]bool{"main": true, "largest": true, "biggest": true, "top": true, "leading": true, "principal": true,
	"major": true, "most": true, "highest": true, "lowest": true, "smallest": true}

// spanOrListSize returns why a figure is the span of a rate, a time
// between two events or the size of a list the text gives, or "".
func (d *docDraft) spanOrListSize(m Mention) string {
	text := d.src.Text
	if u := timeUnitOf(text, m); u != "" {
		before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
		flat := flatText(m.Text)
		rest := text[m.Span.End:m.Sentence.End]
		after := strings.ToLower(rest)
		if m.Unit.IsZero() {
			// a bare "12" before "months": read past the unit word
			if f := strings.Fields(after); len(f) > 0 && !strings.HasPrefix(after, "-") {
				after = strings.ToLower(strings.TrimPrefix(strings.TrimLeft(rest, " "), f[0]))
			}
		}
		switch {
		case rateSpanBefore.MatchString(before) && rateSpanAfter.MatchString(after):
			return fmt.Sprintf("%q: the span a rate is measured over, a comment, not a count of %ss", strings.TrimSpace(lastWords(before, 2))+" "+flat, u)
		case spanHyphen.MatchString(strings.ToLower(rest)):
			return fmt.Sprintf("%q: the span a rate is measured over, a comment, not a count of %ss", flat+strings.Fields(rest)[0], u)
		case eventGapAfter.MatchString(after):
			return fmt.Sprintf("%q: a time between two events, not a quantity to chart", flat+" "+strings.Fields(after)[0])
		}
	}
	return d.listSizeNamed(m)
}

// listSizeReach is how many bytes before its sentence the list a number
// sizes may start.
const listSizeReach = 600

// listSizeNamed returns why a small number is the size of the list of
// names the text gives before it, or "": "Syrians, Afghans, Nigerians and
// Iraqis … They represent the four main citizenships", where the paragraph
// and its heading name at least that many places.
func (d *docDraft) listSizeNamed(m Mention) string {
	text := d.src.Text
	if m.Kind == Rank || m.Unit.Kind == indicators.Rank {
		return "" // "the second largest investor" is a rank
	}
	n := int(m.Quantity.Value.Float64())
	if m.Quantity.IsRange() || n < 2 || n > 12 || float64(n) != m.Quantity.Value.Float64() || m.Quantity.Qualifier != 0 {
		return ""
	}
	words := strings.Fields(strings.ToLower(m.Text))
	if strings.ContainsAny(words[0], "0123456789") {
		return ""
	}
	words = append(words, strings.Fields(strings.ToLower(text[m.Span.End:min(m.Sentence.End, m.Span.End+40)]))...)
	if len(words) < 3 || !rankedGroupWords[strings.Trim(words[1], ",.;:")] {
		return ""
	}
	bw := strings.Fields(strings.ToLower(text[max(m.Sentence.Start, m.Span.Start-8):m.Span.Start]))
	if len(bw) == 0 || bw[len(bw)-1] != "the" {
		return ""
	}
	from := paragraphStart(text, m.Sentence.Start)
	if hs := d.headsAbove(m.Sentence.Start); len(hs) > 0 {
		from = min(from, hs[len(hs)-1].at)
	}
	from = max(from, m.Sentence.Start-listSizeReach) // a list told long before is no list this number sizes
	named := distinct(countries(placesAt(text, from, from, m.Span.Start)))
	if len(named) < n {
		return ""
	}
	return fmt.Sprintf("%q: the size of the list the text names before it (%s), not a claim; the list's items are", "the "+flatText(m.Text), strings.Join(named[:n], ", "))
}

// quoteFolder folds typographic quotes and apostrophes to plain ones.
var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "\u00a0", " ")

// foldSentence returns a sentence with typographic quotes folded and its
// runs of space as one space: two sentences equal so folded say the same.
func foldSentence(s string) string {
	return flatText(quoteFolder.Replace(s))
}

// restatedSentences makes each claim of a sentence that repeats, equal
// once folded, an earlier sentence of the document (a bulletin's main
// point restated under a later heading) a second quote of the earlier
// sentence's claim of the same figure, and a comment in its place, not a
// new indicator.
func (d *docDraft) restatedSentences(out []claim) []claim {
	type key struct {
		sent, stated string
		n            int
	}
	first := map[key]int{}
	seen := map[key]int{} // figures of one stated value so far, per sentence span
	for i := range out {
		cl := &out[i]
		if cl.skip != "" || len(cl.ind.Provenance) == 0 {
			continue
		}
		p := cl.ind.Provenance[0]
		sent := foldSentence(p.Quote)
		k0 := key{sent: sent, stated: foldSentence(cl.ind.Stated)}
		k0.n = seen[key{sent: fmt.Sprint(p.Span.Start), stated: k0.stated}]
		seen[key{sent: fmt.Sprint(p.Span.Start), stated: k0.stated}]++
		j, ok := first[k0]
		if !ok {
			first[k0] = i
			continue
		}
		e := &out[j]
		if e.ind.Provenance[0].Span == p.Span {
			continue
		}
		e.ind.Provenance = append(e.ind.Provenance, p)
		where := "later in the text"
		if len(p.Section) > 0 {
			where = fmt.Sprintf("under %q", strings.Join(p.Section, " / "))
		}
		cl.skip = fmt.Sprintf("not drafted: %s in %s (its sentence repeats the one of %s %s: a second quote of %s, not a new claim)",
			flatText(cl.ind.Stated), d.source.ID, e.ind.ID, where, e.ind.ID)
	}
	return out
}
