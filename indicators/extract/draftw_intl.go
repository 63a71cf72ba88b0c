package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Whose figures, in an international body's release (drafts30: an IMF
// review release, an IDB loan approval, an OCHA appeal release):
//
//	IMF Executive Board Completes … Reviews … for Honduras → every figure
//	naming no place is Honduras's (HN), not the world's: a release whose
//	headline or lead names one country (demonyms and possessives count:
//	"Honduran", "Honduras’") is about that country
//	A record 141 million people worldwide need humanitarian assistance →
//	the world's (WLD): a release whose headline or lead names no country
//	and says "worldwide", "in the world", "global", "across N countries"
//	Economic growth is projected to slow to 3.3 percent in 2026 as higher
//	global oil prices weigh → HN: "global" in a later clause is not the
//	figure's
//	El Salvador is the third country with the highest risk of disasters in
//	Central America, and 71.9% of people in poverty live in areas … → no
//	counterpart: ", and" opens a clause of its own, whose subject is the
//	figure; the places of the clause before are not its

// unBodyRe marks the release of a United Nations body, which may name
// itself only by its short forms.
var unBodyRe = lazyRegexp(`\bUN\b|\bUN-|\bOCHA\b|Under-Secretary-General|\bECOSOC\b|United Nations`)

// worldScopeRe finds the words that make a figure the world's.
var worldScopeRe = lazyRegexp(`(?i)\b(?:worldwide|globally|global|world's|world’s|in the world|around the world|across the globe|across \d+ countries)\b`)

// clauseBreakRe ends the clause a figure stands in, after the figure.
var clauseBreakRe = lazyRegexp(`[,;:]| (?:while|as|because|but|whereas|although) `)

// An intlHome is the country, or the world, an international body's
// release is about, read once.
type intlHome struct {
	code, why string
	read      bool
}

// intlHomeOf returns what an international body's release is about: the
// one country its headline and lead name, or the world where they name no
// country and use a world word; "" for any other document.
func (d *docDraft) intlHomeOf() (string, string) {
	if d.intl.read {
		return d.intl.code, d.intl.why
	}
	d.intl.read = true
	text := d.src.Text
	if d.body == "" && !d.lenderOK && !internationalBodies.MatchString(text[:min(len(text), 600)]) && !unBodyRe.MatchString(text) {
		return "", ""
	}
	head := releaseHead(text)
	if codes := distinct(countries(slices.DeleteFunc(placesIn(head, 0), func(p placeMention) bool { return !isCountry(p.code) }))); len(codes) == 1 {
		d.intl.code, d.intl.why = codes[0], fmt.Sprintf("the one country the headline and lead of an international body's release name (%s)", codeName(codes[0]))
	} else if len(codes) == 0 {
		if w := worldScopeRe.FindString(head); w != "" {
			d.intl.code, d.intl.why = indicators.World, fmt.Sprintf("%q in the headline or lead of an international body's release that names no country: the world's", w)
		}
	}
	return d.intl.code, d.intl.why
}

// releaseHead returns a release's headline and lead: its first line of
// words past date lines and notices, and the first paragraph after it
// that reads as sentences (a bullet's, past its mark), its first
// sentence only, up to 1,500
// bytes.
func releaseHead(text string) string {
	var b strings.Builder
	n := 0
	for l := range strings.Lines(text) {
		t := strings.TrimSpace(strings.Trim(l, "\ufeff\r"))
		t = strings.TrimSpace(strings.TrimLeft(t, "•·*-–"))
		if t == "" || isDateLine(t) || isBoilerplate(t) || pressFurniture(t) {
			continue
		}
		if _, ok := releaseDate(t); ok {
			continue
		}
		if n > 0 && (len(strings.Fields(t)) < 8 || !strings.ContainsAny(t, ".:")) {
			continue // a caption or a heading between headline and lead
		}
		if i := strings.Index(t, ". "); n > 0 && i > 0 {
			t = t[:i+1] // the lead's first sentence
		}
		b.WriteString(t)
		b.WriteString("\n")
		if n++; n == 2 || b.Len() > 1500 {
			break
		}
	}
	s := b.String()
	return s[:min(len(s), 1500)]
}

// intlClaim sets the parties of a figure of an international body's
// release by the rules of this file; it runs after every other rule of
// places.
func (d *docDraft) intlClaim(cl *claim, m Mention) {
	ind := &cl.ind
	d.ownClauseParties(cl, m)
	home, why := d.intlHomeOf()
	if home == "" {
		return
	}
	set := func() {
		ind.Entities, ind.Counterpart = []string{home}, ""
		delete(cl.fieldNotes, "counterpart")
		cl.fieldNotes["entities"] = "no place named: " + why
		declare(cl.fieldNotes, "entities", "entities/intlClaim")
		cl.notes = deleteEntityNotes(cl.notes)
	}
	switch {
	case len(ind.Entities) == 0 && ind.Counterpart == "":
		set()
	case home != indicators.World && slices.Equal(ind.Entities, []string{indicators.World}) && ind.Counterpart == "" && !d.worldScope(m):
		// A default of a global body's page, or a world word of
		// another clause ("as higher global oil prices weigh").
		set()
	}
}

// worldScope reports whether a world word stands in m's own part of its
// sentence: before the figure, or after it before its clause ends.
func (d *docDraft) worldScope(m Mention) bool {
	text := d.src.Text
	if worldScopeRe.MatchString(text[m.Sentence.Start:m.Span.Start]) {
		return true
	}
	after := text[m.Span.End:m.Sentence.End]
	if g := clauseBreakRe.FindStringIndex(after); g != nil {
		after = after[:g[0]]
	}
	return worldScopeRe.MatchString(after)
}

// andClauseHedges may stand between ", and" and the figure that opens the
// clause it starts.
var andClauseHedges = stopSet(classArticles, "some", "about", "nearly", "almost", "over", "around", "another")

// ownClauseParties drops the counterpart a figure took from the clause
// before ", and" when the figure opens a clause of its own: "… in Central
// America, and 71.9% of people in poverty live in areas …".
func (d *docDraft) ownClauseParties(cl *claim, m Mention) {
	ind := &cl.ind
	text := d.src.Text
	before := text[m.Sentence.Start:m.Span.Start]
	k := strings.LastIndex(before, ", and ")
	if k < 0 || len(strings.Fields(before[:k])) < 5 {
		return
	}
	for _, w := range strings.Fields(before[k+len(", and "):]) {
		if !andClauseHedges[strings.ToLower(w)] {
			return
		}
	}
	// The subject's place may go on ("… of sub-Saharan Africa is without
	// electricity, and more than 85 percent of those living in rural
	// areas"): only the counterpart, a place the clause before compares
	// within, is dropped.
	own := distinct(placesIn(text[m.Sentence.Start+k:m.Sentence.End], 0))
	if ind.Counterpart != "" && !slices.Contains(own, ind.Counterpart) {
		ind.Counterpart = ""
		delete(cl.fieldNotes, "counterpart")
		if len(ind.Entities) > 0 {
			cl.fieldNotes["entities"] = "the subject's place; the clause before \", and\" is not this figure's"
			declare(cl.fieldNotes, "entities", "entities/ownClauseParties")
		}
	}
}
