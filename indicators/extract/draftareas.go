package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// Each figure its own area, in statistical releases that compare areas
// (drafts26):
//
//	GDP grew by 0.4% in the euro area and by 0.5% in the EU28 → 0.4% is
//	the euro area's (EZ), 0.5% the EU's: no counterpart
//	rose by 0.2% in both the euro area and the EU28 → [EZ, EU]
//	after +1.2% and +1.6% respectively → the areas of the sentence's
//	earlier figures, in order
//	Compared with …, GDP grew by 2.3% (a sentence with no place) → the
//	one place its paragraph names before it, not the heading's

// areaLeadRe is what may stand between a figure and the area it is of:
// " in the", " in both the", " for", and a part's copula: "a further 8%
// is within the Dumfries and Galloway Council area".
var areaLeadRe = lazyRegexp(`^,?\s*(?:(?:is|are|was|were) )?(?:in|for|within) (?:both )?(?:the )?$`)

// ownAreas returns the places a figure is of by the words right after it
// ("0.4% in the euro area", "0.2% in both the euro area and the EU28"),
// or nil, and where the words naming them end.
func (d *docDraft) ownAreas(m Mention) ([]string, int) {
	text := d.src.Text
	end := d.nextFigureAt(m)
	ps := d.placesAt(text, m.Sentence.Start, m.Span.End, end)
	if len(ps) == 0 || !areaLeadRe.MatchString(text[m.Span.End:ps[0].start]) {
		return nil, 0
	}
	codes, last := []string{ps[0].code}, ps[0].end
	if hasPhrase(strings.ToLower(text[m.Span.End:ps[0].start]), "both") {
		for _, p := range ps[1:] {
			if p.code == codes[0] {
				continue // "the euro area (EA19)": its code
			}
			gap := strings.ToLower(text[last:p.start])
			if !bothAndRe.MatchString(gap) {
				break
			}
			codes, last = append(codes, p.code), p.end
			break
		}
	}
	return codes, last
}

// An ownArea is ownAreas's answer for a figure: its places' codes and
// where the words naming them end.
type ownArea struct {
	codes []string
	end   int
}

// bothAndRe joins the second area of "in both A (code) and in the B".
var bothAndRe = lazyRegexp(`^(?:\s*\([^()]*\))?\s*and (?:in )?(?:the )?$`)

// respectivelyRe closes a run of figures that go with the areas named
// before, in order: "after +1.2% and +1.6% respectively".
var respectivelyRe = lazyRegexp(`^\s*,?\s*respectively\b`)

// areaClaim gives a figure of a sentence that compares areas its own
// area, and a figure of a sentence with no place its paragraph's one
// place rather than a heading's.
func (d *docDraft) areaClaim(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	ms := d.sentenceMentions(m)
	set := func(codes []string, why string) {
		ind.Entities, ind.Counterpart = codes, ""
		delete(cl.fieldNotes, "counterpart")
		cl.fieldNotes["entities"] = why
		declare(cl.fieldNotes, "entities", "entities/areaClaim")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
	// The areas of the sentence's figures, by the words after each, read
	// once for all of them.
	owns := memo(&d.memo.areas, m.Sentence, func(indicators.Span) []ownArea {
		out := make([]ownArea, len(ms))
		for i, o := range ms {
			out[i].codes, out[i].end = d.ownAreas(o)
		}
		return out
	})
	areas := make([][]string, len(owns))
	idx, ownEnd := -1, 0
	for i, o := range ms {
		if o.Span == m.Span {
			idx, ownEnd = i, owns[i].end
		}
		areas[i] = owns[i].codes
	}
	if idx < 0 {
		return
	}
	distinctAreas := map[string]bool{}
	for _, a := range areas {
		if len(a) == 1 {
			distinctAreas[a[0]] = true
		}
	}
	if own := areas[idx]; len(own) > 1 || len(own) == 1 && len(distinctAreas) > 1 {
		set(slices.Clone(own), fmt.Sprintf("%q right after the figure: its own area", snippet(text, m.Span.End, ownEnd)))
		return
	}
	// "+1.2% and +1.6% respectively": the run of figures the word closes.
	lo, hi := idx, idx
	for lo > 0 && runJoin(text[ms[lo-1].Span.End:ms[lo].Span.Start]) {
		lo--
	}
	for hi+1 < len(ms) && runJoin(text[ms[hi].Span.End:ms[hi+1].Span.Start]) {
		hi++
	}
	if hi > lo && respectivelyRe.MatchString(text[ms[hi].Span.End:]) {
		var named []string
		for i := range lo {
			if len(areas[i]) == 1 {
				named = append(named, areas[i][0])
			}
		}
		if n := hi - lo + 1; len(named) >= n {
			named = named[len(named)-n:]
			set([]string{named[idx-lo]}, fmt.Sprintf("\"respectively\": the %s of the areas the sentence names before, in order", ordinal(idx-lo+1)))
			return
		}
		// "Northern Ireland and Scotland … (9.5 and 9.4 days
		// respectively)": the places of the clause that governs the run,
		// one to each figure, in order.
		lcs, _ := clauseOf(text, ms[lo])
		if gs, ge, ok := d.governingClause(ms[lo], lcs); ok {
			pms := d.placesAt(text, m.Sentence.Start, gs, ge)
			if ps := distinct(pms); len(ps) == hi-lo+1 && len(pms) == len(ps) {
				var names []string
				for _, p := range pms {
					names = append(names, text[p.start:p.end])
				}
				set([]string{ps[idx-lo]}, fmt.Sprintf("\"respectively\": the %s of the places its clause names (%s), in order", ordinal(idx-lo+1), strings.Join(names, ", ")))
				return
			}
		}
	}
	// A sentence with no place of its own, under a heading that names one
	// or in a document about two: the one place its paragraph names before
	// it comes first.
	if why := cl.fieldNotes["entities"] + cl.fieldNotes["counterpart"]; strings.Contains(why, "heading above") || strings.Contains(why, "the document's other subject") {
		ps := paragraphStart(text, m.Sentence.Start)
		if codes := distinct(d.placesAt(text, ps, ps, m.Sentence.Start)); len(codes) == 1 && len(d.placesAt(text, m.Sentence.Start, m.Sentence.Start, m.Sentence.End)) == 0 {
			set(codes, fmt.Sprintf("no place of its own: %s, the one place its paragraph names before it", codeName(codes[0])))
		}
	}
}

// runJoin reports whether the words between two figures join them in one
// run: "and", a comma.
func runJoin(gap string) bool {
	g := strings.TrimSpace(strings.ToLower(gap))
	g = strings.TrimLeft(g, ",")
	g = strings.TrimSpace(g)
	return g == "" || g == "and" || g == "," || g == "and +" || g == "+" || g == "and -"
}

// ordinal writes 1 as "first", 2 as "second", and so on as far as the
// lexicon's Ordinals go.
func ordinal(n int) string {
	if n >= 1 && n <= len(vocab.Ordinals) {
		return vocab.Ordinals[n-1]
	}
	return fmt.Sprintf("%dth", n)
}
