package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// nounedRates gives a bare rate (no counted noun: "the rate for males
// (14.2 per million population)") the unit of the rate of a noun its own
// sentence states over the same base ("9.9 victims per million
// population"): the document names the counted noun once for both, and
// verify holds them one unit. It returns cls.
func nounedRates(cls []claim) []claim {
	for i := range cls {
		ind := &cls[i].ind
		u := ind.Unit
		if cls[i].skip != "" || u.Kind != indicators.NoUnit || u.Name != "" || u.Per == "" || len(ind.Provenance) == 0 {
			continue
		}
		for j := range cls {
			o := &cls[j].ind
			if j == i || cls[j].skip != "" || o.Unit.Name == "" || o.Unit.Per != u.Per || len(o.Provenance) == 0 || o.Provenance[0].Quote != ind.Provenance[0].Quote {
				continue
			}
			ind.Unit = o.Unit
			cls[i].fieldNotes["unit"] = "the counted noun of " + o.Stated + ", its sentence's rate over the same base"
			break
		}
	}
	return cls
}

// bareDecimal matches a figure written as a bare decimal number, no unit
// and no scale word: "194.4", "18.4".
var bareDecimal = lazyRegexp(`^\d[\d,]*\.\d+$`)

// decimalRates gives a bare decimal drafted as a count ("This was followed
// by the 10-17 age group at 194.4, then 25-29 at 167.6") the unit of the
// nearest rate before it in its paragraph ("314.5 per 10,000 of the
// population"), and makes it a level: nothing counted comes in tenths, so
// the bare figure continues the rate the paragraph states. It returns
// cls.
func (d *docDraft) decimalRates(cls []claim) []claim {
	text := d.src.Text
	for i := range cls {
		ind := &cls[i].ind
		if cls[i].skip != "" || !ind.Unit.IsZero() || ind.Measure != indicators.CountKind || !bareDecimal.MatchString(ind.Stated) || len(ind.Provenance) == 0 {
			continue
		}
		at := ind.Provenance[0].Span.Start
		for j := i - 1; j >= 0; j-- {
			o := &cls[j].ind
			if cls[j].skip != "" || len(o.Provenance) == 0 {
				continue
			}
			if s := o.Provenance[0].Span.Start; s > at || strings.Contains(text[s:at], "\n\n") {
				break // another paragraph
			}
			if o.Unit.Kind == indicators.Count && o.Unit.Name != "" && o.Unit.Per != "" && !durations[o.Unit.Per] {
				ind.Unit, ind.Measure = o.Unit, indicators.Level
				cls[i].fieldNotes["unit"] = "the unit of " + o.Stated + ", the rate before it in its paragraph: a bare decimal counts nothing of its own"
				cls[i].fieldNotes["measure"] = "a rate, as " + o.Stated + " is: a level"
				break
			}
		}
	}
	return cls
}
