package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// The frames that name a figure the other title rules left unnamed
// (title42). A figure is never drafted as fallbackTitle's placeholder or
// heading when one of these frames of English names what it counts:
//
//   - a definition after a dash: "3,955 – the total number of complaints
//     determined", "3,285 - complaints were decided following …";
//   - a passive predicate of a figure that is its clause's subject: "at
//     least £29.2 million was donated to good causes" → "Amount donated to
//     good causes";
//   - a verb of a part's share of a whole: "The trunk road network
//     accounted for 6% of the total" → "Trunk road network, share of the
//     total";
//   - a percentage's own "of": "(67% of all known child adoptions)" →
//     "Share of all known child adoptions"; a fraction the percentage
//     restates, "Half of businesses (50%)" → "Share of businesses";
//   - a restatement of the count before it: "Almost 270,000 people, or 8%,
//     …" → "Share of people";
//   - an elided noun: a figure with no noun of its own, joined to the figure
//     of its kind before it ("11.2 million passengers …, compared with 10.7
//     million passengers … and 10.5 million in Q2 2019"), measures what that
//     figure measures.
//
// namedFrame tries them in that order; mendTitle asks it last, when every
// other rule left the fallback.

// namedFrame returns the title a frame of m's sentence gives it, or "".
// prev is the memo of the figure before m in its sentence, if hasPrev.
func (d *docDraft) namedFrame(m Mention, measure indicators.MeasureKind, prev titleMemo, hasPrev bool) string {
	text := d.src.Text
	for _, t := range []string{d.dashDefined(m), d.passiveNamed(m, measure), partOfWhole(text, m, measure), shareOfAfter(text, m, measure),
		restatedShare(text, m, measure, prev, hasPrev), elidedNoun(text, m, measure, prev, hasPrev)} {
		if t = shorten(t, maxTitle); t != "" && len(strings.Fields(t)) >= 2 && titleFault(t) == "" {
			return t
		}
	}
	return ""
}

// figureOpens reports whether m opens its sentence, past a list marker
// and a leading "Of those …," that restricts it ("Of those delayed at
// the census point, 777 were delayed …").
func figureOpens(text string, m Mention) bool {
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if ss > m.Span.Start {
		return false
	}
	before := strings.TrimSpace(text[ss:m.Span.Start])
	return before == "" || ofThoseRE.MatchString(before)
}

// ofThoseRE matches a partitive lead before a figure: "Of those delayed
// at the October 2020 census point,".
var ofThoseRE = lazyRegexp(`(?i)^of (?:those|these|them|the)\b[^,;.]{0,80},$`)

// numberEnd returns the end of m's numbers: where its own words start;
// the end of m where it holds no number span ("four" spelled out).
func numberEnd(m Mention) int {
	if e := max(m.Numbers[0].End, m.Numbers[1].End); e > m.Span.Start {
		return e
	}
	return m.Span.End
}

// dashDefinedRE matches a dash right after a figure.
var dashDefinedRE = lazyRegexp(`^\s*(?:[-–—])\s+`)

// numberOfLeadRE matches the words a definition opens with before what it
// counts: "the total number of", "the number of", "the amount of".
var numberOfLeadRE = lazyRegexp(`(?i)^(?:the\s+)?(?:(?:total|overall|annual)\s+)?(?:number|amount|count)\s+of\s+`)

// dashDefined returns the title the definition after a dash gives a
// figure that opens its line: "3,955 – the total number of complaints
// determined" → "Complaints determined"; "3,285 - complaints were decided
// following detailed consideration" → "Complaints decided following
// detailed consideration"; or "".
func (d *docDraft) dashDefined(m Mention) string {
	text := d.src.Text
	if !figureOpens(text, m) {
		return ""
	}
	rest := text[numberEnd(m):m.Sentence.End]
	loc := dashDefinedRE.FindStringIndex(rest)
	if loc == nil {
		return ""
	}
	def := joinBroken(rest[loc[1]:])
	if i := strings.Index(def, ". "); i >= 0 {
		def = def[:i]
	}
	def = strings.TrimRight(strings.TrimSpace(def), ".")
	if loc := numberOfLeadRE.FindStringIndex(def); loc != nil {
		return title(framePhrase(strings.Fields(def[loc[1]:]), 8))
	}
	f := strings.Fields(def)
	for i := 1; i+1 < len(f) && i <= 4; i++ {
		if beForms[strings.ToLower(f[i])] && isPastParticiple(strings.ToLower(f[i+1])) {
			// "complaints were decided following …": the subject and
			// what was done to it.
			if np := framePhrase(f[:i], 4); np != "" && !titleStop[strings.ToLower(f[0])] {
				return title(np + " " + framePhrase(f[i+1:], 8))
			}
			return ""
		}
	}
	return ""
}

