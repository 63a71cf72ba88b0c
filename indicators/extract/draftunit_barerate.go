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
			declare(cls[i].fieldNotes, "unit", "unit/nounedRates")
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
				declare(cls[i].fieldNotes, "unit", "unit/decimalRates")
				cls[i].fieldNotes["measure"] = "a rate, as " + o.Stated + " is: a level"
				declare(cls[i].fieldNotes, "measure", "measure/decimalRates")
				break
			}
		}
	}
	return cls
}

// rateBandRe matches a band named before a rate in its clause, lower case
// (bandLabel's ranges): "the 18-24 age category had", "the 10-17 age
// group at", "then 25-29 at". Group 1 is the range.
var rateBandRe = lazyRegexp(`\b(\d{1,3}\s*[-–]\s*\d{1,3})(?:\s+(?:age|year|size)\s+(?:category|group|band|bracket))?\b`)

// rateTitles titles a rate whose title names no part of what it counts
// ("Population" for "… at 314.5 per 10,000 of the population", "Then"
// for "then 25-29 at 167.6") by the "rate of" its sentence names, or that
// of the rate before it in its paragraph of the same unit, and the band
// its clause names before it ("Rate of searches, aged 18 to 24" for "the
// 18-24 age category"). A
// title that names a rate ("Homicide rate") is kept. It returns
// cls.
func (d *docDraft) rateTitles(cls []claim) []claim {
	text := d.src.Text
	for i := range cls {
		ind := &cls[i].ind
		u := ind.Unit
		if cls[i].skip != "" || u.Kind != indicators.Count || u.Name == "" || u.Per == "" || len(ind.Provenance) == 0 || hasPhrase(strings.ToLower(ind.Title), "rate") ||
			strings.Contains(strings.ToLower(ind.Title), u.Name[:max(1, len(u.Name)-1)]) || len(strings.Fields(ind.Title)) > 2 && !strings.HasSuffix(u.Per, " "+strings.Trim(lastWord(ind.Title), ",.;:()")) {
			continue
		}
		at := ind.Provenance[0].Span.Start
		q := ind.Provenance[0].Quote
		k := strings.Index(q, ind.Stated)
		if k < 0 {
			continue
		}
		before := strings.ToLower(q[:k])
		base, aged := "", false // aged: the rate before it is of an age band
		if g := rateOfCounted.FindAllStringSubmatch(before, -1); g != nil {
			base = "Rate of " + g[len(g)-1][1]
		} else {
			for j := i - 1; j >= 0 && base == ""; j-- {
				o := &cls[j].ind
				if cls[j].skip != "" || len(o.Provenance) == 0 {
					continue
				}
				if s := o.Provenance[0].Span.Start; s > at || strings.Contains(text[s:at], "\n\n") {
					break
				}
				if o.Unit == u && strings.HasPrefix(o.Title, "Rate of ") {
					var band string
					base, band, _ = strings.Cut(o.Title, ",")
					aged = strings.HasPrefix(band, " aged ")
				}
			}
		}
		if base == "" {
			// "529,475 searches …, which equates to 88.8 per 10,000": the
			// noun the rate counts, as its sentence writes it.
			for _, w := range strings.Fields(before) {
				if w = strings.Trim(w, ",.;:()"); w != u.Name && strings.HasPrefix(w, u.Name) && indicators.Singular(w) == u.Name {
					base = "Rate of " + w
				}
			}
		}
		if base == "" {
			continue
		}
		t := base
		if b := rateBandRe.FindAllStringSubmatch(before, -1); b != nil {
			band := b[len(b)-1]
			if lo, hi, ok := strings.Cut(strings.NewReplacer("–", "-", " ", "").Replace(band[1]), "-"); ok && (aged || strings.Contains(band[0], "age")) {
				t += ", aged " + lo + " to " + hi // as an age band is titled: "aged 18 to 24"
			} else {
				t += ", " + band[0]
			}
		}
		ind.Title, cls[i].fieldNotes["title"] = t, "what the rate counts, and the band its clause names"
		declare(cls[i].fieldNotes, "title", "title/rateTitles")
	}
	return cls
}
