package extract

import (
	"fmt"
	"slices"
	"strings"

	"github.com/claimbook/claimbook/indicators"
)

// Groups of countries as the parties of a release (drafts50, a donors'
// aid release, a defence ministry's bulletin of an alliance's spending):
//
//	Foreign aid from official donors … rose to USD 204 billion … and on
//	aid to Ukraine → DAC: the donors' group acts; a country after "aid
//	to" receives and is never the figure's party unless the figure is
//	that aid
//	ODA to Ukraine in 2022 totalled USD 16.1 billion → DAC gives, UA
//	(counterpart) receives
//	$1,195bn Total military expenditure of NATO members. → NATO
//	Five DAC members – Denmark, Germany, Luxembourg, Norway and Sweden –
//	met … → the listed countries, all of them

// orgGroupRe is a group of countries named as an actor: "NATO members",
// "DAC donors", "the OECD’s Development Assistance Committee", "official
// donors", "G20 economies".
var orgGroupRe = lazyRegexp(`\b(NATO|DAC|OECD|G7|G20|OPEC|ASEAN|APEC)(?:’s|'s)? (?:member states|member countries|members?|countries|allies|donors|economies)\b|\b(official donors|Development Assistance Committee)\b`)

// orgGroupCode returns the organisation code of an orgGroupRe match.
func orgGroupCode(g []string) string {
	if g[1] != "" {
		return g[1]
	}
	return "DAC" // "official donors": the DAC's word for its members
}

// orgMentionsMin is how often a text must name its group of countries
// (by any orgGroupRe form, or its code as a word) for the group to be its
// figures' party.
const orgMentionsMin = 3

// docGroup returns the group of countries a release is about: the group
// of the first orgGroupRe form in its opening (1,500 bytes), when the
// text names it at least orgMentionsMin times; read once.
func (d *docDraft) docGroup() (string, string) {
	if d.weeklyReads.group == nil {
		g := [2]string{}
		text := d.src.Text
		if m := orgGroupRe.FindStringSubmatch(text[:min(len(text), 1500)]); m != nil {
			code := orgGroupCode(m)
			n := wordCount(text, code)
			for _, o := range orgGroupRe.FindAllStringSubmatch(text, -1) {
				if o[1] == "" && orgGroupCode(o) == code {
					n++ // "official donors"
				}
			}
			if n >= orgMentionsMin {
				g = [2]string{code, strings.Join(strings.Fields(m[0]), " ")}
			}
		}
		d.weeklyReads.group = &g
	}
	return d.weeklyReads.group[0], d.weeklyReads.group[1]
}

// aidToRe is a country after a word of aid: "aid to Ukraine", "ODA to",
// "support to", "assistance to".
var aidToRe = lazyRegexp(`(?i)\b(?:aid|ODA|support|assistance|funding)\s+(?:to|for)\s+(?:the\s+)?$`)

// listAfterCountRe is the dash, bracket or colon that opens the list of
// what a count counts: "Five DAC members – Denmark, …".
var listAfterCountRe = lazyRegexp(`^\s*(?:[–—-]|\(|:)\s*`)

