package extract

import "strings"

// The title of a level at an annual rate, one rule for every release
// that states one: the subject of the level's clause and the rate's
// basis in the release's words.

// rateForRE matches a clause whose subject is a rate for what is counted,
// up to its verb: "The August rate for units in buildings with five units
// or more was". Group 1 is what is counted.
var rateForRE = lazyRegexp(`^\s*(?:[Tt]he\s+)?(?:[A-Za-z]+\s+)?rate\s+for\s+([^;,]{3,80}?)\s+(?:was|were|is|are)\s*$`)

// annualRateTitle titles a level at an annual rate by the subject of its
// clause and the rate's basis, as the release states it: "Housing units
// authorized by building permits (seasonally adjusted annual rate)",
// "Sales of new one-family houses (seasonally adjusted annual rate)",
// "Single-family authorizations (seasonally adjusted annual rate)", not
// the rate words before the figure (a placeholder title) nor its month.
// It is the one title of a level at an annual rate: annualRateFlow
// (draftwhat_reached.go) calls it for every such level.
func (d *docDraft) annualRateTitle(cl *claim, m Mention, para string) {
	before := d.src.Text[m.Sentence.Start:m.Span.Start]
	subj := levelSubject(before)
	if subj == "" {
		// "Truck deliveries dropped from an annual rate of 4.2 million
		// units": the noun phrase its verb of change links it to.
		subj, _ = d.measuredPhrase(m)
	}
	if g := rateForRE.FindStringSubmatch(before); g != nil {
		subj = g[1] // "The August rate for units in … was": units in …
		if rest, ok := strings.CutPrefix(subj, "units "); ok {
			if lead := levelSubject(para); lead != "" && !hasPhrase(strings.ToLower(lead), "rate") {
				subj = lead + " " + rest // the units its paragraph's lead counts: "housing starts in buildings …"
			}
		}
	}
	if subj == "" || hasPhrase(strings.ToLower(subj), "rate") {
		return
	}
	basis := "annual rate"
	if strings.Contains(strings.ToLower(para), "seasonally adjusted annual rate") {
		basis = "seasonally adjusted annual rate"
	}
	t := upperFirst(subj) + " (" + basis + ")"
	if titleFault(t) == "" && len(t) <= 96 { // the basis in words is long, as the release writes it
		cl.ind.Title, cl.fieldNotes["title"], cl.fieldNotes[keptTitleMark] = t, "the subject of the level's clause, at the annual rate its paragraph states", "title"
		declare(cl.fieldNotes, "title", "title/annualRateTitle")
	}
}
