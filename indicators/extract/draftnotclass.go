package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Figures of a release that are no claims (drafts41):
//
//	centres with a population of 10,000 or greater → defines a class of
//	places
//	Canada's big three cities, the top five markets → name a group
//	risen by around 2,350 (which represents a 3% increase) to 80,659,
//	after "a rise of 3%" and "80,659 prisoners" → restatements, comments

// classBefore matches the words before a threshold that defines a class:
// "with a population of", "centres with populations of", "units
// in buildings with" (five units or more),
// "in buildings with", "households with".
var classBefore = lazyRegexp(`\bwith\s+(?:(?:a\s+|an\s+)?[a-z]+\s+of\s*)?$`)

// classAfter matches the words that make a figure a threshold: "or
// greater", "or more", "and over".
var classAfter = lazyRegexp(`^\s*(?:or|and)\s+(?:greater|more|above|over|higher|larger)\b|^\+`)

// classIn matches a threshold's words inside a figure as the scanner
// reads it: "10,000 or greater", "10,000+".
var classIn = lazyRegexp(`\s(?:or|and)\s+(?:greater|more|above|over|higher|larger)$|\+$`)

// groupBefore are the words that make a small number spelled in words
// the name of a group: "big three", "top five".
var groupBefore = map[string]bool{"big": true, "top": true, "bottom": true}

// restateBefore matches the words before a figure that restate one stated
// earlier: "(which represents a", "which is a".
var restateBefore = lazyRegexp(`\bwhich\s+(?:represents|is|was|amounts\s+to)\s+(?:a|an)?\s*$`)

// reachedAfterChange matches a change verb and "to" before a level the
// change reaches: "has risen by around 2,350 (…) to".
var reachedAfterChange = lazyRegexp(`\b(?:risen|rose|increased|grew|fallen|fell|decreased|declined|dropped)\b.*\bto\s*$`)

// notClassOrGroup returns why m defines a class of places, names a group
// or restates a figure the document states before its sentence, or "";
// or why it is a span of time or a list's size (draftnotspan.go).
func (d *docDraft) notClassOrGroup(m Mention) string {
	text := d.src.Text
	if why := d.spanOrListSize(m); why != "" {
		return why
	}
	flat := strings.ToLower(strings.Join(strings.Fields(m.Text), " "))
	before := strings.ToLower(joinBroken(text[m.Sentence.Start:m.Span.Start]))
	after := strings.ToLower(joinBroken(text[m.Span.End:m.Sentence.End]))
	if classBefore.MatchString(before) && (classAfter.MatchString(after) || classIn.MatchString(flat)) {
		return fmt.Sprintf("%q defines a class of places or things, not a claim", strings.TrimSpace(lastWords(before, 4))+" "+flat)
	}
	if why := d.baseValue(m, before); why != "" {
		return why
	}
	if m.Kind == Number && m.Unit.IsZero() || m.Unit.Name != "" && m.Kind == Count {
		// "the top 5 markets for wood – Japan, …" counts the things its
		// list names: a claim.
		listed := strings.ContainsAny(after, "(:–—") || strings.Contains(after, " - ")
		if ws := strings.Fields(before); len(ws) > 0 && groupBefore[ws[len(ws)-1]] && flat != "" && flat[0] >= 'a' && flat[0] <= 'z' && !listed {
			return fmt.Sprintf("%q names a group, not a claim", ws[len(ws)-1]+" "+flat)
		}
	}
	if restateBefore.MatchString(before) || m.Kind == Number && m.Unit.IsZero() && reachedAfterChange.MatchString(before) {
		for _, o := range d.mentions {
			if o.Span.Start >= m.Sentence.Start {
				break
			}
			if o.Quantity.Value.Equal(m.Quantity.Value) && (o.Unit == m.Unit || m.Unit.IsZero()) && o.Kind != Rank {
				return fmt.Sprintf("restates %q, stated before: a comment, not a claim", quoteUpTo(text, o))
			}
		}
	}
	return ""
}

// lastWords returns the last n words of s.
func lastWords(s string, n int) string {
	ws := strings.Fields(s)
	return strings.Join(ws[max(0, len(ws)-n):], " ")
}

// baseValue returns why m is the base value of the change before it in
// its clause ("7.7 percent (±1.2 percent) above the revised July rate of
// 1,317,000"), or "": a comment on the change, not a claim.
func (d *docDraft) baseValue(m Mention, before string) string {
	if !strings.HasSuffix(before, "of ") && !strings.HasSuffix(before, "of") {
		return ""
	}
	// "above the revised July rate of", "from the previous month's figure
	// of": the base phrase right before "of".
	bs := readBases(before)
	if len(bs) == 0 || strings.TrimSpace(before[bs[len(bs)-1].end:]) != "of" {
		return ""
	}
	g := []int{bs[len(bs)-1].start}
	var p Mention
	ok := false
	for _, o := range d.sentenceMentions(m) {
		if o.Span.End > m.Span.Start {
			break
		}
		if _, mg := marginOf(d.src.Text, o); !mg {
			p, ok = o, true
		}
	}
	if !ok || p.Unit.Kind != indicators.Percent && p.Unit.Kind != indicators.PercentagePoint {
		return ""
	}
	if between := d.src.Text[p.Span.End:m.Span.Start]; strings.Contains(between, ";") || strings.Contains(between, ". ") || len(between) > len(before)-g[0]+40 {
		return ""
	}
	return fmt.Sprintf("the base value of the change %q (%q): a comment on it, not a claim", p.Text, strings.TrimSpace(before[g[0]:]))
}
