package extract

import (
	"fmt"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Ratios and averages of one counted noun to another (schools, health,
// housing statistics): a bare number after "pupil teacher ratio",
// "pupil-teacher ratio (PTR)", "average class size" is a level in "<first
// noun> per <second noun>", never a count; an acronym the text defines for
// the ratio ("(PTR)") reads the same later ("a reduction in PTR to 15.9").
// The names are ratioOfNouns (cues.go).

// ratioAcronymRE matches an acronym in parentheses right after a name.
var ratioAcronymRE = lazyRegexp(`^\s*\(([A-Z]{2,6})\)`)

// ratioClaim makes a bare number that a ratio's name (or its acronym)
// introduces in its sentence a level in the ratio's unit.
func (d *docDraft) ratioClaim(cl *claim, m Mention) {
	ind := &cl.ind
	if m.Kind != Number || !m.Unit.IsZero() || ind.Measure == indicators.Change {
		return
	}
	text := d.src.Text
	raw := joinBroken(text[m.Sentence.Start:m.Span.Start])
	before := strings.ToLower(raw)
	name, unit, at := "", "", -1
	if strings.Contains(before, "ratio") || strings.Contains(before, "size") || strings.Contains(before, " per ") {
		for _, r := range ratioOfNouns {
			if i := lastPhrase(before, r.Name); i > at {
				name, unit, at = r.Name, r.Unit, i
			}
		}
	}
	for _, g := range ratioAcronymWordRE.FindAllStringIndex(raw, -1) {
		if g[0] <= at {
			continue
		}
		if n, u := d.ratioOfAcronym(raw[g[0]:g[1]]); n != "" {
			name, unit, at = n, u, g[0]
		}
	}
	if name == "" {
		return
	}
	u, err := indicators.ParseUnit(unit)
	if err != nil {
		return
	}
	ind.Unit, cl.fieldNotes["unit"] = u, fmt.Sprintf("%q: a ratio of one counted noun to another, %s", name, unit)
	declare(cl.fieldNotes, "unit", "unit/ratioClaim")
	ind.Measure, cl.fieldNotes["measure"] = indicators.Level, fmt.Sprintf("%q: a ratio or an average, a level", name)
	declare(cl.fieldNotes, "measure", "measure/ratioClaim")
	setCheckedTitle(cl, upperFirst(strings.TrimSpace(name)), "the ratio the figure is")
}

// ratioAcronymWordRE matches a word in capitals that may be an acronym.
var ratioAcronymWordRE = lazyRegexp(`\b[A-Z]{2,6}\b`)

// A ratioOf is a ratio's name and unit ("pupil teacher ratio", "pupil
// per teacher").
type ratioOf struct{ name, unit string }

// ratioOfAcronym returns the ratio (name and unit) the text defines the
// acronym for ("pupil teacher ratio (PTR)"), or "". The text's
// definitions are read once, at the first question.
func (d *docDraft) ratioOfAcronym(acro string) (string, string) {
	if d.memo.ratioAcros == nil {
		d.memo.ratioAcros = map[string]ratioOf{}
		text := d.src.Text
		for _, g := range ratioDefinedRE.FindAllStringSubmatchIndex(text, -1) {
			before := strings.ToLower(strings.TrimSpace(text[max(0, g[0]-40):g[0]]))
			for _, r := range ratioOfNouns {
				if strings.HasSuffix(before, r.Name) {
					a := text[g[2]:g[3]]
					if _, ok := d.memo.ratioAcros[a]; !ok { // the first definition a ratio's name precedes
						d.memo.ratioAcros[a] = ratioOf{r.Name, r.Unit}
					}
					break
				}
			}
		}
	}
	r := d.memo.ratioAcros[acro]
	return r.name, r.unit
}

// ratioDefinedRE matches an acronym in parentheses anywhere: "(PTR)".
var ratioDefinedRE = lazyRegexp(`\(([A-Z]{2,6})\)`)