// beForms are the forms of "be" a passive predicate opens on.
var beForms = stopSet(classCopulas)

// passiveRE matches the passive predicate right after a figure that is its
// clause's subject: " was donated", " were delayed", " have been issued".
var passiveRE = lazyRegexp(`^\s+(?:was|were|is|are|has been|have been|had been)\s+([a-z]+)\b`)

// passiveNamed returns the title of a figure that is the subject of a
// passive predicate: the kind of figure and what was done to it, "at
// least £29.2 million was donated to good causes" → "Amount donated to
// good causes"; or "".
func (d *docDraft) passiveNamed(m Mention, measure indicators.MeasureKind) string {
	text := d.src.Text
	if !figureOpens(text, m) || strings.TrimSpace(text[numberEnd(m):m.Span.End]) != "" {
		return "" // "777 people were …": the noun names it
	}
	rest := joinBroken(text[m.Span.End:m.Sentence.End])
	g := passiveRE.FindStringSubmatchIndex(rest)
	if g == nil || !isPastParticiple(rest[g[2]:g[3]]) {
		return ""
	}
	vp := framePhrase(strings.Fields(rest[g[2]:]), 8)
	if vp == "" {
		return ""
	}
	kind := "Number"
	switch {
	case m.Kind == Currency:
		kind = "Amount"
	case measure == indicators.Share || m.Kind == Percent:
		kind = "Share"
	}
	return kind + " " + vp
}

// restatedShare returns the title of a percentage that restates the count
// before it (", or 8%,", " (8%)"): the share of what the count counts.
func restatedShare(text string, m Mention, measure indicators.MeasureKind, prev titleMemo, hasPrev bool) string {
	if !hasPrev || m.Kind != Percent || prev.kind == Percent || measure == indicators.Change || !namedMemo(prev) {
		return ""
	}
	switch strings.ToLower(strings.TrimSpace(text[prev.end:m.Span.Start])) {
	case ", or", "or", "(", ", (":
	default:
		return ""
	}
	if strings.HasPrefix(strings.ToLower(prev.subject), "share of") {
		return prev.subject
	}
	return "Share of " + lowerFirst(prev.subject)
}

// elidedTails end the words between two figures of one kind when the
// second elides the noun the first names: "… and 10.5 million", "…,
// compared with 10.5 million", "… down from 13%".
var elidedTails = []string{" and", " or", ",", " compared with", " compared to", " against", " from", " vs", " vs.", " versus", " than"}

// elidedNoun returns the title of the figure before m in its sentence when
// m, a figure of its kind (a bare number after a count) with no noun of
// its own, is joined to it
// (elidedTails): "11.2 million passengers passed through …, compared with
// 10.7 million passengers in 2023 and 10.5 million in Q2 2019".
func elidedNoun(text string, m Mention, measure indicators.MeasureKind, prev titleMemo, hasPrev bool) string {
	if !hasPrev || !(prev.kind == m.Kind || prev.kind == Count && m.Kind == Number) || !namedMemo(prev) || isChangeTitle(prev.subject) != (measure == indicators.Change) {
		return ""
	}
	if strings.TrimSpace(text[numberEnd(m):m.Span.End]) != "" && m.Kind != Percent && m.Kind != Currency {
		return "" // "and 4,226 complaints": a noun of its own
	}
	if f := strings.Fields(text[m.Span.End:m.Sentence.End]); len(f) > 0 {
		if w := strings.ToLower(strings.Trim(f[0], ",.;:()")); w != "" && !titleStop[w] && !isPrepWord(w) && !hasDigit(w) {
			return "" // "10.5 million visitors": a noun after it
		}
	}
	between := strings.ToLower(strings.TrimRight(text[prev.end:m.Span.Start], " "))
	if len(between) > 160 || strings.Contains(between, ". ") || strings.ContainsAny(between, ";:") {
		return ""
	}
	if f := strings.Fields(between); len(f) > 0 && (beForms[f[0]] || auxiliaries[f[0]]) {
		// "41% were issued without further assessment, and 1% to
		// organisations": the figure before has a verb of its own, which
		// the gap elides with its noun; the title would misname it.
		return ""
	}
	for _, tail := range elidedTails {
		if strings.HasSuffix(between, tail) {
			return prev.subject
		}
	}
	return ""
}