// orgClaim sets the parties of a figure of a release about a group of
// countries: a recipient after "aid to" is the counterpart (or no party),
// a count's list of countries its entities, and a figure with no party
// of its own the group's.
func (d *docDraft) orgClaim(cl *claim, m Mention, cs, ce int) {
	code, ev := d.docGroup()
	if code == "" {
		return
	}
	text := d.src.Text
	ind := &cl.ind
	// "Five DAC members – Denmark, Germany, … –": the listed countries.
	if rest := text[m.Span.End:m.Sentence.End]; listAfterCountRe.MatchString(rest) && m.Kind != Percent {
		open := listAfterCountRe.FindString(rest)
		closer := "–—-)"
		if strings.HasSuffix(strings.TrimSpace(open), ":") {
			closer = ".;"
		}
		body := rest[len(open):]
		if i := strings.IndexAny(body, closer); i >= 0 {
			body = body[:i]
		}
		if ps := distinct(countries(placesIn(body, 0))); len(ps) >= 2 && !strings.ContainsAny(body, "0123456789") {
			ind.Entities, ind.Counterpart = ps, ""
			cl.fieldNotes["entities"] = fmt.Sprintf("the %d countries listed after the count", len(ps))
			declare(cl.fieldNotes, "entities", "entities/orgClaim#1")
			delete(cl.fieldNotes, "counterpart")
			return
		}
	}
	// A country after "aid to" receives.
	sent := text[m.Sentence.Start:m.Sentence.End]
	var takers []string
	subjectTaker := ""
	for _, p := range countries(placesIn(sent, m.Sentence.Start)) {
		if aidToRe.MatchString(text[m.Sentence.Start:p.start]) {
			takers = append(takers, p.code)
			if p.end <= m.Span.Start && p.start >= cs-200 {
				subjectTaker = p.code
			}
		}
	}
	weak := strings.HasPrefix(cl.fieldNotes["entities"], "no place named")
	if len(takers) > 0 && len(ind.Entities) > 0 && !slices.ContainsFunc(ind.Entities, func(e string) bool { return !slices.Contains(takers, e) }) {
		ind.Entities, weak = nil, true
	}
	if subjectTaker != "" && ind.Counterpart == "" && len(ind.Entities) == 0 {
		ind.Counterpart = subjectTaker
		cl.fieldNotes["counterpart"] = fmt.Sprintf("%s after a word of aid: the receiver", codeName(subjectTaker))
		declare(cl.fieldNotes, "counterpart", "counterpart/orgClaim")
	}
	if clause := strings.ToLower(text[cs:ce]); (strings.Contains(clause, "target") || strings.Contains(clause, "guideline")) && ind.Status == indicators.Target && !strings.Contains(text[cs:ce], code) && orgGroupRe.FindString(text[cs:ce]) == "" {
		// "the UN target of 0.7%": a standing target is no group's figure.
		if weak {
			ind.Entities = nil
		}
		return
	}
	if len(ind.Entities) == 0 || weak {
		ind.Entities = []string{code}
		cl.fieldNotes["entities"] = fmt.Sprintf("no country of its own: the group the release is about (%q)", ev)
		declare(cl.fieldNotes, "entities", "entities/orgClaim#2")
		cl.notes = slices.DeleteFunc(cl.notes, func(n string) bool { return strings.HasPrefix(n, "entities: ") })
	}
}

// wordCount returns how many times w stands as a whole word in s.
func wordCount(s, w string) int {
	n := 0
	for from := 0; ; {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return n
		}
		i += from
		if wordEdge(s, i, i+len(w)) {
			n++
		}
		from = i + len(w)
	}
}

// jointListGapRe is what stands between the countries of one list: a
// comma, "and", "or", an article.
var jointListGapRe = lazyRegexp(`^(?:\s*,\s*|\s+|\s*,?\s+(?:and|or)\s+)(?:the\s+)?$`)

// jointSubjectsClaim undoes the split of a list of countries into a
// first actor and the region the others lie in when the countries are one
// list before the figure, the joint subjects of its verb ("Five DAC
// members – Denmark, Germany, Luxembourg, Norway and Sweden – met or
// exceeded the 0.7% target"): every listed country acts.
func (d *docDraft) jointSubjectsClaim(cl *claim, m Mention) {
	ind := &cl.ind
	split := len(ind.Entities) == 1 && ind.Counterpart != "" && strings.Contains(cl.fieldNotes["counterpart"], "all lie in")
	if !split && (len(ind.Entities) > 0 || ind.Counterpart != "") {
		return
	}
	text := d.src.Text
	if before := text[m.Sentence.Start:m.Span.Start]; !strings.Contains(before, ",") && !strings.Contains(before, " and ") {
		return // no list
	}
	ps := countries(placesIn(text[m.Sentence.Start:m.Span.Start], m.Sentence.Start))
	if len(ps) < 2 || split && ps[0].code != ind.Entities[0] {
		return
	}
	if lead := strings.Fields(strings.ToLower(text[m.Sentence.Start:ps[0].start])); slices.ContainsFunc(lead, func(w string) bool { return editionPrepositions[w] || w == "with" || w == "among" }) {
		return // "Aid to Kenya, Uganda and …": no subjects
	}
	for i := 1; i < len(ps); i++ {
		if !jointListGapRe.MatchString(text[ps[i-1].end:ps[i].start]) {
			return
		}
	}
	ind.Entities, ind.Counterpart = distinct(ps), ""
	delete(cl.fieldNotes, "counterpart")
	cl.fieldNotes["entities"] = fmt.Sprintf("the %d countries listed before the figure, joint subjects of its verb", len(ind.Entities))
	declare(cl.fieldNotes, "entities", "entities/jointSubjectsClaim")
}
