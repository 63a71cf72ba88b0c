package extract

import (
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Rows told apart. A document's figures are read as the rows of one
// table: two figures of the same measure, period and places that would
// share a title cannot be told apart by a reader, so each takes the
// modifier its own sentence gives what it measures — the phrase that
// narrows the same noun where the sentence names it ("the number of
// passengers on domestic flights (741.6 million passengers in 2017)" →
// "Passengers on domestic flights"), or else the words that open its own
// sentence and no sibling's, the row's label ("• 1,243 pedestrian
// casualties …; including 46 fatalities" → "Fatalities, pedestrian").
// Rows with a placeholder title ("Count under Headlines") are named by
// their labels alone: a table's line before its figure ("Personal
// Independence Payment * 2,774,000"). A figure whose sentence gives no
// modifier, or the same one as a sibling's, keeps its title.

// apartKey is what a table shows of a row beside its title: two rows
// alike in all of it and in their titles cannot be told apart.
type apartKey struct {
	title, period, places string
	measure               indicators.MeasureKind
}

// titlesApart gives every group of the document's drafted figures that
// would share a title (apartKey) the modifier each one's sentence gives
// (rowModifier), and a retitled claim its new id.
func (d *docDraft) titlesApart(out []claim) []claim {
	groups := map[apartKey][]int{}
	var order []apartKey
	for i := range out {
		ind := &out[i].ind
		if out[i].skip != "" || ind.Title == "" || len(ind.Provenance) == 0 {
			continue
		}
		k := apartKey{strings.ToLower(ind.Title), ind.Period.String(), strings.Join(ind.Entities, " "), ind.Measure}
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	for _, k := range order {
		g := groups[k]
		if len(g) < 2 {
			continue
		}
		sents := make([]string, len(g))
		starts := map[int]bool{} // the sentences' starts: rows are figures of sentences alike, one each
		for j, i := range g {
			sents[j] = d.beforeFigure(out[i].ind)
			starts[out[i].ind.Provenance[0].Span.Start] = true
		}
		rows := len(starts) == len(g)
		mods := make([]string, len(g))
		seen := map[string]int{}
		for j, i := range g {
			mods[j] = rowModifier(out[i].ind, j, sents, rows)
			seen[strings.ToLower(mods[j])]++
		}
		for j, i := range g {
			ind := &out[i].ind
			if mods[j] == "" || seen[strings.ToLower(mods[j])] > 1 || strings.EqualFold(mods[j], ind.Title) {
				continue
			}
			ind.Title = mods[j]
			ind.ID = d.unique(idOf(*ind))
			out[i].fieldNotes["title"] = "told apart from a figure of the same title by its own sentence's words"
			declare(out[i].fieldNotes, "title", "title/titlesApart")
		}
	}
	return out
}

// beforeFigure returns the words of ind's sentence before its figure, or
// the whole sentence when the figure is not found in it.
func (d *docDraft) beforeFigure(ind indicators.Indicator) string {
	q := ind.Provenance[0].Quote
	if i := strings.Index(q, ind.Stated); i >= 0 {
		return q[:i]
	}
	return q
}

// rowModifier returns the title of ind, the j-th of a group of figures
// whose sentences before their figures are sents, with the modifier its
// own sentence gives: the phrase narrowing the title's head noun where the
// sentence names that noun (namedNarrowed), else the row's label
// (rowLabel) where the figures are rows, one to a sentence; a
// placeholder's is the label alone (lineLabel, rowLabel); "" when none is
// found.
func rowModifier(ind indicators.Indicator, j int, sents []string, rows bool) string {
	t := ind.Title
	if isFallbackTitle(t) {
		// A placeholder names nothing: the row's label alone names it.
		if !rows {
			return ""
		}
		if l := lineLabel(sents[j]); l != "" {
			return l
		}
		if l := rowLabel(j, sents, ""); len(strings.Fields(l)) > 1 {
			return title(l)
		}
		return ""
	}
	prefix, what := "", t
	if rest, ok := strings.CutPrefix(t, "Change in "); ok {
		prefix, what = "Change in ", rest
	}
	q := ind.Provenance[0].Quote
	if n := namedNarrowed(what, sents[j], true); n != "" {
		return prefix + n
	}
	if n := namedNarrowed(what, q[len(sents[j]):], false); n != "" {
		return prefix + n
	}
	if !rows {
		return "" // rowLabel reads every other sentence: only for rows
	}
	if l := rowLabel(j, sents, t); l != "" {
		return t + ", " + l
	}
	return ""
}

// namedNarrowed returns what, a title naming a noun no phrase narrows
// yet, with the phrase that narrows that noun where sent names it with
// one ("passengers on domestic flights"): the last such in sent, or the
// first when not last; "" when sent has none.
func namedNarrowed(what, sent string, last bool) string {
	f := strings.Fields(what)
	if len(f) == 0 || len(f) > 4 || slices.ContainsFunc(f, isPrep) {
		return ""
	}
	head := strings.ToLower(f[len(f)-1])
	if _, ok := countedWord(head); !ok {
		return ""
	}
	ws := strings.Fields(sent)
	best := ""
	for i, w := range ws {
		if !strings.EqualFold(strings.Trim(w, ",.;:()"), head) || strings.ContainsAny(w, ",.;:)") {
			continue
		}
		if narrow := narrowingPhrase(ws[i+1:]); len(narrow) > 1 {
			best = title(what + " " + strings.Join(narrow, " "))
			if !last {
				break
			}
		}
	}
	if utf8Len(best) > 64 {
		return ""
	}
	return best
}

// rowLabel returns the row's label of the j-th of sentences sents that
// are alike but for it: the first run of up to four noun-phrase words of
// sents[j] that no other sentence holds ("pedestrian" of "1,243
// pedestrian casualties" among "4,557 car user casualties" and "519
// motorcycle casualties"); "" when there is none, or the sentences share
// too little to be rows of one table.
func rowLabel(j int, sents []string, t string) string {
	others := map[string]bool{}
	for k, s := range sents {
		if k == j {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(s)) {
			others[strings.Trim(w, ",.;:()")] = true
		}
	}
	titled := map[string]bool{} // the title's own words label nothing
	for _, w := range strings.Fields(strings.ToLower(t)) {
		titled[w] = true
	}
	ws := strings.Fields(sents[j])
	shared := 0
	for _, w := range ws {
		if others[strings.ToLower(strings.Trim(w, ",.;:()"))] {
			shared++
		}
	}
	if 2*shared < len(ws) {
		return "" // not alike: no table's rows
	}
	var label []string
	for i, w := range ws {
		lw := strings.ToLower(strings.Trim(w, ",.;:()"))
		if others[lw] || !labelWord(lw) || titled[lw] {
			if len(label) > 0 {
				// A row's label modifies the head the rows share:
				// "pedestrian casualties", "car user casualties".
				if !others[lw] || !npWord(w) {
					return ""
				}
				break
			}
			continue
		}
		label = append(label, strings.Trim(w, ",.;:()"))
		if len(label) == 4 || strings.ContainsAny(w, ",.;:)") || i+1 == len(ws) {
			return "" // no shared head follows
		}
	}
	return strings.Join(label, " ")
}

// labelWord reports whether lw, a lower-case word, can label a row: a
// noun or adjective, not a number or scale, a verb, a month or a word
// that names no which (notCountedNouns: "both", "overall").
func labelWord(lw string) bool {
	_, scale := vocab.LookupScale(lw)
	return npWord(lw) && !scale && monthNumber(lw) == 0 && !notCountedNouns[lw] &&
		(!strings.HasSuffix(lw, "ed") || edAdjectives[lw]) && !strings.HasSuffix(lw, "ing")
}

// lineLabel returns the label of a table's line before its figure: up to
// six words, each a noun phrase's, past a bullet or footnote mark
// ("Personal Independence Payment * " → "Personal Independence
// Payment"); "" for any other words.
func lineLabel(before string) string {
	var out []string
	for _, w := range strings.Fields(before) {
		if !hasLetter(w) {
			continue // "•", "*": marks
		}
		if !npWord(w) && !isPrep(w) || len(out) == 6 {
			return ""
		}
		out = append(out, w)
	}
	if len(out) == 0 || isPrep(out[len(out)-1]) {
		return ""
	}
	return title(strings.Join(out, " "))
}
