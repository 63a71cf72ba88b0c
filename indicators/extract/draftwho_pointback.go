package extract

import (
	"fmt"
	"slices"
	"strings"

	vocab "github.com/claimbook/claimbook/indicators/internal/lexicon"
)

// A figure that points back is of the place of what it points back to
// (where37, s29z-righttobuy): a release compares a figure with an
// earlier one in a sentence that opens on a word pointing back, or in a
// clause that opens on the figure and sets it against another, and names
// no place again:
//
//	Councils in Leeds approved 410 plans. This was a rise of 8% from the
//	380 approved a year earlier. → 8% and 380 are of Leeds, not of the
//	release's England
//	Councils in Leeds approved 30% of plans; 4 points higher than the
//	26% of a year earlier → Leeds
//
// A place named with one figure is that figure's and those that point
// back to it, never the release's (s29z-civilservice); and a clause that
// names a place of its own ("… £1,200 in Wales, lower than …"), or opens
// with words of its own ("In 2031 councils received £4 million, 6% higher
// than …"), points back to nothing.

// pointBackClaim gives a figure with no place in its own clause, that
// points back (pointBackRe: "This was", "This represents"; or a clause opening on a figure set against
// another: vocab.AgainstLeads), the one place the sentence before or its
// own earlier clause names (a country's or a statistical area's), when
// that place lies in the release's country.
func (d *docDraft) pointBackClaim(cl *claim, m Mention, cs, ce int) {
	ind := &cl.ind
	text := d.src.Text
	if ind.Counterpart != "" || len(d.placesAt(text, m.Sentence.Start, cs, ce)) > 0 || len(areasIn(text[cs:ce], cs)) > 0 {
		return
	}
	var from, to int
	switch {
	case pointBackRe.MatchString(text[m.Sentence.Start:m.Span.Start]):
		prev, ok := d.mentionBeforeSentence(m)
		if !ok {
			return
		}
		from, to = prev.Sentence.Start, prev.Sentence.End
	case cs > m.Sentence.Start && opensOnFigure(text, d.mentionsFrom(cs, ce), cs) && againstIn(strings.ToLower(text[cs:ce])):
		ps, pe := prevClause(text, cs, m.Sentence.Start, m.Sentence.End)
		from, to = ps, pe
	default:
		return
	}
	codes := distinct(append(slices.DeleteFunc(d.placesAt(text, from, from, to), func(p placeMention) bool { return asidePlace(text, p) }), areasIn(text[from:to], from)...))
	if len(codes) != 1 || !d.aboutCountryOf(within(codes[0])) {
		return
	}
	ind.Entities = codes
	cl.fieldNotes["entities"] = fmt.Sprintf("no place of its own: it points back to %q, which names %s", snippet(text, from, min(to, from+60)), codeName(codes[0]))
	declare(cl.fieldNotes, "entities", "entities/pointBackClaim")
	cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
}

// opensOnFigure reports whether the first of a clause's figures ms opens
// the clause that starts at cs: only spaces and punctuation before it.
func opensOnFigure(text string, ms []Mention, cs int) bool {
	return len(ms) > 0 && strings.Trim(text[cs:ms[0].Span.Start], " ,;:–—-\t") == ""
}

// againstIn reports whether a clause, lower case, sets a figure against
// another (vocab.AgainstLeads: "higher than", "compared with").
func againstIn(clause string) bool {
	return slices.ContainsFunc(vocab.AgainstLeads, func(l string) bool { return strings.Contains(clause, " "+l) })
}

// within returns the entity that holds a statistical area's code, or the
// code itself.
func within(code string) string {
	if _, w := areaOf(code); w != "" {
		return w
	}
	return code
}