// namedMemo reports whether the memo of a figure names what it measures:
// no fallback and no fragment.
func namedMemo(tm titleMemo) bool {
	return tm.subject != "" && !isFallbackTitle(tm.subject) && titleFault(tm.subject) == "" && len(strings.Fields(tm.subject)) >= 1
}

// framePhrase returns the first words of ws up to the end of their
// phrase (phraseWords): a bracket, dash or figure after "and", a word that
// opens another clause ("with", "while", "which", "but", "compared"), at
// most n words, and no stop word or preposition at its end; or "".
func framePhrase(ws []string, n int) string {
	prevAnd := false
	out := phraseWords(ws, n, func(lw, w string) bool {
		stop := strings.HasPrefix(w, "(") || strings.Trim(w, "-–—") == "" || hasDigit(w) && prevAnd || frameClauseOpeners[lw]
		prevAnd = lw == "and"
		return stop
	})
	return strings.Join(trimTitleWords(out), " ")
}

// frameClauseOpeners open another clause after a frame's phrase.
var frameClauseOpeners = map[string]bool{"with": true, "while": true, "whilst": true, "which": true, "but": true, "compared": true}

// partVerbRE matches a verb that makes the percentage after it a part's
// share of a whole, at the end of the words before the figure, with its
// subject: "The trunk road network accounted for", "Other A roads
// represented", "These adoptions comprised".
var partVerbRE = lazyRegexp(`(?i)(?:^|[,;:]\s+|\s-\s)([^,;:()]{3,80}?)\s+(?:` + partShareVerbs + `)\s*$`)

// partShareVerbs are the verbs whose subject is the part a share after
// them measures, as a regexp alternation: "accounted for", "represented",
// "made up", "comprised". The two title rules of a part's share read them
// (partVerbRE here, shareSubjectRE in drafttitle_tail.go); "comprised"
// also opens a breakdown of the figure before (partOpens), another frame.
const partShareVerbs = `accounted for|accounts for|account for|accounting for|represented|represents|represent|made up|makes up|make up|comprises|comprised|comprise|constituted|constitutes|formed|forms`

// partOfWhole returns "<part>, share of <whole>" for a percentage after a
// verb of a part's share (partVerbRE) and before "of <whole>": "The
// trunk road network accounted for 6% of the total" → "Trunk road
// network, share of the total"; or "".
func partOfWhole(text string, m Mention, measure indicators.MeasureKind) string {
	if m.Kind != Percent || measure == indicators.Change {
		return ""
	}
	ss := m.Sentence.Start + bulletPrefix(text[m.Sentence.Start:m.Sentence.End])
	if ss > m.Span.Start {
		return ""
	}
	g := partVerbRE.FindStringSubmatch(joinBroken(text[ss:m.Span.Start]))
	if g == nil {
		return ""
	}
	whole := ofWhole(text[m.Span.End:m.Sentence.End])
	if whole == "" {
		return ""
	}
	f := strings.Fields(g[1])
	for len(f) > 1 {
		if lw := strings.ToLower(f[0]); lw == "the" || lw == "these" || lw == "this" || lw == "a" || lw == "an" || isReportingYear(lw) {
			f = f[1:]
			continue
		}
		break
	}
	part := strings.Join(f, " ")
	if len(f) == 0 || len(f) > 8 || hasDigit(part) || titleStop[strings.ToLower(part)] || onlyPlaces(part) {
		return ""
	}
	return title(part) + ", share of " + whole
}

