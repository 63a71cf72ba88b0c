package extract

import (
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Shares of an age band (drafts61): "Smoking prevalence among people aged
// 18 to 24 years" and "Share of current smokers among people aged 25 to
// 34" are the share of the band who did what the document says its
// people did: "Share of people aged 18 to 24 who smoked cigarettes".

var (
	// prevalenceRe is a prevalence among a group: group 1 is the
	// activity's gerund stem ("Smok"), group 2 the group.
	prevalenceRe = lazyRegexp(`^([A-Z][a-z-]+?)ing prevalence among (people aged .+?)(?: years)?( \((?:highest|lowest|largest|smallest)\))?$`)
	// agentShareRe is a share of doers among a group: group 1 is
	// the doers' stem ("smok" of "current smokers"), group 2 the group.
	agentShareRe = lazyRegexp(`^Share of (?:current |regular |daily )?([a-z-]+?)ers among (people aged .+?)(?: years)?( \((?:highest|lowest|largest|smallest)\))?$`)
)

// bandShareTitle retitles a share of an age band by the verb
// phrase the document writes for the activity before the figure ("smoked
// cigarettes"); a title whose activity the document writes no verb for
// stays.
func (d *docDraft) bandShareTitle(cl *claim, m Mention) {
	ind := &cl.ind
	if ind.Unit.String() != "percent" || ind.Measure == indicators.Change {
		return
	}
	g := prevalenceRe.FindStringSubmatch(ind.Title)
	if g == nil {
		g = agentShareRe.FindStringSubmatch(ind.Title)
	}
	if g == nil {
		return
	}
	verb := d.doneVerb(strings.ToLower(g[1]), m.Span.Start)
	if verb == "" {
		return
	}
	t := "Share of " + g[2] + " who " + verb + g[3]
	if len(t) > 64 {
		return
	}
	ind.Title, cl.fieldNotes["title"] = t, "the share of the age band who did what the document says of the activity"
	declare(cl.fieldNotes, "title", "title/bandShareTitle")
}

// doneRe is a past verb and its object: "smoked cigarettes".
var doneRe = lazyRegexp(`\b([a-z]+ed) ([a-z-]{3,})\b`)

// doneVerb returns the first past verb of stem in the text
// before at, with its object ("smoked cigarettes"), or "".
func (d *docDraft) doneVerb(stem string, at int) string {
	low := strings.ToLower(d.src.Text[:at])
	for _, g := range doneRe.FindAllStringSubmatch(low, -1) {
		if strings.HasPrefix(g[1], stem) && len(g[1]) <= len(stem)+3 && !titleStop[g[2]] {
			return g[1] + " " + g[2]
		}
	}
	return ""
}
