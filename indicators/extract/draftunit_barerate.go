package extract

import "github.com/claimbook/claimbook/indicators"

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