// ofWhole returns the whole after a percentage's "of": " of all
// finalised adoptions in 2018–19" → "all finalised adoptions"; or "".
func ofWhole(after string) string {
	f := strings.Fields(joinBroken(after))
	if len(f) < 2 || f[0] != "of" {
		return ""
	}
	var keep []string
	for _, w := range f[1:] {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if lw == "in" || lw == "for" || lw == "at" || lw == "on" || lw == "during" || frameClauseOpeners[lw] || hasDigit(w) || subjectEnds[lw] || beForms[lw] {
			break // "… in 2018–19": the time is the period's
		}
		keep = append(keep, strings.Trim(w, ",.;:()"))
		if len(keep) == 6 || strings.ContainsAny(w, ",.;:()") {
			break
		}
	}
	return strings.Join(trimTitleWords(keep), " ")
}

// partWord reports whether w names a part of a whole a percentage in
// brackets restates: a fraction (fractionWords) or "most", "majority",
// "minority", "all" ("Half of businesses (50%)").
func partWord(w string) bool {
	w = strings.ToLower(w)
	return slices.Contains(fractionWords, w) || w == "most" || w == "majority" || w == "minority" || w == "all"
}

// fractionOfRE matches a fraction and its whole right before a
// percentage's bracket: "Half of businesses (", "nearly all of local
// adoptees (".
var fractionOfRE = lazyRegexp(`(?i)\b([a-z]+)\s+of\s+((?:[a-z’'-]+\s+){0,5}?[a-z’'-]+)\s*\(\s*$`)

// shareOfAfter returns the share a percentage names by its own "of" in
// brackets, "(67% of all known child adoptions)" → "Share of all known
// child adoptions", or by the fraction it restates, "Half of businesses
// (50%)" → "Share of businesses"; or "".
func shareOfAfter(text string, m Mention, measure indicators.MeasureKind) string {
	if m.Kind != Percent || measure == indicators.Change {
		return ""
	}
	before := text[m.Sentence.Start:m.Span.Start]
	if !strings.HasSuffix(strings.TrimRight(before, " "), "(") {
		return ""
	}
	if w := ofWhole(text[m.Span.End:m.Sentence.End]); w != "" {
		return "Share of " + w
	}
	if strings.HasPrefix(strings.TrimLeft(text[m.Span.End:m.Sentence.End], " "), ")") {
		if g := fractionOfRE.FindStringSubmatch(before); g != nil && partWord(g[1]) {
			if f := trimTitleWords(strings.Fields(g[2])); len(f) > 0 && !titleStop[strings.ToLower(f[0])] || len(f) > 1 {
				return "Share of " + strings.Join(f, " ")
			}
		}
	}
	return ""
}

// hedgedTitle returns a title that opens on a hedge of its figure
// ("Almost two thirds of children", "Over half of respondents") as what
// the figure measures: the share of the whole after the fraction's "of"
// ("Share of children"), or the words after the hedge where they are a
// title of their own. It returns "" where neither is: a title is never
// mended into a worse one.
func hedgedTitle(t string) string {
	lt := strings.ToLower(t)
	rest, hedge := "", ""
	for _, h := range vocab.Hedges {
		if titleHedge(h.Phrase) && strings.HasPrefix(lt, h.Phrase+" ") && len(h.Phrase) > len(hedge) {
			rest, hedge = t[len(h.Phrase)+1:], h.Phrase // the longest: "just over" before "over"
		}
	}
	f := strings.Fields(rest)
	if len(f) == 0 || hasDigit(rest) {
		return "" // "Over 65s in work": a group, no hedge
	}
	for i := 0; i < len(f)-2 && i < 2; i++ {
		if partWord(f[i]) && strings.EqualFold(f[i+1], "of") {
			if np := strings.Join(trimTitleWords(f[i+2:]), " "); np != "" {
				return "Share of " + np
			}
		}
	}
	hw := strings.Fields(hedge)
	if lw := hw[len(hw)-1]; isPrepWord(lw) || nounBreaks[lw] {
		return "" // "Under previous legislation": a preposition, no hedge, but before a fraction
	}
	if len(f) >= 2 && titleFault(upperFirst(rest)) == "" && !partWord(f[0]) {
		return upperFirst(rest)
	}
	return ""
}

// titleHedge reports whether hedge phrase h, at a title's start, hedges a
// figure the title left out ("Almost", "Over", "Nearly"), not a word a
// title may open on ("Estimated population", "Some" is left alone too).
func titleHedge(h string) bool {
	switch h {
	case "estimated", "an estimated", "an approximate", "near", "some", "sub-", "~", "≈":
		return false
	}
	return strings.IndexFunc(h, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}
