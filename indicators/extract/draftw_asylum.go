package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Asylum and migration statistics (drafts43: a statistical office's
// release on first-time asylum applicants):
//
//	Syrians remained the main citizenship of people seeking international
//	protection in the EU Member States, ahead of Afghans (12 500 first
//	time applicants) → entity EU, the place where people apply;
//	counterpart AF, the applicants' citizenship, each item its own
//	applied for asylum either in Germany or in Italy → entities [DE IT],
//	one joint figure
//	Germany (with almost 49 100 first time applicants, or 30% of total
//	first time applicants in the EU Member States) → DE for both: a
//	figure inside a country's parentheses is that country's, and "X% of
//	the total … in the EU" names the whole, no counterpart

var (
	// asylumRe marks a sentence of asylum or migration statistics.
	asylumRe = lazyRegexp(`(?i)\basylum\b|\binternational protection\b|\brefugee status\b`)
	// eitherInRe is one figure of two places: "either in Germany or in
	// Italy".
	eitherInRe = lazyRegexp(`\beither in (?:the )?([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?) or in (?:the )?([A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)`)
)

// asylumClaim sets the parties of a figure of asylum statistics: the
// place where people apply acts, their citizenship is the counterpart.
func (d *docDraft) asylumClaim(cl *claim, m Mention) {
	text := d.src.Text
	sent := text[m.Sentence.Start:m.Sentence.End]
	if !d.sentenceReads(m).asylum {
		return
	}
	ind := &cl.ind
	set := func(es []string, cp, why string) {
		ind.Entities, ind.Counterpart = es, cp
		delete(cl.fieldNotes, "entities")
		delete(cl.fieldNotes, "counterpart")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
		if cp != "" {
			cl.fieldNotes["counterpart"] = why
			declare(cl.fieldNotes, "counterpart", "counterpart/asylumClaim")
		} else {
			cl.fieldNotes["entities"] = why
			declare(cl.fieldNotes, "entities", "entities/asylumClaim")
		}
	}
	// "either in Germany or in Italy".
	if g := eitherInRe.FindStringSubmatch(sent); g != nil {
		a, b := distinct(placesIn(g[1], 0)), distinct(placesIn(g[2], 0))
		if len(a) == 1 && len(b) == 1 && a[0] != b[0] {
			set([]string{a[0], b[0]}, "", fmt.Sprintf("%q: one figure of both places", g[0]))
			return
		}
	}
	// A figure inside a country's parentheses is that country's.
	if k := strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '('); k >= 0 && !strings.Contains(text[m.Sentence.Start+k:m.Span.Start], ")") {
		open := m.Sentence.Start + k
		if p, ok := placeRightBefore(text, m.Sentence.Start, open); ok && !d.isDemonymAt(p) {
			set([]string{p.code}, "", fmt.Sprintf("%s, the country whose parentheses hold the figure", text[p.start:p.end]))
			return
		}
	}
	// The place where people apply, and their citizenship.
	ps := d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End)
	var where, who string
	for _, p := range ps {
		if !d.isDemonymAt(p) && lastWord(text[max(m.Sentence.Start, p.start-16):p.start]) == "in" || strings.HasSuffix(text[max(m.Sentence.Start, p.start-8):p.start], "in the ") {
			if where == "" {
				where = p.code
			}
		}
	}
	if where == "" {
		return
	}
	// The item's own citizenship: the demonym right before its
	// parenthesis, else the sentence's first.
	if k := strings.LastIndexByte(text[m.Sentence.Start:m.Span.Start], '('); k >= 0 {
		if p, ok := placeRightBefore(text, m.Sentence.Start, m.Sentence.Start+k); ok && d.isDemonymAt(p) {
			who = p.code
		}
	}
	if who == "" {
		for _, p := range ps {
			if d.isDemonymAt(p) {
				who = p.code
				break
			}
		}
	}
	if who == "" || who == where {
		return
	}
	set([]string{where}, who, fmt.Sprintf("%s, the applicants' citizenship; %s, where they apply", indicators.EntityName(who), where))
}

// placeRightBefore returns the place that ends right before byte at of
// text, a space apart, in the sentence starting at from.
func placeRightBefore(text string, from, at int) (placeMention, bool) {
	ps := placesIn(text[from:at], from)
	if len(ps) == 0 {
		return placeMention{}, false
	}
	p := ps[len(ps)-1]
	return p, strings.TrimSpace(text[p.end:at]) == ""
}

// isDemonymAt reports whether a place names people, "Syrians", not the
// place: a capitalised word in -s whose singular names the same place.
func (d *docDraft) isDemonymAt(p placeMention) bool {
	w := d.src.Text[p.start:p.end]
	if strings.Contains(w, " ") || !strings.HasSuffix(w, "s") {
		return false
	}
	ps := placesIn(strings.TrimSuffix(w, "s"), 0)
	return len(ps) == 1 && ps[0].code == p.code
}

// sectionText returns the text of the heading m's sentence is under, or
// "".
func (d *docDraft) sectionText(m Mention) string {
	hs := d.headsAbove(m.Sentence.Start)
	if len(hs) == 0 {
		return ""
	}
	return hs[len(hs)-1].text
}

// laterPartnerClaim drops a counterpart taken from the document's
// subjects when neither its title nor a heading above the figure names
// it: a heading further on heads figures further on (drafts43).
func (d *docDraft) laterPartnerClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Counterpart == "" || !strings.HasPrefix(cl.fieldNotes["counterpart"], "no place in the sentence: the document's subjects") {
		return
	}
	named := func(s string) bool { return slices.Contains(distinct(placesIn(s, 0)), ind.Counterpart) }
	text := d.src.Text
	top := 0
	for range 3 {
		top = min(len(text), lineEnd(text, top)+1)
	}
	if named(d.source.Title) || named(text[:top]) {
		return // the title, or the lines at the top ("United States Mission to Kenya")
	}
	for _, h := range d.headsAbove(m.Sentence.Start) {
		if named(h.text) {
			return
		}
	}
	cp := ind.Counterpart
	ind.Counterpart = ""
	delete(cl.fieldNotes, "counterpart")
	cl.fieldNotes["entities"] = fmt.Sprintf("no place in the sentence: the document's subject; %s is named only by a heading further on", cp)
	declare(cl.fieldNotes, "entities", "entities/laterPartnerClaim")
}

// A sentenceRead is what the rules of drafts43 read of one sentence,
// once for all its figures.
type sentenceRead struct {
	start  int
	asylum bool     // of asylum statistics, by its words or its section's heading
	agency []string // agencyCostRe's submatches, or nil
}

// sentenceReads returns what the rules of drafts43 read of m's sentence,
// read on its first figure.
func (d *docDraft) sentenceReads(m Mention) *sentenceRead {
	r := d.upToReads.sentence
	if r != nil && r.start == m.Sentence.Start {
		return r
	}
	sent := d.src.Text[m.Sentence.Start:m.Sentence.End]
	r = &sentenceRead{start: m.Sentence.Start}
	r.asylum = asylumRe.MatchString(sent) || asylumRe.MatchString(d.sectionText(m))
	r.agency = agencyCostRe.FindStringSubmatch(sent)
	d.upToReads.sentence = r
	return r
}
