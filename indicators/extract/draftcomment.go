package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Figures that are never claims, whatever the figure parser makes of
// them (issue 11): a telephone number, the size of a revision and the
// figure it replaced, the count of sources a publication compares, and a
// target restated after it was drafted.

// commentOnly returns why a figure is no claim but at most a comment, or
// "". The drafter asks it before it parses the figure, so that a
// telephone number is never offered, not even to write by hand.
func (d *docDraft) commentOnly(m Mention) string {
	if why := d.revisionPart(m); why != "" {
		return why
	}
	if why := d.restatedComment(m); why != "" {
		return why
	}
	if phoneLabelRE.MatchString(lineOf(d.src.Text, m.Span.Start)) || phoneDigitsRE.MatchString(d.src.Text[m.Span.Start:min(len(d.src.Text), m.Span.Start+20)]) {
		return "a telephone number, not a figure"
	}
	if contentsEntry(d.src.Text, m) {
		return "a page number in the document's contents, not a figure"
	}
	return ""
}

// maxContentsLines is how many entries contentsEntry reads back to the
// heading of a contents list.
const maxContentsLines = 80

// contentsEntry reports whether m stands in a contents list: on a line
// that ends with a page number, under the heading "Contents" past lines
// that all end so ("Summary 4 Introduction 6 … Annex 2 : form 58",
// "1. Methods 12"), or after a dot leader ("Introduction ........ 4").
func contentsEntry(text string, m Mention) bool {
	if dotLeaderRe.MatchString(text[max(0, m.Span.Start-12):m.Span.Start]) {
		return true
	}
	l := lineOf(text, m.Span.Start)
	if l == "" || !pageNumberEndRe.MatchString(l) {
		return false
	}
	at := lineStart(text, m.Span.Start)
	for n := 0; at > 0 && n < maxContentsLines; n++ {
		at = lineStart(text, at-1)
		l := strings.TrimSpace(text[at:lineEnd(text, at)])
		switch {
		case l == "":
		case contentsHeadingRe.MatchString(l):
			return true
		case !pageNumberEndRe.MatchString(l):
			return false
		}
	}
	return false
}

// contentsHeadingRe matches the heading of a contents list.
var contentsHeadingRe = lazyRegexp(`(?i)^(?:table\s+of\s+)?contents:?$`)

// pageNumberEndRe matches a line that ends with a page number after a
// word: an entry of a contents list.
var pageNumberEndRe = lazyRegexp(`[A-Za-z)]\.*\s+\d{1,3}\s*$`)

// dotLeaderRe matches the dots that lead a contents entry to its page
// number.
var dotLeaderRe = lazyRegexp(`(?:\.\s?){5,}\s*$|…{2,}\s*$`)

// phoneLabelRE matches a line that gives a telephone or fax number.
var phoneLabelRE = lazyRegexp(`(?i)^\s*(?:` + phoneLabels + `)\.?\s*(?:number)?\s*:`)

// phoneLabels are the one list of labels of a telephone number's line:
// phoneLabelRE, draft62's metadataLabelRe and pageFurniture read it.
const phoneLabels = `telephone|tel|phone|fax|mobile|helpline`

// phoneDigitsRE matches a national telephone number: "030 015 86554",
// "020 7946 0018".
var phoneDigitsRE = lazyRegexp(`^0\d{2,4} \d{3,4} \d{4,5}\b`)

// methodCountRE matches what a publication does with the few things it
// counts, right before their number: "A comparison of two … data
// sources", "combines three surveys".
var methodCountRE = lazyRegexp(`(?i)\b(?:comparison|combination|review|synthesis|analysis)\s+of\s*$|\b(?:compares|combines|draws on|uses|presents)\s*$`)

// methodNouns are what a publication's method counts.
var methodNouns = map[string]bool{"source": true, "sources": true, "method": true, "methods": true, "dataset": true, "datasets": true,
	"approach": true, "approaches": true, "survey": true, "surveys": true, "section": true, "sections": true, "model": true, "models": true}

// methodCount returns why a small count of sources or methods in the
// description of a publication is no claim, or "".
func methodCount(text string, m Mention) string {
	if m.Kind != Number && m.Unit.Kind != indicators.Count || m.Quantity.Value.Float64() > 12 {
		return ""
	}
	if !methodCountRE.MatchString(text[max(m.Sentence.Start, m.Span.Start-40):m.Span.Start]) {
		return ""
	}
	words := strings.Fields(strings.ToLower(m.Text))
	if next := strings.Fields(strings.ToLower(text[m.Span.End:min(m.Sentence.End, m.Span.End+40)])); len(next) > 0 {
		words = append(words, strings.Trim(next[0], ",.;:()"))
	}
	for _, w := range words {
		if methodNouns[w] {
			return fmt.Sprintf("the number of %s the publication compares or uses, a description of its method, not a claim", w)
		}
	}
	return ""
}

// targetRestatedRE matches a target named after its figure: "NATO’s 2%
// target", "the 0.7% target".
var targetRestatedRE = lazyRegexp(`^\s*(?:of\s+(?:GDP|GNI)\s+)?(?:target|guideline|goal|benchmark)\b`)

// targetGoverningRE matches a target's words right before its figure.
var targetGoverningRE = lazyRegexp(`(?i)\b(?:target|guideline|goal|benchmark)s?\s+(?:of|to\s+[a-z]+)\s*$`)

// restatedTarget returns why a target named again after a figure drafted
// earlier as a target is a comment, or "": "met or exceeded the 0.7%
// target" after "the UN target of 0.7%".
func (d *docDraft) restatedTarget(m Mention) string {
	text := d.src.Text
	if !targetRestatedRE.MatchString(text[m.Span.End:m.Sentence.End]) {
		return ""
	}
	for _, o := range d.mentions {
		if o.Span.End > m.Sentence.Start {
			break
		}
		if o.Unit != m.Unit || o.Quantity.Value.Cmp(m.Quantity.Value) != 0 || o.Quantity.IsRange() {
			continue
		}
		if targetGoverningRE.MatchString(text[o.Sentence.Start:o.Span.Start]) {
			return fmt.Sprintf("restates the target %s drafted earlier: a comment on it", strings.Join(strings.Fields(o.Text), " "))
		}
	}
	return ""
}
