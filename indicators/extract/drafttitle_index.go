package extract

import (
	"strings"
)

// Titles of a price index release (drafts45): "The Retail Prices Index
// (RPI) rose by 4.1% in the 12 months to May, up from 3.9% in April" is
// the RPI's annual inflation rate, twice; "On a monthly basis, RPI rose by
// 0.5% in May, compared with a rise of 0.2% in May 2022" its monthly rise,
// twice; "contributions to the annual RPI inflation rate came from food
// (0.4 percentage points, …) and fuel (0.3 percentage points)" the
// contribution of each item to annual RPI inflation. The sentence's
// index is named by the acronym it defines in brackets.

// indexMoveRE matches the opening of a price index sentence: an optional
// "On a monthly basis," and the index that rose or fell by the figure.
var indexMoveRE = lazyRegexp(`^(On a monthly basis,\s+)?(?:[Tt]he\s+)?([A-Z][\w’' -]*?(?:\s+\(([A-Z]{2,6})\))?)\s+(?:rose|fell|increased|decreased|grew)\s+by\s+$`)

// indexPairRE matches the words before the second figure of such a
// sentence: "…, up from " or "…, compared with a rise of ".
var indexPairRE = lazyRegexp(`(?:,\s+(?:up|down)\s+from|,\s+compared\s+with\s+(?:a\s+(?:rise|fall|increase|decrease)\s+of)?)\s+$`)

// contributionRE matches "contributions to the annual X inflation rate …
// came from" in a sentence.
var contributionRE = lazyRegexp(`contributions?\s+to\s+(?:the\s+)?(annual\s+[A-Z]{2,6}\s+inflation)(?:\s+rate)?\b.*?\bcame\s+from\s+`)

// indexTitle returns the title of a figure of a price index sentence, or
// "".
func (d *docDraft) indexTitle(m Mention) string {
	text := d.src.Text
	start := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	before := text[start:m.Span.Start]
	if !strings.Contains(before, " by ") && !strings.Contains(before, "came from ") {
		return "" // neither a rise "by" nor contributions: no regexp run
	}
	if g := contributionRE.FindStringSubmatchIndex(before); strings.Contains(before, "came from ") && g != nil {
		return contributionTitle(before[g[1]:], before[g[2]:g[3]])
	}
	if !strings.Contains(before, " by ") {
		return ""
	}
	lead := before
	pair := false
	if loc := indexPairRE.FindStringIndex(before); loc != nil {
		// The second figure: the title of the first, found in the words
		// before it.
		lead, pair = before[:loc[0]], true
		if i := strings.LastIndex(lead, " by "); i >= 0 {
			lead = lead[:i+len(" by ")]
		}
	}
	g := indexMoveRE.FindStringSubmatch(lead)
	if g == nil {
		return ""
	}
	name := g[2]
	if !strings.Contains(name, "Price") && !d.pricesAcronym(name) {
		return "" // an index of prices only: "Harbour Traffic Index" has no inflation
	}
	if g[3] != "" {
		name = g[3] // the acronym the sentence defines
	}
	rest := strings.ToLower(text[m.Span.End:m.Sentence.End])
	if pair {
		rest = strings.ToLower(before[len(lead):])
	}
	switch {
	case g[1] != "":
		return "Monthly rise in " + name
	case strings.HasPrefix(strings.TrimSpace(rest), "in the 12 months to") || pair && strings.Contains(rest, " in the 12 months to "):
		return name + " annual inflation rate"
	}
	return ""
}

// contributionTitle titles the figure whose parenthesis items opens, after
// "came from": "housing and household services (1.49 percentage points,
// …) and transport (" → "Contribution of transport to annual CPIH
// inflation".
func contributionTitle(items, rate string) string {
	open := strings.LastIndexByte(items, '(')
	if open < 0 || strings.TrimSpace(items[open+1:]) != "" {
		return ""
	}
	item := items[:open]
	if i := strings.LastIndex(item, ") and "); i >= 0 {
		item = item[i+len(") and "):]
	} else if i := strings.LastIndex(item, "), "); i >= 0 {
		item = item[i+len("), "):]
	}
	item = strings.TrimSpace(item)
	if item == "" || strings.ContainsAny(item, "()") || len(strings.Fields(item)) > 6 {
		return ""
	}
	return "Contribution of " + item + " to " + rate
}

// pricesAcronym reports whether name is an acronym the document defines
// for an index of prices: "CPIH" of "… Prices Index including owner
// occupiers' housing costs (CPIH)".
func (d *docDraft) pricesAcronym(name string) bool {
	if len(name) < 2 || len(name) > 6 || strings.ToUpper(name) != name {
		return false
	}
	if v, ok := d.priceAcros[name]; ok {
		return v
	}
	text := d.src.Text
	v := false
	for at := 0; ; {
		i := strings.Index(text[at:], "("+name+")")
		if i < 0 {
			break
		}
		i += at
		if strings.Contains(text[max(0, i-100):i], "Price") {
			v = true
			break
		}
		at = i + 1
	}
	if d.priceAcros == nil {
		d.priceAcros = map[string]bool{}
	}
	d.priceAcros[name] = v
	return v
}
